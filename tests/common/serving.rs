//! The serving golden Deployment SRV-G1 (cases.md §5.1), written out in full.

use super::expect::{owner, pod_labels, pod_restricted, restricted, role_selector, std_labels};
use modelservice_render::builders::model_unpack::SCRIPT;
use serde_json::{json, Value};

/// SRV-G1: F1's decode Deployment through the ensure path. `uid` adds the ownerReference;
/// `version` `""` drops the version label.
pub fn srv_g1(uid: Option<&str>, version: &str) -> Value {
    let n = "qwen3-32b";
    let mut meta = json!({"name": "qwen3-32b-decode", "namespace": "ml-serving",
                          "labels": std_labels(n, "model-decode", version)});
    if let Some(uid) = uid {
        meta["ownerReferences"] = json!([owner(n, uid)]);
    }
    json!({
        "apiVersion": "apps/v1",
        "kind": "Deployment",
        "metadata": meta,
        "spec": {
            "replicas": 2,
            "selector": {"matchLabels": role_selector(n, "model-decode", "decode")},
            "template": {
                "metadata": {"labels": pod_labels(n, "model-decode", version, "decode")},
                "spec": {
                    "initContainers": [{
                        "name": "model-unpack",
                        "image": "ghcr.io/kitops-ml/kitops:v1.11.0",
                        "command": ["/bin/sh", "-c"],
                        "args": [SCRIPT],
                        "env": [
                            {"name": "OCI_MODEL_IMAGE", "value": "registry.example.com/models/qwen3-32b:v1"},
                            {"name": "MODEL_MOUNT_PATH", "value": "/models"},
                            {"name": "KITOPS_HOME", "value": "/tmp/model-oci"}
                        ],
                        "volumeMounts": [
                            {"name": "model-tmp", "mountPath": "/tmp/model-oci"},
                            {"name": "model", "mountPath": "/models"}
                        ],
                        "securityContext": restricted()
                    }],
                    "containers": [{
                        "name": "vllm",
                        "image": "vllm/vllm-openai:v0.8.0",
                        "command": ["vllm", "serve"],
                        "args": ["/models", "--port", "8000", "--served-model-name", "qwen/Qwen3-32B",
                                 "--tensor-parallel-size", "4", "--max-model-len=8192"],
                        "env": [
                            {"name": "TP_SIZE", "value": "4"},
                            {"name": "DP_SIZE", "value": "1"},
                            {"name": "DP_SIZE_LOCAL", "value": "1"}
                        ],
                        "ports": [{"name": "http", "containerPort": 8000, "protocol": "TCP"}],
                        "volumeMounts": [{"name": "model", "mountPath": "/models", "readOnly": true}],
                        "resources": {"limits": {"nvidia.com/gpu": "4"}, "requests": {"nvidia.com/gpu": "4"}},
                        "securityContext": restricted()
                    }],
                    "volumes": [{"name": "model", "emptyDir": {}}, {"name": "model-tmp", "emptyDir": {}}],
                    "automountServiceAccountToken": false,
                    "securityContext": pod_restricted()
                }
            }
        }
    })
}
