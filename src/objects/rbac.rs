//! `rbac.authorization.k8s.io/v1`: the EPP's Role/RoleBinding and ClusterRole/ClusterRoleBinding.

use super::{kind, ApiVersion, Kind, ObjectMeta};
use serde::Serialize;

#[derive(Clone, Debug, Default, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Role {
    pub api_version: ApiVersion<Self>,
    pub kind: Kind<Self>,
    pub metadata: ObjectMeta,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rules: Option<Vec<PolicyRule>>,
}
kind!(Role, "rbac.authorization.k8s.io", "v1", "Role", "roles", NamespaceResourceScope);

#[derive(Clone, Debug, Default, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct RoleBinding {
    pub api_version: ApiVersion<Self>,
    pub kind: Kind<Self>,
    pub metadata: ObjectMeta,
    pub role_ref: RoleRef,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub subjects: Option<Vec<Subject>>,
}
kind!(RoleBinding, "rbac.authorization.k8s.io", "v1", "RoleBinding", "rolebindings", NamespaceResourceScope);

#[derive(Clone, Debug, Default, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ClusterRole {
    pub api_version: ApiVersion<Self>,
    pub kind: Kind<Self>,
    pub metadata: ObjectMeta,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rules: Option<Vec<PolicyRule>>,
}
kind!(ClusterRole, "rbac.authorization.k8s.io", "v1", "ClusterRole", "clusterroles", ClusterResourceScope);

#[derive(Clone, Debug, Default, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ClusterRoleBinding {
    pub api_version: ApiVersion<Self>,
    pub kind: Kind<Self>,
    pub metadata: ObjectMeta,
    pub role_ref: RoleRef,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub subjects: Option<Vec<Subject>>,
}
kind!(
    ClusterRoleBinding,
    "rbac.authorization.k8s.io",
    "v1",
    "ClusterRoleBinding",
    "clusterrolebindings",
    ClusterResourceScope
);

/// The operator's rules are constants: held as static lists, not copied into owned strings on
/// every render (BENCHMARKS.md, "P2/P3: evening, the build path").
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PolicyRule {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub api_groups: Option<&'static [&'static str]>,
    #[serde(rename = "nonResourceURLs", skip_serializing_if = "Option::is_none")]
    pub non_resource_urls: Option<&'static [&'static str]>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub resources: Option<&'static [&'static str]>,
    pub verbs: &'static [&'static str],
}

#[derive(Clone, Debug, Default, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct RoleRef {
    pub api_group: &'static str,
    pub kind: &'static str,
    pub name: String,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Subject {
    pub kind: &'static str,
    pub name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub namespace: Option<String>,
}
