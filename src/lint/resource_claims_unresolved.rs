//! `resource-claims-unresolved` — error.
//!
//! ## What it does
//! Flags `resources.claims` on decode, prefill or the endpoint picker (where the EPP container
//! gets the user's resources, i.e. when `requests` or `limits` is set too).
//!
//! ## Why it matters
//! A container's claim must name an entry of the pod's `spec.resourceClaims` (dynamic resource
//! allocation), and the operator never writes any: the API server rejects the Deployment
//! ("must be one of the names in pod.spec.resourceClaims which is empty"). The ModelService CRD
//! accepts the field, so nothing fails until the reconcile.
//!
//! ## Example
//! ```yaml
//! decode: {resources: {claims: [{name: gpu}], limits: {memory: 64Gi}}}
//! ```
//!
//! ## Use instead
//! ```yaml
//! decode: {resources: {limits: {memory: 64Gi}}}   # accelerators come from parallelism
//! ```

use super::resources::targets;
use super::Ctx;
use crate::diagnostics::{Diagnostic, Severity};

pub const CODE: &str = "resource-claims-unresolved";
pub const SEVERITY: Severity = Severity::Error;

pub fn check(ctx: &Ctx) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for t in targets(ctx) {
        for (i, c) in t.claims().iter().enumerate() {
            out.push(
                Diagnostic::new(
                    CODE,
                    SEVERITY,
                    t.path().field("claims").index(i),
                    format!(
                        "claim {} is not declared in the pod's spec.resourceClaims, which the operator leaves empty: \
                         the API server rejects {}",
                        super::syntax::short(&c.name),
                        t.object()
                    ),
                )
                .with_hint("remove resources.claims: the operator cannot attach ResourceClaims to its pods"),
            );
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lint::testing::{run, table};
    use serde_json::json;

    #[test]
    fn table_() {
        let res = |role: &str, r: serde_json::Value| json!({"spec": {role: {"resources": r}}});
        let ep = |r: serde_json::Value| json!({"spec": {"inferencePool": {"endpointPicker": {"resources": r}}}});
        table(
            check,
            CODE,
            SEVERITY,
            &[
                (res("decode", json!({"limits": {"memory": "1Gi"}})), &[]),
                (res("decode", json!({"claims": []})), &[]),
                (
                    res("decode", json!({"claims": [{"name": "a"}, {"name": "b", "request": "r"}]})),
                    &["spec.decode.resources.claims[0]", "spec.decode.resources.claims[1]"],
                ),
                (
                    res("prefill", json!({"claims": [{"name": "a", "request": ""}]})),
                    &["spec.prefill.resources.claims[0]"],
                ),
                // Claims alone do not replace the EPP's default resources: the container has none.
                (ep(json!({"claims": [{"name": "a"}]})), &[]),
                (
                    ep(json!({"claims": [{"name": "a"}], "requests": {"cpu": 1}})),
                    &["spec.inferencePool.endpointPicker.resources.claims[0]"],
                ),
            ],
        );
    }

    #[test]
    fn message() {
        let d = run(check, &json!({"spec": {"decode": {"resources": {"claims": [{"name": "gpu"}]}}}}));
        assert_eq!(
            d[0].message,
            "claim \"gpu\" is not declared in the pod's spec.resourceClaims, which the operator leaves empty: the API \
             server rejects the Deployment `qwen3-decode`"
        );
    }
}
