//! `diff(before, after, eppConfig, options)` → `{changes, diagnostics}` (see `crate::diff`). Both
//! documents are rendered with the same operator settings.

use super::{load, object, to_text, value_of, wire};
use crate::diagnostics::{has_errors, Diagnostic, Segment};
use crate::diff::diff;
use serde_json::Value;

/// Settings diagnostics (`eppConfig.…`, `options.…`) concern both documents.
fn is_settings(d: &Diagnostic) -> bool {
    matches!(d.path.segments().first(), Some(Segment::Field(f)) if f == "eppConfig" || f == "options")
}

/// Wire diagnostics with `document: "before" | "after"` (absent for settings diagnostics), so a
/// caller can locate each in the right text.
fn tagged(diags: &[Diagnostic], document: &str) -> Vec<(Diagnostic, Value)> {
    let wired = wire(diags);
    diags
        .iter()
        .zip(wired.as_array().cloned().unwrap_or_default())
        .map(|(d, mut w)| {
            if let Some(o) = w.as_object_mut() {
                o.insert("document".into(), Value::String(document.into()));
            }
            (d.clone(), w)
        })
        .collect()
}

/// `{changes, diagnostics}`. With an error in either document (or the settings): no changes.
/// Diagnostics: settings ones once, then each document's (tagged), errors first.
pub fn diff_json(before: &str, after: &str, epp_config: &str, options: &str) -> String {
    let b = load(before, epp_config, options);
    let a = load(after, epp_config, options);
    let shared: Vec<Diagnostic> = a.prepared.diagnostics.iter().filter(|d| is_settings(d)).cloned().collect();
    let only_doc = |ds: &[Diagnostic]| ds.iter().filter(|d| !is_settings(d)).cloned().collect::<Vec<_>>();
    let (bd, ad) = (only_doc(&b.prepared.diagnostics), only_doc(&a.prepared.diagnostics));
    let mut all: Vec<(Diagnostic, Value)> =
        shared.iter().cloned().zip(wire(&shared).as_array().cloned().unwrap_or_default()).collect();
    all.extend(tagged(&bd, "before"));
    all.extend(tagged(&ad, "after"));
    let all = super::by_severity(all, |(d, _)| d.severity);
    let errors = has_errors(&b.prepared.diagnostics) || has_errors(&a.prepared.diagnostics);
    let changes = match (&b.prepared.model, &a.prepared.model, errors) {
        (Some(bm), Some(am), false) => {
            let rb = crate::render::render(bm, &b.settings);
            let ra = crate::render::render(am, &a.settings);
            value_of(&diff(&rb, &ra))
        }
        _ => Value::Array(Vec::new()),
    };
    let diagnostics: Vec<Value> = all.into_iter().map(|(_, w)| w).collect();
    to_text(&object([("changes", changes), ("diagnostics", Value::Array(diagnostics))]))
}
