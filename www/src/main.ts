// Wires the playground: editor → render worker → output views, plus settings, examples,
// sharing and theme. Each view lives in its own module under views/.

import { byId, copyText, downloadText, flash, setHidden, setText, whenIdle } from "./dom";
import { createEditor, measureNow } from "./editor";
import { warmTyping } from "./warm-typing";
import { RenderStatus } from "./views/render-status";
import { RenderClient } from "./render-client";
import { SchemaIndex } from "./schema";
import { Persist } from "./persist";
import { setupTheme } from "./theme";
import { merge } from "./overrides";
import { allToYaml, keyOf, nameOf, pickSelected, toYaml } from "./resources";
import { DEFAULT_EXAMPLE, type Example } from "./examples/index";
import { ResourceList } from "./views/resource-list";
import { showAbsent } from "./views/absent-list";
import { showDiagnostics } from "./views/diagnostics-list";
import { YamlView, indexOrigins } from "./views/yaml-view";
import { OptionsPanel, type Overrides } from "./views/options-panel";
import { setupGallery } from "./views/gallery";
import { showSummary } from "./views/summary-view";
import { showCompare } from "./views/compare-view";
import { KserveView } from "./views/kserve-view";
import { brokenLinkMessage, showNotice, tooLargeMessage } from "./views/notice";
import { allTraces, fromWorkerClock, timed, trace, traceEdit } from "./latency";
import type { Defaults, EppConfig, KubeObject, Origin, RenderOptions } from "modelservice-render";
import type { AppState, JsonSchema, RenderResponse } from "./types";

type Tab = "objects" | "summary" | "compare" | "kserve";
const TABS: Tab[] = ["objects", "summary", "compare", "kserve"];

// The script runs: the note for a page whose script never starts (index.html) goes.
document.getElementById("boot-note")?.remove();

const persist = new Persist();
const saved = await persist.initial();
let state: AppState = saved ?? {
  yaml: DEFAULT_EXAMPLE.yaml,
  eppConfig: { ...(DEFAULT_EXAMPLE.eppConfig ?? {}) },
  options: { ...(DEFAULT_EXAMPLE.options ?? {}) },
};

let schemaIndex: SchemaIndex | null = null;
let schemas: Record<string, JsonSchema> = {};
let defaultsByVersion: Record<string, Defaults> = {};
let defaultVersion = "v1.0.1";
let tab: Tab = "objects";
let rev = 0;
const revOfRequest = new Map<number, number>();
let appliedRev = -1;
let last: RenderResponse | null = null;
/** The render whose objects are on screen: the newest one without errors (or the newest). */
let shown: RenderResponse | null = null;
let origins: { rev: number; table: Promise<Map<string, Origin> | null> } | null = null;

const output = byId("output");
const banner = byId("banner");
const flashTarget = byId("flash");

function showBanner(message: string | null): void {
  setHidden(banner, !message);
  setText(banner, message ?? "");
}

// ---- render plumbing ----

const renderStatus = new RenderStatus(byId("render-status"));
const client = new RenderClient(
  onRendered,
  (message) => {
    showBanner(message);
    renderStatus.failed();
  },
  // The worker died (out of memory, a crash) or hung: said until dismissed when its render was
  // sent to a new one, in the banner (until a render is shown) when that one died too. A worker
  // that died on no render costs nothing yet: the next render starts a new one.
  (why, resent) => {
    if (resent === null) return;
    if (resent) showNotice(`The renderer stopped (${why}) and was restarted; your latest edit is rendered again.`);
    else {
      showBanner(`The renderer stopped again (${why}), perhaps out of memory on this input. It restarts with your next edit.`);
      renderStatus.failed();
    }
  },
);

function renderInput(): { text: string; eppConfig: EppConfig; options: RenderOptions } {
  return { text: state.yaml, eppConfig: state.eppConfig, options: state.options };
}

function requestRender(): void {
  // The extras cost a render each: computed only while their tab is open.
  const id = client.render({
    ...renderInput(),
    // The worker prints the object on screen, off the page's thread.
    selected: tab === "objects" ? state.selected : undefined,
    print: tab === "objects",
    summary: tab === "summary",
    baseline: tab === "compare" ? state.baseline : undefined,
    migrate: tab === "kserve",
  });
  revOfRequest.set(id, rev);
  const requested = rev;
  renderStatus.requested(() => appliedRev < requested);
}

function selectedObject() {
  const resources = shown?.result.resources ?? [];
  return resources.find((r) => keyOf(r) === state.selected) ?? null;
}

