#!/usr/bin/env node
// `modelservice`: render, lint, explain and diff OtterScale ModelServices as model-operator v1.0.1 would.
// Runs dist/cli.cjs, the CLI (cli/main.mjs) bundled into one CommonJS file by `npm run build`
// (also run by `make build`, `npm test` and `npm pack`), through V8's code cache
// (code-cache.cjs). Without it (a checkout before its first build) the sources run.
// CommonJS, like everything a bundled command loads: an ES module entry alone makes Node load
// its ES module loader (~10 of its own modules, ~5–8 ms of every cold command; BENCHMARKS.md, P5).
"use strict";
const { existsSync, readFileSync } = require("node:fs");
const { join } = require("node:path");
const { loadBundle } = require("./code-cache.cjs");
const { setTiering } = require("./wasm-tiering.cjs");

async function main() {
  // Before anything compiles: see wasm-tiering.cjs.
  setTiering(process.argv[2]);
  const version = JSON.parse(readFileSync(join(__dirname, "..", "package.json"), "utf8")).version;
  const bundle = join(__dirname, "..", "dist", "cli.cjs");
  if (existsSync(bundle)) {
    // One cache per command (each compiles other functions), written only for a real command.
    const command = process.argv[2] ?? "";
    const cli = loadBundle(bundle, /^[a-z]+$/.test(command) ? command : "other");
    if (process.env.MODELSERVICE_RENDER_CACHE_TRACE) process.stderr.write(`code cache: ${cli.status}\n`);
    await cli.exports.run(process.argv.slice(2), version);
    if (Object.hasOwn(cli.exports.COMMANDS, command)) cli.save();
  } else {
    const { run } = await import("./cli/main.mjs");
    await run(process.argv.slice(2), version);
  }
}

main();
