//! The inputs `explain` perturbs: every leaf of the CRD-defaulted ModelService, the optional
//! sections whose mere presence switches behaviour, and every operator setting. Each input yields
//! a few variants (a changed copy of the ModelService or of the settings) to render again.

use super::flatten::{self, pointer};
use crate::config::Settings;
use crate::diagnostics::{FieldPath, Segment};
use crate::model::ModelService;
use crate::settings_table::{Field, SETTINGS};
use serde_json::Value;
use std::collections::BTreeSet;

/// Where an input comes from: what `from` names and how a copied value is classified.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Source {
    /// A ModelService leaf; `defaulted` when CRD defaulting (or the namespace default) filled it.
    Spec { defaulted: bool },
    /// An optional ModelService section, perturbed by removing it. Only changed values count.
    Section,
    /// An operator setting: its flag, and whether the caller gave it (then `from` is its path).
    Setting { flag: String, explicit: bool },
}

/// One perturbed input.
#[derive(Clone, Debug)]
pub struct Input {
    /// The input path (`spec.decode.replicas`, `eppConfig.provider`, `options.images.kit`).
    pub path: String,
    pub source: Source,
    /// The current value (`None` for sections).
    pub value: Option<Value>,
    variants: Variants,
}

#[derive(Clone, Debug)]
enum Variants {
    Spec { path: FieldPath, values: Vec<Value> },
    Section(FieldPath),
    Settings(Vec<Settings>),
}

impl Input {
    /// What `from` lists for this input: the flag of a setting the caller left at its default,
    /// else the input path.
    pub fn label(&self) -> &str {
        match &self.source {
            Source::Setting { flag, explicit: false } => flag,
            _ => &self.path,
        }
    }

    /// The (ModelService, settings) pairs to render; variants the model cannot hold are skipped.
    pub fn variants(&self, defaulted: &Value, base: &ModelService, s: &Settings) -> Vec<(ModelService, Settings)> {
        let typed = |v: Value| <ModelService as serde::Deserialize>::deserialize(&v).ok();
        match &self.variants {
            Variants::Spec { path, values } => values
                .iter()
                .filter_map(|x| {
                    let mut v = defaulted.clone();
                    *v.pointer_mut(&pointer(path))? = x.clone();
                    typed(v).map(|m| (m, s.clone()))
                })
                .collect(),
            Variants::Section(path) => {
                let mut v = defaulted.clone();
                let parent = v.pointer_mut(&pointer(&path.parent())).and_then(Value::as_object_mut);
                let key = match path.segments().last() {
                    Some(Segment::Field(f)) => f.as_str(),
                    _ => return Vec::new(),
                };
                if parent.and_then(|p| p.remove(key)).is_none() {
                    return Vec::new();
                }
                typed(v).map(|m| (m, s.clone())).into_iter().collect()
            }
            Variants::Settings(list) => list.iter().map(|x| (base.clone(), x.clone())).collect(),
        }
    }
}

/// The marker appended to strings.
const MARK: &str = "z";

/// Alternative values of a ModelService leaf: strings get a marker (numeric strings also +1),
/// integers ±1, 1 and 0 (never negative), booleans flip.
fn alternatives(v: &Value) -> Vec<Value> {
    match v {
        Value::String(s) => {
            let mut out = Vec::new();
            if let Ok(n) = s.parse::<i64>() {
                out.push(Value::String(n.saturating_add(1).to_string()));
            }
            out.push(Value::String(format!("{s}{MARK}")));
            out
        }
        Value::Bool(b) => vec![Value::Bool(!b)],
        Value::Number(n) => match n.as_i64() {
            Some(i) => {
                // ±1, and 1 and 0: the thresholds the operator tests (`> 1`, `> 0`).
                let mut out: Vec<i64> = vec![i.saturating_add(1)];
                for x in [i.saturating_sub(1), 1, 0] {
                    if x >= 0 && x != i && !out.contains(&x) {
                        out.push(x);
                    }
                }
                out.into_iter().map(Value::from).collect()
            }
            None => n.as_f64().map(|f| vec![Value::from(f + 1.0)]).unwrap_or_default(),
        },
        _ => Vec::new(),
    }
}

/// A list or map with more items than this is perturbed as one input (all its leaves at once),
/// so the number of renders stays bounded by the shape of the ModelService, not its size.
pub const GROUP: usize = 64;

/// The leaves to perturb one by one, and the large lists/maps to perturb as a whole (`true`).
fn spec_targets<'a>(v: &'a Value, stack: &mut Vec<Segment>, out: &mut Vec<(FieldPath, &'a Value, bool)>) {
    match v {
        Value::Object(m) if m.len() > GROUP => out.push((flatten::path_of(stack), v, true)),
        Value::Array(a) if a.len() > GROUP => out.push((flatten::path_of(stack), v, true)),
        Value::Object(m) if !m.is_empty() => {
            for (k, x) in m {
                stack.push(flatten::step("", stack, k));
                spec_targets(x, stack, out);
                stack.pop();
            }
        }
        Value::Array(a) if !a.is_empty() => {
            for (i, x) in a.iter().enumerate() {
                stack.push(Segment::Index(i));
                spec_targets(x, stack, out);
                stack.pop();
            }
        }
        _ => out.push((flatten::path_of(stack), v, false)),
    }
}

