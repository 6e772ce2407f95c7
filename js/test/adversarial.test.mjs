// Hostile and odd input through the public API and the CLI: each gets exactly the diagnostic it
// must (code, path, and for text the 1-based line/column), and nothing throws or crashes (the
// guarded API of support/package.mjs and cli() reject an \`internal\` answer).
import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { lint, render } from "./support/package.mjs";
import { cli, workspace } from "./cli-helpers.mjs";
import { EPP_G1, EPP_G1_YAML } from "./fixtures.mjs";
import { hangGuard } from "./support/hang-guard.mjs";
import { kubectlRead } from "./support/kubectl-yaml.mjs";

// A hang guard, not a performance claim (those are `make bench`'s): the slowest call here took
// 2.3 s on the shared 2-core machine (99 aliases of a 20,000-item list); the guard is > 10× that.
const HANG_GUARD_MS = 30_000;
const DEEP = 10000;

const guarded = hangGuard(HANG_GUARD_MS);

/** Every diagnostic as [severity, code, path, line, column] (line/column absent for objects). */
const brief = (diags) => diags.map((d) => [d.severity, d.code, d.path, d.line, d.column]);
const at = (diags, code) => diags.filter((d) => d.code === code).map((d) => [d.line, d.column]);
const withReplicas = (value) => EPP_G1_YAML.replace("    replicas: 1", `    replicas: ${value}`); // 17:5
const error = (code, line, column, path = "") => ["error", code, path, line, column];

describe("size and depth", () => {
  it("a 10 MB YAML document → input/too-large at 1:1 (API and CLI)", (t) => {
    const big = `${EPP_G1_YAML}  nodeSelector:\n${Array.from({ length: 350000 }, (_, i) => `    k${i}: "${"v".repeat(16)}"`).join("\n")}\n`;
    assert.ok(big.length > 10 * 1024 * 1024);
    for (const [name, f] of [["lint", lint], ["render", (x) => render(x).diagnostics]]) {
      assert.deepEqual(brief(guarded(t, `10 MB ${name}`, () => f(big))), [error("input/too-large", 1, 1)]);
    }
    const dir = workspace({ "big.yaml": big });
    const r = guarded(t, "10 MB file via the CLI", () => cli(["lint", "big.yaml"], { cwd: dir }));
    assert.equal(r.code, 1, r.stderr);
    assert.equal(r.stdout, "big.yaml:1:1: error input/too-large: input is larger than 2 MiB\n1 problem (1 error, 0 warnings, 0 infos) in 1 document in 1 file\n");
  });

  // Refused on the parser's tokens at the first collection past 64 levels, so the position does
  // not depend on how deep the caller's stack is.
  const deepTexts = [
    ["flow sequences", `${"[".repeat(DEEP)}${"]".repeat(DEEP)}`, [1, 65]],
    ["flow mappings", `${"{a: ".repeat(DEEP)}1${"}".repeat(DEEP)}`, [1, 257]],
    ["JSON objects", `${'{"a":'.repeat(DEEP)}1${"}".repeat(DEEP)}`, [1, 321]],
    ["compact block sequences", `${"- ".repeat(DEEP)}1\n`, [1, 129]],
    ["under spec", `${EPP_G1_YAML}  extra: ${"[".repeat(DEEP)}${"]".repeat(DEEP)}\n`, [18, 72]], // spec 2 + 62 [ deep
    ["65 levels, just past the limit", `${"[".repeat(65)}${"]".repeat(65)}`, [1, 65]],
  ];

  it(`${DEEP}-deep nesting in text → one input/too-deep at the 65th level (lint and render)`, (t) => {
    for (const [name, text, [line, column]] of deepTexts) {
      assert.deepEqual(brief(guarded(t, `${name} lint`, () => lint(text))), [error("input/too-deep", line, column)], name);
      assert.deepEqual(brief(guarded(t, `${name} render`, () => render(text).diagnostics)), [error("input/too-deep", line, column)], name);
    }
    // 64 levels are allowed: a wrong document, not a refused one.
    assert.deepEqual(lint(`${"[".repeat(64)}${"]".repeat(64)}`).map((d) => d.code), ["input/not-an-object"]);
  });

  it(`${DEEP}-deep objects and a cycle → input/too-deep without a position`, (t) => {
    let obj = {};
    for (let i = 0; i < DEEP; i++) obj = { x: obj };
    const spec = structuredClone(EPP_G1);
    let arr = [];
    for (let i = 0; i < DEEP; i++) arr = [arr];
    spec.spec.extra = arr;
    const cycle = structuredClone(EPP_G1);
    cycle.spec.extra = cycle.spec;
    for (const [name, value] of [["object", obj], ["array in spec", spec], ["cycle", cycle]]) {
      assert.deepEqual(brief(guarded(t, `${name}`, () => render(value).diagnostics)), [error("input/too-deep", undefined, undefined)], name);
    }
  });
});

