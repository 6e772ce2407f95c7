// Text input read as kubectl reads it (issue 12 §1 "Input") and lone surrogates (§5): the value
// the core checks is what the API server would receive from `kubectl apply` (compared with the
// real reader, scripts/install-kubectl-yaml.sh), and every unquoted scalar read differently from
// YAML 1.2 is reported where it is written.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { parse } from "yaml";
import { diff, explain, lint, render, summary } from "./support/package.mjs";
import { resolvePlain } from "../src/kubectl-scalars.mjs";
import { cli, workspace } from "./cli-helpers.mjs";
import { EPP_G1, EPP_G1_YAML } from "./fixtures.mjs";
import { AMBIGUOUS } from "./support/ambiguous.mjs";
import { kubectlRead, kubectlReadOne } from "./support/kubectl-yaml.mjs";

const brief = (diags) => diags.map((d) => [d.code, d.severity, d.path, d.line, d.column]);

/** EPP-G1 with an engine env list, args and decode selectors/annotations/tolerations. */
function spec(s) {
  return `${EPP_G1_YAML.replace("    port: 8000\n", `    port: 8000\n    env:\n      - name: MODE\n        value: ${s}\n    args: [--x, ${s}]\n`)}    nodeSelector:
      gpu: ${s}
    annotations:
      note: ${s}
    tolerations:
      - {key: gpu, operator: Equal, value: ${s}, effect: NoSchedule}
`;
}
// Where `s` sits in spec(s): [path, line, column].
const PLACES = [
  ["spec.engine.env[0].value", 16, 16],
  ["spec.engine.args[1]", 17, 17],
  ["spec.decode.nodeSelector[gpu]", 23, 12],
  ["spec.decode.annotations[note]", 25, 13],
  ["spec.decode.tolerations[0].value", 27, 44],
];

