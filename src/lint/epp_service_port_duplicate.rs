//! `epp-service-port-duplicate` — error.
//!
//! ## What it does
//! Flags `spec.inferencePool.endpointPicker.port` (the EPP's gRPC ext-proc port) equal to the
//! EPP's fixed metrics port 9090 (`http-metrics`).
//!
//! ## Why it matters
//! The EPP Service lists both ports, so it would have two ports 9090: the API server rejects
//! the Service, and the reconcile stops there (no RBAC, InferencePool, HTTPRoute or monitors
//! after it). The health port 9003 is `epp-port-conflict`.
//!
//! ## Example
//! ```yaml
//! inferencePool: {endpointPicker: {port: 9090}}
//! ```
//!
//! ## Use instead
//! ```yaml
//! inferencePool: {endpointPicker: {port: 9002}}
//! ```

use super::{spec_path, Ctx};
use crate::builders::epp_service::{ext_proc_port, DEFAULT_EXT_PROC_PORT, METRICS_PORT};
use crate::diagnostics::{Diagnostic, Severity};

pub const CODE: &str = "epp-service-port-duplicate";
pub const SEVERITY: Severity = Severity::Error;

pub fn check(ctx: &Ctx) -> Vec<Diagnostic> {
    if ctx.ms.spec.inference_pool.is_none() || ext_proc_port(ctx.ms) != METRICS_PORT {
        return Vec::new();
    }
    vec![Diagnostic::new(
        CODE,
        SEVERITY,
        spec_path(&["inferencePool", "endpointPicker", "port"]),
        format!(
            "endpointPicker.port {METRICS_PORT} is also the EPP's http-metrics port: the EPP Service would have two \
             ports {METRICS_PORT}, which the API server rejects"
        ),
    )
    .with_hint(format!("use the default {DEFAULT_EXT_PROC_PORT}"))]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lint::testing::{run, table};
    use serde_json::json;

    fn port(p: i64) -> serde_json::Value {
        json!({"spec": {"inferencePool": {"endpointPicker": {"port": p}}}})
    }

    #[test]
    fn table_() {
        let at: &[&str] = &["spec.inferencePool.endpointPicker.port"];
        table(
            check,
            CODE,
            SEVERITY,
            &[(json!({}), &[]), (port(9002), &[]), (port(9003), &[]), (port(9091), &[]), (port(9090), at)],
        );
    }

    #[test]
    fn message() {
        let d = run(check, &port(9090));
        assert_eq!(
            d[0].message,
            "endpointPicker.port 9090 is also the EPP's http-metrics port: the EPP Service would have two ports 9090, \
             which the API server rejects"
        );
    }
}
