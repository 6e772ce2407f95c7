//! Expected objects written out from cases.md §5–6 (label sets, owner references and the
//! EPP-G1 stack); the EPP-G2…G4 tests patch these exactly as the spec states the differences.

use serde_json::{json, Value};

pub const G_NAME: &str = "qwen3-0.6b";
pub const G_NS: &str = "ml-serving";
pub const G_UID: &str = "00000000-0000-0000-0000-000000000001";
pub const G_EPP: &str = "qwen3-0-6b-epp";
pub const DEFAULT_HASH: &str = "3aee930c4fc2cf8c749623ba30a077bd93d5cca0c6513c87a5fe3427b089f2f1";
pub const PD_HASH: &str = "da2206ceec8c17d0eef3714ea7387e412c7b565661113eef5c0d0fd2b083eb23";

/// The controller ownerReference to a ModelService.
pub fn owner(name: &str, uid: &str) -> Value {
    json!({"apiVersion": "model.otterscale.io/v1alpha1", "kind": "ModelService", "name": name, "uid": uid,
           "controller": true, "blockOwnerDeletion": true})
}

/// `OR` of cases.md §6.
pub fn or() -> Value {
    owner(G_NAME, G_UID)
}

/// `STD(name, comp, version)`; `""` omits the version.
pub fn std_labels(name: &str, comp: &str, version: &str) -> Value {
    let mut v = json!({"app.kubernetes.io/name": name, "app.kubernetes.io/component": comp,
                       "app.kubernetes.io/part-of": "otterscale-system", "app.kubernetes.io/managed-by": "model-operator"});
    if !version.is_empty() {
        v["app.kubernetes.io/version"] = json!(version);
    }
    v
}

/// `SelectorLabelsForRole(n, comp, role)` (7 keys).
pub fn role_selector(n: &str, comp: &str, role: &str) -> Value {
    let mut v = std_labels(n, comp, "");
    v["llm-d.ai/inferenceServing"] = json!("true");
    v["llm-d.ai/model"] = json!(n);
    v["llm-d.ai/role"] = json!(role);
    v
}

/// `PodLabelsForRole(n, comp, version, role)`.
pub fn pod_labels(n: &str, comp: &str, version: &str, role: &str) -> Value {
    let mut v = role_selector(n, comp, role);
    if !version.is_empty() {
        v["app.kubernetes.io/version"] = json!(version);
    }
    v
}

pub fn l_epp() -> Value {
    std_labels(G_EPP, "epp", "v1.0.1")
}

pub fn s_epp() -> Value {
    std_labels(G_EPP, "epp", "")
}

pub fn l_pool() -> Value {
    std_labels(G_NAME, "epp", "v1.0.1")
}

pub fn sel_pool() -> Value {
    json!({"app.kubernetes.io/name": G_NAME, "app.kubernetes.io/part-of": "otterscale-system",
           "app.kubernetes.io/managed-by": "model-operator", "llm-d.ai/inferenceServing": "true", "llm-d.ai/model": G_NAME})
}

fn with(base: &Value, key: &str, value: &str) -> Value {
    let mut v = base.clone();
    v[key] = json!(value);
    v
}

/// `metadata {name, namespace, labels, ownerReferences: [OR]}`.
pub fn g_meta(name: &str, labels: Value) -> Value {
    json!({"name": name, "namespace": G_NS, "labels": labels, "ownerReferences": [or()]})
}

pub fn restricted() -> Value {
    json!({"allowPrivilegeEscalation": false, "capabilities": {"drop": ["ALL"]}})
}

pub fn pod_restricted() -> Value {
    json!({"runAsNonRoot": true, "seccompProfile": {"type": "RuntimeDefault"}})
}

pub fn g1_service_account() -> Value {
    json!({"apiVersion": "v1", "kind": "ServiceAccount", "metadata": g_meta(G_EPP, l_epp())})
}

pub fn g1_config_map() -> Value {
    let data = modelservice_render::builders::epp_config_map::DEFAULT_PLUGINS_YAML;
    json!({"apiVersion": "v1", "kind": "ConfigMap", "metadata": g_meta("qwen3-0-6b-epp-config", l_epp()),
           "data": {"default-plugins.yaml": data}})
}

pub fn field_env(name: &str, path: &str) -> Value {
    json!({"name": name, "valueFrom": {"fieldRef": {"fieldPath": path}}})
}

