//! cases.md §2.1 (deployment_test.go: SRV-DT-*), SRV-PM-*, SRV-QTY-1 and §4 (SRV-CT-* = EPP-K*).
//! The SRV-DEP-* cases are in cases_serving_dep.rs.

mod common;

use common::expect::{pod_monitor, restricted, std_labels};
use common::*;
use modelservice_render::builders::model_unpack::SCRIPT;
use modelservice_render::builders::pod_monitor;
use modelservice_render::builders::serving_deployment::{self, DeploymentArgs};
use modelservice_render::config::TracingConfig;
use modelservice_render::labels::{self, Labels};
use modelservice_render::model::{ModelService, RoutingProxySpec};
use modelservice_render::objects::Deployment;
use modelservice_render::quantity::decimal_si;
use modelservice_render::render::render;
use modelservice_render::status::{observe_status, ObservedDeployment};
use serde_json::{json, Value};

/// `BuildDeployment(ms, &ms.spec.decode, roleName, deployName, pod, meta, sel, tracing, kit)`.
fn build_with(
    ms: &ModelService,
    role_name: &str,
    deploy_name: &str,
    l: [Option<Labels>; 3],
    tracing: &TracingConfig,
    kit: &str,
) -> Value {
    let [pod_labels, metadata_labels, selector_labels] = l;
    let d: Deployment = serving_deployment::build(
        ms,
        DeploymentArgs {
            spec: &ms.spec.decode,
            role: role(role_name),
            deploy_name,
            pod_labels,
            metadata_labels,
            selector_labels,
            tracing,
            kit_image: kit,
            profile: &v101(),
        },
    );
    to_json(&d)
}

/// Labels nil, tracing off, kit = testKitImage.
fn build(ms: &ModelService, role_name: &str, deploy_name: &str) -> Value {
    build_with(ms, role_name, deploy_name, [None, None, None], &tracing_off(), TEST_KIT_IMAGE)
}

fn pod(d: &Value) -> &Value {
    &d["spec"]["template"]["spec"]
}

fn vllm(d: &Value) -> &Value {
    &d["spec"]["template"]["spec"]["containers"][0]
}

fn names(list: &Value) -> Vec<&str> {
    list.as_array().map(|a| a.iter().filter_map(|x| x["name"].as_str()).collect()).unwrap_or_default()
}

fn with_proxy(mut ms: ModelService) -> ModelService {
    ms.spec.routing_proxy =
        Some(RoutingProxySpec { connector: "nixlv2".into(), target_port: 8200, ..Default::default() });
    ms
}

fn port(name: &str, n: i64) -> Value {
    json!({"name": name, "containerPort": n, "protocol": "TCP"})
}

#[test]
fn srv_dt_1_basic_fields() {
    let l = [Some(labels(&[("role", "decode")])), Some(labels(&[("app", "qwen3")])), Some(labels(&[("app", "qwen3")]))];
    let d = build_with(&f1(), "decode", "qwen3-32b-decode", l, &tracing_off(), TEST_KIT_IMAGE);
    assert_eq!(d["metadata"]["name"], "qwen3-32b-decode");
    assert_eq!(d["metadata"]["namespace"], "ml-serving");
    assert_eq!(d["spec"]["replicas"], 2);
    assert_eq!(pod(&d)["containers"].as_array().map(Vec::len), Some(1));
    let c = vllm(&d);
    assert_eq!(c["name"], "vllm");
    assert_eq!(c["image"], "vllm/vllm-openai:v0.8.0");
    assert_eq!(
        c["args"],
        json!([
            "/models",
            "--port",
            "8000",
            "--served-model-name",
            "qwen/Qwen3-32B",
            "--tensor-parallel-size",
            "4",
            "--max-model-len=8192"
        ])
    );
    assert_eq!(c["command"], json!(["vllm", "serve"]));
    assert_eq!(
        c["env"],
        json!([{"name": "TP_SIZE", "value": "4"}, {"name": "DP_SIZE", "value": "1"}, {"name": "DP_SIZE_LOCAL", "value": "1"}])
    );
    assert_eq!(c["resources"], json!({"limits": {"nvidia.com/gpu": "4"}, "requests": {"nvidia.com/gpu": "4"}}));
    assert_eq!(d["metadata"]["labels"], json!({"app": "qwen3"}));
    assert_eq!(d["spec"]["selector"]["matchLabels"], json!({"app": "qwen3"}));
    assert_eq!(d["spec"]["template"]["metadata"]["labels"], json!({"role": "decode"}));
    assert!(d["spec"]["template"]["metadata"].get("annotations").is_none());
    assert_eq!(names(&pod(&d)["initContainers"]), ["model-unpack"]);
    assert_eq!(names(&pod(&d)["volumes"]), ["model", "model-tmp"]);
    assert_eq!(c["ports"], json!([port("http", 8000)]));
}

