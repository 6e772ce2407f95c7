//! Short human reasons for the well-known derivations (`Origin.rule`). Perturbation finds *which*
//! inputs a value depends on; this table says *how*, for the values whose rule is not obvious from
//! the inputs alone. It never decides an origin, so a missing entry only means no `rule`.

use super::flatten::{get, path_of};
use crate::builders::epp_config_map::{DEFAULT_PLUGINS_FILE, PD_PLUGINS_FILE};
use crate::builders::epp_deployment::{CONFIG_CHECKSUM_ANNOTATION, CONFIG_MOUNT_PATH, CONTAINER as EPP_CONTAINER};
use crate::builders::epp_service::DEFAULT_EXT_PROC_PORT;
use crate::builders::http_route::MODEL_HEADER;
use crate::builders::inference_pool::DEFAULT_FAILURE_MODE;
use crate::builders::model_unpack::{DEFAULT_MOUNT_PATH, DOCKER_CONFIG_MOUNT_PATH, MODEL_TMP_MOUNT_PATH};
use crate::builders::pod_monitor::{DEFAULT_INTERVAL, DEFAULT_PATH, DEFAULT_PORT_NAME};
use crate::builders::routing_proxy::{DEFAULT_TARGET_PORT, NAME as PROXY_CONTAINER};
use crate::builders::serving_deployment::{NIXL_ENV, VLLM_CONTAINER};
use crate::diagnostics::{FieldPath, Segment};
use crate::gpu::gpu_accelerators;
use crate::labels;
use crate::names;
use serde_json::Value;

/// Where a leaf sits and what the ModelService is called.
pub struct Ctx<'a> {
    pub kind: &'a str,
    /// The whole rendered object.
    pub obj: &'a Value,
    pub path: &'a FieldPath,
    pub value: &'a Value,
    /// `metadata.name` / `metadata.namespace` of the ModelService.
    pub name: &'a str,
    pub namespace: &'a str,
    /// The leaf depends on no input.
    pub constant: bool,
}

const GPU: &str = "tensor × dataLocal";
const VLLM_PORT: &str = "routingProxy.targetPort on decode pods with a routing proxy, else engine.port";
const HA: &str = "only when the EPP has more than 1 replica";
const TRACING: &str = "only when --tracing-enabled";
const PROXY_PORT: &str = "engine.port (the proxy listens where clients expect vLLM)";

// Rules that name a builder default: written from the builder's constant, never retyped.
fn epp_port() -> String {
    format!("endpointPicker.port, else {DEFAULT_EXT_PROC_PORT}")
}

fn config_file() -> String {
    format!("{PD_PLUGINS_FILE} when spec.prefill is set, else {DEFAULT_PLUGINS_FILE}")
}

fn mount() -> String {
    format!("spec.model.mountPath, else {DEFAULT_MOUNT_PATH}")
}

impl Ctx<'_> {
    fn segs(&self) -> &[Segment] {
        self.path.segments()
    }

    /// The last segment as text (field name or map key).
    fn last(&self) -> &str {
        match self.segs().last() {
            Some(Segment::Field(f) | Segment::Key(f)) => f,
            _ => "",
        }
    }

    fn text(&self) -> &str {
        self.value.as_str().unwrap_or("")
    }

    fn str_at(&self, p: &FieldPath) -> &str {
        get(self.obj, p).and_then(Value::as_str).unwrap_or("")
    }

    /// The path up to and including the item of the list field `list` (e.g. `…containers[0]`).
    fn item_of(&self, list: &str) -> Option<FieldPath> {
        let segs = self.segs();
        let at = segs.windows(2).rposition(|w| matches!(w, [Segment::Field(f), Segment::Index(_)] if f == list))?;
        Some(path_of(segs.get(..at + 2)?))
    }

    /// The `name` of the container this leaf is in.
    fn container(&self) -> &str {
        ["containers", "initContainers"]
            .iter()
            .find_map(|l| self.item_of(l))
            .map_or("", |p| self.str_at(&p.field("name")))
    }

    /// `(previous argument, this argument)` when the leaf is an `args[i]`.
    fn arg(&self) -> Option<(&str, &str)> {
        let [.., Segment::Field(f), Segment::Index(i)] = self.segs() else { return None };
        if f != "args" {
            return None;
        }
        let prev = match i.checked_sub(1) {
            Some(p) => self.str_at(&self.path.parent().index(p)),
            None => "",
        };
        Some((prev, self.text()))
    }

    /// The `name` of the list item (env var, port) this leaf belongs to.
    fn item_name(&self, list: &str) -> Option<&str> {
        let item = self.item_of(list)?;
        Some(self.str_at(&item.field("name")))
    }

    /// The first container of a Deployment's pod template.
    fn container_of_template(&self) -> &str {
        self.str_at(&FieldPath::parse("spec.template.spec.containers[0].name"))
    }
}

