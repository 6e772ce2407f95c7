//! `epp-name-too-long` — error.
//!
//! ## What it does
//! Checks the length of the EPP name, `sanitize(metadata.name) + "-epp"` (dots become dashes,
//! a leading digit gets `m-`), which names the EPP Deployment, Service, ServiceAccount, Role,
//! RoleBinding, DestinationRule and ServiceMonitor. Runs only when `metadata.name` itself is
//! valid and at most 63 characters (`name-not-dns1123` covers the rest).
//!
//! ## Why it matters
//! The EPP **Service** name must be a DNS-1035 label: at most 63 characters. The same string is
//! also a label value (`app.kubernetes.io/name` on every EPP object, `inferencepool` on the EPP
//! pods), also limited to 63. So a ModelService name of 60–63 characters (58–63 with a leading
//! digit) is accepted, but the Service and every EPP-labelled object are rejected. The other
//! derived names have no such problem: the ConfigMap (`…-epp-config`), Secret
//! (`…-epp-sa-metrics-reader-secret`) and Deployments only need a 253-character DNS subdomain, and
//! the ClusterRole/ClusterRoleBinding name `<namespace>-<epp>` is an RBAC path-segment name with
//! no length limit (its labels are the EPP labels, covered here).
//!
//! ## Example
//! ```yaml
//! metadata: {name: qwen3-coder-480b-a35b-instruct-fp8-dynamic-long-context-v2-1}  # 60 characters
//! ```
//!
//! ## Use instead
//! ```yaml
//! metadata: {name: qwen3-coder-480b-a35b-instruct-fp8-long-ctx-v2}
//! ```

use super::Ctx;
use crate::diagnostics::{Diagnostic, FieldPath, Severity};
use crate::names::epp_name;

pub const CODE: &str = "epp-name-too-long";
pub const SEVERITY: Severity = Severity::Error;

pub fn check(ctx: &Ctx) -> Vec<Diagnostic> {
    let name = &ctx.ms.metadata.name;
    if name.chars().count() > 63 || super::syntax::dns1123_subdomain(name).is_err() {
        return Vec::new();
    }
    let epp = epp_name(name);
    let n = epp.chars().count();
    if n <= 63 {
        return Vec::new();
    }
    vec![Diagnostic::new(
        CODE,
        SEVERITY,
        FieldPath::root().field("metadata").field("name"),
        format!(
            "the EPP objects are named `{epp}` ({n} characters): the EPP Service name must be a DNS-1035 label of at \
             most 63 characters, and the same string is the app.kubernetes.io/name and inferencepool label value of \
             every EPP object, so they are rejected"
        ),
    )
    .with_hint(match n - 63 {
        1 => "shorten metadata.name by at least 1 character".to_string(),
        more => format!("shorten metadata.name by at least {more} characters"),
    })]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lint::testing::table;
    use serde_json::json;

    #[test]
    fn table_() {
        let name = |n: String| json!({"metadata": {"name": n}});
        let p: &[&str] = &["metadata.name"];
        table(
            check,
            CODE,
            SEVERITY,
            &[
                (name("a".repeat(59)), &[]),
                (name("a".repeat(60)), p),
                (name(format!("9{}", "a".repeat(56))), &[]),
                (name(format!("9{}", "a".repeat(57))), p),
                (name(format!("a{}", ".b".repeat(30))), p),
                (name("a".repeat(64)), &[]),
                (name("A".repeat(62)), &[]),
            ],
        );
    }
}
