//! `annotation-invalid` — error.
//!
//! ## What it does
//! Checks `spec.<role>.annotations` (operator v1.0.1; the v0.9.0-alpha.2 schema has no such
//! field) as the API server checks pod annotations: every key, lowercased, is a qualified name
//! (optional DNS-1123 subdomain prefix ≤ 253 and `/`, name ≤ 63
//! `[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?`); values are free, but keys plus values total at
//! most 256 KiB.
//!
//! ## Why it matters
//! The annotations are cloned onto the pod template; an invalid key or oversized total makes the
//! API server reject the Deployment.
//!
//! ## Example
//! ```yaml
//! decode: {annotations: {"nvidia.com/use gputype": A100}}
//! ```
//!
//! ## Use instead
//! ```yaml
//! decode: {annotations: {nvidia.com/use-gputype: A100}}
//! ```

use super::syntax::{qualified_name, short};
use super::Ctx;
use crate::diagnostics::{Diagnostic, Severity};

pub const CODE: &str = "annotation-invalid";
pub const SEVERITY: Severity = Severity::Error;
const TOTAL_LIMIT: usize = 256 * 1024;

pub fn check(ctx: &Ctx) -> Vec<Diagnostic> {
    if !ctx.profile.role_annotations {
        return Vec::new();
    }
    let mut out = Vec::new();
    for (role, r) in ctx.roles() {
        // Made for a finding only (an allocation per segment).
        let base = || role.path().field("annotations");
        for k in r.annotations.keys() {
            if let Err(e) = qualified_name(&k.to_ascii_lowercase()) {
                out.push(Diagnostic::new(
                    CODE,
                    SEVERITY,
                    base().key(k),
                    format!(
                        "annotation key {} is not a qualified name: {e}; the API server rejects the {role} Deployment",
                        short(k)
                    ),
                ));
            }
        }
        let total: usize = r.annotations.iter().map(|(k, v)| k.len() + v.len()).sum();
        if total > TOTAL_LIMIT {
            out.push(Diagnostic::new(
                CODE,
                SEVERITY,
                base(),
                format!("the {role} annotations total {total} bytes; at most {TOTAL_LIMIT} (256 KiB) are allowed, so the API server rejects the {role} Deployment"),
            ));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::OperatorVersion;
    use crate::lint::testing::{settings, table, table_with};
    use serde_json::json;

    #[test]
    fn table_() {
        let ann = |role: &str, m: serde_json::Value| json!({"spec": {role: {"annotations": m}}});
        table(
            check,
            CODE,
            SEVERITY,
            &[
                (
                    ann(
                        "decode",
                        json!({"nvidia.com/use-gputype": "A100,H100", "Example.COM/Key": "x", "note": "any value: at all!"}),
                    ),
                    &[],
                ),
                (
                    ann("decode", json!({"nvidia.com/use gputype": "A100"})),
                    &["spec.decode.annotations[nvidia.com/use gputype]"],
                ),
                (
                    ann("prefill", json!({"a/b/c": "", "-x": ""})),
                    &["spec.prefill.annotations[-x]", "spec.prefill.annotations[a/b/c]"],
                ),
                (ann("decode", json!({"big": "x".repeat(TOTAL_LIMIT)})), &["spec.decode.annotations"]),
            ],
        );
        table_with(check, CODE, SEVERITY, &settings(OperatorVersion::V0_9_0Alpha2), &[(json!({}), &[])]);
    }
}
