// Unit tests of the editor's YAML cursor reading and schema lookup (pure modules, bundled on the
// fly with esbuild, which Vite already brings).
import { test } from "node:test";
import assert from "node:assert/strict";
import { build } from "esbuild";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const dir = mkdtempSync(join(tmpdir(), "msr-www-unit-"));
const out = join(dir, "mods.mjs");
await build({
  stdin: {
    contents: `export * from "./src/yaml-context.ts"; export * from "./src/schema.ts"; export * from "./src/share.ts"; export * from "./src/yaml-path.ts"; export * from "./src/overrides.ts"; export { textToFlags, flagsToText } from "./src/views/options-panel.ts"; export { tokenizeLines, indentFold } from "./src/views/yaml-highlight.ts"; export { pickSelected } from "./src/resources.ts"; export { pageMayRender, PAGE_BUDGET_MS, pageMayWarm, WARM_BUDGET_MS } from "./src/render-client.ts"; export { answer } from "./src/render-answer.ts"; export { toYaml as printObject, forDisplay } from "./src/resources.ts"; export { PartPrinter } from "./src/yaml-parts.ts"; export { RenderStatus, BUSY_AFTER_MS, TIMING_EVERY_MS } from "./src/views/render-status.ts"; export { EditorState } from "@codemirror/state";`,
    resolveDir: new URL("..", import.meta.url).pathname,
    loader: "ts",
  },
  bundle: true,
  format: "esm",
  platform: "neutral",
  outfile: out,
  logLevel: "silent",
});
const m = await import(pathToFileURL(out).href);
process.on("exit", () => rmSync(dir, { recursive: true, force: true }));

const DOC = `apiVersion: model.otterscale.io/v1alpha1
kind: ModelService
metadata:
  name: qwen3
spec:
  model:
    imagePullSecrets:
    - name: a
    - name: b
      extra: 1
  engine:
    env:
      - name: X
        valueFrom:
          fieldRef:
            fieldPath: status.podIP
      - name: Y
    args:
    - --max-model-len
  decode:
    replicas: 1
    parallelism:
      tensor: `;

function at(needle, offset = 0) {
  const i = DOC.indexOf(needle);
  assert.ok(i >= 0, needle);
  return i + offset;
}

test("key paths follow indentation, list items and K8s-style unindented lists", () => {
  assert.deepEqual(m.keyAt(DOC, at("name: qwen3")).path, ["metadata", "name"]);
  assert.deepEqual(m.keyAt(DOC, at("name: a")).path, ["spec", "model", "imagePullSecrets", 0, "name"]);
  assert.deepEqual(m.keyAt(DOC, at("extra")).path, ["spec", "model", "imagePullSecrets", 1, "extra"]);
  assert.deepEqual(m.keyAt(DOC, at("fieldPath")).path,
    ["spec", "engine", "env", 0, "valueFrom", "fieldRef", "fieldPath"]);
  assert.deepEqual(m.keyAt(DOC, at("name: Y")).path, ["spec", "engine", "env", 1, "name"]);
  assert.deepEqual(m.keyAt(DOC, at("replicas")).path, ["spec", "decode", "replicas"]);
  assert.deepEqual(m.keyAt(DOC, at("args")).path, ["spec", "engine", "args"]);
});

test("cursor context: value after a colon, key on a fresh line", () => {
  const v = m.cursorContext(DOC, DOC.length);
  assert.equal(v.kind, "value");
  assert.deepEqual(v.path, ["spec", "decode", "parallelism", "tensor"]);
  const doc2 = DOC + "4\n    rep";
  const k = m.cursorContext(doc2, doc2.length);
  assert.equal(k.kind, "key");
  assert.deepEqual(k.path, ["spec", "decode"]);
  assert.equal(doc2.slice(k.from, k.to), "rep");
  assert.ok(k.siblings.includes("replicas"));
  const doc3 = "spec:\n  model:\n    imagePullSecrets:\n    - na";
  const k3 = m.cursorContext(doc3, doc3.length);
  assert.deepEqual(k3.path, ["spec", "model", "imagePullSecrets", 0]);
  const doc4 = "spec:\n  ";
  assert.deepEqual(m.cursorContext(doc4, doc4.length).path, ["spec"]);
  assert.deepEqual(m.cursorContext("", 0).path, []);
});

