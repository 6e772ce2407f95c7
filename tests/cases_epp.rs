//! cases.md §3.2–3.9: EPP-C*, EPP-R*, EPP-B*, EPP-S*, EPP-P*, EPP-H*, EPP-DR1 (the deployment
//! cases EPP-D* are in cases_epp_deployment.rs, the EPP-N* aliases in cases_helpers.rs).

mod common;

use common::expect::{leader_election_rules, read_rules, DEFAULT_HASH, PD_HASH};
use common::*;
use modelservice_render::builders::epp_config_map::{
    self, config_map_hash, plugins_config_file, DEFAULT_PLUGINS_YAML, PD_PLUGINS_YAML,
};
use modelservice_render::builders::{
    destination_rule, epp_cluster_rbac, epp_rbac, epp_service, http_route, inference_pool,
};
use modelservice_render::model::{ModelServiceSpec, RoleSpec};
use modelservice_render::names::epp_cluster_rbac_name;
use serde_json::json;
use sha2::{Digest, Sha256};

fn sha_hex(s: &str) -> String {
    Sha256::digest(s.as_bytes()).iter().map(|b| format!("{b:02x}")).collect()
}

// ---- §3.2 ConfigMap ----------------------------------------------------------------------------

#[test]
fn epp_c1_plugins_config_file_default() {
    let ms = modelservice_render::ModelService {
        spec: ModelServiceSpec { prefill: None, ..Default::default() },
        ..Default::default()
    };
    assert_eq!(plugins_config_file(&ms), "default-plugins.yaml");
}

#[test]
fn epp_c2_plugins_config_file_pd() {
    let ms = modelservice_render::ModelService {
        spec: ModelServiceSpec { prefill: prefill_r1(), ..Default::default() },
        ..Default::default()
    };
    assert_eq!(plugins_config_file(&ms), "pd-config.yaml");
}

#[test]
fn epp_c3_config_map_non_pd() {
    let cm = to_json(&epp_config_map::build(&f_cm(), None));
    assert_eq!(cm["metadata"], json!({"name": "test-epp-config", "namespace": "default"}));
    let body = cm["data"]["default-plugins.yaml"].as_str().unwrap_or("");
    for s in [
        "EndpointPickerConfig",
        "queue-scorer",
        "kv-cache-utilization-scorer",
        "prefix-cache-scorer",
        "schedulingProfiles",
    ] {
        assert!(body.contains(s), "{s}");
    }
    assert_eq!(cm["data"], json!({"default-plugins.yaml": DEFAULT_PLUGINS_YAML}));
}

#[test]
fn epp_c4_config_map_pd() {
    let cm = to_json(&epp_config_map::build(&f_cm_pd(), None));
    let body = cm["data"]["pd-config.yaml"].as_str().unwrap_or("");
    for s in [
        "EndpointPickerConfig",
        "prefill-header-handler",
        "prefix-cache-scorer",
        "pd-profile-handler",
        "schedulingProfiles",
    ] {
        assert!(body.contains(s), "{s}");
    }
    assert!(cm["data"].get("default-plugins.yaml").is_none());
    assert_eq!(cm["data"], json!({"pd-config.yaml": PD_PLUGINS_YAML}));
}

#[test]
fn epp_c5_hash_non_pd() {
    let h = config_map_hash(&f_cm());
    assert_eq!(h.len(), 64);
    assert_eq!(h, DEFAULT_HASH);
}

#[test]
fn epp_c6_hash_pd() {
    let h = config_map_hash(&f_cm_pd());
    assert_eq!(h.len(), 64);
    assert_eq!(h, PD_HASH);
}

/// C7 ("two calls return equal values") guards Go's random map order, which Rust does not have:
/// checked instead against the independent value, for P/D specs that differ in everything else.
#[test]
fn epp_c7_hash_deterministic() {
    let mut other = f_q();
    other.spec.prefill = Some(RoleSpec { replicas: Some(7), ..Default::default() });
    assert_eq!(config_map_hash(&other), PD_HASH);
}

