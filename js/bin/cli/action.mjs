// The lint step of the GitHub Action (action.yml at the repository root). A composite action gets
// no INPUT_* variables from the runner, so action.yml passes each input as INPUT_<NAME> (upper
// case, `-` → `_`). The inputs become the CLI's own flags, parsed by the CLI's code; the step
// then prints the report (annotations by default), writes the SARIF file, the step summary and the
// step outputs, and fails by fail-on.
import { mkdirSync, appendFileSync, writeFileSync } from "node:fs";
import { dirname, isAbsolute, relative, resolve, sep } from "node:path";
import { OPERATOR_OPTIONS, UsageError, oneOf, operatorSettings, parseCommandArgs } from "./args.mjs";
import { IoError } from "./files.mjs";
import { FORMATS, RANK, fails, lintPaths } from "./lint.mjs";
import { plural } from "./formats/common.mjs";
import { stepSummary } from "./formats/step-summary.mjs";

/** The operator flags an action input may set: every CLI operator flag but --help. */
export const OPERATOR_INPUTS = Object.keys(OPERATOR_OPTIONS).filter((name) => name !== "help");

const envName = (input) => `INPUT_${input.toUpperCase().replace(/-/g, "_")}`;

/** @returns {Promise<number>} the step's exit code: 0, 1 (findings at or above fail-on), 2 (bad inputs or I/O). */
export async function runAction(env, io) {
  const input = (name) => (env[envName(name)] ?? "").trim();
  try {
    const workspace = resolve(env.GITHUB_WORKSPACE || process.cwd());
    process.chdir(workspace);
    const lines = (text) => text.split(/\r?\n/).map((line) => line.trim()).filter((line) => line !== "");
    const paths = lines(input("paths"));
    if (paths.length === 0) throw new UsageError("the paths input names no file, directory or glob");
    const argv = OPERATOR_INPUTS.filter((name) => input(name) !== "").map((name) => `--${name}=${input(name)}`);
    const { values, positionals } = parseCommandArgs([...argv, ...lines(input("args"))], {});
    if (positionals.length > 0) throw new UsageError(`the args input takes flags only, got "${positionals[0]}" (paths go in the paths input)`);
    const format = oneOf("format", input("format") || "github", Object.keys(FORMATS));
    const failOn = oneOf("fail-on", input("fail-on") || "error", Object.keys(RANK));
    const report = await lintPaths(paths, operatorSettings(values));
    // Paths as GitHub shows them: relative to the repository root, with forward slashes.
    for (const file of report.files) file.path = repoPath(workspace, file.path);

    io.stdout(FORMATS[format](report, { version: io.version }));
    const sarifFile = input("sarif-file");
    if (sarifFile !== "") {
      mkdirSync(dirname(resolve(sarifFile)), { recursive: true });
      writeFileSync(sarifFile, FORMATS.sarif(report, { version: io.version }));
    }
    const failed = fails(report, failOn);
    if (env.GITHUB_STEP_SUMMARY) appendFileSync(env.GITHUB_STEP_SUMMARY, stepSummary(report, { failOn, failed }));
    const s = report.summary;
    const outputs = { errors: s.errors, warnings: s.warnings, infos: s.infos, files: s.files, documents: s.documents, "sarif-file": sarifFile };
    if (env.GITHUB_OUTPUT) appendFileSync(env.GITHUB_OUTPUT, Object.entries(outputs).map(([k, v]) => `${k}=${v}\n`).join(""));
    const counts = [plural(s.errors, "error"), plural(s.warnings, "warning"), plural(s.infos, "info")].join(", ");
    io.stderr(`modelservice lint: ${counts} in ${plural(s.documents, "document")} in ${plural(s.files, "file")}${failed ? ` (fail-on: ${failOn})` : ""}\n`);
    return failed ? 1 : 0;
  } catch (e) {
    if (!(e instanceof UsageError || e instanceof IoError)) throw e;
    // Shown as an annotation on the run; the message names the input at fault.
    io.stdout(`::error title=modelservice lint::${e.message.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A")}\n`);
    return 2;
  }
}

function repoPath(workspace, path) {
  if (path === "-") return path;
  const rel = relative(workspace, resolve(path));
  return rel.startsWith("..") || isAbsolute(rel) ? path : rel.split(sep).join("/");
}
