// The `modelservice` CLI (bin/modelservice.cjs runs it): render, lint, explain and diff
// OtterScale ModelServices as model-operator v1.0.1 would. Also bundled into dist/cli.cjs.
import { writeSync } from "node:fs";
import { UsageError } from "./args.mjs";
import { IoError, InvalidUtf8Error, displayPath } from "./files.mjs";
import { printDiagnostics } from "./formats/common.mjs";

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

export const COMMANDS = {
  render: "renderCommand",
  lint: "lintCommand",
  diff: "diffCommand",
  explain: "explainCommand",
  migrate: "migrateCommand",
  schema: "schemaCommand",
};

async function main(argv, io) {
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
    io.stdout(`${io.version}\n`);
    return 0;
  }
  // Loaded on demand: --help and --version need no wasm.
  const name = COMMANDS[command];
  if (Object.hasOwn(COMMANDS, command)) return (await import("./commands.mjs"))[name](rest, io);
  throw new UsageError(`unknown command "${command}"`);
}

/**
 * Writes to file descriptor `fd` itself rather than through `stream()` (process.stdout or
 * process.stderr): those streams, and process.stdin, load ~25 of Node's own modules on first use
 * (~5 ms of every cold command; BENCHMARKS.md, P5). On Linux and macOS a write to a file, pipe or
 * terminal through the stream is synchronous anyway. A descriptor that does not take the text
 * (non-blocking and full: EAGAIN; or an error such as EPIPE) gets the rest, and every later
 * text, through the stream, which then behaves as it always did. Windows' consoles always use
 * the stream.
 */
export function directWriter(fd, stream, platform = process.platform) {
  let viaStream = platform === "win32";
  return (text) => {
    if (viaStream) return void stream().write(text);
    const bytes = Buffer.from(text, "utf8");
    let done = 0;
    try {
      while (done < bytes.length) done += writeSync(fd, bytes, done);
    } catch {
      viaStream = true;
      stream().write(bytes.subarray(done));
    }
  };
}

/** Runs the command line `argv` (without node and the script); sets `process.exitCode`. */
export async function run(argv, version) {
  const io = {
    stdout: directWriter(1, () => process.stdout),
    stderr: directWriter(2, () => process.stderr),
    // Asked only when stdin would be read: process.stdin is a stream (see directWriter).
    get stdinIsTTY() {
      return Boolean(process.stdin.isTTY);
    },
    version,
  };
  try {
    process.exitCode = await main(argv, io);
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
}
