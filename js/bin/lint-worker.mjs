// The lint helper thread of the bundled CLI (bin/cli/lint-helper.mjs starts it): the worker's
// bundle, dist/lint-worker.cjs, run through the code cache as the main thread runs dist/cli.cjs
// (code-cache.mjs). The cache is written after the first request has been answered: the bundle's
// own message listener, registered first, answers it before this one runs.
import { parentPort } from "node:worker_threads";
import { fileURLToPath } from "node:url";
import { loadBundle } from "./code-cache.mjs";

const worker = loadBundle(fileURLToPath(new URL("../dist/lint-worker.cjs", import.meta.url)), "lintworker");
parentPort.once("message", () => worker.save());
