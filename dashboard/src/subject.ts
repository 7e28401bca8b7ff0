// What every session page shares: the session lookup, the title bar, and the subscriptions
// that keep the live panels current while the session is ONGOING.
import { query, type Row, type Variables } from "./api";
import { el } from "./dom";
import { subscribe, type Sink } from "./live";
import { SESSION_SUBJECT, subscriptionOf } from "./queries";

/** Hands `refresh` each new answer of panel `name`'s operation, as a subscription: the
 * current answer at once, then one after each publish that changes it. Ends with the page
 * or when the returned function is called. */
export function follow(name: string, variables: Variables, refresh: Sink): () => void {
  return subscribe(subscriptionOf(name), variables, refresh);
}

/** A `follow` whose operation or variables a picker changes: each call of the returned
 * function ends the current subscription and follows `name()` with `variables()`. */
export function refollower(
  name: () => string,
  variables: () => Variables,
  refresh: Sink,
): () => void {
  let stop = () => {};
  return () => {
    stop();
    stop = follow(name(), variables(), refresh);
  };
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
    ongoing && el("span", { class: "note live-note" }, "live panels update as data arrives"),
    el(
      "span",
      { class: "note" },
      `session ${String(session.sessionId)} · started ${String(session.startTime)}`,
    ),
    otherView,
  );
}