/// The rule for one leaf, if the table has one.
pub fn rule(c: &Ctx) -> Option<String> {
    by_location(c).or_else(|| by_name(c))
}

fn by_location(c: &Ctx) -> Option<String> {
    let p = c.path.to_string();
    let last = c.last();
    let some = |r: &str| Some(r.to_string());
    if (p.contains(".limits[") || p.contains(".requests[")) && gpu_accelerators().any(|a| a.resource == last) {
        return some(GPU);
    }
    if last == CONFIG_CHECKSUM_ANNOTATION {
        return some("sha256 of the plugin config");
    }
    if p.starts_with("metadata.ownerReferences") {
        return some("the owning ModelService (only when metadata.uid is set)");
    }
    if last == labels::VERSION {
        return some("operator build version (main.version); omitted when empty");
    }
    if let Some(env) = c.item_name("env") {
        // On the variable's name, only the rules that say when it exists.
        return env_rule(env).filter(|r| last != "name" || r.starts_with("only"));
    }
    if let Some(r) = c.arg().and_then(|(prev, this)| arg_rule(c.container(), prev, this)) {
        return Some(r);
    }
    if let Some(port) = c.item_name("ports") {
        let r = match (c.container(), port) {
            (VLLM_CONTAINER, "http") => VLLM_PORT.to_string(),
            (VLLM_CONTAINER, "nixl-side") => format!("the first {NIXL_ENV} env value (1–65535, not the http port)"),
            (PROXY_CONTAINER, _) => PROXY_PORT.to_string(),
            (_, "grpc-ext-proc") => epp_port(),
            _ => return None,
        };
        return (last != "name" && last != "protocol").then_some(r);
    }
    match (c.kind, p.as_str()) {
        (_, x) if x.ends_with(".grpc.service") => {
            return some("readiness / liveness when the EPP has more than 1 replica, else inference-extension")
        }
        ("InferencePool", "spec.targetPorts[0].number") => return some("engine.port"),
        ("InferencePool", "spec.endpointPickerRef.port.number") => return Some(epp_port()),
        ("InferencePool", "spec.endpointPickerRef.failureMode") => {
            return Some(format!("endpointPicker.failureMode, else {DEFAULT_FAILURE_MODE}"))
        }
        ("HTTPRoute", "spec.parentRefs[0].name")
            if get(c.obj, &FieldPath::parse("spec.parentRefs[0].kind")).is_some() =>
        {
            return some("--default-gateway-name (default route: spec.httpRoute unset)")
        }
        ("HTTPRoute", "spec.parentRefs[0].namespace") if c.constant => {
            return some("the default route's gateway namespace")
        }
        ("HTTPRoute", "spec.parentRefs[0].namespace") => {
            return some("httpRoute.gatewayRef.namespace, only when it differs from metadata.namespace")
        }
        ("HTTPRoute", x) if x.ends_with(".headers[0].value") => {
            return Some(format!("metadata.name ({MODEL_HEADER} header)"))
        }
        ("PodMonitor", "spec.podMetricsEndpoints[0].port") => {
            return Some(format!("monitoring.podMonitor.portName, else {DEFAULT_PORT_NAME}"))
        }
        ("PodMonitor", "spec.podMetricsEndpoints[0].path") => {
            return Some(format!("monitoring.podMonitor.path, else {DEFAULT_PATH}"))
        }
        ("PodMonitor", "spec.podMetricsEndpoints[0].interval") => {
            return Some(format!("monitoring.podMonitor.interval, else {DEFAULT_INTERVAL}"))
        }
        ("ServiceMonitor", x) if x.contains(".authorization.") => return some("only when --metrics-endpoint-auth"),
        ("ConfigMap", x) if x.starts_with("data[") => return Some(config_file()),
        ("Role", x) if x.starts_with("rules[") => {
            let item = c.item_of("rules")?;
            let leader = ["leases", "events"].iter().any(|r| {
                get(c.obj, &item.field("resources")).and_then(Value::as_array).is_some_and(|a| a.iter().any(|x| x == r))
            });
            return leader.then(|| HA.to_string());
        }
        ("Deployment", "spec.replicas") if c.container_of_template() == EPP_CONTAINER => {
            return some("endpointPicker.replicas, else 1")
        }
        _ => {}
    }
    if c.kind == "Deployment" && c.container() == EPP_CONTAINER && p.contains(".resources.") && c.constant {
        return some("EPP default resources when endpointPicker.resources is unset: requests cpu 4, memory 8Gi; limits memory 16Gi");
    }
    if p.contains(".volumes[") && p.contains(".secret.") && last == "secretName" {
        return some("the first spec.model.imagePullSecrets entry");
    }
    if p.contains(".volumeMounts[")
        && last == "mountPath"
        && ![MODEL_TMP_MOUNT_PATH, DOCKER_CONFIG_MOUNT_PATH, CONFIG_MOUNT_PATH].contains(&c.text())
    {
        return Some(mount());
    }
    None
}

