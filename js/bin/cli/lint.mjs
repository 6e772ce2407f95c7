// `modelservice lint [PATH|GLOB|-]…`: every ModelService document of every file, one report.
import { api } from "../../src/node-api.mjs";
import { parseStream } from "../../src/input.mjs";
import { finishDiagnostics } from "../../src/positions.mjs";
import { OPERATOR_HELP, UsageError, oneOf, operatorSettings, parseCommandArgs } from "./args.mjs";
import { InvalidUtf8Error, expandInputs, readInput } from "./files.mjs";
import { formatGithub } from "./formats/github.mjs";
import { formatJson } from "./formats/json.mjs";
import { formatSarif } from "./formats/sarif.mjs";
import { formatText } from "./formats/text.mjs";

export const FORMATS = { text: formatText, json: formatJson, sarif: formatSarif, github: formatGithub };
export const RANK = { info: 1, warning: 2, error: 3 };
const KIND = "ModelService";

export const LINT_HELP = `Usage: modelservice lint [PATH|GLOB|-]... [flags]

Checks every ModelService document in the given files (multi-document YAML or JSON; "-" reads
stdin). Directories are searched recursively for *.yaml, *.yml and *.json. Documents of other
kinds are skipped; a document without \`kind\` is linted only in a file named explicitly.
Exit 0 when clean, 1 on findings at or above --fail-on, 2 on usage or I/O errors.

  -f, --format text|json|sarif|github   report format (default text)
      --fail-on error|warning|info      lowest severity that fails (default error)
      --require-kind                    only documents with \`kind: ModelService\`, in named files
                                        too (for hooks that pass every YAML file)
  -h, --help                            this help

${OPERATOR_HELP}
`;

export async function lintCommand(argv, io) {
  const { values, positionals } = parseCommandArgs(argv, {
    format: { type: "string", short: "f" },
    "fail-on": { type: "string" },
    "require-kind": { type: "boolean" },
  });
  if (values.help) {
    io.stdout(LINT_HELP);
    return 0;
  }
  const format = oneOf("format", values.format ?? "text", Object.keys(FORMATS));
  const failOn = oneOf("fail-on", values["fail-on"] ?? "error", Object.keys(RANK));
  if (positionals.length === 0) throw new UsageError("lint: give at least one PATH, GLOB or - (stdin)");
  const report = await lintPaths(positionals, operatorSettings(values), { requireKind: values["require-kind"] });
  io.stdout(FORMATS[format](report, { version: io.version }));
  return fails(report, failOn) ? 1 : 0;
}

/**
 * Reads and lints every file `args` name (see expandInputs); I/O problems throw IoError. With
 * `requireKind`, named files are read like found ones: only documents of kind ModelService.
 */
export async function lintPaths(args, settings, { requireKind = false } = {}) {
  const inputs = (await expandInputs(args)).map((input) => (requireKind ? { ...input, explicit: false } : input));
  // All I/O errors before any report; a file that is not UTF-8 is a finding, not an I/O error.
  const texts = inputs.map((input) => {
    try {
      return readInput(input.path);
    } catch (e) {
      if (e instanceof InvalidUtf8Error) return e;
      throw e;
    }
  });
  return lintTexts(inputs, texts, settings);
}

/** Whether the report has a finding at or above `failOn`. */
export function fails(report, failOn) {
  return Object.entries(RANK).some(([severity, rank]) => rank >= RANK[failOn] && report.summary[`${severity}s`] > 0);
}

/**
 * Lints every document; returns the report (see formats/json.mjs for its shape). All ModelServices
 * of all files go to the core in one call, so cross-document rules (two ModelServices whose EPP
 * objects collide, …) report at the later document.
 */
export function lintTexts(inputs, texts, { eppConfig, options }) {
  const files = [];
  const pending = []; // documents to lint: { entry, value, located }
  inputs.forEach((input, fileIndex) => {
    const text = texts[fileIndex];
    const documents = [];
    files.push({ path: input.path, documents });
    if (text instanceof InvalidUtf8Error) {
      documents.push(entry(0, undefined, [text.diagnostic]));
      return;
    }
    // Files found by walking a directory or a glob that never mention the kind are not ours.
    if (!input.explicit && !text.includes(KIND)) return;
    const stream = parseStream(text);
    for (const d of stream.diagnostics) documents.push(entry(0, undefined, [d]));
    for (const doc of stream.documents) {
      if (doc.diagnostics.length > 0) {
        documents.push(entry(doc.index, doc.value, finishDiagnostics(doc.diagnostics, null)));
        continue;
      }
      const kind = doc.value?.kind;
      if (doc.empty || !(kind === KIND || (kind === undefined && input.explicit))) continue;
      const e = entry(doc.index, doc.value, []);
      documents.push(e);
      pending.push({ entry: e, value: doc.value, located: { doc: doc.doc, lineCounter: stream.lineCounter, ambiguities: doc.ambiguities } });
    }
  });
  const answers = api.lintDocuments(pending, eppConfig, options);
  pending.forEach((p, i) => {
    p.entry.diagnostics = answers[i] ?? [];
  });
  return { files, summary: summarize(files) };
}

function entry(index, value, diagnostics) {
  const meta = value?.metadata;
  const str = (v) => (typeof v === "string" ? v : null);
  return { index, kind: str(value?.kind), name: str(meta?.name), namespace: str(meta?.namespace), diagnostics };
}

function summarize(files) {
  const s = { files: files.length, documents: 0, errors: 0, warnings: 0, infos: 0 };
  for (const f of files) {
    s.documents += f.documents.length;
    for (const doc of f.documents) for (const d of doc.diagnostics) s[`${d.severity}s`] += 1;
  }
  return s;
}