test("schema index resolves $ref, items and additionalProperties", () => {
  const schema = {
    type: "object",
    properties: {
      spec: { $ref: "#/$defs/Spec" },
    },
    $defs: {
      Spec: {
        type: "object",
        required: ["decode"],
        properties: {
          decode: { $ref: "#/$defs/Role", description: "Decode role" },
          env: { type: "array", items: { type: "object", properties: { name: { type: "string" } } } },
        },
      },
      Role: {
        type: "object",
        properties: {
          replicas: { type: "integer", format: "int32", default: 1, minimum: 0, maximum: 2147483647, description: "Pods" },
          port: { type: "integer", format: "int32", minimum: 1, maximum: 65535 },
          nodeSelector: { type: "object", additionalProperties: { type: "string" } },
          accel: { anyOf: [{ type: "null" }, { type: "string", enum: ["nvidia", "amd"] }] },
        },
      },
    },
  };
  const idx = new m.SchemaIndex(schema);
  assert.equal(idx.doc(["spec", "decode"]).description, "Decode role");
  assert.equal(idx.doc(["spec", "decode"]).required, true);
  const rep = idx.doc(["spec", "decode", "replicas"]);
  assert.equal(rep.default, 1);
  assert.deepEqual(rep.constraints, ["≥ 0"]); // the int32 limit is not shown
  assert.deepEqual(idx.doc(["spec", "decode", "port"]).constraints, ["≥ 1", "≤ 65535"]);
  assert.equal(idx.at(["spec", "env", 3, "name"]).type, "string");
  assert.equal(idx.at(["spec", "decode", "nodeSelector", "gpu"]).type, "string");
  assert.deepEqual(idx.at(["spec", "decode", "accel"]).enum, ["nvidia", "amd"]);
  assert.deepEqual(idx.fields(["spec"]).map((f) => f.name), ["decode", "env"]);
  assert.equal(m.formatPath(["spec", "env", 2, "name"]), "spec.env[2].name");
});

test("share: state survives encode → decode; garbage decodes to null", async () => {
  const state = {
    yaml: "metadata:\n  name: \"<script>alert(1)</script>\"\n" + "x".repeat(5000),
    eppConfig: { provider: "gke", tracing: { enabled: true } },
    options: { operatorVersion: "v0.9.0-alpha.2", images: { kit: "" } },
    selected: "Deployment/ns/a-decode",
  };
  const hash = await m.encodeState(state);
  assert.match(hash, /^s=[A-Za-z0-9_-]+$/);
  assert.ok(hash.length < 400, `compressed: ${hash.length}`);
  assert.deepEqual(await m.decodeState("#" + hash), { ...state, baseline: undefined });
  assert.equal(await m.decodeState("#s=!!!"), null);
  assert.equal(await m.decodeState("#s=AAAA"), null);
  assert.equal(await m.decodeState("#other"), null);
  assert.equal(m.sanitizeState({ yaml: 3 }), null);
});

test("output view: the path of the value under the pointer, as explain writes it", () => {
  const doc = "kind: Deployment\nmetadata:\n  labels:\n    app.kubernetes.io/name: x\nspec:\n  template:\n    spec:\n      containers:\n      - args:\n        - a\n        - --port\n      volumes:\n      - emptyDir: {}\n";
  const at = (needle, d = 0) => m.leafAt(doc, doc.indexOf(needle) + d);
  assert.deepEqual(at("x\n").path, ["metadata", "labels", "app.kubernetes.io/name"]);
  assert.deepEqual(at("--port", 2).path, ["spec", "template", "spec", "containers", 0, "args", 1]);
  assert.deepEqual(at("{}").path, ["spec", "template", "spec", "volumes", 0, "emptyDir"]);
  assert.deepEqual(at("kind").path, ["kind"]);
  const key = (p) => m.pathKey(m.splitPath(p));
  assert.equal(key("metadata.labels[app.kubernetes.io/name]"), m.pathKey(["metadata", "labels", "app.kubernetes.io/name"]));
  assert.equal(key("spec.template.spec.containers[0].args[1]"), m.pathKey(["spec", "template", "spec", "containers", 0, "args", 1]));
});

