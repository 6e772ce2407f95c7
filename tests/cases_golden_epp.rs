//! cases.md §6: the EPP golden objects EPP-G1 … EPP-G4 through `render::render`. EPP-G1 is
//! written out in full (tests/common/expect.rs); G2…G4 apply exactly the differences the spec lists.

mod common;

use common::expect::*;
use common::*;
use modelservice_render::config::{EppConfig, TracingConfig};
use modelservice_render::model::{ModelService, MonitoringSpec, PodMonitorSpec};
use modelservice_render::render::{render, Rendered};
use modelservice_render::Settings;
use serde_json::{json, Value};

/// The EPP-G1 ModelService.
fn g1_ms() -> ModelService {
    let mut ms = f0(G_NAME, G_NS);
    ms.metadata.uid = Some(G_UID.into());
    ms.metadata.generation = Some(1);
    ms.spec.model.name = "Qwen/Qwen3-0.6B".into();
    ms.spec.model.image = "registry.example.com/models/qwen3:v1".into();
    ms.spec.engine.port = 8000;
    ms.spec.accelerator.type_ = "nvidia".into();
    ms.spec.decode.replicas = Some(1);
    ms
}

fn monitoring_on() -> Option<MonitoringSpec> {
    Some(MonitoringSpec { pod_monitor: Some(PodMonitorSpec { enabled: true, ..Default::default() }) })
}

/// The EPP-G2 ModelService.
fn g2_ms() -> ModelService {
    let mut ms = g1_ms();
    ms.spec.prefill = prefill_r1();
    let mut p = pool("example.com/epp:dev", Some(2), 9100, "FailOpen");
    p.endpoint_picker.resources.requests = Some(q(&[("cpu", "1")]));
    ms.spec.inference_pool = Some(p);
    ms.spec.http_route = route("gw", "infra", &["a.example.com", "b.example.com"]);
    ms.spec.monitoring = monitoring_on();
    ms
}

fn g2_cfg() -> EppConfig {
    EppConfig {
        provider: "istio".into(),
        metrics_endpoint_auth: true,
        default_gateway_name: "otterscale-llm-d-infra-inference-gateway".into(),
        tracing: TracingConfig {
            enabled: true,
            otel_exporter_endpoint: "http://otel:4317".into(),
            sampler: "parentbased_traceidratio".into(),
            sampler_arg: "0.01".into(),
        },
        flags: labels(&[("v", "2"), ("lora-info-metric", "vllm:lora_requests_info")]),
    }
}

fn epp_container(d: &mut Value) -> &mut Value {
    &mut d["spec"]["template"]["spec"]["containers"][0]
}

/// EPP-G2's Deployment: G1's with the listed differences.
fn g2_epp_deployment(args: &[&str], env: Value) -> Value {
    let mut d = g1_epp_deployment();
    d["spec"]["replicas"] = json!(2);
    d["spec"]["template"]["metadata"]["annotations"]["checksum/config"] = json!(PD_HASH);
    let c = epp_container(&mut d);
    c["image"] = json!("example.com/epp:dev");
    c["resources"] = json!({"requests": {"cpu": "1"}});
    c["ports"][0]["containerPort"] = json!(9100);
    c["readinessProbe"]["grpc"]["service"] = json!("readiness");
    c["livenessProbe"]["grpc"]["service"] = json!("liveness");
    c["args"] = json!(args);
    c["env"] = env;
    d
}

const G2_ARGS: [&str; 10] = [
    "--pool-name=qwen3-0.6b",
    "--pool-namespace=ml-serving",
    "--pool-group=inference.networking.k8s.io",
    "--config-file=/config/pd-config.yaml",
    "--grpc-port=9100",
    "--zap-encoder=json",
    "--ha-enable-leader-election",
    "--tracing=true",
    "--lora-info-metric=vllm:lora_requests_info",
    "--v=2",
];

fn g2_env() -> Value {
    let fr = |name: &str, path: &str| json!({"name": name, "valueFrom": {"fieldRef": {"apiVersion": "v1", "fieldPath": path}}});
    json!([
        field_env("NAMESPACE", "metadata.namespace"),
        field_env("POD_NAME", "metadata.name"),
        {"name": "OTEL_SERVICE_NAME", "value": "gateway-api-inference-extension"},
        {"name": "OTEL_EXPORTER_OTLP_ENDPOINT", "value": "http://otel:4317"},
        {"name": "OTEL_TRACES_EXPORTER", "value": "otlp"},
        fr("OTEL_RESOURCE_ATTRIBUTES_NODE_NAME", "spec.nodeName"),
        fr("OTEL_RESOURCE_ATTRIBUTES_POD_NAME", "metadata.name"),
        {"name": "OTEL_RESOURCE_ATTRIBUTES",
         "value": "k8s.namespace.name=$(NAMESPACE),k8s.node.name=$(OTEL_RESOURCE_ATTRIBUTES_NODE_NAME),k8s.pod.name=$(OTEL_RESOURCE_ATTRIBUTES_POD_NAME)"},
        {"name": "OTEL_TRACES_SAMPLER", "value": "parentbased_traceidratio"},
        {"name": "OTEL_TRACES_SAMPLER_ARG", "value": "0.01"}
    ])
}

