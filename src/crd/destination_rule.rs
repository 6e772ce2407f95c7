//! `networking.istio.io/v1beta1` DestinationRule (istio 1.29), the fields the operator sets.

use crate::objects::{kind, ApiVersion, Kind, ObjectMeta};
use serde::Serialize;

#[derive(Clone, Debug, Default, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct DestinationRule {
    pub api_version: ApiVersion<Self>,
    pub kind: Kind<Self>,
    pub metadata: ObjectMeta,
    pub spec: DestinationRuleSpec,
}
kind!(DestinationRule, "networking.istio.io", "v1beta1", "DestinationRule", "destinationrules", NamespaceResourceScope);

#[derive(Clone, Debug, Default, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct DestinationRuleSpec {
    pub host: String,
    pub traffic_policy: TrafficPolicy,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct TrafficPolicy {
    pub tls: ClientTlsSettings,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ClientTlsSettings {
    /// A protobuf BoolValue upstream; it serialises as a plain JSON boolean.
    pub insecure_skip_verify: bool,
    pub mode: String,
}
