//! Cross-document rules: problems that only appear when several ModelServices are applied
//! together (one multi-document file, one GitOps directory). Each rule reports at the **later**
//! document's `metadata.name`, naming the earlier one.
//!
//! What can and cannot collide, from the naming and label rules (names-and-labels.md):
//! - Namespaced objects are named from the raw name (`MS`, `MS-decode`, `MS-prefill`) or from the
//!   EPP name (`sanitize(MS)-epp`). Raw-named objects collide only for identical names
//!   (`duplicate-name`); EPP-named ones also for names that sanitize alike, `qwen3.5`/`qwen3-5`
//!   (`epp-name-collision`). A serving name ends in `-decode`/`-prefill` and an EPP name in
//!   `-epp`, so the two families never meet — except that every reconcile deletes the
//!   InferencePool named like its own EPP (the legacy name), which may be another ModelService's
//!   pool (`legacy-pool-deletion`).
//! - InferencePools select pods by `app.kubernetes.io/name` and `llm-d.ai/model`, both the raw
//!   name, within their namespace: two pools select each other's pods only when the names are
//!   identical, which `duplicate-name` already reports. No separate rule is needed.
//! - Cluster-scoped objects (`<ns>-<epp>` ClusterRole/Binding) can collide across namespaces
//!   (`cluster-rbac-name-collision`), and HTTPRoutes of different namespaces on one Gateway match
//!   the same header when the raw names are equal (`route-match-collision`).

use super::Scope;
use crate::config::Settings;
use crate::diagnostics::{Diagnostic, FieldPath};
use crate::model::ModelService;
use std::collections::btree_map::Entry;
use std::collections::BTreeMap;

pub mod cluster_rbac_name_collision;
pub mod duplicate_name;
pub mod epp_name_collision;
pub mod legacy_pool_deletion;
pub mod route_match_collision;

/// A cross-document rule: `(document index, finding)` for the documents applied together.
pub type CrossCheck = fn(&[Doc], &Settings) -> Vec<(usize, Diagnostic)>;

/// One document: its 0-based position in the input (messages show it 1-based), its
/// CRD-defaulted ModelService and its derived names, computed once. `repeats` is the position
/// (in the slice the rules get) of the first earlier document that is the same object.
#[derive(Clone, Copy)]
pub struct Doc<'a> {
    pub index: usize,
    pub ms: &'a ModelService,
    pub epp: &'a str,
    pub cluster_rbac: &'a str,
    pub repeats: Option<usize>,
}

/// The derived names of each document, owned here so `Doc`s can borrow them.
pub struct Names(Vec<(String, String)>);

impl Names {
    pub fn of(docs: &[(usize, &ModelService)]) -> Names {
        let name = |ms: &ModelService| {
            let (n, ns) = (&ms.metadata.name, &ms.metadata.namespace);
            (crate::names::epp_name(n), crate::names::epp_cluster_rbac_name(ns, n))
        };
        Names(docs.iter().map(|(_, ms)| name(ms)).collect())
    }

    /// Documents in input order (ascending `index`), each knowing the document it repeats.
    pub fn docs<'a>(&'a self, docs: &[(usize, &'a ModelService)]) -> Vec<Doc<'a>> {
        let mut seen: BTreeMap<(&str, &str), usize> = BTreeMap::new();
        docs.iter()
            .zip(&self.0)
            .enumerate()
            .map(|(pos, ((index, ms), (epp, rbac)))| {
                let key = (ms.metadata.namespace.as_str(), ms.metadata.name.as_str());
                let repeats = Some(*seen.entry(key).or_insert(pos)).filter(|first| *first != pos);
                Doc { index: *index, ms, epp, cluster_rbac: rbac, repeats }
            })
            .collect()
    }
}

impl Doc<'_> {
    pub fn name(&self) -> &str {
        &self.ms.metadata.name
    }

    pub fn namespace(&self) -> &str {
        &self.ms.metadata.namespace
    }

    /// "`qwen3` in namespace `ml` (document 2)".
    pub fn describe(&self) -> String {
        use crate::lint::syntax::cut;
        format!("`{}` in namespace `{}` (document {})", cut(self.name()), cut(self.namespace()), self.index + 1)
    }
}

/// `metadata.name`: where every cross-document finding points.
pub fn name_path() -> FieldPath {
    FieldPath::root().field("metadata").field("name")
}

/// For each document, the first earlier document it collides with: `(later, earlier)`. Documents
/// are visited in order; `find` looks the document up in `index`, which `add` then extends with
/// it, so each rule keeps its own index of what came before (no pair is compared). Repeats of an
/// earlier document are skipped (`duplicate-name` reports those), so one collision is reported
/// once; they are still added, as the earlier side of later collisions.
pub fn first_earlier<'a, I>(
    docs: &[Doc<'a>],
    mut index: I,
    find: impl Fn(&I, &Doc<'a>) -> Option<Doc<'a>>,
    add: impl Fn(&mut I, Doc<'a>),
) -> Vec<(Doc<'a>, Doc<'a>)> {
    let mut out = Vec::new();
    for later in docs {
        if later.repeats.is_none() {
            if let Some(earlier) = find(&index, later) {
                out.push((*later, earlier));
            }
        }
        add(&mut index, *later);
    }
    out
}

/// Earlier documents grouped by a key, for rules that report each document against the **first**
/// earlier document it collides with. Per group only two documents are kept: the first, and the
/// first in another namespace than that one — enough to answer both "the first earlier document
/// with this key" and "… in a namespace other than `ns`" without looking at every pair.
pub struct Groups<'a, K>(BTreeMap<K, (Doc<'a>, Option<Doc<'a>>)>);

impl<'a, K: Ord> Groups<'a, K> {
    pub fn new() -> Self {
        Groups(BTreeMap::new())
    }

    pub fn add(&mut self, key: K, d: Doc<'a>) {
        // One search of the tree per key (`get_mut` and then `insert` searched twice).
        match self.0.entry(key) {
            Entry::Vacant(v) => {
                v.insert((d, None));
            }
            Entry::Occupied(mut o) => {
                if let (first, other @ None) = o.get_mut() {
                    if first.namespace() != d.namespace() {
                        *other = Some(d);
                    }
                }
            }
        }
    }

    /// The first document added under `key`.
    pub fn first(&self, key: &K) -> Option<Doc<'a>> {
        self.0.get(key).map(|(first, _)| *first)
    }

    /// The first document added under `key` whose namespace is not `ns`.
    pub fn first_outside(&self, key: &K, ns: &str) -> Option<Doc<'a>> {
        let (first, other) = self.0.get(key)?;
        if first.namespace() != ns {
            Some(*first)
        } else {
            *other
        }
    }
}

impl<K: Ord> Default for Groups<'_, K> {
    fn default() -> Self {
        Self::new()
    }
}