describe("unquoted scalars, as kubectl reads them", () => {
  it("a boolean or a number where a string belongs is an error naming both readings; the quoted form fixes it", () => {
    const d = lint(spec("on"));
    assert.deepEqual(brief(d), PLACES.map(([path, line, column]) => ["input/ambiguous-scalar", "error", path, line, column]));
    assert.equal(
      d[0].message,
      'kubectl reads `on` as the boolean true (YAML 1.1); YAML 1.2 reads the string "on"; the API server rejects kubectl\'s reading here (expected a string, got boolean true)',
    );
    assert.equal(d[0].hint, 'quote it to keep the text: "on"');
    assert.deepEqual(render(spec("on")).resources, []);
    assert.deepEqual(lint(spec('"on"')).map((x) => x.code), ["epp-default-resources"]);
    assert.equal(render(spec('"on"')).resources[0].spec.template.spec.containers[0].env.at(-1).value, "on");
  });

  it("a reading the API server accepts but that means something else is a warning, and kubectl's value is rendered", () => {
    const text = EPP_G1_YAML.replace("    replicas: 1", "    replicas: 010\n    annotations:\n      on: x\n      y: \"0755\"");
    const d = lint(text).filter((x) => x.code.startsWith("input/"));
    assert.deepEqual(brief(d), [
      ["input/ambiguous-scalar", "warning", "spec.decode.replicas", 17, 15],
      ["input/ambiguous-scalar", "warning", "spec.decode.annotations[true]", 19, 7],
      ["input/ambiguous-scalar", "warning", "spec.decode.annotations[true]", 20, 7],
    ]);
    assert.equal(d[0].message, "kubectl reads `010` as the integer 8 (YAML 1.1); YAML 1.2 reads the integer 10");
    assert.equal(d[1].message, 'kubectl reads the key `on` as "true" (the boolean true under YAML 1.1); YAML 1.2 reads the string "on"');
    assert.equal(d[1].hint, 'quote the key to keep it as written: "on":');
    const decode = render(text).resources[0];
    assert.equal(decode.spec.replicas, 8);
    // `on` and `y` are both the key "true" for kubectl: the later one wins, as in go-yaml.
    assert.deepEqual(decode.spec.template.metadata.annotations, { true: "0755" });
    assert.deepEqual(render(text).resources, render(kubectlReadOne(text)).resources);
  });

  it("every ambiguous scalar in every string position: the core checks what kubectl sends, and each difference is reported", () => {
    const texts = AMBIGUOUS.filter((s) => s !== "<<").map((s) => [s, spec(s)]);
    const read = kubectlRead(texts.map(([, t]) => `---\n${t}`).join(""));
    texts.forEach(([s, text], i) => {
      const ours = render(text);
      const kubectl = resolvePlain(s);
      const yaml12 = parse(`v: ${s}`).v;
      const k = typeof kubectl.value === "bigint" ? Number(kubectl.value) : kubectl.value;
      const differs = kubectl.tag !== "timestamp" && !(yaml12 === k || (Number.isNaN(yaml12) && Number.isNaN(k)));
      const found = ours.diagnostics.filter((d) => d.code === "input/ambiguous-scalar");
      assert.deepEqual(found.map((d) => [d.path, d.line, d.column]), differs ? PLACES : [], s);
      if (read[i].error) {
        // kubectl itself fails (NaN, infinities): so does the core.
        assert.ok(ours.diagnostics.some((d) => d.severity === "error" && d.path === PLACES[0][0]), `${s}: ${read[i].error}`);
        return;
      }
      const theirs = render(read[i].json);
      assert.deepEqual(ours.resources, theirs.resources, s);
      // An error for kubectl's value at a place is an error there for the text, and vice versa.
      const errorsAt = (diags) => PLACES.map(([p]) => diags.some((d) => d.severity === "error" && d.path === p));
      assert.deepEqual(errorsAt(ours.diagnostics), errorsAt(theirs.diagnostics), s);
      // The finding is the error where the schema rejects kubectl's value (it replaces that
      // finding); other rules keep their own findings beside a warning.
      const rejected = (p) => theirs.diagnostics.some((x) => x.severity === "error" && x.code.startsWith("schema/") && x.path === p);
      for (const d of found) assert.equal(d.severity, rejected(d.path) ? "error" : "warning", `${s} ${d.path}`);
    });
  });

  it("every API that reads text reports it: diff (per document), explain, summary", () => {
    const d = diff(EPP_G1_YAML, spec("off"));
    assert.deepEqual(d.changes, []);
    assert.deepEqual(
      d.diagnostics.filter((x) => x.code.startsWith("input/")).map((x) => [x.document, x.code, x.severity, x.path, x.line, x.column]),
      PLACES.map(([path, line, column]) => ["after", "input/ambiguous-scalar", "error", path, line, column]),
    );
    const warned = diff(EPP_G1_YAML.replace("replicas: 1", "replicas: 010"), EPP_G1_YAML);
    assert.deepEqual(warned.diagnostics.filter((x) => x.code.startsWith("input/")).map((x) => [x.document, x.code, x.severity, x.line, x.column]), [["before", "input/ambiguous-scalar", "warning", 17, 15]]);
    assert.deepEqual(warned.changes.map((c) => [c.kind, c.action, c.paths]), [["Deployment", "update", ["spec.replicas"]]]);
    assert.deepEqual(brief(explain(spec("off")).diagnostics), brief(lint(spec("off"))));
    assert.deepEqual(brief(summary(spec("off")).diagnostics), brief(lint(spec("off"))));
  });

  it("a `<<` merge key merges as go-yaml does (a merged key overwrites an earlier one), with a warning", () => {
    const text = `${EPP_G1_YAML}    nodeSelector: &sel {gpu: a100, zone: a}\n  prefill:\n    replicas: 1\n    nodeSelector:\n      gpu: h100\n      <<: *sel\n      zone: b\n`;
    const d = lint(text).filter((x) => x.code.startsWith("input/"));
    assert.deepEqual(brief(d), [["input/ambiguous-scalar", "warning", "spec.prefill.nodeSelector[<<]", 23, 7]]);
    assert.match(d[0].message, /^kubectl reads `<<` as a merge key \(YAML 1\.1\)/);
    const prefill = render(text).resources.find((r) => r.metadata.name.endsWith("-prefill"));
    assert.deepEqual(prefill.spec.template.spec.nodeSelector, { gpu: "a100", zone: "b" });
    assert.deepEqual(kubectlReadOne(text).spec.prefill.nodeSelector, { gpu: "a100", zone: "b" });
  });

  it("what kubectl cannot read at all is an error at the construct", () => {
    const cases = [
      [EPP_G1_YAML.replace("  name: qwen3-0.6b", "  name: qwen3-0.6b\n  annotations:\n    ~: x"), 6, 5, "kubectl cannot read a null key (`~`, `null` or nothing before `:`)"],
      [EPP_G1_YAML.replace("  name: qwen3-0.6b", '  name: "qwen3\\/0.6b"'), 4, 9, "kubectl cannot read this text: `\\/` is a YAML 1.2 escape that YAML 1.1 readers refuse"],
      [EPP_G1_YAML.replace("  name: qwen3-0.6b", "  name: qwen3-0.6b\n  annotations:\n    18446744073709551615: x"), 6, 5, "kubectl cannot read an integer key larger than 2^63-1"],
      // An alias with no anchor before it: YAML 1.2 composes it (npm \`yaml\` would read null, and the
      // render would fall back to the default namespace); go-yaml v2 refuses "unknown anchor".
      [EPP_G1_YAML.replace("  namespace: ml-serving", "  namespace: *ns"), 5, 14, "kubectl cannot read this alias: no anchor `&ns` comes before it"],
      [EPP_G1_YAML.replace("  namespace: ml-serving", "  namespace: *ns\n  labels: {a: &ns x}"), 5, 14, "kubectl cannot read this alias: no anchor `&ns` comes before it"],
      [EPP_G1_YAML.replace("  namespace: ml-serving", "  <<: *m"), 5, 7, "kubectl cannot read this alias: no anchor `&m` comes before it"],
      [EPP_G1_YAML.replace("  namespace: ml-serving", "  *k : x"), 5, 3, "kubectl cannot read this alias: no anchor `&k` comes before it"],
      // kubectl decodes each piece between `---` lines alone: a directive starts a piece of its own.
      [`# generated\n%YAML 1.1\n---\n${EPP_G1_YAML}`, 2, 1, "kubectl cannot read a `%` directive (`%YAML`, `%TAG`): it decodes each piece between `---` lines alone, and finds no document after the directive"],
    ];
    for (const [text, line, column, message] of cases) {
      assert.deepEqual(lint(text).map((d) => [d.code, d.severity, d.line, d.column, d.message]), [["input/kubectl-unreadable", "error", line, column, message]]);
      assert.equal(kubectlRead(text)[0].error !== undefined, true, text);
    }
  });
});