test("overrides: get/has/set/delete at a path keep the state minimal; merge lays overrides over defaults", () => {
  const o = { eppConfig: { tracing: { enabled: true } }, options: {} };
  assert.equal(m.getAt(o, ["eppConfig", "tracing", "enabled"]), true);
  assert.equal(m.getAt(o, ["eppConfig", "tracing", "sampler"]), undefined);
  assert.equal(m.getAt(o, ["eppConfig", "tracing", "enabled", "deeper"]), undefined);
  assert.equal(m.hasAt(o, ["eppConfig", "tracing", "enabled"]), true);
  assert.equal(m.hasAt(o, ["eppConfig", "provider"]), false);
  assert.equal(m.hasAt({ a: { b: undefined } }, ["a", "b"]), true);
  assert.equal(m.hasAt(o, ["nope", "x"]), false);
  // set copies along the path and leaves the original alone
  const set = m.setAt(o, ["eppConfig", "tracing", "sampler"], "always_on");
  assert.deepEqual(set, { eppConfig: { tracing: { enabled: true, sampler: "always_on" } }, options: {} });
  assert.deepEqual(o, { eppConfig: { tracing: { enabled: true } }, options: {} });
  assert.deepEqual(m.setAt({ a: [1] }, ["a", "b"], 2), { a: { b: 2 } });
  // delete prunes parents left empty, and is a no-op for a missing path
  assert.deepEqual(m.deleteAt(set, ["eppConfig", "tracing", "sampler"]), o);
  assert.deepEqual(m.deleteAt(o, ["eppConfig", "tracing", "enabled"]), { options: {} });
  assert.equal(m.deleteAt(o, ["eppConfig", "provider"]), o);
  assert.deepEqual(m.deleteAt({ a: 1, b: 2 }, ["a"]), { b: 2 });
  // merge: objects merge at every depth, anything else replaces, undefined keeps the base
  assert.deepEqual(
    m.merge({ provider: "istio", tracing: { enabled: false, sampler: "s" }, flags: {} }, { tracing: { enabled: true }, flags: { v: "2" } }),
    { provider: "istio", tracing: { enabled: true, sampler: "s" }, flags: { v: "2" } },
  );
  assert.deepEqual(m.merge({ a: [1, 2] }, { a: [3] }), { a: [3] });
  assert.equal(m.merge("base", undefined), "base");
  assert.equal(m.merge({ a: 1 }, ""), "");
});

test("extra EPP flags box: lines → flags → lines (a bare `--` line is no flag)", () => {
  assert.deepEqual(m.textToFlags("v=2\n--kv-cache=on\n\n  spaced = y \nbare\nx=a=b\n--"), {
    v: "2", "kv-cache": "on", spaced: "y", bare: "", x: "a=b",
  });
  assert.deepEqual(m.textToFlags(""), {});
  assert.equal(m.flagsToText({ v: "2", bare: "" }), "v=2\nbare=");
  assert.equal(m.flagsToText(undefined), "");
  assert.equal(m.flagsToText("junk"), "");
});