/// The earliest of several candidates (documents are in input order).
pub fn earliest<'a>(candidates: impl IntoIterator<Item = Option<Doc<'a>>>) -> Option<Doc<'a>> {
    candidates.into_iter().flatten().min_by_key(|d| d.index)
}

/// Runs every cross-document rule with the default operator settings.
pub fn check_documents(docs: &[(usize, &ModelService)]) -> Vec<(usize, Diagnostic)> {
    check_documents_with(docs, &Settings::default())
}

/// Runs every cross-document rule; `settings` decide which objects exist (metrics auth, default
/// gateway). Findings are `(document index, diagnostic)`.
pub fn check_documents_with(docs: &[(usize, &ModelService)], settings: &Settings) -> Vec<(usize, Diagnostic)> {
    let names = Names::of(docs);
    let docs = names.docs(docs);
    // A loop, as in `lint::check`.
    let mut out = Vec::new();
    for r in super::RULES {
        if let Scope::Documents(f) = r.scope {
            out.append(&mut f(&docs, settings));
        }
    }
    out
}

#[cfg(test)]
pub(crate) mod testing {
    use crate::config::Settings;
    use crate::diagnostics::Severity;
    use crate::lint::testing::{doc, prepare};
    use crate::model::ModelService;
    use serde_json::{json, Value};

    /// A ModelService `name` in `ns`, with `patch` merged into the base document.
    pub fn ms(name: &str, ns: &str, patch: Value) -> ModelService {
        let mut p = json!({"metadata": {"name": name, "namespace": ns}});
        crate::lint::testing::merge(&mut p, &patch);
        prepare(doc(&p), &Settings::default()).model.unwrap()
    }

    /// Each row: the documents and the indexes that get a finding (each at `metadata.name`).
    pub fn table(
        check: super::CrossCheck,
        code: &str,
        severity: Severity,
        s: &Settings,
        rows: &[(Vec<ModelService>, &[usize])],
    ) {
        for (i, (mss, want)) in rows.iter().enumerate() {
            let indexed: Vec<(usize, &ModelService)> = mss.iter().enumerate().collect();
            let names = super::Names::of(&indexed);
            let docs = names.docs(&indexed);
            let got = check(&docs, s);
            let idx: Vec<usize> = got.iter().map(|(i, _)| *i).collect();
            assert_eq!(idx, *want, "row {i}: {got:#?}");
            for (_, d) in &got {
                assert_eq!(
                    (d.code, d.severity, d.path.to_string().as_str()),
                    (code, severity, "metadata.name"),
                    "row {i}"
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::testing::ms;
    use super::*;
    use crate::labels::inference_pool_selector_labels;
    use serde_json::json;

    #[test]
    fn runs_every_cross_rule_and_keeps_document_indexes() {
        let a = ms("qwen3.5", "ml", json!({}));
        let b = ms("qwen3-5", "ml", json!({}));
        let c = ms("qwen3.5", "ml", json!({}));
        let got = check_documents(&[(4, &a), (7, &b), (9, &c)]);
        let codes: Vec<(usize, &str)> = got.iter().map(|(i, d)| (*i, d.code)).collect();
        assert_eq!(codes, vec![(9, "duplicate-name"), (7, "epp-name-collision")]);
        assert!(got.iter().all(|(_, d)| d.path == name_path()));
    }

    /// Pools select by the raw name: names that only sanitize alike select disjoint pods.
    #[test]
    fn pools_overlap_only_for_identical_names() {
        assert_ne!(inference_pool_selector_labels("qwen3.5"), inference_pool_selector_labels("qwen3-5"));
        assert_eq!(
            check_documents(&[
                (0, &ms("a", "x", json!({}))),
                (1, &ms("a", "y", json!({"spec": {"httpRoute": {"gatewayRef": {"name": "gw"}}}})))
            ]),
            vec![]
        );
    }
}

#[cfg(test)]
mod pairwise_tests;
