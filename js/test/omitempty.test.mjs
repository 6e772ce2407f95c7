// Empty strings as the Go client sends them (issue 12 §4), through the JS API and the CLI: an
// omitempty field of a copied Kubernetes struct whose string is empty is not written.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, it } from "node:test";
import { fileURLToPath } from "node:url";
import { parseAllDocuments } from "yaml";
import * as msr from "./support/package.mjs";
import { cli } from "./cli-helpers.mjs";

const file = fileURLToPath(new URL("../../tests/corpus/good/empty-strings.yaml", import.meta.url));
const text = readFileSync(file, "utf8");
const WANT_ENV = [
  { name: "EMPTY" },
  { name: "POD", valueFrom: { fieldRef: { fieldPath: "metadata.name" } } },
  { name: "MEM", valueFrom: { resourceFieldRef: { resource: "limits.memory" } } },
];
const decodePod = (objects) => objects.find((o) => o.metadata.name === "qwen3-decode").spec.template.spec;

describe("empty omitempty strings are not written", () => {
  it("render (JS API): env vars and tolerations", () => {
    const out = msr.render(text);
    assert.deepEqual(out.diagnostics.filter((d) => d.severity !== "info"), []);
    const pod = decodePod(out.resources);
    assert.deepEqual(pod.containers[0].env.slice(3), WANT_ENV);
    assert.deepEqual(pod.tolerations, [{ operator: "Exists" }]);
  });

  it("the CLI's YAML and JSON say the same", () => {
    for (const args of [["render", file], ["render", file, "-o", "json"]]) {
      const r = cli(args);
      assert.equal(r.code, 0, r.stderr);
      const objects = args.includes("json") ? JSON.parse(r.stdout) : Array.from(parseAllDocuments(r.stdout), (d) => d.toJS());
      const pod = decodePod(objects);
      assert.deepEqual(pod.containers[0].env.slice(3), WANT_ENV);
      assert.deepEqual(pod.tolerations, [{ operator: "Exists" }]);
    }
  });

  it("a key selector without a name is an error at the field", () => {
    const bad = text.replace('fieldRef: {apiVersion: "", fieldPath: metadata.name}', 'secretKeyRef: {name: "", key: token}');
    const errors = msr.lint(bad).filter((d) => d.severity === "error");
    assert.deepEqual(errors.map(({ code, path, line, column }) => ({ code, path, line, column })), [
      { code: "env-invalid", path: "spec.engine.env[1].valueFrom.secretKeyRef.name", line: 18, column: 24 },
    ]);
  });
});
