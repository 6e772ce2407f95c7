//! cases.md §2.4 derived serving cases SRV-DEP-1 … SRV-DEP-14.

mod common;

use common::serving::srv_g1;
use common::*;
use k8s_openapi::api::core::v1::{EnvVar, EnvVarSource, LocalObjectReference, ObjectFieldSelector};
use modelservice_render::builders::serving_deployment::{self, DeploymentArgs};
use modelservice_render::config::{Images, TracingConfig};
use modelservice_render::image_defaults::apply_image_defaults;
use modelservice_render::model::{InferencePoolSpec, ModelService, Parallelism, RoleSpec, RoutingProxySpec};
use modelservice_render::render::render;
use serde_json::{json, Value};

/// `BuildDeployment` with `role` = the given RoleSpec, nil labels.
fn build_role(ms: &ModelService, spec: &RoleSpec, role_name: &str, tracing: &TracingConfig, kit: &str) -> Value {
    to_json(&serving_deployment::build(
        ms,
        DeploymentArgs {
            spec,
            role: role(role_name),
            deploy_name: "test",
            pod_labels: None,
            metadata_labels: None,
            selector_labels: None,
            tracing,
            kit_image: kit,
            profile: &v101(),
        },
    ))
}

fn build(ms: &ModelService, role_name: &str) -> Value {
    build_role(ms, &ms.spec.decode, role_name, &tracing_off(), TEST_KIT_IMAGE)
}

fn pod(d: &Value) -> &Value {
    &d["spec"]["template"]["spec"]
}

fn vllm(d: &Value) -> &Value {
    &d["spec"]["template"]["spec"]["containers"][0]
}

fn init_names(d: &Value) -> Vec<String> {
    pod(d)["initContainers"]
        .as_array()
        .map(|a| a.iter().filter_map(|c| c["name"].as_str().map(String::from)).collect())
        .unwrap_or_default()
}

fn port(name: &str, n: i64) -> Value {
    json!({"name": name, "containerPort": n, "protocol": "TCP"})
}

#[test]
fn srv_dep_1_ensure_path_labels() {
    let mut ms = f1();
    ms.metadata.uid = Some("u-1".into());
    let r = render(&ms, &prod_settings());
    assert_json_eq(&get(&r, "Deployment", "qwen3-32b-decode"), &srv_g1(Some("u-1"), "v1.0.1"));
    let mut s = prod_settings();
    s.options.version = String::new();
    let r = render(&ms, &s);
    let d = get(&r, "Deployment", "qwen3-32b-decode");
    assert_json_eq(&d, &srv_g1(Some("u-1"), ""));
    assert!(d["metadata"]["labels"].get("app.kubernetes.io/version").is_none());
    assert!(d["spec"]["template"]["metadata"]["labels"].get("app.kubernetes.io/version").is_none());
}

#[test]
fn srv_dep_2_mount_path() {
    let mut ms = f1();
    ms.spec.model.mount_path = "/mnt/m".into();
    let d = build(&ms, "decode");
    assert_eq!(vllm(&d)["args"][0], "/mnt/m");
    assert_eq!(vllm(&d)["volumeMounts"], json!([{"name": "model", "mountPath": "/mnt/m", "readOnly": true}]));
    let init = &pod(&d)["initContainers"][0];
    assert_eq!(init["env"][1], json!({"name": "MODEL_MOUNT_PATH", "value": "/mnt/m"}));
    assert_eq!(
        init["volumeMounts"],
        json!([{"name": "model-tmp", "mountPath": "/tmp/model-oci"}, {"name": "model", "mountPath": "/mnt/m"}])
    );
}

#[test]
fn srv_dep_3_parallelism() {
    let mut ms = f1();
    ms.spec.decode.parallelism = Some(Parallelism { tensor: 2, data: 3, data_local: 2 });
    let d = build(&ms, "decode");
    assert_eq!(
        vllm(&d)["args"],
        json!([
            "/models",
            "--port",
            "8000",
            "--served-model-name",
            "qwen/Qwen3-32B",
            "--tensor-parallel-size",
            "2",
            "--data-parallel-size",
            "3",
            "--data-parallel-size-local",
            "2",
            "--max-model-len=8192"
        ])
    );
    assert_eq!(
        vllm(&d)["env"],
        json!([{"name": "TP_SIZE", "value": "2"}, {"name": "DP_SIZE", "value": "3"}, {"name": "DP_SIZE_LOCAL", "value": "2"}])
    );
    assert_eq!(vllm(&d)["resources"], json!({"limits": {"nvidia.com/gpu": "4"}, "requests": {"nvidia.com/gpu": "4"}}));
}

