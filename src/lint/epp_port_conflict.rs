//! `epp-port-conflict` — warning.
//!
//! ## What it does
//! Flags `spec.inferencePool.endpointPicker.port` (the EPP's gRPC ext-proc port) equal to the
//! EPP's fixed health port 9003 (`grpc-health`). The metrics port 9090 is
//! `epp-service-port-duplicate`.
//!
//! ## Why it matters
//! Every object is accepted and created, but the EPP's ext-proc and health servers both bind 9003
//! in one container: the EPP cannot start, its pod crash-loops, and the InferencePool has no
//! endpoint picker (with `failureMode: FailClose` every request through the Gateway fails).
//!
//! ## Example
//! ```yaml
//! inferencePool: {endpointPicker: {port: 9003}}
//! ```
//!
//! ## Use instead
//! ```yaml
//! inferencePool: {endpointPicker: {port: 9002}}
//! ```

use super::{spec_path, Ctx};
use crate::builders::epp_service::{ext_proc_port, DEFAULT_EXT_PROC_PORT, HEALTH_PORT};
use crate::diagnostics::{Diagnostic, Severity};

pub const CODE: &str = "epp-port-conflict";
pub const SEVERITY: Severity = Severity::Warning;

pub fn check(ctx: &Ctx) -> Vec<Diagnostic> {
    if ctx.ms.spec.inference_pool.is_none() || ext_proc_port(ctx.ms) != HEALTH_PORT {
        return Vec::new();
    }
    vec![Diagnostic::new(
        CODE,
        SEVERITY,
        spec_path(&["inferencePool", "endpointPicker", "port"]),
        format!(
            "endpointPicker.port {HEALTH_PORT} is also the EPP's grpc-health port: the ext-proc and health servers \
             cannot both bind it, so the EPP pod crash-loops"
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
            &[(json!({}), &[]), (port(9002), &[]), (port(8080), &[]), (port(9090), &[]), (port(9003), at)],
        );
    }

    #[test]
    fn message() {
        let d = run(check, &port(9003));
        assert_eq!(
            d[0].message,
            "endpointPicker.port 9003 is also the EPP's grpc-health port: the ext-proc and health servers cannot both \
             bind it, so the EPP pod crash-loops"
        );
        assert_eq!(d[0].hint.as_deref(), Some("use the default 9002"));
    }
}