#[test]
fn srv_dt_2_model_unpack_and_volumes() {
    let d = build(&f1(), "decode", "test-decode");
    let p = pod(&d);
    assert_eq!(p["volumes"], json!([{"name": "model", "emptyDir": {}}, {"name": "model-tmp", "emptyDir": {}}]));
    let init = &p["initContainers"][0];
    assert_eq!(init["name"], "model-unpack");
    assert_eq!(init["image"], "ghcr.io/kitops-ml/kitops:v1.11.0");
    assert!(init["args"][0].as_str().is_some_and(|s| s.contains("kit unpack")));
    assert_eq!(init["command"], json!(["/bin/sh", "-c"]));
    assert_eq!(init["args"], json!([SCRIPT]));
    assert_eq!(
        SCRIPT,
        "set -euo pipefail\nexport KITOPS_HOME=\"${KITOPS_HOME:-/tmp/model-oci}\"\nmkdir -p \"$KITOPS_HOME\"\nkit unpack \"$OCI_MODEL_IMAGE\" --plain-http -o -d \"$MODEL_MOUNT_PATH\"\n"
    );
    assert_eq!(
        init["env"],
        json!([
            {"name": "OCI_MODEL_IMAGE", "value": "registry.example.com/models/qwen3-32b:v1"},
            {"name": "MODEL_MOUNT_PATH", "value": "/models"},
            {"name": "KITOPS_HOME", "value": "/tmp/model-oci"}
        ])
    );
    assert_eq!(
        init["volumeMounts"],
        json!([{"name": "model-tmp", "mountPath": "/tmp/model-oci"}, {"name": "model", "mountPath": "/models"}])
    );
    assert_eq!(vllm(&d)["volumeMounts"], json!([{"name": "model", "mountPath": TEST_MOUNT_PATH, "readOnly": true}]));
    assert!(d["metadata"].get("labels").is_none());
    assert!(d["spec"]["selector"].get("matchLabels").is_none());
    assert!(d["spec"]["template"]["metadata"].get("labels").is_none());
}

#[test]
fn srv_dt_3_routing_proxy_sidecar_on_decode() {
    let d = build(&with_proxy(f1()), "decode", "test-decode");
    let init = &pod(&d)["initContainers"];
    assert_eq!(names(init), ["model-unpack", "routing-proxy"]);
    let proxy = &init[1];
    assert_eq!(proxy["restartPolicy"], "Always");
    assert_eq!(
        proxy["args"],
        json!(["--port", "8000", "--vllm-port", "8200", "--connector", "nixlv2", "--secure-proxy=false"])
    );
    assert_eq!(proxy["ports"], json!([{"name": "proxy", "containerPort": 8000, "protocol": "TCP"}]));
    assert_eq!(proxy["image"].as_str().unwrap_or(""), "");
    assert!(proxy.get("env").is_none());
    assert_eq!(strs(&vllm(&d)["args"])[1..3], ["--port", "8200"]);
    assert_eq!(vllm(&d)["ports"], json!([port("http", 8200)]));
}

