//! `routing-proxy-without-prefill` — info.
//!
//! ## What it does
//! Notes `spec.routingProxy` without `spec.prefill`.
//!
//! ## Why it matters
//! Harmless but worth knowing: the sidecar still runs on every decode pod, takes `engine.port`
//! and moves vLLM to `routingProxy.targetPort` (8200), yet with no prefill pods it only forwards
//! each request to the local vLLM. (The console always adds the proxy, so single-role specs from
//! it show this note.)
//!
//! ## Example
//! ```yaml
//! spec: {routingProxy: {connector: nixlv2}}
//! ```
//!
//! ## Use instead
//! ```yaml
//! spec: {}             # or add prefill to disaggregate
//! ```

use super::{spec_path, Ctx};
use crate::builders::routing_proxy::target_port;
use crate::builders::serving_deployment::engine_port;
use crate::diagnostics::{Diagnostic, Severity};

pub const CODE: &str = "routing-proxy-without-prefill";
pub const SEVERITY: Severity = Severity::Info;

pub fn check(ctx: &Ctx) -> Vec<Diagnostic> {
    if ctx.ms.spec.routing_proxy.is_none() || ctx.ms.spec.prefill.is_some() {
        return Vec::new();
    }
    vec![Diagnostic::new(
        CODE,
        SEVERITY,
        spec_path(&["routingProxy"]),
        format!(
            "routingProxy without prefill: the sidecar listens on {} and forwards every request to vLLM on {}; \
             there is no prefill/decode disaggregation",
            engine_port(ctx.ms),
            target_port(ctx.ms)
        ),
    )]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lint::testing::table;
    use serde_json::json;

    #[test]
    fn table_() {
        table(
            check,
            CODE,
            SEVERITY,
            &[
                (json!({}), &[]),
                (json!({"spec": {"prefill": {}, "routingProxy": {}}}), &[]),
                (json!({"spec": {"prefill": {}}}), &[]),
                (json!({"spec": {"routingProxy": {"connector": "nixlv2"}}}), &["spec.routingProxy"]),
            ],
        );
    }
}
