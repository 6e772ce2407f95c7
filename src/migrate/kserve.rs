//! KServe's `LLMInferenceService` (serving.kserve.io, KServe v0.20.0), only the fields `migrate`
//! writes, and the facts of KServe's well-known presets the mapping rests on. Each constant names
//! its source at tag v0.20.0; docs/migration.md lists them.

use crate::objects::{Container, ContainerPort, ObjectMeta, Volume, VolumeMount};
use k8s_openapi::api::core::v1::{EnvVar, LocalObjectReference, ResourceRequirements, Toleration};
use serde::Serialize;
use std::collections::BTreeMap;

pub const KIND: &str = "LLMInferenceService";
pub const V1ALPHA2: &str = "serving.kserve.io/v1alpha2";
pub const V1ALPHA1: &str = "serving.kserve.io/v1alpha1";

/// The container every preset template names `main` (config/llmisvcconfig/config-llm-template.yaml).
pub const MAIN: &str = "main";
/// Where the presets' `vllm serve` reads the model (pkg/constants DefaultModelLocalMountPath).
pub const MODEL_PATH: &str = "/mnt/models";
/// vLLM's port in config-llm-template / config-llm-prefill-template, the routing sidecar's in
/// config-llm-decode-template (vLLM moves to 8001 there), and the pool's target port.
/// The presets leave these ports unnamed; `migrate` names vLLM's `http`, as the operator did.
pub const SERVING_PORT: i32 = 8000;
pub const PD_DECODE_VLLM_PORT: i32 = 8001;
pub const VLLM_PORT_NAME: &str = "http";
/// config-llm-scheduler.yaml: the endpoint picker's gRPC port.
pub const EPP_PORT: i32 = 9002;
/// The routing sidecar's `--kv-connector` in config-llm-decode-template.yaml.
pub const SIDECAR_CONNECTOR: &str = "nixlv2";
/// `ModelBasedRoutingHeaderName` default (pkg/apis/serving/v1beta1/configmap.go).
pub const MODEL_HEADER: &str = "X-Gateway-Model-Name";

/// Preset images at v0.20.0.
pub const ENGINE_IMAGE: &str = "ghcr.io/llm-d/llm-d-cuda:v0.8.0";
pub const EPP_IMAGE: &str = "ghcr.io/llm-d/llm-d-router-endpoint-picker:v0.9.0";
pub const SIDECAR_IMAGE: &str = "ghcr.io/llm-d/llm-d-router-disagg-sidecar:v0.9.0";

/// Resources of the scheduler preset's `main` container (config-llm-scheduler.yaml).
pub const EPP_REQUESTS: [(&str, &str); 2] = [("cpu", "1"), ("memory", "2Gi")];
pub const EPP_LIMITS: [(&str, &str); 2] = [("cpu", "6"), ("memory", "16Gi")];

/// Label values of KServe's objects (pkg/constants/constants.go).
pub const PART_OF: &str = "llminferenceservice";
pub const COMPONENT_WORKLOAD: &str = "llminferenceservice-workload";
pub const COMPONENT_WORKLOAD_PREFILL: &str = "llminferenceservice-workload-prefill";
pub const COMPONENT_SCHEDULER: &str = "llminferenceservice-router-scheduler";

#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct LlmInferenceService {
    pub api_version: &'static str,
    pub kind: &'static str,
    pub metadata: ObjectMeta,
    pub spec: Spec,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Spec {
    pub model: Model,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub storage_initializer: Option<StorageInitializer>,
    // The decode workload's fields, inline (Go `WorkloadSpec` embedded); written out instead of
    // `#[serde(flatten)]`, which costs a second serializer in the wasm.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub replicas: Option<i32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub parallelism: Option<Parallelism>,
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub annotations: BTreeMap<String, String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub template: Option<PodTemplate>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub prefill: Option<Workload>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub router: Option<Router>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tracing: Option<Tracing>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Model {
    pub uri: String,
    pub name: String,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct StorageInitializer {
    pub enabled: bool,
}

/// `WorkloadSpec`: the decode workload inline in `spec`, the prefill one under `spec.prefill`.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Workload {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub replicas: Option<i32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub parallelism: Option<Parallelism>,
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub annotations: BTreeMap<String, String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub template: Option<PodTemplate>,
}

/// The `corev1.PodSpec` fields `migrate` writes; KServe merges them into its preset's template.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PodTemplate {
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub init_containers: Vec<Container>,
    pub containers: Vec<MainContainer>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub volumes: Vec<Volume>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub image_pull_secrets: Vec<LocalObjectReference>,
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub node_selector: BTreeMap<String, String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub tolerations: Vec<Toleration>,
}

/// The `main` container's fields `migrate` writes (merged by name into the preset's).
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct MainContainer {
    pub name: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub image: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub image_pull_policy: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub args: Vec<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub env: Vec<EnvVar>,
    /// vLLM's port, named: merged by number into the preset's unnamed port.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub ports: Vec<ContainerPort>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub resources: Option<ResourceRequirements>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub volume_mounts: Vec<VolumeMount>,
}

impl PodTemplate {
    /// Nothing but an empty `main` container: adds nothing to the preset's template.
    pub fn is_bare(&self) -> bool {
        self.init_containers.is_empty()
            && self.volumes.is_empty()
            && self.image_pull_secrets.is_empty()
            && self.node_selector.is_empty()
            && self.tolerations.is_empty()
            && self.containers.iter().all(|m| *m == MainContainer { name: m.name, ..Default::default() })
    }
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Parallelism {
    pub tensor: i32,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Router {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub route: Option<Route>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub gateway: Option<Gateway>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub scheduler: Option<Scheduler>,
}

/// `route: {}`: KServe manages the HTTPRoute from its config-llm-router-route preset.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Route {}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Gateway {
    pub refs: Vec<GatewayRef>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct GatewayRef {
    pub name: String,
    pub namespace: String,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Scheduler {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub replicas: Option<i32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pool: Option<Pool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub template: Option<PodTemplate>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Pool {
    pub spec: PoolSpec,
}

/// The inline pool: GAIE `inference.networking.k8s.io/v1` fields in v1alpha2, the older
/// `v1alpha2` pool fields (`extensionRef`, `targetPortNumber`) in v1alpha1.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(untagged)]
pub enum PoolSpec {
    V1(PoolSpecV1),
    Alpha(PoolSpecAlpha),
}

#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PoolSpecV1 {
    pub endpoint_picker_ref: EndpointPickerRef,
    pub selector: crate::crd::MatchLabels,
    pub target_ports: Vec<PortNumber>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct EndpointPickerRef {
    pub failure_mode: String,
    pub kind: &'static str,
    pub name: String,
    pub port: PortNumber,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct PortNumber {
    pub number: i32,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PoolSpecAlpha {
    pub extension_ref: ExtensionRef,
    pub selector: BTreeMap<String, String>,
    pub target_port_number: i32,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ExtensionRef {
    pub failure_mode: String,
    pub name: String,
    pub port_number: i32,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Tracing {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub exporter_endpoint: Option<String>,
    pub exporter: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sampler: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sampler_arg: Option<String>,
}
