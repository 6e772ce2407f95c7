//! `cluster-rbac-name-collision` — error.
//!
//! ## What it does
//! Flags two ModelServices in *different* namespaces whose cluster-scoped ClusterRole and
//! ClusterRoleBinding name `<namespace>-<epp name>` is the same — `a-b`/`c` and `a`/`b-c` both
//! give `a-b-c-epp` — when, with metrics auth on (the operator default), at least one of them has
//! `inferencePool` (only then is the ClusterRole created; without it the other one *deletes* it).
//!
//! ## Why it matters
//! The objects are cluster-scoped and carry no owner reference: both ModelServices write the
//! same ClusterRoleBinding (each replacing the subject with its own EPP ServiceAccount), a
//! ModelService without a pool deletes the other's ClusterRole on every reconcile, and deleting
//! either runs the finalizer that removes the shared objects. The losing EPP cannot review tokens,
//! so its metrics endpoint refuses Prometheus.
//!
//! ## Example
//! ```yaml
//! metadata: {name: b-c, namespace: a}
//! spec: {inferencePool: {endpointPicker: {}}}
//! ---
//! metadata: {name: c, namespace: a-b}
//! spec: {inferencePool: {endpointPicker: {}}}
//! ```
//!
//! ## Use instead
//! ```yaml
//! metadata: {name: b-c, namespace: a}
//! ---
//! metadata: {name: c2, namespace: a-b}
//! ```

use super::{first_earlier, name_path, Doc, Groups};
use crate::config::Settings;
use crate::diagnostics::{Diagnostic, Severity};
use crate::plan;

pub const CODE: &str = "cluster-rbac-name-collision";
pub const SEVERITY: Severity = Severity::Error;

/// `(later, earlier)` for each document that collides with an earlier one (the first).
pub fn collisions<'a>(docs: &[Doc<'a>], s: &Settings) -> Vec<(Doc<'a>, Doc<'a>)> {
    // Without metrics auth no document creates the ClusterRole: deleting it twice is harmless.
    if !s.epp.metrics_endpoint_auth {
        return Vec::new();
    }
    // Whether the document's reconcile creates the ClusterRole (with a pool), else deletes it.
    let pool = |d: &Doc| plan::cluster_rbac(d.ms, s);
    // Another namespace, the same cluster RBAC name, and a pool on at least one side: a document
    // with a pool meets every earlier one, one without only those with a pool.
    type Index<'a> = (Groups<'a, &'a str>, Groups<'a, &'a str>); // (every document, those with a pool)
    let find = |(all, pools): &Index<'a>, d: &Doc<'a>| {
        (if pool(d) { all } else { pools }).first_outside(&d.cluster_rbac, d.namespace())
    };
    let add = |(all, pools): &mut Index<'a>, d: Doc<'a>| {
        all.add(d.cluster_rbac, d);
        if pool(&d) {
            pools.add(d.cluster_rbac, d);
        }
    };
    first_earlier(docs, (Groups::new(), Groups::new()), find, add)
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
                    "the cluster-scoped ClusterRole and ClusterRoleBinding of this ModelService are named `{}`, like those \
                     of {}: the two overwrite (or delete) each other's metrics-auth RBAC",
                    crate::lint::syntax::cut(later.cluster_rbac),
                    earlier.describe()
                ),
            )
            .with_hint("rename one ModelService so that `<namespace>-<name>-epp` differs");
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
        let pool = json!({"spec": {"inferencePool": {"endpointPicker": {}}}});
        let m = |n: &str, ns: &str, p: &serde_json::Value| ms(n, ns, p.clone());
        let none = json!({});
        let rows = [
            (vec![m("b-c", "a", &pool), m("c", "a-b", &pool)], &[1][..]),
            (vec![m("b-c", "a", &none), m("c", "a-b", &pool)], &[1]),
            (vec![m("b-c", "a", &none), m("c", "a-b", &none)], &[]),
            (vec![m("b.c", "a", &pool), m("c", "a-b", &pool)], &[1]),
            (vec![m("b-c", "a", &pool), m("c", "a-c", &pool)], &[]),
            (vec![m("b.c", "a", &pool), m("b-c", "a", &pool)], &[]),
        ];
        table(check, CODE, SEVERITY, &Settings::default(), &rows);
        let mut off = Settings::default();
        off.epp.metrics_endpoint_auth = false;
        table(check, CODE, SEVERITY, &off, &[(vec![m("b-c", "a", &pool), m("c", "a-b", &pool)], &[])]);
    }
}
