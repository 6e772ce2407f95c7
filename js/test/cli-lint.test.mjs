// `modelservice lint` (contract §3) on real files: discovery, exit codes and every format.
import assert from "node:assert/strict";
import { mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { describe, it } from "node:test";
import { EPP_G1, EPP_G1_YAML } from "./fixtures.mjs";
import { cli, workspace } from "./cli-helpers.mjs";

const require = createRequire(import.meta.url);
const NO_NAMESPACE = EPP_G1_YAML.replace("  namespace: ml-serving\n", ""); // info: namespace-defaulted
const BAD = EPP_G1_YAML.replace("    replicas: 1", "    replicas: two"); // error at 17:5
const PREFILL_NO_PROXY = `${EPP_G1_YAML}  prefill:\n    replicas: 1\n`; // warning: prefill without routingProxy
const CONFIG_MAP = "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\n";

const dir = workspace({
  "clean.yaml": EPP_G1_YAML,
  "info.yaml": NO_NAMESPACE,
  "bad.yaml": BAD,
  "warn.yaml": PREFILL_NO_PROXY,
  "multi.yaml": `${CONFIG_MAP}---\n${EPP_G1_YAML}---\n${BAD}`,
  "later.yaml": `${EPP_G1_YAML}---\n# a list\n- x\n---\n${EPP_G1_YAML.replace(/^spec:[^]*$/m, "").replace("qwen3-0.6b", "other")}`,
  "tree/a.yaml": EPP_G1_YAML,
  "tree/sub/b.yml": NO_NAMESPACE.replace("name: qwen3-0.6b", "name: b-model"), // distinct: no cross-document findings
  "tree/sub/c.json": JSON.stringify({ ...EPP_G1, metadata: { ...EPP_G1.metadata, name: "other" } }, null, 2),
  "tree/sub/cm.yaml": CONFIG_MAP,
  "tree/notes.txt": "not yaml",
  "tree/.hidden/x.yaml": BAD,
  "tree/no-kind.yaml": "foo: [1, 2]\n",
});
const lint = (args, opts) => cli(["lint", ...args], { cwd: dir, ...opts });
const json = (args) => {
  const r = lint([...args, "--format", "json"]);
  return { ...r, report: JSON.parse(r.stdout) };
};

describe("modelservice lint", () => {
  it("clean file: exit 0, a summary line", () => {
    const r = lint(["clean.yaml"]);
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.match(r.stdout, /^(no problems|\d+ problems? \(0 errors, 0 warnings, \d+ infos?\)) in 1 document in 1 file\n$/m);
    const none = lint(["tree/sub/cm.yaml"]); // named explicitly, but not a ModelService
    assert.equal(none.stdout, "no problems in 0 documents in 1 file\n");
  });

  it("--fail-on decides the exit code", () => {
    assert.equal(lint(["info.yaml"]).code, 0);
    assert.equal(lint(["info.yaml", "--fail-on", "warning"]).code, 0);
    assert.equal(lint(["info.yaml", "--fail-on", "info"]).code, 1);
    assert.equal(lint(["bad.yaml"]).code, 1);
    assert.equal(lint(["bad.yaml", "--fail-on=info"]).code, 1);
  });

  it("text: file:line:col: severity code: message", () => {
    const r = lint(["bad.yaml", "info.yaml"]);
    assert.match(r.stdout, /^bad\.yaml:17:5: error schema\/type: .+$/m);
    assert.match(r.stdout, /^info\.yaml:3:1: info namespace-defaulted: .+$/m);
    assert.match(r.stdout, /^\d+ problems \(1 error, 0 warnings, \d+ infos?\) in 2 documents in 2 files$/m);
  });

  it("multi-document files: other kinds skipped, indexes kept, positions in the whole file", () => {
    const { code, report } = json(["multi.yaml"]);
    assert.equal(code, 1);
    const docs = report.files[0].documents;
    assert.deepEqual(docs.map((d) => [d.index, d.kind, d.name, d.namespace]), [
      [1, "ModelService", "qwen3-0.6b", "ml-serving"],
      [2, "ModelService", "qwen3-0.6b", "ml-serving"],
    ]);
    assert.deepEqual(docs[0].diagnostics.filter((x) => x.severity !== "info"), []);
    const d = docs[1].diagnostics.find((x) => x.path === "spec.decode.replicas");
    assert.deepEqual([d.line, d.column], [4 + 18 + 17, 5]);
  });

  it("findings about a whole later document point at that document, not at the file's first line", () => {
    const { report } = json(["later.yaml"]);
    const found = report.files[0].documents.map((doc) =>
      doc.diagnostics.filter((x) => x.severity === "error").map((x) => [doc.index, x.code, x.path, x.line, x.column]),
    );
    assert.deepEqual(found, [
      [],
      [[1, "input/not-an-object", "", 17 + 3, 1]],
      [[2, "schema/required", "spec", 17 + 5, 1]],
    ]);
  });

  it('namespace: "" is linted as unset, as kubectl applies it', () => {
    const d = workspace({ "empty-ns.yaml": EPP_G1_YAML.replace("namespace: ml-serving", 'namespace: ""') });
    const r = cli(["lint", "empty-ns.yaml"], { cwd: d });
    assert.equal(r.code, 0, r.stdout);
    assert.match(r.stdout, /^empty-ns\.yaml:5:3: info namespace-defaulted: /m);
    assert.doesNotMatch(r.stdout, /namespace-invalid/);
  });

  it("a directory's symbolic links to files are read; links to directories are not followed", () => {
    const d = workspace({ "real/bad.yaml": BAD, "real/sub/clean.yaml": EPP_G1_YAML });
    mkdirSync(join(d, "tree"));
    symlinkSync(join(d, "real/bad.yaml"), join(d, "tree/bad-link.yaml"));
    symlinkSync(join(d, "real/sub"), join(d, "tree/sub-link.yaml"));
    symlinkSync(join(d, "missing.yaml"), join(d, "tree/broken.yaml"));
    const r = cli(["lint", "tree", "--format", "json"], { cwd: d });
    assert.equal(r.code, 1, r.stderr);
    const report = JSON.parse(r.stdout);
    assert.deepEqual(report.files.map((f) => f.path), [join("tree", "bad-link.yaml")]);
    assert.deepEqual(report.summary, { files: 1, documents: 1, errors: 1, warnings: 0, infos: report.summary.infos });
  });

  it("directories recurse into *.yaml, *.yml, *.json; globs expand", () => {
    const { code, report } = json(["tree"]);
    assert.equal(code, 0);
    assert.deepEqual(report.files.map((f) => f.path), ["tree/a.yaml", "tree/no-kind.yaml", "tree/sub/b.yml", "tree/sub/c.json", "tree/sub/cm.yaml"]);
    const { infos, ...counts } = report.summary;
    assert.deepEqual(counts, { files: 5, documents: 3, errors: 0, warnings: 0 });
    assert.ok(infos >= 1); // at least namespace-defaulted in b.yml
    const g = json(["tree/**/*.yml", "tree/sub/*.json"]).report;
    assert.deepEqual(g.files.map((f) => f.path), ["tree/sub/b.yml", "tree/sub/c.json"]);
  });

  it("a file named explicitly is linted even without `kind`", () => {
    const { report } = json(["tree/no-kind.yaml"]);
    assert.equal(report.summary.documents, 1);
    assert.ok(report.summary.errors > 0);
  });

  it("stdin with -", () => {
    const r = lint(["-", "--format", "json"], { input: BAD });
    assert.equal(r.code, 1);
    assert.equal(JSON.parse(r.stdout).files[0].path, "<stdin>");
  });

  it("json: the documented shape", () => {
    const { report } = json(["bad.yaml", "clean.yaml"]);
    assert.deepEqual(Object.keys(report), ["files", "summary"]);
    assert.deepEqual(Object.keys(report.files[0]), ["path", "documents"]);
    assert.deepEqual(Object.keys(report.files[0].documents[0]), ["index", "kind", "name", "namespace", "diagnostics"]);
    const { infos, ...counts } = report.summary;
    assert.deepEqual(counts, { files: 2, documents: 2, errors: 1, warnings: 0 });
    assert.equal(infos, report.files.flatMap((f) => f.documents.flatMap((d) => d.diagnostics)).filter((d) => d.severity === "info").length);
  });

  it("sarif: valid SARIF 2.1.0, results always present, levels and regions", () => {
    const Ajv = require("ajv-draft-04");
    const schema = require("@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json");
    const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
    require("ajv-formats")(ajv);
    const validate = ajv.compile(schema);

    const none = lint(["tree/sub/cm.yaml", "--format", "sarif"]);
    assert.equal(none.code, 0);
    const noneLog = JSON.parse(none.stdout);
    assert.ok(validate(noneLog), JSON.stringify(validate.errors));
    assert.deepEqual(noneLog.runs[0].results, []);
    const clean = lint(["clean.yaml", "--format", "sarif"]);
    assert.equal(clean.code, 0);
    const cleanLog = JSON.parse(clean.stdout);
    assert.ok(validate(cleanLog), JSON.stringify(validate.errors));
    assert.ok(cleanLog.runs[0].results.every((x) => x.level === "note"));

    const r = lint(["bad.yaml", "info.yaml", "--format", "sarif"]);
    assert.equal(r.code, 1);
    const log = JSON.parse(r.stdout);
    assert.ok(validate(log), JSON.stringify(validate.errors));
    assert.equal(log.version, "2.1.0");
    const results = log.runs[0].results.map((x) => [
      x.ruleId, x.level, x.locations[0].physicalLocation.artifactLocation.uri,
      x.locations[0].physicalLocation.region.startLine, x.locations[0].physicalLocation.region.startColumn,
    ]);
    assert.deepEqual(results[0], ["schema/type", "error", "bad.yaml", 17, 5]);
    assert.ok(results.some((x) => JSON.stringify(x) === JSON.stringify(["namespace-defaulted", "note", "info.yaml", 3, 1])));
    const rules = log.runs[0].tool.driver.rules.map((x) => x.id);
    for (const x of log.runs[0].results) assert.equal(rules[x.ruleIndex], x.ruleId);
  });

  it("sarif: a file name with `#`, `?`, `:` or a space is one path in its URI, not a fragment, query or scheme", () => {
    const d = workspace({ "run:1/a#b?c d.yaml": BAD });
    const r = cli(["lint", "run:1/a#b?c d.yaml", "--format", "sarif"], { cwd: d });
    assert.equal(r.code, 1, r.stderr);
    const [result] = JSON.parse(r.stdout).runs[0].results;
    const uri = result.locations[0].physicalLocation.artifactLocation.uri;
    assert.equal(uri, "run%3A1/a%23b%3Fc%20d.yaml");
    const url = new URL(uri, "file:///repo/");
    assert.deepEqual([url.search, url.hash, decodeURIComponent(url.pathname)], ["", "", "/repo/run:1/a#b?c d.yaml"]);
  });

  it("github: workflow commands, errors before warnings before notices", () => {
    const r = lint(["info.yaml", "bad.yaml", "--format", "github"]);
    assert.equal(r.code, 1);
    const lines = r.stdout.trim().split("\n");
    assert.match(lines[0], /^::error file=bad\.yaml,line=17,col=5,title=schema\/type::/);
    assert.ok(lines.some((l) => /^::notice file=info\.yaml,line=3,col=1,title=namespace-defaulted::/.test(l)));
    const order = lines.map((l) => ["error", "warning", "notice"].indexOf(l.slice(2, l.indexOf(" "))));
    assert.deepEqual(order, [...order].sort((a, b) => a - b));
  });

  it("github: messages and file names escaped as workflow commands (data: % CR LF; properties also : and ,)", () => {
    // The rules of actions/toolkit packages/core/src/command.ts (escapeData, escapeProperty) and
    // the runner's reader (actions/runner src/Runner.Common/ActionCommand.cs, TryParseV2): one
    // command per line, `::name k=v,k=v::data`, each %XX decoded, %25 last.
    const file = "we:ird,50%\r\n.yaml";
    const key = "x%y:z,w\r\nv"; // an unknown field: the message quotes it as written
    const d = workspace({});
    writeFileSync(join(d, file), `${EPP_G1_YAML}  "${key.replace(/\r/g, "\\r").replace(/\n/g, "\\n")}": 1\n`);
    const r = cli(["lint", file, "--format", "github"], { cwd: d });
    assert.equal(r.code, 1, r.stderr);
    const hint = "fields allowed here: model, engine, accelerator, decode, prefill, routingProxy, inferencePool, httpRoute, monitoring";
    assert.equal(
      r.stdout,
      `::error file=we%3Aird%2C50%25%0D%0A.yaml,line=18,col=3,title=schema/unknown-field::unknown field "x%25y:z,w%0D%0Av" in spec (hint: ${hint})\n`,
    );
    // Read back as the runner reads it: the original file name and message.
    const decode = (s, more) => [["%0D", "\r"], ["%0A", "\n"], ...more, ["%25", "%"]].reduce((t, [from, to]) => t.split(from).join(to), s);
    const [line] = r.stdout.split("\n");
    const end = line.indexOf("::", 2);
    const [name, props] = line.slice(2, end).split(" ");
    const properties = Object.fromEntries(props.split(",").map((p) => p.split("=")).map(([k, v]) => [k, decode(v, [["%3A", ":"], ["%2C", ","]])]));
    assert.deepEqual([name, properties, decode(line.slice(end + 2), [])], [
      "error",
      { file, line: "18", col: "3", title: "schema/unknown-field" },
      `unknown field "${key}" in spec (hint: ${hint})`,
    ]);
  });

  it("usage and I/O errors exit 2 with nothing on stdout", () => {
    for (const args of [["missing.yaml"], ["clean.yaml", "missing.yaml"], ["nomatch/*.yaml"], [], ["clean.yaml", "--format", "xml"], ["clean.yaml", "--fail-on", "never"], ["clean.yaml", "--bogus"]]) {
      const r = lint(args);
      assert.equal(r.code, 2, `${args.join(" ")}: ${r.stderr}`);
      assert.equal(r.stdout, "");
    }
  });

  it("operator flags change the findings", () => {
    // With a pool and PodMonitors: gke + metrics auth warns of the missing token Secret; two such
    // ModelServices whose cluster RBAC names collide are an error only while metrics auth is on.
    const monitored = `${EPP_G1_YAML}  inferencePool:\n    endpointPicker: {}\n  monitoring:\n    podMonitor:\n      enabled: true\n`;
    const as = (name, namespace) => monitored.replace("name: qwen3-0.6b", `name: ${name}`).replace("namespace: ml-serving", `namespace: ${namespace}`);
    const d = workspace({ "mon.yaml": monitored, "pair.yaml": `${as("b-c", "a")}---\n${as("c", "a-b")}` });
    const findings = (...args) => {
      const r = cli(["lint", ...args, "--format", "json"], { cwd: d });
      const docs = JSON.parse(r.stdout).files[0].documents.map((doc) => doc.diagnostics.map((x) => `${x.line}:${x.column} ${x.severity} ${x.code}`));
      return [r.code, docs];
    };
    const sized = (line) => `${line}:5 info epp-default-resources`;
    assert.deepEqual(findings("mon.yaml"), [0, [[sized(19)]]]);
    assert.deepEqual(findings("mon.yaml", "--provider", "gke"), [0, [["22:7 warning gke-metrics-secret-missing", sized(19)]]]);
    assert.deepEqual(findings("mon.yaml", "--provider", "gke", "--metrics-endpoint-auth=false"), [0, [[sized(19)]]]);
    const collision = "27:3 error cluster-rbac-name-collision";
    assert.deepEqual(findings("pair.yaml"), [1, [[sized(19)], [collision, sized(42)]]]);
    assert.deepEqual(findings("pair.yaml", "--provider", "none"), [1, [[sized(19)], [collision, sized(42)]]]);
    assert.deepEqual(findings("pair.yaml", "--provider", "none", "--metrics-endpoint-auth=false"), [0, [[sized(19)], [sized(42)]]]);
    const bad = lint(["clean.yaml", "--operator-version", "v7"]);
    assert.equal(bad.code, 1);
    // Pod annotations exist only in v1.0.1: --operator-version picks the release's schema.
    const ann = workspace({ "ann.yaml": `${EPP_G1_YAML}    annotations:\n      a: b\n` });
    assert.equal(cli(["lint", "ann.yaml", "--operator-version", "v1.0.1"], { cwd: ann }).code, 0);
    const old = cli(["lint", "ann.yaml", "--operator-version", "v0.9.0-alpha.2"], { cwd: ann });
    assert.equal(old.code, 1);
    assert.match(old.stdout, /^ann\.yaml:18:5: error schema\/unknown-field: unknown field "annotations" in spec\.decode$/m);
  });

  it("warnings (prefill without routingProxy) fail with --fail-on warning", () => {
    const { code, report } = json(["warn.yaml", "--fail-on", "warning"]);
    assert.equal(code, 1);
    assert.ok(report.summary.warnings >= 1);
  });

  it("cross-document: colliding EPP names are an error at the later metadata.name", () => {
    const other = EPP_G1_YAML.replace("name: qwen3-0.6b", "name: qwen3-0-6b"); // same EPP name qwen3-0-6b-epp
    const d = workspace({ "two.yaml": `${EPP_G1_YAML}---\n${other}` });
    const r = cli(["lint", "two.yaml", "--format", "json"], { cwd: d });
    assert.equal(r.code, 1);
    const [diag] = JSON.parse(r.stdout).files[0].documents[1].diagnostics.filter((x) => x.severity === "error");
    assert.deepEqual([diag.path, diag.line, diag.column], ["metadata.name", 18 + 4, 3]);
  });
});