pub fn g1_epp_deployment() -> Value {
    let pool_label = |v: &Value| with(v, "inferencepool", G_EPP);
    json!({
        "apiVersion": "apps/v1", "kind": "Deployment",
        "metadata": g_meta(G_EPP, l_epp()),
        "spec": {
            "replicas": 1,
            "strategy": {"type": "Recreate"},
            "selector": {"matchLabels": pool_label(&s_epp())},
            "template": {
                "metadata": {"labels": pool_label(&l_epp()), "annotations": {"checksum/config": DEFAULT_HASH}},
                "spec": {
                    "serviceAccountName": G_EPP,
                    "terminationGracePeriodSeconds": 130,
                    "securityContext": pod_restricted(),
                    "containers": [{
                        "name": "epp",
                        "image": "ghcr.io/llm-d/llm-d-inference-scheduler:v0.6.0",
                        "imagePullPolicy": "IfNotPresent",
                        "args": [
                            "--pool-name=qwen3-0.6b",
                            "--pool-namespace=ml-serving",
                            "--pool-group=inference.networking.k8s.io",
                            "--config-file=/config/default-plugins.yaml",
                            "--grpc-port=9002",
                            "--zap-encoder=json",
                            "--tracing=false"
                        ],
                        "env": [field_env("NAMESPACE", "metadata.namespace"), field_env("POD_NAME", "metadata.name")],
                        "resources": {"requests": {"cpu": "4", "memory": "8Gi"}, "limits": {"memory": "16Gi"}},
                        "ports": [
                            {"name": "grpc-ext-proc", "containerPort": 9002, "protocol": "TCP"},
                            {"name": "grpc-health", "containerPort": 9003, "protocol": "TCP"},
                            {"name": "http-metrics", "containerPort": 9090, "protocol": "TCP"}
                        ],
                        "volumeMounts": [{"name": "epp-config", "mountPath": "/config", "readOnly": true}],
                        "readinessProbe": {"grpc": {"port": 9003, "service": "inference-extension"}, "periodSeconds": 2},
                        "livenessProbe": {"grpc": {"port": 9003, "service": "inference-extension"},
                                          "initialDelaySeconds": 5, "periodSeconds": 10},
                        "securityContext": restricted()
                    }],
                    "volumes": [{"name": "epp-config", "configMap": {"name": "qwen3-0-6b-epp-config", "optional": true}}]
                }
            }
        }
    })
}

pub fn g1_service() -> Value {
    json!({
        "apiVersion": "v1", "kind": "Service", "metadata": g_meta(G_EPP, l_epp()),
        "spec": {
            "selector": s_epp(),
            "ports": [
                {"name": "grpc-ext-proc", "port": 9002, "targetPort": 9002, "protocol": "TCP"},
                {"name": "http-metrics", "port": 9090, "targetPort": 9090, "protocol": "TCP"}
            ]
        }
    })
}

pub fn read_rules() -> Value {
    json!([
        {"apiGroups": [""], "resources": ["pods"], "verbs": ["get", "watch", "list"]},
        {"apiGroups": ["inference.networking.x-k8s.io"], "resources": ["inferenceobjectives", "inferencemodelrewrites"],
         "verbs": ["get", "watch", "list"]},
        {"apiGroups": ["inference.networking.k8s.io"], "resources": ["inferencepools"], "verbs": ["get", "watch", "list"]}
    ])
}

pub fn leader_election_rules() -> Value {
    json!([
        {"apiGroups": ["coordination.k8s.io"], "resources": ["leases"],
         "verbs": ["get", "list", "watch", "create", "update", "patch", "delete"]},
        {"apiGroups": [""], "resources": ["events"], "verbs": ["create", "patch"]}
    ])
}

pub fn g1_role() -> Value {
    json!({"apiVersion": "rbac.authorization.k8s.io/v1", "kind": "Role", "metadata": g_meta(G_EPP, l_epp()),
           "rules": read_rules()})
}

pub fn g1_role_binding() -> Value {
    json!({
        "apiVersion": "rbac.authorization.k8s.io/v1", "kind": "RoleBinding", "metadata": g_meta(G_EPP, l_epp()),
        "subjects": [{"kind": "ServiceAccount", "name": G_EPP, "namespace": G_NS}],
        "roleRef": {"apiGroup": "rbac.authorization.k8s.io", "kind": "Role", "name": G_EPP}
    })
}

pub fn g1_inference_pool() -> Value {
    json!({
        "apiVersion": "inference.networking.k8s.io/v1", "kind": "InferencePool", "metadata": g_meta(G_NAME, l_pool()),
        "spec": {
            "targetPorts": [{"number": 8000}],
            "selector": {"matchLabels": sel_pool()},
            "endpointPickerRef": {"group": "", "kind": "Service", "name": G_EPP, "port": {"number": 9002},
                                  "failureMode": "FailClose"}
        }
    })
}