describe("aliases", () => {
  it("a billion-laughs bomb → input/alias-limit at the document", (t) => {
    const lol = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 9; i++) lol.push(`${"abcdefghi"[i]}: &${"abcdefghi"[i]} [${Array(9).fill(`*${"abcdefghi"[i - 1]}`).join(",")}]`);
    assert.deepEqual(brief(guarded(t, "billion laughs", () => lint(lol.join("\n")))), [error("input/alias-limit", 1, 1)]);
  });

  it("150 aliases in a ModelService → input/alias-limit; 99 aliases of a large list → input/too-large", (t) => {
    const nested = `${EPP_G1_YAML}  nodeSelector: &n {${Array.from({ length: 50 }, (_, i) => `k${i}: v`).join(", ")}}\n${Array.from({ length: 150 }, (_, i) => `  x${i}: *n`).join("\n")}\n`;
    assert.deepEqual(brief(guarded(t, "aliases in spec", () => lint(nested))), [error("input/alias-limit", 1, 1)]);
    // 99 aliases pass the alias count (100), but expand a 20,000-item list to ~2 M nodes: more
    // than the input size limit allows, so refused as too large.
    const wide = `a: &a [${Array(20000).fill("1").join(",")}]\n${Array.from({ length: 99 }, (_, i) => `b${i}: *a`).join("\n")}\n`;
    assert.deepEqual(brief(guarded(t, "99 aliases of a 20,000-item list", () => lint(wide))), [error("input/too-large", 1, 1)]);
  });
});

