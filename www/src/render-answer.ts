// One render answer, computed the same way in the worker and on the page (render-client.ts picks
// where): the render, the YAML of the object on screen, and the extras of the open tab, each step
// timed for the latency traces.

import type * as Msr from "modelservice-render";
import { workerClock } from "./latency";
import { keyOf, pickSelected, toYaml } from "./resources";
import type { RenderRequest, RenderResponse } from "./types";

export function answer(msr: typeof Msr, req: RenderRequest): RenderResponse {
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
  return { type: "render", id: req.id, chars: req.text.length, result, summary, changes, migrated, printed, ms: end - start, times: { start, end, stages } };
}
