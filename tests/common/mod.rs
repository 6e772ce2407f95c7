//! Shared fixtures of /work/shared/spec/cases.md §1, built as typed `ModelService` values with Go
//! zero-value semantics (unset = Default, no CRD or image defaulting unless a fixture says so),
//! plus the operator-config shorthands and small comparison helpers.
#![allow(dead_code)]

pub mod expect;
pub mod migrate;
pub mod serving;

use k8s_openapi::api::core::v1::{EnvVar, LocalObjectReference, ResourceRequirements, Toleration};
use k8s_openapi::apimachinery::pkg::api::resource::Quantity;
use modelservice_render::config::{
    EppConfig, Images, OperatorVersion, Profile, RenderOptions, Settings, TracingConfig,
};
use modelservice_render::model::*;
use modelservice_render::render::Rendered;
use modelservice_render::resource::{ObjectRef, Resource};
use serde_json::Value;
use std::collections::BTreeMap;

pub const TEST_NAMESPACE: &str = "ml-serving";
pub const TEST_MOUNT_PATH: &str = "/models";
pub const TEST_KIT_IMAGE: &str = "ghcr.io/kitops-ml/kitops:v1.11.0";
pub const EPP_IMAGE: &str = "ghcr.io/llm-d/llm-d-inference-scheduler:v0.6.0";

/// The role an upstream test case names (`"decode"`, `"prefill"`).
pub fn role(name: &str) -> modelservice_render::role::Role {
    modelservice_render::role::Role::ALL
        .into_iter()
        .find(|r| r.name() == name)
        .unwrap_or_else(|| panic!("no role {name:?}"))
}

/// A string map: a ModelService's (`String`s) or an output object's (`labels::Label`s).
pub fn labels<K: From<String> + Ord, V: From<String>>(pairs: &[(&str, &str)]) -> BTreeMap<K, V> {
    pairs.iter().map(|(k, v)| (k.to_string().into(), v.to_string().into())).collect()
}

pub fn q(pairs: &[(&str, &str)]) -> BTreeMap<String, Quantity> {
    pairs.iter().map(|(k, v)| (k.to_string(), Quantity(v.to_string()))).collect()
}

pub fn env(name: &str, value: &str) -> EnvVar {
    EnvVar { name: name.into(), value: Some(value.into()), value_from: None }
}

pub fn v101() -> Profile {
    OperatorVersion::V1_0_1.profile()
}

/// F0: name and namespace, every spec field zero.
pub fn f0(name: &str, ns: &str) -> ModelService {
    ModelService {
        metadata: Metadata { name: name.into(), namespace: ns.into(), ..Default::default() },
        ..Default::default()
    }
}

/// F1 (`newTestModelService()` of deployment_test.go): no CRD defaulting.
pub fn f1() -> ModelService {
    let mut ms = f0("qwen3-32b", TEST_NAMESPACE);
    ms.spec.model = ModelSpec {
        name: "qwen/Qwen3-32B".into(),
        image: "registry.example.com/models/qwen3-32b:v1".into(),
        ..Default::default()
    };
    ms.spec.engine = EngineSpec {
        image: "vllm/vllm-openai:v0.8.0".into(),
        args: vec!["--max-model-len=8192".into()],
        port: 8000,
        ..Default::default()
    };
    ms.spec.accelerator.type_ = "nvidia".into();
    ms.spec.decode = RoleSpec {
        replicas: Some(2),
        parallelism: Some(Parallelism { tensor: 4, ..Default::default() }),
        ..Default::default()
    };
    ms
}

/// F2 = F-CTRL after CRD defaulting (envtest): mountPath `/models`, data = dataLocal = 1.
pub fn f2() -> ModelService {
    let mut ms = f0("test-modelservice", "default");
    ms.metadata.generation = Some(1);
    ms.spec.model = ModelSpec {
        name: "test/model".into(),
        image: "registry.example.com/models/test:v1".into(),
        mount_path: "/models".into(),
        ..Default::default()
    };
    ms.spec.engine = EngineSpec { image: "vllm/vllm-openai:latest".into(), port: 8000, ..Default::default() };
    ms.spec.accelerator.type_ = "nvidia".into();
    ms.spec.decode = RoleSpec {
        replicas: Some(1),
        parallelism: Some(Parallelism { tensor: 1, data: 1, data_local: 1 }),
        ..Default::default()
    };
    ms
}

pub const FX_UID: &str = "11111111-2222-3333-4444-555555555555";

