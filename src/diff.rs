//! `diff`: what the operator would do to the cluster when a ModelService (or the operator's
//! configuration) changes from `before` to `after` — per object created, deleted or updated, the
//! changed field paths, and whether a Deployment rolls its pods (its pod template changed,
//! including the EPP's `checksum/config` annotation). Follows the transition table
//! (shared/spec/reconcile.md §10): objects that are no longer rendered are deleted; an object with
//! the same identity is updated in place (e.g. a user HTTPRoute rewritten as the default route).

use crate::diagnostics::{FieldPath, Segment};
use crate::explain::flatten::{path_of, walk, Visitor};
use crate::render::Rendered;
use crate::resource::Resource;
use serde::Serialize;
use serde_json::Value;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
#[serde(rename_all = "lowercase")]
pub enum Action {
    Create,
    Delete,
    Update,
}

/// `{apiVersion, kind, name, namespace?, action, paths?, rollout?}`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS), ts(optional_fields))]
#[serde(rename_all = "camelCase")]
pub struct Change {
    pub api_version: String,
    pub kind: String,
    pub name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub namespace: Option<String>,
    pub action: Action,
    /// Updates only: the changed field paths (in `after`; removed ones as they were in `before`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub paths: Option<Vec<String>>,
    /// Deployment updates only: the pod template changed, so the pods are replaced.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rollout: Option<bool>,
}

/// More changed paths than this are trimmed to their parents, deepest first.
pub const MAX_PATHS: usize = 50;

type Key<'a> = (&'static str, &'static str, Option<&'a str>, &'a str);

fn key(r: &Resource) -> Key<'_> {
    (r.api_version(), r.kind(), r.metadata().namespace.as_deref(), r.name())
}

fn change(r: &Resource, action: Action) -> Change {
    Change {
        api_version: r.api_version().to_string(),
        kind: r.kind().to_string(),
        name: r.name().to_string(),
        namespace: r.metadata().namespace.clone(),
        action,
        paths: None,
        rollout: None,
    }
}

struct Paths(Vec<FieldPath>);

impl Visitor for Paths {
    fn changed(&mut self, _: &[Segment], _: &Value, b: &[Segment], _: &Value) {
        self.0.push(path_of(b));
    }
    fn removed(&mut self, a: &[Segment], _: &Value) {
        self.0.push(path_of(a));
    }
    fn added(&mut self, b: &[Segment], _: &Value) {
        self.0.push(path_of(b));
    }
}

/// Replaces the deepest paths by their parents until at most `max` remain.
pub fn trim(mut paths: Vec<FieldPath>, max: usize) -> Vec<FieldPath> {
    paths = sorted_unique(paths);
    while paths.len() > max {
        let deepest = paths.iter().map(|p| p.segments().len()).max().unwrap_or(0);
        if deepest <= 1 {
            break;
        }
        paths = paths.into_iter().map(|p| if p.segments().len() == deepest { p.parent() } else { p }).collect();
        paths = sorted_unique(paths);
        // A path that is now a prefix of another covers it.
        let covered: Vec<FieldPath> = paths.clone();
        paths.retain(|p| !covered.iter().any(|q| q != p && is_prefix(q, p)));
    }
    paths
}

/// Sorted, without duplicates: through a set rather than `sort` + `dedup` (every `sort` compiles
/// a stable sort of its own, ≈3 KB of wasm).
fn sorted_unique(paths: Vec<FieldPath>) -> Vec<FieldPath> {
    let mut set = std::collections::BTreeSet::new();
    for p in paths {
        set.insert(p);
    }
    set.into_iter().collect()
}

fn is_prefix(q: &FieldPath, p: &FieldPath) -> bool {
    p.segments().starts_with(q.segments())
}

/// The changes from `before` to `after`: creates and updates in `after`'s reconcile order, then
/// deletes in `before`'s order.
pub fn diff(before: &Rendered, after: &Rendered) -> Vec<Change> {
    let mut out = Vec::new();
    for a in &after.resources {
        let Some(b) = before.resources.iter().find(|b| key(b) == key(a)) else {
            out.push(change(a, Action::Create));
            continue;
        };
        let (bv, av) = (b.to_value(), a.to_value());
        if bv == av {
            continue;
        }
        let mut found = Paths(Vec::new());
        walk(a.kind(), &bv, &av, &mut found);
        let template = FieldPath::parse("spec.template");
        let rollout = (a.kind() == "Deployment").then(|| found.0.iter().any(|p| is_prefix(&template, p)));
        let paths = trim(found.0, MAX_PATHS).iter().map(ToString::to_string).collect();
        out.push(Change { paths: Some(paths), rollout, ..change(a, Action::Update) });
    }
    for b in &before.resources {
        if !after.resources.iter().any(|a| key(a) == key(b)) {
            out.push(change(b, Action::Delete));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trimming_keeps_the_shallow_paths() {
        let p = |s: &str| FieldPath::parse(s);
        let many: Vec<FieldPath> = (0..60)
            .map(|i| p(&format!("spec.template.spec.containers[0].args[{i}]")))
            .chain([p("spec.replicas")])
            .collect();
        let got: Vec<String> = trim(many, MAX_PATHS).iter().map(ToString::to_string).collect();
        assert_eq!(got, ["spec.replicas", "spec.template.spec.containers[0].args"]);
    }
}