#[test]
fn srv_dt_4_no_routing_proxy_for_prefill() {
    let d = build(&with_proxy(f1()), "prefill", "test-prefill");
    assert_eq!(names(&pod(&d)["initContainers"]), ["model-unpack"]);
    assert_eq!(vllm(&d)["ports"], json!([port("http", 8000)]));
    assert_eq!(strs(&vllm(&d)["args"])[1..3], ["--port", "8000"]);
    assert_eq!(d["spec"]["replicas"], 2);
}

#[test]
fn srv_dt_5_nixl_side_channel_port_decode_and_prefill() {
    let mut ms = f1();
    ms.spec.engine.env = vec![env("VLLM_NIXL_SIDE_CHANNEL_PORT", "6123")];
    for (role, name) in [("decode", "test-decode"), ("prefill", "test-prefill")] {
        let d = build(&ms, role, name);
        assert_eq!(vllm(&d)["ports"], json!([port("http", 8000), port("nixl-side", 6123)]), "{role}");
        assert_eq!(
            vllm(&d)["env"],
            json!([
                {"name": "TP_SIZE", "value": "4"}, {"name": "DP_SIZE", "value": "1"}, {"name": "DP_SIZE_LOCAL", "value": "1"},
                {"name": "VLLM_NIXL_SIDE_CHANNEL_PORT", "value": "6123"}
            ]),
            "{role}"
        );
    }
}

#[test]
fn srv_dt_6_security_context() {
    let d = build(&f1(), "decode", "test");
    assert_eq!(pod(&d)["securityContext"], json!({"runAsNonRoot": true, "seccompProfile": {"type": "RuntimeDefault"}}));
    assert_eq!(pod(&d)["automountServiceAccountToken"], false);
    assert_eq!(vllm(&d)["securityContext"], restricted());
    assert_eq!(pod(&d)["initContainers"][0]["securityContext"], restricted());
}

#[test]
fn srv_dt_7_no_gpu_for_cpu_accelerator() {
    let mut ms = f1();
    ms.spec.accelerator.type_ = "cpu".into();
    let d = build(&ms, "decode", "test");
    let res = &vllm(&d)["resources"];
    assert!(res.is_null() || res == &json!({}), "resources must be empty, got {res}");
    let args = strs(&vllm(&d)["args"]);
    assert!(args.windows(2).any(|w| w == ["--tensor-parallel-size", "4"]));
}

#[test]
fn srv_dt_8_docker_config_for_image_pull_secrets() {
    let mut ms = f1();
    ms.spec.model.image_pull_secrets =
        vec![k8s_openapi::api::core::v1::LocalObjectReference { name: "my-registry-secret".into() }];
    let d = build(&ms, "decode", "test");
    let p = pod(&d);
    assert_eq!(names(&p["volumes"]), ["model", "model-tmp", "docker-config"]);
    assert_eq!(
        p["volumes"][2],
        json!({"name": "docker-config", "secret": {"secretName": "my-registry-secret",
               "items": [{"key": ".dockerconfigjson", "path": "config.json"}]}})
    );
    let init = &p["initContainers"][0];
    assert_eq!(init["name"], "model-unpack");
    assert_eq!(init["volumeMounts"][2], json!({"name": "docker-config", "mountPath": "/.docker", "readOnly": true}));
    assert_eq!(init["env"][3], json!({"name": "DOCKER_CONFIG", "value": "/.docker"}));
    assert_eq!(init["env"].as_array().map(Vec::len), Some(4));
    assert_eq!(p["imagePullSecrets"], json!([{"name": "my-registry-secret"}]));
}

// ---- PodMonitors (SRV-PM-*) -----------------------------------------------------------------

fn pm_endpoint(port: &str, path: &str, interval: &str) -> Value {
    json!([{"port": port, "path": path, "interval": interval,
            "relabelings": [{"action": "replace", "sourceLabels": ["__meta_kubernetes_pod_label_app_kubernetes_io_name"],
                             "targetLabel": "model_service"}]}])
}

