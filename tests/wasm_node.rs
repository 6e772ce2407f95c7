//! The wasm build, in Node (wasm-bindgen-test-runner's default): the JSON entry points that
//! `src/wasm.rs` exports give the exact answers of the conformance cases
//! (shared/spec/cases.md §6.1 EPP-G1, serving.md §12.2). `tests/wasm_browser.rs` runs these same
//! tests in headless Chromium.
#![cfg(target_arch = "wasm32")]

use modelservice_render::api;
use serde_json::{json, Value};
use wasm_bindgen_test::wasm_bindgen_test;

/// EPP-G1: production defaults; `inferencePool`/`httpRoute`/`prefill`/`monitoring` all nil.
const EPP_G1: &str = r#"{"apiVersion":"model.otterscale.io/v1alpha1","kind":"ModelService","metadata":{"name":"qwen3-0.6b","namespace":"ml-serving","uid":"00000000-0000-0000-0000-000000000001","generation":1},"spec":{"model":{"name":"Qwen/Qwen3-0.6B","image":"registry.example.com/models/qwen3:v1"},"engine":{"port":8000},"accelerator":{"type":"nvidia"},"decode":{"replicas":1}}}"#;

fn parse(text: &str) -> Value {
    serde_json::from_str(text).expect("the wasm answer is JSON")
}

fn find<'a>(resources: &'a [Value], kind: &str, name: &str) -> &'a Value {
    resources
        .iter()
        .find(|r| r["kind"] == kind && r["metadata"]["name"] == name)
        .unwrap_or_else(|| panic!("no {kind} {name}"))
}

#[wasm_bindgen_test]
fn epp_g1_renders_every_object_in_reconcile_order() {
    let out = parse(&api::render_json(EPP_G1, "{}", "{}"));
    let errors: Vec<&Value> =
        out["diagnostics"].as_array().unwrap().iter().filter(|d| d["severity"] == "error").collect();
    assert!(errors.is_empty(), "unexpected errors: {errors:?}");
    let resources = out["resources"].as_array().unwrap();
    let got: Vec<(String, String)> = resources
        .iter()
        .map(|r| (r["kind"].as_str().unwrap().to_string(), r["metadata"]["name"].as_str().unwrap().to_string()))
        .collect();
    let want = [
        ("Deployment", "qwen3-0.6b-decode"),
        ("ServiceAccount", "qwen3-0-6b-epp"),
        ("ConfigMap", "qwen3-0-6b-epp-config"),
        ("Deployment", "qwen3-0-6b-epp"),
        ("Service", "qwen3-0-6b-epp"),
        ("Role", "qwen3-0-6b-epp"),
        ("RoleBinding", "qwen3-0-6b-epp"),
        ("InferencePool", "qwen3-0.6b"),
        ("HTTPRoute", "qwen3-0.6b"),
        ("DestinationRule", "qwen3-0-6b-epp"),
        ("PodMonitor", "qwen3-0.6b-decode"),
    ];
    let want: Vec<(String, String)> = want.iter().map(|(k, n)| (k.to_string(), n.to_string())).collect();
    assert_eq!(got, want);
    assert_eq!(out["configHash"], "3aee930c4fc2cf8c749623ba30a077bd93d5cca0c6513c87a5fe3427b089f2f1");
}