/// FX-FULL (already CRD-defaulted).
pub fn fx_full() -> ModelService {
    let mut ms = f0("qwen3-32b", TEST_NAMESPACE);
    ms.metadata.uid = Some(FX_UID.into());
    ms.metadata.generation = Some(3);
    ms.spec.model = ModelSpec {
        name: "qwen/Qwen3-32B".into(),
        image: "registry.example.com/models/qwen3-32b:v1".into(),
        mount_path: "/models".into(),
        image_pull_secrets: vec![
            LocalObjectReference { name: "registry-creds".into() },
            LocalObjectReference { name: "other-creds".into() },
        ],
    };
    ms.spec.engine = EngineSpec {
        image: "vllm/vllm-openai:v0.8.0".into(),
        image_pull_policy: "IfNotPresent".into(),
        args: vec!["--max-model-len=8192".into(), "--enable-chunked-prefill".into()],
        env: vec![env("VLLM_NIXL_SIDE_CHANNEL_PORT", "5600"), env("HF_HUB_OFFLINE", "1")],
        port: 8000,
    };
    ms.spec.accelerator.type_ = "nvidia".into();
    let res = ResourceRequirements { requests: Some(q(&[("cpu", "8"), ("memory", "64Gi")])), ..Default::default() };
    ms.spec.decode = RoleSpec {
        replicas: Some(2),
        parallelism: Some(Parallelism { tensor: 4, data: 1, data_local: 1 }),
        resources: res.clone(),
        node_selector: labels(&[("gpu", "h100")]),
        tolerations: vec![Toleration {
            key: Some("nvidia.com/gpu".into()),
            operator: Some("Exists".into()),
            effect: Some("NoSchedule".into()),
            ..Default::default()
        }],
        annotations: labels(&[("sidecar.istio.io/inject", "false")]),
    };
    ms.spec.prefill = Some(RoleSpec {
        replicas: Some(1),
        parallelism: Some(Parallelism { tensor: 2, data: 2, data_local: 2 }),
        resources: res,
        ..Default::default()
    });
    ms.spec.routing_proxy = Some(RoutingProxySpec {
        connector: "nixlv2".into(),
        target_port: 8200,
        zap_encoder: "json".into(),
        zap_log_level: "debug".into(),
        prefiller_use_tls: Some(false),
        ..Default::default()
    });
    ms.spec.monitoring = Some(MonitoringSpec {
        pod_monitor: Some(PodMonitorSpec {
            enabled: true,
            port_name: "http".into(),
            path: "/metrics".into(),
            interval: "15s".into(),
        }),
    });
    ms
}

pub fn pool(image: &str, replicas: Option<i32>, port: i32, failure_mode: &str) -> InferencePoolSpec {
    InferencePoolSpec {
        endpoint_picker: EndpointPickerSpec {
            image: image.into(),
            replicas,
            port,
            failure_mode: failure_mode.into(),
            ..Default::default()
        },
    }
}

/// F-EPP (`newEPPTestModelService`).
pub fn f_epp() -> ModelService {
    let mut ms = f0("qwen3", TEST_NAMESPACE);
    ms.spec.engine.port = 8000;
    ms.spec.inference_pool = Some(pool(EPP_IMAGE, Some(2), 9002, ""));
    ms
}

/// F-EPP/r3, F-EPP/r1.
pub fn f_epp_replicas(n: i32) -> ModelService {
    let mut ms = f_epp();
    if let Some(p) = ms.spec.inference_pool.as_mut() {
        p.endpoint_picker.replicas = Some(n);
    }
    ms
}

pub fn prefill_r1() -> Option<RoleSpec> {
    Some(RoleSpec { replicas: Some(1), ..Default::default() })
}

/// F-EPP/pd.
pub fn f_epp_pd() -> ModelService {
    let mut ms = f_epp();
    ms.spec.prefill = prefill_r1();
    ms
}

/// F-EPP/res.
pub fn f_epp_res() -> ModelService {
    let mut ms = f_epp();
    if let Some(p) = ms.spec.inference_pool.as_mut() {
        p.endpoint_picker.resources.requests = Some(q(&[("cpu", "2"), ("memory", "4Gi")]));
    }
    ms
}

pub fn f_cm() -> ModelService {
    f0("test", "default")
}

pub fn f_cm_pd() -> ModelService {
    let mut ms = f_cm();
    ms.spec.prefill = prefill_r1();
    ms
}

pub fn f_q() -> ModelService {
    f0("qwen3", TEST_NAMESPACE)
}

pub fn f_svc1() -> ModelService {
    let mut ms = f0("qwen3", TEST_NAMESPACE);
    ms.spec.inference_pool = Some(pool("", None, 9002, ""));
    ms
}

pub fn f_svc2() -> ModelService {
    let mut ms = f0("test", "default");
    ms.spec.inference_pool = Some(pool("", None, 9999, ""));
    ms
}

pub fn f_pooldef() -> ModelService {
    let mut ms = f0("qwen3-0.6b-fp8-dynamic", "default");
    ms.spec.engine.port = 8000;
    ms
}

pub fn f_pool1() -> ModelService {
    let mut ms = f0("qwen3-32b", TEST_NAMESPACE);
    ms.spec.engine.port = 8000;
    ms.spec.inference_pool = Some(pool("", None, 9002, "FailOpen"));
    ms
}

pub fn f_pool2() -> ModelService {
    let mut ms = f0("test", "default");
    ms.spec.inference_pool = Some(InferencePoolSpec::default());
    ms
}

pub fn f_rtdef() -> ModelService {
    f0("qwen3-0.6b-fp8-dynamic", "default")
}

