#!/usr/bin/env node
// `modelservice`: render, lint, explain and diff OtterScale ModelServices as model-operator v1.0.1 would.
// Runs dist/cli.cjs, the CLI (cli/main.mjs) bundled into one CommonJS file by `npm run build`
// (also run by `make build`, `npm test` and `npm pack`), through V8's code cache
// (code-cache.mjs). Without it (a checkout before its first build) the sources run.
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { loadBundle } from "./code-cache.mjs";

const version = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")).version;
const bundle = fileURLToPath(new URL("../dist/cli.cjs", import.meta.url));
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
