// DOM building without HTML parsing: every value from the data goes in as a text node, so
// a name like `<img src=x onerror=…>` shows as those characters.

type Child = Node | string | number | null | undefined | false;
type Attributes = Record<string, string | number | boolean | undefined | EventListener>;

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Attributes = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    if (typeof value === "function") element.addEventListener(name.slice(2), value);
    else element.setAttribute(name, value === true ? "" : String(value));
  }
  append(element, ...children);
  return element;
}

export function append(parent: Node, ...children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** How a value is shown; the browser tests read numbers back in the same format: rates
 * (fields named `…Rate`, fractions in [0, 1]) as a percentage with one decimal, other
 * numbers whole or with two decimals, timestamps as the API sent them. */
export function formatValue(value: unknown, field = ""): string {
  if (value === null || value === undefined) return "—";
  if (typeof value === "number") {
    if (field.endsWith("Rate")) return `${(value * 100).toFixed(1)}%`;
    return Number.isInteger(value) ? String(value) : value.toFixed(2);
  }
  if (typeof value === "boolean") return value ? "yes" : "no";
  return String(value);
}

/** A labelled picker of `[value, text]` options, the first chosen. */
export function select(label: string, options: [string, string][]): HTMLSelectElement {
  return el(
    "select",
    { "aria-label": label },
    ...options.map(([value, text]) => el("option", { value }, text)),
  );
}
