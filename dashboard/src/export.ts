// CSV export of a panel's query through /export.csv, in either header style.
import { downloadCsv, type HeaderStyle, type Variables } from "./api";
import { el } from "./dom";

/** `request`: the panel's current operation and variables, read at the moment of export. */
export function csvExport(
  request: () => { document: string; variables: Variables },
  filename: string,
): HTMLElement {
  const style = el(
    "select",
    { "aria-label": "CSV headers", class: "csv-headers" },
    el("option", { value: "descriptive" }, "friendly headers"),
    el("option", { value: "system" }, "system headers"),
  );
  const message = el("span", { class: "note export-message", role: "status" });
  const button = el("button", { type: "button", class: "export-csv" }, "Export CSV");
  button.addEventListener("click", async () => {
    message.textContent = "Exporting…";
    try {
      const { document, variables } = request();
      await downloadCsv(document, variables, style.value as HeaderStyle, filename);
      message.textContent = "";
    } catch (error) {
      message.textContent = error instanceof Error ? error.message : String(error);
      message.classList.add("error");
    }
  });
  return el("span", { class: "export" }, style, button, message);
}
