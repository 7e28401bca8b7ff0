// Tables of rows, every cell a text node; optional sortable headers.
import type { Row } from "./api";
import { el, formatValue } from "./dom";

export interface Column {
  key: string;
  label: string;
  /** The column's value in `orderBy`, when it is a catalog field. */
  sortField?: string;
  dimension?: boolean;
}

export interface Sorting {
  key: string;
  direction: "ASC" | "DESC";
  onSort: (column: Column) => void;
}

export function table(
  columns: Column[],
  rows: Row[],
  sorting?: Sorting,
  decorate?: (row: Row, tr: HTMLTableRowElement) => void,
): HTMLTableElement {
  const head = columns.map((column) => {
    if (!sorting) return el("th", { scope: "col" }, column.label);
    const active = sorting.key === column.key;
    const arrow = active ? (sorting.direction === "ASC" ? " ▲" : " ▼") : "";
    return el(
      "th",
      {
        scope: "col",
        "aria-sort": active ? (sorting.direction === "ASC" ? "ascending" : "descending") : "none",
      },
      el(
        "button",
        {
          type: "button",
          class: "sort",
          "data-sort": column.key,
          onclick: () => sorting.onSort(column),
        },
        column.label + arrow,
      ),
    );
  });
  const body = rows.map((row) => {
    const tr = el(
      "tr",
      {},
      ...columns.map((column) =>
        el("td", { "data-column": column.key }, formatValue(row[column.key], column.key)),
      ),
    );
    decorate?.(row, tr);
    return tr;
  });
  return el(
    "table",
    { class: "rows" },
    el("thead", {}, el("tr", {}, ...head)),
    el("tbody", {}, ...body),
  );
}
