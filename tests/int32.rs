//! Go's int32 arithmetic, exactly (issue 12 §3; serving.md §5.2, §12.1): the operator computes the
//! accelerator count `max(tensor,1) × max(dataLocal,1)` (`GPUCount`, int32) and the status totals
//! (`totalDesired`, `totalReady`, int32) with wrapping overflow. We reproduce the wrap and report it.

use modelservice_render::gpu::{gpu_count, gpu_count_overflow, inject_gpu_resources};
use modelservice_render::model::Parallelism;
use modelservice_render::status::{observe_status, ObservedDeployment};
use modelservice_render::{api, render, Settings};
use serde_json::{json, Value};

fn p(tensor: i32, data_local: i32) -> Option<Parallelism> {
    Some(Parallelism { tensor, data: 1, data_local })
}

#[test]
fn gpu_count_wraps_like_go_int32() {
    assert_eq!(gpu_count(p(46340, 46340).as_ref()), 2147395600);
    assert_eq!(gpu_count(p(2147483647, 1).as_ref()), 2147483647);
    assert_eq!(gpu_count(p(65536, 32768).as_ref()), -2147483648);
    assert_eq!(gpu_count(p(65536, 65536).as_ref()), 0);
    assert_eq!(gpu_count(p(65537, 65537).as_ref()), 131073);
    assert_eq!(gpu_count(p(2147483647, 2).as_ref()), -2);
    assert_eq!(gpu_count_overflow(p(46340, 46340).as_ref()), None);
    assert_eq!(gpu_count_overflow(p(65536, 65536).as_ref()), Some((4294967296, 0)));
    assert_eq!(gpu_count_overflow(p(65536, 32768).as_ref()), Some((2147483648, -2147483648)));
}

#[test]
fn inject_writes_a_negative_count_and_skips_zero() {
    let mut r = Default::default();
    inject_gpu_resources(&mut r, "nvidia", gpu_count(p(65536, 32768).as_ref()));
    let v = serde_json::to_value(&r).unwrap();
    assert_eq!(v, json!({"limits": {"nvidia.com/gpu": "-2147483648"}, "requests": {"nvidia.com/gpu": "-2147483648"}}));
    let mut r = Default::default();
    inject_gpu_resources(&mut r, "amd", gpu_count(p(65536, 65536).as_ref()));
    assert_eq!(serde_json::to_value(&r).unwrap(), json!({}));
}

fn doc(tensor: i64, data_local: i64, resources: Value) -> Value {
    json!({
        "metadata": {"name": "qwen3", "namespace": "ml"},
        "spec": {
            "model": {"name": "qwen/Qwen3-8B", "image": "registry.example.com/models/qwen3:v1"},
            "engine": {},
            "accelerator": {"type": "nvidia"},
            "decode": {"parallelism": {"tensor": tensor, "data": data_local, "dataLocal": data_local}, "resources": resources}
        }
    })
}

fn vllm_resources(out: &Value) -> &Value {
    let decode = out["resources"].as_array().unwrap().iter().find(|r| r["metadata"]["name"] == "qwen3-decode").unwrap();
    &decode["spec"]["template"]["spec"]["containers"][0]["resources"]
}

