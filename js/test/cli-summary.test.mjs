// `modelservice render --summary` on real files: the exact table, JSON and YAML.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { parse } from "yaml";
import { EPP_G1_YAML } from "./fixtures.mjs";
import { cli, workspace } from "./cli-helpers.mjs";

// Two TP-2 decode pods with CPU/memory set; the default EPP (4 CPU, 8Gi, no CPU limit).
const SIZED = EPP_G1_YAML.replace(
  "    replicas: 1",
  '    replicas: 2\n    parallelism:\n      tensor: 2\n    resources:\n      requests: {cpu: "8", memory: 32Gi}\n      limits: {memory: 64Gi}',
);
const dir = workspace({ "ms.yaml": EPP_G1_YAML, "sized.yaml": SIZED, "bad.yaml": EPP_G1_YAML.replace("    replicas: 1", "    replicas: -1") });
const render = (...args) => cli(["render", ...args], { cwd: dir });

const EPP_G1_TABLE = `RESOURCE          TOTAL
pods (decode)     1
pods (prefill)    0
pods (epp)        1
nvidia.com/gpu    1
requests.cpu      4
requests.memory   8Gi
limits.cpu        unbounded
limits.memory     unbounded

KIND              COUNT
ConfigMap         1
Deployment        2
DestinationRule   1
HTTPRoute         1
InferencePool     1
PodMonitor        1
Role              1
RoleBinding       1
Service           1
ServiceAccount    1
`;

describe("modelservice render --summary", () => {
  it("prints the summary table instead of the manifests (EPP-G1)", () => {
    const r = render("ms.yaml", "--summary");
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout, EPP_G1_TABLE);
    assert.match(r.stderr, /^ms\.yaml:8:1: info epp-default-resources: /m);
    assert.equal(cli(["render", "-", "--summary", "-o", "text"], { cwd: dir, input: EPP_G1_YAML }).stdout, EPP_G1_TABLE);
  });

  it("totals multiply by replicas and include the EPP; a limit total only when every container sets it", () => {
    // The model-unpack init container sets no limits: with it, memory is unbounded.
    assert.match(render("sized.yaml", "--summary").stdout, /^limits\.memory {5}unbounded$/m);
    const r = render("sized.yaml", "--summary", "--kit-image=");
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(r.stdout.split("\n").slice(0, 9), [
      "RESOURCE          TOTAL",
      "pods (decode)     2",
      "pods (prefill)    0",
      "pods (epp)        1",
      "nvidia.com/gpu    4",
      "requests.cpu      20",
      "requests.memory   72Gi",
      "limits.cpu        unbounded",
      "limits.memory     144Gi",
    ]);
  });

  it("-o json and -o yaml print the summary object", () => {
    const expected = {
      pods: { decode: 1, prefill: 0, epp: 1 },
      accelerators: { "nvidia.com/gpu": 1 },
      requests: { cpu: "4", memory: "8Gi" },
      limits: {},
      objects: { ConfigMap: 1, Deployment: 2, DestinationRule: 1, HTTPRoute: 1, InferencePool: 1, PodMonitor: 1, Role: 1, RoleBinding: 1, Service: 1, ServiceAccount: 1 },
    };
    const json = render("ms.yaml", "--summary", "-o", "json");
    assert.equal(json.code, 0, json.stderr);
    assert.deepEqual(JSON.parse(json.stdout), expected);
    assert.deepEqual(parse(render("ms.yaml", "--summary", "-o", "yaml").stdout), expected);
    // --operator-version is accepted with --summary too.
    assert.deepEqual(JSON.parse(render("ms.yaml", "--summary", "-o", "json", "--operator-version", "v0.9.0-alpha.2").stdout).pods, expected.pods);
  });

  it("errors: located on stderr, nothing on stdout, exit 1; a bad -o exits 2", () => {
    const r = render("bad.yaml", "--summary");
    assert.equal(r.code, 1);
    assert.equal(r.stdout, "");
    assert.match(r.stderr, /^bad\.yaml:17:5: error schema\/minimum: /m);
    assert.equal(render("ms.yaml", "--summary", "-o", "sarif").code, 2);
    assert.equal(render("ms.yaml", "-o", "text").code, 2); // text is for --summary only
    assert.match(render("--help").stdout, /--summary/);
  });
});
