//! `gke-metrics-secret-missing` — warning.
//!
//! ## What it does
//! With the operator flags `--provider=gke` and `--metrics-endpoint-auth=true`, flags a
//! ModelService that gets the EPP ServiceMonitor (`inferencePool` set and
//! `monitoring.podMonitor.enabled: true`).
//!
//! ## Why it matters
//! The ServiceMonitor authenticates with the token in the Secret `<epp>-sa-metrics-reader-secret`,
//! but on `gke` the operator never creates that Secret. Prometheus cannot read the credentials,
//! so the EPP's metrics are never scraped — with no error on the ModelService.
//!
//! ## Example
//! ```yaml
//! # eppConfig: {provider: gke}
//! inferencePool: {endpointPicker: {}}
//! monitoring: {podMonitor: {enabled: true}}
//! ```
//!
//! ## Use instead
//! Turn metrics auth off, or create the token Secret yourself:
//! ```yaml
//! # eppConfig: {provider: gke, metricsEndpointAuth: false}
//! inferencePool: {endpointPicker: {}}
//! monitoring: {podMonitor: {enabled: true}}
//! ```

use super::{spec_path, Ctx};
use crate::diagnostics::{Diagnostic, Severity};
use crate::names::{epp_secret_name, epp_service_monitor_name};
use crate::plan::Part;

pub const CODE: &str = "gke-metrics-secret-missing";
pub const SEVERITY: Severity = Severity::Warning;

pub fn check(ctx: &Ctx) -> Vec<Diagnostic> {
    // The ServiceMonitor authenticates with the token Secret, which the plan does not create
    // (on gke: the only way to have a ServiceMonitor and metrics auth but no Secret).
    let (plan, auth) = (&ctx.plan, ctx.settings.epp.metrics_endpoint_auth);
    if !plan.exists(Part::EppServiceMonitor) || !auth || plan.exists(Part::EppSecret) {
        return Vec::new();
    }
    let n = &ctx.ms.metadata.name;
    vec![Diagnostic::new(
        CODE,
        SEVERITY,
        spec_path(&["monitoring", "podMonitor", "enabled"]),
        format!(
            "with provider gke and metrics auth the ServiceMonitor `{}` reads its bearer token from the Secret `{}`, \
             which the operator does not create on gke: the EPP metrics are never scraped",
            super::syntax::cut(&epp_service_monitor_name(n)),
            super::syntax::cut(&epp_secret_name(n))
        ),
    )
    .with_hint(
        "create that service-account-token Secret yourself, or run the operator with --metrics-endpoint-auth=false",
    )]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Settings;
    use crate::lint::testing::table_with;
    use serde_json::json;

    #[test]
    fn table_() {
        let on =
            json!({"spec": {"inferencePool": {"endpointPicker": {}}, "monitoring": {"podMonitor": {"enabled": true}}}});
        let mut gke = Settings::default();
        gke.epp.provider = "gke".into();
        table_with(
            check,
            CODE,
            SEVERITY,
            &gke,
            &[
                (json!({}), &[]),
                (json!({"spec": {"monitoring": {"podMonitor": {"enabled": true}}}}), &[]),
                (json!({"spec": {"inferencePool": {"endpointPicker": {}}}}), &[]),
                (on.clone(), &["spec.monitoring.podMonitor.enabled"]),
            ],
        );
        let mut no_auth = gke.clone();
        no_auth.epp.metrics_endpoint_auth = false;
        table_with(check, CODE, SEVERITY, &no_auth, &[(on.clone(), &[])]);
        table_with(check, CODE, SEVERITY, &Settings::default(), &[(on, &[])]);
    }
}
