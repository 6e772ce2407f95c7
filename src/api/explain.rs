//! `explain(modelService, eppConfig, options)` → `{resources, origins, diagnostics}`: one origin per
//! leaf of every rendered object (see `crate::explain`).

use super::{load, to_text, wire};
use crate::diagnostics::has_errors;
use crate::explain::{explain, ExplicitSettings};
use crate::input::parse_optional;
use serde_json::{json, Value};

/// `{resources, origins, diagnostics}`; with an error diagnostic, `resources` and `origins` are empty.
pub fn explain_json(model_service: &str, epp_config: &str, options: &str) -> String {
    let c = load(model_service, epp_config, options);
    let diags = &c.prepared.diagnostics;
    let explicit = ExplicitSettings::from_json(
        &parse_optional(epp_config).unwrap_or(Value::Null),
        &parse_optional(options).unwrap_or(Value::Null),
    );
    let out = match explain(&c.prepared, &c.settings, &explicit).filter(|_| !has_errors(diags)) {
        Some(e) => json!({"resources": e.rendered.resources, "origins": e.origins, "diagnostics": wire(diags)}),
        None => json!({"resources": [], "origins": [], "diagnostics": wire(diags)}),
    };
    to_text(&out)
}
