//! `pod-monitor-disabled-by-empty` — info.
//!
//! ## What it does
//! Notes a `spec.monitoring.podMonitor` written without `enabled` under operator v1.0.1, where
//! PodMonitors are on by default.
//!
//! ## Why it matters
//! The CRD defaults `enabled` to `false` inside a present `podMonitor`, so
//! `monitoring: {podMonitor: {}}` — or one that only sets `interval` or `portName` — turns the
//! serving PodMonitors *off* (and deletes existing ones), while omitting `monitoring` or writing
//! `monitoring: {}` keeps them on. Under v0.9.0-alpha.2 PodMonitors are opt-in, so nothing changes.
//!
//! ## Example
//! ```yaml
//! monitoring: {podMonitor: {interval: 15s}}
//! ```
//!
//! ## Use instead
//! ```yaml
//! monitoring: {podMonitor: {enabled: true, interval: 15s}}
//! ```

use super::{spec_path, Ctx};
use crate::diagnostics::{Diagnostic, Severity};

pub const CODE: &str = "pod-monitor-disabled-by-empty";
pub const SEVERITY: Severity = Severity::Info;

pub fn check(ctx: &Ctx) -> Vec<Diagnostic> {
    let pm = ctx.ms.spec.monitoring.as_ref().and_then(|m| m.pod_monitor.as_ref());
    // The path only when the cheaper tests have not decided (it costs an allocation per segment).
    if !ctx.profile.pod_monitors_default_on
        || pm.is_none_or(|p| p.enabled)
        || !ctx.is_defaulted(&spec_path(&["monitoring", "podMonitor", "enabled"]))
    {
        return Vec::new();
    }
    vec![Diagnostic::new(
        CODE,
        SEVERITY,
        spec_path(&["monitoring", "podMonitor"]),
        "podMonitor without `enabled` turns the PodMonitors off: the CRD defaults enabled to false, while an \
         absent monitoring.podMonitor keeps them on",
    )
    .with_hint("write `enabled: true` to keep the PodMonitors, or `enabled: false` to say you mean it")]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::OperatorVersion;
    use crate::lint::testing::{settings, table, table_with};
    use serde_json::json;

    #[test]
    fn table_() {
        let mon = |m: serde_json::Value| json!({"spec": {"monitoring": m}});
        let at: &[&str] = &["spec.monitoring.podMonitor"];
        table(
            check,
            CODE,
            SEVERITY,
            &[
                (json!({}), &[]),
                (mon(json!({})), &[]),
                (mon(json!({"podMonitor": {"enabled": false}})), &[]),
                (mon(json!({"podMonitor": {"enabled": true}})), &[]),
                (mon(json!({"podMonitor": {}})), at),
                (mon(json!({"podMonitor": {"interval": "15s"}})), at),
            ],
        );
        table_with(
            check,
            CODE,
            SEVERITY,
            &settings(OperatorVersion::V0_9_0Alpha2),
            &[(mon(json!({"podMonitor": {}})), &[])],
        );
    }
}