test("output view colours: the line scan gives lezer's YAML colours on every gallery example's objects", async () => {
  const { render, toYaml } = await import("modelservice-render");
  const { parser } = await import("@lezer/yaml");
  const { highlightTree, tagHighlighter, tags: t } = await import("@lezer/highlight");
  // The playground's highlight style, reduced to the tokens the output view can hold.
  const lezer = tagHighlighter([
    { tag: [t.propertyName, t.definition(t.propertyName)], class: "key" },
    { tag: [t.string, t.special(t.string), t.content], class: "string" },
    { tag: [t.punctuation, t.separator, t.squareBracket, t.brace], class: "punct" },
  ]);
  // Per line, the token of each character; whitespace has none (lezer's block scalar content
  // spans its line breaks and indentation, which show no colour).
  const classes = (text, spans) => {
    const out = new Array(text.length).fill("");
    for (const [from, to, cls] of spans) out.fill(cls, from, to);
    let at = 0;
    return text.split("\n").map((line) => {
      const row = [...line].map((c, i) => `${c}${/\s/.test(c) ? "" : out[at + i][0] ?? ""}`).join("");
      at += line.length + 1;
      return row;
    });
  };
  const dir = new URL("../src/examples/", import.meta.url);
  const examples = readdirSync(dir).filter((f) => f.endsWith(".yaml"));
  assert.equal(examples.length, 7);
  let lines = 0;
  for (const file of examples) {
    const { resources, diagnostics } = render(readFileSync(new URL(file, dir), "utf8"));
    assert.deepEqual(diagnostics.filter((d) => d.severity === "error"), [], file);
    for (const obj of resources) {
      const text = toYaml(obj);
      const expected = [];
      highlightTree(parser.parse(text), lezer, (from, to, cls) => expected.push([from, to, cls]));
      const actual = [];
      const starts = [0];
      for (let i = 0; i < text.length; i++) if (text[i] === "\n") starts.push(i + 1);
      m.tokenizeLines(text.split("\n"), (i, spans) => {
        lines++;
        for (const s of spans) actual.push([starts[i] + s.from, starts[i] + s.to, s.token]);
      });
      assert.deepEqual(classes(text, actual), classes(text, expected), `${file}: ${obj.kind} ${obj.metadata.name}`);
    }
  }
  assert.ok(lines > 1000, `${lines} lines compared`);
});

test("output view colours: block scalars, quoted keys, nested list items, empty collections", () => {
  const spans = [];
  m.tokenizeLines(['"on": |-', "  a: b", "", "  - c", 'x: "1"', "- - y", "  - {}", "z: []", "- >", "  t"], (i, s) =>
    spans.push([i, s.map((x) => `${x.from}-${x.to}:${x.token}`).join(" ")]),
  );
  assert.deepEqual(spans, [
    [0, "0-4:key 4-5:punct 6-8:string"],
    [1, "2-6:string"],
    [2, ""],
    [3, "2-5:string"],
    [4, "0-1:key 1-2:punct 3-6:string"],
    [5, "0-1:punct 2-3:punct 4-5:string"],
    [6, "2-3:punct 4-5:punct 5-6:punct"],
    [7, "0-1:key 1-2:punct 3-4:punct 4-5:punct"],
    [8, "0-1:punct 2-3:string"],
    [9, "2-3:string"],
  ]);
});

test("output view folding: a line folds over the lines indented deeper than its node", () => {
  const text = ["spec:", "  containers:", "    - args:", "        - a", "      name: x", "  replicas: 1", "data:", "  c: |", "    l1", "", "    l2"].join("\n");
  const state = m.EditorState.create({ doc: text });
  const folds = [];
  for (let n = 1; n <= state.doc.lines; n++) {
    const line = state.doc.line(n);
    const f = m.indentFold(state, line.from, line.to);
    folds.push(f ? `${n}→${state.doc.lineAt(f.to).number}` : `${n}`);
    if (f) assert.equal(f.from, line.to);
  }
  assert.deepEqual(folds, ["1→6", "2→5", "3→4", "4", "5", "6", "7→11", "8→11", "9", "10", "11"]);
});

test("output view folding on every gallery example's objects: the one-pass table equals a scan per line", async () => {
  const { render, toYaml } = await import("modelservice-render");
  const dir = new URL("../src/examples/", import.meta.url);
  // The definition, line by line: fold over the following lines indented deeper than this
  // line's node (after any `- `), blank lines only between them.
  const scan = (lines, i) => {
    if (lines[i].trim() === "") return 0;
    let node = lines[i].length - lines[i].trimStart().length;
    while (lines[i].startsWith("- ", node)) node += 2;
    let end = 0;
    for (let j = i + 1; j < lines.length; j++) {
      if (lines[j].trim() === "") continue;
      if (lines[j].length - lines[j].trimStart().length <= node) break;
      end = j + 1;
    }
    return end;
  };
  let folded = 0;
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".yaml"))) {
    for (const obj of render(readFileSync(new URL(file, dir), "utf8")).resources) {
      const text = toYaml(obj);
      const lines = text.split("\n");
      const state = m.EditorState.create({ doc: text });
      const actual = lines.map((_, i) => {
        const line = state.doc.line(i + 1);
        const f = m.indentFold(state, line.from, line.to);
        return f ? state.doc.lineAt(f.to).number : 0;
      });
      assert.deepEqual(actual, lines.map((_, i) => scan(lines, i)), `${file}: ${obj.kind} ${obj.metadata.name}`);
      folded += actual.filter((e) => e > 0).length;
    }
  }
  assert.ok(folded > 300, `${folded} foldable lines`);
});

