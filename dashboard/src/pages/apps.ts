// /dashboard/apps: app sessions (docs/queries c1–c3) and the audience beside them (c4
// period over period, c5 cumulative viewers), the 30-day panels ending at `asOf`
// (by default the start of the latest app session, so a quiet period still shows data).
import { query, type Row } from "../api";
import { bars, timeChart } from "../charts";
import { el, formatValue } from "../dom";
import { Empty, fill, headline, panel } from "../panel";
import { LATEST_APP_SESSION, operation } from "../queries";
import { columnsFor } from "../catalog";
import { table } from "../table";

export async function appsPage(root: HTMLElement): Promise<void> {
  const distribution = panel("c1-app-session-length-distribution", "Session length distribution");
  const asOf = el("input", {
    type: "text",
    id: "as-of",
    "aria-label": "30 days up to (ISO 8601)",
    size: 26,
  });
  const lengthPerDay = panel(
    "c2-app-session-length-per-day",
    "Sum of session lengths per day, last 30 days",
  );
  const perDay = panel("c3-app-sessions-per-day", "Sessions per day, last 30 days");
  const overPeriods = panel(
    "c4-audience-period-over-period",
    "Viewers, last 30 days against the 30 days before",
  );
  const cumulative = panel("c5-cumulative-viewers", "Viewers per day and cumulative, last 30 days");
  root.replaceChildren(
    el(
      "div",
      { class: "subject" },
      el("h1", {}, "App sessions"),
      el("label", {}, "30 days up to ", asOf),
    ),
    distribution.element,
    el("div", { class: "pair" }, lengthPerDay.element, perDay.element),
    el("div", { class: "pair" }, overPeriods.element, cumulative.element),
  );
  const latest = (await query(LATEST_APP_SESSION)).appSessions.rows[0];
  asOf.value = String(latest?.startTime ?? new Date().toISOString());

  const loadDays = () => {
    const v = { asOf: asOf.value };
    return Promise.all([
      fill(lengthPerDay, async () => {
        const rows = (await query(operation("c2-app-session-length-per-day"), v)).appSessions.rows;
        if (rows.length === 0) throw new Empty("No app sessions in these 30 days.");
        return [
          timeChart(rows, "day", [{ label: "total length (s)", field: "totalLengthSeconds" }]),
          table(await columnsFor("appSessions", rows), rows),
        ];
      }),
      fill(perDay, async () => {
        const rows = (await query(operation("c3-app-sessions-per-day"), v)).appSessions.rows;
        if (rows.length === 0) throw new Empty("No app sessions in these 30 days.");
        return [
          timeChart(rows, "day", [
            { label: "sessions", field: "sessionCount" },
            { label: "unique users", field: "uniqueUsers" },
          ]),
          table(await columnsFor("appSessions", rows), rows),
        ];
      }),
      fill(overPeriods, async () => {
        const [totals] = (await query(operation("c4-audience-period-over-period"), v)).viewers.rows;
        const previous = (totals?.previous ?? null) as Row | null;
        if (!totals || (totals.uniqueViewers === 0 && previous?.uniqueViewers === 0)) {
          throw new Empty("No viewers in these 60 days.");
        }
        return [
          el(
            "div",
            { class: "headlines" },
            ...periodHeadlines("Unique viewers", "uniqueViewers", totals),
            ...periodHeadlines("Minutes viewed", "minutesViewed", totals),
          ),
        ];
      }),
      fill(cumulative, async () => {
        const rows = (await query(operation("c5-cumulative-viewers"), v)).viewers.rows;
        if (rows.every((row) => row.uniqueViewers === 0)) {
          throw new Empty("No viewers in these 30 days.");
        }
        return [
          timeChart(rows, "day", [
            { label: "viewers that day", field: "uniqueViewers" },
            { label: "viewers so far", field: "cumulativeViewers" },
          ]),
        ];
      }),
    ]);
  };
  asOf.addEventListener("change", () => void loadDays());
  await Promise.all([
    fill(distribution, async () => {
      const data = (await query(operation("c1-app-session-length-distribution"))).appSessions;
      if (data.rows.length === 0) throw new Empty("No app sessions yet.");
      const totals = data.totals ?? {};
      return [
        el(
          "div",
          { class: "headlines" },
          headline("App sessions", "appSessions", "sessionCount", formatValue(totals.sessionCount)),
          headline(
            "Median length (s)",
            "appSessions",
            "medianLengthSeconds",
            formatValue(totals.medianLengthSeconds),
          ),
        ),
        bars(
          [...data.rows].sort((a, b) => bucketStart(a.lengthBucket) - bucketStart(b.lengthBucket)),
          (row) => bucketLabel(row.lengthBucket),
          "sessionCount",
        ),
        table(await columnsFor("appSessions", data.rows), data.rows),
      ];
    }),
    loadDays(),
  ]);
}

// A metric now, in the period before, and the relative change, as three headlines.
function periodHeadlines(label: string, metric: string, totals: Row): HTMLElement[] {
  const previous = (totals.previous ?? {}) as Row;
  const change = ((totals.change ?? {}) as Row)[metric];
  return [
    headline(label, "viewers", metric, formatValue(totals[metric])),
    headline(`${label}, 30 days before`, "viewers.previous", metric, formatValue(previous[metric])),
    headline(
      `${label}, change`,
      "viewers.change",
      metric,
      typeof change === "number" ? `${(change * 100).toFixed(1)}%` : "—",
    ),
  ];
}

// LengthBucket values name their bounds (SECONDS_0_10, MINUTES_30_PLUS); shown as the
// labels people read ("0-10s", "30m+") and drawn shortest first.
const BUCKET = /^(SECONDS|MINUTES)_(\d+)_(\d+|PLUS)$/;

function bucketLabel(value: unknown): string {
  const match = BUCKET.exec(String(value));
  if (!match) return String(value);
  const unit = match[1] === "SECONDS" ? "s" : "m";
  return match[3] === "PLUS" ? `${match[2]}${unit}+` : `${match[2]}-${match[3]}${unit}`;
}

function bucketStart(value: unknown): number {
  const match = BUCKET.exec(String(value));
  if (!match) return Number.MAX_SAFE_INTEGER;
  return Number(match[2]) * (match[1] === "SECONDS" ? 1 : 60);
}
