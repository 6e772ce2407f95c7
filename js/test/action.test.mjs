// The GitHub Action (action.yml) run the way the runner runs a composite action: each step's `run`
// in `bash --noprofile --norc -eo pipefail`, its `env` with the `${{ }}` expressions evaluated,
// GITHUB_WORKSPACE as the working directory, a fresh GITHUB_OUTPUT and GITHUB_STEP_SUMMARY file
// per step, RUNNER_TEMP and GITHUB_ACTION_PATH set. The package is the one `npm pack` makes of js/.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { chmodSync, copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { before, test } from "node:test";
import { parse } from "yaml";
import { OPERATOR_INPUTS } from "../bin/cli/action.mjs";
import { settings } from "../src/settings.mjs";
import { workspace } from "./cli-helpers.mjs";
import { CLEAN_HEAD, CLEAN_YAML } from "./fixtures.mjs";
import { REPO } from "./support/cases.mjs";

const ACTION = parse(readFileSync(join(REPO, "action.yml"), "utf8"));
const VERSION = JSON.parse(readFileSync(join(REPO, "js/package.json"), "utf8")).version;
const [INSTALL, LINT] = ACTION.runs.steps;
let packageDir;

/** `${{ inputs.x }}`, `${{ steps.id.outputs.x }}`: the only expressions the action may use. */
function evaluate(text, ctx) {
  return String(text).replace(/\$\{\{\s*([^}]*?)\s*\}\}/g, (_, expr) => {
    let m;
    if ((m = /^inputs\.([\w-]+)$/.exec(expr))) {
      assert.ok(Object.hasOwn(ACTION.inputs, m[1]), `unknown input ${m[1]}`);
      return ctx.inputs[m[1]] ?? ACTION.inputs[m[1]].default ?? "";
    }
    if ((m = /^steps\.([\w-]+)\.outputs\.([\w-]+)$/.exec(expr))) return ctx.steps[m[1]]?.[m[2]] ?? "";
    throw new Error(`expression the test runner does not know: ${expr}`);
  });
}

/** GITHUB_OUTPUT's `name=value` and `name<<DELIMITER` forms. */
function readOutputs(file) {
  const out = {};
  const lines = readFileSync(file, "utf8").split("\n");
  for (let i = 0; i < lines.length; i++) {
    const heredoc = /^([^=<]+)<<(.+)$/.exec(lines[i]);
    if (heredoc) {
      const end = lines.indexOf(heredoc[2], i + 1);
      out[heredoc[1]] = lines.slice(i + 1, end).join("\n");
      i = end;
    } else if (lines[i].includes("=")) out[lines[i].slice(0, lines[i].indexOf("="))] = lines[i].slice(lines[i].indexOf("=") + 1);
  }
  return out;
}

