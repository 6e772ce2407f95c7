// Hostile and odd input through the public API and the CLI: each ends in a diagnostic with a code
// and (for text) a 1-based line/column, quickly, and nothing throws. The 1 s target is printed per
// case; the assertion allows 5 s so a loaded machine does not fail the suite.
import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { lint, render } from "./support/package.mjs";
import { cli, workspace } from "./cli-helpers.mjs";
import { EPP_G1, EPP_G1_YAML } from "./fixtures.mjs";

const TARGET_MS = 1000;
const LIMIT_MS = 5000;
const CODE = /^[a-z0-9-]+(\/[a-z0-9-]+)?$/;
const DEEP = 10000;

/** Runs `f`, prints its time, fails past LIMIT_MS; never lets `f` throw unnoticed. */
function timed(t, label, f) {
  const started = performance.now();
  const out = f();
  const ms = performance.now() - started;
  t.diagnostic(`${label}: ${ms.toFixed(0)} ms${ms > TARGET_MS ? ` (over the ${TARGET_MS} ms target)` : ""}`);
  assert.ok(ms < LIMIT_MS, `${label} took ${ms.toFixed(0)} ms`);
  return out;
}

/** Every diagnostic has a code and, for text input, a position; at least one is an error. */
function assertClear(diags, { text = true } = {}) {
  assert.ok(Array.isArray(diags) && diags.length > 0, "a diagnostic");
  for (const d of diags) {
    assert.match(d.code, CODE, JSON.stringify(d));
    assert.equal(typeof d.message, "string");
    if (text) assert.ok(Number.isInteger(d.line) && d.line >= 1 && Number.isInteger(d.column) && d.column >= 1, JSON.stringify(d));
    else assert.ok(!("line" in d), JSON.stringify(d));
  }
  assert.ok(diags.some((d) => d.severity === "error"), JSON.stringify(diags));
}

const at = (diags, code) => diags.filter((d) => d.code === code).map((d) => [d.line, d.column]);
const withReplicas = (value) => EPP_G1_YAML.replace("    replicas: 1", `    replicas: ${value}`); // 17:5

describe("size and depth", () => {
  it("a 10 MB YAML document → input/too-large at 1:1 (API and CLI)", (t) => {
    const big = `${EPP_G1_YAML}  nodeSelector:\n${Array.from({ length: 350000 }, (_, i) => `    k${i}: "${"v".repeat(16)}"`).join("\n")}\n`;
    assert.ok(big.length > 10 * 1024 * 1024);
    for (const [name, f] of [["lint", lint], ["render", (x) => render(x).diagnostics]]) {
      const d = timed(t, `10 MB ${name}`, () => f(big));
      assertClear(d);
      assert.deepEqual(d.map((x) => [x.code, x.line, x.column]), [["input/too-large", 1, 1]]);
    }
    const dir = workspace({ "big.yaml": big });
    const r = timed(t, "10 MB file via the CLI", () => cli(["lint", "big.yaml"], { cwd: dir }));
    assert.equal(r.code, 1, r.stderr);
    assert.match(r.stdout, /^big\.yaml:1:1: error input\/too-large: /m);
  });

  const deepTexts = {
    "flow sequences": `${"[".repeat(DEEP)}${"]".repeat(DEEP)}`,
    "flow mappings": `${"{a: ".repeat(DEEP)}1${"}".repeat(DEEP)}`,
    "JSON objects": `${'{"a":'.repeat(DEEP)}1${"}".repeat(DEEP)}`,
    "compact block sequences": `${"- ".repeat(DEEP)}1\n`,
    "under spec": `${EPP_G1_YAML}  extra: ${"[".repeat(DEEP)}${"]".repeat(DEEP)}\n`,
  };

  it(`${DEEP}-deep nesting in text: error diagnostics with positions, no throw`, (t) => {
    for (const [name, text] of Object.entries(deepTexts)) {
      const d = timed(t, `${DEEP}-deep ${name}`, () => lint(text));
      assertClear(d);
      assertClear(render(text).diagnostics);
    }
  });

  it(`${DEEP}-deep nesting in text → one input/too-deep`, () => {
    for (const text of Object.values(deepTexts)) assert.deepEqual(lint(text).map((d) => d.code), ["input/too-deep"]);
  });

  it(`${DEEP}-deep objects and cycles → input/too-deep without a position`, (t) => {
    let obj = {};
    for (let i = 0; i < DEEP; i++) obj = { x: obj };
    const spec = structuredClone(EPP_G1);
    let arr = [];
    for (let i = 0; i < DEEP; i++) arr = [arr];
    spec.spec.extra = arr;
    for (const [name, value] of [["object", obj], ["array in spec", spec]]) {
      const d = timed(t, `${DEEP}-deep ${name}`, () => render(value).diagnostics);
      assertClear(d, { text: false });
      assert.deepEqual(d.map((x) => x.code), ["input/too-deep"]);
    }
  });
});