describe("unquoted text inside [...] or {...} that kubectl's reader refuses", () => {
  const withLines = (lines) => EPP_G1_YAML.replace("    port: 8000\n", `    port: 8000\n${lines}`);
  const Q = "kubectl cannot read a `?` in unquoted text inside `[...]` or `{...}`: YAML 1.1 readers take it for an indicator there";
  const C = "kubectl cannot read a `:` followed by `[` or `{` without a space inside `[...]` or `{...}`: YAML 1.1 readers take it for an indicator there";

  it("a `?` in unquoted flow text (a URL with a query), `key:{` without a space: an error at it", () => {
    const cases = [
      [withLines("    args: [--hf-endpoint, https://mirror.example.com/hf?region=eu]\n"), 14, 56, Q, 'quote the text: "https://mirror.example.com/hf?region=eu"'],
      [withLines("    env: [{name: URL, value: http://h/v1?a=b}]\n"), 14, 41, Q, 'quote the text: "http://h/v1?a=b"'],
      [EPP_G1_YAML.replace("  decode:\n    replicas: 1", "  decode: {parallelism:{tensor: 1}}"), 16, 23, C, "put a space after the `:`"],
    ];
    for (const [text, line, column, message, hint] of cases) {
      assert.match(kubectlRead(text)[0].error ?? "", /did not find expected/, text);
      assert.deepEqual(lint(text).map((d) => [d.code, d.severity, d.line, d.column, d.message, d.hint]), [["input/kubectl-unreadable", "error", line, column, message, hint]], text);
    }
  });

  it("the same text in block style or quoted, and `a:b` in flow, read alike", () => {
    for (const text of [
      withLines("    args:\n      - --hf-endpoint\n      - https://mirror.example.com/hf?region=eu\n"),
      withLines('    args: [--hf-endpoint, "https://mirror.example.com/hf?region=eu", a:b]\n'),
      EPP_G1_YAML.replace("  decode:\n    replicas: 1", "  decode: {parallelism: {tensor: 1}}"),
    ]) {
      const read = kubectlReadOne(text);
      assert.deepEqual(lint(text).filter((d) => d.severity === "error"), [], text);
      assert.deepEqual(render(text).resources[0].spec.template.spec.containers[0].args.slice(5), read.spec.engine.args ?? [], text);
    }
  });
});

