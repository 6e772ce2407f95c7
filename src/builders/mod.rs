//! One module per generated kind. Every builder is a pure function of its inputs, mirroring the
//! upstream builder's signature (label maps are parameters, `None` = Go nil), so the upstream
//! unit-test cases can be replayed exactly. Owner references are added by `crate::render`.

pub mod destination_rule;
pub mod epp_cluster_rbac;
pub mod epp_config_map;
pub mod epp_deployment;
pub mod epp_rbac;
pub mod epp_secret;
pub mod epp_service;
pub mod epp_service_account;
pub mod http_route;
pub mod inference_pool;
pub mod model_unpack;
pub mod pod_monitor;
pub mod routing_proxy;
pub mod service_monitor;
pub mod serving_deployment;

use crate::config::TracingConfig;
use crate::labels::Labels;
use crate::objects::{Capabilities, ContainerPort, ObjectMeta, PodSecurityContext, SeccompProfile, SecurityContext};
use k8s_openapi::api::core::v1::{EnvVar, EnvVarSource, ObjectFieldSelector};

/// Go `omitempty` for strings: `""` is not sent.
pub(crate) fn non_empty(s: &str) -> Option<String> {
    (!s.is_empty()).then(|| s.to_string())
}

/// Go `omitempty` for maps: nil and empty are not sent.
pub(crate) fn labels_opt(l: Option<Labels>) -> Option<Labels> {
    l.filter(|m| !m.is_empty())
}

/// `metadata {name, namespace, labels}` of a namespaced object. Takes the name by value: every
/// caller has just made it (a copy of it per object was an allocation and a `memory.copy`).
pub(crate) fn meta(name: String, namespace: &str, labels: Option<Labels>) -> ObjectMeta {
    ObjectMeta { name: Some(name), namespace: non_empty(namespace), labels: labels_opt(labels), ..Default::default() }
}

/// `{allowPrivilegeEscalation: false, capabilities: {drop: [ALL]}}` on every container.
pub(crate) fn restricted_container_security() -> SecurityContext {
    SecurityContext {
        allow_privilege_escalation: Some(false),
        capabilities: Some(Capabilities { drop: Some(&["ALL"]) }),
    }
}

/// `{runAsNonRoot: true, seccompProfile: {type: RuntimeDefault}}` on every pod.
pub(crate) fn restricted_pod_security() -> PodSecurityContext {
    PodSecurityContext {
        run_as_non_root: Some(true),
        seccomp_profile: Some(SeccompProfile { type_: "RuntimeDefault" }),
    }
}

/// A literal env var; an empty value is omitted, as Go's `omitempty` does.
pub(crate) fn env(name: &str, value: &str) -> EnvVar {
    EnvVar { name: name.to_string(), value: non_empty(value), value_from: None }
}

/// An env var read from a field of the pod (`valueFrom.fieldRef`).
pub(crate) fn field_env(name: &str, path: &str, api_version: Option<&str>) -> EnvVar {
    EnvVar {
        name: name.into(),
        value: None,
        value_from: Some(EnvVarSource {
            field_ref: Some(ObjectFieldSelector {
                api_version: api_version.map(str::to_string),
                field_path: path.into(),
            }),
            ..Default::default()
        }),
    }
}

/// A named TCP container port (every port the operator declares is TCP).
pub(crate) fn container_port(name: &'static str, number: i32) -> ContainerPort {
    ContainerPort { name: Some(name), container_port: number, protocol: Some("TCP") }
}

/// The OpenTelemetry env of a traced container (EPP and routing sidecar): service name,
/// endpoint, exporter, then `extra`, then the sampler and its argument when set.
pub(crate) fn otel_env(service: &str, t: &TracingConfig, extra: impl IntoIterator<Item = EnvVar>) -> Vec<EnvVar> {
    let mut e = vec![
        env("OTEL_SERVICE_NAME", service),
        env("OTEL_EXPORTER_OTLP_ENDPOINT", &t.otel_exporter_endpoint),
        env("OTEL_TRACES_EXPORTER", "otlp"),
    ];
    e.extend(extra);
    if !t.sampler.is_empty() {
        e.push(env("OTEL_TRACES_SAMPLER", &t.sampler));
    }
    if !t.sampler_arg.is_empty() {
        e.push(env("OTEL_TRACES_SAMPLER_ARG", &t.sampler_arg));
    }
    e
}
