//! `observeStatus(modelService, {decode, prefill})`: the status the controller would write.

use super::{object, to_text, value_of, wire};
use crate::diagnostics::{Diagnostic, FieldPath};
use crate::input::{parse_json, parse_optional};
use crate::role::Role;
use crate::status::{observe_status, ObservedDeployment};
use serde_json::Value;

/// A count the operator reads as a Go `int32` (`spec.replicas`, `status.readyReplicas`). Absent or
/// null is none, as the operator's nil; a section or count of another type is reported (a typed
/// Deployment cannot hold one) and read as none.
fn count(d: &Value, key: &str, section: &str, field: &str, diags: &mut Vec<Diagnostic>) -> Option<i32> {
    let path = FieldPath::root().field("deployments").field(key).field(section);
    let (path, message) = match d.get(section) {
        None | Some(Value::Null) => return None,
        Some(Value::Object(m)) => match m.get(field) {
            None | Some(Value::Null) => return None,
            Some(v) => match v.as_i64().and_then(|i| i32::try_from(i).ok()) {
                Some(n) => return Some(n),
                None => (path.field(field), "expected a 32-bit integer"),
            },
        },
        Some(_) => (path, "expected an object"),
    };
    diags.push(Diagnostic::error("status/type", path, message));
    None
}

fn deployment(v: Option<&Value>, key: &str, diags: &mut Vec<Diagnostic>) -> Option<ObservedDeployment> {
    match v {
        None | Some(Value::Null) => None,
        Some(d @ Value::Object(_)) => Some(ObservedDeployment {
            replicas: count(d, key, "spec", "replicas", diags),
            ready_replicas: count(d, key, "status", "readyReplicas", diags),
        }),
        Some(_) => {
            diags.push(Diagnostic::error(
                "status/type",
                FieldPath::root().field("deployments").field(key),
                "expected a Deployment object or null",
            ));
            None
        }
    }
}

/// The operator adds decode and prefill counts in Go `int32`; a sum that does not fit wraps, and
/// the status shows the wrapped number. Says so, at the prefill count that tipped it over.
fn total_overflow(
    decode: Option<ObservedDeployment>,
    prefill: Option<ObservedDeployment>,
    prefill_configured: bool,
) -> Vec<Diagnostic> {
    let (Some(d), Some(p), true) = (decode, prefill, prefill_configured) else { return Vec::new() };
    let sums =
        [("replicas", "spec", d.replicas, p.replicas), ("readyReplicas", "status", d.ready_replicas, p.ready_replicas)];
    sums.into_iter()
        .filter_map(|(field, section, a, b)| {
            let (a, b) = (a.unwrap_or(0), b.unwrap_or(0));
            let exact = i64::from(a) + i64::from(b);
            i32::try_from(exact).is_err().then(|| {
                Diagnostic::warning(
                    "status/total-overflow",
                    FieldPath::root().field("deployments").field("prefill").field(section).field(field),
                    format!(
                        "decode {a} + prefill {b} {field} = {exact} does not fit in a 32-bit integer: operator v1.0.1 \
                         adds them in Go int32, which wraps to {}, and the status shows what that gives",
                        a.wrapping_add(b)
                    ),
                )
            })
        })
        .collect()
}

/// `{status, diagnostics}`.
pub fn observe_status_json(model_service: &str, deployments: &str) -> String {
    let mut diags = Vec::new();
    let ms = parse_json(model_service).unwrap_or_else(|d| {
        diags.push(d);
        Value::Null
    });
    let deps = parse_optional(deployments).unwrap_or_else(|d| {
        diags.push(d);
        Value::Null
    });
    let generation = ms.pointer("/metadata/generation").and_then(Value::as_i64);
    let prefill_configured = !matches!(ms.pointer("/spec/prefill"), None | Some(Value::Null));
    let [decode, prefill] = Role::ALL.map(|r| deployment(deps.get(r.name()), r.name(), &mut diags));
    diags.extend(total_overflow(decode, prefill, prefill_configured));
    let status = observe_status(generation, prefill_configured, decode, prefill);
    to_text(&object([("diagnostics", wire(&diags)), ("status", value_of(&status))]))
}
