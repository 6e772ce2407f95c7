// The boundary, measured: the same render answer reaching JS as JSON text + JSON.parse (what
// ships) or as JS objects built by serde-wasm-bindgen, with and without the serde_json::Value
// step, and the ModelService going in as text or as an object. All from ONE experimental build
// (scripts/bench/build-variant.sh), so only the boundary differs. Prints one JSON object.
//   usage: node boundary.mjs <variant-dir>/node/modelservice_render.js
import { isDeepStrictEqual } from "node:util";
import { pathToFileURL } from "node:url";
import { resolve } from "node:path";
import { fixture, interleaved, median } from "./common.mjs";

const CALLS = Number(process.env.BOUNDARY_CALLS ?? 2000);
const v = await import(pathToFileURL(resolve(process.argv[2])).href);
const { obj, eppConfig, options } = fixture();
const ms = JSON.stringify(obj);
const epp = JSON.stringify(eppConfig);
const opt = JSON.stringify(options);

// Honesty checks: every variant answers the same data; the Value-based ones the same key order.
const text = v.render(ms, epp, opt);
const shipped = JSON.parse(text);
const check = (name, got, sameBytes) => {
  if (!isDeepStrictEqual(got, shipped)) throw new Error(`${name}: not the same answer as render()`);
  if (sameBytes && JSON.stringify(got) !== text) throw new Error(`${name}: key order differs`);
};
check("renderSwbValue", v.renderSwbValue(ms, epp, opt), true);
check("renderDirectText", JSON.parse(v.renderDirectText(ms, epp, opt)), false);
check("renderSwbDirect", v.renderSwbDirect(ms, epp, opt), false);
check("renderSwbInput", JSON.parse(v.renderSwbInput(obj, eppConfig, options)), true);
const directSameOrder = v.renderDirectText(ms, epp, opt) === text;

const t = interleaved(
  {
    // output side: text in (as shipped), the answer as a JS object
    textParse: () => JSON.parse(v.render(ms, epp, opt)),
    swbValue: () => v.renderSwbValue(ms, epp, opt),
    directTextParse: () => JSON.parse(v.renderDirectText(ms, epp, opt)),
    swbDirect: () => v.renderSwbDirect(ms, epp, opt),
    // input side only: the ModelService object into a serde_json::Value inside wasm
    inText: () => v.readTextInput(JSON.stringify(obj)),
    inSwb: () => v.readSwbInput(obj),
  },
  { calls: CALLS },
);
const m = Object.fromEntries(Object.entries(t).map(([k, x]) => [k, median(x)]));
console.log(JSON.stringify({ calls: t.textParse.length, outputBytes: Buffer.byteLength(text), directSameOrder, medianNs: m }));
