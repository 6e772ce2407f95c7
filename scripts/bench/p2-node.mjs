// P2: median time of the public `render(obj)` (js/src/node.mjs) on the full P/D fixture over
// ≥ 2000 warm calls, divided by the median of `JSON.parse(JSON.stringify(result.resources))`
// (the cost of merely copying the output as a JS object) measured in the same process.
// Also a breakdown of one render: input → JSON text, the wasm call (and the share of it that is
// reading + linting the input: the `lint` export), JSON.parse of the answer.
// Prints one JSON object on stdout.
import { fixture, interleaved, median, quantile, ROOT } from "./common.mjs";

const CALLS = Number(process.env.P2_CALLS ?? 3000);
const { render } = await import(`${ROOT}js/src/node.mjs`);
const wasm = await import(`${ROOT}js/wasm/node/modelservice_render.js`);
const { obj, eppConfig, options } = fixture();

const result = render(obj, eppConfig, options);
if (result.resources.length < 10 || result.diagnostics.some((d) => d.severity === "error")) {
  throw new Error(`the fixture must render cleanly: ${JSON.stringify(result.diagnostics)}`);
}
const msJson = JSON.stringify(obj);
const eppJson = JSON.stringify(eppConfig);
const optJson = JSON.stringify(options);
const outText = wasm.render(msJson, eppJson, optJson);

const t = interleaved(
  {
    render: () => render(obj, eppConfig, options),
    floor: () => JSON.parse(JSON.stringify(result.resources)),
    wasmCall: () => wasm.render(msJson, eppJson, optJson),
    wasmLintOnly: () => wasm.lint(msJson, eppJson, optJson), // parse, validate, default, lint: no render
    parseAnswer: () => JSON.parse(outText),
    stringifyInput: () => JSON.stringify(obj),
  },
  { calls: CALLS },
);
const m = Object.fromEntries(Object.entries(t).map(([k, v]) => [k, median(v)]));
console.log(
  JSON.stringify({
    calls: t.render.length,
    resources: result.resources.length,
    outputBytes: Buffer.byteLength(outText),
    medianNs: m,
    p95RenderNs: quantile(t.render, 0.95),
    ratio: m.render / m.floor,
  }),
);
