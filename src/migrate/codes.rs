//! Every `migrate/*` diagnostic: code, fixed severity, message and hint (docs/rules.md,
//! "Migration"). Info where KServe does the same thing another way, warning where behaviour
//! changes or something is lost, error only where no sound output exists without the user's
//! input. Messages are templates (`{0}`, `{1}` …) filled at the call site: one table holds what
//! users read, and the wasm carries one formatter instead of one per diagnostic.

use crate::diagnostics::{Diagnostic, FieldPath, Severity};

pub struct Code {
    pub code: &'static str,
    pub severity: Severity,
    pub message: &'static str,
    pub hint: Option<&'static str>,
}

impl Code {
    /// The diagnostic at `path` with the placeholders filled from `args`.
    pub fn at(&self, path: FieldPath, args: &[&str]) -> Diagnostic {
        let d = Diagnostic::new(self.code, self.severity, path, fill(self.message, args));
        match self.hint {
            Some(h) => d.with_hint(fill(h, args)),
            None => d,
        }
    }
}

/// `{N}` (one digit) → `args[N]`; anything else is copied.
pub fn fill(template: &str, args: &[&str]) -> String {
    let mut out = String::with_capacity(template.len() + 64);
    let mut rest = template;
    while let Some(i) = rest.find('{') {
        let (head, tail) = rest.split_at(i);
        out.push_str(head);
        let b = tail.as_bytes();
        match (b.get(1), b.get(2)) {
            (Some(d @ b'0'..=b'9'), Some(b'}')) => {
                out.push_str(args.get(usize::from(d - b'0')).copied().unwrap_or(""));
                rest = tail.get(3..).unwrap_or("");
            }
            _ => {
                out.push('{');
                rest = tail.get(1..).unwrap_or("");
            }
        }
    }
    out.push_str(rest);
    out
}

macro_rules! codes {
    ($($name:ident = $code:literal, $sev:ident, $msg:literal, $hint:expr;)*) => {
        $(pub const $name: Code = Code { code: $code, severity: Severity::$sev, message: $msg, hint: $hint };)*
        /// Every code, in docs/rules.md order.
        pub const ALL: &[Code] = &[$($name),*];
    };
}