test("the object to show: the user's pick while it exists, else the first of its kind, else the first", () => {
  const obj = (kind, name) => ({ apiVersion: "v1", kind, metadata: { name, namespace: "ns" } });
  const list = [obj("ServiceAccount", "a"), obj("Deployment", "x-decode"), obj("Deployment", "x-epp")];
  assert.equal(m.pickSelected(list, "Deployment/ns/x-epp"), "Deployment/ns/x-epp");
  assert.equal(m.pickSelected(list, "Deployment/ns/old-decode"), "Deployment/ns/x-decode");
  assert.equal(m.pickSelected(list, "Service/ns/x"), "ServiceAccount/ns/a");
  assert.equal(m.pickSelected(list, undefined), "ServiceAccount/ns/a");
  assert.equal(m.pickSelected([], "Deployment/ns/x-epp"), "Deployment/ns/x-epp");
});

test("renders on the page only while recent renders were quick, the text is of a similar size and no extras are asked", () => {
  assert.equal(m.PAGE_BUDGET_MS, 10);
  const req = (chars, extra = {}) => ({ type: "render", id: 1, text: "x".repeat(chars), eppConfig: {}, options: {}, ...extra });
  assert.equal(m.pageMayRender(req(1500), [], 0), false, "nothing timed yet: the worker first");
  assert.equal(m.pageMayRender(req(1500), [3.1], 1500), true);
  assert.equal(m.pageMayRender(req(1500), [12, 11, 9.9], 1500), true, "the quickest of the last three counts");
  assert.equal(m.pageMayRender(req(1500), [9, 12, 11, 10.5], 1500), false, "only the last three");
  assert.equal(m.pageMayRender(req(4024), [3], 1500), true);
  assert.equal(m.pageMayRender(req(4025), [3], 1500), false, "a paste: timed in the worker first");
  assert.equal(m.pageMayRender(req(1500, { summary: true }), [3], 1500), false);
  assert.equal(m.pageMayRender(req(1500, { baseline: "" }), [3], 1500), false);
  assert.equal(m.pageMayRender(req(1500, { migrate: true }), [3], 1500), false);
});

test("the page warms its renderer with a plain render whose latest time was within the warm-up budget", () => {
  assert.equal(m.WARM_BUDGET_MS, 60);
  const req = (extra = {}) => ({ type: "render", id: 1, text: "x".repeat(1500), eppConfig: {}, options: {}, ...extra });
  assert.equal(m.pageMayWarm(req(), []), false, "nothing rendered yet");
  assert.equal(m.pageMayWarm(req(), [131]), false, "the worker's cold first render: wait for the next");
  assert.equal(m.pageMayWarm(req(), [131, 4.2]), true);
  assert.equal(m.pageMayWarm(req(), [3, 60]), true);
  assert.equal(m.pageMayWarm(req(), [3, 60.5]), false, "the latest render counts: a large input");
  assert.equal(m.pageMayWarm(req({ summary: true }), [3]), false);
  assert.equal(m.pageMayWarm(req({ baseline: "" }), [3]), false);
  assert.equal(m.pageMayWarm(req({ migrate: true }), [3]), false);
});

