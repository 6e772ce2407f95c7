// Source of the CommonJS entry (`require("modelservice-render")`), bundled into dist/index.cjs by
// scripts/build.mjs. wasm-bindgen's Node output is ESM, so this uses the `--target web` glue and
// instantiates it synchronously from the .wasm bytes: every function works right after require.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import * as wasm from "../wasm/web/modelservice_render.js";
import { checkExports, createApi } from "./core.mjs";

// `__dirname` is the CommonJS one of dist/index.cjs once bundled.
wasm.initSync({ module: readFileSync(join(__dirname, "..", "wasm", "web", "modelservice_render_bg.wasm")) });

checkExports(wasm); // a broken build fails at require, naming what it lacks
const api = createApi(() => wasm);

export const { render, lint, observeStatus, defaults, names, explain, diff, summary, migrate, schema } = api;
export { toYaml, toYamlStream } from "./yaml-writer.mjs";
export const operatorVersion = wasm.operatorVersion();
export async function init(_input) {}
export function initSync(_input) {}