fn env_rule(env: &str) -> Option<String> {
    Some(match env {
        "TP_SIZE" => "max(parallelism.tensor, 1)".into(),
        "DP_SIZE" => "max(parallelism.data, 1)".into(),
        "DP_SIZE_LOCAL" => "max(parallelism.dataLocal, 1)".into(),
        "MODEL_MOUNT_PATH" => mount(),
        "DOCKER_CONFIG" => "only with spec.model.imagePullSecrets".into(),
        e if e.starts_with("OTEL_") => TRACING.into(),
        _ => return None,
    })
}

/// A rule's text, made on demand (some name a builder constant).
type RuleText = fn() -> String;

fn arg_rule(container: &str, prev: &str, this: &str) -> Option<String> {
    let parallel = |f: &str| match f {
        "--tensor-parallel-size" => Some("parallelism.tensor, only when > 1".to_string()),
        "--data-parallel-size" => Some("parallelism.data, only when > 1".to_string()),
        "--data-parallel-size-local" => Some("parallelism.dataLocal, only when > 1".to_string()),
        _ => None,
    };
    match container {
        VLLM_CONTAINER => match prev {
            "" => Some(mount()),
            "--port" => Some(VLLM_PORT.into()),
            _ => parallel(prev).or_else(|| parallel(this)),
        },
        PROXY_CONTAINER => match prev {
            "--port" => Some(PROXY_PORT.into()),
            "--vllm-port" => Some(format!("routingProxy.targetPort, else {DEFAULT_TARGET_PORT}")),
            _ if this.starts_with("--secure-proxy=") => Some("routingProxy.secureProxy (unset = false)".into()),
            _ => None,
        },
        EPP_CONTAINER => {
            let table: [(&str, RuleText); 7] = [
                ("--pool-name=", || "\"--pool-name=\" + metadata.name".into()),
                ("--pool-namespace=", || "\"--pool-namespace=\" + metadata.namespace".into()),
                ("--config-file=", config_file),
                ("--grpc-port=", epp_port),
                ("--ha-enable-leader-election", || HA.into()),
                ("--tracing=", || "--tracing-enabled".into()),
                ("--metrics-endpoint-auth=false", || "only when --metrics-endpoint-auth is false".into()),
            ];
            table.iter().find(|(p, _)| this.starts_with(p)).map(|(_, r)| r()).or_else(|| {
                let fixed = ["--pool-group=", "--zap-encoder="].iter().any(|p| this.starts_with(p));
                (!fixed && this.starts_with("--")).then(|| "eppConfig.flags as --key=value, sorted by key".into())
            })
        }
        _ => None,
    }
}

/// Values built from the ModelService name: the object names and the EPP references.
fn by_name(c: &Ctx) -> Option<String> {
    let s = c.value.as_str()?;
    let (n, ns) = (c.name, c.namespace);
    let epp = names::epp_name(n);
    let table: [(String, &str); 7] = [
        (names::decode_name(n), "metadata.name + \"-decode\""),
        (names::prefill_name(n), "metadata.name + \"-prefill\""),
        (epp.clone(), "sanitize(metadata.name) + \"-epp\""),
        (names::epp_config_map_name(n), "sanitize(metadata.name) + \"-epp-config\""),
        (names::epp_secret_name(n), "sanitize(metadata.name) + \"-epp-sa-metrics-reader-secret\""),
        (names::epp_cluster_rbac_name(ns, n), "metadata.namespace + \"-\" + sanitize(metadata.name) + \"-epp\""),
        (
            format!("{epp}.{ns}.svc.cluster.local"),
            "sanitize(metadata.name) + \"-epp.\" + metadata.namespace + \".svc.cluster.local\"",
        ),
    ];
    table.into_iter().find(|(v, _)| v == s).map(|(_, r)| r.to_string())
}
