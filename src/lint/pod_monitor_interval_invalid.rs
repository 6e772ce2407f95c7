//! `pod-monitor-interval-invalid` — error.
//!
//! ## What it does
//! When the PodMonitors are created, checks `spec.monitoring.podMonitor.interval` against the
//! Prometheus duration grammar the PodMonitor CRD enforces:
//! `^(0|(([0-9]+)y)?(([0-9]+)w)?(([0-9]+)d)?(([0-9]+)h)?(([0-9]+)m)?(([0-9]+)s)?(([0-9]+)ms)?)$` —
//! integer amounts, units `y w d h m s ms` in that order, each at most once. Empty means `30s`.
//!
//! ## Why it matters
//! The ModelService CRD does not validate it; the PodMonitor CRD rejects the object, the
//! reconcile stops at the PodMonitor step with a ReconcileError, and the later steps (the EPP
//! ServiceMonitor) never run.
//!
//! ## Example
//! ```yaml
//! monitoring: {podMonitor: {enabled: true, interval: 1.5m}}
//! ```
//!
//! ## Use instead
//! ```yaml
//! monitoring: {podMonitor: {enabled: true, interval: 1m30s}}
//! ```

use super::syntax::prometheus_duration;
use super::{spec_path, Ctx};
use crate::diagnostics::{Diagnostic, Severity};
use crate::plan::Part;
use crate::role::Role;

pub const CODE: &str = "pod-monitor-interval-invalid";
pub const SEVERITY: Severity = Severity::Error;

pub fn check(ctx: &Ctx) -> Vec<Diagnostic> {
    let Some(pm) = ctx.ms.spec.monitoring.as_ref().and_then(|m| m.pod_monitor.as_ref()) else { return Vec::new() };
    let v = &pm.interval;
    if v.is_empty() || prometheus_duration(v) || !ctx.plan.exists(Part::PodMonitor(Role::Decode)) {
        return Vec::new();
    }
    let lower = v.trim().to_ascii_lowercase().replace(' ', "");
    let mut d = Diagnostic::new(
        CODE,
        SEVERITY,
        spec_path(&["monitoring", "podMonitor", "interval"]),
        format!(
            "interval {} is not a Prometheus duration (whole numbers with units y, w, d, h, m, s, ms in that \
             order, e.g. 30s or 1m30s): the PodMonitor CRD rejects the PodMonitors and the reconcile fails",
            super::syntax::short(v)
        ),
    );
    d = d.with_hint(if lower.len() <= 64 && prometheus_duration(&lower) && !lower.is_empty() {
        format!("write {lower:?}")
    } else {
        "write e.g. \"30s\" or \"1m30s\" (no decimals, no spaces)".into()
    });
    vec![d]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lint::testing::{run, table};
    use serde_json::json;

    #[test]
    fn table_() {
        let pm = |m: serde_json::Value| json!({"spec": {"monitoring": {"podMonitor": m}}});
        let at: &[&str] = &["spec.monitoring.podMonitor.interval"];
        table(
            check,
            CODE,
            SEVERITY,
            &[
                (pm(json!({"enabled": true})), &[]),
                (pm(json!({"enabled": true, "interval": "1m30s"})), &[]),
                (pm(json!({"enabled": false, "interval": "1.5m"})), &[]),
                (pm(json!({"enabled": true, "interval": "1.5m"})), at),
                (pm(json!({"enabled": true, "interval": "30S"})), at),
                (pm(json!({"enabled": true, "interval": "30"})), at),
            ],
        );
        assert_eq!(
            run(check, &pm(json!({"enabled": true, "interval": "30 S"})))[0].hint.as_deref(),
            Some("write \"30s\"")
        );
    }
}