#[test]
fn epp_c8_hash_differs_between_modes() {
    assert_ne!(config_map_hash(&f_cm()), config_map_hash(&f_cm_pd()));
    // SHA-256(key + value), lowercase hex.
    assert_eq!(sha_hex(&format!("default-plugins.yaml{DEFAULT_PLUGINS_YAML}")), DEFAULT_HASH);
    assert_eq!(sha_hex(&format!("pd-config.yaml{PD_PLUGINS_YAML}")), PD_HASH);
}

#[test]
fn epp_c9_default_yaml_literal() {
    assert!(DEFAULT_PLUGINS_YAML.contains("kind: EndpointPickerConfig"));
    assert_eq!(DEFAULT_PLUGINS_YAML.len(), 367);
    assert_eq!(sha_hex(DEFAULT_PLUGINS_YAML), "9051e075b8854abaf24a51848440af42b4da7ab7f9b3387bf42ee0556ad3ed59");
}

#[test]
fn epp_c10_pd_yaml_literal() {
    assert!(PD_PLUGINS_YAML.contains("kind: EndpointPickerConfig"));
    assert_eq!(PD_PLUGINS_YAML.len(), 905);
    assert_eq!(sha_hex(PD_PLUGINS_YAML), "9369149aeb30bf412873a8256da2bd365a09eeeb32437f9f060a4b472c4e6a9e");
}

// ---- §3.3 cluster RBAC ---------------------------------------------------------------------------

fn cluster_rbac() -> (serde_json::Value, serde_json::Value) {
    let (cr, crb) = epp_cluster_rbac::build(&f_q(), Some(labels(&[("app", "epp")])));
    (to_json(&cr), to_json(&crb))
}

#[test]
fn epp_r1_cluster_rbac_names() {
    let (cr, crb) = cluster_rbac();
    assert_eq!(cr["metadata"], json!({"name": "ml-serving-qwen3-epp", "labels": {"app": "epp"}}));
    assert_eq!(crb["metadata"], json!({"name": "ml-serving-qwen3-epp", "labels": {"app": "epp"}}));
}

#[test]
fn epp_r2_cluster_role_rules() {
    let (cr, _) = cluster_rbac();
    assert_eq!(
        cr["rules"],
        json!([
            {"apiGroups": ["authentication.k8s.io"], "resources": ["tokenreviews"], "verbs": ["create"]},
            {"apiGroups": ["authorization.k8s.io"], "resources": ["subjectaccessreviews"], "verbs": ["create"]},
            {"nonResourceURLs": ["/metrics"], "verbs": ["get"]}
        ])
    );
}

#[test]
fn epp_r3_cluster_role_binding_subject() {
    let (_, crb) = cluster_rbac();
    assert_eq!(crb["subjects"], json!([{"kind": "ServiceAccount", "name": "qwen3-epp", "namespace": "ml-serving"}]));
    assert_eq!(
        crb["roleRef"],
        json!({"apiGroup": "rbac.authorization.k8s.io", "kind": "ClusterRole", "name": "ml-serving-qwen3-epp"})
    );
}

#[test]
fn epp_r4_cluster_rbac_name_embeds_namespace() {
    assert_eq!(epp_cluster_rbac_name("my-namespace", "my-model"), "my-namespace-my-model-epp");
}

// ---- §3.4 Role / RoleBinding ---------------------------------------------------------------------

#[test]
fn epp_b1_single_replica_role() {
    let (role, _) = epp_rbac::build(&f_q(), None, 1);
    let role = to_json(&role);
    assert_eq!(role["metadata"], json!({"name": "qwen3-epp", "namespace": "ml-serving"}));
    assert_eq!(role["rules"], read_rules());
}

#[test]
fn epp_b2_single_replica_no_leader_election() {
    let (role, _) = epp_rbac::build(&f_q(), None, 1);
    assert!(!to_json(&role)["rules"].to_string().contains("coordination.k8s.io"));
}

#[test]
fn epp_b3_role_binding() {
    let (_, rb) = epp_rbac::build(&f_q(), None, 1);
    let rb = to_json(&rb);
    assert_eq!(rb["metadata"], json!({"name": "qwen3-epp", "namespace": "ml-serving"}));
    assert_eq!(rb["subjects"], json!([{"kind": "ServiceAccount", "name": "qwen3-epp", "namespace": "ml-serving"}]));
    assert_eq!(rb["roleRef"], json!({"apiGroup": "rbac.authorization.k8s.io", "kind": "Role", "name": "qwen3-epp"}));
}

