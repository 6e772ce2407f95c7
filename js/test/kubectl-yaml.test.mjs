// YAML as kubectl reads it (issue 12 §1), checked with the real reader (sigs.k8s.io/yaml over
// go-yaml v2, scripts/install-kubectl-yaml.sh): our model of its scalar rules, and the writer
// every YAML output goes through (js/src/yaml-writer.mjs).
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { parse, stringify } from "yaml";
import { toYaml, toYamlStream } from "./support/package.mjs";
import { parseStream } from "../src/input.mjs";
import { resolvePlain } from "../src/kubectl-scalars.mjs";
import { AMBIGUOUS, AWKWARD } from "./support/ambiguous.mjs";
import { kubectlRead, kubectlReadOne } from "./support/kubectl-yaml.mjs";

/** Strings built from the characters go-yaml v2's resolver looks at (a fixed pseudo-random set). */
function generated(count) {
  const alphabet = "0123456789+-._eExXoObB:";
  let seed = 12;
  const next = (n) => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
  return Array.from({ length: count }, () => Array.from({ length: 1 + next(7) }, () => alphabet[next(alphabet.length)]).join(""));
}

/** Our reading of a parsed document, in the reader's terms: the JSON text, or an error. */
function ours(doc) {
  if (doc.diagnostics.length > 0) return { error: doc.diagnostics.map((d) => d.code).join() };
  const json = JSON.stringify(doc.value, (_, v) => (typeof v === "number" && !Number.isFinite(v) ? "NON-FINITE" : v));
  // YAMLToJSON cannot write NaN or infinities (kubectl fails); we report them (schema/non-finite).
  return json.includes('"NON-FINITE"') ? { error: "non-finite" } : { json: JSON.stringify(JSON.parse(json)) };
}
const theirs = (r) => (r.error ? { error: true } : { json: JSON.stringify(r.json) });

