//! `http-route-without-inference-pool` — info.
//!
//! ## What it does
//! Notes `spec.httpRoute` without `spec.inferencePool`.
//!
//! ## Why it matters
//! The route works — it points at the InferencePool named like the ModelService — but that pool
//! is the operator's *default* one: failure mode `FailClose` (requests fail while the EPP is
//! down), the default EPP (4 CPU / 8Gi requested), no metrics-auth Secret, ClusterRole or
//! ServiceMonitor. The CRD comments say an httpRoute "requires" an inferencePool; nothing
//! enforces it.
//!
//! ## Example
//! ```yaml
//! httpRoute: {gatewayRef: {name: inference-gateway}}
//! ```
//!
//! ## Use instead
//! ```yaml
//! httpRoute: {gatewayRef: {name: inference-gateway}}
//! inferencePool: {endpointPicker: {failureMode: FailOpen}}
//! ```

use super::{spec_path, Ctx};
use crate::diagnostics::{Diagnostic, Severity};

pub const CODE: &str = "http-route-without-inference-pool";
pub const SEVERITY: Severity = Severity::Info;

pub fn check(ctx: &Ctx) -> Vec<Diagnostic> {
    if ctx.ms.spec.http_route.is_none() || ctx.ms.spec.inference_pool.is_some() {
        return Vec::new();
    }
    vec![Diagnostic::new(
        CODE,
        SEVERITY,
        spec_path(&["httpRoute"]),
        format!(
            "httpRoute without inferencePool: the route targets the operator's default InferencePool `{}` \
             (failure mode FailClose, default EPP resources, no metrics auth objects)",
            super::syntax::cut(&ctx.ms.metadata.name)
        ),
    )
    .with_hint("add inferencePool to choose the EPP's failure mode, replicas and resources")]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lint::testing::table;
    use serde_json::json;

    #[test]
    fn table_() {
        let route = json!({"gatewayRef": {"name": "gw"}});
        table(
            check,
            CODE,
            SEVERITY,
            &[
                (json!({}), &[]),
                (json!({"spec": {"httpRoute": route.clone(), "inferencePool": {"endpointPicker": {}}}}), &[]),
                (json!({"spec": {"httpRoute": route}}), &["spec.httpRoute"]),
            ],
        );
    }
}
