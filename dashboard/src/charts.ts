// Charts: uPlot (canvas) for time series, plain elements for categorical bars and the
// heatmap, so every label stays a text node.
import uPlot from "uplot";
import "uplot/dist/uPlot.min.css";
import type { Row } from "./api";
import { el } from "./dom";

const COLOURS = ["#2b6cb0", "#dd6b20", "#38a169", "#805ad5", "#d53f8c", "#718096"];

const CHART_WIDTH = 760;
const AXIS_SIZE = 64;
// A uPlot chart listens on the window until destroyed; a redrawn panel (a new answer) drops
// its old chart from the page, so each new draw destroys the ones no longer in it.
const drawn = new Set<uPlot>();

function releaseDetached(): void {
  for (const plot of drawn) {
    if (!plot.root.isConnected) {
      plot.destroy();
      drawn.delete(plot);
    }
  }
}

export interface Series {
  label: string;
  field: string;
  /** Plot on a second axis on the right (rates next to counts). */
  right?: boolean;
}

/** A line chart of `series` over the timestamps in `timeField` (ISO 8601 strings). */
export function timeChart(rows: Row[], timeField: string, series: Series[]): HTMLElement {
  // `data-points`: how many rows the chart draws, for a test to compare with the answer.
  const holder = el("div", {
    class: "chart",
    "data-chart": "time",
    "data-points": String(rows.length),
  });
  const xs = rows.map((row) => Date.parse(String(row[timeField])) / 1000);
  const data: uPlot.AlignedData = [
    xs,
    ...series.map((s) => rows.map((row) => (row[s.field] as number | null) ?? null)),
  ];
  const hasRight = series.some((s) => s.right);
  const options: uPlot.Options = {
    width: CHART_WIDTH,
    height: 240,
    series: [
      {},
      ...series.map((s, i) => ({
        label: s.label,
        stroke: COLOURS[i % COLOURS.length],
        width: 2,
        scale: s.right ? "right" : "y",
      })),
    ],
    axes: [
      {},
      { scale: "y", size: AXIS_SIZE },
      ...(hasRight
        ? [{ scale: "right", side: 1 as const, size: AXIS_SIZE, grid: { show: false } }]
        : []),
    ],
  };
  // Drawn once the holder is in the page, at most as wide as its panel.
  requestAnimationFrame(() => {
    releaseDetached();
    options.width = Math.min(CHART_WIDTH, holder.clientWidth || CHART_WIDTH);
    drawn.add(new uPlot(options, data, holder));
  });
  return holder;
}

/** Horizontal bars of one metric per row, labelled by `label(row)`. */
export function bars(rows: Row[], label: (row: Row) => string, field: string): HTMLElement {
  const values = rows.map((row) => Number(row[field] ?? 0));
  const top = Math.max(1, ...values);
  return el(
    "div",
    { class: "bars", "data-chart": "bars" },
    ...rows.map((row, i) => {
      const bar = el("span", { class: "bar" });
      bar.style.width = `${(100 * values[i]) / top}%`;
      return el(
        "div",
        { class: "bar-row" },
        el("span", { class: "bar-label" }, label(row)),
        el("span", { class: "bar-track" }, bar),
        el("span", { class: "bar-value" }, String(values[i])),
      );
    }),
  );
}

/** One row of cells per subject, one cell per time bucket, shaded by a fraction in [0, 1]. */
export function heatmap(
  rows: Row[],
  subject: (row: Row) => string,
  bucketField: string,
  valueField: string,
): HTMLElement {
  const buckets = [...new Set(rows.map((row) => String(row[bucketField])))].sort();
  const column = new Map(buckets.map((bucket, i) => [bucket, i]));
  const grid = new Map<string, (number | null)[]>();
  for (const row of rows) {
    const cells = grid.get(subject(row)) ?? new Array<number | null>(buckets.length).fill(null);
    cells[column.get(String(row[bucketField])) ?? 0] = row[valueField] as number | null;
    grid.set(subject(row), cells);
  }
  return el(
    "div",
    { class: "heatmap", "data-chart": "heatmap" },
    ...[...grid].map(([name, cells]) =>
      el(
        "div",
        { class: "heat-row" },
        el("span", { class: "heat-label" }, name),
        ...cells.map((value, i) => {
          const cell = el("span", {
            class: "heat-cell",
            title: `${name} · ${buckets[i]} · ${value === null ? "no activity" : `${(value * 100).toFixed(0)}%`}`,
          });
          if (value !== null) cell.style.opacity = String(0.15 + 0.85 * value);
          else cell.classList.add("none");
          return cell;
        }),
      ),
    ),
  );
}