pub fn route(name: &str, namespace: &str, hostnames: &[&str]) -> Option<HttpRouteSpec> {
    Some(HttpRouteSpec {
        gateway_ref: GatewayRef { name: name.into(), namespace: namespace.into() },
        hostnames: hostnames.iter().map(|h| h.to_string()).collect(),
    })
}

pub fn f_rt1() -> ModelService {
    let mut ms = f0("qwen3-32b", TEST_NAMESPACE);
    ms.spec.http_route = route("inference-gateway", "", &["models.example.com"]);
    ms
}

pub fn f_rt2() -> ModelService {
    let mut ms = f0("test", TEST_NAMESPACE);
    ms.spec.http_route = route("shared-gateway", "infra", &[]);
    ms
}

pub fn f_rt3() -> ModelService {
    let mut ms = f0("test", "default");
    ms.spec.http_route = route("gw", "", &[]);
    ms
}

pub fn tracing_off() -> TracingConfig {
    TracingConfig {
        enabled: false,
        otel_exporter_endpoint: String::new(),
        sampler: String::new(),
        sampler_arg: String::new(),
    }
}

/// E0 = `EPPConfig{}`.
pub fn e0() -> EppConfig {
    EppConfig {
        provider: String::new(),
        metrics_endpoint_auth: false,
        default_gateway_name: String::new(),
        flags: BTreeMap::new(),
        tracing: tracing_off(),
    }
}

/// E-IA = `{Provider: "istio", MetricsEndpointAuth: true}`.
pub fn e_ia() -> EppConfig {
    EppConfig { provider: "istio".into(), metrics_endpoint_auth: true, ..e0() }
}

/// Production defaults for v1.0.1 (api.md §8).
pub fn prod_settings() -> Settings {
    Settings::default()
}

/// The F2 / F-CTRL reconciler: version `test`, EPP image `ghcr.io/test/epp:latest`, E0.
pub fn ctrl_settings() -> Settings {
    Settings {
        epp: e0(),
        options: RenderOptions {
            images: Images {
                engine: String::new(),
                epp: "ghcr.io/test/epp:latest".into(),
                routing_proxy: String::new(),
                kit: TEST_KIT_IMAGE.into(),
            },
            version: "test".into(),
            operator_version: OperatorVersion::V1_0_1,
        },
    }
}

pub fn settings_with(epp: EppConfig) -> Settings {
    Settings { epp, ..Settings::default() }
}

// ---- comparison helpers -------------------------------------------------------------------

pub fn to_json<T: serde::Serialize>(v: &T) -> Value {
    serde_json::to_value(v).expect("serialisable")
}

/// Semantic object compare (map order irrelevant, list order significant) with a readable diff.
#[track_caller]
pub fn assert_json_eq(actual: &Value, expected: &Value) {
    if actual != expected {
        let a = serde_json::to_string_pretty(actual).unwrap_or_default();
        let e = serde_json::to_string_pretty(expected).unwrap_or_default();
        let diff = similar::TextDiff::from_lines(&e, &a);
        panic!("objects differ (-expected +actual):\n{}", diff.unified_diff().context_radius(4));
    }
}

pub fn find<'a>(r: &'a Rendered, kind: &str, name: &str) -> Option<&'a Resource> {
    r.resources.iter().find(|x| x.kind() == kind && x.name() == name)
}

#[track_caller]
pub fn get(r: &Rendered, kind: &str, name: &str) -> Value {
    match find(r, kind, name) {
        Some(x) => x.to_value(),
        None => panic!("{kind} {name} not rendered; have {:?}", kinds(r)),
    }
}

/// `(kind, name)` of every rendered object, in order.
pub fn kinds(r: &Rendered) -> Vec<(String, String)> {
    r.resources.iter().map(|x| (x.kind().to_string(), x.name().to_string())).collect()
}

/// `(kind, name)` of every absent object, sorted.
pub fn absent(r: &Rendered) -> Vec<(String, String)> {
    let mut v: Vec<_> = r.absent.iter().map(|o: &ObjectRef| (o.kind.to_string(), o.name.clone())).collect();
    v.sort();
    v
}

pub fn pairs(items: &[(&str, &str)]) -> Vec<(String, String)> {
    items.iter().map(|(k, n)| (k.to_string(), n.to_string())).collect()
}

pub fn sorted(items: &[(&str, &str)]) -> Vec<(String, String)> {
    let mut v = pairs(items);
    v.sort();
    v
}

pub fn has(r: &Rendered, kind: &str, name: &str) -> bool {
    find(r, kind, name).is_some()
}

pub fn is_absent(r: &Rendered, kind: &str, name: &str) -> bool {
    r.absent.iter().any(|o| o.kind == kind && o.name == name)
}

/// A JSON list of strings as `Vec<String>` (empty when absent).
pub fn strs(v: &Value) -> Vec<String> {
    v.as_array().map(|a| a.iter().filter_map(|x| x.as_str().map(str::to_string)).collect()).unwrap_or_default()
}