/// Every leaf replaced by its first alternative.
fn perturb_all(v: &Value) -> Value {
    match v {
        Value::Object(m) => {
            // Inserted, not collected: `collect` into a map compiles a stable sort for it.
            let mut o = serde_json::Map::new();
            for (k, x) in m {
                o.insert(k.clone(), perturb_all(x));
            }
            Value::Object(o)
        }
        Value::Array(a) => Value::Array(a.iter().map(perturb_all).collect()),
        x => alternatives(x).into_iter().next().unwrap_or_else(|| x.clone()),
    }
}

/// Sections whose presence (not only their leaves) changes what the operator does.
const SECTIONS: &[&str] =
    &["spec.prefill", "spec.routingProxy", "spec.inferencePool", "spec.httpRoute", "spec.monitoring.podMonitor"];

/// The settings the caller gave explicitly, as input paths (`eppConfig.tracing.enabled`).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ExplicitSettings(BTreeSet<String>);

impl ExplicitSettings {
    /// From the caller's `eppConfig` and `options` JSON (`null` = nothing given). A setting
    /// counts when it is present and not `null`.
    pub fn from_json(epp: &Value, opts: &Value) -> Self {
        // Inserted, not collected: `collect` into a set compiles a stable sort for it.
        let mut set = BTreeSet::new();
        let given = SETTINGS
            .iter()
            .filter(|s| s.upstream_name().is_some())
            .filter(|s| {
                let mut steps = s.segments();
                let mut v = match steps.next() {
                    Some("eppConfig") => Some(epp),
                    Some("options") => Some(opts),
                    _ => None,
                };
                for step in steps {
                    v = v.and_then(|x| x.get(step));
                }
                v.is_some_and(|x| !x.is_null())
            })
            .map(|s| s.path.to_string());
        for path in given {
            set.insert(path);
        }
        ExplicitSettings(set)
    }

    pub fn contains(&self, path: &str) -> bool {
        self.0.contains(path)
    }
}

/// Every input, in order: ModelService leaves (document order), sections, then settings.
pub fn inputs(defaulted: &Value, defaulted_paths: &[String], s: &Settings, explicit: &ExplicitSettings) -> Vec<Input> {
    let mut out = Vec::new();
    let mut targets = Vec::new();
    spec_targets(defaulted, &mut Vec::new(), &mut targets);
    for (path, v, group) in targets {
        let text = path.to_string();
        if text == "apiVersion" || text == "kind" {
            continue;
        }
        let values = if group { vec![perturb_all(v)] } else { alternatives(v) };
        if values.is_empty() {
            continue;
        }
        out.push(Input {
            source: Source::Spec { defaulted: defaulted_paths.contains(&text) },
            path: text,
            // A group is never "equal" to an output value: what it feeds is `derived`.
            value: (!group).then(|| v.clone()),
            variants: Variants::Spec { path, values },
        });
    }
    for sec in SECTIONS {
        let path = FieldPath::parse(sec);
        if flatten::get(defaulted, &path).is_some() {
            out.push(Input {
                path: sec.to_string(),
                source: Source::Section,
                value: None,
                variants: Variants::Section(path),
            });
        }
    }
    out.extend(setting_inputs(s, explicit));
    out
}

/// The variants of one setting: a string gets the marker (and, when it has fixed choices, every
/// other choice first: the operator compares it with those names); a boolean flips.
fn setting_variants(s: &Settings, field: Field) -> Vec<Settings> {
    let mut out = Vec::new();
    match field {
        Field::Text { get, set, choices, .. } => {
            for c in choices.iter().filter(|c| **c != get(s).as_str()) {
                let mut v = s.clone();
                *set(&mut v) = (*c).to_string();
                out.push(v);
            }
            let mut v = s.clone();
            set(&mut v).push_str(MARK);
            out.push(v);
        }
        Field::Bool { set, .. } => {
            let mut v = s.clone();
            let b = set(&mut v);
            *b = !*b;
            out.push(v);
        }
        Field::FlagMap | Field::Release => {}
    }
    out
}

fn setting_inputs(s: &Settings, ex: &ExplicitSettings) -> Vec<Input> {
    let mut out = Vec::new();
    for setting in SETTINGS {
        let value = match setting.field {
            Field::Text { get, .. } => Value::String(get(s).clone()),
            Field::Bool { get, .. } => Value::Bool(get(s)),
            // Each extra flag is its own input; it has no CLI flag upstream, so its value is
            // always the caller's.
            Field::FlagMap => {
                for (k, v) in &s.epp.flags {
                    let path = format!("{}[{k}]", setting.path);
                    let mut c = s.clone();
                    if let Some(x) = c.epp.flags.get_mut(k) {
                        x.push_str(MARK);
                    }
                    out.push(Input {
                        source: Source::Setting { flag: path.clone(), explicit: true },
                        path,
                        value: Some(Value::String(v.clone())),
                        variants: Variants::Settings(vec![c]),
                    });
                }
                continue;
            }
            // Not perturbed: another release is another operator, not another input.
            Field::Release => continue,
        };
        let Some(flag) = setting.upstream_name() else { continue };
        out.push(Input {
            path: setting.path.to_string(),
            source: Source::Setting { flag, explicit: ex.contains(setting.path) },
            value: Some(value),
            variants: Variants::Settings(setting_variants(s, setting.field)),
        });
    }
    out
}
