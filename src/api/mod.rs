//! JSON-in / JSON-out entry points: exactly what the wasm boundary (`src/wasm.rs`) exports, and
//! what the native parity tests call. Every function answers with JSON, never panics, and reports
//! problems as diagnostics (wire form: the public `Diagnostic` plus `segments`).

use crate::config::Settings;
use crate::diagnostics::{has_errors, Diagnostic, Severity};
use crate::input::{parse_optional, prepare, Prepared};
use crate::settings_input::read_settings;
use answer::Answer;
use serde_json::Value;
use std::rc::Rc;
pub(crate) use wire::{wire, Wire};

/// A JSON object of these fields. `json!` with a non-literal value would copy it through
/// serde_json's `to_value`, a second serialiser the wasm otherwise does without.
pub(crate) fn object<const N: usize>(fields: [(&str, Value); N]) -> Value {
    // Inserted, not collected: `collect` into a map compiles a stable sort for it.
    let mut o = serde_json::Map::new();
    for (k, v) in fields {
        o.insert(k.to_string(), v);
    }
    Value::Object(o)
}

/// `value` as a JSON value, through the JSON text writer (see `crate::objects::value_of`).
pub(crate) use crate::objects::value_of;

pub(crate) fn to_text(v: &Value) -> String {
    crate::json_text::to_string(v)
}

/// Settings plus the ModelService, or the diagnostics that stop a render.
pub(crate) struct Call {
    pub(crate) settings: Rc<Settings>,
    pub(crate) prepared: Prepared,
}

pub(crate) fn load(model_service: &str, epp_config: &str, options: &str) -> Call {
    load_with(model_service, &CallSettings::read_cached(epp_config, options))
}

/// The operator settings of a call, read once however many documents it has: the diagnostics of
/// reading the JSON arguments and those of the settings themselves.
pub(crate) struct CallSettings {
    settings: Rc<Settings>,
    unreadable: Vec<Diagnostic>,
    diagnostics: Vec<Diagnostic>,
}

impl CallSettings {
    pub(crate) fn read(epp_config: &str, options: &str) -> CallSettings {
        let mut unreadable = Vec::new();
        let epp = parse_optional(epp_config).unwrap_or_else(|d| {
            unreadable.push(d);
            Value::Null
        });
        let opts = parse_optional(options).unwrap_or_else(|d| {
            unreadable.push(d);
            Value::Null
        });
        let (settings, diagnostics) = read_settings(&epp, &opts);
        CallSettings { settings: Rc::new(settings), unreadable, diagnostics }
    }

    /// `read`, or the last call's result when its two texts were the same. A caller renders or
    /// lints many documents with one operator configuration (the playground on each keystroke,
    /// the CLI per file), and reading it (release defaults, every setting, unknown fields) was
    /// ~5 % of a render. Keyed by the exact texts, so the answer cannot differ.
    pub(crate) fn read_cached(epp_config: &str, options: &str) -> Rc<CallSettings> {
        LAST_SETTINGS.with(|last| {
            let mut last = last.borrow_mut();
            if let Some((e, o, s)) = last.as_ref() {
                if e == epp_config && o == options {
                    return Rc::clone(s);
                }
            }
            let s = Rc::new(CallSettings::read(epp_config, options));
            if epp_config.len() + options.len() <= MAX_CACHED_SETTINGS_BYTES {
                *last = Some((epp_config.to_string(), options.to_string(), Rc::clone(&s)));
            }
            s
        })
    }

    pub(crate) fn settings(&self) -> &Settings {
        &self.settings
    }
}

/// Settings texts larger than this are read each time rather than kept (a real configuration
/// is a few hundred bytes).
const MAX_CACHED_SETTINGS_BYTES: usize = 64 * 1024;

type CachedSettings = Option<(String, String, Rc<CallSettings>)>;

thread_local! {
    /// The settings of the last `load` and the texts they were read from.
    static LAST_SETTINGS: std::cell::RefCell<CachedSettings> = const { std::cell::RefCell::new(None) };
}

