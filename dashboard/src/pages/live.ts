// /dashboard/live/<sessionId>: the live-session panels (docs/queries a1–a6b).
import { query, type Data, type Row } from "../api";
import { bars, heatmap, timeChart } from "../charts";
import { el, formatValue, select } from "../dom";
import { Empty, fill, headline, panel } from "../panel";
import { operation } from "../queries";
import { findSession, follow, refollower, titleBar, unknownSession } from "../subject";
import { columnsFor } from "../catalog";
import { table } from "../table";
import { viewerTable } from "../viewer-table";

const HEADER: [string, string][] = [
  ["uniqueViewers", "Unique viewers"],
  ["liveUniqueViewers", "Live viewers"],
  ["avgMinutesViewed", "Avg minutes viewed"],
  ["liveEngagementRate", "Live engagement"],
  ["reactingViewersRate", "Reacting viewers"],
  ["reactions", "Reactions"],
  ["chattingViewersRate", "Chatting viewers"],
  ["chatMessages", "Chat messages"],
  ["pollParticipationRate", "Poll participation"],
  ["qaViewersRate", "Q&A viewers"],
  ["qaThreads", "Q&A threads"],
  ["downloadingViewersRate", "Downloading viewers"],
  ["attachmentDownloads", "Attachment downloads"],
  ["recordingPlays", "Recording plays"],
];

/** The rows of panel `name`'s answer: `answer` when a subscription brought it, else asked. */
async function rowsOf(
  name: string,
  variables: Record<string, unknown>,
  empty: string,
  answer?: Promise<Data>,
): Promise<Row[]> {
  const data = await (answer ?? query(operation(name), variables));
  const rows = Object.values(data)[0].rows;
  if (rows.length === 0) throw new Empty(empty);
  return rows;
}

