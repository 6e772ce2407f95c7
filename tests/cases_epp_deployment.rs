//! cases.md §3.1 (epp_deployment_test.go): EPP-D1 … EPP-D25, with the [D] exact values.

mod common;

use common::expect::field_env;
use common::*;
use modelservice_render::builders::epp_deployment;
use modelservice_render::config::{EppConfig, TracingConfig};
use modelservice_render::labels::Labels;
use modelservice_render::model::ModelService;
use serde_json::{json, Value};

fn build(ms: &ModelService, cfg: &EppConfig, meta: Option<Labels>, sel: Option<Labels>, hash: &str) -> Value {
    to_json(&epp_deployment::build(ms, cfg, meta, sel, hash))
}

/// The common harness call: E0, nil labels, empty hash.
fn build_e0(ms: &ModelService) -> Value {
    build(ms, &e0(), None, None, "")
}

fn epp(d: &Value) -> &Value {
    &d["spec"]["template"]["spec"]["containers"][0]
}

fn args(d: &Value) -> Vec<String> {
    strs(&epp(d)["args"])
}

fn env_value<'a>(d: &'a Value, name: &str) -> Option<&'a Value> {
    epp(d)["env"].as_array()?.iter().find(|e| e["name"] == name)
}

/// The [D] args of every E0 case on F-EPP (replicas 2).
const E0_ARGS: [&str; 9] = [
    "--pool-name=qwen3",
    "--pool-namespace=ml-serving",
    "--pool-group=inference.networking.k8s.io",
    "--config-file=/config/default-plugins.yaml",
    "--grpc-port=9002",
    "--zap-encoder=json",
    "--ha-enable-leader-election",
    "--tracing=false",
    "--metrics-endpoint-auth=false",
];

#[test]
fn epp_d1_name_namespace_replicas() {
    let d = build(&f_epp(), &e_ia(), Some(labels(&[("app", "epp")])), Some(labels(&[("selector", "epp")])), "abc123");
    assert_eq!(d["metadata"]["name"], "qwen3-epp");
    assert_eq!(d["metadata"]["namespace"], "ml-serving");
    assert_eq!(d["spec"]["replicas"], 2);
    assert_eq!(args(&d), E0_ARGS[..8]);
    assert_eq!(d["metadata"]["labels"], json!({"app": "epp"}));
    assert_eq!(d["spec"]["selector"]["matchLabels"], json!({"selector": "epp", "inferencepool": "qwen3-epp"}));
    assert_eq!(
        d["spec"]["template"]["metadata"]["labels"],
        json!({"selector": "epp", "app": "epp", "inferencepool": "qwen3-epp"})
    );
    assert_eq!(d["spec"]["template"]["metadata"]["annotations"], json!({"checksum/config": "abc123"}));
}

#[test]
fn epp_d2_recreate_strategy() {
    let d = build_e0(&f_epp());
    assert_eq!(d["spec"]["strategy"], json!({"type": "Recreate"}));
    assert_eq!(args(&d), E0_ARGS);
}

#[test]
fn epp_d3_termination_grace_period() {
    assert_eq!(build_e0(&f_epp())["spec"]["template"]["spec"]["terminationGracePeriodSeconds"], 130);
}

#[test]
fn epp_d4_container_image_and_ports() {
    let d = build_e0(&f_epp());
    assert_eq!(d["spec"]["template"]["spec"]["containers"].as_array().map(Vec::len), Some(1));
    assert_eq!(epp(&d)["name"], "epp");
    assert_eq!(epp(&d)["image"], "ghcr.io/llm-d/llm-d-inference-scheduler:v0.6.0");
    assert_eq!(
        epp(&d)["ports"],
        json!([
            {"name": "grpc-ext-proc", "containerPort": 9002, "protocol": "TCP"},
            {"name": "grpc-health", "containerPort": 9003, "protocol": "TCP"},
            {"name": "http-metrics", "containerPort": 9090, "protocol": "TCP"}
        ])
    );
    assert_eq!(epp(&d)["imagePullPolicy"], "IfNotPresent");
}

#[test]
fn epp_d5_grpc_probes_on_9003() {
    let d = build_e0(&f_epp());
    // F-EPP has 2 replicas: the HA probe services.
    assert_eq!(epp(&d)["readinessProbe"], json!({"grpc": {"port": 9003, "service": "readiness"}, "periodSeconds": 2}));
    assert_eq!(
        epp(&d)["livenessProbe"],
        json!({"grpc": {"port": 9003, "service": "liveness"}, "initialDelaySeconds": 5, "periodSeconds": 10})
    );
}

