// What every session page shares: the session lookup, the title bar, and re-polling of the
// live panels while the session is ONGOING (subscriptions are not served yet).
import { query, type Row } from "./api";
import { el } from "./dom";
import { SESSION_SUBJECT } from "./queries";

/** How often the live panels of an ongoing session are asked again. */
export const POLL_MS = 5_000;

let timers: number[] = [];

export function repoll(refresh: () => void): void {
  timers.push(window.setInterval(refresh, POLL_MS));
}

export function stopPolling(): void {
  for (const timer of timers) clearInterval(timer);
  timers = [];
}

/** The session, or null when the key's partner has no session with this id. */
export async function findSession(sessionId: string): Promise<Row | null> {
  const data = await query(SESSION_SUBJECT, { sessionId });
  return data.sessions.rows[0] ?? null;
}

export function unknownSession(sessionId: string): HTMLElement {
  return el(
    "p",
    { class: "status error unknown-session", role: "alert" },
    `Unknown session “${sessionId}”: this API key's partner has no session with this id. `,
    el("a", { href: "/dashboard" }, "Pick a session"),
  );
}

export function titleBar(kind: string, session: Row, otherView: HTMLElement): HTMLElement {
  const ongoing = session.status === "ONGOING";
  return el(
    "div",
    { class: "subject" },
    el("h1", {}, `${kind}: ${String(session.title ?? session.sessionId)}`),
    el("span", { class: `badge ${ongoing ? "ongoing" : "ended"}` }, String(session.status)),
    ongoing && el("span", { class: "note" }, `live panels refresh every ${POLL_MS / 1000} s`),
    el(
      "span",
      { class: "note" },
      `session ${String(session.sessionId)} · started ${String(session.startTime)}`,
    ),
    otherView,
  );
}
