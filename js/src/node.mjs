// Node entry (ESM): the wasm is compiled and instantiated synchronously at import (node-api.mjs),
// so every function works right away.
import { api, operatorVersion } from "./node-api.mjs";

export const { render, lint, observeStatus, defaults, names, explain, diff, summary, migrate, schema } = api;
export { toYaml, toYamlStream } from "./yaml-writer.mjs";

/** The default operator release reproduced, e.g. `"v1.0.1"`. */
export { operatorVersion };

/** Already initialised in Node; kept so browser code runs unchanged. Idempotent. */
export async function init(_input) {}

/** Already initialised in Node; kept so worker code runs unchanged. Idempotent. */
export function initSync(_input) {}