#[test]
fn srv_pm_1_pod_monitor_defaults() {
    let sel = labels::selector_labels_for_role("qwen3-32b", "model-decode", "decode");
    let pm = to_json(&pod_monitor::build(&f1(), role("decode"), sel, None, &v101()));
    assert_eq!(pm["metadata"]["name"], "qwen3-32b-decode");
    assert_eq!(pm["metadata"]["namespace"], "ml-serving");
    assert_eq!(pm["spec"]["podMetricsEndpoints"], pm_endpoint("http", "/metrics", "30s"));
}

#[test]
fn srv_pm_2_pod_monitor_overrides_ignore_enabled() {
    let mut ms = f1();
    ms.spec.monitoring = Some(modelservice_render::model::MonitoringSpec {
        pod_monitor: Some(modelservice_render::model::PodMonitorSpec {
            enabled: false,
            port_name: "metrics".into(),
            path: "/m".into(),
            interval: "10s".into(),
        }),
    });
    let pm = to_json(&pod_monitor::build(&ms, role("decode"), Labels::new(), None, &v101()));
    assert_eq!(pm["spec"]["podMetricsEndpoints"], pm_endpoint("metrics", "/m", "10s"));
}

#[test]
fn srv_pm_3_pod_monitor_enablement() {
    let s = prod_settings();
    let r = render(&f1(), &s);
    assert_json_eq(
        &get(&r, "PodMonitor", "qwen3-32b-decode"),
        &pod_monitor("qwen3-32b", "ml-serving", "decode", "v1.0.1", "30s", None),
    );
    assert!(is_absent(&r, "PodMonitor", "qwen3-32b-prefill"));
    assert!(!has(&r, "PodMonitor", "qwen3-32b-prefill"));

    let mut ms = f1();
    ms.spec.prefill = Some(ms.spec.decode.clone());
    let r = render(&ms, &s);
    assert!(has(&r, "PodMonitor", "qwen3-32b-decode") && has(&r, "PodMonitor", "qwen3-32b-prefill"));
    assert!(!is_absent(&r, "PodMonitor", "qwen3-32b-prefill"));
    let pm = get(&r, "PodMonitor", "qwen3-32b-prefill");
    assert_eq!(pm["metadata"]["labels"], std_labels("qwen3-32b", "model-prefill", "v1.0.1"));
    assert!(pm["metadata"]["labels"].get("llm-d.ai/inference-serving").is_none());

    ms.spec.monitoring = Some(modelservice_render::model::MonitoringSpec {
        pod_monitor: Some(modelservice_render::model::PodMonitorSpec { enabled: false, ..Default::default() }),
    });
    let r = render(&ms, &s);
    assert!(is_absent(&r, "PodMonitor", "qwen3-32b-decode") && is_absent(&r, "PodMonitor", "qwen3-32b-prefill"));
    assert!(!r.resources.iter().any(|x| x.kind() == "PodMonitor"));
}

// ---- SRV-QTY-1 --------------------------------------------------------------------------------

#[test]
fn srv_qty_1_gpu_quantity_strings() {
    let rows: [(i64, &str); 13] = [
        (1, "1"),
        (4, "4"),
        (8, "8"),
        (10, "10"),
        (16, "16"),
        (100, "100"),
        (1000, "1k"),
        (1500, "1500"),
        (2000, "2k"),
        (10000, "10k"),
        (20000, "20k"),
        (1_000_000, "1M"),
        (2_147_483_647, "2147483647"),
    ];
    for (n, want) in rows {
        assert_eq!(decimal_si(n), want, "count {n}");
    }
    let mut ms = f1();
    ms.spec.decode.parallelism = Some(modelservice_render::model::Parallelism { tensor: 1000, data: 0, data_local: 1 });
    let d = build(&ms, "decode", "test");
    assert_eq!(
        vllm(&d)["resources"],
        json!({"limits": {"nvidia.com/gpu": "1k"}, "requests": {"nvidia.com/gpu": "1k"}})
    );
}

// ---- §4 controller envtest cases (SRV-CT = EPP-K) ----------------------------------------------

