#!/usr/bin/env node
// The lint step of the GitHub Action (action.yml): see bin/cli/action.mjs.
import { readFileSync } from "node:fs";
import { runAction } from "./cli/action.mjs";

const version = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")).version;
const io = { stdout: (s) => process.stdout.write(s), stderr: (s) => process.stderr.write(s), version };
process.exitCode = await runAction(process.env, io);