#[wasm_bindgen_test]
fn epp_g1_epp_deployment_matches_the_golden_object() {
    let out = parse(&api::render_json(EPP_G1, "{}", "{}"));
    let epp = find(out["resources"].as_array().unwrap(), "Deployment", "qwen3-0-6b-epp");
    let pod = &epp["spec"]["template"];
    assert_eq!(
        pod["metadata"]["annotations"]["checksum/config"],
        "3aee930c4fc2cf8c749623ba30a077bd93d5cca0c6513c87a5fe3427b089f2f1"
    );
    let container = &pod["spec"]["containers"][0];
    assert_eq!(container["image"], "ghcr.io/llm-d/llm-d-inference-scheduler:v0.6.0");
    assert_eq!(
        container["args"],
        json!([
            "--pool-name=qwen3-0.6b",
            "--pool-namespace=ml-serving",
            "--pool-group=inference.networking.k8s.io",
            "--config-file=/config/default-plugins.yaml",
            "--grpc-port=9002",
            "--zap-encoder=json",
            "--tracing=false"
        ])
    );
    assert_eq!(
        container["resources"],
        json!({"requests": {"cpu": "4", "memory": "8Gi"}, "limits": {"memory": "16Gi"}})
    );
    assert_eq!(epp["spec"]["strategy"], json!({"type": "Recreate"}));
    assert_eq!(pod["spec"]["terminationGracePeriodSeconds"], 130);
    let owner = &epp["metadata"]["ownerReferences"][0];
    assert_eq!(owner["uid"], "00000000-0000-0000-0000-000000000001");
    assert_eq!(owner["controller"], true);
}

#[wasm_bindgen_test]
fn epp_g1_absent_objects() {
    let out = parse(&api::render_json(EPP_G1, "{}", "{}"));
    let mut absent: Vec<(String, String)> = out["absent"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| (r["kind"].as_str().unwrap().to_string(), r["name"].as_str().unwrap().to_string()))
        .collect();
    absent.sort();
    for want in [
        ("ClusterRole", "ml-serving-qwen3-0-6b-epp"),
        ("ClusterRoleBinding", "ml-serving-qwen3-0-6b-epp"),
        ("Deployment", "qwen3-0.6b-prefill"),
        ("InferencePool", "qwen3-0-6b-epp"),
        ("Secret", "qwen3-0-6b-epp-sa-metrics-reader-secret"),
        ("ServiceMonitor", "qwen3-0-6b-epp"),
    ] {
        assert!(absent.contains(&(want.0.to_string(), want.1.to_string())), "{want:?} not in {absent:?}");
    }
}

