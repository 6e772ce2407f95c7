//! A configuration the API server accepts and the operator creates in full, whose pods then
//! crash-loop because two processes bind one port, is a warning (contract "Severity", issue 12):
//! `render`, `explain`, `diff` and `summary` answer with every object. A Service with two equal
//! ports is rejected by the API server and stays an error.

use modelservice_render::api;
use serde_json::{json, Value};

fn doc(spec_patch: Value) -> String {
    let mut d = json!({
        "apiVersion": "model.otterscale.io/v1alpha1",
        "kind": "ModelService",
        "metadata": {"name": "qwen3", "namespace": "ml"},
        "spec": {
            "model": {"name": "qwen/Qwen3-8B", "image": "registry.example.com/models/qwen3:v1"},
            "engine": {},
            "accelerator": {"type": "nvidia"},
            "decode": {}
        }
    });
    for (k, v) in spec_patch.as_object().unwrap() {
        d["spec"][k] = v.clone();
    }
    d.to_string()
}

fn parse(s: String) -> Value {
    serde_json::from_str(&s).unwrap()
}

/// `(code, severity, path, message)` of every warning or error.
fn findings(out: &Value) -> Vec<(String, String, String, String)> {
    out["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["severity"] != "info")
        .map(|d| {
            let s = |k: &str| d[k].as_str().unwrap().to_string();
            (s("code"), s("severity"), s("path"), s("message"))
        })
        .collect()
}

fn objects(out: &Value) -> Vec<String> {
    out["resources"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| format!("{}/{}", r["kind"].as_str().unwrap(), r["metadata"]["name"].as_str().unwrap()))
        .collect()
}

const WITHOUT_POOL: &[&str] = &[
    "Deployment/qwen3-decode",
    "ServiceAccount/qwen3-epp",
    "ConfigMap/qwen3-epp-config",
    "Deployment/qwen3-epp",
    "Service/qwen3-epp",
    "Role/qwen3-epp",
    "RoleBinding/qwen3-epp",
    "InferencePool/qwen3",
    "HTTPRoute/qwen3",
    "DestinationRule/qwen3-epp",
    "PodMonitor/qwen3-decode",
];

/// `(code, path, message)` of the one warning a case gets.
type Warning = (&'static str, &'static str, &'static str);

/// The three in-pod clashes: `(name, ModelService, objects, warning)`.
fn cases() -> Vec<(&'static str, String, Vec<&'static str>, Warning)> {
    let with_pool = [
        "Deployment/qwen3-decode",
        "ServiceAccount/qwen3-epp",
        "ConfigMap/qwen3-epp-config",
        "Deployment/qwen3-epp",
        "Service/qwen3-epp",
        "Secret/qwen3-epp-sa-metrics-reader-secret",
        "Role/qwen3-epp",
        "RoleBinding/qwen3-epp",
        "ClusterRole/ml-qwen3-epp",
        "ClusterRoleBinding/ml-qwen3-epp",
        "InferencePool/qwen3",
        "HTTPRoute/qwen3",
        "DestinationRule/qwen3-epp",
        "PodMonitor/qwen3-decode",
    ];
    vec![
        (
            "proxy",
            doc(json!({"routingProxy": {"targetPort": 8000}})),
            WITHOUT_POOL.to_vec(),
            (
                "proxy-port-conflict",
                "spec.routingProxy.targetPort",
                "routingProxy.targetPort equals the engine port 8000: on decode pods the routing proxy listens on \
                 8000 and vLLM is moved to 8000 too, so one of them cannot bind and the decode pods crash-loop",
            ),
        ),
        (
            "nixl",
            doc(json!({"engine": {"env": [{"name": "VLLM_NIXL_SIDE_CHANNEL_PORT", "value": "8000"}]}})),
            WITHOUT_POOL.to_vec(),
            (
                "nixl-port-conflict",
                "spec.engine.env[0].value",
                "VLLM_NIXL_SIDE_CHANNEL_PORT=8000 is also vLLM's HTTP port on the decode pods: two listeners on one \
                 port in one pod, so one fails to bind and the pod crash-loops",
            ),
        ),
        (
            "epp health",
            doc(json!({"inferencePool": {"endpointPicker": {"port": 9003}}})),
            with_pool.to_vec(),
            (
                "epp-port-conflict",
                "spec.inferencePool.endpointPicker.port",
                "endpointPicker.port 9003 is also the EPP's grpc-health port: the ext-proc and health servers cannot \
                 both bind it, so the EPP pod crash-loops",
            ),
        ),
    ]
}

#[test]
fn render_answers_every_object_with_the_warning() {
    for (name, ms, want, (code, path, message)) in cases() {
        let out = parse(api::render_json(&ms, "{}", "{}"));
        assert_eq!(objects(&out), want, "{name}");
        assert_eq!(
            findings(&out),
            vec![(code.to_string(), "warning".to_string(), path.to_string(), message.to_string())],
            "{name}"
        );
        assert_eq!(out["configHash"], "3aee930c4fc2cf8c749623ba30a077bd93d5cca0c6513c87a5fe3427b089f2f1", "{name}");
    }
}

#[test]
fn explain_summary_and_diff_answer_too() {
    let clean = doc(json!({}));
    for (name, ms, want, (code, _, _)) in cases() {
        let ex = parse(api::explain_json(&ms, "{}", "{}"));
        assert_eq!(objects(&ex), want, "{name}: explain");
        assert!(!ex["origins"].as_array().unwrap().is_empty(), "{name}: explain origins");
        assert_eq!(findings(&ex)[0].0, code, "{name}: explain");

        let sum = parse(api::summary_json(&ms, "{}", "{}"));
        assert_eq!(sum["summary"]["pods"], json!({"decode": 1, "prefill": 0, "epp": 1}), "{name}: summary");
        assert_eq!(sum["summary"]["accelerators"], json!({"nvidia.com/gpu": 1}), "{name}: summary");

        let d = parse(api::diff_json(&clean, &ms, "{}", "{}"));
        let changes = d["changes"].as_array().unwrap();
        assert!(!changes.is_empty(), "{name}: diff");
        let after: Vec<&Value> = d["diagnostics"].as_array().unwrap().iter().filter(|d| d["code"] == code).collect();
        assert_eq!(after.len(), 1, "{name}: diff diagnostics {}", d["diagnostics"]);
        assert_eq!(after[0]["document"], "after", "{name}");
    }
}

/// The 9090 case: the EPP Service would list port 9090 twice, which the API server rejects.
#[test]
fn a_service_with_two_equal_ports_is_still_an_error() {
    let out = parse(api::render_json(&doc(json!({"inferencePool": {"endpointPicker": {"port": 9090}}})), "{}", "{}"));
    assert_eq!(out["resources"], json!([]));
    assert_eq!(
        findings(&out),
        vec![(
            "epp-service-port-duplicate".to_string(),
            "error".to_string(),
            "spec.inferencePool.endpointPicker.port".to_string(),
            "endpointPicker.port 9090 is also the EPP's http-metrics port: the EPP Service would have two ports 9090, \
             which the API server rejects"
                .to_string()
        )]
    );
}