#[test]
fn epp_b4_multiple_replicas_leader_election() {
    let (role, _) = epp_rbac::build(&f_q(), None, 3);
    let mut want = read_rules();
    if let (Some(w), Some(extra)) = (want.as_array_mut(), leader_election_rules().as_array()) {
        w.extend(extra.iter().cloned());
    }
    assert_eq!(to_json(&role)["rules"], want);
    assert_eq!(want.as_array().map(Vec::len), Some(5));
}

// ---- §3.5 Service --------------------------------------------------------------------------------

#[test]
fn epp_s1_service_ports_and_selector() {
    let svc = to_json(&epp_service::build(&f_svc1(), None, Some(labels(&[("sel", "epp")]))));
    assert_eq!(svc["metadata"], json!({"name": "qwen3-epp", "namespace": "ml-serving"}));
    assert_eq!(
        svc["spec"],
        json!({"selector": {"sel": "epp"}, "ports": [
            {"name": "grpc-ext-proc", "port": 9002, "targetPort": 9002, "protocol": "TCP"},
            {"name": "http-metrics", "port": 9090, "targetPort": 9090, "protocol": "TCP"}
        ]})
    );
}

#[test]
fn epp_s2_service_custom_port() {
    let svc = to_json(&epp_service::build(&f_svc2(), None, None));
    assert_eq!(
        svc["spec"]["ports"][0],
        json!({"name": "grpc-ext-proc", "port": 9999, "targetPort": 9999, "protocol": "TCP"})
    );
    assert!(svc["spec"].get("selector").is_none());
}

// ---- §3.6 InferencePool ---------------------------------------------------------------------------

fn pool_selector(n: &str) -> serde_json::Value {
    json!({"app.kubernetes.io/name": n, "app.kubernetes.io/part-of": "otterscale-system",
           "app.kubernetes.io/managed-by": "model-operator", "llm-d.ai/inferenceServing": "true", "llm-d.ai/model": n})
}

#[test]
fn epp_p1_default_inference_pool() {
    let p = to_json(&inference_pool::build_default(&f_pooldef(), Some(labels(&[("app", "epp")]))));
    let n = "qwen3-0.6b-fp8-dynamic";
    assert_json_eq(
        &p,
        &json!({
            "apiVersion": "inference.networking.k8s.io/v1", "kind": "InferencePool",
            "metadata": {"name": n, "namespace": "default", "labels": {"app": "epp"}},
            "spec": {
                "targetPorts": [{"number": 8000}],
                "selector": {"matchLabels": pool_selector(n)},
                "endpointPickerRef": {"group": "", "kind": "Service", "name": "qwen3-0-6b-fp8-dynamic-epp",
                                      "port": {"number": 9002}, "failureMode": "FailClose"}
            }
        }),
    );
}

#[test]
fn epp_p2_explicit_inference_pool() {
    let p = to_json(&inference_pool::build(&f_pool1(), Some(labels(&[("app", "qwen3-32b")]))));
    assert_eq!(p["metadata"], json!({"name": "qwen3-32b", "namespace": "ml-serving", "labels": {"app": "qwen3-32b"}}));
    assert_eq!(p["spec"]["targetPorts"], json!([{"number": 8000}]));
    assert_eq!(
        p["spec"]["endpointPickerRef"],
        json!({"group": "", "kind": "Service", "name": "qwen3-32b-epp", "port": {"number": 9002}, "failureMode": "FailOpen"})
    );
    assert_eq!(p["spec"]["selector"]["matchLabels"], pool_selector("qwen3-32b"));
}

#[test]
fn epp_p3_explicit_pool_defaults() {
    let p = to_json(&inference_pool::build(&f_pool2(), None));
    assert_eq!(p["spec"]["targetPorts"], json!([{"number": 8000}]));
    assert_eq!(
        p["spec"]["endpointPickerRef"],
        json!({"group": "", "kind": "Service", "name": "test-epp", "port": {"number": 9002}, "failureMode": "FailClose"})
    );
}

