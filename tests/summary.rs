//! `summary`: pods, accelerators, CPU/memory totals (with the EPP's defaults) and objects per kind,
//! exact canonical quantities, on the fixtures and on hand-made specs.

use modelservice_render::api::summary_json;
use serde_json::{json, Value};
use std::fs;
use std::path::Path;

fn fixture(name: &str) -> (String, String, String) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(name);
    let text = fs::read_to_string(dir.join("modelservice.yaml")).unwrap();
    let v: Value = serde_norway::from_str(&text).unwrap();
    let cfg: Value =
        fs::read_to_string(dir.join("config.json")).map(|t| serde_json::from_str(&t).unwrap()).unwrap_or(Value::Null);
    let part = |k: &str| cfg.get(k).map(Value::to_string).unwrap_or_default();
    (v.to_string(), part("eppConfig"), part("options"))
}

fn summary(ms: &str, epp: &str, opts: &str) -> Value {
    let out: Value = serde_json::from_str(&summary_json(ms, epp, opts)).unwrap();
    assert_eq!(
        out["diagnostics"].as_array().unwrap().iter().filter(|d| d["severity"] == "error").count(),
        0,
        "{}",
        out["diagnostics"]
    );
    out["summary"].clone()
}

fn summary_fixture(name: &str) -> Value {
    let (ms, epp, opts) = fixture(name);
    summary(&ms, &epp, &opts)
}

#[test]
fn fx_full_pd_totals_include_the_epp_defaults() {
    // decode 2 × (tensor 4 × dataLocal 1) + prefill 1 × (tensor 2 × dataLocal 2) = 12 GPUs;
    // CPU 2 × 8 + 8 + EPP 4 = 28; memory 2 × 64Gi + 64Gi + EPP 8Gi = 200Gi; no CPU/memory limit on vLLM.
    assert_eq!(
        summary_fixture("fx-full"),
        json!({
            "pods": {"decode": 2, "prefill": 1, "epp": 1},
            "accelerators": {"nvidia.com/gpu": 12},
            "requests": {"cpu": "28", "memory": "200Gi"},
            "limits": {},
            "objects": {"ConfigMap": 1, "Deployment": 3, "DestinationRule": 1, "HTTPRoute": 1, "InferencePool": 1,
                        "PodMonitor": 2, "Role": 1, "RoleBinding": 1, "Service": 1, "ServiceAccount": 1}
        })
    );
}

#[test]
fn console_pd_spec_counts_gpus_not_gpu_memory() {
    // decode 2 × tensor 2 + prefill 1 × tensor 1 = 5 nvidia.com/gpu; nvidia.com/gpumem is not an accelerator count.
    let s = summary_fixture("pd-with-proxy");
    assert_eq!(s["pods"], json!({"decode": 2, "prefill": 1, "epp": 1}));
    assert_eq!(s["accelerators"], json!({"nvidia.com/gpu": 5}));
    assert_eq!(s["requests"], json!({"cpu": "4", "memory": "8Gi"}));
    assert_eq!(s["limits"], json!({}));
}

#[test]
fn production_defaults_are_the_epp_quota_story() {
    // users.md: the EPP's default 4 CPU / 8Gi request is what exhausted workspace quotas.
    let s = summary_fixture("epp-g1-production-defaults");
    assert_eq!(s["pods"], json!({"decode": 1, "prefill": 0, "epp": 1}));
    assert_eq!(s["accelerators"], json!({"nvidia.com/gpu": 1}));
    assert_eq!(s["requests"], json!({"cpu": "4", "memory": "8Gi"}));
    assert_eq!(s["objects"]["Deployment"], 2);
    assert_eq!(s["objects"].as_object().unwrap().values().map(|n| n.as_u64().unwrap()).sum::<u64>(), 11);
}

#[test]
fn ha_epp_with_explicit_resources() {
    // amd decode 2 × 1 GPU; EPP 3 × (cpu 2, memory 4Gi) = cpu 6, memory 12Gi.
    let s = summary_fixture("ha-epp-replicas-3");
    assert_eq!(s["pods"], json!({"decode": 2, "prefill": 0, "epp": 3}));
    assert_eq!(s["accelerators"], json!({"amd.com/gpu": 2}));
    assert_eq!(s["requests"], json!({"cpu": "6", "memory": "12Gi"}));
    assert_eq!(s["limits"], json!({}), "the decode pods set no CPU/memory limit");
    assert_eq!(s["objects"]["Secret"], 1);
    assert_eq!(s["objects"]["ClusterRole"], 1);
}

fn spec(extra: Value) -> String {
    let mut v = json!({
        "metadata": {"name": "m", "namespace": "ns"},
        "spec": {
            "model": {"name": "a/b", "image": "r/m:1"},
            "engine": {},
            "accelerator": {"type": "nvidia"},
            "decode": {"replicas": 2, "parallelism": {"tensor": 2, "dataLocal": 2},
                       "resources": {"requests": {"cpu": "1500m", "memory": "6Gi"}, "limits": {"cpu": 2, "memory": "8Gi"}}},
            "inferencePool": {"endpointPicker": {"resources": {"limits": {"cpu": "500m", "memory": "512Mi"}}}}
        }
    });
    for (k, x) in extra.as_object().unwrap() {
        v["spec"][k] = x.clone();
    }
    v.to_string()
}

#[test]
fn limits_are_totalled_only_when_every_container_sets_them() {
    // Without the model-unpack init container (no kit image), every container sets both limits.
    let s = summary(&spec(json!({})), "", r#"{"images": {"kit": ""}}"#);
    assert_eq!(s["accelerators"], json!({"nvidia.com/gpu": 8}));
    // The EPP sets only limits: its requests default to them (cpu 500m, memory 512Mi).
    assert_eq!(s["requests"], json!({"cpu": "3500m", "memory": "12800Mi"}));
    assert_eq!(s["limits"], json!({"cpu": "4500m", "memory": "16896Mi"}));
    // With the kit image, model-unpack has no limits: the pods are unbounded, no total.
    let s = summary(&spec(json!({})), "", "");
    assert_eq!(s["limits"], json!({}));
    assert_eq!(s["requests"], json!({"cpu": "3500m", "memory": "12800Mi"}));
    // So does the routing-proxy sidecar.
    let s = summary(&spec(json!({"routingProxy": {}})), "", r#"{"images": {"kit": ""}}"#);
    assert_eq!(s["limits"], json!({}));
}

#[test]
fn zero_replicas_count_nothing() {
    let mut v: Value = serde_json::from_str(&spec(json!({}))).unwrap();
    v["spec"]["decode"]["replicas"] = json!(0);
    let s = summary(&v.to_string(), "", r#"{"images": {"kit": ""}}"#);
    assert_eq!(s["pods"], json!({"decode": 0, "prefill": 0, "epp": 1}));
    assert_eq!(s["accelerators"], json!({}));
    assert_eq!(s["requests"], json!({"cpu": "500m", "memory": "512Mi"}));
    assert_eq!(s["limits"], json!({"cpu": "500m", "memory": "512Mi"}));
}

#[test]
fn errors_give_no_summary() {
    let out: Value = serde_json::from_str(&summary_json(
        r#"{"metadata": {"name": "x"}, "spec": {"decode": {"replicas": -1}}}"#,
        "",
        "",
    ))
    .unwrap();
    assert_eq!(out["summary"], Value::Null);
    assert!(out["diagnostics"].as_array().unwrap().iter().any(|d| d["severity"] == "error"));
}