#[test]
fn epp_d6_ha_probe_services() {
    let d = build_e0(&f_epp_replicas(3));
    assert_eq!(epp(&d)["readinessProbe"]["grpc"]["service"], "readiness");
    assert_eq!(epp(&d)["livenessProbe"]["grpc"]["service"], "liveness");
}

#[test]
fn epp_d7_single_replica_probe_service() {
    let d = build_e0(&f_epp_replicas(1));
    assert_eq!(epp(&d)["readinessProbe"]["grpc"]["service"], "inference-extension");
    assert_eq!(epp(&d)["livenessProbe"]["grpc"]["service"], "inference-extension");
}

#[test]
fn epp_d8_namespace_and_pod_name_env() {
    let d = build_e0(&f_epp());
    assert_eq!(
        epp(&d)["env"],
        json!([field_env("NAMESPACE", "metadata.namespace"), field_env("POD_NAME", "metadata.name")])
    );
}

#[test]
fn epp_d9_required_kebab_case_flags() {
    let a = args(&build_e0(&f_epp()));
    assert!(a.contains(&"--pool-name=qwen3".to_string()));
    assert!(a.contains(&"--pool-namespace=ml-serving".to_string()));
    assert!(a.iter().any(|x| x.starts_with("--config-file=/config/")));
    assert_eq!(a, E0_ARGS);
}

#[test]
fn epp_d10_default_plugins_for_non_pd() {
    assert_eq!(args(&build_e0(&f_epp()))[3], "--config-file=/config/default-plugins.yaml");
}

#[test]
fn epp_d11_pd_config_for_pd_mode() {
    let d = build(&f_epp_pd(), &e0(), None, None, "hash");
    assert_eq!(args(&d)[3], "--config-file=/config/pd-config.yaml");
}

#[test]
fn epp_d12_zap_encoder_json() {
    assert_eq!(args(&build_e0(&f_epp()))[5], "--zap-encoder=json");
}

#[test]
fn epp_d13_leader_election_when_replicas_gt_1() {
    assert_eq!(args(&build_e0(&f_epp_replicas(3)))[6], "--ha-enable-leader-election");
}

#[test]
fn epp_d14_no_leader_election_for_single_replica() {
    let a = args(&build_e0(&f_epp_replicas(1)));
    assert!(!a.contains(&"--ha-enable-leader-election".to_string()));
    assert_eq!(a, [&E0_ARGS[..6], &E0_ARGS[7..]].concat());
}

#[test]
fn epp_d15_tracing_args_and_env() {
    let cfg = EppConfig {
        tracing: TracingConfig {
            enabled: true,
            otel_exporter_endpoint: "http://otel:4317".into(),
            sampler: "parentbased_traceidratio".into(),
            sampler_arg: "0.5".into(),
        },
        ..e0()
    };
    let d = build(&f_epp(), &cfg, None, None, "");
    let a = args(&d);
    assert_eq!(a[a.len() - 2..], ["--tracing=true", "--metrics-endpoint-auth=false"]);
    assert_eq!(env_value(&d, "OTEL_EXPORTER_OTLP_ENDPOINT").map(|e| &e["value"]), Some(&json!("http://otel:4317")));
    assert_eq!(env_value(&d, "OTEL_TRACES_SAMPLER").map(|e| &e["value"]), Some(&json!("parentbased_traceidratio")));
    assert_eq!(env_value(&d, "OTEL_TRACES_SAMPLER_ARG").map(|e| &e["value"]), Some(&json!("0.5")));
    assert_eq!(
        epp(&d)["env"],
        json!([
            field_env("NAMESPACE", "metadata.namespace"),
            field_env("POD_NAME", "metadata.name"),
            {"name": "OTEL_SERVICE_NAME", "value": "gateway-api-inference-extension"},
            {"name": "OTEL_EXPORTER_OTLP_ENDPOINT", "value": "http://otel:4317"},
            {"name": "OTEL_TRACES_EXPORTER", "value": "otlp"},
            {"name": "OTEL_RESOURCE_ATTRIBUTES_NODE_NAME", "valueFrom": {"fieldRef": {"apiVersion": "v1", "fieldPath": "spec.nodeName"}}},
            {"name": "OTEL_RESOURCE_ATTRIBUTES_POD_NAME", "valueFrom": {"fieldRef": {"apiVersion": "v1", "fieldPath": "metadata.name"}}},
            {"name": "OTEL_RESOURCE_ATTRIBUTES",
             "value": "k8s.namespace.name=$(NAMESPACE),k8s.node.name=$(OTEL_RESOURCE_ATTRIBUTES_NODE_NAME),k8s.pod.name=$(OTEL_RESOURCE_ATTRIBUTES_POD_NAME)"},
            {"name": "OTEL_TRACES_SAMPLER", "value": "parentbased_traceidratio"},
            {"name": "OTEL_TRACES_SAMPLER_ARG", "value": "0.5"}
        ])
    );
}

