// `modelservice migrate` on real files: stdout is what `migrate()` answers (and what KServe admits),
// diagnostics go to stderr at the ModelService's lines, exit codes as `render`.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { parseAllDocuments } from "yaml";
import { migrate } from "./support/package.mjs";
import { EPP_G1_YAML } from "./fixtures.mjs";
import { cli, workspace } from "./cli-helpers.mjs";
import { REPO } from "./support/cases.mjs";
import { migratedProblems } from "./support/kserve.mjs";

const MINIMAL = readFileSync(join(REPO, "examples", "minimal.yaml"), "utf8");
const PD = readFileSync(join(REPO, "www", "src", "examples", "pd-disaggregation.yaml"), "utf8");
const dir = workspace({
  "minimal.yaml": MINIMAL,
  "pd.yaml": PD,
  "g1.yaml": EPP_G1_YAML,
  "bad.yaml": EPP_G1_YAML.replace("    replicas: 1", "    replicas: two"),
});
const yamlObjects = (stdout) => Array.from(parseAllDocuments(stdout), (d) => d.toJS());
const kinds = (objects) => objects.map((o) => `${o.kind}/${o.metadata.name}`);

describe("modelservice migrate", () => {
  it("prints the migrated objects as YAML, exactly what migrate() answers, all admitted by KServe", () => {
    const r = cli(["migrate", "minimal.yaml"], { cwd: dir });
    assert.equal(r.code, 0, r.stderr);
    const objects = yamlObjects(r.stdout);
    assert.deepEqual(objects, migrate(MINIMAL).resources);
    assert.deepEqual(kinds(objects), ["LLMInferenceService/qwen3-0-6b", "PodMonitor/qwen3-0-6b-kserve", "DestinationRule/qwen3-0-6b-epp-service"]);
    assert.deepEqual(objects.flatMap(migratedProblems), []);
    // Diagnostics on stderr, located in the file; warnings but no error.
    const lines = r.stderr.split("\n").filter((l) => l.startsWith("minimal.yaml:"));
    assert.ok(lines.some((l) => /^minimal\.yaml:6:3: warning migrate\/name-renamed: /.test(l)), r.stderr);
    assert.ok(lines.some((l) => /^minimal\.yaml:\d+:\d+: info migrate\/gpu-count: /.test(l)), r.stderr);
    assert.ok(!lines.some((l) => / error /.test(l)), r.stderr);
  });

  it("-o json, several files, stdin, --api-version and --model-uri", () => {
    const r = cli(["migrate", "g1.yaml", "pd.yaml", "-o", "json", "--api-version", "serving.kserve.io/v1alpha1", "--model-uri", "pvc://models/m"], { cwd: dir });
    assert.equal(r.code, 0, r.stderr);
    const objects = JSON.parse(r.stdout);
    const options = { migrate: { apiVersion: "serving.kserve.io/v1alpha1", modelUri: "pvc://models/m" } };
    assert.deepEqual(objects, [...migrate(EPP_G1_YAML, {}, options).resources, ...migrate(PD, {}, options).resources]);
    const services = objects.filter((o) => o.kind === "LLMInferenceService");
    assert.deepEqual(services.map((s) => [s.apiVersion, s.spec.model.uri]), [
      ["serving.kserve.io/v1alpha1", "pvc://models/m"],
      ["serving.kserve.io/v1alpha1", "pvc://models/m"],
    ]);
    assert.deepEqual(objects.flatMap(migratedProblems), []);
    assert.match(r.stderr, /^g1\.yaml:/m);
    assert.match(r.stderr, /^pd\.yaml:/m);
    const s = cli(["migrate", "-", "-o", "json"], { cwd: dir, input: EPP_G1_YAML });
    assert.equal(s.code, 0, s.stderr);
    assert.deepEqual(JSON.parse(s.stdout), migrate(EPP_G1_YAML).resources);
    assert.match(s.stderr, /^<stdin>:\d+:\d+: warning migrate\/route-match: /m);
  });

  it("maps the operator flags", () => {
    const r = cli(["migrate", "g1.yaml", "-o", "json", "--provider", "gke", "--default-gateway-name=", "--metrics-endpoint-auth=false", "--kit-image", "mirror/kitops:v1"], { cwd: dir });
    assert.equal(r.code, 0, r.stderr);
    const [svc, ...kept] = JSON.parse(r.stdout);
    assert.deepEqual(kinds(kept), ["PodMonitor/qwen3-0-6b-kserve"]); // gke: no DestinationRule
    assert.equal(svc.spec.router.route, undefined); // no default gateway: no route
    assert.deepEqual(svc.spec.router.scheduler.template.containers[0].args, ["--metrics-endpoint-auth=false"]);
    assert.equal(svc.spec.template.initContainers[0].image, "mirror/kitops:v1");
  });

  it("exit 1 on errors, printing nothing for that file; exit 2 on usage and I/O errors", () => {
    const bad = cli(["migrate", "bad.yaml"], { cwd: dir });
    assert.equal(bad.code, 1);
    assert.equal(bad.stdout, "");
    assert.match(bad.stderr, /^bad\.yaml:\d+:\d+: error schema\//m);
    const mixed = cli(["migrate", "g1.yaml", "bad.yaml", "-o", "json"], { cwd: dir });
    assert.equal(mixed.code, 1);
    assert.deepEqual(JSON.parse(mixed.stdout), migrate(EPP_G1_YAML).resources);
    const uri = cli(["migrate", "g1.yaml", "--model-uri", "kit://r/m:v1"], { cwd: dir });
    assert.equal(uri.code, 1);
    assert.match(uri.stderr, /error migrate\/model-uri-unsupported: /);
    assert.equal(cli(["migrate", "missing.yaml"], { cwd: dir }).code, 2);
    assert.equal(cli(["migrate", "g1.yaml", "--bogus"], { cwd: dir }).code, 2);
    assert.equal(cli(["migrate", "g1.yaml", "-o", "xml"], { cwd: dir }).code, 2);
    assert.equal(cli(["migrate", "-", "-"], { cwd: dir }).code, 2);
  });

  it("--help names every flag; the top-level help lists the command", () => {
    const h = cli(["migrate", "--help"]);
    assert.equal(h.code, 0);
    for (const flag of ["--output", "--api-version", "--model-uri", "--provider", "--kit-image", "--operator-version"]) assert.match(h.stdout, new RegExp(flag));
    assert.match(cli(["--help"]).stdout, /^ {2}migrate \[FILE\|-\]\.\.\. /m);
  });
});
