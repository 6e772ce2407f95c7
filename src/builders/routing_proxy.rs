//! The `routing-proxy` native sidecar (llm-d routing sidecar) on decode pods (serving.md §7).

use super::{container_port, non_empty, otel_env, restricted_container_security};
use crate::config::{Profile, TracingConfig};
use crate::model::{ModelService, RoutingProxySpec};
use crate::objects::Container;

pub const NAME: &str = "routing-proxy";
pub const DEFAULT_TARGET_PORT: i32 = 8200;

/// `routingProxy.targetPort` when set and positive, else 8200.
pub fn target_port(ms: &ModelService) -> i32 {
    match &ms.spec.routing_proxy {
        Some(rp) if rp.target_port > 0 => rp.target_port,
        _ => DEFAULT_TARGET_PORT,
    }
}

/// The proxy's arguments, in upstream order.
pub fn args(rp: &RoutingProxySpec, engine_port: i32, target_port: i32, profile: &Profile) -> Vec<String> {
    let mut a = vec![
        "--port".to_string(),
        engine_port.to_string(),
        "--vllm-port".into(),
        target_port.to_string(),
        "--connector".into(),
        rp.connector.clone(),
    ];
    if !rp.zap_encoder.is_empty() {
        a.extend(["--zap-encoder".to_string(), rp.zap_encoder.clone()]);
    }
    if !rp.zap_log_level.is_empty() {
        a.extend(["--zap-log-level".to_string(), rp.zap_log_level.clone()]);
    }
    // v1.0.1 always emits the flag (nil = false); the seed only when set.
    if profile.secure_proxy_always || rp.secure_proxy.is_some() {
        a.push(format!("--secure-proxy={}", rp.secure_proxy.unwrap_or(false)));
    }
    if let Some(tls) = rp.prefiller_use_tls {
        a.push(format!("--prefiller-use-tls={tls}"));
    }
    if !rp.cert_path.is_empty() {
        a.extend(["--cert-path".to_string(), rp.cert_path.clone()]);
    }
    a
}

/// Built only for the decode role when `spec.routingProxy` is set.
pub fn build(ms: &ModelService, engine_port: i32, tracing: &TracingConfig, profile: &Profile) -> Option<Container> {
    let rp = ms.spec.routing_proxy.as_ref()?;
    let envs = tracing.enabled.then(|| otel_env("llm-d-routing-sidecar", tracing, []));
    Some(Container {
        name: NAME,
        image: non_empty(&rp.image),
        args: Some(args(rp, engine_port, target_port(ms), profile)),
        env: envs,
        ports: Some(vec![container_port("proxy", engine_port)]),
        restart_policy: Some("Always".into()),
        security_context: Some(restricted_container_security()),
        ..Default::default()
    })
}
