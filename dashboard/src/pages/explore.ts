// /dashboard/explore: any cube, dimensions, metrics and a filter picked from the `catalog`
// root field, shown as a table and a chart, exported as CSV in either header style.
import { query, type Row, type Variables } from "../api";
import { catalog, columnsFor, type CatalogField as Field } from "../catalog";
import { bars, timeChart } from "../charts";
import { el } from "../dom";
import { csvExport } from "../export";
import { Empty, fill, panel } from "../panel";
import { table } from "../table";

const GRAINS = ["", "MINUTE", "HOUR", "DAY", "WEEK", "MONTH"];
const OPERATORS: Record<string, string[]> = {
  STRING: ["eq", "contains", "startsWith", "ne"],
  INT: ["eq", "gte", "lte"],
  FLOAT: ["eq", "gte", "lte"],
  BOOLEAN: ["eq"],
  ENUM: ["eq", "ne"],
  TIME: ["gte", "lte"],
};

function typed(type: string, raw: string): unknown {
  if (type === "INT" || type === "FLOAT") return Number(raw);
  if (type === "BOOLEAN") return raw.trim().toLowerCase() === "true";
  return raw;
}

/** The GraphQL document of a pick: the selected fields are the query (grouping included). */
export function exploreDocument(
  cube: string,
  dimensions: [string, string][],
  metrics: string[],
): string {
  const whereType = `${cube[0].toUpperCase()}${cube.slice(1)}Where`;
  const fields = [
    ...dimensions.map(([name, grain]) => (grain ? `${name}(grain: ${grain})` : name)),
    ...metrics,
  ];
  return `query Explore($where: ${whereType}, $limit: Int) {
  ${cube}(where: $where, limit: $limit) {
    rows { ${fields.join(" ")} }
    rowCount
  }
}`;
}

function checkbox(group: string, field: Field, checked: boolean): HTMLLabelElement {
  return el(
    "label",
    { class: "pick", title: field.label },
    el("input", { type: "checkbox", name: group, value: field.name, checked }),
    field.name,
  );
}

export async function explorePage(root: HTMLElement): Promise<void> {
  const cubes = await catalog();
  const cubePicker = el(
    "select",
    { id: "explore-cube", "aria-label": "Cube" },
    ...cubes.map((c) => el("option", { value: c.name }, c.name)),
  );
  const description = el("p", { class: "note" });
  const dimensionBox = el("fieldset", { class: "picks", id: "explore-dimensions" });
  const metricBox = el("fieldset", { class: "picks", id: "explore-metrics" });
  const filterField = el("select", { id: "explore-filter-field", "aria-label": "Filter on" });
  const filterOperator = el("select", { id: "explore-filter-operator", "aria-label": "Operator" });
  const filterValue = el("input", {
    type: "text",
    id: "explore-filter-value",
    "aria-label": "Filter value",
  });
  const limit = el("input", {
    type: "number",
    id: "explore-limit",
    min: 1,
    max: 10000,
    value: 100,
    "aria-label": "Limit",
  });
  const run = el("button", { type: "button", id: "explore-run" }, "Run");
  const result = panel(undefined, "Result");
  const documentView = el("pre", { class: "document", id: "explore-document" });
  let current: { document: string; variables: Variables } = { document: "", variables: {} };
  const exporter = csvExport(() => current, "explore.csv");

  const cube = () => cubes.find((c) => c.name === cubePicker.value) ?? cubes[0];
  const dimension = (name: string) => cube().dimensions.find((d) => d.name === name);
  const syncOperators = () => {
    const type = dimension(filterField.value)?.type ?? "STRING";
    filterOperator.replaceChildren(
      ...(OPERATORS[type] ?? ["eq"]).map((op) => el("option", { value: op }, op)),
    );
  };
  const pickCube = () => {
    const { description: text, dimensions, metrics } = cube();
    description.textContent = text;
    const usable = dimensions.filter((d) => !d.adminOnly);
    dimensionBox.replaceChildren(
      el("legend", {}, "Dimensions"),
      ...usable.map((d, i) => {
        const pick = checkbox("dimension", d, i === 0);
        if (d.type === "TIME") {
          pick.append(
            el(
              "select",
              { class: "grain", "data-for": d.name, "aria-label": `${d.name} grain` },
              ...GRAINS.map((g) => el("option", { value: g }, g || "raw")),
            ),
          );
        }
        return pick;
      }),
    );
    metricBox.replaceChildren(
      el("legend", {}, "Metrics"),
      ...metrics.map((m, i) => checkbox("metric", m, i === 0)),
    );
    filterField.replaceChildren(
      el("option", { value: "" }, "no filter"),
      ...usable.map((d) => el("option", { value: d.name }, d.name)),
    );
    syncOperators();
  };

  const picked = (box: HTMLElement) =>
    [...box.querySelectorAll<HTMLInputElement>("input[type=checkbox]:checked")].map(
      (input) => input.value,
    );
  const execute = () =>
    fill(result, async () => {
      const dims = picked(dimensionBox).map((name): [string, string] => [
        name,
        dimensionBox.querySelector<HTMLSelectElement>(`select[data-for="${name}"]`)?.value ?? "",
      ]);
      const metrics = picked(metricBox);
      if (dims.length + metrics.length === 0)
        throw new Empty("Pick at least one dimension or metric.");
      const variables: Variables = { limit: Number(limit.value) || 100 };
      const filtered = dimension(filterField.value);
      if (filtered && filterValue.value !== "") {
        variables.where = {
          [filtered.name]: { [filterOperator.value]: typed(filtered.type, filterValue.value) },
        };
      }
      const document = exploreDocument(cube().name, dims, metrics);
      current = { document, variables };
      documentView.textContent = `${document}\nvariables: ${JSON.stringify(variables)}`;
      const answer = (await query(document, variables))[cube().name];
      if (answer.rows.length === 0) throw new Empty("No rows match.");
      const columns = await columnsFor(cube().name, answer.rows);
      const [first] = dims;
      const chart =
        metrics.length === 0
          ? null
          : first && dimension(first[0])?.type === "TIME" && first[1]
            ? timeChart(answer.rows, first[0], [{ label: metrics[0], field: metrics[0] }])
            : bars(
                answer.rows.slice(0, 30),
                (row: Row) => dims.map(([d]) => String(row[d] ?? "—")).join(" · ") || "all",
                metrics[0],
              );
      return [
        el("p", { class: "note", id: "explore-count" }, `${answer.rowCount} rows`),
        chart ?? "",
        table(columns, answer.rows),
      ];
    });

  cubePicker.addEventListener("change", pickCube);
  filterField.addEventListener("change", syncOperators);
  run.addEventListener("click", () => void execute());
  root.replaceChildren(
    el("div", { class: "subject" }, el("h1", {}, "Explore")),
    el(
      "section",
      { class: "panel explorer" },
      el("div", { class: "tools" }, el("label", {}, "Cube ", cubePicker), description),
      dimensionBox,
      metricBox,
      el(
        "div",
        { class: "tools" },
        "Filter ",
        filterField,
        filterOperator,
        filterValue,
        el("label", {}, " limit ", limit),
        run,
        exporter,
      ),
      documentView,
    ),
    result.element,
  );
  pickCube();
  await execute();
}
