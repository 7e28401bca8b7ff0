// /dashboard/meeting/<sessionId>: the meeting panels (docs/queries b1–b5).
import { query, type Data, type Row } from "../api";
import { timeChart } from "../charts";
import { el, formatValue, select } from "../dom";
import { Empty, fill, headline, panel } from "../panel";
import { operation } from "../queries";
import { findSession, follow, refollower, titleBar, unknownSession } from "../subject";
import { columnsFor } from "../catalog";
import { table } from "../table";

const OVERVIEW: [string, string][] = [
  ["uniqueParticipants", "Unique participants"],
  ["durationMinutes", "Duration (min)"],
  ["participantMinutes", "Participant minutes"],
  ["avgInitiatingMs", "Initiating time (ms)"],
];
const FACTS = [
  "meetingId",
  "sessionId",
  "status",
  "startTime",
  "endTime",
  "hasRecording",
  "hasHls",
  "hasRtmp",
];

export async function meetingPage(root: HTMLElement, sessionId: string): Promise<void> {
  const session = await findSession(sessionId);
  if (!session) {
    root.replaceChildren(unknownSession(sessionId));
    return;
  }
  const v = { sessionId };
  const overview = panel("b1-session-overview", "Session overview");
  const participants = panel("b2-participants", "Participants");
  const health = panel("b3-call-health", "Call health per participant and media");
  const sender = select("Participant", [["", "every participant"]]);
  const media = select("Media", [
    ["", "all media"],
    ["AUDIO", "audio"],
    ["VIDEO", "video"],
    ["SCREEN_SHARE", "screen share"],
  ]);
  const side = select("Side", [
    ["SEND", "sender side"],
    ["RECEIVE", "receiver side"],
  ]);
  const stats = panel(
    "b4-session-stats-over-time",
    "Session stats over time",
    el("div", { class: "tools" }, sender, media, side),
  );
  const errors = panel("b5-errors", "Errors");
  root.replaceChildren(
    titleBar(
      "Meeting",
      session,
      el("a", { href: `/dashboard/live/${encodeURIComponent(sessionId)}` }, "Live-session view"),
    ),
    overview.element,
    participants.element,
    health.element,
    stats.element,
    errors.element,
  );

  // Each loader draws `answer` when a subscription brought it, else asks for its own.
  const loadOverview = (quiet = false, answer?: Promise<Data>) =>
    fill(
      overview,
      async () => {
        const [row] = (await (answer ?? query(operation("b1-session-overview"), v))).sessions.rows;
        if (!row) throw new Empty("No overview for this session yet.");
        return [
          el(
            "div",
            { class: "headlines" },
            ...OVERVIEW.map(([m, label]) => headline(label, "sessions", m, formatValue(row[m], m))),
          ),
          el(
            "dl",
            { class: "facts" },
            ...FACTS.flatMap((f) => [
              el("dt", {}, f),
              el("dd", { "data-fact": f }, formatValue(row[f], f)),
            ]),
          ),
        ];
      },
      quiet,
    );
  const loadParticipants = (quiet = false, answer?: Promise<Data>) =>
    fill(
      participants,
      async () => {
        const rows = (await (answer ?? query(operation("b2-participants"), v))).viewers.rows;
        if (rows.length === 0) throw new Empty("Nobody has joined this session.");
        const chosen = sender.value;
        sender.replaceChildren(
          el("option", { value: "" }, "every participant"),
          ...rows.map((row) =>
            el("option", { value: String(row.userId) }, String(row.name ?? row.userId)),
          ),
        );
        sender.value = chosen;
        return [table(await columnsFor("viewers", rows), rows)];
      },
      quiet,
    );
  const statsWhere = () => ({
    sessionId: { eq: sessionId },
    direction: { eq: side.value },
    ...(sender.value
      ? { [side.value === "SEND" ? "senderUserId" : "receiverUserId"]: { eq: sender.value } }
      : {}),
    ...(media.value ? { media: { eq: media.value } } : {}),
  });
  const loadStats = (quiet = false, answer?: Promise<Data>) =>
    fill(
      stats,
      async () => {
        const asked = () => query(operation("b4-session-stats-over-time"), { where: statsWhere() });
        const rows = (await (answer ?? asked())).quality.rows;
        if (rows.length === 0) throw new Empty("No quality samples for this choice.");
        return [
          timeChart(rows, "time", [
            { label: "avg jitter (ms)", field: "avgJitterMs" },
            { label: "p95 jitter (ms)", field: "p95JitterMs" },
            { label: "avg RTT (ms)", field: "avgRttMs" },
            { label: "avg packet loss (%)", field: "avgPacketLossPct", right: true },
          ]),
          timeChart(rows, "time", [
            { label: "avg bitrate (kbps)", field: "avgBitrateKbps" },
            { label: "avg height (px)", field: "avgHeight" },
            { label: "avg FPS", field: "avgFps", right: true },
          ]),
        ];
      },
      quiet,
    );
  const ongoing = session.status === "ONGOING";
  // The stats subscription follows the pickers.
  const followStats = refollower(
    () => "b4-session-stats-over-time",
    () => ({ where: statsWhere() }),
    (answer) => void loadStats(true, answer),
  );
  for (const picker of [sender, media, side])
    picker.addEventListener("change", () => {
      void loadStats();
      if (ongoing) followStats();
    });

  const work = [
    loadOverview(),
    loadParticipants(),
    fill(health, async () => {
      const rows = (await query(operation("b3-call-health"), v)).quality.rows;
      if (rows.length === 0) throw new Empty("No call-quality samples in this session.");
      return [
        table(await columnsFor("quality", rows), rows, undefined, (row, tr) =>
          tr.classList.add(`health-${String(row.health).toLowerCase()}`),
        ),
      ];
    }),
    loadStats(),
    fill(errors, async () => {
      const data = await query(operation("b5-errors"), v);
      if (data.list.rows.length === 0) throw new Empty("No errors in this session.");
      const totals = data.byType.totals ?? {};
      return [
        el(
          "div",
          { class: "headlines" },
          headline("Errors", "errors", "errors", formatValue(totals.errors)),
          headline(
            "Affected participants",
            "errors",
            "affectedParticipants",
            formatValue(totals.affectedParticipants),
          ),
        ),
        table(await columnsFor("errors", data.byType.rows), data.byType.rows),
        table(await columnsFor("errors", data.list.rows), data.list.rows as Row[]),
      ];
    }),
  ];
  if (ongoing) {
    follow("b1-session-overview", v, (answer) => void loadOverview(true, answer));
    follow("b2-participants", v, (answer) => void loadParticipants(true, answer));
    followStats();
  }
  await Promise.all(work);
}
