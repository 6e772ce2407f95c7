// How V8 compiles the wasm core during a `lint`. V8 first compiles each wasm function with its
// baseline compiler (Liftoff) and recompiles the ones that run most with its optimising compiler
// (TurboFan), in the background. A lint runs the core's reading and linting functions once per
// document: enough to make them "hot", too few times for TurboFan's compiling to pay back. With
// 1,000 files that compiling was ~110 ms of CPU of a ~250 ms wasm share, with 10,000 files ~300 ms
// (BENCHMARKS.md, "P4: night, the wasm tiering budget"). So the lint command gives each function a
// tiering budget a CLI run does not use up: functions stay in Liftoff code, and TurboFan still
// compiles any function Liftoff cannot (unlike V8's testing flag --liftoff-only, which makes that
// a fatal error). A lint of millions of documents would still tier up.
//
// The flag is set before the bundle is loaded, because V8's code cache records the flags it was
// made under and refuses itself under others (code-cache.cjs): the lint command's cache, and its
// helper thread's, are made and read under the same flags. A budget given to Node on its command
// line is left alone (Node refuses V8 flags in NODE_OPTIONS).
"use strict";

/** Executed wasm "bytes" per function before V8 tiers it up; its default is 1,800,000 (Node 20). */
const LINT_BUDGET = 1_000_000_000;

/** The V8 flag for `command`, or null: only `lint`, and only when Node was not given a budget. */
function tieringFlag(command, execArgv = process.execArgv) {
  if (command !== "lint") return null;
  const given = execArgv.some((a) => /^--wasm[-_]tiering[-_]budget\b/.test(a));
  return given ? null : `--wasm-tiering-budget=${LINT_BUDGET}`;
}

/** Sets the flag for `command` (see tieringFlag); a Node that refuses it runs as before. */
function setTiering(command) {
  const flag = tieringFlag(command);
  if (flag === null) return;
  try {
    require("node:v8").setFlagsFromString(flag);
  } catch {
    // only slower
  }
}

module.exports = { LINT_BUDGET, setTiering, tieringFlag };
