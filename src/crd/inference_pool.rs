//! `inference.networking.k8s.io/v1` InferencePool (GAIE v1.3.1).

use super::MatchLabels;
use crate::objects::{kind, ApiVersion, Kind, ObjectMeta};
use serde::Serialize;

#[derive(Clone, Debug, Default, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct InferencePool {
    pub api_version: ApiVersion<Self>,
    pub kind: Kind<Self>,
    pub metadata: ObjectMeta,
    pub spec: InferencePoolSpec,
}
kind!(InferencePool, "inference.networking.k8s.io", "v1", "InferencePool", "inferencepools", NamespaceResourceScope);

#[derive(Clone, Debug, Default, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct InferencePoolSpec {
    pub endpoint_picker_ref: EndpointPickerRef,
    pub selector: MatchLabels,
    pub target_ports: Vec<Port>,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize)]
pub struct Port {
    pub number: i32,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct EndpointPickerRef {
    pub failure_mode: String,
    /// A pointer upstream: the empty core group is sent as `"group": ""`.
    pub group: String,
    pub kind: String,
    pub name: String,
    pub port: Port,
}