/// `load` with settings already read.
pub(crate) fn load_with(model_service: &str, s: &CallSettings) -> Call {
    let mut diags = s.unreadable.clone();
    let mut prepared = prepare(model_service, &s.settings.profile());
    diags.append(&mut prepared.diagnostics);
    diags.extend(s.diagnostics.iter().cloned());
    if let Some(ms) = &prepared.model {
        diags.extend(crate::lint::check(ms, &prepared.defaulted, &prepared.defaulted_paths, &s.settings));
    }
    sort(&mut diags);
    cap(&mut diags);
    prepared.diagnostics = diags;
    Call { settings: Rc::clone(&s.settings), prepared }
}

/// At most this many diagnostics are returned: 20,000 bad list items must not become megabytes
/// of answer. Errors come first, so what is kept is what blocks the render.
pub const MAX_DIAGNOSTICS: usize = 500;

/// Keeps the first `MAX_DIAGNOSTICS` and says how many were left out.
fn cap(diags: &mut Vec<Diagnostic>) {
    if diags.len() <= MAX_DIAGNOSTICS {
        return;
    }
    let more = diags.len() - MAX_DIAGNOSTICS;
    diags.truncate(MAX_DIAGNOSTICS);
    diags.push(Diagnostic::info(
        "diagnostics/truncated",
        crate::diagnostics::FieldPath::root(),
        format!("…and {more} more diagnostics, not shown (at most {MAX_DIAGNOSTICS} are reported)"),
    ));
}

/// Errors first, then warnings, then infos; document order within a severity is kept.
pub(crate) fn sort(diags: &mut Vec<Diagnostic>) {
    *diags = by_severity(std::mem::take(diags), |d| d.severity);
}

/// `items` ordered errors, warnings, infos, each in its original order: one pass into three
/// lists rather than a sort (every `sort_by_key` compiles a stable sort of its own, ≈3 KB of wasm).
pub(crate) fn by_severity<T>(items: Vec<T>, severity: impl Fn(&T) -> Severity) -> Vec<T> {
    let (mut errors, mut warnings, mut infos) = (Vec::new(), Vec::new(), Vec::new());
    for x in items {
        match severity(&x) {
            Severity::Error => errors.push(x),
            Severity::Warning => warnings.push(x),
            Severity::Info => infos.push(x),
        }
    }
    errors.append(&mut warnings);
    errors.append(&mut infos);
    errors
}

/// `render(modelService, eppConfig, options)` → `{resources, absent, configHash, diagnostics}`.
pub fn render_json(model_service: &str, epp_config: &str, options: &str) -> String {
    let mut c = load(model_service, epp_config, options);
    let model = c.prepared.model.take();
    let diags = &c.prepared.diagnostics;
    let answer = |absent: &[crate::resource::ObjectRef], config_hash: &str, resources| {
        Answer::new()
            .field("absent", absent)
            .field("configHash", config_hash)
            .field("diagnostics", &Wire(diags))
            .resources("resources", resources)
            .finish()
    };
    match (model, has_errors(diags)) {
        (Some(ms), false) => {
            let r = crate::render::render_owned(ms, &c.settings);
            answer(&r.absent, &r.config_hash, &r.resources)
        }
        _ => answer(&[], "", &[]),
    }
}

/// `lint(modelService, eppConfig, options)` → `Diagnostic[]`.
pub fn lint_json(model_service: &str, epp_config: &str, options: &str) -> String {
    crate::json_text::to_string(&Wire(&load(model_service, epp_config, options).prepared.diagnostics))
}

/// `defaults(options)` → `{eppConfig, options}` of the selected operator version.
pub fn defaults_json(options: &str) -> String {
    let opts = parse_optional(options).unwrap_or(Value::Null);
    let (s, _) = read_settings(&Value::Null, &opts);
    let o = &s.options;
    let options = object([
        ("images", value_of(&o.images)),
        ("operatorVersion", Value::from(o.operator_version.as_str())),
        ("version", Value::from(o.version.as_str())),
    ]);
    to_text(&object([("eppConfig", value_of(&s.epp)), ("options", options)]))
}

/// The operator release reproduced by default.
pub fn operator_version() -> String {
    crate::config::OperatorVersion::default().as_str().to_string()
}

mod answer;
mod diff;
mod documents;
mod explain;
mod migrate;
mod names;
mod status;
mod summary;
mod wire;

pub use diff::diff_json;
pub use documents::{lint_documents_json, LintSession};
pub use explain::explain_json;
pub use migrate::migrate_json;
pub use names::names_json;
pub use status::observe_status_json;
pub use summary::summary_json;
