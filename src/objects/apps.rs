//! `apps/v1`: the Deployment.

use super::{kind, ApiVersion, Kind, LabelSelector, ObjectMeta, PodTemplateSpec};
use serde::Serialize;

#[derive(Clone, Debug, Default, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Deployment {
    pub api_version: ApiVersion<Self>,
    pub kind: Kind<Self>,
    pub metadata: ObjectMeta,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub spec: Option<DeploymentSpec>,
}
kind!(Deployment, "apps", "v1", "Deployment", "deployments", NamespaceResourceScope);

#[derive(Clone, Debug, Default, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct DeploymentSpec {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub replicas: Option<i32>,
    pub selector: LabelSelector,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub strategy: Option<DeploymentStrategy>,
    pub template: PodTemplateSpec,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct DeploymentStrategy {
    /// The operator's strategy is a constant (`Recreate`).
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    pub type_: Option<&'static str>,
}
