// A panel: one element per docs/queries operation, `data-panel="<file name>"`, with a
// loading, empty, error or ready state (`data-state`) and a message a person can act on.
import { ApiError } from "./api";
import { el } from "./dom";

export interface Panel {
  element: HTMLElement;
  body: HTMLElement;
}

/** `name`: the docs/queries file the panel draws; none for the dashboard's own views. */
export function panel(name: string | undefined, title: string, ...tools: HTMLElement[]): Panel {
  const body = el("div", { class: "panel-body" });
  const element = el(
    "section",
    { class: "panel", "data-panel": name, "data-state": "loading" },
    el("header", { class: "panel-head" }, el("h2", {}, title), ...tools),
    body,
  );
  return { element, body };
}

function show(target: Panel, state: string, ...content: (Node | string)[]): void {
  target.element.dataset.state = state;
  target.body.replaceChildren(...content);
}

/** Why a panel has nothing to show, e.g. "No polls in this session." */
export class Empty extends Error {}

/**
 * Fills a panel from `work`, which returns what to show (or throws Empty); `quiet` keeps
 * the current content while a new answer is drawn instead of flashing "Loading…".
 */
export async function fill(
  target: Panel,
  work: () => Promise<(Node | string)[]>,
  quiet = false,
): Promise<void> {
  if (!quiet) show(target, "loading", el("p", { class: "status" }, "Loading…"));
  try {
    show(target, "ready", ...(await work()));
  } catch (error) {
    if (error instanceof Empty) {
      show(target, "empty", el("p", { class: "status" }, error.message));
    } else {
      const message = error instanceof Error ? error.message : String(error);
      const kind = error instanceof ApiError ? error.kind : "query";
      show(target, "error", el("p", { class: `status error ${kind}`, role: "alert" }, message));
    }
  }
}

/** A headline number, `data-metric="<cube>.<metric>"`, for tests to compare with the API. */
export function headline(label: string, cube: string, metric: string, value: string): HTMLElement {
  return el(
    "div",
    { class: "headline" },
    el("span", { class: "headline-value", "data-metric": `${cube}.${metric}` }, value),
    el("span", { class: "headline-label" }, label),
  );
}