#[test]
fn epp_p4_inference_serving_selector_label() {
    let p = to_json(&inference_pool::build(&f_pool2(), None));
    assert_eq!(p["spec"]["selector"]["matchLabels"]["llm-d.ai/inferenceServing"], "true");
    assert_eq!(p["spec"]["selector"]["matchLabels"], pool_selector("test"));
}

// ---- §3.7 HTTPRoute --------------------------------------------------------------------------------

fn rule(header: &str, backend: &str) -> serde_json::Value {
    json!([{
        "matches": [{"headers": [{"type": "Exact", "name": "OtterScale-Model-Name", "value": header}],
                     "path": {"type": "PathPrefix", "value": "/"}}],
        "backendRefs": [{"group": "inference.networking.k8s.io", "kind": "InferencePool", "name": backend}]
    }])
}

#[test]
fn epp_h1_default_http_route() {
    let gw = "otterscale-llm-d-infra-inference-gateway";
    let r = to_json(&http_route::build_default(
        &f_rtdef(),
        Some(labels(&[("app", "epp")])),
        gw,
        "qwen3-0-6b-fp8-dynamic-epp",
    ));
    assert_json_eq(
        &r,
        &json!({
            "apiVersion": "gateway.networking.k8s.io/v1", "kind": "HTTPRoute",
            "metadata": {"name": "qwen3-0.6b-fp8-dynamic", "namespace": "default", "labels": {"app": "epp"}},
            "spec": {
                "parentRefs": [{"group": "gateway.networking.k8s.io", "kind": "Gateway", "name": gw, "namespace": "llm-d"}],
                "rules": rule("qwen3-0.6b-fp8-dynamic", "qwen3-0-6b-fp8-dynamic-epp")
            }
        }),
    );
}

#[test]
fn epp_h2_explicit_route_same_namespace() {
    let r = to_json(&http_route::build(&f_rt1(), Some(labels(&[("app", "qwen3-32b")]))));
    assert_eq!(r["metadata"], json!({"name": "qwen3-32b", "namespace": "ml-serving", "labels": {"app": "qwen3-32b"}}));
    assert_eq!(
        r["spec"],
        json!({"parentRefs": [{"name": "inference-gateway"}], "hostnames": ["models.example.com"], "rules": rule("qwen3-32b", "qwen3-32b")})
    );
}

#[test]
fn epp_h3_cross_namespace_gateway() {
    let r = to_json(&http_route::build(&f_rt2(), None));
    assert_eq!(r["metadata"], json!({"name": "test", "namespace": "ml-serving"}));
    assert_eq!(
        r["spec"],
        json!({"parentRefs": [{"name": "shared-gateway", "namespace": "infra"}], "rules": rule("test", "test")})
    );
}

#[test]
fn epp_h4_no_hostnames() {
    let r = to_json(&http_route::build(&f_rt3(), None));
    assert!(r["spec"].get("hostnames").is_none());
    assert_eq!(r["spec"]["rules"][0]["backendRefs"][0]["name"], "test");
    assert_eq!(r["spec"]["parentRefs"], json!([{"name": "gw"}]));
    // A gateway namespace explicitly equal to the ModelService namespace is omitted too.
    let mut ms = f_rt3();
    ms.spec.http_route = route("gw", "default", &[]);
    assert_eq!(to_json(&http_route::build(&ms, None))["spec"]["parentRefs"], json!([{"name": "gw"}]));
}

// ---- §3.8 DestinationRule ---------------------------------------------------------------------------

#[test]
fn epp_dr1_destination_rule() {
    let dr = to_json(&destination_rule::build(&f_q(), Some(labels(&[("component", "epp")]))));
    assert_json_eq(
        &dr,
        &json!({
            "apiVersion": "networking.istio.io/v1beta1", "kind": "DestinationRule",
            "metadata": {"name": "qwen3-epp", "namespace": "ml-serving", "labels": {"component": "epp"}},
            "spec": {"host": "qwen3-epp.ml-serving.svc.cluster.local",
                     "trafficPolicy": {"tls": {"mode": "SIMPLE", "insecureSkipVerify": true}}}
        }),
    );
}
