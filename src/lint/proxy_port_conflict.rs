//! `proxy-port-conflict` — warning.
//!
//! ## What it does
//! Flags `spec.routingProxy.targetPort` equal to the engine port (`spec.engine.port`, 8000 when
//! unset), after the operator's fallbacks.
//!
//! ## Why it matters
//! On decode pods the routing-proxy sidecar listens on the engine port and vLLM moves to
//! `targetPort`. With equal ports both processes bind the same port in one pod network
//! namespace: one of them fails, the decode pods crash-loop, and the proxy would forward to
//! itself anyway. The API server accepts every object and the operator creates them all, so
//! this is a warning (the objects are still rendered), although the rollout never becomes ready.
//!
//! ## Example
//! ```yaml
//! engine: {port: 8200}
//! routingProxy: {}          # targetPort defaults to 8200
//! ```
//!
//! ## Use instead
//! ```yaml
//! engine: {port: 8000}
//! routingProxy: {targetPort: 8200}
//! ```

use super::{spec_path, Ctx};
use crate::builders::routing_proxy::{target_port, DEFAULT_TARGET_PORT};
use crate::builders::serving_deployment::{engine_port, DEFAULT_ENGINE_PORT};
use crate::diagnostics::{Diagnostic, Severity};

pub const CODE: &str = "proxy-port-conflict";
pub const SEVERITY: Severity = Severity::Warning;

pub fn check(ctx: &Ctx) -> Vec<Diagnostic> {
    let ms = ctx.ms;
    if ms.spec.routing_proxy.is_none() || target_port(ms) != engine_port(ms) {
        return Vec::new();
    }
    let p = engine_port(ms);
    vec![Diagnostic::new(
        CODE,
        SEVERITY,
        spec_path(&["routingProxy", "targetPort"]),
        format!(
            "routingProxy.targetPort equals the engine port {p}: on decode pods the routing proxy listens on {p} and \
             vLLM is moved to {p} too, so one of them cannot bind and the decode pods crash-loop"
        ),
    )
    .with_hint(if p == DEFAULT_TARGET_PORT {
        format!("use another engine.port, e.g. {DEFAULT_ENGINE_PORT}")
    } else {
        format!("use another targetPort, e.g. {DEFAULT_TARGET_PORT}")
    })]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lint::testing::table;
    use serde_json::json;

    #[test]
    fn table_() {
        let at: &[&str] = &["spec.routingProxy.targetPort"];
        table(
            check,
            CODE,
            SEVERITY,
            &[
                (json!({"spec": {"engine": {"port": 8200}}}), &[]),
                (json!({"spec": {"routingProxy": {}}}), &[]),
                (json!({"spec": {"routingProxy": {"targetPort": 9000}, "engine": {"port": 8000}}}), &[]),
                (json!({"spec": {"routingProxy": {}, "engine": {"port": 8200}}}), at),
                (json!({"spec": {"routingProxy": {"targetPort": 8000}}}), at),
            ],
        );
    }
}