#[test]
fn srv_dep_4_no_kit_image() {
    let ms = f1();
    let d = build_role(&ms, &ms.spec.decode, "decode", &tracing_off(), "");
    assert!(pod(&d).get("initContainers").is_none());
    assert_eq!(pod(&d)["volumes"], json!([{"name": "model", "emptyDir": {}}, {"name": "model-tmp", "emptyDir": {}}]));
    let mut ms = f1();
    ms.spec.model.image = String::new();
    let d = build(&ms, "decode");
    assert!(pod(&d).get("initContainers").is_none());
    assert_eq!(pod(&d)["volumes"], json!([{"name": "model", "emptyDir": {}}, {"name": "model-tmp", "emptyDir": {}}]));
}

#[test]
fn srv_dep_5_proxy_without_model_unpack() {
    let mut ms = f1();
    ms.spec.routing_proxy =
        Some(RoutingProxySpec { connector: "nixlv2".into(), target_port: 8200, ..Default::default() });
    let d = build_role(&ms, &ms.spec.decode, "decode", &tracing_off(), "");
    assert_eq!(init_names(&d), ["routing-proxy"]);
}

#[test]
fn srv_dep_6_proxy_flags() {
    let mut ms = f1();
    ms.spec.engine.port = 8080;
    ms.spec.routing_proxy = Some(RoutingProxySpec {
        connector: "nixlv2".into(),
        target_port: 9100,
        zap_encoder: "console".into(),
        zap_log_level: "info".into(),
        secure_proxy: Some(true),
        prefiller_use_tls: Some(true),
        cert_path: "/certs".into(),
        ..Default::default()
    });
    let d = build(&ms, "decode");
    let proxy = &pod(&d)["initContainers"][1];
    assert_eq!(
        proxy["args"],
        json!([
            "--port",
            "8080",
            "--vllm-port",
            "9100",
            "--connector",
            "nixlv2",
            "--zap-encoder",
            "console",
            "--zap-log-level",
            "info",
            "--secure-proxy=true",
            "--prefiller-use-tls=true",
            "--cert-path",
            "/certs"
        ])
    );
    assert_eq!(proxy["ports"], json!([{"name": "proxy", "containerPort": 8080, "protocol": "TCP"}]));
    assert_eq!(strs(&vllm(&d)["args"])[1..3], ["--port", "9100"]);
    assert_eq!(vllm(&d)["ports"], json!([port("http", 9100)]));
}

#[test]
fn srv_dep_7_proxy_defaults_without_crd_defaults() {
    let mut ms = f1();
    ms.spec.routing_proxy = Some(RoutingProxySpec::default());
    let d = build(&ms, "decode");
    assert_eq!(
        pod(&d)["initContainers"][1]["args"],
        json!(["--port", "8000", "--vllm-port", "8200", "--connector", "", "--secure-proxy=false"])
    );
}

#[test]
fn srv_dep_8_tracing_on_sidecar() {
    let tracing = TracingConfig {
        enabled: true,
        otel_exporter_endpoint: "http://otel:4317".into(),
        sampler: String::new(),
        sampler_arg: String::new(),
    };
    let mut ms = f1();
    ms.spec.routing_proxy = Some(RoutingProxySpec { connector: "nixlv2".into(), ..Default::default() });
    let d = build_role(&ms, &ms.spec.decode, "decode", &tracing, TEST_KIT_IMAGE);
    assert_eq!(
        pod(&d)["initContainers"][1]["env"],
        json!([
            {"name": "OTEL_SERVICE_NAME", "value": "llm-d-routing-sidecar"},
            {"name": "OTEL_EXPORTER_OTLP_ENDPOINT", "value": "http://otel:4317"},
            {"name": "OTEL_TRACES_EXPORTER", "value": "otlp"}
        ])
    );
    let no_otel = |d: &Value| !d.to_string().contains("OTEL_");
    assert!(!vllm(&d)["env"].to_string().contains("OTEL_"));
    assert!(no_otel(&build_role(&ms, &ms.spec.decode, "prefill", &tracing, TEST_KIT_IMAGE)));
}

#[test]
fn srv_dep_9_annotations_are_cloned() {
    let mut ms = f1();
    ms.spec.decode.annotations = labels(&[("a", "b")]);
    let d = serving_deployment::build(
        &ms,
        DeploymentArgs {
            spec: &ms.spec.decode,
            role: role("decode"),
            deploy_name: "test",
            pod_labels: None,
            metadata_labels: None,
            selector_labels: None,
            tracing: &tracing_off(),
            kit_image: TEST_KIT_IMAGE,
            profile: &v101(),
        },
    );
    ms.spec.decode.annotations.insert("a".into(), "changed".into());
    ms.spec.decode.annotations.insert("c".into(), "d".into());
    assert_eq!(to_json(&d)["spec"]["template"]["metadata"]["annotations"], json!({"a": "b"}));
    let prefill = RoleSpec { replicas: Some(1), ..Default::default() };
    let p = build_role(&ms, &prefill, "prefill", &tracing_off(), TEST_KIT_IMAGE);
    assert!(p["spec"]["template"]["metadata"].get("annotations").is_none());
}