codes! {
    NO_MODEL_SOURCE = "migrate/no-model-source", Error,
        "the kit image is empty, so the operator unpacked nothing and there is no model to carry; KServe cannot fetch the ModelKit {0} itself",
        Some("set options.migrate.modelUri (hf://, s3://, pvc://, oci://) or a kit image (options.images.kit)");
    MODEL_URI_UNSUPPORTED = "migrate/model-uri-unsupported", Error,
        "KServe v0.20.0 fetches model URIs with the schemes {0}; \"{1}\" fails its reconcile (\"unsupported schema in model URI\")",
        Some("omit modelUri to keep the operator's kit unpack, or give e.g. pvc://<claim>/<path> or oci://<modelcar image>");
    MODEL_URI_INVALID = "migrate/model-uri-invalid", Error,
        "spec.model.uri would be {0}, which Go's url.Parse refuses ({1}); KServe reads the field through it (knative's apis.URL), so its webhook rejects the LLMInferenceService",
        Some("{2}");
    EPP_RESOURCES_CONFLICT = "migrate/epp-resources-conflict", Error,
        "KServe merges its scheduler preset's resources into these ({1}); the {0} request is then above the {0} limit, and the scheduler Deployment would be rejected",
        Some("set limits[{0}] explicitly");
    NAME_RENAMED = "migrate/name-renamed", Warning,
        "KServe names Services after the LLMInferenceService ({3}, {4}) and a Service name must be a DNS-1035 label (letters, digits and '-', a letter first), so \"{0}\" becomes \"{1}\": kubectl, the route's paths (/{2}/{1}/v1/…) and the pods' app.kubernetes.io/name use the new name",
        Some("rename the ModelService to a DNS-1035 label to keep one name");
    ROUTE_MATCH = "migrate/route-match", Warning,
        "the operator's route matched the header OtterScale-Model-Name: {0} on every path; KServe's route {5} (config-llm-router-route) matches the paths /{2}/{1}/v1/{completions,chat/completions,responses,messages} (rewritten to /v1/…) and /publishers/{2}/models/{3}/v1/…, and the header {4}: publishers/{2}/models/{3} on /v1/… paths. Requests that only send OtterScale-Model-Name no longer match",
        Some("clients: call /{2}/{1}/v1/chat/completions on the gateway, or send {4}: publishers/{2}/models/{3}");
    ROUTE_HOSTNAMES = "migrate/route-hostnames", Warning,
        "the hostnames {0} are not carried: a route spec of your own replaces every rule of KServe's route preset, so KServe's route matches every hostname of the Gateway's listener",
        Some("restrict hostnames on a Gateway listener and name it in router.gateway.refs[].sectionName");
    ENGINE_PORT = "migrate/engine-port", Warning,
        "the engine listened on {0}; KServe's presets serve on {1} (vLLM, probes, InferencePool targetPorts and the route's backends), so clients of the gateway see no change but anything that called pods on {0} must use {1}",
        Some("the port is fixed by the presets; it is not a field of LLMInferenceService");
    ENGINE_ARG_OVERRIDES_PRESET = "migrate/engine-arg-overrides-preset", Warning,
        "{0} is set by KServe's presets (`vllm serve /mnt/models --served-model-name <name> publishers/<namespace>/models/<name> --port 8000`); repeating it here overrides theirs, which breaks the probes (--port) or model-based routing (--served-model-name)",
        Some("remove {0} from spec.engine.args");
    MODEL_NAME_SHELL = "migrate/model-name-shell", Warning,
        "KServe's presets put the model name unquoted into bash (`--served-model-name \"{{ .Spec.Model.Name }}\"` inside an eval string), so \"{0}\" is split or expanded: vLLM would not serve that name",
        Some("use a name of letters, digits and _@%+=:,./- only");
    DATA_PARALLEL_SINGLE_POD = "migrate/data-parallel-single-pod", Warning,
        "KServe's parallelism.data/dataLocal mean multi-node data parallelism (a LeaderWorkerSet, with spec.worker); the operator ran data parallelism inside one pod, so it is carried as vLLM args ({0}) and KServe does not know about it",
        Some("for multi-node data parallelism, set parallelism.data/dataLocal and a worker template instead");
    ROUTING_PROXY_WITHOUT_PREFILL = "migrate/routing-proxy-without-prefill", Warning,
        "without prefill KServe applies config-llm-template, which has no routing sidecar: the proxy is dropped and requests reach vLLM directly on {0}",
        Some("remove spec.routingProxy, or keep it only with spec.prefill");
    ROUTING_PROXY_CONNECTOR = "migrate/routing-proxy-connector", Warning,
        "the proxy used the connector \"{0}\"; KServe's sidecar always runs --kv-connector={1}",
        Some("override the sidecar's command in spec.template.initContainers[name=llm-d-routing-sidecar] to keep another connector");
    ROUTING_PROXY_FLAG = "migrate/routing-proxy-flag", Warning,
        "routingProxy.{0} is not carried: KServe sets the sidecar's flags itself (TLS ones from the cluster's enableLLMInferenceServiceTLS setting)",
        None;
    IMAGE_NOT_CARRIED = "migrate/image-not-carried", Warning,
        "the {0} image {1} is not carried: KServe's {2} runs {3} with the flags of that release",
        Some("to use a mirror, set {4}.image to a copy of {3}");
    EPP_CONFIG = "migrate/epp-config", Warning,
        "the operator's endpoint picker ran its own plugins ({0}); KServe's scheduler runs its built-in config ({1}), so pods are picked differently",
        Some("to keep the operator's plugins, set router.scheduler.config.inline to its EndpointPickerConfig");
    EPP_DEFAULT_RESOURCES = "migrate/epp-default-resources", Warning,
        "the operator's endpoint picker requested cpu 4, memory 8Gi with a memory limit of 16Gi (its defaults); KServe's scheduler preset requests {0} and limits {1}",
        Some("set spec.inferencePool.endpointPicker.resources to carry explicit values");
    EPP_REPLICAS_ZERO = "migrate/epp-replicas-zero", Warning,
        "the endpoint picker was scaled to 0; KServe's webhook rejects router.scheduler.replicas 0, so it is omitted and KServe runs 1 replica",
        None;
    EPP_FLAGS = "migrate/epp-flags", Warning,
        "eppConfig.flags are carried as endpoint picker args ({0}); they were written for the operator's picker, KServe runs {1}: a flag that release does not know stops it",
        None;
    POD_MONITOR = "migrate/pod-monitor", Warning,
        "KServe creates no PodMonitor; kept as {0}, selecting KServe's workload pods by label and scraping the port named {1} ({2}). KServe does not own them: delete them with the LLMInferenceService",
        None;
    SERVICE_MONITOR = "migrate/service-monitor", Warning,
        "KServe creates no ServiceMonitor for the endpoint picker; kept as {0}, selecting KServe's scheduler Service (port metrics). KServe does not own them: delete them with the LLMInferenceService",
        None;
    DESTINATION_RULE = "migrate/destination-rule", Warning,
        "eppConfig.provider is istio: the operator made a DestinationRule so the Istio gateway talks TLS to the endpoint picker; KServe v0.20.0 makes none (its platform networking hook is empty), so it is kept as DestinationRule {0} for host {0}.{1}.svc.cluster.local. KServe does not own it: delete it with the LLMInferenceService",
        None;
    TRACING = "migrate/tracing", Warning,
        "tracing is on (eppConfig.tracing.enabled): {0}KServe names the scheduler's spans inference-scheduler (the operator's picker: gateway-api-inference-extension), adds vLLM's as inference-server-decode/-prefill, and does not trace the routing sidecar (llm-d-routing-sidecar)",
        Some("update trace queries and dashboards that select service.name");
    MODEL_SOURCE = "migrate/model-source", Info,
        "{0}",
        Some("{1}");
    GPU_COUNT = "migrate/gpu-count", Info,
        "KServe injects no accelerators; the operator's tensor × dataLocal = {0} × {1} = {2} {3} is written as the main container's limit and request",
        None;
    IMAGE_PRESET = "migrate/image-preset", Info,
        "the operator ran its default {0} image {1}; KServe's {2} runs {3} instead, so no image is written",
        Some("to keep {1}, set {4}.image");
    ENGINE_ARG_QUOTED = "migrate/engine-arg-quoted", Info,
        "written as {0}: KServe's presets pass args through bash `eval`, which would split or expand \"{1}\"; quoted, vLLM receives it unchanged",
        Some("edit the quoted form in the output, not the bare one");
    MODEL_MOUNT_PATH = "migrate/model-mount-path", Info,
        "the model is now at {0}, where KServe's presets run `vllm serve {0}`, not at {1}",
        Some("engine args or env that name {1} must name {0}");
    ROUTING_PROXY_TARGET_PORT = "migrate/routing-proxy-target-port", Info,
        "vLLM listened on {0} behind the proxy; in KServe's P/D decode pods it listens on {1} (inside the pod only)",
        None;
    ROUTING_SIDECAR_ADDED = "migrate/routing-sidecar-added", Info,
        "KServe's P/D decode template always runs its routing sidecar ({0}): decode pods now send prefill work to the prefill pods, which the operator's decode pods without routingProxy never did",
        None;
    ROUTE_GATEWAY = "migrate/route-gateway", Info,
        "the operator's default route attached to the Gateway {0}/{1} (eppConfig.defaultGatewayName); router.gateway.refs keeps it there (without refs KServe uses its own ingress Gateway, kserve/kserve-ingress-gateway)",
        None;
    EPP_PORT = "migrate/epp-port", Info,
        "the endpoint picker listened on {0}; KServe's scheduler preset uses {1} (between the Gateway and the picker only)",
        None;
    EPP_RESOURCES_MERGED = "migrate/epp-resources-merged", Info,
        "KServe merges its scheduler preset's resources into these, adding {0}",
        None;
    EPP_FAILURE_MODE = "migrate/epp-failure-mode", Info,
        "the operator's pool failed closed ({0}); KServe's preset fails open, so router.scheduler.pool.spec is written with the preset's selector, ports and endpoint picker Service {1} and failureMode {0}",
        None;
    EPP_METRICS_AUTH = "migrate/epp-metrics-auth", Info,
        "eppConfig.metricsEndpointAuth is false: carried as --metrics-endpoint-auth=false (KServe's preset keeps the picker's default, metrics behind auth)",
        None;
    NAMES = "migrate/names", Info,
        "KServe names and labels what it creates itself: {0}; its objects carry app.kubernetes.io/part-of: llminferenceservice instead of the operator's part-of/managed-by/version labels, and the endpoint picker's ConfigMap and Role are KServe's own",
        Some("update dashboards, alerts and scripts that select the old names or labels; delete the ModelService once the LLMInferenceService serves");
    METADATA = "migrate/metadata", Info,
        "the ModelService's {0} ({1}) are not copied to the LLMInferenceService",
        Some("copy those you need to metadata.{0}; KServe passes some on to its Deployments (kueue.x-k8s.io/*, prometheus.io/* …)");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fills_placeholders() {
        assert_eq!(fill("a {0} b {1} {0}", &["x", "y"]), "a x b y x");
        assert_eq!(fill("{{ .Spec }} {2} {x} {", &["x"]), "{{ .Spec }}  {x} {");
        assert_eq!(fill("", &[]), "");
        assert_eq!(fill("é{0}é", &["ü"]), "éüé");
    }

    #[test]
    fn every_placeholder_is_filled_somewhere_and_codes_are_unique() {
        let mut seen = std::collections::BTreeSet::new();
        for c in ALL {
            assert!(seen.insert(c.code), "{} twice", c.code);
            assert!(c.code.starts_with("migrate/"));
        }
    }
}
