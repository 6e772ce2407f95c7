//! `duplicate-name` — error.
//!
//! ## What it does
//! Flags a ModelService whose namespace and name equal an earlier document's.
//!
//! ## Why it matters
//! Both documents are the same object: applying them in one go keeps only the later one (or,
//! with kustomize and Argo CD, fails on the duplicate id), so one of the two specs is silently
//! lost. Identical names are also the only case in which two InferencePools would select each
//! other's pods.
//!
//! ## Example
//! ```yaml
//! metadata: {name: qwen3, namespace: ml}
//! ---
//! metadata: {name: qwen3, namespace: ml}
//! ```
//!
//! ## Use instead
//! ```yaml
//! metadata: {name: qwen3, namespace: ml}
//! ---
//! metadata: {name: qwen3-coder, namespace: ml}
//! ```

use super::{name_path, Doc};
use crate::config::Settings;
use crate::diagnostics::{Diagnostic, Severity};

pub const CODE: &str = "duplicate-name";
pub const SEVERITY: Severity = Severity::Error;

/// `(later, earlier)` for each document that collides with an earlier one (the first).
pub fn collisions<'a>(docs: &[Doc<'a>], _: &Settings) -> Vec<(Doc<'a>, Doc<'a>)> {
    docs.iter().filter_map(|later| later.repeats.and_then(|p| docs.get(p)).map(|e| (*later, *e))).collect()
}

pub fn check(docs: &[Doc], s: &Settings) -> Vec<(usize, Diagnostic)> {
    collisions(docs, s)
        .into_iter()
        .map(|(later, earlier)| {
            let d = Diagnostic::new(
                CODE,
                SEVERITY,
                name_path(),
                format!(
                    "this is the same ModelService as {}: applying both keeps only one of the two specs",
                    earlier.describe()
                ),
            )
            .with_hint("rename one of them, or delete the duplicate document");
            (later.index, d)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lint::cross::testing::{ms, table};
    use serde_json::json;

    #[test]
    fn table_() {
        let m = |n: &str, ns: &str| ms(n, ns, json!({}));
        table(
            check,
            CODE,
            SEVERITY,
            &Settings::default(),
            &[
                (vec![m("a", "x"), m("b", "x"), m("a", "y")], &[]),
                (vec![m("a", "x"), m("a", "x")], &[1]),
                (vec![m("a", "x"), m("b", "x"), m("a", "x"), m("a", "x")], &[2, 3]),
            ],
        );
    }
}
