//! `explain`: where every leaf of every rendered object comes from.
//!
//! Origins are found by perturbation, not by a hand-written table that could drift from the
//! builders: render once; then, for each input (every leaf of the CRD-defaulted ModelService, the
//! optional sections whose presence switches behaviour, every operator setting), render again with
//! that one input changed, and record which output leaves changed value or disappeared. Then:
//! - no dependency → `constant` (fixed by the operator);
//! - exactly one input changed the value, and the value equals that input → `spec` (the input
//!   path; also for a setting the caller gave explicitly, e.g. `eppConfig.provider`),
//!   `crd-default` (the input was filled by CRD defaulting), or `operator-default` (a setting the
//!   caller left at the operator's flag default; `from` names the flag);
//! - otherwise → `derived`, `from` = every input it depends on.
//!
//! `rules` adds a short human reason for the well-known derivations. Limits: see docs/decisions.md.

pub mod flatten;
pub mod perturb;
mod rules;

use crate::config::Settings;
use crate::diagnostics::{FieldPath, Segment};
use crate::input::Prepared;
use crate::render::{render, Rendered};
use crate::resource::Resource;
use flatten::{leaves, leaves_at, walk, Visitor};
pub use perturb::ExplicitSettings;
use perturb::{Input, Source};
use serde::Serialize;
use serde_json::Value;
use std::collections::HashMap;

/// The five origins of the contract.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
#[serde(rename_all = "kebab-case")]
pub enum OriginKind {
    Spec,
    CrdDefault,
    OperatorDefault,
    Derived,
    Constant,
}

/// `{kind, name, path, origin, from?, rule?}`: the origin of one leaf of one rendered object.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS), ts(optional_fields))]
pub struct Origin {
    pub kind: String,
    pub name: String,
    pub path: String,
    pub origin: OriginKind,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(feature = "typescript", ts(optional, as = "Option<Vec<String>>"))]
    pub from: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rule: Option<String>,
}

/// The render and one origin per leaf of its resources (render order, then document order).
#[derive(Clone, Debug, PartialEq)]
pub struct Explained {
    pub rendered: Rendered,
    pub origins: Vec<Origin>,
}

/// A rendered object flattened to leaves.
struct Obj<'r> {
    res: &'r Resource,
    kind: &'static str,
    name: &'r str,
    value: Value,
    leaves: Vec<(FieldPath, Value)>,
    index: HashMap<FieldPath, usize>,
}

impl<'r> Obj<'r> {
    fn new(res: &'r Resource) -> Self {
        let (kind, value) = (res.kind(), res.to_value());
        let leaves: Vec<(FieldPath, Value)> = leaves(kind, &value).into_iter().map(|(p, v)| (p, v.clone())).collect();
        let index = leaves.iter().enumerate().map(|(i, (p, _))| (p.clone(), i)).collect();
        Obj { res, kind, name: res.name(), value, leaves, index }
    }
}

/// How one input touched one leaf: its value changed, and/or it disappeared.
#[derive(Clone, Copy, Debug)]
struct Dep {
    input: usize,
    value: bool,
    gone: bool,
}

fn add_dep(deps: &mut Vec<Dep>, input: usize, gone: bool) {
    match deps.iter_mut().find(|d| d.input == input) {
        Some(d) => {
            d.value |= !gone;
            d.gone |= gone;
        }
        None => deps.push(Dep { input, value: !gone, gone }),
    }
}

/// Marks the base leaves a perturbation changed (or, unless it is a section, removed).
struct Recorder<'a> {
    obj: &'a Obj<'a>,
    deps: &'a mut [Vec<Dep>],
    input: usize,
    section: bool,
}

impl Recorder<'_> {
    fn mark(&mut self, stack: &[Segment], v: &Value, gone: bool) {
        let mut out = Vec::new();
        leaves_at(self.obj.kind, v, &mut stack.to_vec(), &mut out);
        for (p, _) in out {
            if let Some(d) = self.obj.index.get(&p).and_then(|i| self.deps.get_mut(*i)) {
                add_dep(d, self.input, gone);
            }
        }
    }
}

impl Visitor for Recorder<'_> {
    fn changed(&mut self, a: &[Segment], av: &Value, _: &[Segment], _: &Value) {
        self.mark(a, av, false);
    }
    fn removed(&mut self, a: &[Segment], av: &Value) {
        if !self.section {
            self.mark(a, av, true);
        }
    }
    fn added(&mut self, _: &[Segment], _: &Value) {}
}

