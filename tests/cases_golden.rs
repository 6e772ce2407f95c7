//! cases.md §5: the serving golden objects SRV-G1 and SRV-G2 through `render::render`.
//! The EPP goldens EPP-G1 … EPP-G4 are in cases_golden_epp.rs.

mod common;

use common::expect::{owner, pod_labels, pod_monitor, pod_restricted, restricted, role_selector, std_labels};
use common::serving::srv_g1;
use common::*;
use modelservice_render::builders::model_unpack::SCRIPT;
use modelservice_render::config::TracingConfig;
use modelservice_render::render::render;
use modelservice_render::Settings;
use serde_json::{json, Value};

const G1_UID: &str = "aaaaaaaa-0000-0000-0000-000000000001";

#[test]
fn srv_g1_decode_deployment() {
    let mut ms = f1();
    ms.metadata.uid = Some(G1_UID.into());
    let mut s = prod_settings();
    s.options.images.kit = TEST_KIT_IMAGE.into();
    s.epp.tracing.enabled = false;
    let r = render(&ms, &s);
    assert_json_eq(&r.resources[0].to_value(), &srv_g1(Some(G1_UID), "v1.0.1"));
    // Image defaults do not matter: F1 sets engine.image.
    s.options.images.engine = "other/engine:x".into();
    assert_json_eq(&render(&ms, &s).resources[0].to_value(), &srv_g1(Some(G1_UID), "v1.0.1"));
}

fn fx_settings() -> Settings {
    let mut s = prod_settings();
    s.options.images.kit = TEST_KIT_IMAGE.into();
    s.options.version = "v1.0.1".into();
    s.epp.tracing = TracingConfig {
        enabled: true,
        otel_exporter_endpoint: "http://otel-collector:4317".into(),
        sampler: "parentbased_traceidratio".into(),
        sampler_arg: "0.01".into(),
    };
    s
}

fn model_unpack() -> Value {
    json!({
        "name": "model-unpack",
        "image": "ghcr.io/kitops-ml/kitops:v1.11.0",
        "command": ["/bin/sh", "-c"],
        "args": [SCRIPT],
        "env": [
            {"name": "OCI_MODEL_IMAGE", "value": "registry.example.com/models/qwen3-32b:v1"},
            {"name": "MODEL_MOUNT_PATH", "value": "/models"},
            {"name": "KITOPS_HOME", "value": "/tmp/model-oci"},
            {"name": "DOCKER_CONFIG", "value": "/.docker"}
        ],
        "volumeMounts": [
            {"name": "model-tmp", "mountPath": "/tmp/model-oci"},
            {"name": "model", "mountPath": "/models"},
            {"name": "docker-config", "mountPath": "/.docker", "readOnly": true}
        ],
        "securityContext": restricted()
    })
}

fn volumes() -> Value {
    json!([
        {"name": "model", "emptyDir": {}},
        {"name": "model-tmp", "emptyDir": {}},
        {"name": "docker-config", "secret": {"secretName": "registry-creds",
                                             "items": [{"key": ".dockerconfigjson", "path": "config.json"}]}}
    ])
}

fn serving_meta(name: &str, comp: &str) -> Value {
    json!({"name": name, "namespace": "ml-serving", "labels": std_labels("qwen3-32b", comp, "v1.0.1"),
           "ownerReferences": [owner("qwen3-32b", FX_UID)]})
}

fn g2_decode() -> Value {
    let n = "qwen3-32b";
    json!({
        "apiVersion": "apps/v1", "kind": "Deployment",
        "metadata": serving_meta("qwen3-32b-decode", "model-decode"),
        "spec": {
            "replicas": 2,
            "selector": {"matchLabels": role_selector(n, "model-decode", "decode")},
            "template": {
                "metadata": {
                    "labels": pod_labels(n, "model-decode", "v1.0.1", "decode"),
                    "annotations": {"sidecar.istio.io/inject": "false"}
                },
                "spec": {
                    "initContainers": [model_unpack(), {
                        "name": "routing-proxy",
                        "image": "ghcr.io/llm-d/llm-d-routing-sidecar:v0.6.0",
                        "args": ["--port", "8000", "--vllm-port", "8200", "--connector", "nixlv2", "--zap-encoder", "json",
                                 "--zap-log-level", "debug", "--secure-proxy=false", "--prefiller-use-tls=false"],
                        "env": [
                            {"name": "OTEL_SERVICE_NAME", "value": "llm-d-routing-sidecar"},
                            {"name": "OTEL_EXPORTER_OTLP_ENDPOINT", "value": "http://otel-collector:4317"},
                            {"name": "OTEL_TRACES_EXPORTER", "value": "otlp"},
                            {"name": "OTEL_TRACES_SAMPLER", "value": "parentbased_traceidratio"},
                            {"name": "OTEL_TRACES_SAMPLER_ARG", "value": "0.01"}
                        ],
                        "ports": [{"name": "proxy", "containerPort": 8000, "protocol": "TCP"}],
                        "restartPolicy": "Always",
                        "securityContext": restricted()
                    }],
                    "containers": [{
                        "name": "vllm",
                        "image": "vllm/vllm-openai:v0.8.0",
                        "imagePullPolicy": "IfNotPresent",
                        "command": ["vllm", "serve"],
                        "args": ["/models", "--port", "8200", "--served-model-name", "qwen/Qwen3-32B",
                                 "--tensor-parallel-size", "4", "--max-model-len=8192", "--enable-chunked-prefill"],
                        "env": [
                            {"name": "TP_SIZE", "value": "4"}, {"name": "DP_SIZE", "value": "1"},
                            {"name": "DP_SIZE_LOCAL", "value": "1"},
                            {"name": "VLLM_NIXL_SIDE_CHANNEL_PORT", "value": "5600"}, {"name": "HF_HUB_OFFLINE", "value": "1"}
                        ],
                        "ports": [{"name": "http", "containerPort": 8200, "protocol": "TCP"},
                                  {"name": "nixl-side", "containerPort": 5600, "protocol": "TCP"}],
                        "volumeMounts": [{"name": "model", "mountPath": "/models", "readOnly": true}],
                        "resources": {"requests": {"cpu": "8", "memory": "64Gi", "nvidia.com/gpu": "4"},
                                      "limits": {"nvidia.com/gpu": "4"}},
                        "securityContext": restricted()
                    }],
                    "volumes": volumes(),
                    "imagePullSecrets": [{"name": "registry-creds"}, {"name": "other-creds"}],
                    "automountServiceAccountToken": false,
                    "securityContext": pod_restricted(),
                    "nodeSelector": {"gpu": "h100"},
                    "tolerations": [{"key": "nvidia.com/gpu", "operator": "Exists", "effect": "NoSchedule"}]
                }
            }
        }
    })
}