describe("how kubectl splits a stream", () => {
  it("a `---` line holding more than a comment is refused (apimachinery: invalid document separator); a comment is fine", () => {
    assert.deepEqual(lint(`--- !!map\n${EPP_G1_YAML}`).map((d) => [d.code, d.severity, d.line, d.column, d.message, d.hint]), [
      ["input/kubectl-unreadable", "error", 1, 1, "kubectl cannot read a `---` line that holds more than a comment: it splits documents at such lines", "put what follows `---` on the next line"],
    ]);
    const helm = `--- # Source: chart/templates/modelservice.yaml\n${EPP_G1_YAML}`;
    assert.deepEqual(kubectlRead(helm).length, 1);
    assert.deepEqual(lint(helm).filter((d) => d.severity === "error"), []);
  });
});

describe("tabs kubectl's reader refuses", () => {
  // EPP-G1 with an engine env var and an arg after `port: 8000` (line 13), from line 14 on.
  const withLines = (lines) => EPP_G1_YAML.replace("    port: 8000\n", `    port: 8000\n${lines}`);
  const TAB = "kubectl cannot read a tab at the start of a line (YAML 1.1 readers take it for indentation)";
  const DASH = "kubectl cannot read a tab after a list item's `-` (YAML 1.1 readers take it for indentation)";
  const BLOCK = "kubectl cannot read this block scalar: a tab follows the spaces of its first lines, where YAML 1.1 readers look for the indentation";
  const BLANK = "kubectl cannot read a tab in the indentation of a blank or comment line here (YAML 1.1 readers take it for indentation)";

  it("a blank or comment line starting with a tab, a tab after `-`, a block scalar starting with one: an error at the tab", () => {
    const cases = [
      [withLines("\t\n    args: [--x]\n"), 14, 1, TAB],
      [withLines("\t# the args\n    args: [--x]\n"), 14, 1, TAB],
      [`${EPP_G1_YAML}\t\n`, 18, 1, TAB],
      [withLines("    args:\n      -\t--x\n"), 15, 8, DASH],
      [withLines("    args:\n      - \t--x\n"), 15, 9, DASH],
      [withLines("    env:\n      - name: SCRIPT\n        value: |\n          \tset -e\n          \techo ok\n"), 17, 11, BLOCK],
      [withLines('    args: ["--x"]\n     \t\n'), 15, 6, BLANK],
      [withLines("    args:\n      - --x\n   \t\n"), 16, 4, BLANK],
    ];
    for (const [text, line, column, message] of cases) {
      assert.match(kubectlRead(text)[0].error ?? "", /tab|cannot start any token/, text);
      assert.deepEqual(lint(text).map((d) => [d.code, d.severity, d.line, d.column, d.message]), [["input/kubectl-unreadable", "error", line, column, message]], text);
      assert.deepEqual(render(text).resources, []);
    }
  });

  it("tabs kubectl reads: in quoted text, in flow collections, in a block scalar's later lines, after a plain value's indentation", () => {
    const cases = [
      withLines('    args: ["--x\ty", \'\ta\']\n'),
      withLines("    args: [--x,\n      \t--y]\n"),
      withLines("    env:\n      - name: SCRIPT\n        value: |\n          set -e\n          \techo ok\n"),
      withLines("    args:\n      - --x\n       \t\n"),
      withLines("    args:\t[--x]\n"),
      withLines("    args: [--x]\t# c\n"),
    ];
    for (const text of cases) {
      const read = kubectlReadOne(text);
      assert.deepEqual(lint(text).filter((d) => d.severity === "error"), [], text);
      const vllm = render(text).resources[0].spec.template.spec.containers[0];
      assert.deepEqual([vllm.args.slice(5), vllm.env.slice(3)], [read.spec.engine.args ?? [], read.spec.engine.env ?? []], text);
    }
  });
});