test("a render answer carries the shown object's YAML, printed again only when that object changed", async () => {
  const { render } = await import("modelservice-render");
  const text = readFileSync(new URL("../src/examples/minimal.yaml", import.meta.url), "utf8");
  const rendered = render(text);
  const deployment = rendered.resources.find((r) => r.kind === "Deployment");
  const key = `Deployment/${deployment.metadata.namespace}/${deployment.metadata.name}`;
  // The package's API as the page and the worker see it, answering what Node's package answered.
  let result = rendered;
  const msr = { render: () => structuredClone(result) };
  const ask = (id) => m.answer(msr, { type: "render", id, text, eppConfig: {}, options: {}, print: true, selected: key });
  const first = ask(1);
  assert.deepEqual(first.printed, { key, yaml: m.printObject(deployment) });
  assert.deepEqual(Object.keys(first.times.stages), ["render", "print"]);
  assert.equal(first.chars, text.length);
  const same = ask(2);
  assert.deepEqual(same.printed, first.printed);
  assert.deepEqual(Object.keys(same.times.stages), ["render", "print (unchanged)"]);
  result = structuredClone(rendered);
  result.resources.find((r) => r.kind === "Deployment").spec.replicas = 7;
  const changed = ask(3);
  assert.match(changed.printed.yaml, /\n {2}replicas: 7\n/);
  assert.deepEqual(Object.keys(changed.times.stages), ["render", "print"]);
  const gone = m.answer(msr, { type: "render", id: 4, text, eppConfig: {}, options: {}, print: false, selected: key });
  assert.equal(gone.printed, undefined);
});

test("the shown object printed again by parts is byte for byte the whole print, on every gallery object and after edits", async () => {
  const { render, toYaml } = await import("modelservice-render");
  const dir = new URL("../src/examples/", import.meta.url);
  const examples = readdirSync(dir).filter((f) => f.endsWith(".yaml"));
  assert.equal(examples.length, 7);
  const shared = new m.PartPrinter(); // carries parts from one object to the next, as on the page
  let objects = 0;
  for (const file of examples) {
    for (const obj of render(readFileSync(new URL(file, dir), "utf8")).resources) {
      const shown = m.forDisplay(obj);
      const whole = toYaml(shown);
      assert.equal(new m.PartPrinter().print(shown), whole, `${file}: ${obj.kind} ${obj.metadata.name}`);
      assert.equal(shared.print(shown), whole, `${file}: ${obj.kind} ${obj.metadata.name} after another object`);
      assert.equal(shared.print(shown), whole, "again, every part kept");
      assert.equal(shared.written, 0, "an unchanged object prints nothing again");
      // Edits as typing makes them: a value deep inside, a key added, one removed, a map emptied.
      const edited = structuredClone(shown);
      edited.metadata.name = `${edited.metadata.name}x`;
      edited.metadata.labels = { ...edited.metadata.labels, "added/on": "yes" };
      if (edited.spec && typeof edited.spec === "object") {
        const [first] = Object.keys(edited.spec);
        delete edited.spec[first];
        edited.spec.emptied = {};
      }
      assert.equal(shared.print(edited), toYaml(edited), `${file}: ${obj.kind} ${obj.metadata.name} edited`);
      assert.equal(shared.print(shown), whole, `${file}: ${obj.kind} ${obj.metadata.name} back`);
      objects++;
    }
  }
  assert.ok(objects > 40, `${objects} objects`);
});

