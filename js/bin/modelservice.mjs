#!/usr/bin/env node
// `modelservice`: render, lint, explain and diff OtterScale ModelServices as model-operator v1.0.1 would.
import { readFileSync } from "node:fs";
import { UsageError } from "./cli/args.mjs";
import { IoError, InvalidUtf8Error, displayPath } from "./cli/files.mjs";
import { printDiagnostics } from "./cli/formats/common.mjs";

const HELP = `Usage: modelservice <command> [args]

Commands:
  render [FILE|-]            print the objects model-operator v1.0.1 creates for a ModelService
                             (--summary: pods, accelerators, CPU/memory totals, objects per kind)
  lint [PATH|GLOB|-]...      check ModelService files (text, json, sarif or github reports)
  diff OLD NEW               what changes between two versions: objects created, deleted,
                             updated (with field paths), and which Deployments roll their pods
  explain [FILE|-]           every rendered value with its origin (--path KIND/NAME:FIELD)
  migrate [FILE|-]...        the KServe LLMInferenceService equivalent, with every change named
  schema                     the ModelService JSON Schema, for editors (yaml-language-server)

Every command takes the operator's flags (--provider, --operator-version, ...); see
"modelservice <command> --help".

Options:
  -h, --help                 this help (also: modelservice <command> --help)
      --version              the version of modelservice-render
`;

const version = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")).version;
const io = {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  stdinIsTTY: Boolean(process.stdin.isTTY),
  version,
};

async function main(argv) {
  const [command, ...rest] = argv;
  if (command === undefined) {
    io.stderr(HELP);
    return 2;
  }
  if (command === "--help" || command === "-h" || command === "help") {
    io.stdout(HELP);
    return 0;
  }
  if (command === "--version" || command === "-V") {
    io.stdout(`${version}\n`);
    return 0;
  }
  // Loaded on demand: --help and --version need no wasm.
  if (command === "render") return (await import("./cli/render.mjs")).renderCommand(rest, io);
  if (command === "lint") return (await import("./cli/lint.mjs")).lintCommand(rest, io);
  if (command === "diff") return (await import("./cli/diff.mjs")).diffCommand(rest, io);
  if (command === "explain") return (await import("./cli/explain.mjs")).explainCommand(rest, io);
  if (command === "migrate") return (await import("./cli/migrate.mjs")).migrateCommand(rest, io);
  if (command === "schema") return (await import("./cli/schema.mjs")).schemaCommand(rest, io);
  throw new UsageError(`unknown command "${command}"`);
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (e) {
  if (e instanceof UsageError) {
    io.stderr(`modelservice: ${e.message}\nRun "modelservice --help" for usage.\n`);
    process.exitCode = 2;
  } else if (e instanceof InvalidUtf8Error) {
    printDiagnostics(io, displayPath(e.path), [e.diagnostic]);
    process.exitCode = 1;
  } else if (e instanceof IoError) {
    io.stderr(`modelservice: ${e.message}\n`);
    process.exitCode = 2;
  } else {
    io.stderr(`modelservice: internal error: ${e?.stack ?? e}\n`);
    process.exitCode = 70;
  }
}
