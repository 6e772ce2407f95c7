//! Helpers of the `migrate` tests: a base ModelService, patches, and the JSON API call.

use modelservice_render::api::migrate_json;
use serde_json::{json, Value};

/// A valid ModelService whose name is already a DNS-1035 label.
pub fn base() -> Value {
    json!({
        "apiVersion": "model.otterscale.io/v1alpha1", "kind": "ModelService",
        "metadata": {"name": "qwen3", "namespace": "ml"},
        "spec": {"model": {"name": "Qwen/Qwen3-8B", "image": "registry.example.com/models/qwen3:v1"},
                 "engine": {}, "accelerator": {"type": "nvidia"}, "decode": {}}
    })
}

/// `base()` with `patch` applied: `metadata` keys merged, `spec` keys replaced.
pub fn with(patch: &Value) -> Value {
    let mut ms = base();
    for part in ["metadata", "spec"] {
        if let Some(p) = patch.get(part).and_then(Value::as_object) {
            for (k, v) in p {
                ms[part][k] = v.clone();
            }
        }
    }
    ms
}

/// `(resources, diagnostics)` without the wire-only `segments`.
pub fn run(ms: &Value, epp: &Value, options: &Value) -> (Vec<Value>, Vec<Value>) {
    let text = |v: &Value| if v.is_null() { String::new() } else { v.to_string() };
    let out: Value = serde_json::from_str(&migrate_json(&ms.to_string(), &text(epp), &text(options))).unwrap();
    let diags = out["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            let mut d = d.clone();
            d.as_object_mut().unwrap().remove("segments");
            d
        })
        .collect();
    (out["resources"].as_array().unwrap().clone(), diags)
}

pub fn codes(diags: &[Value]) -> Vec<&str> {
    diags.iter().map(|d| d["code"].as_str().unwrap()).collect()
}