describe("aliases", () => {
  it("a billion-laughs bomb → input/alias-limit at the document", (t) => {
    const lol = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 9; i++) lol.push(`${"abcdefghi"[i]}: &${"abcdefghi"[i]} [${Array(9).fill(`*${"abcdefghi"[i - 1]}`).join(",")}]`);
    const d = timed(t, "billion laughs", () => lint(lol.join("\n")));
    assertClear(d);
    assert.deepEqual(d.map((x) => [x.code, x.line, x.column]), [["input/alias-limit", 1, 1]]);
  });

  it("a bomb nested in a ModelService, and one large anchor aliased just under the limit", (t) => {
    const nested = `${EPP_G1_YAML}  nodeSelector: &n {${Array.from({ length: 50 }, (_, i) => `k${i}: v`).join(", ")}}\n${Array.from({ length: 150 }, (_, i) => `  x${i}: *n`).join("\n")}\n`;
    const d = timed(t, "aliases in spec", () => lint(nested));
    assertClear(d);
    assert.equal(d[0].code, "input/alias-limit");
    // 99 aliases of a 20,000-item list: allowed by the count, ~2 M nodes once expanded.
    const wide = `a: &a [${Array(20000).fill("1").join(",")}]\n${Array.from({ length: 99 }, (_, i) => `b${i}: *a`).join("\n")}\n`;
    const w = timed(t, "99 aliases of a 20,000-item list", () => lint(wide));
    assertClear(w);
  });
});

describe("encodings and line endings", () => {
  it("invalid UTF-8 in a file (CLI): no crash, a located diagnostic where the bytes break the YAML", (t) => {
    const bytes = (...parts) => Buffer.concat(parts.map((p) => (typeof p === "string" ? Buffer.from(p) : Buffer.from(p))));
    const dir = workspace({});
    // A stray line of invalid bytes after the document, and invalid bytes inside metadata.name.
    writeFileSync(join(dir, "bad.yaml"), bytes(EPP_G1_YAML, [0xff, 0xfe, 0xc3, 0x28], "x\n"));
    const [head, tail] = EPP_G1_YAML.split("qwen3-0.6b\n");
    writeFileSync(join(dir, "bad-name.yaml"), bytes(`${head}qwen3-`, [0xc0, 0xaf], `b\n${tail}`));
    for (const [file, line] of [["bad.yaml", 18], ["bad-name.yaml", 4]]) {
      const r = timed(t, `invalid UTF-8: modelservice lint ${file}`, () => cli(["lint", file, "--format", "json"], { cwd: dir }));
      assert.equal(r.code, 1, r.stdout + r.stderr);
      assert.equal(r.stderr, "");
      const diags = JSON.parse(r.stdout).files[0].documents.flatMap((doc) => doc.diagnostics);
      assertClear(diags);
      assert.ok(diags.some((d) => d.severity === "error" && d.line === line), JSON.stringify(diags));
    }
  });

  it("invalid UTF-8 anywhere → a diagnostic that says so", () => {
    const dir = workspace({});
    writeFileSync(join(dir, "c.yaml"), Buffer.concat([Buffer.from("# caf"), Buffer.from([0xe9]), Buffer.from(`\n${EPP_G1_YAML}`)]));
    const r = cli(["lint", "c.yaml", "--format", "json"], { cwd: dir });
    const diags = JSON.parse(r.stdout).files[0].documents.flatMap((doc) => doc.diagnostics);
    assert.ok(diags.some((d) => d.severity === "error" && d.line === 1), JSON.stringify(diags));
  });

  it("a BOM changes no position (API and CLI)", (t) => {
    const text = withReplicas("two");
    const plain = at(lint(text), "schema/type");
    assert.deepEqual(plain, [[17, 5]]);
    assert.deepEqual(timed(t, "BOM", () => at(lint(`\uFEFF${text}`), "schema/type")), plain);
    assert.deepEqual(at(lint(`\uFEFF${text.replace(/\n/g, "\r\n")}`), "schema/type"), plain);
    const dir = workspace({ "bom.yaml": `\uFEFF${text}` });
    assert.match(cli(["lint", "bom.yaml"], { cwd: dir }).stdout, /^bom\.yaml:17:5: error schema\/type: /m);
  });

  it("CRLF line endings: same positions and the same objects as LF", (t) => {
    const text = `${withReplicas("two")}  paralelism: {tensor: 2}\n`;
    const lf = lint(text).map((d) => [d.code, d.line, d.column]);
    const crlf = timed(t, "CRLF", () => lint(text.replace(/\n/g, "\r\n")).map((d) => [d.code, d.line, d.column]));
    assert.deepEqual(crlf, lf);
    assert.ok(lf.some(([c, l, col]) => c === "schema/unknown-field" && l === 18 && col === 3), JSON.stringify(lf));
    const ok = render(EPP_G1_YAML.replace(/\n/g, "\r\n"));
    assert.deepEqual(ok, render(EPP_G1_YAML));
    assert.ok(!JSON.stringify(ok.resources).includes("\\r"));
  });
});

