// The wasm glue inside the CLI's CommonJS bundle (dist/cli.cjs, built by build.mjs in place of
// wasm/node/modelservice_render.js, whose ES-module glue finds its .wasm through import.meta):
// the web glue, instantiated synchronously from the .wasm bytes as src/cjs.mjs does. `__dirname`
// is the bundle's: dist/.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import * as wasm from "../wasm/web/modelservice_render.js";

wasm.initSync({ module: readFileSync(join(__dirname, "..", "wasm", "web", "modelservice_render_bg.wasm")) });

export * from "../wasm/web/modelservice_render.js";
