// The same public call on several wasm builds in one process (e.g. opt-level "s" vs "z"):
// `JSON.parse(render(text))` on the P/D fixture, interleaved; plus each build's `gzip -9` size (the CLI, as P1).
//   usage: node compare-builds.mjs <label>=<dir>/node/modelservice_render.js ...
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { dirname, join, resolve } from "node:path";
import { execFileSync } from "node:child_process";
import { fixture, interleaved, median } from "./common.mjs";

const CALLS = Number(process.env.COMPARE_CALLS ?? 2000);
const { obj, eppConfig, options } = fixture();
const args = [JSON.stringify(obj), JSON.stringify(eppConfig), JSON.stringify(options)];
const builds = {};
const sizes = {};
for (const spec of process.argv.slice(2)) {
  const [label, path] = spec.split("=");
  const mod = await import(pathToFileURL(resolve(path)).href);
  builds[label] = () => JSON.parse(mod.render(...args));
  const file = join(dirname(resolve(path)), "modelservice_render_bg.wasm");
  sizes[label] = { raw: readFileSync(file).length, gzip: execFileSync("gzip", ["-9", "-c", file], { maxBuffer: 64 << 20 }).length };
}
const t = interleaved(builds, { calls: CALLS });
console.log(JSON.stringify({ calls: CALLS, medianNs: Object.fromEntries(Object.entries(t).map(([k, v]) => [k, median(v)])), sizes }));
