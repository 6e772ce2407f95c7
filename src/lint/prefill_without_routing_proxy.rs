//! `prefill-without-routing-proxy` — warning.
//!
//! ## What it does
//! Flags `spec.prefill` without `spec.routingProxy`.
//!
//! ## Why it matters
//! In llm-d's disaggregation the EPP picks a decode pod and a prefill pod, and the routing-proxy
//! sidecar on the decode pod sends the prefill step to the chosen prefill pod. Without the
//! sidecar nothing ever calls the prefill pods: they hold their GPUs and serve no traffic, while
//! decode does all the work. The CRD documents the pairing but does not enforce it.
//!
//! ## Example
//! ```yaml
//! spec: {prefill: {replicas: 1}}
//! ```
//!
//! ## Use instead
//! ```yaml
//! spec: {prefill: {replicas: 1}, routingProxy: {connector: nixlv2}}
//! ```

use super::Ctx;
use crate::diagnostics::{Diagnostic, Severity};
use crate::role::Role;

pub const CODE: &str = "prefill-without-routing-proxy";
pub const SEVERITY: Severity = Severity::Warning;

pub fn check(ctx: &Ctx) -> Vec<Diagnostic> {
    if ctx.ms.spec.prefill.is_none() || ctx.ms.spec.routing_proxy.is_some() {
        return Vec::new();
    }
    vec![Diagnostic::new(
        CODE,
        SEVERITY,
        Role::Prefill.path(),
        "prefill is set but routingProxy is not: without the routing sidecar on the decode pods nothing sends \
         prefill work to the prefill pods, so they hold their GPUs and never receive traffic",
    )
    .with_hint("add `routingProxy: {connector: nixlv2}`, or remove prefill")]
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
                (json!({"spec": {"routingProxy": {}}}), &[]),
                (json!({"spec": {"prefill": {}, "routingProxy": {}}}), &[]),
                (json!({"spec": {"prefill": {"replicas": 2}}}), &["spec.prefill"]),
            ],
        );
    }
}