describe("explicitly tagged scalars, as kubectl reads them", () => {
  it("the tag resolves the text by YAML 1.1: kubectl's value is rendered, a different YAML 1.2 reading is a warning at the scalar", () => {
    const text = EPP_G1_YAML.replace("    replicas: 1", "    replicas: !!int '010'\n    annotations:\n      a: !!str 0755\n      b: !!binary aGVsbG8=");
    const d = lint(text).filter((x) => x.code.startsWith("input/"));
    assert.deepEqual(brief(d), [["input/ambiguous-scalar", "warning", "spec.decode.replicas", 17, 21]]);
    assert.equal(d[0].message, "kubectl reads `!!int 010` as the integer 8 (YAML 1.1); YAML 1.2 reads the integer 10");
    assert.equal(d[0].hint, "drop the `!!int` tag and write what kubectl should get: 8, or the text in quotes to keep it as text");
    const decode = render(text).resources[0];
    assert.equal(decode.spec.replicas, 8);
    assert.deepEqual(decode.spec.template.metadata.annotations, { a: "0755", b: "hello" });
    assert.deepEqual(render(text).resources, render(kubectlReadOne(text)).resources);
  });

  it("a tagged key is read by the tag too", () => {
    const text = EPP_G1_YAML.replace("    replicas: 1", "    replicas: 1\n    annotations:\n      !!int 010: x\n      !!int 0x10: z");
    const d = lint(text).filter((x) => x.code.startsWith("input/"));
    // 0x10 is 16 under both YAML versions: nothing to report there.
    assert.deepEqual(brief(d), [["input/ambiguous-scalar", "warning", "spec.decode.annotations[8]", 19, 13]]);
    assert.equal(d[0].message, 'kubectl reads the key `!!int 010` as "8" (the integer 8 under YAML 1.1); YAML 1.2 reads the integer 10');
    assert.deepEqual(render(text).resources[0].spec.template.metadata.annotations, { 8: "x", 16: "z" });
    assert.deepEqual(kubectlReadOne(text).spec.decode.annotations, { 8: "x", 16: "z" });
  });

  it("text the tag cannot take is an error at the text, where kubectl's reader refuses it", () => {
    const cases = [
      ["    replicas: !!int abc", 17, 21, "kubectl cannot read this value: `!!int` is given text that reads as `!!str` (`abc`)", "write a value of the tag's kind, or drop the `!!int` tag"],
      ["    replicas: !!bool 1", 17, 22, "kubectl cannot read this value: `!!bool` is given text that reads as `!!int` (`1`)", "write a value of the tag's kind, or drop the `!!bool` tag"],
      ["    replicas: !!null 0", 17, 22, "kubectl cannot read this value: `!!null` is given text that reads as `!!int` (`0`)", "write a value of the tag's kind, or drop the `!!null` tag"],
      ["    replicas: !!binary abc", 17, 24, "kubectl cannot read this value: `!!binary` is given text that is not base64", "write standard base64 (with its `=` padding), or drop the `!!binary` tag"],
    ];
    for (const [line, l, c, message, hint] of cases) {
      const text = EPP_G1_YAML.replace("    replicas: 1", line);
      assert.deepEqual(lint(text).map((d) => [d.code, d.severity, d.line, d.column, d.message, d.hint]), [["input/kubectl-unreadable", "error", l, c, message, hint]], line);
      assert.match(kubectlRead(text)[0].error, /cannot decode|invalid base64/, line);
    }
  });
});