describe("kubectl's scalar rules, against the real reader", () => {
  it("every plain scalar of the corpus reads as kubectl reads it, as a value and as a key", () => {
    // Each string as a value and as a key; kept only where it stays one plain scalar in both
    // places and in the YAML 1.2 reading (`- x`, `a: b`... are other syntax).
    const strings = [...new Set([...AMBIGUOUS, ...generated(1500)])];
    const docs = parseStream(strings.flatMap((s) => [`---\nk: ${s}\n`, `---\n${s}: v\n`]).join("")).documents;
    const plain = (doc, part) => doc.doc.errors.length === 0 && doc.doc.contents?.items?.length === 1 && doc.doc.contents.items[0][part]?.type === "PLAIN";
    const kept = strings.flatMap((s, i) => (plain(docs[2 * i], "value") && plain(docs[2 * i + 1], "key") ? [[s, docs[2 * i], docs[2 * i + 1]]] : []));
    assert.ok(kept.length > 700, `corpus too small: ${kept.length}`);
    assert.deepEqual(AMBIGUOUS.filter((s) => !kept.some(([k]) => k === s)), []);
    const real = kubectlRead(kept.flatMap(([s]) => [`---\nk: ${s}\n`, `---\n${s}: v\n`]).join(""));
    assert.equal(real.length, 2 * kept.length);
    const wrong = kept.flatMap(([s, asValue, asKey], i) =>
      [[asValue, real[2 * i]], [asKey, real[2 * i + 1]]].flatMap(([doc, r]) => {
        const [mine, want] = [ours(doc), theirs(r)];
        return (mine.error ? !want.error : mine.json !== want.json) ? [[s, mine, r]] : [];
      }),
    );
    assert.deepEqual(wrong.slice(0, 10), []);
  });

  it("every explicitly tagged scalar reads as kubectl reads it (or is refused where kubectl refuses it), as a value and as a key", () => {
    const tags = ["!!str", "!!int", "!!float", "!!bool", "!!null", "!!timestamp", "!!binary", "!!merge", "!custom", "!"];
    const texts = [...AMBIGUOUS, "abc", "8000", "1.5", "-0b101", "aGVsbG8=", "YWJj\n", "2001-12-14", "2001-12-14T21:59:43.10-05:00", ""];
    const written = (t) => (t === "" ? "''" : /[\n#:]| $/.test(t) ? JSON.stringify(t) : t);
    const cases = tags.flatMap((tag) => texts.map((t) => `${tag} ${written(t)}`));
    const stream = cases.flatMap((c) => [`---\nk: ${c}\n`, `---\n${c}: v\n`]).join("");
    const docs = parseStream(stream).documents;
    const real = kubectlRead(stream);
    assert.equal(real.length, docs.length);
    assert.equal(docs.length, 2 * cases.length);
    const wrong = docs.flatMap((doc, i) => {
      const [mine, want] = [ours(doc), theirs(real[i])];
      return (mine.error ? !want.error : mine.json !== want.json) ? [[cases[i >> 1], i % 2 ? "key" : "value", mine, real[i]]] : [];
    });
    assert.deepEqual(wrong.slice(0, 10), []);
    // The corpus has both outcomes, and readings that differ from YAML 1.2.
    assert.ok(real.filter((r) => r.error).length > 50 && real.filter((r) => !r.error).length > 200);
    assert.ok(docs.filter((d) => d.ambiguities.length > 0).length > 50);
  });

  it("resolves the brief's examples as go-yaml v2 does (values written out)", () => {
    const cases = {
      on: true, yes: true, Y: true, n: false, OFF: false, "~": null, Null: null,
      "0755": 493, "0o17": 15, "0x1F": 31, "0b101": 5, "-0b101": -5, "1_000": 1000, "+1": 1, ".5": 0.5, "1e3": 1000,
      ".inf": Infinity, "-.inf": -Infinity, "08": 8, "18446744073709551615": 18446744073709551615n,
      "1e400": "1e400", "2026-12-02": "2026-12-02", "1:20": "1:20", "=": "=", "<<": "<<", "0b": "0b", "0x": "0x", "_1": "_1",
    };
    for (const [text, value] of Object.entries(cases)) assert.deepEqual(resolvePlain(text).value, value, text);
    assert.ok(Number.isNaN(resolvePlain(".NaN").value));
    assert.deepEqual(["2026-12-02", "2026-12-02T10:00:00Z", "<<", "1:20"].map((t) => resolvePlain(t).tag), ["timestamp", "timestamp", "merge", "str"]);
  });
});

describe("the YAML writer (toYaml, toYamlStream)", () => {
  const values = [...AMBIGUOUS, ...AWKWARD];
  const sample = {
    list: values,
    keys: Object.fromEntries(values.map((s, i) => [s, i])),
    nested: { deeper: Object.fromEntries(values.map((s) => [s, s])) },
    numbers: [0, -1, 1.5, 1e21, 12345678901234567000, 2 ** 53 + 2, true, false, null],
    "": "",
    [`${"k".repeat(1100)}`]: "a key longer than 1024 characters",
  };

  it("every ambiguous and awkward string, as a value and as a key, reads back the same under kubectl and YAML 1.2", () => {
    const yaml = toYaml(sample);
    assert.deepEqual(kubectlReadOne(yaml), sample);
    assert.deepEqual(parse(yaml), sample);
  });

  it("quotes only what a reader could take for something else", () => {
    assert.equal(
      toYaml({ on: "yes", env: [{ name: "MODE", value: "off" }, { name: "PORT", value: "0755" }], gpu: "y", date: "2026-12-02", time: "1:20", plain: "qwen3-0.6b", n: 2, b: true }),
      [
        '"on": "yes"',
        "env:",
        "  - name: MODE",
        '    value: "off"',
        "  - name: PORT",
        '    value: "0755"',
        'gpu: "y"',
        'date: "2026-12-02"',
        'time: "1:20"',
        "plain: qwen3-0.6b",
        '"n": 2',
        "b: true",
        "",
      ].join("\n"),
    );
    // Characters go-yaml v2 refuses raw, or reads as line breaks, are escaped.
    assert.equal(toYaml(["x\u2028y", "a\u0085b", "\ufeffa", "\u007f", "😀"]), '- "x\\u2028y"\n- "a\\u0085b"\n- "\\ufeffa"\n- "\\u007f"\n- 😀\n');
    // What PyYAML (a YAML 1.1 reader too: Ansible, python yq) refuses plain: `=`, a tab inside text.
    assert.equal(toYaml({ "=": "=", args: ["--sep=\t", "a\tb"], script: "a\n\tb" }), '"=": "="\nargs:\n  - "--sep=\\t"\n  - "a\\tb"\nscript: |-\n  a\n  \tb\n');
    // Block scalars libyaml cannot read back: a tab before the first line with content (an error),
    // or only spaces and line breaks (read without the spaces). Other multi-line strings stay blocks.
    assert.equal(
      toYaml(["\tset -e\n\techo ok\n", " \n", "a\n\tb\n", "\n a"]),
      '- "\\tset -e\\n\\techo ok\\n"\n- " \\n"\n- |\n  a\n  \tb\n- |2-\n  \n   a\n',
    );
  });

  it("a stream reads back document by document", () => {
    const docs = [{ a: "on" }, { b: ["0755", "no"] }];
    assert.equal(toYamlStream(docs), '---\na: "on"\n---\nb:\n  - "0755"\n  - "no"\n');
    assert.deepEqual(kubectlRead(toYamlStream(docs)), docs.map((json) => ({ json })));
  });

  it("what JSON cannot hold is a TypeError, never a stream with `undefined` in it or a stack overflow", () => {
    const cycle = { name: "a" };
    cycle.self = cycle;
    const cases = [
      [() => toYamlStream([{ a: 1 }, undefined]), "toYamlStream(): the value is undefined, not a JSON value"],
      [() => toYaml(undefined), "toYaml(): the value is undefined, not a JSON value"],
      [() => toYaml(cycle), "toYaml(): the value is circular or nested too deeply to write as YAML"],
      [() => toYamlStream([cycle]), "toYamlStream(): the value is circular or nested too deeply to write as YAML"],
      [() => toYaml({ f: () => 1 }), "toYaml(): the value cannot be written as YAML (Tag not resolved for Function value)"],
      [() => toYamlStream(undefined), "toYamlStream(): `values` must be an array of JSON values, got undefined"],
      [() => toYamlStream({ 0: { a: 1 }, length: 1 }), "toYamlStream(): `values` must be an array of JSON values, got object"],
    ];
    for (const [f, message] of cases) assert.throws(f, { name: "TypeError", message });
    // What JSON.stringify drops, npm `yaml` drops too; the next call still works.
    assert.equal(toYamlStream([{ a: undefined, b: "on" }, null]), '---\nb: "on"\n---\nnull\n');
  });

  it("control: npm `yaml` alone writes text kubectl reads differently (the reader is live)", () => {
    const read = kubectlReadOne(stringify({ on: "yes", v: ["1_000", "off", "y", "0b101"] }));
    assert.deepEqual(read, { true: true, v: [1000, false, true, 5] });
  });
});
