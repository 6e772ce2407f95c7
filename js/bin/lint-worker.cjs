// The lint helper thread of the bundled CLI (bin/cli/lint-helper.mjs starts it): the worker's
// bundle, dist/lint-worker.cjs, run through the code cache as the main thread runs dist/cli.cjs
// (code-cache.cjs). The cache is written after the first request has been answered: the bundle's
// own message listener, registered first, answers it before this one runs.
"use strict";
const { parentPort } = require("node:worker_threads");
const { join } = require("node:path");
const { loadBundle } = require("./code-cache.cjs");

const worker = loadBundle(join(__dirname, "..", "dist", "lint-worker.cjs"), "lintworker");
parentPort.once("message", () => worker.save());
