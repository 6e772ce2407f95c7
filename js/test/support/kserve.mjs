// Checks a migrated object as KServe v0.20.0 would admit it. The LLMInferenceService: ajv over the
// CRD schema of its version (../shared/schemas/llminferenceservice-v1alpha{1,2}.schema.json), no
// field the schema does not declare (the API server would prune it silently), the CRD's CEL rules
// that touch what migrate writes, and the rules of KServe's validating webhook
// (pkg/apis/serving/v1alpha2/llm_inference_service_validation.go and its v1alpha1 twin at
// v0.20.0). The objects kept beside it: their upstream models (kubernetes-models,
// @kubernetes-models/*), again with no undeclared field.
import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import { ClusterRole } from "kubernetes-models/rbac.authorization.k8s.io/v1/ClusterRole";
import { ClusterRoleBinding } from "kubernetes-models/rbac.authorization.k8s.io/v1/ClusterRoleBinding";
import { Secret } from "kubernetes-models/v1/Secret";
import { ServiceAccount } from "kubernetes-models/v1/ServiceAccount";
import { DestinationRule } from "@kubernetes-models/istio/networking.istio.io/v1beta1/DestinationRule";
import { PodMonitor } from "@kubernetes-models/prometheus-operator/monitoring.coreos.com/v1/PodMonitor";
import { ServiceMonitor } from "@kubernetes-models/prometheus-operator/monitoring.coreos.com/v1/ServiceMonitor";
import { ObjectMeta } from "@kubernetes-models/apimachinery/apis/meta/v1/ObjectMeta";
import { sharedFile } from "./cases.mjs";
import { validateDeclared } from "./declared.mjs";

export const VERSIONS = ["serving.kserve.io/v1alpha2", "serving.kserve.io/v1alpha1"];
const KEPT = new Map([Secret, ServiceAccount, ClusterRole, ClusterRoleBinding, DestinationRule, PodMonitor, ServiceMonitor].map((M) => [`${M.apiVersion}/${M.kind}`, M]));

const compiled = new Map();
/** ajv over the CRD schema of `apiVersion` (throws, saying where it is expected, when absent). */
function schema(apiVersion) {
  if (!compiled.has(apiVersion)) {
    const file = `llminferenceservice-${apiVersion.split("/")[1]}.schema.json`;
    const Ajv = createRequire(import.meta.url)("ajv");
    const ajv = new Ajv({ strict: false, allErrors: true });
    const int = (lo, hi) => ({ type: "number", validate: (n) => Number.isInteger(n) && n >= lo && n <= hi });
    ajv.addFormat("int32", int(-(2 ** 31), 2 ** 31 - 1));
    ajv.addFormat("int64", int(Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER));
    ajv.addFormat("date-time", true);
    compiled.set(apiVersion, ajv.compile(JSON.parse(readFileSync(sharedFile("schemas", file), "utf8"))));
  }
  return compiled.get(apiVersion);
}

const has = (o, k) => o !== null && typeof o === "object" && o[k] !== undefined && o[k] !== null;
const DNS1035 = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;

/** The webhook's per-workload rules (validateWorkloadParallelism, ValidateWorkloadScaling). */
function workloadProblems(w, at) {
  const p = [];
  if (!w) return p;
  if (has(w, "replicas") && has(w, "scaling")) p.push(`${at}: replicas and scaling are mutually exclusive (CEL)`);
  if (has(w, "replicas") && w.replicas < 0) p.push(`${at}.replicas: minimum 0`);
  const par = w.parallelism;
  if (has(w, "worker") && !par) p.push(`${at}.worker: needs parallelism`);
  if (par) {
    const dp = (par.data ?? 0) > 0 || (par.dataLocal ?? 0) > 0;
    if ((par.pipeline ?? 0) > 0 && dp) p.push(`${at}.parallelism: pipeline and data parallelism together`);
    if (has(par, "data") !== has(par, "dataLocal")) p.push(`${at}.parallelism: data and dataLocal must be set together`);
    for (const k of ["tensor", "pipeline", "data", "dataLocal"]) if (has(par, k) && !(par[k] > 0)) p.push(`${at}.parallelism.${k}: must be > 0`);
    if (has(w, "worker") && !dp && !((par.pipeline ?? 0) > 0)) p.push(`${at}.worker: needs data or pipeline parallelism`);
  }
  const containers = w.template?.containers;
  if (w.template && !Array.isArray(containers)) p.push(`${at}.template.containers: required`);
  return p;
}

