//! `epp-default-resources` — info.
//!
//! ## What it does
//! Notes when the endpoint picker runs with the operator's default resources: when
//! `spec.inferencePool` is omitted (the operator still deploys a default EPP), or when it is set
//! without `endpointPicker.resources` requests or limits.
//!
//! ## Why it matters
//! The default is `requests: {cpu: 4, memory: 8Gi}, limits: {memory: 16Gi}` — per ModelService,
//! on top of the serving pods. It has exhausted namespace quotas in practice, and it is invisible
//! in the spec.
//!
//! ## Example
//! ```yaml
//! spec: {}          # no inferencePool
//! ```
//!
//! ## Use instead
//! ```yaml
//! inferencePool:
//!   endpointPicker:
//!     resources: {requests: {cpu: 500m, memory: 1Gi}, limits: {memory: 2Gi}}
//! ```

use super::{spec_path, Ctx};
use crate::diagnostics::{Diagnostic, Severity};
use crate::names::epp_name;

pub const CODE: &str = "epp-default-resources";
pub const SEVERITY: Severity = Severity::Info;

pub fn check(ctx: &Ctx) -> Vec<Diagnostic> {
    let (path, when) = match &ctx.ms.spec.inference_pool {
        None => (spec_path(&["inferencePool"]), "without inferencePool the operator still deploys a default EPP"),
        Some(p) if p.endpoint_picker.resources.requests.is_none() && p.endpoint_picker.resources.limits.is_none() => {
            (spec_path(&["inferencePool", "endpointPicker", "resources"]), "without endpointPicker.resources")
        }
        Some(_) => return Vec::new(),
    };
    vec![Diagnostic::new(
        CODE,
        SEVERITY,
        path,
        format!(
            "{when}: the EPP Deployment `{}` requests 4 CPU and 8Gi memory (memory limit 16Gi), which counts \
             against the namespace quota",
            super::syntax::cut(&epp_name(&ctx.ms.metadata.name))
        ),
    )
    .with_hint("set inferencePool.endpointPicker.resources to size it")]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lint::testing::table;
    use serde_json::json;

    #[test]
    fn table_() {
        let ep = |v: serde_json::Value| json!({"spec": {"inferencePool": {"endpointPicker": v}}});
        table(
            check,
            CODE,
            SEVERITY,
            &[
                (ep(json!({"resources": {"requests": {"cpu": 1}}})), &[]),
                (ep(json!({"resources": {"limits": {}}})), &[]),
                (json!({}), &["spec.inferencePool"]),
                (ep(json!({})), &["spec.inferencePool.endpointPicker.resources"]),
            ],
        );
    }
}