#[wasm_bindgen_test]
fn wire_diagnostics_carry_path_and_segments() {
    let bad = EPP_G1.replace(r#""decode":{"replicas":1}"#, r#""decode":{"replicas":"two"}"#);
    let out = parse(&api::render_json(&bad, "{}", "{}"));
    assert_eq!(out["resources"], json!([]));
    let d = out["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["path"] == "spec.decode.replicas")
        .expect("a diagnostic at spec.decode.replicas");
    assert_eq!(d["severity"], "error");
    assert_eq!(d["code"], "schema/type");
    assert_eq!(d["segments"], json!(["spec", "decode", "replicas"]));

    let nan = EPP_G1.replace(r#""decode":{"replicas":1}"#, r#""decode":{"replicas":{"$nonFinite":"NaN"}}"#);
    let diags = parse(&api::lint_json(&nan, "{}", "{}"));
    assert!(
        diags
            .as_array()
            .unwrap()
            .iter()
            .any(|d| d["code"] == "schema/non-finite" && d["path"] == "spec.decode.replicas"),
        "{diags}"
    );
}

#[wasm_bindgen_test]
fn defaults_are_the_v1_0_1_production_flags() {
    let out = parse(&api::defaults_json("{}"));
    let epp = &out["eppConfig"];
    assert_eq!(epp["provider"], "istio");
    assert_eq!(epp["metricsEndpointAuth"], true);
    assert_eq!(epp["defaultGatewayName"], "otterscale-llm-d-infra-inference-gateway");
    assert_eq!(
        epp["tracing"],
        json!({"enabled": false, "otelExporterEndpoint": "", "sampler": "parentbased_traceidratio", "samplerArg": "0.01"})
    );
    assert_eq!(
        out["options"]["images"],
        json!({
            "engine": "ghcr.io/llm-d/llm-d-cuda:v0.5.1",
            "epp": "ghcr.io/llm-d/llm-d-inference-scheduler:v0.6.0",
            "routingProxy": "ghcr.io/llm-d/llm-d-routing-sidecar:v0.6.0",
            "kit": "ghcr.io/kitops-ml/kitops:v1.11.0"
        })
    );
    assert_eq!(out["options"]["version"], "v1.0.1");
    assert_eq!(out["options"]["operatorVersion"], "v1.0.1");
}

#[wasm_bindgen_test]
fn observe_status_srv_st_3_partially_ready() {
    let deployments = r#"{"decode":{"spec":{"replicas":2},"status":{"readyReplicas":1}},"prefill":null}"#;
    let out = parse(&api::observe_status_json(EPP_G1, deployments));
    let status = &out["status"];
    assert_eq!(status["phase"], "Running");
    assert_eq!(status["observedGeneration"], 1);
    assert_eq!(status["decodeReady"], 1);
    assert_eq!(status["decodeReplicas"], 2);
    let ready = &status["conditions"][0];
    assert_eq!(ready["type"], "Ready");
    assert_eq!(ready["status"], "False");
    assert_eq!(ready["reason"], "PartiallyReady");
    assert_eq!(ready["message"], "1/2 replicas ready");
}

#[wasm_bindgen_test]
fn names() {
    let out = parse(&api::names_json(EPP_G1, "{}"));
    assert_eq!(out["names"]["decode"], "qwen3-0.6b-decode");
    assert_eq!(out["names"]["epp"], "qwen3-0-6b-epp");
    assert_eq!(out["names"]["inferencePool"], "qwen3-0.6b");
}

#[wasm_bindgen_test]
fn explain_diff_summary() {
    let out = parse(&api::explain_json(EPP_G1, "{}", "{}"));
    let replicas = out["origins"]
        .as_array()
        .unwrap()
        .iter()
        .find(|o| o["kind"] == "Deployment" && o["name"] == "qwen3-0.6b-decode" && o["path"] == "spec.replicas")
        .expect("an origin for the decode replicas");
    assert_eq!(replicas["origin"], "spec");
    assert_eq!(replicas["from"], json!(["spec.decode.replicas"]));

    let after = EPP_G1.replace(r#""decode":{"replicas":1}"#, r#""decode":{"replicas":3}"#);
    let diff = parse(&api::diff_json(EPP_G1, &after, "{}", "{}"));
    assert_eq!(
        diff["changes"],
        json!([{"action": "update", "apiVersion": "apps/v1", "kind": "Deployment", "name": "qwen3-0.6b-decode",
                "namespace": "ml-serving", "paths": ["spec.replicas"], "rollout": false}])
    );

    let summary = parse(&api::summary_json(EPP_G1, "{}", "{}"));
    assert_eq!(summary["summary"]["pods"], json!({"decode": 1, "prefill": 0, "epp": 1}));
    assert_eq!(summary["summary"]["accelerators"], json!({"nvidia.com/gpu": 1}));
    assert_eq!(summary["summary"]["objects"]["Deployment"], 2);
}

#[wasm_bindgen_test]
fn lint_documents_reports_cross_document_collisions_at_the_later_document() {
    // `qwen3-0.6b` and `qwen3-0-6b` share the EPP name `qwen3-0-6b-epp` in one namespace.
    let other = EPP_G1.replace(r#""name":"qwen3-0.6b""#, r#""name":"qwen3-0-6b""#);
    let out = parse(&api::lint_documents_json(&format!("[{EPP_G1},{other}]"), "{}", "{}"));
    let docs = out.as_array().unwrap();
    assert_eq!(docs.len(), 2);
    let errors = |i: usize| -> Vec<Value> {
        docs[i].as_array().unwrap().iter().filter(|d| d["severity"] == "error").cloned().collect()
    };
    assert!(errors(0).is_empty(), "{:?}", errors(0));
    let collision = errors(1).into_iter().find(|d| d["code"] == "epp-name-collision").expect("an epp-name-collision");
    assert_eq!(collision["path"], "metadata.name");
    assert_eq!(collision["segments"], json!(["metadata", "name"]));
}

/// Issue 12: a port clash inside a pod is a warning; every object is still rendered.
#[wasm_bindgen_test]
fn a_port_clash_inside_a_pod_renders_every_object_with_the_warning() {
    let ms =
        EPP_G1.replace(r#""engine":{"port":8000}"#, r#""engine":{"port":8000},"routingProxy":{"targetPort":8000}"#);
    let out = parse(&api::render_json(&ms, "{}", "{}"));
    assert_eq!(out["resources"].as_array().unwrap().len(), 11);
    let findings: Vec<(&str, &str, &str)> = out["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["severity"] != "info")
        .map(|d| (d["code"].as_str().unwrap(), d["severity"].as_str().unwrap(), d["path"].as_str().unwrap()))
        .collect();
    assert_eq!(findings, [("proxy-port-conflict", "warning", "spec.routingProxy.targetPort")]);
}

/// Issue 12: the accelerator count wraps like Go int32 (wasm's i32 must wrap the same way).
#[wasm_bindgen_test]
fn the_accelerator_count_wraps_like_go_int32() {
    let with = |t: u32, dl: u32| {
        EPP_G1.replace(
            r#""decode":{"replicas":1}"#,
            &format!(r#""decode":{{"replicas":1,"parallelism":{{"tensor":{t},"data":{dl},"dataLocal":{dl}}}}}"#),
        )
    };
    let out = parse(&api::render_json(&with(65537, 65537), "{}", "{}"));
    let vllm = &out["resources"][0]["spec"]["template"]["spec"]["containers"][0];
    assert_eq!(
        vllm["resources"],
        json!({"limits": {"nvidia.com/gpu": "131073"}, "requests": {"nvidia.com/gpu": "131073"}})
    );
    let out = parse(&api::render_json(&with(65536, 32768), "{}", "{}"));
    assert_eq!(out["resources"], json!([]));
    assert_eq!(out["diagnostics"][0]["code"], "gpu-count-negative");
}

#[wasm_bindgen_test]
fn migrate_epp_g1_to_kserve() {
    let out = parse(&api::migrate_json(EPP_G1, "{}", r#"{"migrate":{"apiVersion":"serving.kserve.io/v1alpha1"}}"#));
    let resources = out["resources"].as_array().unwrap();
    let kinds: Vec<&str> = resources.iter().map(|r| r["kind"].as_str().unwrap()).collect();
    assert_eq!(kinds, ["LLMInferenceService", "PodMonitor", "DestinationRule"]);
    let svc = &resources[0];
    assert_eq!(svc["apiVersion"], "serving.kserve.io/v1alpha1");
    // `qwen3-0.6b` is not a DNS-1035 label: KServe's Services need one.
    assert_eq!(svc["metadata"], json!({"name": "qwen3-0-6b", "namespace": "ml-serving"}));
    assert_eq!(
        svc["spec"]["model"],
        json!({"uri": "oci://registry.example.com/models/qwen3:v1", "name": "Qwen/Qwen3-0.6B"})
    );
    assert_eq!(
        svc["spec"]["template"]["containers"][0]["resources"],
        json!({"limits": {"nvidia.com/gpu": "1"}, "requests": {"nvidia.com/gpu": "1"}})
    );
    assert_eq!(svc["spec"]["router"]["scheduler"]["pool"]["spec"]["extensionRef"]["failureMode"], "FailClose");
    let renamed = out["diagnostics"].as_array().unwrap().iter().find(|d| d["code"] == "migrate/name-renamed").unwrap();
    assert_eq!(renamed["severity"], "warning");
    assert_eq!(renamed["segments"], json!(["metadata", "name"]));
}
