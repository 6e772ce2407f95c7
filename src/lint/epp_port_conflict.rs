//! `epp-port-conflict` — error.
//!
//! ## What it does
//! Flags `spec.inferencePool.endpointPicker.port` (the EPP's gRPC ext-proc port) equal to one of
//! the EPP's fixed ports: 9003 (`grpc-health`) or 9090 (`http-metrics`).
//!
//! ## Why it matters
//! With 9090 the EPP Service gets two ports with the same number, which the API server rejects.
//! With 9003 the Service is accepted but the EPP's ext-proc and health servers both bind 9003 in
//! one container: the EPP cannot start and the InferencePool has no endpoint picker.
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
use crate::builders::epp_service::{ext_proc_port, HEALTH_PORT, METRICS_PORT};
use crate::diagnostics::{Diagnostic, Severity};

pub const CODE: &str = "epp-port-conflict";
pub const SEVERITY: Severity = Severity::Error;

pub fn check(ctx: &Ctx) -> Vec<Diagnostic> {
    if ctx.ms.spec.inference_pool.is_none() {
        return Vec::new();
    }
    let p = ext_proc_port(ctx.ms);
    let why = match p {
        METRICS_PORT => "it is also the EPP's http-metrics port, and the API server rejects a Service with two ports 9090",
        HEALTH_PORT => "it is also the EPP's grpc-health port: the ext-proc and health servers cannot both bind it, so the EPP never starts",
        _ => return Vec::new(),
    };
    vec![Diagnostic::new(
        CODE,
        SEVERITY,
        spec_path(&["inferencePool", "endpointPicker", "port"]),
        format!("endpointPicker.port {p}: {why}"),
    )
    .with_hint("use the default 9002")]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lint::testing::table;
    use serde_json::json;

    #[test]
    fn table_() {
        let port = |p: i64| json!({"spec": {"inferencePool": {"endpointPicker": {"port": p}}}});
        let at: &[&str] = &["spec.inferencePool.endpointPicker.port"];
        table(
            check,
            CODE,
            SEVERITY,
            &[(json!({}), &[]), (port(9002), &[]), (port(8080), &[]), (port(9090), at), (port(9003), at)],
        );
    }
}
