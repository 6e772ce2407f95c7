//! From caller JSON to a typed, CRD-defaulted `ModelService`: parse → schema validation →
//! namespace default → CRD defaulting and quantity normalisation (one walk) → typed model.

use crate::config::Profile;
use crate::diagnostics::{has_errors, Diagnostic, FieldPath};
use crate::model::ModelService;
use crate::schema;
use serde_json::Value;

/// A ModelService ready to render, and what was found on the way.
#[derive(Clone, Debug, Default)]
pub struct Prepared {
    /// `None` when an error diagnostic prevents building the typed model.
    pub model: Option<ModelService>,
    /// The input after defaulting (what the API server would store).
    pub defaulted: Value,
    /// Paths filled by CRD defaulting.
    pub defaulted_paths: Vec<FieldPath>,
    pub diagnostics: Vec<Diagnostic>,
}

/// Larger JSON arguments are refused before parsing. A real ModelService is a few KiB; the JS
/// layer refuses YAML text over 2 MiB, whose JSON can be somewhat larger.
pub const MAX_INPUT_BYTES: usize = 4 * 1024 * 1024;

/// Parses JSON text; a parse failure becomes one diagnostic at the document.
pub fn parse_json(text: &str) -> Result<Value, Diagnostic> {
    if text.len() > MAX_INPUT_BYTES {
        return Err(Diagnostic::error(
            "input/too-large",
            FieldPath::root(),
            format!("input is {} bytes; the limit is {} MiB", text.len(), MAX_INPUT_BYTES / 1024 / 1024),
        ));
    }
    // A byte-order mark is not JSON, but editors write one: read past it.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    serde_json::from_str(text).map_err(|e| {
        let msg = e.to_string();
        // serde_json names only the escape and a byte column; say which field holds it.
        if let Some(d) = crate::lone_surrogate::diagnostic(text) {
            return d;
        }
        if msg.contains("recursion limit") {
            Diagnostic::error(
                "input/too-deep",
                FieldPath::root(),
                "the document is nested too deeply (more than 128 levels)",
            )
        } else {
            Diagnostic::error("input/invalid-json", FieldPath::root(), format!("not valid JSON: {msg}"))
        }
    })
}

/// Validates and defaults a ModelService value.
pub fn prepare_value(mut v: Value, profile: &Profile) -> Prepared {
    let mut diagnostics = schema::validate(&v, profile);
    if let Some(meta) = v.as_object_mut().and_then(|o| o.get_mut("metadata")).and_then(Value::as_object_mut) {
        if matches!(meta.get("namespace"), None | Some(Value::Null)) {
            diagnostics.push(
                Diagnostic::info(
                    "namespace-defaulted",
                    FieldPath::root().field("metadata").field("namespace"),
                    "no metadata.namespace: rendering into namespace \"default\"",
                )
                .with_hint("kubectl applies it to the current context's namespace; set it to be explicit"),
            );
            meta.insert("namespace".into(), Value::String("default".into()));
        }
    }
    let defaulted_paths = schema::apply_crd_defaults(&mut v);
    if has_errors(&diagnostics) {
        return Prepared { model: None, defaulted: v, defaulted_paths, diagnostics };
    }
    // Read from a borrow: `defaulted` keeps `v`, so no copy of the whole document is needed.
    let model = match <ModelService as serde::Deserialize>::deserialize(&v) {
        Ok(m) => Some(m),
        Err(e) => {
            // The schema should have caught this; report instead of guessing.
            diagnostics.push(Diagnostic::error(
                "schema/type",
                FieldPath::root(),
                format!("cannot read the ModelService: {e}"),
            ));
            None
        }
    };
    Prepared { model, defaulted: v, defaulted_paths, diagnostics }
}

/// `prepare_value` on JSON text.
pub fn prepare(text: &str, profile: &Profile) -> Prepared {
    match parse_json(text) {
        Ok(v) => prepare_value(v, profile),
        Err(d) => Prepared { diagnostics: vec![d], ..Default::default() },
    }
}

/// A JSON argument that may be empty (`""` = not given).
pub fn parse_optional(text: &str) -> Result<Value, Diagnostic> {
    if text.trim().is_empty() {
        Ok(Value::Null)
    } else {
        parse_json(text)
    }
}
