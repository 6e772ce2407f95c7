//! `monitoring.coreos.com/v1` PodMonitor and ServiceMonitor (prometheus-operator v0.90.1), the
//! fields the operator sets. Go's zero `namespaceSelector: {}` is not emitted (it means the same
//! as absent).

use super::MatchLabels;
use k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta;
use serde::Serialize;

pub const API_VERSION: &str = "monitoring.coreos.com/v1";
pub const POD_MONITOR: &str = "PodMonitor";
pub const SERVICE_MONITOR: &str = "ServiceMonitor";

#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PodMonitor {
    pub api_version: &'static str,
    pub kind: &'static str,
    pub metadata: ObjectMeta,
    pub spec: PodMonitorSpec,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PodMonitorSpec {
    pub selector: MatchLabels,
    pub pod_metrics_endpoints: Vec<PodMetricsEndpoint>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct PodMetricsEndpoint {
    pub port: String,
    pub path: String,
    pub interval: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub relabelings: Vec<RelabelConfig>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct RelabelConfig {
    pub action: String,
    pub source_labels: Vec<String>,
    pub target_label: String,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ServiceMonitor {
    pub api_version: &'static str,
    pub kind: &'static str,
    pub metadata: ObjectMeta,
    pub spec: ServiceMonitorSpec,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ServiceMonitorSpec {
    pub selector: MatchLabels,
    pub endpoints: Vec<Endpoint>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Endpoint {
    pub port: String,
    pub interval: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub authorization: Option<SafeAuthorization>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct SafeAuthorization {
    pub credentials: SecretKeySelector,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct SecretKeySelector {
    pub name: String,
    pub key: String,
}