/// The single rule of both HTTPRoute builders.
pub fn g_route_rules() -> Value {
    json!([{
        "matches": [{"headers": [{"type": "Exact", "name": "OtterScale-Model-Name", "value": G_NAME}],
                     "path": {"type": "PathPrefix", "value": "/"}}],
        "backendRefs": [{"group": "inference.networking.k8s.io", "kind": "InferencePool", "name": G_NAME}]
    }])
}

pub fn g1_http_route() -> Value {
    json!({
        "apiVersion": "gateway.networking.k8s.io/v1", "kind": "HTTPRoute", "metadata": g_meta(G_NAME, l_pool()),
        "spec": {
            "parentRefs": [{"group": "gateway.networking.k8s.io", "kind": "Gateway",
                            "name": "otterscale-llm-d-infra-inference-gateway", "namespace": "llm-d"}],
            "rules": g_route_rules()
        }
    })
}

pub fn g1_destination_rule() -> Value {
    json!({
        "apiVersion": "networking.istio.io/v1beta1", "kind": "DestinationRule", "metadata": g_meta(G_EPP, l_epp()),
        "spec": {"host": "qwen3-0-6b-epp.ml-serving.svc.cluster.local",
                 "trafficPolicy": {"tls": {"mode": "SIMPLE", "insecureSkipVerify": true}}}
    })
}

/// A PodMonitor as v1.0.1 builds it.
pub fn pod_monitor(n: &str, ns: &str, role: &str, version: &str, interval: &str, owner: Option<Value>) -> Value {
    let comp = if role == "decode" { "model-decode" } else { "model-prefill" };
    let mut meta = json!({"name": format!("{n}-{role}"), "namespace": ns, "labels": std_labels(n, comp, version)});
    if let Some(o) = owner {
        meta["ownerReferences"] = json!([o]);
    }
    json!({
        "apiVersion": "monitoring.coreos.com/v1", "kind": "PodMonitor", "metadata": meta,
        "spec": {
            "selector": {"matchLabels": role_selector(n, comp, role)},
            "podMetricsEndpoints": [{
                "port": "http", "path": "/metrics", "interval": interval,
                "relabelings": [{"action": "replace", "sourceLabels": ["__meta_kubernetes_pod_label_app_kubernetes_io_name"],
                                 "targetLabel": "model_service"}]
            }]
        }
    })
}

/// The EPP-G2 ServiceMonitor (with bearer auth).
pub fn g2_service_monitor() -> Value {
    json!({
        "apiVersion": "monitoring.coreos.com/v1", "kind": "ServiceMonitor", "metadata": g_meta(G_EPP, l_epp()),
        "spec": {
            "selector": {"matchLabels": s_epp()},
            "endpoints": [{"port": "http-metrics", "interval": "30s",
                           "authorization": {"credentials": {"name": "qwen3-0-6b-epp-sa-metrics-reader-secret", "key": "token"}}}]
        }
    })
}

pub fn g2_secret() -> Value {
    let mut meta = g_meta("qwen3-0-6b-epp-sa-metrics-reader-secret", l_epp());
    meta["annotations"] = json!({"kubernetes.io/service-account.name": G_EPP});
    json!({"apiVersion": "v1", "kind": "Secret", "metadata": meta, "type": "kubernetes.io/service-account-token"})
}

pub fn g2_cluster_role() -> Value {
    json!({
        "apiVersion": "rbac.authorization.k8s.io/v1", "kind": "ClusterRole",
        "metadata": {"name": "ml-serving-qwen3-0-6b-epp", "labels": l_epp()},
        "rules": [
            {"apiGroups": ["authentication.k8s.io"], "resources": ["tokenreviews"], "verbs": ["create"]},
            {"apiGroups": ["authorization.k8s.io"], "resources": ["subjectaccessreviews"], "verbs": ["create"]},
            {"nonResourceURLs": ["/metrics"], "verbs": ["get"]}
        ]
    })
}

pub fn g2_cluster_role_binding() -> Value {
    json!({
        "apiVersion": "rbac.authorization.k8s.io/v1", "kind": "ClusterRoleBinding",
        "metadata": {"name": "ml-serving-qwen3-0-6b-epp", "labels": l_epp()},
        "subjects": [{"kind": "ServiceAccount", "name": G_EPP, "namespace": G_NS}],
        "roleRef": {"apiGroup": "rbac.authorization.k8s.io", "kind": "ClusterRole", "name": "ml-serving-qwen3-0-6b-epp"}
    })
}