function onRendered(res: RenderResponse): void {
  const t0 = performance.now();
  const forRev = revOfRequest.get(res.id) ?? rev;
  revOfRequest.delete(res.id);
  if (forRev < appliedRev) return;
  appliedRev = forRev;
  const tr = trace(forRev);
  if (tr) {
    Object.assign(tr, { post: res.sent, receive: res.arrived, worker: res.times.stages, where: res.where });
    tr.workerStart = fromWorkerClock(res.times.start);
    tr.workerEnd = fromWorkerClock(res.times.end);
  }
  const view = <T>(name: string, fn: () => T): T => timed(forRev, name, fn);
  last = res;
  showBanner(null);
  const { diagnostics } = res.result;
  // While the spec has errors the renderer returns no objects; keep the last valid output on
  // screen, marked stale, so a half-typed line does not blank the whole output.
  const hasErrors = diagnostics.some((d) => d.severity === "error");
  if (!hasErrors || !shown) shown = res;
  const stale = shown !== res;
  output.classList.toggle("stale", stale);
  setHidden(byId("stale-note"), !stale);
  const { resources, absent, configHash } = shown.result;
  state.selected = pickSelected(resources, state.selected);
  if (res.printed) {
    const obj = resources.find((r) => keyOf(r) === res.printed!.key);
    if (obj) printed.set(obj, res.printed.yaml);
  }
  // Views redraw only when their part of the result changed: typing stays cheap.
  if (view("diagnostics-compare", () => changedPart("diagnostics", diagnostics))) {
    view("editor-diagnostics", () => editor.showDiagnostics(diagnostics));
    view("problems", () => showDiagnostics(byId("diagnostics"), byId("problem-counts"), diagnostics, (l, c) => editor.goTo(l, c), goToSetting));
  }
  view("list", () => {
    if (changedPart("list", [resources.map(keyOf), state.selected])) resourceList.show(resources, state.selected);
  });
  showSelected(forRev);
  view("absent", () => {
    if (changedPart("absent", absent)) showAbsent(byId("absent-list"), absent);
  });
  setText(byId("object-count"), String(resources.length));
  setText(byId("config-hash"), configHash || "–");
  const viewMs = performance.now() - t0;
  renderStatus.shown(`${(res.ms + viewMs).toFixed(1)} ms`, `render ${res.ms.toFixed(1)} ms (${res.where ?? "worker"}) + views ${viewMs.toFixed(1)} ms`, forRev);
  // The other tabs are drawn only while shown (and when one is opened): typing pays for none.
  view("tabs", () => drawTab());
  // Both views' layout reads now, while the key's task still has the time before the next frame.
  view("measure", () => {
    measureNow(editor.view);
    measureNow(yamlView.view);
  });
  output.dataset.renderedRev = String(forRev);
  if (tr) tr.shown = performance.now();
  if (typing === "cold") {
    typing = "warming";
    const run = (): void => {
      // Nothing to show when it fails: typing then compiles on the first key, as before.
      // The first lines are enough to run every step; a long document would only cost more.
      warmTyping(firstLines(state.yaml, 60), firstLines(yamlView.text(), 60)).then(
        (typed) => {
          typing = typed ? "warm" : "failed";
          typingWarmups++;
        },
        () => (typing = "failed"),
      );
    };
    whenIdle(run);
  }
}

const firstLines = (text: string, n: number): string => text.split("\n", n).join("\n");

/** Whether the code that handles typing has run for the document on screen (warm-typing.ts). */
let typing: "cold" | "warming" | "warm" | "failed" = "cold";
let typingWarmups = 0;

const lastParts = new Map<string, string>();
function changedPart(name: string, value: unknown): boolean {
  const json = JSON.stringify(value);
  if (lastParts.get(name) === json) return false;
  lastParts.set(name, json);
  return true;
}

function showSelected(forRev = -1): void {
  const obj = selectedObject();
  setText(byId("selected-title"), obj ? `${obj.kind} · ${nameOf(obj)}` : "–");
  const text = timed(forRev, "yaml-print", () => (obj ? printedYaml(obj) : ""));
  timed(forRev, "yaml-view", () => yamlView.show(obj, text));
}

/** Each object's YAML, printed once (by the worker for the object selected while typing). */
const printed = new WeakMap<KubeObject, string>();
function printedYaml(obj: KubeObject): string {
  let text = printed.get(obj);
  if (text === undefined) printed.set(obj, (text = toYaml(obj)));
  return text;
}

function originTable(): Promise<Map<string, Origin> | null> {
  if (!origins || origins.rev !== appliedRev) {
    origins = { rev: appliedRev, table: client.explain(renderInput()).then(indexOrigins) };
  }
  return origins.table;
}

// ---- state changes ----

function operatorVersion(): string {
  return (state.options.operatorVersion as string | undefined) ?? defaultVersion;
}

