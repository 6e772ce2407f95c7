//! `options.migrate`: `{apiVersion?, modelUri?}`. Mistakes are `config/*` diagnostics under
//! `options.migrate.…`, like every other settings field.

use super::kserve::{V1ALPHA1, V1ALPHA2};
use crate::diagnostics::{Diagnostic, FieldPath};
use serde_json::Value;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MigrateOptions {
    /// `serving.kserve.io/v1alpha2` (KServe's storage version since v0.17) or `…/v1alpha1`.
    pub api_version: &'static str,
    /// `spec.model.uri`, used verbatim; `None` = carry the ModelKit with the operator's kit unpack.
    pub model_uri: Option<String>,
}

impl Default for MigrateOptions {
    fn default() -> Self {
        MigrateOptions { api_version: V1ALPHA2, model_uri: None }
    }
}

impl MigrateOptions {
    pub fn is_v1alpha1(&self) -> bool {
        self.api_version == V1ALPHA1
    }
}

const FIELDS: &[&str] = &["apiVersion", "modelUri"];

/// Reads `options.migrate` from the whole `options` value (`null` = defaults).
pub fn read(options: &Value) -> (MigrateOptions, Vec<Diagnostic>) {
    let mut out = MigrateOptions::default();
    let mut diags = Vec::new();
    let path = FieldPath::root().field("options").field("migrate");
    let m = match options.get("migrate") {
        None | Some(Value::Null) => return (out, diags),
        Some(Value::Object(m)) => m,
        Some(other) => {
            diags.push(type_error(&path, "an object", other));
            return (out, diags);
        }
    };
    for k in m.keys().filter(|k| !FIELDS.contains(&k.as_str())) {
        let mut d = Diagnostic::error("config/unknown-field", path.field(k), format!("unknown field \"{k}\""));
        if let Some(s) = crate::diagnostics::closest(k, FIELDS) {
            d = d.with_hint(format!("did you mean \"{s}\"?"));
        }
        diags.push(d);
    }
    match m.get("apiVersion") {
        None | Some(Value::Null) => {}
        Some(Value::String(s)) if s == V1ALPHA2 => out.api_version = V1ALPHA2,
        Some(Value::String(s)) if s == V1ALPHA1 => out.api_version = V1ALPHA1,
        Some(Value::String(s)) => diags.push(Diagnostic::error(
            "config/enum",
            path.field("apiVersion"),
            format!("unsupported apiVersion \"{s}\"; supported: {V1ALPHA2}, {V1ALPHA1}"),
        )),
        Some(other) => diags.push(type_error(&path.field("apiVersion"), "a string", other)),
    }
    match m.get("modelUri") {
        None | Some(Value::Null) => {}
        Some(Value::String(s)) => out.model_uri = Some(s.clone()),
        Some(other) => diags.push(type_error(&path.field("modelUri"), "a string", other)),
    }
    (out, diags)
}

fn type_error(path: &FieldPath, want: &str, got: &Value) -> Diagnostic {
    Diagnostic::error(
        "config/type",
        path.clone(),
        format!("expected {want}, got {}", crate::diagnostics::describe(got)),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn defaults_and_values() {
        assert_eq!(read(&Value::Null), (MigrateOptions::default(), vec![]));
        let (o, d) = read(&json!({"migrate": {"apiVersion": V1ALPHA1, "modelUri": "hf://a/b"}}));
        assert!(d.is_empty());
        assert_eq!(o, MigrateOptions { api_version: V1ALPHA1, model_uri: Some("hf://a/b".into()) });
    }

    #[test]
    fn mistakes_are_located() {
        let (o, d) = read(&json!({"migrate": {"apiVersion": "v2", "modelUri": 3, "modeluri": "x"}}));
        assert_eq!(o, MigrateOptions::default());
        let got: Vec<(String, &str)> = d.iter().map(|d| (d.path.to_string(), d.code)).collect();
        assert_eq!(
            got,
            [
                ("options.migrate.modeluri".to_string(), "config/unknown-field"),
                ("options.migrate.apiVersion".to_string(), "config/enum"),
                ("options.migrate.modelUri".to_string(), "config/type"),
            ]
        );
        assert_eq!(d[0].hint.as_deref(), Some("did you mean \"modelUri\"?"));
        let (_, d) = read(&json!({"migrate": "yes"}));
        assert_eq!(d[0].message, "expected an object, got string \"yes\"");
    }
}
