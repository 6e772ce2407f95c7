//! Semantic lint rules: what the API server accepts but is almost surely wrong, or would be
//! rejected on one of the generated objects. One file per rule; `RULES` is the registry.

use crate::config::Settings;
use crate::diagnostics::Diagnostic;
use crate::model::ModelService;
use serde_json::Value;

/// Runs every rule on a schema-valid, CRD-defaulted ModelService (`raw` is the defaulted JSON,
/// for rules that need to know what the user wrote).
pub fn check(ms: &ModelService, raw: &Value, settings: &Settings) -> Vec<Diagnostic> {
    let _ = (ms, raw, settings);
    Vec::new()
}
