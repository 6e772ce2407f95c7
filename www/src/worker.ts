// The render worker: loads the wasm once, then answers render/explain requests so that typing
// in the editor never waits on the renderer. The package it is built with has every function
// it calls; a failure here is a broken build and shows as one.

import * as msr from "modelservice-render";
import { Composer, LineCounter, Parser } from "yaml";
import type { Defaults } from "modelservice-render";
import type { RenderRequest, ExplainRequest, ProfileRequest, WorkerRequest, WorkerResponse, JsonSchema } from "./types";
import { operatorVersions } from "modelservice-render/settings";
import { workerClock } from "./latency";
import { keyOf, pickSelected, toYaml } from "./resources";

const post = (msg: WorkerResponse): void => self.postMessage(msg);

async function start(): Promise<void> {
  await msr.init();
  const defaults: Record<string, Defaults> = {};
  const schemas: Record<string, JsonSchema> = {};
  for (const v of operatorVersions) {
    defaults[v] = msr.defaults({ operatorVersion: v });
    // The schema differs per release (e.g. role annotations exist only in v1.0.1's API).
    schemas[v] = msr.schema({ operatorVersion: v }) as JsonSchema;
  }
  post({ type: "ready", schemas, operatorVersion: msr.operatorVersion, defaults });
}

function onRender(req: RenderRequest): void {
  const start = workerClock();
  const stages: Record<string, number> = {};
  const step = <T>(name: string, fn: () => T): T => {
    const t0 = performance.now();
    const out = fn();
    stages[name] = performance.now() - t0;
    return out;
  };
  const result = step("render", () => msr.render(req.text, req.eppConfig, req.options));
  const key = req.print ? pickSelected(result.resources, req.selected) : undefined;
  const shown = key === undefined ? undefined : result.resources.find((r) => keyOf(r) === key);
  const printed = shown ? step("print", () => ({ key: key!, yaml: toYaml(shown) })) : undefined;
  // A summary's diagnostics are the render's: only the record travels.
  const summary = req.summary ? step("summary", () => ({ ...msr.summary(req.text, req.eppConfig, req.options) })) : undefined;
  const changes = req.baseline !== undefined ? step("diff", () => msr.diff(req.baseline!, req.text, req.eppConfig, req.options).changes) : undefined;
  const migrated = req.migrate ? step("migrate", () => msr.migrate(req.text, req.eppConfig, req.options)) : undefined;
  const end = workerClock();
  post({ type: "render", id: req.id, result, summary, changes, migrated, printed, ms: end - start, times: { start, end, stages } });
}

function onExplain(req: ExplainRequest): void {
  post({ type: "explain", id: req.id, origins: msr.explain(req.text, req.eppConfig, req.options).origins });
}

/**
 * Medians of repeated calls on one input, to split the worker's `render` (latency traces): YAML
 * parsing with positions (npm `yaml` parser + composer, as the package reads text), `lint` (that,
 * plus reading it as kubectl does and the wasm's read + lint) and `render` (that, plus building
 * the objects and parsing the answer).
 */
function onProfile(req: ProfileRequest): void {
  const median = (fn: () => unknown): number => {
    const times: number[] = [];
    for (let i = 0; i < req.runs; i++) {
      const t0 = performance.now();
      fn();
      times.push(performance.now() - t0);
    }
    return times.sort((a, b) => a - b)[times.length >> 1];
  };
  const parse = () => {
    const lines = new LineCounter();
    return Array.from(new Composer({ uniqueKeys: true }).compose(new Parser(lines.addNewLine).parse(req.text)));
  };
  const stages = {
    "yaml parse (positions)": median(parse),
    lint: median(() => msr.lint(req.text, req.eppConfig, req.options)),
    render: median(() => msr.render(req.text, req.eppConfig, req.options)),
  };
  post({ type: "profile", id: req.id, stages });
}

const ready = start().catch((err: unknown) => {
  post({ type: "failure", message: `Could not load the renderer: ${String(err)}` });
  throw err;
});

self.onmessage = async (event: MessageEvent<WorkerRequest>) => {
  const req = event.data;
  try {
    await ready;
    if (req.type === "render") onRender(req);
    else if (req.type === "explain") onExplain(req);
    else if (req.type === "profile") onProfile(req);
  } catch (err) {
    post({ type: "failure", id: req.id, message: String(err) });
  }
};
