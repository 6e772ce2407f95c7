//! `epp-name-collision` — error.
//!
//! ## What it does
//! Flags a ModelService whose EPP name (`sanitize(name) + "-epp"`) equals that of an earlier,
//! differently named ModelService in the same namespace — e.g. `qwen3.5` and `qwen3-5` (both
//! `qwen3-5-epp`), or `Llama_3` and `llama-3` before renaming.
//!
//! ## Why it matters
//! Both reconcile the same EPP Deployment, Service, ServiceAccount, ConfigMap, Role,
//! RoleBinding, Secret, DestinationRule and ServiceMonitor. The objects stay owned by whichever
//! was first, each reconcile rewrites the EPP Deployment with its own `--pool-name`, so one of
//! the two InferencePools always has an endpoint picker serving the other pool, and deleting
//! either ModelService garbage-collects the shared EPP.
//!
//! ## Example
//! ```yaml
//! metadata: {name: qwen3.5, namespace: ml}
//! ---
//! metadata: {name: qwen3-5, namespace: ml}
//! ```
//!
//! ## Use instead
//! ```yaml
//! metadata: {name: qwen3.5, namespace: ml}
//! ---
//! metadata: {name: qwen3-5-awq, namespace: ml}
//! ```

use super::{first_earlier, name_path, Doc, Groups};
use crate::config::Settings;
use crate::diagnostics::{Diagnostic, Severity};
use crate::names::epp_name;

pub const CODE: &str = "epp-name-collision";
pub const SEVERITY: Severity = Severity::Error;

/// `(later, earlier)` for each document that collides with an earlier one (the first).
pub fn collisions<'a>(docs: &[Doc<'a>], _: &Settings) -> Vec<(Doc<'a>, Doc<'a>)> {
    // Same namespace and EPP name. A differing name needs no check: an earlier document of the
    // same namespace and name would make this one a repeat, which is skipped.
    let key = |d: &Doc<'a>| (d.ms.metadata.namespace.as_str(), d.epp);
    first_earlier(docs, Groups::new(), |g, d| g.first(&key(d)), |g, d| g.add(key(&d), d))
}

pub fn check(docs: &[Doc], s: &Settings) -> Vec<(usize, Diagnostic)> {
    collisions(docs, s)
        .into_iter()
        .map(|(later, earlier)| {
            let epp = crate::lint::syntax::cut(&epp_name(later.name()));
            let d = Diagnostic::new(
                CODE,
                SEVERITY,
                name_path(),
                format!(
                "the EPP objects of this ModelService are named `{epp}`, like those of {}: both reconcile the same \
                     EPP Deployment, Service, ConfigMap and RBAC, each with its own pool name",
                earlier.describe()
            ),
            )
            .with_hint("choose names that differ in more than '.', '_' or case");
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
                (vec![m("qwen3.5", "x"), m("qwen3-5", "y")], &[]),
                (vec![m("qwen3.5", "x"), m("qwen3.5", "x")], &[]),
                (vec![m("qwen3.5", "x"), m("qwen3-6", "x")], &[]),
                (vec![m("qwen3.5", "x"), m("qwen3-5", "x")], &[1]),
                (vec![m("a.b", "x"), m("c", "x"), m("a-b", "x"), m("a.b", "x")], &[2]),
            ],
        );
    }
}