test("parts: values that print across lines, keys that need quotes or an explicit `?`, nested four deep", async () => {
  const { toYaml } = await import("modelservice-render");
  const tricky = {
    on: "yes",
    "": { "1": 1, "0755": "0755", "1_000": "1_000", "a: b": { "- c": "#d" } },
    [`k${"x".repeat(1100)}`]: { long: "key" },
    "multi\nline key": { v: 1 },
    block: { keep: "a\n\nb\n\n", strip: "a\n  b", lead: "  lead\nx", trail: "trail \nx", crlf: "x\r\ny", sep: "a\u2028b" },
    lists: { seq: [[1, [2, {}]], { a: { b: [] } }, "- x", null, true, 1.5], empty: [], none: {} },
    items: [{ [`k${"y".repeat(1100)}`]: { v: 1 }, after: "x" }, { block: "a\n\n  b\n", list: [{ deep: [{ x: 1 }, "y"] }] }, {}, []],
    gone: undefined,
    deep: { a: { b: { c: { d: "2001-01-01", e: "1:20", f: { g: "\u0085" } } } } },
  };
  const value = structuredClone(tricky);
  const printer = new m.PartPrinter();
  assert.equal(printer.print(value), toYaml(value));
  assert.equal(printer.written, 31, "every entry and list item printed once: a map or a list is its key's line and its parts");
  value.deep.a.b.c.d = "2001-01-02";
  value.block.keep = "a\n\n\nb\n";
  value.lists.none = { now: "set" };
  value.items[1].list[0].deep[0].x = 2;
  assert.equal(printer.print(value), toYaml(value));
  assert.equal(printer.written, 4, "only the four changed entries are printed again");
  assert.match(toYaml(value), /^\? kx{1100}$/m, "the long key is explicit, printed whole");
  assert.equal(new m.PartPrinter().print([1, { a: 2 }]), toYaml([1, { a: 2 }]));
  assert.equal(new m.PartPrinter().print({}), toYaml({}));
});

/** The status element's parts RenderStatus touches, recording every class change. */
function fakeStatus() {
  const classes = new Set();
  const el = {
    textContent: "",
    title: "",
    dataset: {},
    changes: [],
    classList: {
      add: (c) => (classes.add(c), el.changes.push(`+${c}`)),
      remove: (c) => (classes.delete(c), el.changes.push(`-${c}`)),
      contains: (c) => classes.has(c),
    },
  };
  return el;
}
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

test("render status: a render shown before BUSY_AFTER_MS never touches the busy mark", async () => {
  const el = fakeStatus();
  const status = new m.RenderStatus(el);
  status.requested(() => true);
  status.shown("1.2 ms", "render 1.0 ms (page) + views 0.2 ms", 1);
  await sleep(m.BUSY_AFTER_MS + 30);
  assert.deepEqual(el.changes, []);
  assert.deepEqual([el.textContent, el.title, el.dataset.rev], ["1.2 ms", "render 1.0 ms (page) + views 0.2 ms", "1"]);
});

test("render status: a render still waited on after BUSY_AFTER_MS is marked busy until shown", async () => {
  const el = fakeStatus();
  const status = new m.RenderStatus(el);
  let waiting = true;
  status.requested(() => waiting);
  await sleep(m.BUSY_AFTER_MS + 30);
  assert.deepEqual(el.changes, ["+busy"]);
  waiting = false;
  status.shown("140.0 ms", "render 139.0 ms (worker) + views 1.0 ms", 2);
  assert.deepEqual(el.changes, ["+busy", "-busy"]);
  // A request answered in time leaves the mark alone.
  status.requested(() => false);
  await sleep(m.BUSY_AFTER_MS + 30);
  assert.deepEqual(el.changes, ["+busy", "-busy"]);
});

test("render status: times written at most every TIMING_EVERY_MS, the last of a burst always", async () => {
  const el = fakeStatus();
  const status = new m.RenderStatus(el);
  status.shown("1.0 ms", "a", 1);
  status.shown("2.0 ms", "b", 2);
  status.shown("3.0 ms", "c", 3);
  assert.deepEqual([el.textContent, el.dataset.rev], ["1.0 ms", "1"], "the first at once, the next two held");
  await sleep(m.TIMING_EVERY_MS + 50);
  assert.deepEqual([el.textContent, el.title, el.dataset.rev], ["3.0 ms", "c", "3"], "the last of the burst");
});

test("render status: a failure is not overwritten by a time held back", async () => {
  const el = fakeStatus();
  const status = new m.RenderStatus(el);
  status.shown("1.0 ms", "a", 1);
  status.shown("2.0 ms", "b", 2);
  status.failed();
  await sleep(m.TIMING_EVERY_MS + 50);
  assert.equal(el.textContent, "render failed");
});

