//! `migrate(modelService, eppConfig, options)` → `{resources, diagnostics}` (see `crate::migrate`).
//! Same input rules as `render`: with an error diagnostic (of the ModelService, the settings or
//! the migration), `resources` is empty.

use super::{load, object, sort, to_text, wire};
use crate::diagnostics::has_errors;
use crate::input::parse_optional;
use crate::migrate::{migrate, options};
use serde_json::Value;

pub fn migrate_json(model_service: &str, epp_config: &str, options: &str) -> String {
    let c = load(model_service, epp_config, options);
    let (opts, odiags) = options::read(&parse_optional(options).unwrap_or(Value::Null));
    let mut diags = c.prepared.diagnostics.clone();
    diags.extend(odiags);
    let mut resources = Vec::new();
    if let (Some(ms), false) = (&c.prepared.model, has_errors(&diags)) {
        let m = migrate(ms, &c.prepared.defaulted, &c.settings, &opts);
        resources = m.resources;
        diags.extend(m.diagnostics);
    }
    sort(&mut diags);
    if has_errors(&diags) {
        resources.clear();
    }
    to_text(&object([("diagnostics", wire(&diags)), ("resources", Value::Array(resources))]))
}
