// The only way the dashboard reaches data: the public GraphQL API at /graphql and the CSV
// export at /export.csv, each request sending `Authorization: Bearer <key>`.

const KEY_ITEM = "sessionlens.apiKey";
/** A request the gateway has not answered by then is abandoned with a clear message. */
export const TIMEOUT_MS = 30_000;

/** The key, kept for this browser session only (never in localStorage or a cookie). */
export function apiKey(): string | null {
  return sessionStorage.getItem(KEY_ITEM);
}

export function rememberKey(key: string): void {
  sessionStorage.setItem(KEY_ITEM, key.trim());
}

export function forgetKey(): void {
  sessionStorage.removeItem(KEY_ITEM);
}

/** Takes a `#key=…` fragment into sessionStorage and drops it from the address bar. */
export function adoptKeyFromFragment(): void {
  const params = new URLSearchParams(location.hash.slice(1));
  const key = params.get("key");
  if (key) {
    rememberKey(key);
    history.replaceState(null, "", location.pathname + location.search);
  }
}

/** A failure worth telling the user about, in words they can act on. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly kind: "unauthenticated" | "timeout" | "network" | "query",
  ) {
    super(message);
  }
}

export type Row = Record<string, unknown>;
export interface CubeAnswer {
  rows: Row[];
  totals?: Row | null;
  rowCount?: number;
}
export type Variables = Record<string, unknown>;
/** An operation's `data`: its answer per root field (or alias). */
export type Data = Record<string, CubeAnswer>;

async function send(path: string, init: RequestInit): Promise<Response> {
  const key = apiKey();
  if (!key) throw new ApiError("Enter an API key to see the data.", "unauthenticated");
  const headers = new Headers(init.headers);
  headers.set("Authorization", `Bearer ${key}`);
  // A timer of the page (not AbortSignal.timeout), so a test's clock can run it out.
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), TIMEOUT_MS);
  let response: Response;
  try {
    response = await fetch(path, { ...init, headers, signal: abort.signal });
  } catch {
    if (abort.signal.aborted) {
      throw new ApiError(
        `The gateway did not answer within ${TIMEOUT_MS / 1000} s; try again later.`,
        "timeout",
      );
    }
    throw new ApiError("The gateway cannot be reached; check the connection.", "network");
  } finally {
    clearTimeout(timer);
  }
  if (response.status === 401) {
    throw new ApiError(
      "The API key was refused (401 Unauthorized): it is unknown, revoked or expired. " +
        "Enter a valid key.",
      "unauthenticated",
    );
  }
  return response;
}

interface GraphQLBody {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** Runs one operation; its `data`, or an ApiError with the first GraphQL error. */
export async function query(document: string, variables: Variables = {}): Promise<Data> {
  const response = await send("/graphql", {
    method: "POST",
    headers: { "Content-Type": "application/json", Accept: "application/json" },
    body: JSON.stringify({ query: document, variables }),
  });
  let body: GraphQLBody;
  try {
    body = (await response.json()) as GraphQLBody;
  } catch {
    throw new ApiError(`The gateway answered HTTP ${response.status} without JSON.`, "query");
  }
  const [first] = body.errors ?? [];
  if (first) {
    const code = first.extensions?.code;
    if (code === "TIMEOUT") throw new ApiError(first.message, "timeout");
    throw new ApiError(code ? `${first.message} (${code})` : first.message, "query");
  }
  return (body.data ?? {}) as Data;
}

export type HeaderStyle = "descriptive" | "system";

/** Downloads every row of a one-cube query as CSV through /export.csv. */
export async function downloadCsv(
  operation: string,
  variables: Variables,
  headers: HeaderStyle,
  filename: string,
): Promise<void> {
  const params = new URLSearchParams({
    query: operation,
    variables: JSON.stringify(variables),
    headers,
  });
  const response = await send(`/export.csv?${params}`, { method: "GET" });
  if (!response.ok) {
    const body = (await response.json().catch(() => ({}))) as GraphQLBody;
    const message = body.errors?.[0]?.message ?? `HTTP ${response.status}`;
    throw new ApiError(`The export failed: ${message}`, "query");
  }
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement("a");
  link.href = url;
  link.download = filename;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
