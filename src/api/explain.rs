//! `explain(modelService, eppConfig, options)` → `{resources, origins, diagnostics}`: one origin per
//! leaf of every rendered object (see `crate::explain`).

use super::answer::Answer;
use super::{load, Wire};
use crate::diagnostics::{has_errors, Diagnostic, FieldPath};
use crate::explain::{explain, ExplicitSettings};
use crate::input::parse_optional;
use serde_json::Value;

/// `{resources, origins, diagnostics}`; with an error diagnostic, `resources` and `origins` are empty.
pub fn explain_json(model_service: &str, epp_config: &str, options: &str) -> String {
    let c = load(model_service, epp_config, options);
    let diags = &c.prepared.diagnostics;
    let explicit = ExplicitSettings::from_json(
        &parse_optional(epp_config).unwrap_or(Value::Null),
        &parse_optional(options).unwrap_or(Value::Null),
    );
    let answer = |diags: &[Diagnostic], origins: &Value, resources: &[crate::resource::Resource]| {
        Answer::new()
            .field("diagnostics", &Wire(diags))
            .field("origins", origins)
            .resources("resources", resources)
            .finish()
    };
    let none = Value::Array(Vec::new());
    if has_errors(diags) {
        return answer(diags, &none, &[]);
    }
    // Origins come from one re-render per input value: bound the work on huge inputs (a page must
    // not run out of memory); the render itself is still answered.
    let values = count_values(&c.prepared.defaulted, MAX_EXPLAINED_VALUES) + c.settings.epp.flags.len();
    if values > MAX_EXPLAINED_VALUES {
        let mut diags = diags.clone();
        diags.push(
            Diagnostic::warning(
                "explain/too-large",
                FieldPath::root(),
                format!("explain traces origins by re-rendering once per input value; this input has more than {MAX_EXPLAINED_VALUES} values, so no origins are given"),
            )
            .with_hint("explain a smaller spec (long env or args lists, many EPP flags)"),
        );
        let resources = c.prepared.model.as_ref().map(|ms| crate::render::render(ms, &c.settings).resources);
        return answer(&diags, &none, &resources.unwrap_or_default());
    }
    match explain(&c.prepared, &c.settings, &explicit) {
        // Origins through a `Value`: its map prints their keys sorted.
        Some(e) => answer(diags, &super::value_of(&e.origins), &e.rendered.resources),
        None => answer(diags, &none, &[]),
    }
}

/// Above this many input values (leaves of the spec plus EPP flags) explain gives no origins.
pub const MAX_EXPLAINED_VALUES: usize = 1000;

/// The number of leaf values in `v`, counting no further than `limit`.
fn count_values(v: &Value, limit: usize) -> usize {
    let mut n = 0;
    let mut stack = vec![v];
    while let Some(x) = stack.pop() {
        match x {
            Value::Array(a) => stack.extend(a.iter()),
            Value::Object(o) => stack.extend(o.values()),
            _ => n += 1,
        }
        if n > limit {
            break;
        }
    }
    n
}
