// Browser / bundler entry (ESM): call `await init()` once (or `initSync(bytes)` in a worker),
// then every function works. `init` is idempotent and concurrent calls share one load.
import initWasm, * as wasm from "../wasm/web/modelservice_render.js";
import { checkExports, createApi } from "./core.mjs";

let ready = false;
let loading;

const api = createApi(() => {
  if (!ready) throw new Error("modelservice-render: call `await init()` (or `initSync(bytes)`) before using the API");
  return wasm;
});

export const { render, lint, observeStatus, defaults, names, explain, diff, summary, migrate, schema } = api;
export { toYaml, toYamlStream } from "./yaml-writer.mjs";

/** The default operator release reproduced, e.g. `"v1.0.1"`; set once `init`/`initSync` ran. */
export let operatorVersion;

function finish() {
  checkExports(wasm); // a broken build fails init, naming what it lacks
  ready = true;
  operatorVersion = wasm.operatorVersion();
}

/**
 * Loads the wasm. `input`: a URL (or string), a `Request`/`Response`, the bytes, or a compiled
 * `WebAssembly.Module`; by default the `.wasm` file shipped beside this package's files.
 */
export async function init(input) {
  if (ready) return;
  // Written as `new URL("…", import.meta.url)` so bundlers copy the .wasm as an asset.
  const source = input ?? new URL("../wasm/web/modelservice_render_bg.wasm", import.meta.url);
  loading ??= initWasm({ module_or_path: source }).then(finish, (e) => {
    loading = undefined;
    throw e;
  });
  return loading;
}

/** Synchronous init from the wasm bytes or a compiled `WebAssembly.Module` (e.g. in a Web Worker). */
export function initSync(input) {
  if (ready) return;
  wasm.initSync({ module: input });
  finish();
}
