// Every YAML the product writes means to kubectl what the JSON means (issue 12 §1, "Done when"):
// a realistic P/D ModelService carries each ambiguous scalar in every string position a user
// controls (names, env names and values, args, nodeSelector keys and values, pod annotation keys
// and values, toleration keys and values); its rendered objects, written as YAML, are read back
// by the real kubectl reader (scripts/install-kubectl-yaml.sh) and by YAML 1.2 (npm `yaml`).
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { parseAllDocuments } from "yaml";
import { render, toYamlStream } from "./support/package.mjs";
import { cli, workspace } from "./cli-helpers.mjs";
import { EPP_G2, EPP_G2_CONFIG, errorsOf } from "./fixtures.mjs";
import { AMBIGUOUS } from "./support/ambiguous.mjs";
import { kubectlRead } from "./support/kubectl-yaml.mjs";

// Where Kubernetes accepts the text (the API server validates these formats).
const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const NAME_PART = /^[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$/; // label values, annotation/label key names
const ENV_NAME = /^[!-<>-~]+$/; // printable ASCII but `=`

/** A P/D ModelService named `s` (a valid DNS label), with `s` in its other string positions too. */
function named(s) {
  const ms = structuredClone(EPP_G2);
  ms.metadata.name = s;
  ms.metadata.namespace = s;
  ms.spec.routingProxy = {};
  ms.spec.engine = { ...ms.spec.engine, env: [{ name: "MODE", value: s }], args: ["--extra", s] };
  ms.spec.decode = { ...ms.spec.decode, nodeSelector: { [s]: s }, annotations: { [s]: s }, tolerations: [{ key: s, operator: "Equal", value: s, effect: "NoSchedule" }] };
  return ms;
}

/** One P/D ModelService carrying every ambiguous scalar in every other user string position. */
function carryingAll() {
  const ms = structuredClone(EPP_G2);
  ms.spec.routingProxy = {};
  const keys = AMBIGUOUS.filter((s) => NAME_PART.test(s));
  const role = (r) => ({
    ...r,
    nodeSelector: Object.fromEntries([...keys.map((s) => [s, "x"]), ...keys.map((s, i) => [`example.com/v${i}`, s])]),
    annotations: Object.fromEntries(AMBIGUOUS.map((s, i) => [NAME_PART.test(s) ? s : `example.com/a${i}`, s])),
    tolerations: keys.map((s) => ({ key: s, operator: "Equal", value: s, effect: "NoSchedule" })),
  });
  ms.spec.decode = role(ms.spec.decode);
  ms.spec.prefill = role(ms.spec.prefill);
  const env = [...AMBIGUOUS.map((s, i) => ({ name: `V${i}`, value: s })), ...AMBIGUOUS.filter((s) => ENV_NAME.test(s)).map((s) => ({ name: s, value: "x" }))];
  ms.spec.engine = { ...ms.spec.engine, env, args: ["--extra", ...AMBIGUOUS] };
  return ms;
}

const jsonText = (v) => JSON.stringify(v);
const names = AMBIGUOUS.filter((s) => DNS_LABEL.test(s));

describe("rendered YAML read back by kubectl's reader", () => {
  it("every ambiguous scalar in every user position, names included: the YAML means what the JSON means", () => {
    assert.ok(names.length >= 20, names.join(" "));
    const objects = [...names.map(named), carryingAll()].flatMap((ms) => {
      const r = render(ms, EPP_G2_CONFIG);
      assert.deepEqual(errorsOf(r.diagnostics), [], `${ms.metadata.name}: ${JSON.stringify(r.diagnostics)}`);
      assert.equal(r.resources.length, 17, ms.metadata.name);
      return r.resources;
    });
    // The scalars really are in the output: as values, keys (pod annotations, node selectors,
    // env names) and object names.
    const all = jsonText(objects);
    for (const s of AMBIGUOUS) assert.ok(all.includes(`"value":${jsonText(s)}`), s);
    for (const s of AMBIGUOUS.filter((x) => NAME_PART.test(x))) assert.ok(all.includes(`${jsonText(s)}:${jsonText(s)}`), `${s} as a key`);
    for (const s of names) assert.ok(objects.some((o) => o.metadata.namespace === s), `${s} as a namespace`);
    const read = kubectlRead(toYamlStream(objects));
    assert.equal(read.length, objects.length);
    const differ = objects.flatMap((o, i) => (jsonText(read[i].json) === jsonText(o) ? [] : [[o.kind, o.metadata.name, read[i]]]));
    assert.deepEqual(differ.slice(0, 3), []);
  });

  const dir = workspace({ "ms.json": JSON.stringify(carryingAll()) });

  it("the CLI: `render -o yaml` read by kubectl, and by YAML 1.2, equals `render -o json`", () => {
    const json = cli(["render", "ms.json", "-o", "json"], { cwd: dir });
    assert.equal(json.code, 0, json.stderr);
    const objects = JSON.parse(json.stdout);
    assert.ok(jsonText(objects).includes(`"value":"0755"`) && jsonText(objects).includes(`"on":"on"`));
    const yaml = cli(["render", "ms.json"], { cwd: dir });
    assert.equal(yaml.code, 0, yaml.stderr);
    assert.deepEqual(kubectlRead(yaml.stdout), objects.map((o) => ({ json: o })));
    assert.deepEqual(Array.from(parseAllDocuments(yaml.stdout), (d) => d.toJS()), objects);
  });

  it("the CLI: `render --summary -o yaml` read by kubectl equals `-o json`", () => {
    const json = cli(["render", "ms.json", "--summary", "-o", "json"], { cwd: dir });
    const yaml = cli(["render", "ms.json", "--summary", "-o", "yaml"], { cwd: dir });
    assert.equal(json.code + yaml.code, 0, json.stderr + yaml.stderr);
    assert.deepEqual(kubectlRead(yaml.stdout), [{ json: JSON.parse(json.stdout) }]);
  });
});