/** KServe's validating webhook at v0.20.0, the rules of both versions, plus the naming facts its
 *  controller relies on (Service names are DNS-1035 labels). */
export function webhookProblems(o) {
  const p = [];
  const spec = o.spec ?? {};
  if (!DNS1035.test(o.metadata?.name ?? "")) p.push(`metadata.name ${JSON.stringify(o.metadata?.name)}: KServe's Service names need a DNS-1035 label`);
  if (typeof spec.model?.uri !== "string" || !spec.model.uri.includes("://")) p.push("spec.model.uri: a URI with a scheme");
  p.push(...workloadProblems(spec, "spec"));
  p.push(...workloadProblems(spec.prefill, "spec.prefill"));
  const router = spec.router;
  const http = router?.route?.http;
  if (http) {
    if ((http.refs ?? []).length > 0 && http.spec) p.push("spec.router.route.http: refs and spec together");
    if ((http.refs ?? []).length > 0 && router.gateway && (router.gateway.refs ?? []).length === 0) p.push("spec.router.route.http.refs with a managed gateway");
    if ((http.spec?.parentRefs ?? []).length > 0 && (router.gateway?.refs ?? []).length > 0) p.push("spec.router.route.http.spec.parentRefs beside gateway refs");
  }
  const route = router?.route;
  if (route && has(route, "group") !== has(route, "weight")) p.push("spec.router.route: group and weight go together");
  const sch = router?.scheduler;
  if (sch) {
    if (has(sch, "replicas") && !(sch.replicas > 0)) p.push("spec.router.scheduler.replicas: must be > 0");
    if (sch.config && !sch.config.inline === !sch.config.ref) p.push("spec.router.scheduler.config: exactly one of inline, ref");
    const ref = sch.pool?.spec?.endpointPickerRef;
    if (ref && (ref.kind ?? "Service") === "Service" && !has(ref, "port")) p.push("spec.router.scheduler.pool.spec.endpointPickerRef.port: required for kind Service (CEL)");
    if (sch.template && !Array.isArray(sch.template.containers)) p.push("spec.router.scheduler.template.containers: required");
  }
  return p;
}

/** Every problem KServe (or the kept object's own CRD/API) would find in one migrated object. */
export function migratedProblems(obj) {
  const type = `${obj.apiVersion}/${obj.kind}`;
  if (obj.kind === "LLMInferenceService") {
    if (!VERSIONS.includes(obj.apiVersion)) return [`unknown apiVersion ${obj.apiVersion}`];
    const validate = schema(obj.apiVersion);
    let metaError = null;
    const both = (o) => {
      try {
        ObjectMeta.prototype.validate.call(o.metadata);
      } catch (e) {
        metaError = e;
      }
      return validate(o);
    };
    const { valid, undeclared } = validateDeclared(both, obj);
    return [
      ...(valid ? [] : [`CRD schema: ${JSON.stringify(validate.errors)}`]),
      ...(metaError ? [`metadata: ${metaError.message}`] : []),
      ...undeclared.map((path) => `undeclared field ${path}`),
      ...webhookProblems(obj).map((w) => `webhook: ${w}`),
    ];
  }
  const Model = KEPT.get(type);
  if (!Model) return [`no upstream model for ${type}`];
  try {
    const { undeclared } = validateDeclared((o) => o.validate(), new Model(structuredClone(obj)));
    return undeclared.map((path) => `undeclared field ${path}`);
  } catch (e) {
    return [`${e?.message ?? e} ${JSON.stringify(e?.errors ?? [])}`];
  }
}