export async function livePage(root: HTMLElement, sessionId: string): Promise<void> {
  const session = await findSession(sessionId);
  if (!session) {
    root.replaceChildren(unknownSession(sessionId));
    return;
  }
  const v = { sessionId };
  const header = panel("a1-live-header", "Header");
  // Per minute or per 10 s (the heartbeat grain): each is its own docs/queries operation,
  // and the panel's `data-panel` names the one it shows.
  const grain = select("Grain", [
    ["a2-live-timeline", "per minute"],
    ["a2b-live-timeline-ten-seconds", "per 10 s"],
  ]);
  const timeline = panel(
    "a2-live-timeline",
    "Timeline: live viewers, engagement and reactions",
    el("div", { class: "tools" }, grain),
  );
  const viewers = viewerTable(sessionId);
  const heat = panel("a3b-engagement-heatmap", "Engagement heatmap (live engagement per minute)");
  const polls = panel("a4-polls", "Polls");
  const answers = panel("a4b-poll-answers", "Poll answers");
  const recordings = panel("a5-recordings", "Recordings");
  const plays = panel("a5b-recording-plays-over-time", "Recording plays over time (per day)");
  const countries = panel("a6-countries", "Countries");
  const devices = panel("a6b-devices", "Devices");
  root.replaceChildren(
    titleBar(
      "Live session",
      session,
      el("a", { href: `/dashboard/meeting/${encodeURIComponent(sessionId)}` }, "Meeting view"),
    ),
    header.element,
    timeline.element,
    viewers.element,
    heat.element,
    el("div", { class: "pair" }, polls.element, answers.element),
    el("div", { class: "pair" }, recordings.element, plays.element),
    el("div", { class: "pair" }, countries.element, devices.element),
  );

  const loadHeader = (quiet = false, answer?: Promise<Data>) =>
    fill(
      header,
      async () => {
        const [row] = await rowsOf("a1-live-header", v, "No viewers yet.", answer);
        return [
          el(
            "div",
            { class: "headlines" },
            ...HEADER.map(([m, label]) => headline(label, "viewers", m, formatValue(row[m], m))),
          ),
        ];
      },
      quiet,
    );
  const loadTimeline = (quiet = false, answer?: Promise<Data>) =>
    fill(
      timeline,
      async () => {
        const name = grain.value;
        const rows = await rowsOf(name, v, "No live activity in this session.", answer);
        return [
          timeChart(rows, name === "a2-live-timeline" ? "minute" : "tenSeconds", [
            { label: "Live viewers", field: "liveUniqueViewers" },
            { label: "Reactions", field: "reactions" },
            { label: "Engagement rate", field: "liveEngagementRate", right: true },
          ]),
        ];
      },
      quiet,
    );
  const loadPolls = () =>
    fill(polls, async () => {
      const rows = await rowsOf("a4-polls", v, "No polls in this session.");
      void loadAnswers(String(rows[0].pollId), String(rows[0].question));
      return [
        table(await columnsFor("polls", rows), rows, undefined, (row, tr) => {
          tr.classList.add("pickable");
          tr.tabIndex = 0;
          tr.addEventListener(
            "click",
            () => void loadAnswers(String(row.pollId), String(row.question)),
          );
        }),
        el("p", { class: "note" }, "Pick a poll to see its answers."),
      ];
    });
  const loadAnswers = (pollId: string, question: string) =>
    fill(answers, async () => {
      const rows = await rowsOf(
        "a4b-poll-answers",
        { sessionId, pollId },
        "No answers to this poll (open-ended or unanswered).",
      );
      return [
        el("p", { class: "question" }, question),
        table(await columnsFor("pollAnswers", rows), rows),
      ];
    });

  const work = [
    loadHeader(),
    loadTimeline(),
    viewers.load(),
    fill(heat, async () => {
      const rows = await rowsOf("a3b-engagement-heatmap", v, "No live activity in this session.");
      return [
        heatmap(rows, (row) => String(row.name ?? row.userId), "minute", "liveEngagementRate"),
      ];
    }),
    loadPolls(),
    fill(recordings, async () => {
      const data = await query(operation("a5-recordings"), v);
      const { rows, totals } = data.recordings;
      if (rows.length === 0) throw new Empty("This session has no recording plays or impressions.");
      const total = totals ?? {};
      return [
        el(
          "div",
          { class: "headlines" },
          headline("Impressions", "recordings", "impressions", formatValue(total.impressions)),
          headline("Plays", "recordings", "plays", formatValue(total.plays)),
          headline(
            "Minutes viewed",
            "recordings",
            "minutesViewed",
            formatValue(total.minutesViewed),
          ),
          headline(
            "Avg completion",
            "recordings",
            "avgCompletionRate",
            formatValue(total.avgCompletionRate, "avgCompletionRate"),
          ),
        ),
        table(await columnsFor("recordings", rows), rows),
      ];
    }),
    fill(plays, async () => {
      const rows = await rowsOf("a5b-recording-plays-over-time", v, "No recording plays yet.");
      return [
        timeChart(rows, "playedAt", [
          { label: "Plays", field: "plays" },
          { label: "Impressions", field: "impressions" },
        ]),
      ];
    }),
    fill(countries, async () => {
      const rows = await rowsOf("a6-countries", v, "No viewers with a known country.");
      return [
        bars(rows, (row) => String(row.country ?? "unknown"), "uniqueViewers"),
        table(await columnsFor("countries", rows), rows),
      ];
    }),
    fill(devices, async () => {
      const rows = await rowsOf("a6b-devices", v, "No viewers with a known device.");
      return [
        bars(
          rows,
          (row) => `${String(row.platform ?? "?")} · ${String(row.device ?? "?")}`,
          "uniqueViewers",
        ),
        table(await columnsFor("devices", rows), rows),
      ];
    }),
  ];
  const ongoing = session.status === "ONGOING";
  // The timeline's subscription follows the grain picker.
  const followTimeline = refollower(
    () => grain.value,
    () => v,
    (answer) => void loadTimeline(true, answer),
  );
  grain.addEventListener("change", () => {
    timeline.element.dataset.panel = grain.value;
    void loadTimeline();
    if (ongoing) followTimeline();
  });
  if (ongoing) {
    follow("a1-live-header", v, (answer) => void loadHeader(true, answer));
    followTimeline();
  }
  await Promise.all(work);
}
