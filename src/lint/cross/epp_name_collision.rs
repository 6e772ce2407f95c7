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

use super::{first_earlier, name_path, Doc};
use crate::config::Settings;
use crate::diagnostics::{Diagnostic, Severity};
use crate::names::epp_name;

pub const CODE: &str = "epp-name-collision";
pub const SEVERITY: Severity = Severity::Error;

pub fn check(docs: &[Doc], _: &Settings) -> Vec<(usize, Diagnostic)> {
    first_earlier(docs, |a, b| a.namespace() == b.namespace() && a.name() != b.name() && a.epp == b.epp)
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