fn g2_pool() -> Value {
    let mut p = g1_inference_pool();
    p["spec"]["endpointPickerRef"]["port"]["number"] = json!(9100);
    p["spec"]["endpointPickerRef"]["failureMode"] = json!("FailOpen");
    p
}

fn g2_route() -> Value {
    let mut r = g1_http_route();
    r["spec"]["parentRefs"] = json!([{"name": "gw", "namespace": "infra"}]);
    r["spec"]["hostnames"] = json!(["a.example.com", "b.example.com"]);
    r
}

fn g2_role() -> Value {
    let mut role = g1_role();
    if let (Some(r), Some(extra)) = (role["rules"].as_array_mut(), leader_election_rules().as_array()) {
        r.extend(extra.iter().cloned());
    }
    role
}

#[track_caller]
fn check(r: &Rendered, kind: &str, name: &str, want: &Value) {
    assert_json_eq(&get(r, kind, name), want);
}

const EPP_CM: &str = "qwen3-0-6b-epp-config";
const SECRET: &str = "qwen3-0-6b-epp-sa-metrics-reader-secret";
const CLUSTER: &str = "ml-serving-qwen3-0-6b-epp";

#[test]
fn epp_g1_production_defaults() {
    let r = render(&g1_ms(), &Settings::default());
    assert_eq!(
        kinds(&r),
        pairs(&[
            ("Deployment", "qwen3-0.6b-decode"),
            ("ServiceAccount", G_EPP),
            ("ConfigMap", EPP_CM),
            ("Deployment", G_EPP),
            ("Service", G_EPP),
            ("Role", G_EPP),
            ("RoleBinding", G_EPP),
            ("InferencePool", G_NAME),
            ("HTTPRoute", G_NAME),
            ("DestinationRule", G_EPP),
            ("PodMonitor", "qwen3-0.6b-decode"),
        ])
    );
    check(&r, "ServiceAccount", G_EPP, &g1_service_account());
    check(&r, "ConfigMap", EPP_CM, &g1_config_map());
    check(&r, "Deployment", G_EPP, &g1_epp_deployment());
    check(&r, "Service", G_EPP, &g1_service());
    check(&r, "Role", G_EPP, &g1_role());
    check(&r, "RoleBinding", G_EPP, &g1_role_binding());
    check(&r, "InferencePool", G_NAME, &g1_inference_pool());
    check(&r, "HTTPRoute", G_NAME, &g1_http_route());
    check(&r, "DestinationRule", G_EPP, &g1_destination_rule());
    check(&r, "PodMonitor", "qwen3-0.6b-decode", &pod_monitor(G_NAME, G_NS, "decode", "v1.0.1", "30s", Some(or())));
    assert_eq!(
        absent(&r),
        sorted(&[
            ("Deployment", "qwen3-0.6b-prefill"),
            ("Secret", SECRET),
            ("ClusterRole", CLUSTER),
            ("ClusterRoleBinding", CLUSTER),
            ("InferencePool", G_EPP),
            ("PodMonitor", "qwen3-0.6b-prefill"),
            ("ServiceMonitor", G_EPP),
        ])
    );
    assert_eq!(r.config_hash, DEFAULT_HASH);
}

#[test]
fn epp_g2_everything_explicit() {
    let r = render(&g2_ms(), &Settings { epp: g2_cfg(), ..Settings::default() });
    assert_eq!(
        kinds(&r),
        pairs(&[
            ("Deployment", "qwen3-0.6b-decode"),
            ("Deployment", "qwen3-0.6b-prefill"),
            ("ServiceAccount", G_EPP),
            ("ConfigMap", EPP_CM),
            ("Deployment", G_EPP),
            ("Service", G_EPP),
            ("Secret", SECRET),
            ("Role", G_EPP),
            ("RoleBinding", G_EPP),
            ("ClusterRole", CLUSTER),
            ("ClusterRoleBinding", CLUSTER),
            ("InferencePool", G_NAME),
            ("HTTPRoute", G_NAME),
            ("DestinationRule", G_EPP),
            ("PodMonitor", "qwen3-0.6b-decode"),
            ("PodMonitor", "qwen3-0.6b-prefill"),
            ("ServiceMonitor", G_EPP),
        ])
    );
    let mut cm = g1_config_map();
    cm["data"] = json!({"pd-config.yaml": modelservice_render::builders::epp_config_map::PD_PLUGINS_YAML});
    check(&r, "ConfigMap", EPP_CM, &cm);
    check(&r, "Deployment", G_EPP, &g2_epp_deployment(&G2_ARGS, g2_env()));
    let mut svc = g1_service();
    svc["spec"]["ports"][0] = json!({"name": "grpc-ext-proc", "port": 9100, "targetPort": 9100, "protocol": "TCP"});
    check(&r, "Service", G_EPP, &svc);
    check(&r, "Role", G_EPP, &g2_role());
    check(&r, "RoleBinding", G_EPP, &g1_role_binding());
    check(&r, "Secret", SECRET, &g2_secret());
    check(&r, "ClusterRole", CLUSTER, &g2_cluster_role());
    check(&r, "ClusterRoleBinding", CLUSTER, &g2_cluster_role_binding());
    check(&r, "InferencePool", G_NAME, &g2_pool());
    check(&r, "HTTPRoute", G_NAME, &g2_route());
    check(&r, "DestinationRule", G_EPP, &g1_destination_rule());
    check(&r, "ServiceMonitor", G_EPP, &g2_service_monitor());
    check(&r, "ServiceAccount", G_EPP, &g1_service_account());
    assert_eq!(absent(&r), sorted(&[("InferencePool", G_EPP)]));
    assert_eq!(r.config_hash, PD_HASH);
}