describe("encodings and line endings", () => {
  const bytes = (...parts) => Buffer.concat(parts.map((p) => Buffer.from(p)));
  const utf8Report = (file, line, column, byte) =>
    `${file}:${line}:${column}: error input/invalid-utf8: the file is not valid UTF-8: byte ${byte} at line ${line}, column ${column}\n` +
    "  hint: save the file as UTF-8\n1 problem (1 error, 0 warnings, 0 infos) in 1 document in 1 file\n";

  it("invalid UTF-8 in a file (CLI) → input/invalid-utf8 at the first invalid byte", (t) => {
    const dir = workspace({});
    // A stray line of invalid bytes after the document; invalid bytes inside metadata.name; one
    // in a comment on the first line.
    writeFileSync(join(dir, "bad.yaml"), bytes(EPP_G1_YAML, [0xff, 0xfe, 0xc3, 0x28], "x\n"));
    const [head, tail] = EPP_G1_YAML.split("qwen3-0.6b\n");
    writeFileSync(join(dir, "bad-name.yaml"), bytes(`${head}qwen3-`, [0xc0, 0xaf], `b\n${tail}`));
    writeFileSync(join(dir, "comment.yaml"), bytes("# caf", [0xe9], `\n${EPP_G1_YAML}`));
    for (const [file, line, column, byte] of [["bad.yaml", 18, 1, "0xff"], ["bad-name.yaml", 4, 15, "0xc0"], ["comment.yaml", 1, 6, "0xe9"]]) {
      const r = guarded(t, `invalid UTF-8: modelservice lint ${file}`, () => cli(["lint", file], { cwd: dir }));
      assert.equal(r.code, 1, r.stdout + r.stderr);
      assert.equal(r.stderr, "");
      assert.equal(r.stdout, utf8Report(file, line, column, byte));
    }
  });

  it("a BOM changes no position (API and CLI)", (t) => {
    const text = withReplicas("two");
    const want = [error("schema/type", 17, 5, "spec.decode.replicas")];
    assert.deepEqual(brief(lint(text)), want);
    assert.deepEqual(brief(guarded(t, "BOM", () => lint(`\uFEFF${text}`))), want);
    assert.deepEqual(brief(lint(`\uFEFF${text.replace(/\n/g, "\r\n")}`)), want);
    const dir = workspace({ "bom.yaml": `\uFEFF${text}` });
    assert.match(cli(["lint", "bom.yaml"], { cwd: dir }).stdout, /^bom\.yaml:17:5: error schema\/type: /m);
  });

  it("a BOM at the start of a later document is dropped, as kubectl drops it (files saved with one, then joined)", () => {
    const text = withReplicas("two");
    assert.deepEqual(brief(lint(`---\n\uFEFF${text}`)), [error("schema/type", 18, 5, "spec.decode.replicas")]);
    const dir = workspace({ "joined.yaml": `${EPP_G1_YAML.replace("qwen3-0.6b", "other")}--- # second file\n\uFEFF${text}` });
    const r = cli(["lint", "joined.yaml", "--format", "json"], { cwd: dir });
    const docs = JSON.parse(r.stdout).files[0].documents;
    assert.deepEqual(docs.map((d) => [d.index, d.kind]), [[0, "ModelService"], [1, "ModelService"]]);
    assert.deepEqual(brief(docs[1].diagnostics.filter((d) => d.severity === "error")), [error("schema/type", 18 + 17, 5, "spec.decode.replicas")]);
    assert.deepEqual(kubectlRead(`---\n\uFEFF${EPP_G1_YAML}`).map((d) => Object.keys(d.json)[0]), ["apiVersion"]);
  });

  it("CRLF line endings: same positions and the same objects as LF", (t) => {
    const text = `${withReplicas("two")}  paralelism: {tensor: 2}\n`;
    const want = [error("schema/type", 17, 5, "spec.decode.replicas"), error("schema/unknown-field", 18, 3, "spec.paralelism")];
    assert.deepEqual(brief(lint(text)), want);
    assert.deepEqual(brief(guarded(t, "CRLF", () => lint(text.replace(/\n/g, "\r\n")))), want);
    const ok = render(EPP_G1_YAML.replace(/\n/g, "\r\n"));
    assert.deepEqual(ok, render(EPP_G1_YAML));
    assert.equal(ok.resources.length, 11);
    assert.ok(!JSON.stringify(ok.resources).includes("\\r"));
  });

  it("CR alone and CR CR LF (two CRLF conversions) end lines, as for kubectl: the same objects, lines counted alike", () => {
    const objects = ({ resources, absent, configHash }) => ({ resources, absent, configHash });
    const expected = objects(render(EPP_G1_YAML));
    assert.equal(expected.resources.length, 11);
    for (const eol of ["\r", "\r\r\n"]) {
      const text = EPP_G1_YAML.replace(/\n/g, eol);
      assert.equal(kubectlRead(text)[0].json.spec.decode.replicas, 1);
      assert.deepEqual(objects(render(text)), expected, JSON.stringify(eol));
    }
    assert.deepEqual(brief(lint(withReplicas("two").replace(/\n/g, "\r\r\n"))), [error("schema/type", 2 * 17 - 1, 5, "spec.decode.replicas")]);
    // A stray CR inside a value is a line break there too: the plain scalar folds it to a space.
    const folded = EPP_G1_YAML.replace("    port: 8000\n", "    port: 8000\n    args: [--x, a\r     b]\n");
    assert.deepEqual(kubectlRead(folded)[0].json.spec.engine.args, ["--x", "a b"]);
    assert.deepEqual(render(folded).resources[0].spec.template.spec.containers[0].args.slice(5), ["--x", "a b"]);
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
    for (const [text, [line, column]] of cases) {
      const d = guarded(t, `duplicate key at ${line}:${column}`, () => lint(text));
      assert.deepEqual(brief(d), [error("input/duplicate-key", line, column)]);
    }
  });

  it("a mapping of 100,000 keys (1.4 MB) → its one duplicate found at once", (t) => {
    // npm `yaml`'s own check compares each key with every earlier one: ~50 s here.
    const keys = Array.from({ length: 100000 }, (_, i) => `      k${i}: v`).join("\n");
    const text = `${EPP_G1_YAML}    nodeSelector:\n${keys}\n      k7: w\n`;
    assert.ok(text.length < 2 * 1024 * 1024);
    const d = guarded(t, "100,000 keys", () => lint(text));
    assert.deepEqual(brief(d), [error("input/duplicate-key", 17 + 1 + 100000 + 1, 7)]);
  });

  it("NaN, ±.inf and overflowing numbers in YAML → schema/non-finite or schema/int32-range in place", (t) => {
    const cases = [
      [".nan", "schema/non-finite"],
      [".NaN", "schema/non-finite"],
      [".inf", "schema/non-finite"],
      ["-.Inf", "schema/non-finite"],
      ["123456789012345678901234567890", "schema/int32-range"],
      ["9223372036854775808", "schema/int32-range"],
      ["-2147483649", "schema/int32-range"],
      ["2147483648", "schema/int32-range"],
    ];
    for (const [value, code] of cases) {
      const d = guarded(t, `replicas: ${value}`, () => lint(withReplicas(value)));
      assert.deepEqual(brief(d), [error(code, 17, 5, "spec.decode.replicas")], value);
    }
    // kubectl reads an overflowing float as text (go-yaml v2: a ParseFloat range error), which
    // is no integer: an error at the value, naming both readings.
    const overflow = guarded(t, "replicas: 1e400", () => lint(withReplicas("1e400")));
    assert.deepEqual(brief(overflow), [error("input/ambiguous-scalar", 17, 15, "spec.decode.replicas")]);
    const q = lint(withReplicas("1\n    resources: {requests: {cpu: .nan}}"));
    assert.deepEqual(brief(q), [error("schema/non-finite", 18, 28, "spec.decode.resources.requests[cpu]")]); // at the key `cpu`
    const port = lint(EPP_G1_YAML.replace("port: 8000", "port: 1e20"));
    assert.deepEqual(brief(port), [error("schema/int32-range", 13, 5, "spec.engine.port")]);
  });

  it("NaN, ±Infinity and BigInt in objects → diagnostics without a position", (t) => {
    const cases = [
      [NaN, "schema/non-finite"],
      [Infinity, "schema/non-finite"],
      [-Infinity, "schema/non-finite"],
      [10n ** 30n, "schema/non-finite"], // past 2^53 a BigInt travels as ±Infinity
      [2 ** 31, "schema/int32-range"],
    ];
    for (const [value, code] of cases) {
      const ms = structuredClone(EPP_G1);
      ms.spec.decode.replicas = value;
      const d = guarded(t, `object replicas ${String(value)}`, () => render(ms).diagnostics);
      assert.deepEqual(brief(d), [error(code, undefined, undefined, "spec.decode.replicas")], String(value));
    }
  });
});