#[test]
fn srv_dep_10_gpu_override() {
    let mut ms = f1();
    ms.spec.decode.resources.limits = Some(q(&[("nvidia.com/gpu", "1"), ("cpu", "2")]));
    let d = build(&ms, "decode");
    assert_eq!(
        vllm(&d)["resources"],
        json!({"limits": {"nvidia.com/gpu": "4", "cpu": "2"}, "requests": {"nvidia.com/gpu": "4"}})
    );
    for (accel, key) in [("amd", "amd.com/gpu"), ("intel-gaudi", "habana.ai/gaudi"), ("google", "google.com/tpu")] {
        let mut ms = f1();
        ms.spec.accelerator.type_ = accel.into();
        ms.spec.decode.parallelism = Some(Parallelism { tensor: 2, ..Default::default() });
        let d = build(&ms, "decode");
        assert_eq!(vllm(&d)["resources"], json!({"limits": {key: "2"}, "requests": {key: "2"}}), "{accel}");
    }
}

fn nixl_ports(value: Option<&str>, role: &str) -> Value {
    let mut ms = f1();
    ms.spec.engine.env = vec![match value {
        Some(v) => env("VLLM_NIXL_SIDE_CHANNEL_PORT", v),
        None => EnvVar {
            name: "VLLM_NIXL_SIDE_CHANNEL_PORT".into(),
            value: None,
            value_from: Some(EnvVarSource {
                field_ref: Some(ObjectFieldSelector { field_path: "metadata.name".into(), api_version: None }),
                ..Default::default()
            }),
        },
    }];
    vllm(&build(&ms, role))["ports"].clone()
}

#[test]
fn srv_dep_11_nixl_edge_values() {
    let http = port("http", 8000);
    for v in ["6123", "+6123", "06123"] {
        assert_eq!(nixl_ports(Some(v), "decode"), json!([http, port("nixl-side", 6123)]), "{v:?}");
    }
    for v in [" 6123", "0", "70000", "", "8000"] {
        assert_eq!(nixl_ports(Some(v), "decode"), json!([http]), "{v:?}");
    }
    assert_eq!(nixl_ports(None, "decode"), json!([http]), "valueFrom");
    assert_eq!(nixl_ports(Some("8000"), "prefill"), json!([http]));
    let mut ms = f1();
    ms.spec.engine.env = vec![env("VLLM_NIXL_SIDE_CHANNEL_PORT", "abc"), env("VLLM_NIXL_SIDE_CHANNEL_PORT", "7000")];
    assert_eq!(vllm(&build(&ms, "decode"))["ports"], json!([http]));
}

#[test]
fn srv_dep_12_pull_secrets() {
    let mut ms = f1();
    ms.spec.model.image_pull_secrets =
        vec![LocalObjectReference { name: "a".into() }, LocalObjectReference { name: "b".into() }];
    let d = build(&ms, "decode");
    assert_eq!(pod(&d)["volumes"][2]["secret"]["secretName"], "a");
    assert_eq!(pod(&d)["imagePullSecrets"], json!([{"name": "a"}, {"name": "b"}]));
}

#[test]
fn srv_dep_13_replicas() {
    let mut ms = f1();
    ms.spec.decode.replicas = None;
    assert_eq!(build(&ms, "decode")["spec"]["replicas"], 1);
    ms.spec.decode.replicas = Some(0);
    assert_eq!(build(&ms, "decode")["spec"]["replicas"], 0);
}

#[test]
fn srv_dep_14_engine_image_default() {
    let d = Images { engine: "E".into(), epp: "P".into(), routing_proxy: "R".into(), kit: TEST_KIT_IMAGE.into() };
    let mut ms = f1();
    ms.spec.engine.image = String::new();
    apply_image_defaults(&mut ms, &d);
    assert_eq!(vllm(&build(&ms, "decode"))["image"], "E");
    assert!(ms.spec.routing_proxy.is_none());
    ms.spec.routing_proxy = Some(RoutingProxySpec::default());
    ms.spec.inference_pool = Some(InferencePoolSpec::default());
    apply_image_defaults(&mut ms, &d);
    assert_eq!(ms.spec.routing_proxy.as_ref().map(|r| r.image.as_str()), Some("R"));
    assert_eq!(ms.spec.inference_pool.as_ref().map(|p| p.endpoint_picker.image.as_str()), Some("P"));
    assert_eq!(pod(&build(&ms, "decode"))["initContainers"][1]["image"], "R");
    // Non-empty images are unchanged.
    let mut ms = f1();
    ms.spec.routing_proxy = Some(RoutingProxySpec { image: "mine/proxy".into(), ..Default::default() });
    ms.spec.inference_pool = Some(pool("mine/epp", None, 0, ""));
    apply_image_defaults(&mut ms, &d);
    assert_eq!(ms.spec.engine.image, "vllm/vllm-openai:v0.8.0");
    assert_eq!(ms.spec.routing_proxy.as_ref().map(|r| r.image.as_str()), Some("mine/proxy"));
    assert_eq!(ms.spec.inference_pool.as_ref().map(|p| p.endpoint_picker.image.as_str()), Some("mine/epp"));
}
