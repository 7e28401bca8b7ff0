// The panels' operations are the files of docs/queries, bundled at build time as they are;
// a panel's `data-panel` is its file name without `.graphql`.

const files = import.meta.glob<string>("../../docs/queries/*.graphql", {
  query: "?raw",
  import: "default",
  eager: true,
});

export const QUERIES: Record<string, string> = Object.fromEntries(
  Object.entries(files).map(([path, text]) => [path.replace(/^.*\/|\.graphql$/g, ""), text]),
);

export function operation(name: string): string {
  const text = QUERIES[name];
  if (text === undefined) throw new Error(`no query docs/queries/${name}.graphql`);
  return text;
}

/** Panel `name`'s operation as a subscription: same arguments and selection, so each answer
 * has the shape of the query's. */
export function subscriptionOf(name: string): string {
  return operation(name).replace(/^query\b/m, "subscription");
}

/** The subject of a session page: its title and status, or null when the key's partner has
 * no session with that id. */
export const SESSION_SUBJECT = `query SessionSubject($sessionId: String!) {
  sessions(where: { sessionId: { eq: $sessionId } }) {
    rows { sessionId title status startTime }
  }
}`;

/** Sessions to pick from on the start page, newest first. */
export const SESSION_LIST = `query SessionList {
  sessions(orderBy: [{ field: START_TIME, direction: DESC }], limit: 200) {
    rows { sessionId meetingId title status startTime uniqueParticipants }
    rowCount
  }
}`;

/** The start of the latest app session: "now" of the 30-day app panels by default. */
export const LATEST_APP_SESSION = `query LatestAppSession {
  appSessions(orderBy: [{ field: START_TIME, direction: DESC }], limit: 1) {
    rows { startTime }
  }
}`;
