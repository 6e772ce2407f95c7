//! `Resource`: any object the operator creates, serialised exactly as the Go client sends it,
//! and `ObjectRef`, the address of an object the operator would delete.

use crate::crd::destination_rule::DestinationRule;
use crate::crd::http_route::HttpRoute;
use crate::crd::inference_pool::InferencePool;
use crate::crd::monitoring::{PodMonitor, ServiceMonitor};
use k8s_openapi::api::apps::v1::Deployment;
use k8s_openapi::api::core::v1::{ConfigMap, Secret, Service, ServiceAccount};
use k8s_openapi::api::rbac::v1::{ClusterRole, ClusterRoleBinding, Role, RoleBinding};
use k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta;
use k8s_openapi::Resource as _;
use serde::{Serialize, Serializer};

// Built once per render and moved, never copied in bulk: boxing every variant buys nothing.
#[allow(clippy::large_enum_variant)]
#[derive(Clone, Debug, PartialEq)]
pub enum Resource {
    Deployment(Box<Deployment>),
    ServiceAccount(ServiceAccount),
    ConfigMap(ConfigMap),
    Service(Service),
    Secret(Secret),
    Role(Role),
    RoleBinding(RoleBinding),
    ClusterRole(ClusterRole),
    ClusterRoleBinding(ClusterRoleBinding),
    InferencePool(InferencePool),
    HttpRoute(HttpRoute),
    DestinationRule(DestinationRule),
    PodMonitor(PodMonitor),
    ServiceMonitor(ServiceMonitor),
}

impl Resource {
    pub fn api_version(&self) -> &'static str {
        match self {
            Resource::Deployment(_) => Deployment::API_VERSION,
            Resource::ServiceAccount(_) => ServiceAccount::API_VERSION,
            Resource::ConfigMap(_) => ConfigMap::API_VERSION,
            Resource::Service(_) => Service::API_VERSION,
            Resource::Secret(_) => Secret::API_VERSION,
            Resource::Role(_) => Role::API_VERSION,
            Resource::RoleBinding(_) => RoleBinding::API_VERSION,
            Resource::ClusterRole(_) => ClusterRole::API_VERSION,
            Resource::ClusterRoleBinding(_) => ClusterRoleBinding::API_VERSION,
            Resource::InferencePool(o) => o.api_version,
            Resource::HttpRoute(o) => o.api_version,
            Resource::DestinationRule(o) => o.api_version,
            Resource::PodMonitor(o) => o.api_version,
            Resource::ServiceMonitor(o) => o.api_version,
        }
    }

    pub fn kind(&self) -> &'static str {
        match self {
            Resource::Deployment(_) => Deployment::KIND,
            Resource::ServiceAccount(_) => ServiceAccount::KIND,
            Resource::ConfigMap(_) => ConfigMap::KIND,
            Resource::Service(_) => Service::KIND,
            Resource::Secret(_) => Secret::KIND,
            Resource::Role(_) => Role::KIND,
            Resource::RoleBinding(_) => RoleBinding::KIND,
            Resource::ClusterRole(_) => ClusterRole::KIND,
            Resource::ClusterRoleBinding(_) => ClusterRoleBinding::KIND,
            Resource::InferencePool(o) => o.kind,
            Resource::HttpRoute(o) => o.kind,
            Resource::DestinationRule(o) => o.kind,
            Resource::PodMonitor(o) => o.kind,
            Resource::ServiceMonitor(o) => o.kind,
        }
    }

    pub fn metadata(&self) -> &ObjectMeta {
        match self {
            Resource::Deployment(o) => &o.metadata,
            Resource::ServiceAccount(o) => &o.metadata,
            Resource::ConfigMap(o) => &o.metadata,
            Resource::Service(o) => &o.metadata,
            Resource::Secret(o) => &o.metadata,
            Resource::Role(o) => &o.metadata,
            Resource::RoleBinding(o) => &o.metadata,
            Resource::ClusterRole(o) => &o.metadata,
            Resource::ClusterRoleBinding(o) => &o.metadata,
            Resource::InferencePool(o) => &o.metadata,
            Resource::HttpRoute(o) => &o.metadata,
            Resource::DestinationRule(o) => &o.metadata,
            Resource::PodMonitor(o) => &o.metadata,
            Resource::ServiceMonitor(o) => &o.metadata,
        }
    }

    pub fn metadata_mut(&mut self) -> &mut ObjectMeta {
        match self {
            Resource::Deployment(o) => &mut o.metadata,
            Resource::ServiceAccount(o) => &mut o.metadata,
            Resource::ConfigMap(o) => &mut o.metadata,
            Resource::Service(o) => &mut o.metadata,
            Resource::Secret(o) => &mut o.metadata,
            Resource::Role(o) => &mut o.metadata,
            Resource::RoleBinding(o) => &mut o.metadata,
            Resource::ClusterRole(o) => &mut o.metadata,
            Resource::ClusterRoleBinding(o) => &mut o.metadata,
            Resource::InferencePool(o) => &mut o.metadata,
            Resource::HttpRoute(o) => &mut o.metadata,
            Resource::DestinationRule(o) => &mut o.metadata,
            Resource::PodMonitor(o) => &mut o.metadata,
            Resource::ServiceMonitor(o) => &mut o.metadata,
        }
    }

    pub fn name(&self) -> &str {
        self.metadata().name.as_deref().unwrap_or("")
    }

    /// The object as a JSON value (what `render` returns).
    pub fn to_value(&self) -> serde_json::Value {
        serde_json::to_value(self).unwrap_or(serde_json::Value::Null)
    }
}

impl Serialize for Resource {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Resource::Deployment(o) => o.serialize(s),
            Resource::ServiceAccount(o) => o.serialize(s),
            Resource::ConfigMap(o) => o.serialize(s),
            Resource::Service(o) => o.serialize(s),
            Resource::Secret(o) => o.serialize(s),
            Resource::Role(o) => o.serialize(s),
            Resource::RoleBinding(o) => o.serialize(s),
            Resource::ClusterRole(o) => o.serialize(s),
            Resource::ClusterRoleBinding(o) => o.serialize(s),
            Resource::InferencePool(o) => o.serialize(s),
            Resource::HttpRoute(o) => o.serialize(s),
            Resource::DestinationRule(o) => o.serialize(s),
            Resource::PodMonitor(o) => o.serialize(s),
            Resource::ServiceMonitor(o) => o.serialize(s),
        }
    }
}

/// `{apiVersion, kind, name, namespace?}` of an object.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS), ts(optional_fields))]
#[serde(rename_all = "camelCase")]
pub struct ObjectRef {
    pub api_version: &'static str,
    pub kind: &'static str,
    pub name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub namespace: Option<String>,
}
