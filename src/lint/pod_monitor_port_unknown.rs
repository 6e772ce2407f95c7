//! `pod-monitor-port-unknown` — warning.
//!
//! ## What it does
//! When the PodMonitors are created, checks that `spec.monitoring.podMonitor.portName` names a
//! container port of the pods each PodMonitor selects: `http` (vLLM) on every serving pod,
//! `proxy` (the routing-proxy sidecar) on decode pods with `routingProxy`, and `nixl-side` when
//! operator v1.0.1 exposes the NIXL port. A PodMonitor endpoint's `port` matches any container
//! port name of the pod, sidecars included. EPP ports (`grpc-ext-proc`, `grpc-health`,
//! `http-metrics`) are on other pods.
//!
//! ## Why it matters
//! A PodMonitor whose port matches nothing is accepted and silently scrapes nothing: no vLLM
//! metrics, and dashboards stay empty.
//!
//! ## Example
//! ```yaml
//! monitoring: {podMonitor: {enabled: true, portName: metrics}}
//! ```
//!
//! ## Use instead
//! ```yaml
//! monitoring: {podMonitor: {enabled: true, portName: http}}
//! ```

use super::syntax::{closest_short, short};
use super::{spec_path, Ctx};
use crate::builders::pod_monitor::endpoint_settings;
use crate::builders::serving_deployment::{nixl_side_port, vllm_port};
use crate::diagnostics::{Diagnostic, Severity};
use crate::plan::Part;
use crate::role::Role;

pub const CODE: &str = "pod-monitor-port-unknown";
pub const SEVERITY: Severity = Severity::Warning;

/// Container port names of one role's pods.
fn port_names(ctx: &Ctx, role: Role) -> Vec<&'static str> {
    let ms = ctx.ms;
    let mut names = vec!["http"];
    if ctx.profile.nixl_side_port && nixl_side_port(&ms.spec.engine.env).is_some_and(|p| p != vllm_port(ms, role)) {
        names.push("nixl-side");
    }
    if role.has_routing_proxy(ms) {
        names.push("proxy");
    }
    names
}

pub fn check(ctx: &Ctx) -> Vec<Diagnostic> {
    if ctx.ms.spec.monitoring.as_ref().and_then(|m| m.pod_monitor.as_ref()).is_none() {
        return Vec::new();
    }
    let (port, _, _) = endpoint_settings(ctx.ms);
    let mut missing = Vec::new();
    let mut all = Vec::new();
    for role in ctx.roles().map(|(r, _)| r).filter(|r| ctx.plan.exists(Part::PodMonitor(*r))) {
        let names = port_names(ctx, role);
        if !names.contains(&port.as_str()) {
            missing.push(format!(
                "`{}` ({})",
                super::syntax::cut(&role.pod_monitor_name(&ctx.ms.metadata.name)),
                names.join(", ")
            ));
        }
        for n in names {
            if !all.contains(&n) {
                all.push(n);
            }
        }
    }
    if missing.is_empty() {
        return Vec::new();
    }
    let mut d = Diagnostic::new(
        CODE,
        SEVERITY,
        spec_path(&["monitoring", "podMonitor", "portName"]),
        format!(
            "portName {} is no container port of the pods selected by the PodMonitor {}: it scrapes nothing",
            short(&port),
            missing.join(" and the PodMonitor ")
        ),
    );
    d = d.with_hint(match closest_short(&port, &all) {
        Some(s) => format!("did you mean {s:?}? vLLM serves its metrics on \"http\""),
        None => "use \"http\" (vLLM's port, which serves /metrics)".into(),
    });
    vec![d]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lint::testing::{merge, table};
    use serde_json::json;

    #[test]
    fn table_() {
        let at: &[&str] = &["spec.monitoring.podMonitor.portName"];
        let pm = |port: &str, extra: serde_json::Value| {
            let mut d = json!({"spec": {"monitoring": {"podMonitor": {"enabled": true, "portName": port}}}});
            merge(&mut d, &extra);
            d
        };
        let nixl = json!({"spec": {"engine": {"env": [{"name": "VLLM_NIXL_SIDE_CHANNEL_PORT", "value": "5557"}]}}});
        table(
            check,
            CODE,
            SEVERITY,
            &[
                (json!({}), &[]),
                (pm("http", json!({})), &[]),
                (pm("proxy", json!({"spec": {"routingProxy": {}}})), &[]),
                (pm("nixl-side", nixl.clone()), &[]),
                (json!({"spec": {"monitoring": {"podMonitor": {"enabled": false, "portName": "metrics"}}}}), &[]),
                (pm("metrics", json!({})), at),
                (pm("nixl-side", json!({})), at),
                (pm("proxy", json!({"spec": {"routingProxy": {}, "prefill": {}}})), at),
                (pm("http-metrics", json!({"spec": {"inferencePool": {"endpointPicker": {}}}})), at),
            ],
        );
    }
}
