//! Test helpers shared by the per-rule tables: a minimal valid ModelService, JSON merge patches,
//! and the real pipeline (schema validation → CRD defaulting → typed model) before a rule runs.

use super::Ctx;
use crate::config::{OperatorVersion, Settings};
use crate::diagnostics::{Diagnostic, Severity};
use crate::input::{prepare_value, Prepared};
use serde_json::{json, Value};

pub type Check = fn(&Ctx) -> Vec<Diagnostic>;

/// The smallest valid ModelService: `qwen3` in `ml`, nvidia, decode only.
pub fn base() -> Value {
    json!({
        "apiVersion": "model.otterscale.io/v1alpha1",
        "kind": "ModelService",
        "metadata": {"name": "qwen3", "namespace": "ml"},
        "spec": {
            "model": {"name": "qwen/Qwen3-8B", "image": "registry.example.com/models/qwen3:v1"},
            "engine": {},
            "accelerator": {"type": "nvidia"},
            "decode": {}
        }
    })
}

/// A patch setting the EPP image (`spec.inferencePool.endpointPicker.image`), with a prefill role
/// (P/D) or without: the input of the EPP image-boundary rules' tables.
pub fn epp_image(img: &str, prefill: bool) -> Value {
    let mut d = json!({"spec": {"inferencePool": {"endpointPicker": {"image": img}}}});
    if prefill {
        d["spec"]["prefill"] = json!({});
    }
    d
}

/// RFC 7386 JSON merge patch: objects merge, `null` deletes, anything else replaces.
pub fn merge(target: &mut Value, patch: &Value) {
    match (target.as_object_mut(), patch.as_object()) {
        (Some(t), Some(p)) => {
            for (k, v) in p {
                if v.is_null() {
                    t.remove(k);
                } else {
                    merge(t.entry(k.clone()).or_insert(Value::Null), v);
                }
            }
        }
        _ => *target = patch.clone(),
    }
}

/// `base()` with `patch` merged in.
pub fn doc(patch: &Value) -> Value {
    let mut d = base();
    merge(&mut d, patch);
    d
}

pub fn settings(v: OperatorVersion) -> Settings {
    let p = v.profile();
    Settings { epp: p.default_epp_config(), options: p.default_options() }
}

/// Runs the input pipeline; panics (test only) when the document is not schema-valid.
pub fn prepare(d: Value, s: &Settings) -> Prepared {
    let p = prepare_value(d, &s.profile());
    assert!(p.model.is_some(), "fixture is not schema-valid: {:?}", p.diagnostics);
    p
}

pub fn run_with(check: Check, patch: &Value, s: &Settings) -> Vec<Diagnostic> {
    let p = prepare(doc(patch), s);
    let ms = p.model.as_ref().unwrap();
    check(&Ctx::new(ms, &p.defaulted, &p.defaulted_paths, s))
}

pub fn run(check: Check, patch: &Value) -> Vec<Diagnostic> {
    run_with(check, patch, &Settings::default())
}

/// A pass/fail table: for each `(patch, paths)` row, the rule emits exactly one diagnostic per
/// expected path, in order, each with the rule's code and severity and a non-empty message.
pub fn table_with(check: Check, code: &str, severity: Severity, s: &Settings, rows: &[(Value, &[&str])]) {
    for (i, (patch, want)) in rows.iter().enumerate() {
        let got = run_with(check, patch, s);
        let paths: Vec<String> = got.iter().map(|d| d.path.to_string()).collect();
        assert_eq!(paths, *want, "row {i} ({patch}): {got:#?}");
        for d in &got {
            assert_eq!(d.code, code, "row {i}");
            assert_eq!(d.severity, severity, "row {i}");
            assert!(!d.message.is_empty(), "row {i}");
        }
    }
}

/// [`table_with`] under the default settings; the messages and hints of every row that fires are
/// the rule's reviewed snapshot `tests/snapshots/rules/<code>.cases.txt` (`make generate`
/// rewrites it: read the diff).
pub fn table(check: Check, code: &str, severity: Severity, rows: &[(Value, &[&str])]) {
    table_with(check, code, severity, &Settings::default(), rows);
    let mut out = format!(
        "# {code} — messages and hints on the rows of its test table that fire (default settings).\n\
         # Reviewed text: regenerate with `make generate`, then read the diff.\n"
    );
    for (patch, _) in rows {
        let got = run(check, patch);
        if got.is_empty() {
            continue;
        }
        // Keyed by the input, not the row number, so a new row does not renumber the file.
        out.push_str(&format!("\n## {patch}\n"));
        for d in got {
            out.push_str(&format!("{} {}\n  message: {}\n", d.severity.as_str(), d.path, d.message));
            if let Some(h) = &d.hint {
                out.push_str(&format!("  hint: {h}\n"));
            }
        }
    }
    generated::check(&format!("tests/snapshots/rules/{code}.cases.txt"), &out);
}

#[path = "../../tests/support/generated.rs"]
mod generated;

/// The console's real single-role and P/D specs (shared/design/users.md).
pub fn console_specs() -> Vec<Value> {
    let role = |tensor: i64| {
        json!({
            "replicas": 1,
            "parallelism": {"tensor": tensor},
            "resources": {
                "requests": {"nvidia.com/gpu": tensor, "nvidia.com/gpumem": 24000},
                "limits": {"nvidia.com/gpu": tensor, "nvidia.com/gpumem": 24000}
            },
            "nodeSelector": {"kubernetes.io/hostname": "gpu-node-1"},
            "annotations": {"nvidia.com/use-gputype": "A100,H100", "nvidia.com/use-gpuuuid": "GPU-1,GPU-2"}
        })
    };
    let single = json!({
        "metadata": {"name": "qwen3-8b", "namespace": "team-a"},
        "spec": {
            "model": {
                "name": "qwen/Qwen3-8B",
                "image": "harbor.example.com/models/qwen3-8b:v1",
                "imagePullSecrets": [{"name": "workspace-image-pull-secret"}]
            },
            "engine": {
                "args": ["--max-model-len", "8192", "--kv-transfer-config",
                         "{\"kv_connector\":\"NixlConnector\",\"kv_role\":\"kv_both\"}", "--disable-uvicorn-access-log"],
                "env": [
                    {"name": "VLLM_NIXL_SIDE_CHANNEL_HOST", "valueFrom": {"fieldRef": {"fieldPath": "status.podIP"}}},
                    {"name": "VLLM_NIXL_SIDE_CHANNEL_PORT", "value": "5557"},
                    {"name": "UCX_TLS", "value": "cuda_ipc,cuda_copy,tcp"},
                    {"name": "VLLM_LOGGING_LEVEL", "value": "INFO"}
                ]
            },
            "accelerator": {"type": "nvidia"},
            "decode": role(2),
            "routingProxy": {"image": "ghcr.io/llm-d/llm-d-routing-sidecar:v0.6.0"}
        }
    });
    let mut pd = single.clone();
    merge(&mut pd, &json!({"metadata": {"name": "qwen3-8b-pd"}, "spec": {"prefill": role(1)}}));
    vec![single, pd]
}
