// The Node API object, made once: the package's Node entry exports its public functions and the
// CLI uses it for every command (lint also uses `lintSession`, which is not public). The wasm is
// compiled and instantiated synchronously at import (wasm-bindgen `--target
// experimental-nodejs-module`); a build that lacks an export fails here, at import.
import * as wasm from "../wasm/node/modelservice_render.js";
import { checkExports, createApi } from "./core.mjs";

export const api = createApi(() => wasm);

/** The default operator release reproduced, e.g. `"v1.0.1"`. */
export const operatorVersion = checkExports(wasm).operatorVersion();
