//! Tests of the schema module: fixtures and helpers here; the `validate` tables in `structure`
//! and `values`, message wording in `messages`; defaulting and JSON Schema tests sit in their files.

mod messages;
mod structure;
mod values;

use super::*;
use crate::config::OperatorVersion;
use crate::diagnostics::{Diagnostic, Severity};
use serde_json::{json, Value};

/// (name, input, profile, expected (code, path) list; every schema finding is an error).
pub(super) type Case = (&'static str, Value, Profile, Vec<(&'static str, &'static str)>);

/// One line per case: `"name" [, profile_fn] => input => ["code" @ "path", …];` (profile: v1.0.1).
macro_rules! table {
    ($($name:literal $(, $p:ident)? => $input:expr => [$($code:literal @ $path:literal),* $(,)?];)*) => {
        vec![$(($name, $input, table!(@profile $($p)?), vec![$(($code, $path)),*])),*]
    };
    (@profile) => { crate::schema::tests::v101() };
    (@profile $p:ident) => { $p() };
}
pub(super) use table;

pub(super) fn v101() -> Profile {
    OperatorVersion::V1_0_1.profile()
}

pub(super) fn v090() -> Profile {
    OperatorVersion::V0_9_0Alpha2.profile()
}

/// The smallest valid ModelService.
pub(super) fn base() -> Value {
    json!({
        "metadata": {"name": "m"},
        "spec": {
            "model": {"name": "qwen/Qwen3-32B", "image": "registry.example.com/models/qwen3-32b:v1"},
            "engine": {},
            "accelerator": {"type": "nvidia"},
            "decode": {}
        }
    })
}

/// `base()` with `patch` merged in: objects merge recursively, anything else (null too) replaces.
pub(super) fn with(patch: Value) -> Value {
    fn merge(into: &mut Value, patch: Value) {
        match (into, patch) {
            (Value::Object(a), Value::Object(b)) => {
                for (k, v) in b {
                    match a.get_mut(&k) {
                        Some(slot) if v.is_object() && slot.is_object() => merge(slot, v),
                        _ => {
                            a.insert(k, v);
                        }
                    }
                }
            }
            (slot, v) => *slot = v,
        }
    }
    let mut v = base();
    merge(&mut v, patch);
    v
}

/// FX-FULL (shared/spec/cases.md §1.3) as JSON.
pub(super) fn fx_full() -> Value {
    json!({
        "apiVersion": "model.otterscale.io/v1alpha1", "kind": "ModelService",
        "metadata": {"name": "qwen3-32b", "namespace": "ml-serving",
                     "uid": "11111111-2222-3333-4444-555555555555", "generation": 3},
        "spec": {
            "model": {"name": "qwen/Qwen3-32B", "image": "registry.example.com/models/qwen3-32b:v1",
                      "mountPath": "/models",
                      "imagePullSecrets": [{"name": "registry-creds"}, {"name": "other-creds"}]},
            "engine": {"image": "vllm/vllm-openai:v0.8.0", "imagePullPolicy": "IfNotPresent",
                       "args": ["--max-model-len=8192", "--enable-chunked-prefill"],
                       "env": [{"name": "VLLM_NIXL_SIDE_CHANNEL_PORT", "value": "5600"},
                               {"name": "HF_HUB_OFFLINE", "value": "1"}],
                       "port": 8000},
            "accelerator": {"type": "nvidia"},
            "decode": {"replicas": 2, "parallelism": {"tensor": 4, "data": 1, "dataLocal": 1},
                       "resources": {"requests": {"cpu": "8", "memory": "64Gi"}},
                       "nodeSelector": {"gpu": "h100"},
                       "tolerations": [{"key": "nvidia.com/gpu", "operator": "Exists", "effect": "NoSchedule"}],
                       "annotations": {"sidecar.istio.io/inject": "false"}},
            "prefill": {"replicas": 1, "parallelism": {"tensor": 2, "data": 2, "dataLocal": 2},
                        "resources": {"requests": {"cpu": "8", "memory": "64Gi"}}},
            "routingProxy": {"connector": "nixlv2", "targetPort": 8200, "zapEncoder": "json",
                             "zapLogLevel": "debug", "prefillerUseTLS": false},
            "monitoring": {"podMonitor": {"enabled": true, "portName": "http", "path": "/metrics", "interval": "15s"}}
        }
    })
}

pub(super) fn nan() -> Value {
    json!({"$nonFinite": "NaN"})
}

pub(super) fn got(v: &Value, p: &Profile) -> Vec<(String, Severity, String)> {
    validate(v, p).into_iter().map(|d| (d.code.to_string(), d.severity, d.path.to_string())).collect()
}

pub(super) fn find(v: &Value, p: &Profile, path: &str) -> Diagnostic {
    // A missing finding becomes a placeholder whose message names the path, so the caller's
    // assertion fails and says what was expected.
    validate(v, p).into_iter().find(|d| d.path.to_string() == path).unwrap_or_else(|| {
        Diagnostic::error(
            "test/missing",
            crate::diagnostics::FieldPath::parse(path),
            format!("no diagnostic at {path}"),
        )
    })
}

/// Asserts every case: exact codes and paths, in order, all errors.
pub(super) fn run(cases: Vec<Case>) {
    for (name, input, profile, want) in cases {
        let want: Vec<(String, Severity, String)> =
            want.into_iter().map(|(c, p)| (c.to_string(), Severity::Error, p.to_string())).collect();
        assert_eq!(got(&input, &profile), want, "case {name:?}");
    }
}

#[test]
fn every_node_has_a_description() {
    fn walk(n: &Node, path: &str) {
        assert!(!n.description.is_empty(), "{path} has no description");
        match n.kind {
            Kind::Object { fields } => fields.iter().for_each(|f| walk(f.node, &format!("{path}.{}", f.name))),
            Kind::Array { item } => walk(item, &format!("{path}[]")),
            Kind::Map { value } => walk(value, &format!("{path}[*]")),
            _ => {}
        }
    }
    walk(&MODEL_SERVICE, "");
}
