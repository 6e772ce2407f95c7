//! Structural validation of a ModelService given as JSON, against the schema data: every finding,
//! in document walk order (object keys sorted), each at the Kubernetes field path of the value.
//! `null` is the same as absent; NaN/±Infinity arrive as `{"$nonFinite": …}` from the JS layer.

use super::hints::{closest, describe, expected, quantity_hint, quote, type_hint};
use super::{Field, Gate, Kind, Node, MODEL_SERVICE};
use crate::config::Profile;
use crate::diagnostics::{Diagnostic, FieldPath, Loc};
use serde_json::{Map, Number, Value};

/// Validates `value` against the ModelService schema of `profile`. Returns every schema finding
/// (all errors); an empty list means the API server would accept the object's structure.
pub fn validate(value: &Value, profile: &Profile) -> Vec<Diagnostic> {
    if !value.is_object() || non_finite(value).is_some() {
        let d = Diagnostic::error(
            "input/not-an-object",
            FieldPath::root(),
            format!("a ModelService must be an object (a YAML mapping), got {}", describe(value)),
        );
        return vec![d];
    }
    let mut w = Walker { profile, out: Vec::new() };
    w.node(&MODEL_SERVICE, value, &Loc::Root);
    w.out
}

/// `Some("NaN" | "Infinity" | "-Infinity")` for the JS layer's stand-in of a non-finite number.
pub(super) fn non_finite(v: &Value) -> Option<&str> {
    let m = v.as_object()?;
    if m.len() != 1 {
        return None;
    }
    match m.get("$nonFinite")?.as_str()? {
        s @ ("NaN" | "Infinity" | "-Infinity") => Some(s),
        _ => None,
    }
}

/// An integral JSON number as i128, or `None` for a number with a fractional part.
pub(super) fn integral(n: &Number) -> Option<i128> {
    if let Some(i) = n.as_i64() {
        return Some(i128::from(i));
    }
    if let Some(u) = n.as_u64() {
        return Some(i128::from(u));
    }
    let f = n.as_f64()?;
    // Saturating for huge values, which are out of every range checked here anyway.
    (f.fract() == 0.0).then_some(f as i128)
}

struct Walker<'p> {
    profile: &'p Profile,
    out: Vec<Diagnostic>,
}

