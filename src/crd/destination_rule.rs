//! `networking.istio.io/v1beta1` DestinationRule (istio 1.29), the fields the operator sets.

use k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta;
use serde::Serialize;

pub const API_VERSION: &str = "networking.istio.io/v1beta1";
pub const KIND: &str = "DestinationRule";

#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct DestinationRule {
    pub api_version: &'static str,
    pub kind: &'static str,
    pub metadata: ObjectMeta,
    pub spec: DestinationRuleSpec,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct DestinationRuleSpec {
    pub host: String,
    pub traffic_policy: TrafficPolicy,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct TrafficPolicy {
    pub tls: ClientTlsSettings,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ClientTlsSettings {
    pub mode: String,
    /// A protobuf BoolValue upstream; it serialises as a plain JSON boolean.
    pub insecure_skip_verify: bool,
}