fn findings(out: &Value) -> Vec<(String, String, String)> {
    out["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["severity"] != "info")
        .map(|d| {
            (
                d["code"].as_str().unwrap().into(),
                d["severity"].as_str().unwrap().into(),
                d["path"].as_str().unwrap().into(),
            )
        })
        .collect()
}

/// 65536 × 65536 wraps to 0: the operator injects no GPU at all and keeps the user's resources.
#[test]
fn wrap_to_zero_renders_without_accelerator_and_warns() {
    let ms = doc(65536, 65536, json!({"limits": {"memory": "64Gi"}})).to_string();
    let out: Value = serde_json::from_str(&api::render_json(&ms, "{}", "{}")).unwrap();
    assert_eq!(vllm_resources(&out), &json!({"limits": {"memory": "64Gi"}}));
    assert_eq!(
        findings(&out),
        [("gpu-count-overflow".to_string(), "warning".to_string(), "spec.decode.parallelism".to_string())]
    );
    let args = &out["resources"][0]["spec"]["template"]["spec"]["containers"][0]["args"];
    assert_eq!(args[5], "--tensor-parallel-size");
    assert_eq!(args[6], "65536");
    let summary: Value = serde_json::from_str(&api::summary_json(&ms, "{}", "{}")).unwrap();
    assert_eq!(summary["summary"]["accelerators"], json!({}));
}

/// 65537 × 65537 wraps to 131073, which the API server accepts.
#[test]
fn wrap_to_a_positive_count_is_written_and_warned() {
    let out: Value =
        serde_json::from_str(&api::render_json(&doc(65537, 65537, json!(null)).to_string(), "{}", "{}")).unwrap();
    assert_eq!(
        vllm_resources(&out),
        &json!({"limits": {"nvidia.com/gpu": "131073"}, "requests": {"nvidia.com/gpu": "131073"}})
    );
    assert_eq!(
        findings(&out),
        [("gpu-count-overflow".to_string(), "warning".to_string(), "spec.decode.parallelism".to_string())]
    );
}

/// 65536 × 32768 wraps to −2³¹: the Deployment the operator sends carries a negative quantity,
/// which the API server rejects, so `render` reports an error and answers no objects. The builders
/// themselves (called without lint) write exactly what the operator sends.
#[test]
fn wrap_to_negative_is_an_error_and_the_builder_writes_the_negative_quantity() {
    let ms = doc(65536, 32768, json!({"limits": {"nvidia.com/gpu": 8}}));
    let out: Value = serde_json::from_str(&api::render_json(&ms.to_string(), "{}", "{}")).unwrap();
    assert_eq!(out["resources"], json!([]));
    assert_eq!(
        findings(&out),
        [("gpu-count-negative".to_string(), "error".to_string(), "spec.decode.parallelism".to_string())]
    );
    let d = &out["diagnostics"][0];
    assert_eq!(
        d["message"],
        "tensor 65536 × dataLocal 32768 = 2147483648 accelerators per pod does not fit in a 32-bit integer: operator \
         v1.0.1 computes it in Go int32, which wraps to -2147483648, and writes nvidia.com/gpu: \"-2147483648\" into \
         the Deployment `qwen3-decode`, which the API server rejects (resources must not be negative)"
    );

    let typed: modelservice_render::ModelService = serde_json::from_value(ms).unwrap();
    let r = render(&typed, &Settings::default());
    let decode = serde_json::to_value(&r.resources[0]).unwrap();
    assert_eq!(
        decode["spec"]["template"]["spec"]["containers"][0]["resources"],
        json!({"limits": {"nvidia.com/gpu": "-2147483648"}, "requests": {"nvidia.com/gpu": "-2147483648"}})
    );
}

fn obs(desired: i32, ready: i32) -> Option<ObservedDeployment> {
    Some(ObservedDeployment { replicas: Some(desired), ready_replicas: Some(ready) })
}

/// `(phase, reason, message)` the controller would write.
fn phase(decode: Option<ObservedDeployment>, prefill: Option<ObservedDeployment>) -> (String, String, String) {
    let s = observe_status(None, true, decode, prefill);
    (s.phase, s.conditions[0].reason.clone(), s.conditions[0].message.clone())
}

#[test]
fn status_totals_wrap_like_go_int32() {
    let t = |a: &str, b: &str, c: &str| (a.to_string(), b.to_string(), c.to_string());
    // 2147483647 + 1 wraps to -2147483648 on both sides: "equal", so Ready.
    assert_eq!(
        phase(obs(2147483647, 2147483647), obs(1, 1)),
        t("Ready", "AllReplicasReady", "All -2147483648 replicas are ready")
    );
    // desired wraps to -2147483648 while ready stays 2147483647: ready < desired is false, so Ready
    // (in exact arithmetic one replica is missing).
    assert_eq!(
        phase(obs(2147483647, 2147483647), obs(1, 0)),
        t("Ready", "AllReplicasReady", "All 2147483647 replicas are ready")
    );
    // desired wraps negative with nothing ready: not "starting" (desired > 0 fails), Ready.
    assert_eq!(phase(obs(2147483647, 0), obs(2, 0)), t("Ready", "AllReplicasReady", "All 0 replicas are ready"));
    // Without overflow the same shapes are what one expects.
    assert_eq!(phase(obs(3, 3), obs(1, 0)), t("Running", "PartiallyReady", "3/4 replicas ready"));
}

#[test]
fn observe_status_json_reports_the_wrapped_total() {
    let ms = doc(1, 1, json!(null));
    let mut ms = ms;
    ms["spec"]["prefill"] = json!({});
    let deps = json!({
        "decode": {"spec": {"replicas": 2147483647}, "status": {"readyReplicas": 2147483647}},
        "prefill": {"spec": {"replicas": 1}, "status": {"readyReplicas": 0}}
    });
    let out: Value = serde_json::from_str(&api::observe_status_json(&ms.to_string(), &deps.to_string())).unwrap();
    assert_eq!(out["status"]["phase"], "Ready");
    assert_eq!(out["status"]["conditions"][0]["message"], "All 2147483647 replicas are ready");
    assert_eq!(
        out["diagnostics"],
        json!([{
            "code": "status/total-overflow",
            "severity": "warning",
            "path": "deployments.prefill.spec.replicas",
            "segments": ["deployments", "prefill", "spec", "replicas"],
            "message": "decode 2147483647 + prefill 1 replicas = 2147483648 does not fit in a 32-bit integer: operator \
                        v1.0.1 adds them in Go int32, which wraps to -2147483648, and the status shows what that gives"
        }])
    );
}

#[test]
fn observe_status_json_reports_counts_of_the_wrong_type_and_reads_them_as_absent() {
    let ms = doc(1, 1, json!(null));
    let deps = json!({
        "decode": {"spec": {"replicas": "3"}, "status": {"readyReplicas": 1.5}},
        "prefill": {"spec": 5, "status": {"readyReplicas": 4294967296_i64}}
    });
    let out: Value = serde_json::from_str(&api::observe_status_json(&ms.to_string(), &deps.to_string())).unwrap();
    let diags: Vec<(String, String)> = out["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| (d["path"].as_str().unwrap().to_string(), d["message"].as_str().unwrap().to_string()))
        .collect();
    assert_eq!(
        diags,
        [
            ("deployments.decode.spec.replicas", "expected a 32-bit integer"),
            ("deployments.decode.status.readyReplicas", "expected a 32-bit integer"),
            ("deployments.prefill.spec", "expected an object"),
            ("deployments.prefill.status.readyReplicas", "expected a 32-bit integer"),
        ]
        .map(|(p, m)| (p.to_string(), m.to_string()))
    );
    assert!(out["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .all(|d| d["code"] == "status/type" && d["severity"] == "error"));
    // Read as absent: a decode Deployment with no counts, as the operator's nil.
    assert_eq!(out["status"]["decodeReplicas"], 0);
    assert_eq!(out["status"]["decodeReady"], 0);
    // Null sections and counts are the operator's nil: nothing to report.
    let deps = json!({"decode": {"spec": null, "status": {"readyReplicas": null}}});
    let out: Value = serde_json::from_str(&api::observe_status_json(&ms.to_string(), &deps.to_string())).unwrap();
    assert_eq!(out["diagnostics"], json!([]));
}
