// Node entry (ESM): the wasm is compiled and instantiated synchronously at import
// (wasm-bindgen `--target experimental-nodejs-module`), so every function works right away.
import * as wasm from "../wasm/node/modelservice_render.js";
import { createApi } from "./core.mjs";

const api = createApi(() => wasm);

export const { render, lint, observeStatus, defaults, names, explain, diff, summary, schema } = api;

/** The default operator release reproduced, e.g. `"v1.0.1"`. */
export const operatorVersion = wasm.operatorVersion();

/** Already initialised in Node; kept so browser code runs unchanged. Idempotent. */
export async function init(_input) {}

/** Already initialised in Node; kept so worker code runs unchanged. Idempotent. */
export function initSync(_input) {}
