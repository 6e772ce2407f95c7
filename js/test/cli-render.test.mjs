// `modelservice render` (contract §3) and the top-level commands, on real files.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { parseAllDocuments } from "yaml";
import { EPP_G1, EPP_G1_OBJECTS, EPP_G1_YAML, find, kindNames } from "./fixtures.mjs";
import { cli, workspace } from "./cli-helpers.mjs";

const dir = workspace({
  "ms.yaml": EPP_G1_YAML,
  "ms.json": JSON.stringify(EPP_G1),
  "bad.yaml": EPP_G1_YAML.replace("    replicas: 1", "    replicas: two"),
  "two.yaml": `${EPP_G1_YAML}---\n${EPP_G1_YAML}`,
});
const yamlObjects = (stdout) => Array.from(parseAllDocuments(stdout), (d) => d.toJS());

describe("modelservice render", () => {
  it("prints every object as multi-document YAML; only notes on stderr", () => {
    const r = cli(["render", "ms.yaml"], { cwd: dir });
    assert.equal(r.code, 0, r.stderr);
    for (const line of r.stderr.split("\n").filter((l) => l && !l.startsWith("  hint: "))) assert.match(line, /^ms\.yaml:\d+:\d+: info /);
    assert.ok(r.stdout.startsWith("---\n"));
    assert.deepEqual(kindNames(yamlObjects(r.stdout)), EPP_G1_OBJECTS);
  });

  it("-o json prints a JSON list; JSON input and stdin work", () => {
    const r = cli(["render", "ms.json", "-o", "json"], { cwd: dir });
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(kindNames(JSON.parse(r.stdout)), EPP_G1_OBJECTS);
    const s = cli(["render", "-", "--output=json"], { cwd: dir, input: EPP_G1_YAML });
    assert.equal(s.stdout, r.stdout);
  });

  it("maps every operator flag", () => {
    const r = cli(
      [
        "render", "ms.yaml", "-o", "json",
        "--provider", "none", "--metrics-endpoint-auth=false", "--default-gateway-name=",
        "--tracing-enabled", "--tracing-otel-endpoint", "http://otel:4317", "--tracing-sampler", "always_on", "--tracing-sampler-arg", "1",
        "--default-epp-image", "example.com/epp:x", "--default-engine-image", "example.com/vllm:x", "--kit-image=", "--version", "v9",
      ],
      { cwd: dir },
    );
    assert.equal(r.code, 0, r.stderr);
    const objects = JSON.parse(r.stdout);
    const kinds = objects.map((o) => o.kind);
    assert.equal(kinds.includes("DestinationRule"), false);
    assert.equal(kinds.includes("HTTPRoute"), false);
    const epp = find(objects, "Deployment", "qwen3-0-6b-epp");
    const c = epp.spec.template.spec.containers[0];
    assert.equal(c.image, "example.com/epp:x");
    assert.equal(c.args.at(-1), "--metrics-endpoint-auth=false");
    assert.ok(c.args.includes("--tracing=true"));
    const env = Object.fromEntries(c.env.filter((e) => "value" in e).map((e) => [e.name, e.value]));
    assert.deepEqual(
      [env.OTEL_EXPORTER_OTLP_ENDPOINT, env.OTEL_TRACES_SAMPLER, env.OTEL_TRACES_SAMPLER_ARG],
      ["http://otel:4317", "always_on", "1"],
    );
    assert.equal(epp.metadata.labels["app.kubernetes.io/version"], "v9");
    const decode = find(objects, "Deployment", "qwen3-0.6b-decode");
    assert.equal(decode.spec.template.spec.initContainers, undefined);
    assert.equal(decode.spec.template.spec.containers[0].image, "example.com/vllm:x");
  });

  it("--default-routing-proxy-image: the sidecar of a P/D decode pod, unless the spec names one", () => {
    const pd = `${EPP_G1_YAML}  prefill:\n    replicas: 1\n  routingProxy: {}\n`;
    const own = pd.replace("  routingProxy: {}\n", "  routingProxy:\n    image: mirror.example/sidecar:own\n");
    const d = workspace({ "pd.yaml": pd, "own.yaml": own });
    const sidecar = (file, ...flags) => {
      const r = cli(["render", file, "-o", "json", ...flags], { cwd: d });
      assert.equal(r.code, 0, r.stderr);
      const decode = find(JSON.parse(r.stdout), "Deployment", "qwen3-0.6b-decode").spec.template.spec;
      return decode.initContainers.filter((c) => c.name === "routing-proxy").map((c) => c.image);
    };
    assert.deepEqual(sidecar("pd.yaml"), ["ghcr.io/llm-d/llm-d-routing-sidecar:v0.6.0"]);
    assert.deepEqual(sidecar("pd.yaml", "--default-routing-proxy-image", "mirror.example/sidecar:v1"), ["mirror.example/sidecar:v1"]);
    assert.deepEqual(sidecar("own.yaml", "--default-routing-proxy-image", "mirror.example/sidecar:v1"), ["mirror.example/sidecar:own"]);
  });

  it("--operator-version picks the release's flag defaults", () => {
    const r = cli(["render", "ms.yaml", "-o", "json", "--operator-version", "v0.9.0-alpha.2"], { cwd: dir });
    assert.equal(r.code, 0, r.stderr);
    const route = find(JSON.parse(r.stdout), "HTTPRoute", "qwen3-0.6b");
    assert.equal(route.spec.parentRefs[0].name, "llm-d-infra-inference-gateway");
  });

  it("errors: file:line:col on stderr, nothing on stdout, exit 1", () => {
    const r = cli(["render", "bad.yaml"], { cwd: dir });
    assert.equal(r.code, 1);
    assert.equal(r.stdout, "");
    assert.match(r.stderr, /^bad\.yaml:17:5: error schema\/type: /m);
    const two = cli(["render", "two.yaml"], { cwd: dir });
    assert.equal(two.code, 1);
    assert.match(two.stderr, /^two\.yaml:18:1: error input\/multiple-documents: /m);
  });

  it("usage and I/O errors exit 2", () => {
    for (const args of [
      ["render", "missing.yaml"],
      ["render", "ms.yaml", "--bogus"],
      ["render", "ms.yaml", "ms.json"],
      ["render", "ms.yaml", "-o", "xml"],
      ["render", "ms.yaml", "--metrics-endpoint-auth=maybe"],
      ["frobnicate"],
      ["--bogus"],
      [],
    ]) {
      const r = cli(args, { cwd: dir });
      assert.equal(r.code, 2, `${args.join(" ")}: ${r.stderr}`);
      assert.ok(r.stderr.length > 0);
    }
  });

  it("--help and --version", () => {
    const h = cli(["--help"]);
    assert.equal(h.code, 0);
    assert.match(h.stdout, /render \[FILE\|-\]/);
    assert.match(cli(["render", "--help"]).stdout, /--metrics-endpoint-auth/);
    assert.match(cli(["lint", "-h"]).stdout, /--fail-on/);
    const v = cli(["--version"]);
    assert.equal(v.code, 0);
    assert.match(v.stdout, /^\d+\.\d+\.\d+\n$/);
  });
});
