// Panel a3: the viewer engagement table, searchable by name from three letters, sortable by
// any column, paged by the API's `rowCount`, with a hover card and CSV export.
import { query, type Row } from "./api";
import { el, formatValue } from "./dom";
import { csvExport } from "./export";
import { Empty, fill, panel } from "./panel";
import { operation } from "./queries";
import { columnsFor } from "./catalog";
import { table, type Column } from "./table";

const NAME = "a3-viewer-engagement-table";
/** The dashboard searches names from three letters on (shorter input sends nothing). */
export const MIN_SEARCH = 3;
const PAGE_SIZES = [10, 25, 50, 100];
// The hover card: who the viewer is and how much they watched.
const CARD_FIELDS = [
  "jobTitle",
  "company",
  "industry",
  "role",
  "country",
  "minutesViewed",
  "liveEngagementRate",
];

export function viewerTable(sessionId: string) {
  let search = "";
  let sortKey = "minutesViewed";
  let sortField = "MINUTES_VIEWED";
  let direction: "ASC" | "DESC" = "DESC";
  let offset = 0;
  let pageSize = 25;

  const where = () => ({
    sessionId: { eq: sessionId },
    ...(search ? { name: { contains: search } } : {}),
  });
  const variables = () => ({
    where: where(),
    orderBy: [{ field: sortField, direction }],
    limit: pageSize,
    offset,
  });

  const input = el("input", {
    type: "search",
    id: "viewer-search",
    placeholder: "Search names (3+ letters)",
    "aria-label": "Search names",
  });
  const hint = el("span", { class: "note", id: "search-hint" });
  const sizes = el(
    "select",
    { id: "page-size", "aria-label": "Rows per page" },
    ...PAGE_SIZES.map((size) =>
      el("option", { value: size, selected: size === pageSize }, `${size} a page`),
    ),
  );
  sizes.addEventListener("change", () => {
    pageSize = Number(sizes.value);
    offset = 0;
    void load();
  });
  const card = el("div", { class: "hover-card", hidden: true });
  const exporter = csvExport(
    () => ({ document: operation(NAME), variables: { ...variables(), limit: 10000, offset: 0 } }),
    `viewers-${sessionId}.csv`,
  );
  const target = panel(
    NAME,
    "Viewer engagement",
    el("div", { class: "tools" }, input, hint, sizes, exporter),
  );

  const showCard = (row: Row, tr: HTMLElement, columns: Column[]) => {
    const label = new Map(columns.map((c) => [c.key, c.label]));
    card.replaceChildren(
      el("strong", {}, String(row.name ?? row.userId)),
      ...CARD_FIELDS.map((field) =>
        el("div", {}, `${label.get(field) ?? field}: ${formatValue(row[field], field)}`),
      ),
    );
    card.hidden = false;
    card.style.top = `${tr.offsetTop + tr.offsetHeight}px`;
  };

  const load = (): Promise<void> =>
    fill(target, async () => {
      const data = await query(operation(NAME), variables());
      const { rows, rowCount = 0 } = data.viewers;
      if (rows.length === 0) {
        throw new Empty(
          search ? `No viewer's name contains “${search}”.` : "No viewers in this session.",
        );
      }
      // Every column the query selects but the id; a new sort column starts A→Z for a
      // dimension and largest first for a metric.
      const columns = (await columnsFor("viewers", rows)).filter((c) => c.key !== "userId");
      const onSort = (column: Column) => {
        if (column.key === sortKey) direction = direction === "ASC" ? "DESC" : "ASC";
        else [sortKey, direction] = [column.key, column.dimension ? "ASC" : "DESC"];
        sortField = column.sortField ?? sortField;
        offset = 0;
        void load();
      };
      const grid = table(columns, rows, { key: sortKey, direction, onSort }, (row, tr) => {
        tr.addEventListener("mouseenter", () => showCard(row, tr, columns));
        tr.addEventListener("mouseleave", () => (card.hidden = true));
      });
      const page = (delta: number) => () => {
        offset += delta;
        void load();
      };
      return [
        el("div", { class: "table-wrap" }, grid, card),
        el(
          "div",
          { class: "pager" },
          el(
            "button",
            {
              type: "button",
              id: "page-previous",
              disabled: offset === 0,
              onclick: page(-pageSize),
            },
            "Previous",
          ),
          el(
            "span",
            { id: "page-status" },
            `rows ${offset + 1}-${offset + rows.length} of ${rowCount}`,
          ),
          el(
            "button",
            {
              type: "button",
              id: "page-next",
              disabled: offset + rows.length >= rowCount,
              onclick: page(pageSize),
            },
            "Next",
          ),
        ),
      ];
    });

  let typing: number | undefined;
  input.addEventListener("input", () => {
    clearTimeout(typing);
    const text = input.value.trim();
    if (text.length > 0 && text.length < MIN_SEARCH) {
      hint.textContent = `Type at least ${MIN_SEARCH} letters to search.`;
      return;
    }
    hint.textContent = "";
    typing = window.setTimeout(() => {
      if (text === search) return;
      search = text;
      offset = 0;
      void load();
    }, 250);
  });

  return { element: target.element, load };
}
