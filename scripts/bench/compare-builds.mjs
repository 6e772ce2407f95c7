// The same public call on several wasm builds in one process (e.g. opt-level "s" vs "z"):
// `JSON.parse(render(text))` on the P/D fixture, interleaved; plus each build's `gzip -9` size (the CLI, as P1).
//   usage: node compare-builds.mjs <label>=<dir>/node/modelservice_render.js ...
// COMPARE_WHAT (comma-separated, default `parsed`) picks what is timed per build:
//   parsed   JSON.parse(render(…)) of the P/D fixture (the default, as bench.sh uses it)
//   render   the raw wasm `render` export (no JSON.parse)
//   lint     the raw wasm `lint` export
//   session  `LintSession` over the corpus in COMPARE_CORPUS (a directory of YAML files, e.g. from
//            gen-corpus.mjs), default settings, added in batches of 25 as JSON, then `finish` (one
//            sample per pass)
import { readFileSync, readdirSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { dirname, join, resolve } from "node:path";
import { execFileSync } from "node:child_process";
import { YAML, fixture, interleaved, median } from "./common.mjs";

const CALLS = Number(process.env.COMPARE_CALLS ?? 2000);
const WHAT = (process.env.COMPARE_WHAT ?? "parsed").split(",");
const { obj, eppConfig, options } = fixture();
const args = [JSON.stringify(obj), JSON.stringify(eppConfig), JSON.stringify(options)];
let batches = [];
if (WHAT.includes("session")) {
  const dir = process.env.COMPARE_CORPUS;
  if (!dir) throw new Error("COMPARE_WHAT=session needs COMPARE_CORPUS=<dir of YAML files>");
  const files = readdirSync(dir, { recursive: true }).filter((f) => String(f).endsWith(".yaml")).sort();
  const docs = files.map((f) => JSON.stringify(YAML.parse(readFileSync(join(dir, f), "utf8"))));
  for (let i = 0; i < docs.length; i += 25) batches.push(`[${docs.slice(i, i + 25).join(",")}]`);
}
const results = {};
const sizes = {};
const mods = {};
for (const spec of process.argv.slice(2)) {
  const [label, path] = spec.split("=");
  mods[label] = await import(pathToFileURL(resolve(path)).href);
  const file = join(dirname(resolve(path)), "modelservice_render_bg.wasm");
  sizes[label] = { raw: readFileSync(file).length, gzip: execFileSync("gzip", ["-9", "-c", file], { maxBuffer: 64 << 20 }).length };
}
const bodies = {
  parsed: (m) => () => JSON.parse(m.render(...args)),
  render: (m) => () => m.render(...args),
  lint: (m) => () => m.lint(...args),
  session: (m) => () => {
    const s = new m.LintSession("", ""); // the CLI's defaults, as P4
    for (const b of batches) s.add(b);
    return s.finish();
  },
};
for (const what of WHAT) {
  const fns = Object.fromEntries(Object.entries(mods).map(([label, m]) => [label, bodies[what](m)]));
  const calls = what === "session" ? Number(process.env.COMPARE_SESSIONS ?? 80) : CALLS;
  const t = interleaved(fns, what === "session" ? { calls, rounds: calls / 2, warmup: 5 } : { calls });
  const med = Object.fromEntries(Object.entries(t).map(([k, v]) => [k, median(v)]));
  const labels = Object.keys(med);
  results[what] = { calls, medianNs: med, ratio: labels.length === 2 ? med[labels[1]] / med[labels[0]] : undefined };
}
console.log(JSON.stringify({ ...(WHAT.length === 1 && WHAT[0] === "parsed" ? { calls: CALLS, medianNs: results.parsed.medianNs } : results), sizes }));
