//! `node-selector-invalid` — error.
//!
//! ## What it does
//! Checks `spec.<role>.nodeSelector` with label syntax: each key is an optional DNS-1123
//! subdomain prefix (≤ 253) and `/`, then a name of ≤ 63 characters
//! `[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?`; each value is empty or ≤ 63 characters of the same
//! alphabet.
//!
//! ## Why it matters
//! The CRD accepts any string map; the selector is copied to the pod spec, where the API server
//! validates it as labels and rejects the Deployment. Typical slips: a space or `:` in a value,
//! a value list such as `a,b`, or a value longer than 63 characters.
//!
//! ## Example
//! ```yaml
//! decode: {nodeSelector: {kubernetes.io/hostname: "gpu-node-1,gpu-node-2"}}
//! ```
//!
//! ## Use instead
//! ```yaml
//! decode: {nodeSelector: {kubernetes.io/hostname: gpu-node-1}}   # or node affinity for a set
//! ```

use super::syntax::{label_value, qualified_name, short};
use super::Ctx;
use crate::diagnostics::{Diagnostic, Severity};

pub const CODE: &str = "node-selector-invalid";
pub const SEVERITY: Severity = Severity::Error;

pub fn check(ctx: &Ctx) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for (role, r) in ctx.roles() {
        for (k, v) in &r.node_selector {
            let problem = match (qualified_name(k), label_value(v)) {
                (Err(e), _) => format!("the key {} is not a valid label key: {e}", short(k)),
                (Ok(()), Err(e)) => format!("the value {} of {} is not a valid label value: {e}", short(v), short(k)),
                (Ok(()), Ok(())) => continue,
            };
            out.push(Diagnostic::new(
                CODE,
                SEVERITY,
                role.path().field("nodeSelector").key(k),
                format!("{problem}; the API server rejects the {role} Deployment"),
            ));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lint::testing::table;
    use serde_json::json;

    #[test]
    fn table_() {
        let sel = |role: &str, m: serde_json::Value| json!({"spec": {role: {"nodeSelector": m}}});
        table(
            check,
            CODE,
            SEVERITY,
            &[
                (
                    sel(
                        "decode",
                        json!({"kubernetes.io/hostname": "gpu-node-1", "gpu": "", "nvidia.com/gpu.product": "NVIDIA-A100-SXM4-80GB"}),
                    ),
                    &[],
                ),
                (
                    sel("decode", json!({"kubernetes.io/hostname": "a,b"})),
                    &["spec.decode.nodeSelector[kubernetes.io/hostname]"],
                ),
                (
                    sel("decode", json!({"Example.com/x": "y", "ok": "-bad"})),
                    &["spec.decode.nodeSelector[Example.com/x]", "spec.decode.nodeSelector[ok]"],
                ),
                (
                    sel("prefill", json!({"a/b/c": "x", "zone": "v".repeat(64)})),
                    &["spec.prefill.nodeSelector[a/b/c]", "spec.prefill.nodeSelector[zone]"],
                ),
            ],
        );
    }
}
