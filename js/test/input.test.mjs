// Text input rules (contract §2 "Diagnostics — details"): one document, limits, and where
// diagnostics point (positions.mjs), checked through the public API and on the helpers.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { LineCounter, parseDocument } from "yaml";
import { lint, render } from "./support/package.mjs";
import { MAX_ALIAS_COUNT, MAX_DEPTH, MAX_INPUT_LENGTH } from "../src/input.mjs";
import { finishDiagnostics, locate } from "../src/positions.mjs";
import { EPP_G1, EPP_G1_YAML } from "./fixtures.mjs";

const only = (diags) => {
  assert.equal(diags.length, 1, JSON.stringify(diags));
  const [d] = diags;
  return [d.code, d.severity, d.line, d.column];
};

describe("text input", () => {
  it("empty input, comments only, a lone `---`", () => {
    for (const text of ["", "   \n", "# nothing\n", "---\n"]) assert.deepEqual(only(lint(text)), ["input/empty", "error", 1, 1]);
  });

  it("more than one document", () => {
    assert.deepEqual(only(lint("a: 1\n---\nb: 2\n")), ["input/multiple-documents", "error", 2, 1]);
    // A trailing separator is not a second document.
    assert.ok(!lint(`${EPP_G1_YAML}---\n`).some((d) => d.code === "input/multiple-documents"));
  });

  it("YAML syntax errors carry their position", () => {
    assert.deepEqual(only(lint("metadata:\n  name: [x\n")).slice(0, 2), ["input/yaml-syntax", "error"]);
    const [d] = lint("a: b: c\n");
    assert.deepEqual([d.code, d.line, d.column], ["input/yaml-syntax", 1, 4]);
  });

  it("duplicate keys", () => {
    assert.deepEqual(only(lint("metadata:\n  name: a\n  name: b\n")), ["input/duplicate-key", "error", 3, 3]);
  });

  it("alias expansion is limited", () => {
    const lines = ["a: &a [x]", ...Array.from({ length: MAX_ALIAS_COUNT + 50 }, (_, i) => `k${i}: *a`)];
    assert.deepEqual(only(lint(lines.join("\n"))).slice(0, 2), ["input/alias-limit", "error"]);
    // A few aliases are fine.
    assert.ok(!lint("x: &a [1]\ny: *a\n").some((d) => d.code === "input/alias-limit"));
  });

  it("a billion-laughs document does not hang", () => {
    const lol = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 9; i++) lol.push(`${"abcdefghi"[i]}: &${"abcdefghi"[i]} [${Array(9).fill(`*${"abcdefghi"[i - 1]}`).join(",")}]`);
    const started = Date.now();
    assert.deepEqual(only(lint(lol.join("\n"))), ["input/alias-limit", "error", 1, 1]);
    // A hang guard, not a performance claim: this takes ~50 ms here (2-core shared machine).
    assert.ok(Date.now() - started < 2000, "past the hang guard");
  });

  it("too large input is refused at 1:1", () => {
    const big = `# ${"x".repeat(MAX_INPUT_LENGTH)}\n`;
    assert.deepEqual(only(render(big).diagnostics), ["input/too-large", "error", 1, 1]);
  });

  it("too deep input is refused (text and objects, including cycles)", () => {
    const deepText = `${"[".repeat(MAX_DEPTH + 10)}${"]".repeat(MAX_DEPTH + 10)}`;
    assert.equal(only(lint(deepText))[0], "input/too-deep");
    const veryDeep = `${"[".repeat(200000)}`;
    assert.ok(lint(veryDeep).length >= 1); // whatever the parser says, it does not throw
    let obj = {};
    for (let i = 0; i < MAX_DEPTH + 5; i++) obj = { x: obj };
    const d = render(obj).diagnostics;
    assert.deepEqual(d.map((x) => [x.code, "line" in x]), [["input/too-deep", false]]);
    const cyclic = structuredClone(EPP_G1);
    cyclic.spec.self = cyclic;
    assert.equal(render(cyclic).diagnostics[0].code, "input/too-deep");
  });

  it("a BOM is not a column", () => {
    const text = `\uFEFF${EPP_G1_YAML.replace("apiVersion: model.otterscale.io/v1alpha1", "apiVersion: v2")}`;
    const d = lint(text).find((x) => x.path === "apiVersion");
    assert.deepEqual([d.line, d.column], [1, 1]);
  });

  it("columns count UTF-16 code units", () => {
    // "😀" is one code point but two UTF-16 code units: `paralelism` starts at column 21, not 20.
    const text = `metadata: {"😀": 1, paralelism: 2}\n`;
    const lc = new LineCounter();
    const doc = parseDocument(text, { lineCounter: lc });
    assert.deepEqual(locate(doc, lc, ["metadata", "paralelism"]), { line: 1, column: 21 });
  });
});

describe("locate (segments → line/column)", () => {
  const text = `spec:
  engine:
    env:
      - name: A
        value: "1"
      - {name: B, value: "2"}
  decode:
    nodeSelector:
      kubernetes.io/hostname: n1
  prefill:
`;
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc });
  const at = (...segments) => {
    const p = locate(doc, lc, segments);
    return [p.line, p.column];
  };

  it("an existing field → its key", () => {
    assert.deepEqual(at("spec", "engine", "env"), [3, 5]);
    assert.deepEqual(at("spec", "engine", "env", 0, "value"), [5, 9]);
    assert.deepEqual(at("spec", "engine", "env", 1, "value"), [6, 19]);
  });

  it("a list item → the item", () => {
    assert.deepEqual(at("spec", "engine", "env", 0), [4, 9]);
    assert.deepEqual(at("spec", "engine", "env", 1), [6, 9]);
  });

  it("a map key such as nodeSelector[kubernetes.io/hostname]", () => {
    assert.deepEqual(at("spec", "decode", "nodeSelector", "kubernetes.io/hostname"), [9, 7]);
  });

  it("missing fields and unknown paths → the nearest existing ancestor's key", () => {
    assert.deepEqual(at("spec", "engine", "port"), [2, 3]);
    assert.deepEqual(at("spec", "engine", "env", 7, "name"), [3, 5]);
    assert.deepEqual(at("spec", "prefill", "replicas"), [10, 3]);
    assert.deepEqual(at("metadata", "name"), [1, 1]);
  });

  it("the document → 1:1", () => {
    assert.deepEqual(at(), [1, 1]);
  });

  it("finishDiagnostics drops segments and only adds positions for text", () => {
    const wire = [{ code: "c", severity: "error", path: "spec.engine", message: "m", segments: ["spec", "engine"] }];
    assert.deepEqual(finishDiagnostics(wire, { doc, lineCounter: lc }), [
      { code: "c", severity: "error", path: "spec.engine", message: "m", line: 2, column: 3 },
    ]);
    assert.deepEqual(finishDiagnostics(wire, null), [{ code: "c", severity: "error", path: "spec.engine", message: "m" }]);
  });
});
