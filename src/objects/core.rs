//! Core `v1` kinds: ConfigMap, Secret, Service, ServiceAccount.

use super::{kind, ApiVersion, Kind, ObjectMeta};
use crate::labels::Labels;
use k8s_openapi::apimachinery::pkg::util::intstr::IntOrString;
use serde::Serialize;
use std::collections::BTreeMap;

#[derive(Clone, Debug, Default, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ConfigMap {
    pub api_version: ApiVersion<Self>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub data: Option<BTreeMap<String, String>>,
    pub kind: Kind<Self>,
    pub metadata: ObjectMeta,
}
kind!(ConfigMap, "", "v1", "ConfigMap", "configmaps", NamespaceResourceScope);

#[derive(Clone, Debug, Default, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Secret {
    pub api_version: ApiVersion<Self>,
    pub kind: Kind<Self>,
    pub metadata: ObjectMeta,
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    pub type_: Option<String>,
}
kind!(Secret, "", "v1", "Secret", "secrets", NamespaceResourceScope);

#[derive(Clone, Debug, Default, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Service {
    pub api_version: ApiVersion<Self>,
    pub kind: Kind<Self>,
    pub metadata: ObjectMeta,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub spec: Option<ServiceSpec>,
}
kind!(Service, "", "v1", "Service", "services", NamespaceResourceScope);

#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct ServiceSpec {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ports: Option<Vec<ServicePort>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub selector: Option<Labels>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ServicePort {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    pub port: i32,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub protocol: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub target_port: Option<IntOrString>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ServiceAccount {
    pub api_version: ApiVersion<Self>,
    pub kind: Kind<Self>,
    pub metadata: ObjectMeta,
}
kind!(ServiceAccount, "", "v1", "ServiceAccount", "serviceaccounts", NamespaceResourceScope);