#[test]
fn epp_d16_no_otel_env_when_tracing_disabled() {
    let d = build_e0(&f_epp());
    assert!(args(&d).contains(&"--tracing=false".to_string()));
    assert!(env_value(&d, "OTEL_EXPORTER_OTLP_ENDPOINT").is_none());
    assert!(!epp(&d)["env"].to_string().contains("OTEL_"));
    // Disabled tracing emits nothing even when endpoint and sampler are set.
    let cfg = EppConfig {
        tracing: TracingConfig {
            enabled: false,
            otel_exporter_endpoint: "http://x".into(),
            sampler: "s".into(),
            sampler_arg: "1".into(),
        },
        ..e0()
    };
    assert!(!epp(&build(&f_epp(), &cfg, None, None, ""))["env"].to_string().contains("OTEL_"));
}

#[test]
fn epp_d17_metrics_endpoint_auth_false_flag() {
    let cfg = EppConfig { metrics_endpoint_auth: false, ..e0() };
    assert_eq!(
        args(&build(&f_epp(), &cfg, None, None, "")).last().map(String::as_str),
        Some("--metrics-endpoint-auth=false")
    );
}

#[test]
fn epp_d18_no_metrics_endpoint_auth_flag_when_enabled() {
    let cfg = EppConfig { metrics_endpoint_auth: true, ..e0() };
    let a = args(&build(&f_epp(), &cfg, None, None, ""));
    assert!(!a.iter().any(|x| x.contains("metrics-endpoint-auth")));
    assert_eq!(a, E0_ARGS[..8]);
}

#[test]
fn epp_d19_custom_flags_appended() {
    let cfg = EppConfig { flags: labels(&[("v", "2")]), ..e0() };
    let a = args(&build(&f_epp(), &cfg, None, None, ""));
    assert_eq!(a[a.len() - 3..], ["--tracing=false", "--metrics-endpoint-auth=false", "--v=2"]);
    // Sorted byte-wise by key, appended last.
    let cfg = EppConfig { flags: labels(&[("v", "2"), ("lora-info-metric", "x"), ("B", "1")]), ..e0() };
    let a = args(&build(&f_epp(), &cfg, None, None, ""));
    assert_eq!(a[a.len() - 3..], ["--B=1", "--lora-info-metric=x", "--v=2"]);
}

#[test]
fn epp_d20_checksum_annotation_with_hash() {
    let d = build(&f_epp(), &e0(), None, None, "deadbeef");
    assert_eq!(d["spec"]["template"]["metadata"]["annotations"], json!({"checksum/config": "deadbeef"}));
}

#[test]
fn epp_d21_no_checksum_annotation_without_hash() {
    let d = build_e0(&f_epp());
    assert!(d["spec"]["template"]["metadata"]["annotations"].get("checksum/config").is_none());
}

#[test]
fn epp_d22_default_resources() {
    let d = build_e0(&f_epp());
    assert_eq!(epp(&d)["resources"], json!({"requests": {"cpu": "4", "memory": "8Gi"}, "limits": {"memory": "16Gi"}}));
    assert!(epp(&d)["resources"]["limits"].get("cpu").is_none());
}

#[test]
fn epp_d23_custom_resources() {
    let d = build_e0(&f_epp_res());
    assert_eq!(epp(&d)["resources"], json!({"requests": {"cpu": "2", "memory": "4Gi"}}));
}

#[test]
fn epp_d24_service_account_name() {
    assert_eq!(build_e0(&f_epp())["spec"]["template"]["spec"]["serviceAccountName"], "qwen3-epp");
}

#[test]
fn epp_d25_config_map_volume() {
    let d = build_e0(&f_epp());
    assert_eq!(
        d["spec"]["template"]["spec"]["volumes"],
        json!([{"name": "epp-config", "configMap": {"name": "qwen3-epp-config", "optional": true}}])
    );
    assert_eq!(epp(&d)["volumeMounts"], json!([{"name": "epp-config", "mountPath": "/config", "readOnly": true}]));
}
