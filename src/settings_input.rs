//! Reads the partial `EppConfig` and `RenderOptions` a caller passes (JSON) and fills every
//! omitted field, at every depth, with the selected operator release's defaults. Mistakes are
//! diagnostics under `eppConfig.…` / `options.…`, never panics.

use crate::config::{OperatorVersion, Settings};
use crate::diagnostics::{Diagnostic, FieldPath};
use crate::settings_table::{Field, Setting, PROVIDERS, SETTINGS};
use serde_json::{Map, Value};

/// The direct children of the object at `prefix` (`eppConfig`, `eppConfig.tracing`): its
/// settings first, then its sub-objects, each in table order.
fn children(prefix: &str) -> (Vec<&'static Setting>, Vec<&'static str>) {
    let mut leaves = Vec::new();
    let mut objects: Vec<&'static str> = Vec::new();
    for s in SETTINGS {
        let Some(rest) = s.path.strip_prefix(prefix).and_then(|r| r.strip_prefix('.')) else { continue };
        match rest.split_once('.') {
            None => leaves.push(s),
            Some((object, _)) if !objects.contains(&object) => objects.push(object),
            Some(_) => {}
        }
    }
    (leaves, objects)
}

/// Objects accepted in the settings JSON but read elsewhere, not operator settings:
/// `options.migrate` (`crate::migrate::options`).
const READ_ELSEWHERE: &[(&str, &str)] = &[("options", "migrate")];

struct Reader<'a> {
    diags: &'a mut Vec<Diagnostic>,
}

impl Reader<'_> {
    fn object<'v>(&mut self, v: &'v Value, path: &FieldPath, known: &[&str]) -> Option<&'v Map<String, Value>> {
        match v {
            Value::Null => None,
            Value::Object(m) => {
                for k in m.keys().filter(|k| !known.contains(&k.as_str())) {
                    let mut d =
                        Diagnostic::error("config/unknown-field", path.field(k), format!("unknown field \"{k}\""));
                    if let Some(s) = crate::diagnostics::closest(k, known) {
                        d = d.with_hint(format!("did you mean \"{s}\"?"));
                    }
                    self.diags.push(d);
                }
                Some(m)
            }
            other => {
                self.diags.push(type_error(path, "an object", other));
                None
            }
        }
    }

    /// One setting from its parent object `m`.
    fn setting(&mut self, m: &Map<String, Value>, setting: &Setting, s: &mut Settings) {
        let path = FieldPath::parse(setting.path);
        let got = match m.get(setting.key()) {
            None | Some(Value::Null) => return,
            Some(v) => v,
        };
        match (setting.field, got) {
            (Field::Text { set, .. }, Value::String(v)) => *set(s) = v.clone(),
            (Field::Text { .. }, other) => self.diags.push(type_error(&path, "a string", other)),
            (Field::Bool { set, .. }, Value::Bool(b)) => *set(s) = *b,
            (Field::Bool { .. }, other) => self.diags.push(type_error(&path, "a boolean", other)),
            (Field::FlagMap, Value::Object(fm)) => {
                for (k, v) in fm {
                    match v {
                        Value::String(sv) => {
                            s.epp.flags.insert(k.clone(), sv.clone());
                        }
                        other => self.diags.push(type_error(&path.key(k), "a string", other)),
                    }
                }
            }
            (Field::FlagMap, other) => self.diags.push(type_error(&path, "an object of strings", other)),
            // Read first, by `operator_version`: it selects the defaults.
            (Field::Release, _) => {}
        }
    }

    /// The object at `prefix`: unknown fields, its settings, then its sub-objects.
    fn section(&mut self, v: &Value, prefix: &str, s: &mut Settings) {
        let (leaves, objects) = children(prefix);
        let elsewhere = READ_ELSEWHERE.iter().filter(|(p, _)| *p == prefix).map(|(_, k)| *k);
        let known: Vec<&str> = leaves.iter().map(|l| l.key()).chain(objects.iter().copied()).chain(elsewhere).collect();
        let Some(m) = self.object(v, &FieldPath::parse(prefix), &known) else { return };
        for leaf in leaves {
            self.setting(m, leaf, s);
        }
        for o in objects {
            if let Some(x) = m.get(o) {
                self.section(x, &format!("{prefix}.{o}"), s);
            }
        }
    }
}

fn type_error(path: &FieldPath, want: &str, got: &Value) -> Diagnostic {
    Diagnostic::error(
        "config/type",
        path.clone(),
        format!("expected {want}, got {}", crate::diagnostics::describe(got)),
    )
}

/// The operator version named in `options` (default v1.0.1); unknown names are reported.
fn operator_version(opts: &Value, diags: &mut Vec<Diagnostic>) -> OperatorVersion {
    match opts.get("operatorVersion") {
        None | Some(Value::Null) => OperatorVersion::default(),
        Some(Value::String(s)) => OperatorVersion::parse(s).unwrap_or_else(|| {
            let names: Vec<&str> = OperatorVersion::ALL.iter().map(|v| v.as_str()).collect();
            diags.push(Diagnostic::error(
                "config/enum",
                FieldPath::root().field("options").field("operatorVersion"),
                format!("unsupported operator version \"{s}\"; supported: {}", names.join(", ")),
            ));
            OperatorVersion::default()
        }),
        Some(other) => {
            diags.push(type_error(&FieldPath::root().field("options").field("operatorVersion"), "a string", other));
            OperatorVersion::default()
        }
    }
}

/// Resolves settings from the JSON a caller passed (`""` or `null` = all defaults).
pub fn read_settings(epp: &Value, opts: &Value) -> (Settings, Vec<Diagnostic>) {
    let mut diags = Vec::new();
    let version = operator_version(opts, &mut diags);
    let mut s = version.profile().default_settings();
    let mut r = Reader { diags: &mut diags };
    r.section(epp, "eppConfig", &mut s);
    if !PROVIDERS.contains(&s.epp.provider.as_str()) {
        r.diags.push(
            Diagnostic::warning(
                "config/unknown-provider",
                FieldPath::parse("eppConfig.provider"),
                format!(
                    "provider \"{}\" is not {}; the operator treats it like \"none\"",
                    s.epp.provider,
                    either(PROVIDERS)
                ),
            )
            .with_hint("providers are compared exactly and case-sensitively"),
        );
    }
    r.section(opts, "options", &mut s);
    (s, diags)
}

/// `a, b or c`.
fn either(words: &[&str]) -> String {
    match words.split_last() {
        Some((last, [])) => (*last).to_string(),
        Some((last, rest)) => format!("{} or {last}", rest.join(", ")),
        None => String::new(),
    }
}