#[test]
fn srv_ct_1_creates_decode_deployment() {
    let r = render(&f2(), &ctrl_settings());
    let d = get(&r, "Deployment", "test-modelservice-decode");
    assert_eq!(d["metadata"]["namespace"], "default");
    assert_eq!(d["spec"]["replicas"], 1);
    assert_eq!(pod(&d)["containers"].as_array().map(Vec::len), Some(1));
    assert_eq!(vllm(&d)["image"], "vllm/vllm-openai:latest");
    assert_eq!(pod(&d)["volumes"][0], json!({"name": "model", "emptyDir": {}}));
    assert_eq!(pod(&d)["initContainers"][0]["name"], "model-unpack");
    assert_eq!(d["metadata"]["labels"], std_labels("test-modelservice", "model-decode", "test"));
    assert_eq!(vllm(&d)["args"], json!(["/models", "--port", "8000", "--served-model-name", "test/model"]));
    assert_eq!(
        vllm(&d)["env"],
        json!([{"name": "TP_SIZE", "value": "1"}, {"name": "DP_SIZE", "value": "1"}, {"name": "DP_SIZE_LOCAL", "value": "1"}])
    );
    assert_eq!(vllm(&d)["resources"], json!({"limits": {"nvidia.com/gpu": "1"}, "requests": {"nvidia.com/gpu": "1"}}));
    assert!(has(&r, "PodMonitor", "test-modelservice-decode"));
    // No uid in the envtest object as given: owner references are the product's uid-only choice.
    assert!(d["metadata"].get("ownerReferences").is_none());
}

#[test]
fn srv_ct_2_no_prefill_deployment_when_not_specified() {
    let r = render(&f2(), &ctrl_settings());
    assert!(!has(&r, "Deployment", "test-modelservice-prefill"));
    assert!(is_absent(&r, "Deployment", "test-modelservice-prefill"));
}

#[test]
fn srv_ct_3_status_after_reconciliation() {
    let ms = f2();
    let r = render(&ms, &ctrl_settings());
    let d = get(&r, "Deployment", "test-modelservice-decode");
    let replicas = d["spec"]["replicas"].as_i64().map(|v| v as i32);
    // envtest runs no Deployment controller: readyReplicas stays 0.
    let observed = ObservedDeployment { replicas, ready_replicas: None };
    let st = observe_status(ms.metadata.generation, ms.spec.prefill.is_some(), Some(observed), None);
    assert_eq!(st.observed_generation, ms.metadata.generation);
    assert_eq!(st.phase, "Running");
    assert_eq!((st.decode_replicas, st.decode_ready, st.prefill_replicas, st.prefill_ready), (1, 0, 0, 0));
    assert_eq!(
        to_json(&st.conditions),
        json!([{"type": "Ready", "status": "False", "reason": "PodsStarting",
                "message": "Waiting for serving pods to become ready", "observedGeneration": 1}])
    );
}

/// What a single reconcile of F-CTRL with E0 does besides the decode Deployment (cases.md §4).
#[test]
fn srv_ct_3_single_reconcile_with_e0() {
    let r = render(&f2(), &ctrl_settings());
    let epp = "test-modelservice-epp";
    for (kind, name) in [
        ("ServiceAccount", epp),
        ("ConfigMap", "test-modelservice-epp-config"),
        ("Deployment", epp),
        ("Service", epp),
        ("Role", epp),
        ("RoleBinding", epp),
        ("InferencePool", "test-modelservice"),
    ] {
        assert!(has(&r, kind, name), "{kind} {name}");
    }
    assert!(is_absent(&r, "DestinationRule", epp));
    assert!(is_absent(&r, "HTTPRoute", "test-modelservice"));
    assert!(is_absent(&r, "ServiceMonitor", epp));
    let e = get(&r, "Deployment", epp);
    assert_eq!(pod(&e)["containers"][0]["image"], "ghcr.io/test/epp:latest");
    let args = strs(&pod(&e)["containers"][0]["args"]);
    assert_eq!(args[args.len() - 2..], ["--tracing=false", "--metrics-endpoint-auth=false"]);
    assert_eq!(get(&r, "InferencePool", "test-modelservice")["spec"]["endpointPickerRef"]["failureMode"], "FailClose");
}
