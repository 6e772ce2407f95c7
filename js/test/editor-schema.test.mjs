// The editor schema in the real reader: yaml-language-server (what VS Code's YAML extension runs)
// over LSP, fed the files `modelservice schema` writes, found through a modeline and through the
// `yaml.schemas` setting exactly as the README shows them. It must validate (the errors lint finds,
// on the same lines), hover with the Markdown docs, and complete fields and enum values.
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { pathToFileURL } from "node:url";
import { lint, schema } from "./support/package.mjs";
import { cli } from "./cli-helpers.mjs";
import { CLEAN_HEAD } from "./fixtures.mjs";
import { REPO } from "./support/cases.mjs";
import { LspClient } from "./support/lsp.mjs";

const SERVER = createRequire(import.meta.url).resolve("yaml-language-server/bin/yaml-language-server");
const MODELINE = "# yaml-language-server: $schema=./modelservice.schema.json\n";
const HEAD = CLEAN_HEAD; // 16 lines
// The README's VS Code setting, relative to the workspace folder.
const SETTINGS = { yaml: { validate: true, hover: true, completion: true, schemaStore: { enable: false }, schemas: { "./modelservice.schema.json": ["deploy/*.yaml"] } } };

let dir;
let server;
let version = 0;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), "msr-editor-"));
  mkdirSync(join(dir, "deploy"));
  for (const [file, args] of [["modelservice.schema.json", []], ["modelservice-v0.9.schema.json", ["--operator-version", "v0.9.0-alpha.2"]]]) {
    const out = cli(["schema", ...args]);
    assert.equal(out.code, 0, out.stderr);
    writeFileSync(join(dir, file), out.stdout);
  }
  server = new LspClient([process.execPath, SERVER, "--stdio"], SETTINGS);
  const root = pathToFileURL(dir).href;
  await server.request("initialize", {
    processId: process.pid,
    rootUri: root,
    workspaceFolders: [{ uri: root, name: "w" }],
    capabilities: {
      workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true } },
      textDocument: {
        hover: { contentFormat: ["markdown", "plaintext"] },
        completion: { completionItem: { snippetSupport: true, documentationFormat: ["markdown", "plaintext"] } },
        publishDiagnostics: {},
      },
    },
  });
  server.notify("initialized", {});
  server.notify("workspace/didChangeConfiguration", { settings: SETTINGS });
});

after(async () => {
  await server?.close();
});

/** Opens `text` as `file` (in the temp workspace) and returns its first published diagnostics. */
async function open(file, text) {
  const uri = pathToFileURL(join(dir, file)).href;
  writeFileSync(join(dir, file), text);
  const published = server.next("textDocument/publishDiagnostics", (p) => p.uri === uri);
  server.notify("textDocument/didOpen", { textDocument: { uri, languageId: "yaml", version: ++version, text } });
  const { diagnostics } = await published;
  return { uri, diagnostics: diagnostics.map((d) => ({ line: d.range.start.line, character: d.range.start.character, message: d.message, severity: d.severity })) };
}

/** Lint's schema findings on `text` as [0-based line, code]. */
const lintLines = (text, options) => lint(text, undefined, options).filter((d) => d.code.startsWith("schema/")).map((d) => [d.line - 1, d.code]).sort((a, b) => a[0] - b[0]);

test("a typo and a wrong type: the errors lint finds, on the same lines (modeline)", async () => {
  const text = `${MODELINE}${HEAD}  decode:\n    replicas: two\n    paralelism:\n      tensor: 2\n`;
  const { diagnostics } = await open("typo.yaml", text);
  assert.deepEqual(diagnostics, [
    { line: 18, character: 14, message: 'Incorrect type. Expected "integer".', severity: 1 },
    { line: 19, character: 4, message: "Property paralelism is not allowed.", severity: 1 },
  ]);
  assert.deepEqual(lintLines(text), [[18, "schema/type"], [19, "schema/unknown-field"]]);
});

test("every example and fixture opens without a diagnostic (modeline and yaml.schemas setting)", async () => {
  const files = ["examples/minimal.yaml", ...["minimal", "full-pd-ha-route-monitoring-tracing", "private-registry", "uid-present-tracing"].map((f) => `tests/fixtures/${f}/modelservice.yaml`)];
  for (const f of files) {
    const text = readFileSync(join(REPO, f), "utf8");
    assert.deepEqual((await open(f.replaceAll("/", "_"), MODELINE + text)).diagnostics, [], f);
  }
  // Found by the setting's glob (no modeline): the schema applies, the typo is caught.
  const bad = await open("deploy/ms.yaml", `${HEAD}  decode:\n    replica: 1\n`);
  assert.deepEqual(bad.diagnostics, [{ line: 17, character: 4, message: "Property replica is not allowed.", severity: 1 }]);
});

test("v0.9.0-alpha.2's schema rejects role annotations, as lint does under that release", async () => {
  const text = `${HEAD}  decode:\n    annotations:\n      a: b\n`;
  const old = await open("old.yaml", MODELINE.replace("modelservice.schema", "modelservice-v0.9.schema") + text);
  assert.deepEqual(old.diagnostics, [{ line: 18, character: 4, message: "Property annotations is not allowed.", severity: 1 }]);
  assert.deepEqual(lintLines(text, { operatorVersion: "v0.9.0-alpha.2" }), [[17, "schema/unknown-field"]]);
  assert.deepEqual((await open("new.yaml", MODELINE + text)).diagnostics, []);
});

test("hover shows the field's Markdown description", async () => {
  const text = `${MODELINE}${HEAD}  decode:\n    parallelism:\n      tensor: 2\n`;
  const { uri } = await open("hover.yaml", text);
  const hover = await server.request("textDocument/hover", { textDocument: { uri }, position: { line: 19, character: 8 } });
  const want = schema().properties.spec.properties.decode.properties.parallelism.properties.tensor.description;
  assert.match(want, /`--tensor-parallel-size`/);
  assert.equal(hover.contents.kind, "markdown");
  assert.ok(hover.contents.value.includes(want), hover.contents.value);
});

test("completion offers the fields of the object and the enum values", async () => {
  const decode = await open("complete.yaml", `${MODELINE}${HEAD}  decode:\n    \n`);
  const fields = await server.request("textDocument/completion", { textDocument: { uri: decode.uri }, position: { line: 18, character: 4 } });
  const labels = (r) => (r.items ?? r).map((i) => i.label).sort();
  assert.deepEqual(labels(fields), Object.keys(schema().properties.spec.properties.decode.properties).sort());
  const replicas = (fields.items ?? fields).find((i) => i.label === "replicas");
  assert.match(JSON.stringify(replicas.documentation), /Number of pods of this role/);

  const acc = await open("complete-enum.yaml", `${MODELINE}${HEAD.replace("    type: nvidia\n", "    type: \n")}`);
  const values = await server.request("textDocument/completion", { textDocument: { uri: acc.uri }, position: { line: 12, character: 10 } });
  assert.deepEqual(labels(values), ["amd", "cpu", "google", "intel-gaudi", "nvidia"]);
});
