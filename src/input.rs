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
pub fn prepare_value(v: Value, profile: &Profile) -> Prepared {
    prepare_parsed(v, profile, true)
}

/// [`prepare_value`]; `may_hold_null: false` when the value is known to hold no `null`.
fn prepare_parsed(mut v: Value, profile: &Profile, may_hold_null: bool) -> Prepared {
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
    let defaulted_paths = schema::apply_crd_defaults_to(&mut v, may_hold_null);
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
        // JSON writes a null only as `null`: a text without those four bytes (nearly every
        // document; a string holding them only costs the pruning walk) parsed to no null.
        Ok(v) => prepare_parsed(v, profile, text.contains("null")),
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

#[cfg(test)]
mod tests {
    use super::*;

    fn has_null(v: &Value) -> bool {
        match v {
            Value::Null => true,
            Value::Array(a) => a.iter().any(has_null),
            Value::Object(m) => m.values().any(has_null),
            _ => false,
        }
    }

    /// `prepare` skips the null-pruning walk only for texts without `null`: every other text is
    /// read exactly as `prepare_value` reads its value.
    #[test]
    fn nulls_are_pruned_from_text() {
        let doc = |extra: &str| {
            format!(
                r#"{{"apiVersion": "model.otterscale.io/v1alpha1", "kind": "ModelService",
                "metadata": {{"name": "qwen3", "namespace": "ml"{extra}}},
                "spec": {{"model": {{"name": "qwen/nullable", "image": "r.example.com/m:v1"}}, "engine": {{}},
                "accelerator": {{"type": "nvidia"}}, "decode": {{"replicas": null}}}}}}"#
            )
        };
        let profile = crate::config::Settings::default().profile();
        let no_null = doc("").replace("null}", "1}").replace("nullable", "qwen3");
        assert!(!no_null.contains("null"));
        for text in [doc(""), doc(r#", "labels": {"a": null}"#), doc("").replace("null}", "1}"), no_null] {
            let from_text = prepare(&text, &profile);
            let from_value = prepare_value(serde_json::from_str(&text).unwrap(), &profile);
            assert_eq!(from_text.defaulted, from_value.defaulted, "{text}");
            assert_eq!(from_text.defaulted_paths, from_value.defaulted_paths, "{text}");
            assert!(!has_null(&from_text.defaulted), "{text}");
        }
        // The CRD default replaced the pruned null; a value the user wrote is kept.
        let replicas = |t: &str| prepare(t, &profile).defaulted["spec"]["decode"]["replicas"].clone();
        assert_eq!(replicas(&doc("")), serde_json::json!(1));
        assert_eq!(replicas(&doc("").replace("null}", "3}")), serde_json::json!(3));
    }
}
