// A/B check for speed work: two wasm builds loaded in one process must answer every export alike,
// byte for byte, over every fixture (as JSON and as YAML text), the lint corpus, generated specs
// (changing settings, names needing sanitising, invalid fields) and edge texts; LintSession in
// batches over all of them. Exits 1 at the first difference (printed), else prints the counts.
//   usage: node ab-answers.mjs <a>/node/modelservice_render.js <b>/node/modelservice_render.js [generated=3000]
import { readFileSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { ROOT, YAML } from "./common.mjs";

const [pa, pb, nGen = "3000"] = process.argv.slice(2);
if (!pa || !pb) throw new Error("usage: ab-answers.mjs <a.js> <b.js> [generated]");
const A = await import(pathToFileURL(resolve(pa)).href);
const B = await import(pathToFileURL(resolve(pb)).href);

let answers = 0;
let rendered = 0; // renders that answered objects (so the generated specs are not all rejected)
function same(what, f) {
  let a, b;
  try { a = f(A); } catch (e) { a = `THROW ${e}`; }
  try { b = f(B); } catch (e) { b = `THROW ${e}`; }
  answers++;
  if (a !== b) {
    console.error(`DIFFERENT: ${what}\n--- a\n${String(a).slice(0, 2000)}\n--- b\n${String(b).slice(0, 2000)}`);
    process.exit(1);
  }
  if (what.startsWith("render ") && a.includes('"kind":"Deployment"')) rendered++;
}

// Inputs: [label, modelService JSON text].
const docs = [];
const fx = join(ROOT, "tests/fixtures");
const settings = [["", ""], ["{}", "{}"]];
for (const d of readdirSync(fx)) {
  const file = readdirSync(join(fx, d)).find((f) => f.startsWith("modelservice."));
  const text = readFileSync(join(fx, d, file), "utf8");
  docs.push([`fixture ${d} (${file} text)`, text]);
  for (const doc of YAML.parseAllDocuments(text)) docs.push([`fixture ${d}`, JSON.stringify(doc.toJS())]);
  try {
    const c = JSON.parse(readFileSync(join(fx, d, "config.json"), "utf8"));
    settings.push([JSON.stringify(c.eppConfig ?? {}), JSON.stringify(c.options ?? {})]);
  } catch {}
}
for (const f of readdirSync(join(ROOT, "tests/corpus"), { recursive: true })) {
  if (!String(f).endsWith(".yaml")) continue;
  const text = readFileSync(join(ROOT, "tests/corpus", f), "utf8");
  for (const doc of YAML.parseAllDocuments(text)) {
    try { docs.push([`corpus ${f}`, JSON.stringify(doc.toJS())]); } catch { docs.push([`corpus ${f} (text)`, text]); }
  }
}
settings.push(
  [JSON.stringify({ defaultGatewayName: "" }), JSON.stringify({ operatorVersion: "v0.9.0-alpha.2" })],
  [JSON.stringify({ provider: "gke", metricsEndpointAuth: false, flags: { "kv-cache-usage-percentage-metric": "x" } }), JSON.stringify({ images: { engine: "r/e:v9" } })],
  [JSON.stringify({ provider: "none", tracing: { enabled: true, otelExporterEndpoint: "http://c:4317", samplerArg: "0.5" } }), "{}"],
  ['{"provider": 3}', '{"operatorVersion": "v9"}'],
);
for (const t of ["", "{", "[]", "null", "1", '"x"', "{}", '{"spec": {}}', '{"metadata": {"name": "a"}}', "\ufeff{}"]) docs.push([`edge ${t}`, t]);

// Generated specs: a deterministic mix, with settings, odd names and invalid fields.
let seed = 12345;
const rnd = (n) => ((seed = (seed * 1103515245 + 12345) >>> 0) >>> 8) % n;
const pick = (xs) => xs[rnd(xs.length)];
const NAMES = ["ms", "Qwen3.5-8B", "9lives", "a.b.c", "x".repeat(70), "llama_3", "m-", "UPPER", "dotted.name.v1"];
const QTY = ["1", "4", "500m", "0.5", "32Gi", "1e3", "1.5Gi", "100M", "12345678901234567890123", "-1", "bad", "0.000001", "2Ki", "1000000000000"];
function gen(i) {
  const ms = {
    apiVersion: "model.otterscale.io/v1alpha1",
    kind: "ModelService",
    metadata: { name: `${pick(NAMES)}${i}`, namespace: pick(["ml", "team-1", "Bad_NS", "default"]) },
    spec: {
      model: { name: pick(["Qwen/Qwen3-8B", "meta-llama/Llama-3.1-8B-Instruct", "m"]), image: pick(["r/m:v1", "registry.example.com/models/m:v2", "r/m@sha256:" + "a".repeat(64), "bad image"]) },
      engine: { port: pick([8000, 8200, 70000, "x"]) },
      accelerator: { type: pick(["nvidia", "amd", "intel", "tpu"]) },
      decode: { replicas: rnd(4), parallelism: { tensor: pick([1, 2, 4, 8, 0]) }, resources: { requests: { cpu: pick(QTY), memory: pick(QTY) } } },
    },
  };
  if (rnd(3) === 0) ms.spec.engine.args = pick([["--max-model-len", "8192"], ["--foo bar"], ["--port", "9000"], []]);
  if (rnd(2) === 0) {
    ms.spec.prefill = { replicas: rnd(3), parallelism: { tensor: pick([1, 2]) } };
    ms.spec.routingProxy = pick([{ connector: "nixlv2" }, { connector: "lmcache" }, {}]);
  }
  if (rnd(2) === 0) {
    ms.spec.inferencePool = { endpointPicker: { replicas: rnd(4) } };
    ms.spec.httpRoute = { gatewayRef: { name: "gw", namespace: pick(["gateway", "ml"]) }, hostnames: [`m${i}.example.com`] };
  }
  if (rnd(3) === 0) ms.spec.monitoring = pick([{ podMonitor: { enabled: true, interval: "30s" } }, {}, { serviceMonitor: { enabled: true } }]);
  if (rnd(3) === 0) {
    ms.spec.engine.env = [{ name: "VLLM_LOGGING_LEVEL", value: "INFO" }, { name: "POD_IP", valueFrom: { fieldRef: { fieldPath: "status.podIP" } } }, pick([{ name: "" }, { value: "x" }, { name: "A", value: 1 }])];
    ms.spec.decode.nodeSelector = { gpu: pick(["h100", 3]) };
    ms.spec.decode.tolerations = [{ key: "nvidia.com/gpu", operator: pick(["Exists", "Equal", "Bad"]), effect: "NoSchedule" }];
    ms.spec.decode.resources.limits = { memory: pick(QTY), "nvidia.com/gpu": pick(QTY) };
  }
  if (rnd(5) === 0) ms.spec.unknownField = { a: 1 };
  if (rnd(7) === 0) ms.metadata.uid = "0b4e-uid";
  return ms;
}
const nG = Number(nGen);
for (let i = 0; i < nG; i++) docs.push([`generated ${i}`, JSON.stringify(gen(i))]);

for (const [i, [label, text]] of docs.entries()) {
  const [epp, opts] = settings[i % settings.length];
  const all = label.startsWith("fixture") || i % 5 === 0 ? settings : [[epp, opts]];
  for (const [e, o] of all) {
    same(`render ${label} ${e} ${o}`, (m) => m.render(text, e, o));
    same(`lint ${label} ${e} ${o}`, (m) => m.lint(text, e, o));
  }
  same(`explain ${label}`, (m) => m.explain(text, epp, opts));
  same(`migrate ${label}`, (m) => m.migrate(text, epp, opts));
  same(`summary ${label}`, (m) => m.summary(text, epp, opts));
  same(`names ${label}`, (m) => m.names(text, opts));
  const [, other] = docs[(i * 7 + 3) % docs.length];
  same(`diff ${label}`, (m) => m.diff(text, other, epp, opts));
  const deployments = pick([
    "{}", '{"decode": {"status": {"replicas": 2, "readyReplicas": 1}}}',
    '{"decode": {"status": {"replicas": 1, "readyReplicas": 1, "availableReplicas": 1}}, "prefill": {"status": {}}}', "x"]);
  same(`observeStatus ${label}`, (m) => m.observeStatus(text, deployments));
}
for (const [e, o] of settings) same(`defaults ${o}`, (m) => m.defaults(o) + m.defaults(e));
same("operatorVersion", (m) => m.operatorVersion());

// LintSession in batches of 1, 7 and 100 over every document (cross-document findings included).
const valid = docs.map(([, t]) => t).filter((t) => { try { return typeof JSON.parse(t) === "object"; } catch { return false; } });
for (const [bi, batch] of [1, 7, 100].entries()) {
  const [e, o] = settings[bi % settings.length];
  same(`LintSession batch ${batch}`, (m) => {
    const s = new m.LintSession(e, o);
    for (let i = 0; i < valid.length; i += batch) s.add(`[${valid.slice(i, i + batch).join(",")}]`);
    s.add("{}");
    return s.finish();
  });
}
console.log(JSON.stringify({ documents: docs.length, settings: settings.length, answers, rendered, identical: true }));