/** Runs one step; returns { code, stdout, stderr, outputs, summary }. */
function runStep(step, ctx, { cwd, pathPrefix = "" }) {
  assert.equal(step.shell, "bash");
  assert.ok(!step.run.includes("${{"), `${step.name}: inputs reach the script through env only`);
  const temp = mkdtempSync(join(tmpdir(), "msr-runner-"));
  const script = join(temp, "step.sh");
  writeFileSync(script, step.run);
  const files = { GITHUB_OUTPUT: join(temp, "output"), GITHUB_STEP_SUMMARY: join(temp, "summary") };
  for (const f of Object.values(files)) writeFileSync(f, "");
  // The machine's environment (proxies, CA certificates), less what a runner sets itself.
  const inherited = Object.entries(process.env).filter(([k]) => !/^(GITHUB_|INPUT_|RUNNER_)/.test(k));
  const env = {
    ...Object.fromEntries(inherited),
    PATH: `${pathPrefix}${process.env.PATH}`,
    CI: "true",
    GITHUB_ACTIONS: "true",
    GITHUB_WORKSPACE: cwd,
    GITHUB_ACTION_PATH: REPO,
    RUNNER_TEMP: ctx.runnerTemp,
    // Offline-safe: the package's own dependencies come from npm's cache when it has them.
    npm_config_prefer_offline: "true",
    ...files,
  };
  for (const [k, v] of Object.entries(step.env ?? {})) env[k] = evaluate(v, ctx);
  const r = spawnSync("bash", ["--noprofile", "--norc", "-eo", "pipefail", script], { cwd, env, encoding: "utf8", timeout: 300_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, outputs: readOutputs(files.GITHUB_OUTPUT), summary: readFileSync(files.GITHUB_STEP_SUMMARY, "utf8") };
}

/** The whole action on a workspace: the install step once (before), then the lint step. */
function runAction(files, inputs) {
  const cwd = workspace(files);
  const ctx = { inputs, steps: { install: { "package-dir": packageDir } }, runnerTemp: mkdtempSync(join(tmpdir(), "msr-temp-")) };
  const r = runStep(LINT, ctx, { cwd });
  ctx.steps.lint = r.outputs;
  const outputs = Object.fromEntries(Object.entries(ACTION.outputs).map(([k, o]) => [k, evaluate(o.value, ctx)]));
  return { ...r, cwd, outputs };
}

const GOOD = CLEAN_YAML;
const BAD = `${CLEAN_HEAD.replace("qwen3\n", "broken\n")}  decode:\n    replicas: two\n    paralelism: {tensor: 2}\n`;
const FILES = { "manifests/good.yaml": GOOD, "manifests/team/bad.yaml": BAD, "config/app.yaml": "kind: ConfigMap\n", "README.md": "x" };

before(() => {
  const dest = mkdtempSync(join(tmpdir(), "msr-pack-"));
  const pack = spawnSync("npm", ["pack", "--ignore-scripts", "--pack-destination", dest, "--json"], { cwd: join(REPO, "js"), encoding: "utf8" });
  assert.equal(pack.status, 0, pack.stderr);
  // A tarball in the workspace, named relative to it, as a user would.
  const cwd = workspace({});
  copyFileSync(join(dest, JSON.parse(pack.stdout)[0].filename), join(cwd, "modelservice-render.tgz"));
  const ctx = { inputs: { package: "./modelservice-render.tgz" }, steps: {}, runnerTemp: mkdtempSync(join(tmpdir(), "msr-temp-")) };
  const r = runStep(INSTALL, ctx, { cwd });
  assert.equal(r.code, 0, r.stderr);
  packageDir = r.outputs["package-dir"];
  assert.equal(packageDir, join(ctx.runnerTemp, "modelservice-render-action/node_modules/modelservice-render"));
  assert.ok(existsSync(join(packageDir, "bin/github-action.mjs")));
});

test("action.yml: one input per CLI operator flag, each passed to the lint step as INPUT_*", () => {
  assert.equal(ACTION.runs.using, "composite");
  assert.deepEqual(Object.keys(ACTION.inputs).sort(), ["args", "fail-on", "format", "package", "paths", "sarif-file", ...OPERATOR_INPUTS].sort());
  // Each operator input is described from the settings table (the flag, its help, its values).
  for (const s of settings.filter((x) => x.flag !== null)) {
    const values = s.type === "boolean" ? ["true", "false"] : s.choices;
    const want = `--${s.flag}: ${s.help}${values.length > 0 ? ` (${values.join(", ")})` : ""}. Empty: not passed.`;
    assert.deepEqual(ACTION.inputs[s.flag], { description: want, default: "" }, `action.yml input ${s.flag}`);
  }
  const passed = Object.fromEntries(Object.keys(ACTION.inputs).filter((i) => i !== "package").map((i) => [`INPUT_${i.toUpperCase().replace(/-/g, "_")}`, `\${{ inputs.${i} }}`]));
  assert.deepEqual(LINT.env, { PACKAGE_DIR: "${{ steps.install.outputs.package-dir }}", ...passed });
  assert.deepEqual(INSTALL.env, { PACKAGE: "${{ inputs.package }}" });
  assert.equal(ACTION.inputs.paths.required, true);
});

test("the install step installs modelservice-render at the action's own version by default", () => {
  const bin = mkdtempSync(join(tmpdir(), "msr-fake-npm-"));
  const log = join(bin, "argv");
  writeFileSync(join(bin, "npm"), `#!/bin/sh\nprintf '%s\\n' "$@" > "${log}"\n`);
  chmodSync(join(bin, "npm"), 0o755);
  const ctx = { inputs: {}, steps: {}, runnerTemp: mkdtempSync(join(tmpdir(), "msr-temp-")) };
  const r = runStep(INSTALL, ctx, { cwd: REPO, pathPrefix: `${bin}:` });
  assert.equal(r.code, 0, r.stderr);
  const dir = join(ctx.runnerTemp, "modelservice-render-action");
  assert.deepEqual(readFileSync(log, "utf8").trim().split("\n"), [
    "install", "--prefix", dir, "--no-save", "--no-package-lock", "--no-audit", "--no-fund", "--loglevel=error", `modelservice-render@${VERSION}`,
  ]);
  assert.deepEqual(r.outputs, { "package-dir": `${dir}/node_modules/modelservice-render` });
});

test("the package input: a bare version, range or dist-tag is one of modelservice-render, not a package of that name", () => {
  // npm-package-arg reads `npm install 0.2.0` as the registry package named "0.2.0" (type range, any
  // version) and `^0.1.0` as no package at all; the input's description promises "a version".
  const bin = mkdtempSync(join(tmpdir(), "msr-fake-npm-"));
  const log = join(bin, "argv");
  writeFileSync(join(bin, "npm"), `#!/bin/sh\nprintf '%s\\n' "$@" > "${log}"\n`);
  chmodSync(join(bin, "npm"), 0o755);
  const installed = (pkg) => {
    const ctx = { inputs: { package: pkg }, steps: {}, runnerTemp: mkdtempSync(join(tmpdir(), "msr-temp-")) };
    const r = runStep(INSTALL, ctx, { cwd: workspace({}), pathPrefix: `${bin}:` });
    assert.equal(r.code, 0, r.stderr);
    return readFileSync(log, "utf8").trim().split("\n").at(-1);
  };
  assert.equal(installed("0.1.1"), "modelservice-render@0.1.1");
  assert.equal(installed("^0.1.0"), "modelservice-render@^0.1.0");
  assert.equal(installed(">=0.1.0 <0.3.0"), "modelservice-render@>=0.1.0 <0.3.0");
  assert.equal(installed("latest"), "modelservice-render@latest");
  assert.equal(installed("modelservice-render"), "modelservice-render");
  assert.equal(installed("modelservice-render@0.1.1"), "modelservice-render@0.1.1");
  assert.equal(installed("modelservice-render@npm:my-fork@1.0.0"), "modelservice-render@npm:my-fork@1.0.0");
  assert.equal(installed("https://example.com/modelservice-render-0.1.1.tgz"), "https://example.com/modelservice-render-0.1.1.tgz");
  assert.equal(installed("./no-such.tgz"), "./no-such.tgz"); // a path that is not there: npm's own error
});

test("findings: annotations, SARIF, step summary, outputs; the step fails on errors", () => {
  const r = runAction(FILES, { paths: "manifests/\nconfig/*.yaml\n" });
  assert.equal(r.code, 1, r.stderr);
  assert.equal(
    r.stdout,
    [
      '::error file=manifests/team/bad.yaml,line=19,col=5,title=schema/unknown-field::unknown field "paralelism" in spec.decode (hint: did you mean `parallelism`?)',
      '::error file=manifests/team/bad.yaml,line=18,col=5,title=schema/type::expected an integer, got string "two"',
      "",
    ].join("\n"),
  );
  assert.equal(r.stderr, "modelservice lint: 2 errors, 0 warnings, 0 infos in 2 documents in 3 files (fail-on: error)\n");
  assert.deepEqual(r.outputs, { errors: "2", warnings: "0", infos: "0", files: "3", documents: "2", "sarif-file": "modelservice-lint.sarif" });
  assert.equal(
    r.summary,
    [
      "### modelservice lint",
      "",
      "2 errors, 0 warnings, 0 infos in 2 ModelService documents in 3 files: **failed** (fail-on: error).",
      "",
      "| Severity | File | Line | Code | Message |",
      "| --- | --- | --- | --- | --- |",
      '| error | manifests/team/bad.yaml | 19:5 | schema/unknown-field | unknown field "paralelism" in spec.decode (hint: did you mean \\`parallelism\\`?) |',
      '| error | manifests/team/bad.yaml | 18:5 | schema/type | expected an integer, got string "two" |',
      "",
    ].join("\n"),
  );
  const sarif = JSON.parse(readFileSync(join(r.cwd, "modelservice-lint.sarif"), "utf8"));
  assert.equal(sarif.version, "2.1.0");
  assert.deepEqual(
    sarif.runs[0].results.map((x) => [x.ruleId, x.level, x.locations[0].physicalLocation.artifactLocation.uri, x.locations[0].physicalLocation.region]),
    [
      ["schema/unknown-field", "error", "manifests/team/bad.yaml", { startLine: 19, startColumn: 5 }],
      ["schema/type", "error", "manifests/team/bad.yaml", { startLine: 18, startColumn: 5 }],
    ],
  );
  assert.equal(sarif.runs[0].tool.driver.version, VERSION);
});

test("fail-on decides; a clean run writes a summary line and an empty SARIF result list", () => {
  const clean = runAction({ "ms.yaml": GOOD }, { paths: "ms.yaml", "sarif-file": "reports/lint.sarif" });
  assert.equal(clean.code, 0, clean.stderr);
  assert.equal(clean.stdout, "");
  assert.equal(clean.summary, "### modelservice lint\n\nNo problems in 1 ModelService document in 1 file.\n");
  assert.deepEqual(JSON.parse(readFileSync(join(clean.cwd, "reports/lint.sarif"), "utf8")).runs[0].results, []);
  assert.equal(clean.outputs["sarif-file"], "reports/lint.sarif");

  // A prefill without routingProxy is a warning (docs/rules.md).
  const warned = GOOD.replace("  decode:", "  prefill:\n    replicas: 1\n  decode:");
  const asError = runAction({ "ms.yaml": warned }, { paths: "ms.yaml", "fail-on": "warning", "sarif-file": "" });
  assert.equal(asError.code, 1);
  assert.match(asError.summary, /0 errors, 1 warning, 0 infos in 1 ModelService document in 1 file: \*\*failed\*\* \(fail-on: warning\)\./);
  assert.equal(asError.outputs["sarif-file"], "");
  assert.equal(existsSync(join(asError.cwd, "modelservice-lint.sarif")), false);
  const passes = runAction({ "ms.yaml": warned }, { paths: "ms.yaml" });
  assert.equal(passes.code, 0);
  assert.match(passes.summary, /: passed \(fail-on: error\)\./);
  assert.match(passes.stdout, /^::warning file=ms\.yaml,line=\d+,col=\d+,title=prefill-without-routing-proxy::/);
});

test("operator-flag inputs reach lint; format selects the log report", () => {
  const annotated = GOOD.replace("    replicas: 1\n", "    replicas: 1\n    annotations: {a: b}\n");
  const now = runAction({ "ms.yaml": annotated }, { paths: "ms.yaml", format: "text" });
  assert.equal(now.code, 0, now.stdout);
  assert.equal(now.stdout, "no problems in 1 document in 1 file\n");
  const seed = runAction({ "ms.yaml": annotated }, { paths: "ms.yaml", format: "json", "operator-version": "v0.9.0-alpha.2" });
  assert.equal(seed.code, 1);
  assert.deepEqual(
    JSON.parse(seed.stdout).files[0].documents[0].diagnostics.map((d) => [d.code, d.path, d.line]),
    [["schema/unknown-field", "spec.decode.annotations", 19]],
  );
});

test("args: more operator flags, one per line, empty values included", () => {
  const r = runAction({ "ms.yaml": GOOD }, { paths: "ms.yaml", args: "--provider=bogus\n--default-gateway-name=\n", "fail-on": "warning" });
  assert.equal(r.code, 1, r.stdout + r.stderr);
  assert.equal(
    r.stdout,
    '::warning file=ms.yaml,line=1,col=1,title=config/unknown-provider::provider "bogus" is not istio, gke or none; the operator treats it like "none" (hint: providers are compared exactly and case-sensitively)\n',
  );
});

test("bad inputs fail the step with an annotation naming the problem (exit 2)", () => {
  const cases = [
    [{ paths: "ms.yaml", "fail-on": "fatal" }, '--fail-on must be one of info, warning, error, got "fatal"'],
    [{ paths: "ms.yaml", format: "xml" }, '--format must be one of text, json, sarif, github, got "xml"'],
    [{ paths: "ms.yaml", "metrics-endpoint-auth": "maybe" }, '--metrics-endpoint-auth must be true or false, got "maybe"'],
    [{ paths: " \n" }, "the paths input names no file, directory or glob"],
    [{ paths: "nothing/*.yaml" }, "nothing/*.yaml: no files match"],
    [{ paths: "ms.yaml", args: "other.yaml" }, 'the args input takes flags only, got "other.yaml" (paths go in the paths input)'],
    // node:util parseArgs words this one (and its wording varies with Node's version).
    [{ paths: "ms.yaml", args: "--fail-on=info" }, /^Unknown option '--fail-on'\./],
  ];
  for (const [inputs, message] of cases) {
    const r = runAction({ "ms.yaml": GOOD }, inputs);
    assert.equal(r.code, 2, JSON.stringify(inputs));
    const [, text] = /^::error title=modelservice lint::(.*)\n$/.exec(r.stdout) ?? [];
    if (message instanceof RegExp) assert.match(text, message);
    else assert.equal(text, message, JSON.stringify(inputs));
  }
});