#[test]
fn epp_g3_gke_provider() {
    let cfg = EppConfig {
        provider: "gke".into(),
        tracing: TracingConfig { enabled: false, ..g2_cfg().tracing },
        flags: Default::default(),
        ..g2_cfg()
    };
    let r = render(&g2_ms(), &Settings { epp: cfg, ..Settings::default() });
    assert!(!has(&r, "Secret", SECRET) && is_absent(&r, "Secret", SECRET));
    check(&r, "ClusterRole", CLUSTER, &g2_cluster_role());
    check(&r, "ClusterRoleBinding", CLUSTER, &g2_cluster_role_binding());
    assert!(!has(&r, "DestinationRule", G_EPP) && is_absent(&r, "DestinationRule", G_EPP));
    // The ServiceMonitor still references the Secret that is never created.
    check(&r, "ServiceMonitor", G_EPP, &g2_service_monitor());
    let mut args = G2_ARGS[..7].to_vec();
    args.push("--tracing=false");
    let env = json!([field_env("NAMESPACE", "metadata.namespace"), field_env("POD_NAME", "metadata.name")]);
    check(&r, "Deployment", G_EPP, &g2_epp_deployment(&args, env));
    assert_eq!(absent(&r), sorted(&[("Secret", SECRET), ("InferencePool", G_EPP), ("DestinationRule", G_EPP)]));
}

fn g4_ms() -> ModelService {
    let mut ms = g1_ms();
    ms.spec.inference_pool = Some(Default::default());
    ms.spec.monitoring = monitoring_on();
    ms
}

fn g4_cfg() -> EppConfig {
    EppConfig {
        provider: "none".into(),
        metrics_endpoint_auth: false,
        default_gateway_name: String::new(),
        ..Settings::default().epp
    }
}

fn g4_epp_deployment() -> Value {
    let mut d = g1_epp_deployment();
    if let Some(a) = epp_container(&mut d)["args"].as_array_mut() {
        a.push(json!("--metrics-endpoint-auth=false"));
    }
    d
}

#[test]
fn epp_g4_provider_none_raw_pool() {
    let r = render(&g4_ms(), &Settings { epp: g4_cfg(), ..Settings::default() });
    check(&r, "Deployment", G_EPP, &g4_epp_deployment());
    // Explicit builder on the raw (not API-defaulted) pool: port 9002, FailClose.
    check(&r, "InferencePool", G_NAME, &g1_inference_pool());
    let mut sm = g2_service_monitor();
    sm["spec"]["endpoints"] = json!([{"port": "http-metrics", "interval": "30s"}]);
    check(&r, "ServiceMonitor", G_EPP, &sm);
    check(&r, "Role", G_EPP, &g1_role());
    check(&r, "Service", G_EPP, &g1_service());
    assert_eq!(
        absent(&r),
        sorted(&[
            ("Deployment", "qwen3-0.6b-prefill"),
            ("Secret", SECRET),
            ("ClusterRole", CLUSTER),
            ("ClusterRoleBinding", CLUSTER),
            ("InferencePool", G_EPP),
            ("HTTPRoute", G_NAME),
            ("DestinationRule", G_EPP),
            ("PodMonitor", "qwen3-0.6b-prefill"),
        ])
    );
    assert!(has(&r, "PodMonitor", "qwen3-0.6b-decode"));
}

#[test]
fn epp_g4_empty_image_without_default() {
    let mut s = Settings { epp: g4_cfg(), ..Settings::default() };
    s.options.images.epp = String::new();
    let r = render(&g4_ms(), &s);
    let mut want = g4_epp_deployment();
    if let Some(c) = epp_container(&mut want).as_object_mut() {
        c.remove("image");
    }
    check(&r, "Deployment", G_EPP, &want);
}

#[test]
fn epp_g4_api_server_defaulted_pool_is_fail_open() {
    let mut ms = g4_ms();
    ms.spec.inference_pool = Some(pool("", Some(1), 9002, "FailOpen"));
    let r = render(&ms, &Settings { epp: g4_cfg(), ..Settings::default() });
    let mut want = g1_inference_pool();
    want["spec"]["endpointPickerRef"]["failureMode"] = json!("FailOpen");
    check(&r, "InferencePool", G_NAME, &want);
    check(&r, "Deployment", G_EPP, &g4_epp_deployment());
}
