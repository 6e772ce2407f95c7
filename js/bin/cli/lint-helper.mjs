// The lint command's helper thread, main side. YAML parsing with positions is most of a large
// lint (the core's linting is the rest); a worker thread parses files from the back of the list,
// and locates their findings, while this thread parses from the front (lint-claims.mjs).
// Runs of fewer than ~1,000 files do not pay for the thread: a second isolate starts, loads its
// bundle and warms its own JIT up (~+0.4 s of CPU), which a few hundred files do not win back
// (300 files: 0.51 s with it, 0.38 s without; 1,000: even; 3,000: 1.60 s against 1.73 s; 10,000:
// 3.8 s against 5.0 s; BENCHMARKS.md "P4: night"). Nor does a machine already busier than its
// cores (the thread then only adds its start-up and a second JIT warm-up).
import { createRequire } from "node:module";
import { createClaims } from "./lint-claims.mjs";

// Loaded when a lint may start a helper, not with every command: node:worker_threads brings ~25
// of Node's own modules (streams, …), ~5 ms of a cold `render` (BENCHMARKS.md, P5).
const builtin = (name) => createRequire(import.meta.url)(name);

/** Fewer files than this are linted on one thread (see above). */
export const MIN_FILES = 1000;

// The thread's entry: this directory's lint-worker.mjs when the sources run; in the CLI bundle
// (dist/cli.cjs, where import.meta.url is the bundle's) bin/lint-worker.cjs, which runs the
// worker's own bundle through the code cache. `__LINT_WORKER__` is set by js/scripts/build.mjs.
// eslint-disable-next-line no-undef
const WORKER = typeof __LINT_WORKER__ === "string" ? __LINT_WORKER__ : "./lint-worker.mjs";

/** How many helpers answered (tests check the thread really did the work). */
export const helperStats = { read: 0, finished: 0 };

/**
 * A started helper, or null when it would not pay: fewer than MIN_FILES files, or a load average
 * (last minute) above the core count — a lint with its helper alone counts ~2, so runs one after
 * the other on an idle 2-core machine keep theirs. `parallel.minFiles` (tests) overrides
 * MIN_FILES and forces a helper whatever the load; `parallel.helperFirst` (tests) makes `share`
 * return only once the helper has claimed a file, so that a small run still splits.
 * $MODELSERVICE_RENDER_LINT_HELPER `always` or `never` overrides all of it (a CI job that knows
 * its cores); `first` is `always` with `helperFirst` (the tests of the bundled CLI).
 * @returns {null | { share(inputs, texts): { claims: SharedArrayBuffer, answer: Promise<{ from: number,
 *   files: Array<{documents, pending: Array<{slot, wire}>}> }> }, finish(answers): Promise<object[][]>, stop(): void }}
 */
export function startHelper(files, parallel = {}) {
  const choice = process.env.MODELSERVICE_RENDER_LINT_HELPER;
  if (choice === "never") return null;
  if (choice === "first") parallel = { ...parallel, helperFirst: true };
  if (choice !== "always" && choice !== "first") {
    const minFiles = parallel.minFiles ?? MIN_FILES;
    if (files < minFiles) return null;
    const { availableParallelism, loadavg } = builtin("node:os");
    if (parallel.minFiles === undefined && loadavg()[0] > availableParallelism()) return null;
  }
  const { Worker } = builtin("node:worker_threads");
  const worker = new Worker(new URL(WORKER, import.meta.url));
  let waiting = null;
  const settle = (fn, value) => {
    const w = waiting;
    waiting = null;
    w?.[fn](value);
  };
  worker.on("message", (m) => (m.error !== undefined ? settle("reject", new Error(`lint helper: ${m.error}`)) : settle("resolve", m.answer)));
  worker.on("error", (e) => settle("reject", e));
  worker.on("exit", (code) => settle("reject", new Error(`lint helper: exited with code ${code}`)));
  const ask = (message) =>
    new Promise((resolve, reject) => {
      waiting = { resolve, reject };
      worker.postMessage(message);
    });
  return {
    // Every file goes to the thread; it parses those it claims from the back (`claims`) and
    // answers them, `files` for [from, n). A file that is not UTF-8 travels as its diagnostic (an
    // Error subclass does not survive cloning).
    share: (inputs, texts) => {
      const claims = createClaims(texts.length);
      const answer = ask({ read: { inputs, texts: texts.map((t) => (typeof t === "string" ? t : { invalidUtf8: t.diagnostic, path: t.path })), claims } }).then((a) => {
        helperStats.read += 1;
        return a;
      });
      if (parallel.helperFirst) waitForFirstClaim(claims, texts.length);
      return { claims, answer };
    },
    finish: async (answers) => {
      try {
        const answer = await ask({ finish: answers });
        helperStats.finished += 1;
        return answer;
      } finally {
        worker.terminate();
      }
    },
    stop: () => worker.terminate(),
  };
}

/** Blocks until the helper has claimed a file (tests; at most 10 s). */
function waitForFirstClaim(claims, n) {
  const cell = new BigInt64Array(claims);
  const deadline = Date.now() + 10_000;
  while (n > 0 && Atomics.load(cell, 0) === BigInt(n) && Date.now() < deadline) Atomics.wait(cell, 0, BigInt(n), 50);
}
