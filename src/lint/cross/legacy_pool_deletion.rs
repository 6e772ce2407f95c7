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

use super::{first_earlier, name_path, Doc};
use crate::config::Settings;
use crate::diagnostics::{Diagnostic, Severity};

pub const CODE: &str = "legacy-pool-deletion";
pub const SEVERITY: Severity = Severity::Warning;

pub fn check(docs: &[Doc], _: &Settings) -> Vec<(usize, Diagnostic)> {
    let deletes = |by: &Doc, victim: &Doc| by.namespace() == victim.namespace() && by.epp == victim.name();
    first_earlier(docs, |a, b| deletes(a, b) || deletes(b, a))
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
