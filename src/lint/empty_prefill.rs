//! `empty-prefill` — info.
//!
//! ## What it does
//! Notes a `spec.prefill` the user wrote with no field of its own (`prefill: {}`; after CRD
//! defaulting it holds only `replicas: 1`).
//!
//! ## Why it matters
//! Presence alone turns prefill/decode disaggregation on: a `<name>-prefill` Deployment with one
//! replica (and its GPUs), a prefill PodMonitor, and the P/D plugin config for the EPP. The
//! console's single-role mode once produced `prefill: {}` by accident.
//!
//! ## Example
//! ```yaml
//! spec: {prefill: {}}
//! ```
//!
//! ## Use instead
//! ```yaml
//! spec: {}            # no prefill key at all for a single role; or describe the prefill pods:
//! ---
//! spec: {prefill: {replicas: 1, parallelism: {tensor: 1}}}
//! ```

use super::Ctx;
use crate::diagnostics::{Diagnostic, Severity};
use crate::names::prefill_name;
use crate::role::Role;

pub const CODE: &str = "empty-prefill";
pub const SEVERITY: Severity = Severity::Info;

pub fn check(ctx: &Ctx) -> Vec<Diagnostic> {
    let path = Role::Prefill.path();
    let Some(obj) = ctx.raw_at(&path).and_then(|v| v.as_object()) else { return Vec::new() };
    if obj.keys().any(|k| !ctx.is_defaulted(&path.field(k))) {
        return Vec::new();
    }
    vec![Diagnostic::new(
        CODE,
        SEVERITY,
        path,
        format!(
            "`prefill: {{}}` turns prefill/decode disaggregation on: the operator creates the Deployment `{}` \
             with 1 replica and switches the EPP to its P/D config",
            super::syntax::cut(&prefill_name(&ctx.ms.metadata.name))
        ),
    )
    .with_hint("remove `prefill` for a single serving role")]
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
                (json!({"spec": {"prefill": {"replicas": 1}}}), &[]),
                (json!({"spec": {"prefill": {"parallelism": {}}}}), &[]),
                (json!({"spec": {"prefill": {}}}), &["spec.prefill"]),
            ],
        );
    }
}
