// Command-line flags → EppConfig / RenderOptions. Flag names are the operator's own
// (`--provider`, `--metrics-endpoint-auth`, `--default-epp-image`, …) so operators feel at home.
// Every operator flag, its help and its defaults come from the settings table (src/settings.mjs,
// generated from the Rust table): nothing about a setting is written here.
import { parseArgs } from "node:util";
import { operatorVersions, settings } from "../../src/settings.mjs";

/** A usage problem: printed with a pointer to --help, exit code 2. */
export class UsageError extends Error {}

const FLAGGED = settings.filter((s) => s.flag !== null);

/** The operator flags shared by the commands (all strings: booleans are parsed below). */
export const OPERATOR_OPTIONS = {
  ...Object.fromEntries(FLAGGED.map((s) => [s.flag, { type: "string" }])),
  help: { type: "boolean", short: "h" },
};

// Go-style boolean flags: `--flag` means true, `--flag=false` is allowed too.
const BOOLEAN_FLAGS = new Set(FLAGGED.filter((s) => s.type === "boolean").map((s) => `--${s.flag}`));

/** Parses `argv` with `extra` options on top of the operator flags; unknown flags → UsageError. */
export function parseCommandArgs(argv, extra) {
  const args = argv.map((a) => (BOOLEAN_FLAGS.has(a) ? `${a}=true` : a));
  try {
    return parseArgs({ args, options: { ...OPERATOR_OPTIONS, ...extra }, allowPositionals: true, strict: true });
  } catch (e) {
    throw new UsageError(e.message);
  }
}

function bool(name, value) {
  if (value === "true") return true;
  if (value === "false") return false;
  throw new UsageError(`--${name} must be true or false, got "${value}"`);
}

/** Only the flags that were given: everything else keeps the operator release's defaults. */
export function operatorSettings(values) {
  const out = { eppConfig: {}, options: {} };
  for (const s of FLAGGED) {
    const raw = values[s.flag];
    if (raw === undefined) continue;
    let obj = out;
    for (const step of s.path.slice(0, -1)) obj = obj[step] ??= {};
    obj[s.path.at(-1)] = s.type === "boolean" ? bool(s.flag, raw) : raw;
  }
  return out;
}

/** Checks a flag against its allowed values. */
export function oneOf(name, value, allowed) {
  if (!allowed.includes(value)) throw new UsageError(`--${name} must be one of ${allowed.join(", ")}, got "${value}"`);
  return value;
}

/** A default as the help prints it: `""` quoted, anything else as is. */
const shown = (v) => (v === "" ? '""' : String(v));

/** `(default X)` — for the default release, then each release whose default differs — as chunks. */
function defaultChunks(s) {
  const [first, ...others] = operatorVersions;
  if (s.type === "release") return [`(default ${first})`];
  const base = s.defaults[first];
  const differ = others.filter((v) => s.defaults[v] !== base).map((v) => `${v}: ${shown(s.defaults[v])}`);
  const chunks = [`(default ${shown(base)}`, ...differ];
  return chunks.map((c, i) => c + (i === chunks.length - 1 ? ")" : ";"));
}

const COLUMN = 40;
const WIDTH = 100;

/** One flag's help: `--flag ARG`, then its help text and defaults from column 40, wrapped by chunk. */
function helpLine(s) {
  const arg =
    s.type === "boolean" ? "[=true|false]" : s.metavar ? ` ${s.metavar}` : s.choices.length ? ` ${s.choices.join("|")}` : "";
  // Choices not shown as the argument are listed after the help.
  const choices = s.metavar && s.choices.length ? [`(${s.choices.join(" | ")})`] : [];
  const head = `  --${s.flag}${arg}`;
  const lines = [head.length < COLUMN ? head.padEnd(COLUMN) : head];
  for (const chunk of [s.help, ...choices, ...defaultChunks(s)]) {
    const last = lines.length - 1;
    const empty = lines[last].length === COLUMN; // nothing after the padding yet: always room
    if (empty) lines[last] += chunk;
    else if (lines[last].length > COLUMN && lines[last].length + 1 + chunk.length <= WIDTH) lines[last] += ` ${chunk}`;
    else lines.push(" ".repeat(COLUMN) + chunk);
  }
  return lines.join("\n");
}

export const OPERATOR_HELP = [
  `Operator flags (defaults: model-operator ${operatorVersions[0]} production flags):`,
  ...FLAGGED.map(helpLine),
].join("\n");
