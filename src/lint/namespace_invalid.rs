//! `namespace-invalid` — error.
//!
//! ## What it does
//! Checks that `metadata.namespace` is a DNS-1123 label: at most 63 lowercase letters, digits
//! and `-`, starting and ending with a letter or digit.
//!
//! ## Why it matters
//! The ModelService could not be created in such a namespace, and every namespaced object the
//! operator makes is rendered into it: the API server rejects them all.
//!
//! ## Example
//! ```yaml
//! metadata: {name: qwen3, namespace: ML_Serving}
//! ```
//!
//! ## Use instead
//! ```yaml
//! metadata: {name: qwen3, namespace: ml-serving}
//! ```

use super::syntax::{dns1123_label, short};
use super::Ctx;
use crate::diagnostics::{Diagnostic, FieldPath, Severity};

pub const CODE: &str = "namespace-invalid";
pub const SEVERITY: Severity = Severity::Error;

pub fn check(ctx: &Ctx) -> Vec<Diagnostic> {
    let ns = &ctx.ms.metadata.namespace;
    match dns1123_label(ns) {
        Ok(()) => Vec::new(),
        Err(why) => vec![Diagnostic::new(
            CODE,
            SEVERITY,
            FieldPath::root().field("metadata").field("namespace"),
            format!("metadata.namespace {} is not a valid namespace name: {why}", short(ns)),
        )
        .with_hint("use at most 63 lowercase letters, digits and '-', e.g. \"ml-serving\"")],
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lint::testing::table;
    use serde_json::json;

    #[test]
    fn table_() {
        let p = |v: &str| json!({"metadata": {"namespace": v}});
        let at: &[&str] = &["metadata.namespace"];
        table(
            check,
            CODE,
            SEVERITY,
            &[
                (p("ml-serving"), &[]),
                (p("default"), &[]),
                (p("a"), &[]),
                (p("9-team"), &[]),
                (p("ML_Serving"), at),
                (p("_"), at),
                (p("team.a"), at),
                (p("-team"), at),
                (p(&"a".repeat(64)), at),
            ],
        );
    }
}