/** Completion and hover follow the schema of the selected operator release. */
function pickSchema(): void {
  const s = schemas[operatorVersion()] ?? schemas[defaultVersion];
  schemaIndex = s ? new SchemaIndex(s) : null;
  byId("operator-version").textContent = operatorVersion();
}

function changed(): void {
  rev++;
  traceEdit(rev);
  output.dataset.inputRev = String(rev);
  requestRender();
  persist.schedule(state);
}

function applyState(next: AppState): void {
  state = next;
  optionsPanel?.set({ eppConfig: state.eppConfig, options: state.options });
  kserveView.set(state.options.migrate);
  pickSchema();
  if (editor.text() !== state.yaml) editor.setText(state.yaml); // triggers changed()
  else changed();
}

function pickExample(ex: Example): void {
  applyState({
    yaml: ex.yaml,
    eppConfig: structuredClone(ex.eppConfig ?? {}),
    options: structuredClone(ex.options ?? {}),
    selected: undefined,
    baseline: state.baseline,
  });
  // Another document: its first keystrokes run code V8 has not yet compiled for it.
  if (typing !== "warming") typing = "cold";
  client.rewarm();
}

// ---- views ----

const editor = createEditor(
  byId("editor"),
  state.yaml,
  () => schemaIndex,
  (text) => {
    state = { ...state, yaml: text };
    changed();
  },
  byId("field-doc-live"),
);

const resourceList = new ResourceList(byId("resource-list"), (key) => {
  state = { ...state, selected: key };
  resourceList.show(shown?.result.resources ?? [], key);
  showSelected();
  persist.schedule(state);
});

const yamlView = new YamlView(byId("yaml-view"), originTable);
let optionsPanel: OptionsPanel | null = null;

/** Draws the open tab other than Objects from the latest answers. */
function drawTab(): void {
  if (tab === "summary") {
    const summary = shown?.result.resources.length ? shown.summary : undefined;
    // Objects rendered without their summary (on another tab): its render is on the way.
    showSummary(byId("panel-summary"), summary, !summary && shown === last && !!shown?.result.resources.length);
  }
  else if (tab === "compare") drawCompare();
  else if (tab === "kserve") kserveView.show(last?.migrated);
}

function drawCompare(): void {
  showCompare(
    byId("panel-compare"),
    state.baseline !== undefined,
    last?.changes,
    last?.diffErrors,
    () => {
      state = { ...state, baseline: state.yaml };
      changed();
    },
    () => {
      state = { ...state, baseline: undefined };
      changed();
    },
  );
}

const kserveView = new KserveView(byId("panel-kserve"), {
  setOptions: (migrate) => {
    const { migrate: _old, ...rest } = state.options;
    state = { ...state, options: migrate ? { ...rest, migrate } : rest };
    changed();
  },
  goTo: (l, c) => editor.goTo(l, c),
  goToSetting: (path) => goToSetting(path),
  download: (yaml, name) => downloadText(yaml, name),
  nothingToDownload: () => flash(flashTarget, "Fix the errors first"),
});
kserveView.set(state.options.migrate);

function selectTab(next: Tab): void {
  tab = next;
  for (const t of TABS) {
    byId(`tab-${t}`).setAttribute("aria-selected", String(t === tab));
    byId(`panel-${t}`).hidden = t !== tab;
  }
  if (tab !== "objects") {
    drawTab();
    requestRender();
  }
}
for (const t of TABS) byId(`tab-${t}`).addEventListener("click", () => selectTab(t));
// The tab list's keys (WAI-ARIA tabs): arrows move to the next or previous tab (wrapping),
// Home and End to the first and last, each selected as it gets the focus.
byId("tab-objects").parentElement!.addEventListener("keydown", (e) => {
  const at = TABS.indexOf(tab);
  const to = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: TABS.length - 1 }[e.key];
  if (to === undefined) return;
  e.preventDefault();
  const next = TABS[(to + TABS.length) % TABS.length];
  selectTab(next);
  byId(`tab-${next}`).focus();
});

setupGallery(byId<HTMLDetailsElement>("examples-menu"), byId("examples-list"), pickExample);
setupTheme(byId("theme-toggle"));

const layout = byId("layout");
const toggleSettings = byId("toggle-settings");
if (window.matchMedia("(max-width: 1100px)").matches) layout.classList.add("no-settings");
const syncSettingsButton = () =>
  toggleSettings.setAttribute("aria-expanded", String(!layout.classList.contains("no-settings")));
syncSettingsButton();
toggleSettings.addEventListener("click", () => {
  layout.classList.toggle("no-settings");
  syncSettingsButton();
});

