//! `inference.networking.k8s.io/v1` InferencePool (GAIE v1.3.1).

use super::MatchLabels;
use k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta;
use serde::Serialize;

pub const API_VERSION: &str = "inference.networking.k8s.io/v1";
pub const KIND: &str = "InferencePool";

#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct InferencePool {
    pub api_version: &'static str,
    pub kind: &'static str,
    pub metadata: ObjectMeta,
    pub spec: InferencePoolSpec,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct InferencePoolSpec {
    pub selector: MatchLabels,
    pub target_ports: Vec<Port>,
    pub endpoint_picker_ref: EndpointPickerRef,
}

#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct Port {
    pub number: i32,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct EndpointPickerRef {
    /// A pointer upstream: the empty core group is sent as `"group": ""`.
    pub group: String,
    pub kind: String,
    pub name: String,
    pub port: Port,
    pub failure_mode: String,
}
