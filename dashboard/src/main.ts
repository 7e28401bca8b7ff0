// Entry: takes the key (a `#key=…` fragment or the "API key" field, kept in sessionStorage
// only), then draws the page named by the path under /dashboard.
import "./style.css";
import { adoptKeyFromFragment, ApiError, apiKey, forgetKey, rememberKey } from "./api";
import { el } from "./dom";
import { unsubscribeAll } from "./live";
import { appsPage } from "./pages/apps";
import { explorePage } from "./pages/explore";
import { homePage } from "./pages/home";
import { livePage } from "./pages/live";
import { meetingPage } from "./pages/meeting";

const root = document.getElementById("app") as HTMLElement;
const forget = document.getElementById("forget-key") as HTMLButtonElement;

function route(path: string): (target: HTMLElement) => Promise<void> {
  const [page, subject] = path
    .replace(/^\/dashboard\/?/, "")
    .split("/")
    .map(decodeURIComponent);
  if (page === "live" && subject) return (target) => livePage(target, subject);
  if (page === "meeting" && subject) return (target) => meetingPage(target, subject);
  if (page === "apps") return appsPage;
  if (page === "explore") return explorePage;
  if (!page) return homePage;
  return async (target) =>
    target.replaceChildren(
      el(
        "p",
        { class: "status error", role: "alert" },
        `No dashboard page “${path}”. `,
        el("a", { href: "/dashboard" }, "Start page"),
      ),
    );
}

function nav(): void {
  const links: [string, string][] = [
    ["/dashboard", "Sessions"],
    ["/dashboard/apps", "Apps"],
    ["/dashboard/explore", "Explore"],
  ];
  document
    .getElementById("nav")
    ?.replaceChildren(...links.map(([href, text]) => el("a", { href }, text)));
}

function keyForm(problem?: string): HTMLElement {
  const input = el("input", {
    type: "password",
    id: "api-key",
    name: "api-key",
    autocomplete: "off",
    required: true,
  });
  const form = el(
    "form",
    { class: "key-form" },
    problem && el("p", { class: "status error unauthenticated", role: "alert" }, problem),
    el("label", { for: "api-key" }, "API key"),
    input,
    el("button", { type: "submit" }, "Open dashboard"),
    el(
      "p",
      { class: "note" },
      "The key stays in this browser tab (sessionStorage) and is sent as `Authorization: Bearer …`; a link may carry it as #key=…",
    ),
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    rememberKey(input.value);
    void show();
  });
  return form;
}

async function show(): Promise<void> {
  unsubscribeAll();
  if (!apiKey()) {
    forget.hidden = true;
    root.replaceChildren(keyForm());
    return;
  }
  forget.hidden = false;
  root.replaceChildren(el("p", { class: "status" }, "Loading…"));
  try {
    await route(location.pathname)(root);
  } catch (error) {
    if (error instanceof ApiError && error.kind === "unauthenticated") {
      forgetKey();
      root.replaceChildren(keyForm(error.message));
    } else {
      const message = error instanceof Error ? error.message : String(error);
      root.replaceChildren(
        el(
          "p",
          { class: `status error ${error instanceof ApiError ? error.kind : ""}`, role: "alert" },
          message,
        ),
      );
    }
  }
}

forget.addEventListener("click", () => {
  forgetKey();
  void show();
});
adoptKeyFromFragment();
nav();
void show();
