// `modelservice explain [FILE|-] [--path KIND/NAME[:FIELD.PATH]]` on real files.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { EPP_G1_OBJECTS, EPP_G1_YAML } from "./fixtures.mjs";
import { cli, workspace } from "./cli-helpers.mjs";

const dir = workspace({ "ms.yaml": EPP_G1_YAML, "bad.yaml": EPP_G1_YAML.replace("    replicas: 1", "    replicas: two") });
const explain = (...args) => cli(["explain", ...args], { cwd: dir });
const DECODE = "Deployment/qwen3-0.6b-decode";

describe("modelservice explain", () => {
  it("--path KIND/NAME:FIELD prints that field's leaves with value and origin", () => {
    const r = explain("ms.yaml", "--path", `${DECODE}:spec.template.spec.containers[0].args`);
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(r.stdout.split("\n"), [
      DECODE,
      '  spec.template.spec.containers[0].args[0] = "/models"  # crd-default from spec.model.mountPath: spec.model.mountPath, else /models',
      '  spec.template.spec.containers[0].args[1] = "--port"  # constant',
      '  spec.template.spec.containers[0].args[2] = "8000"  # spec from spec.engine.port: routingProxy.targetPort on decode pods with a routing proxy, else engine.port',
      '  spec.template.spec.containers[0].args[3] = "--served-model-name"  # constant',
      '  spec.template.spec.containers[0].args[4] = "Qwen/Qwen3-0.6B"  # spec from spec.model.name',
      "",
    ]);
  });

  it("operator defaults and derived values name their source; a single leaf can be picked", () => {
    const image = explain("ms.yaml", "--path", `${DECODE}:spec.template.spec.containers[0].image`);
    assert.equal(
      image.stdout,
      `${DECODE}\n  spec.template.spec.containers[0].image = "ghcr.io/llm-d/llm-d-cuda:v0.5.1"  # operator-default from --default-engine-image: default of --default-engine-image in operator v1.0.1\n`,
    );
    const flagged = explain("ms.yaml", "--default-engine-image", "example.com/vllm:x", "--path", `${DECODE}:spec.template.spec.containers[0].image`);
    assert.match(flagged.stdout, /image = "example\.com\/vllm:x" {2}# /);
    const name = explain("ms.yaml", "--path", `${DECODE}:metadata.name`);
    assert.equal(name.stdout, `${DECODE}\n  metadata.name = "qwen3-0.6b-decode"  # derived from metadata.name: metadata.name + "-decode"\n`);
  });

  it("without --path: every object of the render, each leaf once", () => {
    const r = explain("ms.yaml");
    assert.equal(r.code, 0, r.stderr);
    const headers = r.stdout.split("\n").filter((l) => l !== "" && !l.startsWith("  "));
    assert.deepEqual(headers, EPP_G1_OBJECTS.map(([kind, name]) => `${kind}/${name}`));
    assert.ok(r.stdout.split("\n").every((l) => l === "" || !l.startsWith("  ") || / = .+ {2}# (spec|crd-default|operator-default|derived|constant)\b/.test(l)));
    assert.match(r.stderr, /^ms\.yaml:8:1: info epp-default-resources: /m);
  });

  it("-o json: [{kind, name, path, value, origin, from?, rule?}], values complete", () => {
    const r = cli(["explain", "-", "-o", "json", "--path", `${DECODE}:metadata.labels`], { cwd: dir, input: EPP_G1_YAML });
    assert.equal(r.code, 0, r.stderr);
    const base = { kind: "Deployment", name: "qwen3-0.6b-decode" };
    assert.deepEqual(JSON.parse(r.stdout), [
      { ...base, path: "metadata.labels[app.kubernetes.io/component]", value: "model-decode", origin: "constant" },
      { ...base, path: "metadata.labels[app.kubernetes.io/managed-by]", value: "model-operator", origin: "constant" },
      { ...base, path: "metadata.labels[app.kubernetes.io/name]", value: "qwen3-0.6b", origin: "spec", from: ["metadata.name"] },
      { ...base, path: "metadata.labels[app.kubernetes.io/part-of]", value: "otterscale-system", origin: "constant" },
      {
        ...base,
        path: "metadata.labels[app.kubernetes.io/version]",
        value: "v1.0.1",
        origin: "operator-default",
        from: ["main.version"],
        rule: "default of main.version in operator v1.0.1",
      },
    ]);
    const config = JSON.parse(explain("ms.yaml", "-o", "json", "--path", "configmap/qwen3-0-6b-epp-config:data").stdout);
    assert.equal(config.length, 1);
    assert.match(config[0].value, /^apiVersion: inference\.networking\.x-k8s\.io\/v1alpha1\nkind: EndpointPickerConfig\n/);
  });

  it("nothing matching --path, or error diagnostics: exit 1; usage and I/O errors: exit 2", () => {
    const none = explain("ms.yaml", "--path", "Deployment/nope");
    assert.equal(none.code, 1);
    assert.equal(none.stdout, "");
    assert.match(none.stderr, /^modelservice: explain: nothing rendered matches --path Deployment\/nope$/m);
    const bad = explain("bad.yaml");
    assert.equal(bad.code, 1);
    assert.equal(bad.stdout, "");
    assert.match(bad.stderr, /^bad\.yaml:17:5: error schema\/type: /m);
    for (const args of [["ms.yaml", "--path", "Deployment"], ["missing.yaml"], ["ms.yaml", "ms.yaml"], ["ms.yaml", "-o", "yaml"], ["ms.yaml", "--operator-version"]]) {
      const r = explain(...args);
      assert.equal(r.code, 2, `${args.join(" ")}: ${r.stderr}`);
      assert.equal(r.stdout, "");
    }
    assert.equal(explain("ms.yaml", "--operator-version", "v0.9.0-alpha.2", "--path", `${DECODE}:kind`).code, 0);
    assert.match(explain("--help").stdout, /--path KIND\/NAME\[:FIELD\.PATH\]/);
  });
});