fn g2_prefill() -> Value {
    let n = "qwen3-32b";
    json!({
        "apiVersion": "apps/v1", "kind": "Deployment",
        "metadata": serving_meta("qwen3-32b-prefill", "model-prefill"),
        "spec": {
            "replicas": 1,
            "selector": {"matchLabels": role_selector(n, "model-prefill", "prefill")},
            "template": {
                "metadata": {"labels": pod_labels(n, "model-prefill", "v1.0.1", "prefill")},
                "spec": {
                    "initContainers": [model_unpack()],
                    "containers": [{
                        "name": "vllm",
                        "image": "vllm/vllm-openai:v0.8.0",
                        "imagePullPolicy": "IfNotPresent",
                        "command": ["vllm", "serve"],
                        "args": ["/models", "--port", "8000", "--served-model-name", "qwen/Qwen3-32B",
                                 "--tensor-parallel-size", "2", "--data-parallel-size", "2", "--data-parallel-size-local", "2",
                                 "--max-model-len=8192", "--enable-chunked-prefill"],
                        "env": [
                            {"name": "TP_SIZE", "value": "2"}, {"name": "DP_SIZE", "value": "2"},
                            {"name": "DP_SIZE_LOCAL", "value": "2"},
                            {"name": "VLLM_NIXL_SIDE_CHANNEL_PORT", "value": "5600"}, {"name": "HF_HUB_OFFLINE", "value": "1"}
                        ],
                        "ports": [{"name": "http", "containerPort": 8000, "protocol": "TCP"},
                                  {"name": "nixl-side", "containerPort": 5600, "protocol": "TCP"}],
                        "volumeMounts": [{"name": "model", "mountPath": "/models", "readOnly": true}],
                        "resources": {"requests": {"cpu": "8", "memory": "64Gi", "nvidia.com/gpu": "4"},
                                      "limits": {"nvidia.com/gpu": "4"}},
                        "securityContext": restricted()
                    }],
                    "volumes": volumes(),
                    "imagePullSecrets": [{"name": "registry-creds"}, {"name": "other-creds"}],
                    "automountServiceAccountToken": false,
                    "securityContext": pod_restricted()
                }
            }
        }
    })
}

#[test]
fn srv_g2_decode_deployment() {
    let r = render(&fx_full(), &fx_settings());
    assert_json_eq(&get(&r, "Deployment", "qwen3-32b-decode"), &g2_decode());
}

#[test]
fn srv_g2_prefill_deployment() {
    let r = render(&fx_full(), &fx_settings());
    assert_json_eq(&get(&r, "Deployment", "qwen3-32b-prefill"), &g2_prefill());
}

#[test]
fn srv_g2_pod_monitors() {
    let r = render(&fx_full(), &fx_settings());
    let or = || Some(owner("qwen3-32b", FX_UID));
    assert_json_eq(
        &get(&r, "PodMonitor", "qwen3-32b-decode"),
        &pod_monitor("qwen3-32b", "ml-serving", "decode", "v1.0.1", "15s", or()),
    );
    assert_json_eq(
        &get(&r, "PodMonitor", "qwen3-32b-prefill"),
        &pod_monitor("qwen3-32b", "ml-serving", "prefill", "v1.0.1", "15s", or()),
    );
    assert!(!is_absent(&r, "PodMonitor", "qwen3-32b-prefill"));
    // The decode pod's `http` port is vllm's targetPort (8200): metrics come straight from vLLM.
    let d = get(&r, "Deployment", "qwen3-32b-decode");
    assert_eq!(
        d["spec"]["template"]["spec"]["containers"][0]["ports"][0],
        json!({"name": "http", "containerPort": 8200, "protocol": "TCP"})
    );
}

/// Both serving Deployments come first, in reconcile order (reconcile.md §2 steps 1–2).
#[test]
fn srv_g2_serving_order() {
    let r = render(&fx_full(), &fx_settings());
    assert_eq!(kinds(&r)[..2], pairs(&[("Deployment", "qwen3-32b-decode"), ("Deployment", "qwen3-32b-prefill")]));
    assert!(!is_absent(&r, "Deployment", "qwen3-32b-prefill"));
}