test("contentEnd: where a diagnostic's underline ends, as /\\s+(#.*)?$/ strips, in linear time", () => {
  const oracle = (t) => t.replace(/\s+(#.*)?$/, "").length;
  assert.equal(m.contentEnd("  replicas: x   # two"), 13);
  assert.equal(m.contentEnd("name: a#b  "), 9);
  assert.equal(m.contentEnd("    "), 0);
  assert.equal(m.contentEnd(""), 0);
  const chars = [" ", "\t", "a", "#", "\u00a0", "\u2028", "\r", ":"];
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
  for (let k = 0; k < 20000; k++) {
    const t = Array.from({ length: next() % 12 }, () => chars[next() % chars.length]).join("");
    assert.equal(m.contentEnd(t), oracle(t), JSON.stringify(t));
  }
  // The regex takes seconds on this line (its backtracking is quadratic in the run of spaces).
  const line = "bogus: a" + " ".repeat(200_000) + "b";
  const t0 = performance.now();
  assert.equal(m.contentEnd(line), line.length);
  assert.ok(performance.now() - t0 < 250, `${performance.now() - t0} ms`);
});

test("lineInfo reads a line as before, in linear time on a long run of spaces without a colon", () => {
  // The former reading (a lazy key, then `\s*:`), as the oracle.
  const OLD = /^("(?:[^"\\]|\\.)*"|'[^']*'|[^\s#'"{[\]},&*!|>%@`-][^:#]*?|-[^\s:#][^:#]*?)\s*:(?=\s|$)/;
  const oracle = (text) => {
    const m0 = m.lineInfo(text);
    const trimmed = text.replace(/\s+$/, "");
    const rest = trimmed.slice(m0.contentCol);
    const k = m0.blank ? null : OLD.exec(rest);
    if (!k) return { ...m0, key: undefined, colonEnd: undefined };
    const t = k[1].trim();
    const key = t.length >= 2 && (t[0] === '"' || t[0] === "'") && t[t.length - 1] === t[0] ? t.slice(1, -1) : t;
    return { ...m0, key, colonEnd: m0.contentCol + k[0].length };
  };
  const strip = (o) => JSON.parse(JSON.stringify(o));
  assert.deepEqual(strip(m.lineInfo('  "a b" : 1')), { blank: false, dashes: [], contentCol: 2, key: "a b", colonEnd: 9 });
  assert.deepEqual(strip(m.lineInfo("- name  : x")), { blank: false, dashes: [0], contentCol: 2, key: "name", colonEnd: 9 });
  const chars = [" ", "a", ":", "#", "-", '"', "'", "\\", "{", "\t", "b"];
  let seed = 11;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
  for (let i = 0; i < 30000; i++) {
    const t = Array.from({ length: next() % 14 }, () => chars[next() % chars.length]).join("");
    assert.deepEqual(strip(m.lineInfo(t)), strip(oracle(t)), JSON.stringify(t));
  }
  // The former reading took ~2 s on this line (a block scalar's text, say); it is read on every
  // completion and hover.
  const line = "      text" + " ".repeat(100_000) + "more";
  const t0 = performance.now();
  assert.deepEqual(strip(m.lineInfo(line)), { blank: false, dashes: [], contentCol: 6 });
  assert.ok(performance.now() - t0 < 250, `${performance.now() - t0} ms`);
});

test("render status: while renders keep coming, times are written in a render's call, never between two", async () => {
  const el = fakeStatus();
  const status = new m.RenderStatus(el);
  const inCall = [];
  for (let i = 1; i <= 8; i++) {
    const before = el.dataset.rev;
    status.shown(`${i}.0 ms`, "t", i);
    if (el.dataset.rev !== before) inCall.push(el.dataset.rev);
    const after = el.dataset.rev;
    // Keystrokes 0.4 × TIMING_EVERY_MS apart: a write between them would be a frame of its own.
    await sleep(m.TIMING_EVERY_MS * 0.4);
    assert.equal(el.dataset.rev, after, `written between render ${i} and the next`);
  }
  // The first at once, then one every third render or so (each ≥ TIMING_EVERY_MS after the last).
  assert.equal(inCall[0], "1");
  assert.ok(inCall.length >= 3, `written in calls: ${inCall}`);
  await sleep(m.TIMING_EVERY_MS + 50);
  assert.deepEqual([el.textContent, el.dataset.rev], ["8.0 ms", "8"], "the last, once they stop");
});
