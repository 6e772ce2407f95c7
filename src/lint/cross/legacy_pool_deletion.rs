//! `legacy-pool-deletion` — warning.
//!
//! ## What it does
//! Flags two ModelServices in one namespace where one is named exactly like the other's EPP
//! name: `qwen3` (EPP `qwen3-epp`) and `qwen3-epp`.
//!
//! ## Why it matters
//! Before ensuring its InferencePool, every reconcile deletes the InferencePool named like its
//! own EPP — the name older releases used — ignoring errors. That is the InferencePool of the
//! ModelService named `qwen3-epp`: it is deleted whenever `qwen3` reconciles and recreated when
//! `qwen3-epp` reconciles, and the Gateway has no pool to route to in between.
//!
//! ## Example
//! ```yaml
//! metadata: {name: qwen3, namespace: ml}
//! ---
//! metadata: {name: qwen3-epp, namespace: ml}
//! ```
//!
//! ## Use instead
//! ```yaml
//! metadata: {name: qwen3, namespace: ml}
//! ---
//! metadata: {name: qwen3-eval, namespace: ml}
//! ```

use super::{earliest, first_earlier, name_path, Doc, Groups};
use crate::config::Settings;
use crate::diagnostics::{Diagnostic, Severity};

pub const CODE: &str = "legacy-pool-deletion";
pub const SEVERITY: Severity = Severity::Warning;

/// Whether every reconcile of `by` deletes the InferencePool of `victim`.
fn deletes(by: &Doc, victim: &Doc) -> bool {
    by.namespace() == victim.namespace() && by.epp == victim.name()
}

/// `(later, earlier)` for each document that collides with an earlier one (the first).
pub fn collisions<'a>(docs: &[Doc<'a>], _: &Settings) -> Vec<(Doc<'a>, Doc<'a>)> {
    // Same namespace, and one's EPP name is the other's name: look the document's name up among
    // earlier EPP names, and its EPP name among earlier names.
    type Index<'a> = (Groups<'a, (&'a str, &'a str)>, Groups<'a, (&'a str, &'a str)>); // (by EPP name, by name)
    let ns = |d: &Doc<'a>| d.ms.metadata.namespace.as_str();
    let find = |(by_epp, by_name): &Index<'a>, d: &Doc<'a>| {
        earliest([by_epp.first(&(ns(d), d.ms.metadata.name.as_str())), by_name.first(&(ns(d), d.epp))])
    };
    let add = |(by_epp, by_name): &mut Index<'a>, d: Doc<'a>| {
        by_epp.add((ns(&d), d.epp), d);
        by_name.add((ns(&d), d.ms.metadata.name.as_str()), d);
    };
    first_earlier(docs, (Groups::new(), Groups::new()), find, add)
}

pub fn check(docs: &[Doc], s: &Settings) -> Vec<(usize, Diagnostic)> {
    collisions(docs, s)
        .into_iter()
        .map(|(later, earlier)| {
            let (by, victim) = if deletes(&earlier, &later) { (earlier, later) } else { (later, earlier) };
            let d = Diagnostic::new(
                CODE,
                SEVERITY,
                name_path(),
                format!(
                    "every reconcile of {} deletes the InferencePool `{}` (its legacy EPP-named pool), which is the pool \
                     of {}: that model is unroutable until its own reconcile recreates it",
                    by.describe(),
                    crate::lint::syntax::cut(victim.name()),
                    victim.describe()
                ),
            )
            .with_hint(format!("rename {} so it does not end in `-epp`", victim.describe()));
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
                (vec![m("qwen3", "x"), m("qwen3-epp", "y")], &[]),
                (vec![m("qwen3", "x"), m("qwen3-eval", "x")], &[]),
                (vec![m("qwen3", "x"), m("qwen3-epp", "x")], &[1]),
                (vec![m("qwen3-epp", "x"), m("qwen3", "x")], &[1]),
                (vec![m("qwen3.5", "x"), m("qwen3-5-epp", "x")], &[1]),
            ],
        );
    }
}