impl Walker<'_> {
    fn error(&mut self, code: &'static str, path: &Loc<'_>, message: String, hint: Option<String>) {
        let d = Diagnostic::error(code, path.to_path(), message);
        self.out.push(match hint {
            Some(h) => d.with_hint(h),
            None => d,
        });
    }

    fn node(&mut self, n: &'static Node, v: &Value, path: &Loc<'_>) {
        if let Some(which) = non_finite(v) {
            self.non_finite(which, path);
            return;
        }
        match (n.kind, v) {
            (Kind::String, Value::String(s)) => self.string(n, s, path),
            (Kind::Int32 | Kind::Int64, Value::Number(num)) => self.integer(n, num, v, path),
            (Kind::Boolean, Value::Bool(_)) => {}
            (Kind::Quantity, Value::Number(num)) if integral(num).is_some() => {}
            (Kind::Quantity, Value::String(s)) => self.quantity(s, path),
            (Kind::Object { fields }, Value::Object(m)) => self.object(fields, m, path),
            (Kind::Array { item }, Value::Array(items)) => {
                for (i, x) in items.iter().enumerate() {
                    self.node(item, x, &path.index(i));
                }
            }
            (Kind::Map { value }, Value::Object(m)) => {
                for (k, x) in m.iter().filter(|(_, x)| !x.is_null()) {
                    self.node(value, x, &path.key(k));
                }
            }
            (Kind::Opaque, Value::Object(m)) => self.scan_non_finite(m, path),
            _ => self.type_error(n, v, path),
        }
    }

    fn type_error(&mut self, n: &Node, v: &Value, path: &Loc<'_>) {
        let message = format!("expected {}, got {}", expected(n), describe(v));
        self.error("schema/type", path, message, type_hint(n, v));
    }

    fn non_finite(&mut self, which: &str, path: &Loc<'_>) {
        let message = format!("{which} is not allowed: numbers must be finite");
        let hint = "YAML .nan and .inf have no JSON form, so the API server cannot accept them; write a finite number";
        self.error("schema/non-finite", path, message, Some(hint.into()));
    }

    fn string(&mut self, n: &Node, s: &str, path: &Loc<'_>) {
        if !n.enum_values.is_empty() && !n.enum_values.contains(&s) {
            let message = match n.enum_values {
                [only] => format!("must be \"{only}\", got {}", quote(s)),
                all => format!("must be one of {}; got {}", all.join(", "), quote(s)),
            };
            // With a single allowed value the message already says what to write.
            let hint = match n.enum_values {
                [_] => None,
                all => closest(s, all.iter().copied()).map(|c| format!("did you mean \"{c}\"?")),
            };
            self.error(n.enum_code, path, message, hint);
        }
        let len = s.chars().count();
        if let Some(min) = n.min_length.filter(|m| len < *m) {
            let message = if len == 0 {
                "must not be empty".to_string()
            } else {
                format!("must be at least {min} characters long, got {len}")
            };
            self.error("schema/min-length", path, message, None);
        }
        if let Some(max) = n.max_length.filter(|m| len > *m) {
            let message = format!("must be at most {max} characters long, got {len}");
            self.error("schema/max-length", path, message, None);
        }
    }

    fn integer(&mut self, n: &Node, num: &Number, v: &Value, path: &Loc<'_>) {
        let Some(i) = integral(num) else {
            return self.type_error(n, v, path);
        };
        if matches!(n.kind, Kind::Int32) && (i < i128::from(i32::MIN) || i > i128::from(i32::MAX)) {
            let message = format!("must fit in a 32-bit integer ({} to {}), got {num}", i32::MIN, i32::MAX);
            return self.error("schema/int32-range", path, message, None);
        }
        if i < i128::from(i64::MIN) || i > i128::from(i64::MAX) {
            let message = format!("expected a 64-bit integer ({} to {}), got {num}", i64::MIN, i64::MAX);
            return self.error("schema/type", path, message, None);
        }
        if let Some(min) = n.minimum.filter(|m| i < i128::from(*m)) {
            self.error("schema/minimum", path, format!("must be at least {min}, got {num}"), None);
        }
        if let Some(max) = n.maximum.filter(|m| i > i128::from(*m)) {
            self.error("schema/maximum", path, format!("must be at most {max}, got {num}"), None);
        }
    }

    fn quantity(&mut self, s: &str, path: &Loc<'_>) {
        let Err(why) = crate::quantity::parse(s) else { return };
        let (message, hint) = if s.is_empty() {
            ("an empty string is not a valid quantity".to_string(), quantity_hint(s))
        } else if crate::quantity::matches_pattern(s) {
            // The CRD pattern lets it through, but the operator's Go client cannot decode it.
            let reason = why.0.split_once("is not a Kubernetes quantity: ").map_or(why.0.as_str(), |(_, r)| r);
            (
                format!("{} matches the CRD pattern, but Kubernetes cannot read it as a quantity", quote(s)),
                reason.into(),
            )
        } else {
            (format!("{} is not a valid quantity", quote(s)), quantity_hint(s))
        };
        self.error("schema/quantity", path, message, Some(hint));
    }

    fn object(&mut self, fields: &'static [Field], m: &Map<String, Value>, path: &Loc<'_>) {
        for f in fields.iter().filter(|f| f.required && f.gate.open(self.profile)) {
            if m.get(f.name).is_none_or(Value::is_null) {
                let message = format!("required field \"{}\" is missing", f.name);
                let hint = format!("add `{}`: {}", f.name, f.node.description);
                self.error("schema/required", &path.field(f.name), message, Some(hint));
            }
        }
        for (k, x) in m {
            match fields.iter().find(|f| f.name == k) {
                Some(f) if f.gate.open(self.profile) => {
                    if !x.is_null() {
                        self.node(f.node, x, &path.field(k));
                    }
                }
                _ => self.unknown(fields, k, path),
            }
        }
    }

    fn unknown(&mut self, fields: &'static [Field], k: &str, parent: &Loc<'_>) {
        let where_ = if parent.is_root() { "at the top level".to_string() } else { format!("in {parent}") };
        let message = format!("unknown field \"{k}\" {where_}");
        let closed = |f: &Field| !f.gate.open(self.profile);
        let hint = match closest(k, fields.iter().map(|f| f.name)) {
            Some(c) => match fields.iter().find(|f| f.name == c).filter(|f| closed(f)) {
                Some(f) => gate_hint(f, self.profile),
                None => format!("did you mean `{c}`?"),
            },
            None => elsewhere_hint(k, self.profile).unwrap_or_else(|| {
                let open: Vec<&str> = fields.iter().filter(|f| !closed(f)).map(|f| f.name).collect();
                format!("fields allowed here: {}", open.join(", "))
            }),
        };
        self.error("schema/unknown-field", &parent.field(k), message, Some(hint));
    }

    fn scan_non_finite(&mut self, m: &Map<String, Value>, path: &Loc<'_>) {
        for (k, x) in m {
            self.scan_value(x, &path.field(k));
        }
    }

    fn scan_value(&mut self, v: &Value, path: &Loc<'_>) {
        if let Some(which) = non_finite(v) {
            return self.non_finite(which, path);
        }
        match v {
            Value::Object(m) => self.scan_non_finite(m, path),
            Value::Array(a) => {
                for (i, x) in a.iter().enumerate() {
                    self.scan_value(x, &path.index(i));
                }
            }
            _ => {}
        }
    }
}

fn gate_hint(f: &Field, profile: &Profile) -> String {
    match f.gate {
        Gate::Always => String::new(),
        Gate::RoleAnnotations => format!(
            "`{}` exists only with operator v1.0.1 (otterscale/api v1.0.0); operator {} has no pod annotations",
            f.name,
            profile.version.as_str()
        ),
    }
}

/// "`replicas` belongs under spec.decode, spec.prefill or …" when the name is a field elsewhere.
fn elsewhere_hint(name: &str, profile: &Profile) -> Option<String> {
    fn walk(node: &Node, prefix: &str, name: &str, profile: &Profile, out: &mut Vec<String>) {
        match node.kind {
            Kind::Object { fields } => {
                for f in fields.iter().filter(|f| f.gate.open(profile)) {
                    if f.name == name {
                        out.push(if prefix.is_empty() { "the top level".into() } else { prefix.to_string() });
                    }
                    let child = if prefix.is_empty() { f.name.to_string() } else { format!("{prefix}.{}", f.name) };
                    walk(f.node, &child, name, profile, out);
                }
            }
            Kind::Array { item } => walk(item, &format!("{prefix}[]"), name, profile, out),
            _ => {}
        }
    }
    let mut places = Vec::new();
    walk(&MODEL_SERVICE, "", name, profile, &mut places);
    let more = places.len() > 3;
    places.truncate(3);
    let last = places.pop()?;
    let list = if places.is_empty() {
        last
    } else if more {
        format!("{}, {last}, …", places.join(", "))
    } else {
        format!("{} or {last}", places.join(", "))
    };
    Some(format!("`{name}` belongs under {list}"))
}
