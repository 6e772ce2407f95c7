// `modelservice diff OLD NEW` on real files: exact reports and exit codes.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { EPP_G1_YAML } from "./fixtures.mjs";
import { cli, workspace } from "./cli-helpers.mjs";

const PREFILL = EPP_G1_YAML.replace("    replicas: 1", "    replicas: 3\n  prefill:\n    replicas: 1");
const ARGS = EPP_G1_YAML.replace("    port: 8000", '    port: 8000\n    args: ["--max-model-len=4096"]').replace("    replicas: 1", "    replicas: 2");
const POOL = `${EPP_G1_YAML}  inferencePool:\n    endpointPicker:\n      replicas: 2\n`;
const dir = workspace({
  "old.yaml": EPP_G1_YAML,
  "prefill.yaml": PREFILL,
  "args.yaml": ARGS,
  "pool.yaml": POOL,
  "ann.yaml": `${EPP_G1_YAML}    annotations:\n      a: b\n`,
  "bad.yaml": EPP_G1_YAML.replace("    replicas: 1", "    replicas: two"),
});
const diff = (...args) => cli(["diff", ...args], { cwd: dir });
const lines = (text) => text.trimEnd().split("\n");

describe("modelservice diff", () => {
  it("adding prefill: creates, updates with paths, the rolling Deployment marked", () => {
    const r = diff("old.yaml", "prefill.yaml");
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(lines(r.stdout), [
      "~ update Deployment ml-serving/qwen3-0.6b-decode",
      "    spec.replicas",
      "+ create Deployment ml-serving/qwen3-0.6b-prefill",
      "~ update ConfigMap ml-serving/qwen3-0-6b-epp-config",
      "    data[default-plugins.yaml]",
      "    data[pd-config.yaml]",
      "~ update Deployment ml-serving/qwen3-0-6b-epp (rolls pods)",
      "    spec.template.metadata.annotations[checksum/config]",
      "    spec.template.spec.containers[0].args[3]",
      "+ create PodMonitor ml-serving/qwen3-0.6b-prefill",
      "5 changes: 2 to create, 3 to update, 0 to delete; 1 Deployment rolls pods",
    ]);
    // Each file's diagnostics at its own line; stdout carries only the report.
    assert.match(r.stderr, /^prefill\.yaml:18:3: warning prefill-without-routing-proxy: /m);
    assert.match(r.stderr, /^old\.yaml:8:1: info epp-default-resources: /m);
  });

  it("removing prefill deletes its objects", () => {
    const r = diff("prefill.yaml", "old.yaml");
    assert.equal(r.code, 0, r.stderr);
    const out = lines(r.stdout);
    assert.ok(out.includes("- delete Deployment ml-serving/qwen3-0.6b-prefill"), r.stdout);
    assert.ok(out.includes("- delete PodMonitor ml-serving/qwen3-0.6b-prefill"), r.stdout);
    assert.equal(out.at(-1), "5 changes: 0 to create, 3 to update, 2 to delete; 1 Deployment rolls pods");
  });

  it("a pod-template change rolls the pods; cluster-scoped objects have no namespace", () => {
    assert.deepEqual(lines(diff("old.yaml", "args.yaml").stdout), [
      "~ update Deployment ml-serving/qwen3-0.6b-decode (rolls pods)",
      "    spec.replicas",
      "    spec.template.spec.containers[0].args[5]",
      "1 change: 0 to create, 1 to update, 0 to delete; 1 Deployment rolls pods",
    ]);
    const pool = lines(diff("old.yaml", "pool.yaml").stdout);
    assert.ok(pool.includes("+ create ClusterRole ml-serving-qwen3-0-6b-epp"), pool.join("\n"));
    assert.ok(pool.includes("+ create ClusterRoleBinding ml-serving-qwen3-0-6b-epp"));
    assert.equal(pool.at(-1), "6 changes: 3 to create, 3 to update, 0 to delete; 1 Deployment rolls pods");
  });

  it("no changes: exit 0", () => {
    const r = diff("old.yaml", "old.yaml");
    assert.equal(r.code, 0);
    assert.equal(r.stdout, "no changes\n");
  });

  it("-o json prints {changes}; stdin works for one side", () => {
    const r = cli(["diff", "-", "args.yaml", "-o", "json"], { cwd: dir, input: EPP_G1_YAML });
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(JSON.parse(r.stdout), {
      changes: [
        {
          action: "update",
          apiVersion: "apps/v1",
          kind: "Deployment",
          name: "qwen3-0.6b-decode",
          namespace: "ml-serving",
          paths: ["spec.replicas", "spec.template.spec.containers[0].args[5]"],
          rollout: true,
        },
      ],
    });
    assert.match(r.stderr, /^<stdin>:8:1: info epp-default-resources: /m);
  });

  it("error diagnostics in either file: exit 1, located, nothing compared", () => {
    for (const [a, b] of [["bad.yaml", "old.yaml"], ["old.yaml", "bad.yaml"]]) {
      const r = diff(a, b);
      assert.equal(r.code, 1);
      assert.equal(r.stdout, "");
      assert.match(r.stderr, /^bad\.yaml:17:5: error schema\/type: /m);
    }
    assert.deepEqual(JSON.parse(diff("bad.yaml", "old.yaml", "-o", "json").stdout), { changes: [] });
  });

  it("operator flags apply to both sides; a flag problem is reported once", () => {
    const r = diff("old.yaml", "old.yaml", "--provider", "foo", "--operator-version", "v0.9.0-alpha.2");
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout, "no changes\n");
    assert.equal(r.stderr.split("\n").filter((l) => l.includes("config/unknown-provider")).length, 1);
    assert.match(r.stderr, /^<flags>: warning config\/unknown-provider: provider "foo"/m);
    // The release's schema applies to both files: pod annotations are v1.0.1 only.
    const old = diff("old.yaml", "ann.yaml", "--operator-version", "v0.9.0-alpha.2");
    assert.equal(old.code, 1);
    assert.match(old.stderr, /^ann\.yaml:18:5: error schema\/unknown-field: /m);
    assert.deepEqual(lines(diff("old.yaml", "ann.yaml").stdout), [
      "~ update Deployment ml-serving/qwen3-0.6b-decode (rolls pods)",
      "    spec.template.metadata.annotations",
      "1 change: 0 to create, 1 to update, 0 to delete; 1 Deployment rolls pods",
    ]);
    const v7 = diff("old.yaml", "prefill.yaml", "--operator-version", "v7");
    assert.equal(v7.code, 1);
    assert.equal(v7.stdout, "");
    assert.match(v7.stderr, /^<flags>: error config\/enum: unsupported operator version "v7"/m);
  });

  it("usage and I/O errors exit 2; --help documents the exit codes", () => {
    for (const args of [["old.yaml"], ["old.yaml", "a", "b"], ["-", "-"], ["old.yaml", "missing.yaml"], ["old.yaml", "old.yaml", "-o", "yaml"], ["old.yaml", "old.yaml", "--bogus"]]) {
      const r = diff(...args);
      assert.equal(r.code, 2, `${args.join(" ")}: ${r.stderr}`);
      assert.equal(r.stdout, "");
      assert.ok(r.stderr.startsWith("modelservice: "), r.stderr);
    }
    const h = diff("--help");
    assert.equal(h.code, 0);
    assert.match(h.stdout, /^Usage: modelservice diff OLD NEW/);
    assert.match(h.stdout, /Exit 0 whether or not anything changed, 1 when either file has errors/);
    assert.match(h.stdout, /--operator-version V/);
    assert.match(cli(["--help"]).stdout, /^ {2}diff OLD NEW /m);
  });
});
