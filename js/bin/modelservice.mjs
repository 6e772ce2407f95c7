#!/usr/bin/env node
// `modelservice`: render, lint, explain and diff OtterScale ModelServices as model-operator v1.0.1 would.
// Runs dist/cli.mjs, the CLI (cli/main.mjs) bundled into one file by `npm run build` (also run by
// `make build`, `npm test` and `npm pack`): one module to load instead of ~70 is a fifth of a cold
// `render`. Without it (a checkout before its first build) the sources run.
import { existsSync, readFileSync } from "node:fs";

const version = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")).version;
const bundle = new URL("../dist/cli.mjs", import.meta.url);
const { run } = await import(existsSync(bundle) ? bundle : "./cli/main.mjs");
await run(process.argv.slice(2), version);
