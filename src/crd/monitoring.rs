//! `monitoring.coreos.com/v1` PodMonitor and ServiceMonitor (prometheus-operator v0.90.1), the
//! fields the operator sets. Go's zero `namespaceSelector: {}` is not emitted (it means the same
//! as absent).

use super::MatchLabels;
use crate::objects::{kind, ApiVersion, Kind, ObjectMeta};
use serde::Serialize;

#[derive(Clone, Debug, Default, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PodMonitor {
    pub api_version: ApiVersion<Self>,
    pub kind: Kind<Self>,
    pub metadata: ObjectMeta,
    pub spec: PodMonitorSpec,
}
kind!(PodMonitor, "monitoring.coreos.com", "v1", "PodMonitor", "podmonitors", NamespaceResourceScope);

#[derive(Clone, Debug, Default, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PodMonitorSpec {
    pub pod_metrics_endpoints: Vec<PodMetricsEndpoint>,
    pub selector: MatchLabels,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct PodMetricsEndpoint {
    pub interval: String,
    pub path: String,
    pub port: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub relabelings: Vec<RelabelConfig>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct RelabelConfig {
    pub action: String,
    pub source_labels: Vec<String>,
    pub target_label: String,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ServiceMonitor {
    pub api_version: ApiVersion<Self>,
    pub kind: Kind<Self>,
    pub metadata: ObjectMeta,
    pub spec: ServiceMonitorSpec,
}
kind!(ServiceMonitor, "monitoring.coreos.com", "v1", "ServiceMonitor", "servicemonitors", NamespaceResourceScope);

#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct ServiceMonitorSpec {
    pub endpoints: Vec<Endpoint>,
    pub selector: MatchLabels,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Endpoint {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub authorization: Option<SafeAuthorization>,
    pub interval: String,
    pub port: String,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct SafeAuthorization {
    pub credentials: SecretKeySelector,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct SecretKeySelector {
    pub key: String,
    pub name: String,
}