const SURROGATE_MESSAGE = "this text holds \\ud800, half of a UTF-16 surrogate pair without its other half: not a character, so it cannot be sent to Kubernetes";
const SURROGATE_HINT = 'delete \\ud800, or write the whole character (the character itself, or "\\UXXXXXXXX" with its code point)';

describe("a lone surrogate is located, in words", () => {
  it("in YAML text: at the scalar", () => {
    const text = EPP_G1_YAML.replace("  name: qwen3-0.6b", '  name: qwen3-0.6b\n  annotations:\n    note: "a\\ud800b"');
    assert.deepEqual(lint(text), [
      { code: "input/lone-surrogate", severity: "error", path: "metadata.annotations[note]", message: SURROGATE_MESSAGE, hint: SURROGATE_HINT, line: 6, column: 11 },
    ]);
  });

  it("in JSON text: at the value, or at the key", () => {
    const json = JSON.stringify(EPP_G1, null, 2).replace('"qwen3-0.6b"', '"a\\ud800b"').replace('"ml-serving"', '"x", "k\\udc00": 1');
    assert.deepEqual(brief(render(json).diagnostics), [
      ["input/lone-surrogate", "error", "metadata.name", 5, 13],
      ["input/lone-surrogate", "error", "metadata.k\\udc00", 6, 23],
    ]);
    assert.equal(render(json).diagnostics[1].message, SURROGATE_MESSAGE.replace("this text", "this key").replace("ud800", "udc00"));
  });

  it("in a JS object and in the operator settings: at the path, without a position", () => {
    const ms = structuredClone(EPP_G1);
    ms.spec.engine.env = [{ name: "A", value: "😀 fine" }, { name: "B", value: "a\ud800" }];
    assert.deepEqual(render(ms).diagnostics, [{ code: "input/lone-surrogate", severity: "error", path: "spec.engine.env[1].value", message: SURROGATE_MESSAGE, hint: SURROGATE_HINT }]);
    assert.deepEqual(brief(lint(EPP_G1, { flags: { v: "\ud800" } })), [["input/lone-surrogate", "error", "eppConfig.flags.v", undefined, undefined]]);
  });

  it("the CLI prints it at file:line:column", () => {
    const dir = workspace({ "ms.yaml": EPP_G1_YAML.replace("  name: qwen3-0.6b", '  name: "qwen3\\ud800"') });
    const r = cli(["render", "ms.yaml"], { cwd: dir });
    assert.equal(r.code, 1);
    assert.equal(r.stdout, "");
    assert.equal(r.stderr, `ms.yaml:4:9: error input/lone-surrogate: ${SURROGATE_MESSAGE}\n  hint: ${SURROGATE_HINT}\n`);
    const l = cli(["lint", "ms.yaml", "--format", "json"], { cwd: dir });
    assert.equal(l.code, 1);
    assert.deepEqual(brief(JSON.parse(l.stdout).files[0].documents[0].diagnostics), [["input/lone-surrogate", "error", "metadata.name", 4, 9]]);
  });
});

describe("the CLI reports unquoted ambiguous input", () => {
  it("lint: an error at file:line:column with the quoted form", () => {
    const dir = workspace({ "ms.yaml": spec("yes") });
    const r = cli(["lint", "ms.yaml"], { cwd: dir });
    assert.equal(r.code, 1);
    const lines = r.stdout.split("\n");
    assert.equal(
      lines[0],
      'ms.yaml:16:16: error input/ambiguous-scalar: kubectl reads `yes` as the boolean true (YAML 1.1); YAML 1.2 reads the string "yes"; the API server rejects kubectl\'s reading here (expected a string, got boolean true)',
    );
    assert.equal(lines[1], '  hint: quote it to keep the text: "yes"');
    assert.equal(lines.filter((l) => l.includes("input/ambiguous-scalar")).length, 5);
  });
});
