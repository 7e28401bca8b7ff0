// /dashboard: the sessions this key's partner has, each linking to its two views.
import { query } from "../api";
import { el, formatValue } from "../dom";
import { Empty, fill, panel } from "../panel";
import { SESSION_LIST } from "../queries";

export async function homePage(root: HTMLElement): Promise<void> {
  const list = panel(undefined, "Sessions");
  root.replaceChildren(el("div", { class: "subject" }, el("h1", {}, "Sessions")), list.element);
  await fill(list, async () => {
    const { rows, rowCount = 0 } = (await query(SESSION_LIST)).sessions;
    if (rows.length === 0) throw new Empty("No sessions yet: ingest some events first.");
    const links = rows.map((row) => {
      const id = encodeURIComponent(String(row.sessionId));
      return el(
        "tr",
        {},
        el("td", {}, formatValue(row.title)),
        el("td", {}, formatValue(row.status)),
        el("td", {}, formatValue(row.startTime)),
        el("td", {}, formatValue(row.uniqueParticipants)),
        el(
          "td",
          {},
          el("a", { href: `/dashboard/live/${id}`, class: "live-link" }, "live"),
          " · ",
          el("a", { href: `/dashboard/meeting/${id}`, class: "meeting-link" }, "meeting"),
        ),
      );
    });
    const head = ["Title", "Status", "Started", "Participants", "Views"].map((h) =>
      el("th", { scope: "col" }, h),
    );
    return [
      el(
        "p",
        { class: "note" },
        `${rowCount} sessions, newest first (up to ${rows.length} listed).`,
      ),
      el(
        "table",
        { class: "rows" },
        el("thead", {}, el("tr", {}, ...head)),
        el("tbody", {}, ...links),
      ),
    ];
  });
}
