//! The typed `ModelService` (model.otterscale.io/v1alpha1, otterscale/api v1.0.0), as the
//! operator's Go structs see it: every missing field is the Go zero value. Built only from input
//! that passed schema validation and CRD defaulting (`crate::image_defaults`), so deserialising it
//! cannot fail on types.

use k8s_openapi::api::core::v1::{EnvVar, LocalObjectReference, ResourceRequirements, Toleration};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

#[derive(Clone, Debug, Default, PartialEq, Deserialize, Serialize)]
#[serde(default, rename_all = "camelCase")]
pub struct ModelService {
    pub metadata: Metadata,
    pub spec: ModelServiceSpec,
}

/// The metadata fields a builder reads (api.md §4). Labels and annotations of the
/// ModelService are never propagated, so they are not kept.
#[derive(Clone, Debug, Default, PartialEq, Deserialize, Serialize)]
#[serde(default, rename_all = "camelCase")]
pub struct Metadata {
    pub name: String,
    pub namespace: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub uid: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub generation: Option<i64>,
}

#[derive(Clone, Debug, Default, PartialEq, Deserialize, Serialize)]
#[serde(default, rename_all = "camelCase")]
pub struct ModelServiceSpec {
    pub model: ModelSpec,
    pub engine: EngineSpec,
    pub accelerator: AcceleratorSpec,
    pub decode: RoleSpec,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub prefill: Option<RoleSpec>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub routing_proxy: Option<RoutingProxySpec>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub inference_pool: Option<InferencePoolSpec>,
    #[serde(rename = "httpRoute", skip_serializing_if = "Option::is_none")]
    pub http_route: Option<HttpRouteSpec>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub monitoring: Option<MonitoringSpec>,
}

#[derive(Clone, Debug, Default, PartialEq, Deserialize, Serialize)]
#[serde(default, rename_all = "camelCase")]
pub struct ModelSpec {
    pub name: String,
    pub image: String,
    pub mount_path: String,
    pub image_pull_secrets: Vec<LocalObjectReference>,
}

#[derive(Clone, Debug, Default, PartialEq, Deserialize, Serialize)]
#[serde(default, rename_all = "camelCase")]
pub struct EngineSpec {
    pub image: String,
    pub image_pull_policy: String,
    pub args: Vec<String>,
    pub env: Vec<EnvVar>,
    pub port: i32,
}

#[derive(Clone, Debug, Default, PartialEq, Deserialize, Serialize)]
#[serde(default)]
pub struct AcceleratorSpec {
    #[serde(rename = "type")]
    pub type_: String,
}

#[derive(Clone, Debug, Default, PartialEq, Deserialize, Serialize)]
#[serde(default, rename_all = "camelCase")]
pub struct RoleSpec {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub replicas: Option<i32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub parallelism: Option<Parallelism>,
    pub resources: ResourceRequirements,
    pub node_selector: BTreeMap<String, String>,
    pub tolerations: Vec<Toleration>,
    /// API v1.0.0 only (api.md §7); the seed profile rejects it in lint.
    pub annotations: BTreeMap<String, String>,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Deserialize, Serialize)]
#[serde(default, rename_all = "camelCase")]
pub struct Parallelism {
    pub tensor: i32,
    pub data: i32,
    pub data_local: i32,
}

#[derive(Clone, Debug, Default, PartialEq, Deserialize, Serialize)]
#[serde(default, rename_all = "camelCase")]
pub struct RoutingProxySpec {
    pub image: String,
    pub connector: String,
    pub target_port: i32,
    pub zap_encoder: String,
    pub zap_log_level: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub secure_proxy: Option<bool>,
    #[serde(rename = "prefillerUseTLS", skip_serializing_if = "Option::is_none")]
    pub prefiller_use_tls: Option<bool>,
    pub cert_path: String,
}

#[derive(Clone, Debug, Default, PartialEq, Deserialize, Serialize)]
#[serde(default, rename_all = "camelCase")]
pub struct InferencePoolSpec {
    pub endpoint_picker: EndpointPickerSpec,
}

#[derive(Clone, Debug, Default, PartialEq, Deserialize, Serialize)]
#[serde(default, rename_all = "camelCase")]
pub struct EndpointPickerSpec {
    pub image: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub replicas: Option<i32>,
    pub resources: ResourceRequirements,
    pub port: i32,
    pub failure_mode: String,
}

#[derive(Clone, Debug, Default, PartialEq, Deserialize, Serialize)]
#[serde(default, rename_all = "camelCase")]
pub struct HttpRouteSpec {
    pub gateway_ref: GatewayRef,
    pub hostnames: Vec<String>,
}

#[derive(Clone, Debug, Default, PartialEq, Deserialize, Serialize)]
#[serde(default)]
pub struct GatewayRef {
    pub name: String,
    pub namespace: String,
}

#[derive(Clone, Debug, Default, PartialEq, Deserialize, Serialize)]
#[serde(default, rename_all = "camelCase")]
pub struct MonitoringSpec {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pod_monitor: Option<PodMonitorSpec>,
}

#[derive(Clone, Debug, Default, PartialEq, Deserialize, Serialize)]
#[serde(default, rename_all = "camelCase")]
pub struct PodMonitorSpec {
    pub enabled: bool,
    pub port_name: String,
    pub path: String,
    pub interval: String,
}