/// Pairs base objects with perturbed ones: same kind and name, else the next unpaired object of
/// the same kind (a perturbed `metadata.name` renames everything but keeps the structure).
fn pair_objects(base: &[Obj], pert: &[Resource]) -> Vec<Option<usize>> {
    let mut taken = vec![false; pert.len()];
    let mut out = vec![None; base.len()];
    let take = |pred: &dyn Fn(&Resource) -> bool, taken: &mut Vec<bool>| {
        let pi = pert.iter().enumerate().position(|(pi, p)| !taken.get(pi).copied().unwrap_or(true) && pred(p))?;
        if let Some(t) = taken.get_mut(pi) {
            *t = true;
        }
        Some(pi)
    };
    for (b, slot) in base.iter().zip(out.iter_mut()) {
        *slot = take(&|p: &Resource| p.kind() == b.kind && p.name() == b.name, &mut taken);
    }
    for (b, slot) in base.iter().zip(out.iter_mut()) {
        if slot.is_none() {
            *slot = take(&|p: &Resource| p.kind() == b.kind, &mut taken);
        }
    }
    out
}

/// The scalar as text, for "the output equals the input" (`8000` equals `"8000"`).
fn text(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        Value::Bool(b) => Some(b.to_string()),
        _ => None,
    }
}

/// The origin and `from` of a leaf with these dependencies.
fn classify(value: &Value, deps: &[Dep], inputs: &[Input]) -> (OriginKind, Vec<String>) {
    if deps.is_empty() {
        return (OriginKind::Constant, Vec::new());
    }
    let leaf_values: Vec<&Input> = deps
        .iter()
        .filter(|d| d.value)
        .filter_map(|d| inputs.get(d.input))
        .filter(|i| i.source != Source::Section)
        .collect();
    if let [only] = leaf_values.as_slice() {
        if text(value).is_some() && only.value.as_ref().and_then(text) == text(value) {
            let kind = match &only.source {
                Source::Spec { defaulted: true } => OriginKind::CrdDefault,
                Source::Setting { explicit: false, .. } => OriginKind::OperatorDefault,
                _ => OriginKind::Spec,
            };
            return (kind, vec![only.label().to_string()]);
        }
    }
    let mut ids: Vec<usize> = deps.iter().map(|d| d.input).collect();
    ids.sort_unstable();
    ids.dedup();
    (OriginKind::Derived, ids.iter().filter_map(|i| inputs.get(*i)).map(|i| i.label().to_string()).collect())
}

/// Explains a prepared (validated, CRD-defaulted) ModelService; `None` when it has no model.
pub fn explain(p: &Prepared, s: &Settings, explicit: &ExplicitSettings) -> Option<Explained> {
    let ms = p.model.as_ref()?;
    let rendered = render(ms, s);
    let base: Vec<Obj> = rendered.resources.iter().map(Obj::new).collect();
    let mut defaulted: Vec<String> = p.defaulted_paths.iter().map(ToString::to_string).collect();
    let ns_defaulted = p.diagnostics.iter().any(|d| d.code == "namespace-defaulted");
    if ns_defaulted {
        defaulted.push("metadata.namespace".into());
    }
    let inputs = perturb::inputs(&p.defaulted, &defaulted, s, explicit);
    let mut deps: Vec<Vec<Vec<Dep>>> = base.iter().map(|o| vec![Vec::new(); o.leaves.len()]).collect();
    for (ii, input) in inputs.iter().enumerate() {
        let section = input.source == Source::Section;
        for (vms, vs) in input.variants(&p.defaulted, ms, s) {
            let pert = render(&vms, &vs).resources;
            for ((b, pi), d) in base.iter().zip(pair_objects(&base, &pert)).zip(deps.iter_mut()) {
                match pi.and_then(|i| pert.get(i)) {
                    Some(po) if po == b.res => {}
                    Some(po) => {
                        walk(b.kind, &b.value, &po.to_value(), &mut Recorder { obj: b, deps: d, input: ii, section })
                    }
                    None if !section => d.iter_mut().for_each(|x| add_dep(x, ii, true)),
                    None => {}
                }
            }
        }
    }

    let version = s.options.operator_version.as_str();
    let mut origins = Vec::new();
    for (o, d) in base.iter().zip(&deps) {
        for ((path, value), leaf_deps) in o.leaves.iter().zip(d) {
            let (origin, from) = classify(value, leaf_deps, &inputs);
            let ctx = rules::Ctx {
                kind: o.kind,
                obj: &o.value,
                path,
                value,
                name: &ms.metadata.name,
                namespace: &ms.metadata.namespace,
                constant: origin == OriginKind::Constant,
            };
            let rule = match origin {
                OriginKind::OperatorDefault => from.first().map(|f| format!("default of {f} in operator {version}")),
                OriginKind::CrdDefault if ns_defaulted && from.first().is_some_and(|f| f == "metadata.namespace") => {
                    Some("no metadata.namespace: rendered into \"default\"".into())
                }
                _ => rules::rule(&ctx).or_else(|| {
                    // A fixed value that exists only because of its inputs' current values.
                    let presence = origin == OriginKind::Derived && leaf_deps.iter().all(|d| !d.value);
                    presence.then(|| format!("fixed value, present only with the current {}", from.join(", ")))
                }),
            };
            origins.push(Origin {
                kind: o.kind.to_string(),
                name: o.name.to_string(),
                path: path.to_string(),
                origin,
                from,
                rule,
            });
        }
    }
    Some(Explained { rendered, origins })
}