/** Shows and focuses the field of a setting's diagnostic: `options.migrate.*` on the KServe tab,
 * the others in the settings pane (opened if hidden); a key inside a field (a flag of the extra
 * flags) goes to that field. */
function goToSetting(path: string): void {
  const [top, ...rest] = path.split(".");
  if (top === "options" && rest[0] === "migrate") {
    if (tab !== "kserve") selectTab("kserve");
    byId(rest[1] === "apiVersion" ? "kserve-api-version" : "kserve-model-uri").focus();
    return;
  }
  layout.classList.remove("no-settings");
  syncSettingsButton();
  for (let n = rest.length; n > 0; n--) {
    const field = document.getElementById(`opt-${rest.slice(0, n).join("-")}`);
    if (field) return field.focus();
  }
  byId("toggle-settings").focus();
}

byId("copy-selected").addEventListener("click", async () => {
  const text = yamlView.text();
  if (text) flash(flashTarget, (await copyText(text)) ? "Copied" : "Copy failed");
});

byId("download-all").addEventListener("click", () => {
  const resources = shown?.result.resources ?? [];
  if (!resources.length || shown !== last) {
    flash(flashTarget, resources.length ? "Fix the errors first" : "Nothing to download");
    return;
  }
  const first = resources.find((r) => r.kind === "Deployment") ?? resources[0];
  downloadText(allToYaml(resources), (nameOf(first) || "modelservice").replace(/-decode$/, ""));
});

byId("share").addEventListener("click", async () => {
  const flushed = await persist.flush(state);
  if ("tooLarge" in flushed) {
    flash(flashTarget, "Link too large");
    showNotice(tooLargeMessage(flushed.tooLarge, state.baseline !== undefined));
    return;
  }
  flash(flashTarget, (await copyText(flushed.url)) ? "Link copied" : "Link in the address bar");
});

persist.onTooLarge = (t) => showNotice(tooLargeMessage(t, state.baseline !== undefined));
if (persist.brokenLink) showNotice(brokenLinkMessage(saved ? "autosave" : "example"));
persist.onExternalChange(applyState, () => showNotice(brokenLinkMessage(null)));

// ---- start ----

client.ready.then((ready) => {
  schemas = ready.schemas;
  defaultsByVersion = ready.defaults;
  defaultVersion = ready.operatorVersion || defaultVersion;
  pickSchema();
  optionsPanel = new OptionsPanel(
    byId("options-panel"),
    defaultVersion,
    (o: Overrides) => {
      // The settings panel knows the operator's settings; `options.migrate` is the KServe tab's.
      const migrate = state.options.migrate;
      state = { ...state, eppConfig: o.eppConfig, options: migrate ? { ...o.options, migrate } : o.options };
      pickSchema();
      changed();
    },
  );
  optionsPanel.set({ eppConfig: state.eppConfig, options: state.options });
  changed();
});

// Exposed for the end-to-end tests and for curious users in the console.
Object.assign(window, {
  playground: {
    state: () => structuredClone(state),
    effective: () => ({
      eppConfig: merge(defaultsByVersion[operatorVersion()]?.eppConfig, state.eppConfig),
      options: merge(defaultsByVersion[operatorVersion()]?.options, state.options),
    }),
    result: () => structuredClone(last?.result ?? null),
    migrated: () => structuredClone(last?.migrated ?? null),
    setText: (text: string) => editor.setText(text),
    traces: allTraces,
    /** The render worker, as a crash (`kill`: no event, found by the watchdog) or an uncaught
     * exception (`fail`: its error event) would leave it; `answerWithin`: the watchdog's time. */
    worker: {
      kill: () => client.killWorker(),
      fail: () => client.failWorker(),
      answerWithin: (ms: number) => client.setAnswerWithin(ms),
    },
    /** Whether the page's own renderer has run once (it renders quick keystrokes, render-client.ts). */
    pageWarmed: () => client.warmed,
    /** Whether the views' typing code has run once, on hidden copies, the editor taking the typed
     * character from its DOM as it takes a user's (warm-typing.ts). */
    typingWarmed: () => typing === "warm",
    /** How many times the typing code was warmed: once after loading, again for each example
     * picked from the gallery. */
    typingWarmups: () => typingWarmups,
    /** Medians of the worker's steps and of printing the selected object, on the current input. */
    profile: async (runs = 30) => {
      const stages = await client.profile(renderInput(), runs);
      const obj = selectedObject();
      const times: number[] = [];
      for (let i = 0; obj && i < runs; i++) {
        const t0 = performance.now();
        toYaml(obj);
        times.push(performance.now() - t0);
      }
      return { ...stages, "yaml print (selected object)": times.sort((a, b) => a - b)[times.length >> 1] ?? 0 };
    },
  },
});
