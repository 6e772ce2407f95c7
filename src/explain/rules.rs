//! Short human reasons for the well-known derivations (`Origin.rule`). Perturbation finds *which*
//! inputs a value depends on; this table says *how*, for the values whose rule is not obvious from
//! the inputs alone. It never decides an origin, so a missing entry only means no `rule`.

use super::flatten::{get, path_of};
use crate::diagnostics::{FieldPath, Segment};
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
const EPP_PORT: &str = "endpointPicker.port, else 9002";
const CONFIG_FILE: &str = "pd-config.yaml when spec.prefill is set, else default-plugins.yaml";
const HA: &str = "only when the EPP has more than 1 replica";
const MOUNT: &str = "spec.model.mountPath, else /models";
const TRACING: &str = "only when --tracing-enabled";

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
    by_location(c).map(str::to_string).or_else(|| by_name(c))
}

fn by_location(c: &Ctx) -> Option<&'static str> {
    let p = c.path.to_string();
    let last = c.last();
    if (p.contains(".limits[") || p.contains(".requests["))
        && ["nvidia.com/gpu", "amd.com/gpu", "habana.ai/gaudi", "google.com/tpu"].contains(&last)
    {
        return Some(GPU);
    }
    if last == "checksum/config" {
        return Some("sha256 of the plugin config");
    }
    if p.starts_with("metadata.ownerReferences") {
        return Some("the owning ModelService (only when metadata.uid is set)");
    }
    if last == "app.kubernetes.io/version" {
        return Some("operator build version (main.version); omitted when empty");
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
            ("vllm", "http") => VLLM_PORT,
            ("vllm", "nixl-side") => "the first VLLM_NIXL_SIDE_CHANNEL_PORT env value (1–65535, not the http port)",
            ("routing-proxy", _) => "engine.port (the proxy listens where clients expect vLLM)",
            (_, "grpc-ext-proc") => EPP_PORT,
            _ => return None,
        };
        return (last != "name" && last != "protocol").then_some(r);
    }
    match (c.kind, p.as_str()) {
        (_, x) if x.ends_with(".grpc.service") => {
            return Some("readiness / liveness when the EPP has more than 1 replica, else inference-extension")
        }
        ("InferencePool", "spec.targetPorts[0].number") => return Some("engine.port"),
        ("InferencePool", "spec.endpointPickerRef.port.number") => return Some(EPP_PORT),
        ("InferencePool", "spec.endpointPickerRef.failureMode") => {
            return Some("endpointPicker.failureMode, else FailClose")
        }
        ("HTTPRoute", "spec.parentRefs[0].name")
            if get(c.obj, &FieldPath::parse("spec.parentRefs[0].kind")).is_some() =>
        {
            return Some("--default-gateway-name (default route: spec.httpRoute unset)")
        }
        ("HTTPRoute", "spec.parentRefs[0].namespace") if c.constant => {
            return Some("the default route's gateway namespace")
        }
        ("HTTPRoute", "spec.parentRefs[0].namespace") => {
            return Some("httpRoute.gatewayRef.namespace, only when it differs from metadata.namespace")
        }
        ("HTTPRoute", x) if x.ends_with(".headers[0].value") => {
            return Some("metadata.name (OtterScale-Model-Name header)")
        }
        ("PodMonitor", "spec.podMetricsEndpoints[0].port") => return Some("monitoring.podMonitor.portName, else http"),
        ("PodMonitor", "spec.podMetricsEndpoints[0].path") => return Some("monitoring.podMonitor.path, else /metrics"),
        ("PodMonitor", "spec.podMetricsEndpoints[0].interval") => {
            return Some("monitoring.podMonitor.interval, else 30s")
        }
        ("ServiceMonitor", x) if x.contains(".authorization.") => return Some("only when --metrics-endpoint-auth"),
        ("ConfigMap", x) if x.starts_with("data[") => return Some(CONFIG_FILE),
        ("Role", x) if x.starts_with("rules[") => {
            let item = c.item_of("rules")?;
            let leader = ["leases", "events"].iter().any(|r| {
                get(c.obj, &item.field("resources")).and_then(Value::as_array).is_some_and(|a| a.iter().any(|x| x == r))
            });
            return leader.then_some(HA);
        }
        ("Deployment", "spec.replicas") if c.container_of_template() == "epp" => {
            return Some("endpointPicker.replicas, else 1")
        }
        _ => {}
    }
    if c.kind == "Deployment" && c.container() == "epp" && p.contains(".resources.") && c.constant {
        return Some("EPP default resources when endpointPicker.resources is unset: requests cpu 4, memory 8Gi; limits memory 16Gi");
    }
    if p.contains(".volumes[") && p.contains(".secret.") && last == "secretName" {
        return Some("the first spec.model.imagePullSecrets entry");
    }
    if p.contains(".volumeMounts[")
        && last == "mountPath"
        && c.text() != "/tmp/model-oci"
        && c.text() != "/.docker"
        && c.text() != "/config"
    {
        return Some(MOUNT);
    }
    None
}

fn env_rule(env: &str) -> Option<&'static str> {
    Some(match env {
        "TP_SIZE" => "max(parallelism.tensor, 1)",
        "DP_SIZE" => "max(parallelism.data, 1)",
        "DP_SIZE_LOCAL" => "max(parallelism.dataLocal, 1)",
        "MODEL_MOUNT_PATH" => MOUNT,
        "DOCKER_CONFIG" => "only with spec.model.imagePullSecrets",
        e if e.starts_with("OTEL_") => TRACING,
        _ => return None,
    })
}

fn arg_rule(container: &str, prev: &str, this: &str) -> Option<&'static str> {
    let parallel = |f: &str| match f {
        "--tensor-parallel-size" => Some("parallelism.tensor, only when > 1"),
        "--data-parallel-size" => Some("parallelism.data, only when > 1"),
        "--data-parallel-size-local" => Some("parallelism.dataLocal, only when > 1"),
        _ => None,
    };
    match container {
        "vllm" => match prev {
            "" => Some(MOUNT),
            "--port" => Some(VLLM_PORT),
            _ => parallel(prev).or_else(|| parallel(this)),
        },
        "routing-proxy" => match prev {
            "--port" => Some("engine.port (the proxy listens where clients expect vLLM)"),
            "--vllm-port" => Some("routingProxy.targetPort, else 8200"),
            _ if this.starts_with("--secure-proxy=") => Some("routingProxy.secureProxy (unset = false)"),
            _ => None,
        },
        "epp" => {
            let table: [(&str, &'static str); 7] = [
                ("--pool-name=", "\"--pool-name=\" + metadata.name"),
                ("--pool-namespace=", "\"--pool-namespace=\" + metadata.namespace"),
                ("--config-file=", CONFIG_FILE),
                ("--grpc-port=", EPP_PORT),
                ("--ha-enable-leader-election", HA),
                ("--tracing=", "--tracing-enabled"),
                ("--metrics-endpoint-auth=false", "only when --metrics-endpoint-auth is false"),
            ];
            table.iter().find(|(p, _)| this.starts_with(p)).map(|(_, r)| *r).or_else(|| {
                let fixed = ["--pool-group=", "--zap-encoder="].iter().any(|p| this.starts_with(p));
                (!fixed && this.starts_with("--")).then_some("eppConfig.flags as --key=value, sorted by key")
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