describe("keys and numbers", () => {
  it("duplicate keys → input/duplicate-key at the second key (block, flow, JSON text, nested)", (t) => {
    const cases = [
      [EPP_G1_YAML.replace("    replicas: 1", "    replicas: 1\n    replicas: 2"), [18, 5]],
      [EPP_G1_YAML.replace("kind: ModelService\n", "kind: ModelService\nkind: ModelService\n"), [3, 1]],
      [EPP_G1_YAML.replace("  accelerator:\n    type: nvidia", "  accelerator: {type: nvidia, type: amd}"), [14, 31]],
      ['{"apiVersion": "a", "apiVersion": "b"}', [1, 21]],
    ];
    for (const [text, pos] of cases) {
      const d = timed(t, `duplicate key at ${pos.join(":")}`, () => lint(text));
      assertClear(d);
      assert.deepEqual(at(d, "input/duplicate-key"), [pos], JSON.stringify(d));
    }
  });

  it("NaN, ±.inf and overflowing numbers in YAML → schema/non-finite or an integer-range error in place", (t) => {
    const cases = [
      [".nan", "schema/non-finite"],
      [".NaN", "schema/non-finite"],
      [".inf", "schema/non-finite"],
      ["-.Inf", "schema/non-finite"],
      ["1e400", "schema/non-finite"],
      ["123456789012345678901234567890", "schema/int32-range"],
      ["9223372036854775808", "schema/int32-range"],
      ["-2147483649", "schema/int32-range"],
      ["2147483648", "schema/int32-range"],
    ];
    for (const [value, code] of cases) {
      const d = timed(t, `replicas: ${value}`, () => lint(withReplicas(value)));
      assertClear(d);
      assert.deepEqual(at(d, code), [[17, 5]], JSON.stringify(d));
    }
    const q = lint(withReplicas("1\n    resources: {requests: {cpu: .nan}}"));
    assert.deepEqual(at(q, "schema/non-finite"), [[18, 28]], JSON.stringify(q)); // at the key `cpu`
    const port = lint(EPP_G1_YAML.replace("port: 8000", "port: 1e20"));
    assertClear(port);
    assert.deepEqual(at(port, "schema/int32-range"), [[13, 5]]);
  });

  it("NaN, ±Infinity and BigInt in objects → diagnostics without a position", (t) => {
    for (const value of [NaN, Infinity, -Infinity, 10n ** 30n, 2 ** 31]) {
      const ms = structuredClone(EPP_G1);
      ms.spec.decode.replicas = value;
      const d = timed(t, `object replicas ${String(value)}`, () => render(ms).diagnostics);
      assertClear(d, { text: false });
      assert.ok(d.some((x) => x.path === "spec.decode.replicas" && /^schema\//.test(x.code)), JSON.stringify(d));
    }
  });
});
