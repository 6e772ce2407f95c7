//! `summary(modelService, eppConfig, options)` → `{summary, diagnostics}` (see `crate::summary`).

use super::{load, object, to_text, value_of, wire};
use crate::diagnostics::has_errors;
use crate::summary::summarize;
use serde_json::Value;

/// `{summary, diagnostics}`; `summary` is `null` when there is an error diagnostic.
pub fn summary_json(model_service: &str, epp_config: &str, options: &str) -> String {
    let c = load(model_service, epp_config, options);
    let diags = &c.prepared.diagnostics;
    let summary = match (&c.prepared.model, has_errors(diags)) {
        (Some(ms), false) => {
            let r = crate::render::render(ms, &c.settings);
            value_of(&summarize(&r))
        }
        _ => Value::Null,
    };
    to_text(&object([("diagnostics", wire(diags)), ("summary", summary)]))
}
