// `modelservice lint [PATH|GLOB|-]…`: every ModelService document of every file, one report.
import { api } from "../../src/node-api.mjs";
import { modelServiceWire } from "../../src/input.mjs";
import { finishDiagnostics } from "../../src/positions.mjs";
import { OPERATOR_HELP, UsageError, oneOf, operatorSettings, parseCommandArgs } from "./args.mjs";
import { InvalidUtf8Error, expandInputs, readInput } from "./files.mjs";
import { formatGithub } from "./formats/github.mjs";
import { formatJson } from "./formats/json.mjs";
import { formatSarif } from "./formats/sarif.mjs";
import { formatText } from "./formats/text.mjs";
import { backOf, claimFront } from "./lint-claims.mjs";
import { startHelper } from "./lint-helper.mjs";
import { readFile } from "./lint-read.mjs";

export const FORMATS = { text: formatText, json: formatJson, sarif: formatSarif, github: formatGithub };
export const RANK = { info: 1, warning: 2, error: 3 };

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
 * `parallel` (tests): see lintTexts.
 */
export async function lintPaths(args, settings, { requireKind = false, parallel } = {}) {
  const inputs = (await expandInputs(args)).map((input) => (requireKind ? { ...input, explicit: false } : input));
  // Started before the files are read, so its start-up overlaps the reading.
  const helper = startHelper(inputs.length, parallel);
  // All I/O errors before any report; a file that is not UTF-8 is a finding, not an I/O error.
  let texts;
  try {
    texts = inputs.map((input) => {
      try {
        return readInput(input.path);
      } catch (e) {
        if (e instanceof InvalidUtf8Error) return e;
        throw e;
      }
    });
  } catch (e) {
    helper?.stop();
    throw e;
  }
  return lintTexts(inputs, texts, settings, helper);
}

/** Whether the report has a finding at or above `failOn`. */
export function fails(report, failOn) {
  return Object.entries(RANK).some(([severity, rank]) => rank >= RANK[failOn] && report.summary[`${severity}s`] > 0);
}

/**
 * Lints every document; returns the report (see formats/json.mjs for its shape). All ModelServices
 * of all files go to one core session (`lintSession`), in file order, so cross-document rules
 * (two ModelServices whose EPP objects collide, …) report at the later document. With a `helper`
 * (lint-helper.mjs: a worker thread), this thread parses files from the front and the helper from
 * the back until they meet (lint-claims.mjs), and the helper locates its documents' findings; the
 * report is the same.
 */
export async function lintTexts(inputs, texts, { eppConfig, options }, helper = null) {
  const files = inputs.map((input) => ({ path: input.path, documents: [] }));
  try {
    const read = (i) => {
      const r = readFile(inputs[i], texts[i]);
      files[i].documents = r.documents;
      return r.pending.map((p) => ({ ...p, wire: modelServiceWire(p.value) }));
    };
    const session = api.lintSession(eppConfig, options);
    const pending = [];
    let added = 0;
    // The core reads and lints documents in batches, while the helper still parses.
    const addPending = () => {
      if (added < pending.length) session.add(pending.slice(added).map((p) => p.wire));
      added = pending.length;
    };
    const shared = helper?.share(inputs, texts);
    shared?.answer.catch(() => {}); // awaited below; a failure then is handled there
    let k = 0;
    const next = shared ? () => claimFront(shared.claims) : () => (k < texts.length ? k++ : -1);
    for (let i = next(); i >= 0; i = next()) {
      pending.push(...read(i));
      if (pending.length - added >= BATCH) addPending();
    }
    addPending();
    const mine = pending.length;
    const from = shared ? backOf(shared.claims) : texts.length; // the helper's files: [from, n)
    let helped = false;
    if (from < texts.length) {
      try {
        const answer = await shared.answer;
        if (answer.from !== from || answer.files.length !== texts.length - from) throw new Error("the helper answered other files");
        answer.files.forEach((r, j) => {
          files[from + j].documents = r.documents;
          for (const p of r.pending) pending.push({ ...p, entry: r.documents[p.slot] });
        });
        helped = true;
      } catch {
        // No thread after all (it died, or answered wrong): its files are read here.
        pending.length = mine;
        for (let i = from; i < texts.length; i++) pending.push(...read(i));
      }
      addPending();
    }
    const out = session.finish();
    if (out.shared) {
      for (const p of pending) p.entry.diagnostics = out.shared;
      return { files, summary: summarize(files) };
    }
    // The helper locates its documents' findings while these are located here.
    const located = helped ? helper.finish(out.answers.slice(mine)) : null;
    located?.catch(() => {});
    try {
      pending.forEach((p, i) => {
        if (p.located !== undefined) p.entry.diagnostics = finishDiagnostics(out.answers[i], p.located);
      });
      if (located) (await located).forEach((d, j) => (pending[mine + j].entry.diagnostics = d));
    } catch (e) {
      const shared = [internalError(e)];
      for (const p of pending) p.entry.diagnostics = shared;
    }
    return { files, summary: summarize(files) };
  } finally {
    helper?.stop();
  }
}

/** Documents the core reads in one go while files are still being parsed. */
const BATCH = 64;

/** The crash diagnostic the API gives every document (no position: it is about no text). */
function internalError(e) {
  return { code: "internal", severity: "error", path: "", message: `internal error: ${e?.message ?? e}` };
}

function summarize(files) {
  const s = { files: files.length, documents: 0, errors: 0, warnings: 0, infos: 0 };
  for (const f of files) {
    s.documents += f.documents.length;
    for (const doc of f.documents) for (const d of doc.diagnostics) s[`${d.severity}s`] += 1;
  }
  return s;
}
