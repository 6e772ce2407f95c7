//! `observeStatus(modelService, {decode, prefill})`: the status the controller would write.

use super::{to_text, wire};
use crate::diagnostics::{Diagnostic, FieldPath};
use crate::input::{parse_json, parse_optional};
use crate::status::{observe_status, ObservedDeployment};
use serde_json::{json, Value};

fn int32(v: Option<&Value>) -> Option<i32> {
    v.and_then(Value::as_i64).and_then(|i| i32::try_from(i).ok())
}

fn deployment(v: Option<&Value>, key: &str, diags: &mut Vec<Diagnostic>) -> Option<ObservedDeployment> {
    match v {
        None | Some(Value::Null) => None,
        Some(d @ Value::Object(_)) => Some(ObservedDeployment {
            replicas: int32(d.pointer("/spec/replicas")),
            ready_replicas: int32(d.pointer("/status/readyReplicas")),
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
    let decode = deployment(deps.get("decode"), "decode", &mut diags);
    let prefill = deployment(deps.get("prefill"), "prefill", &mut diags);
    let status = observe_status(generation, prefill_configured, decode, prefill);
    to_text(&json!({"status": status, "diagnostics": wire(&diags)}))
}
