//! The EPP ClusterRole and ClusterRoleBinding for metrics auth (epp.md §6). Cluster-scoped: no
//! namespace, no owner reference (the finalizer cleans them up).

use super::labels_opt;
use crate::labels::Labels;
use crate::model::ModelService;
use crate::names::{epp_cluster_rbac_name, epp_name};
use crate::objects::{ClusterRole, ClusterRoleBinding, ObjectMeta, PolicyRule, RoleRef, Subject};

pub fn rules() -> Vec<PolicyRule> {
    vec![
        PolicyRule {
            api_groups: Some(&["authentication.k8s.io"]),
            resources: Some(&["tokenreviews"]),
            verbs: &["create"],
            ..Default::default()
        },
        PolicyRule {
            api_groups: Some(&["authorization.k8s.io"]),
            resources: Some(&["subjectaccessreviews"]),
            verbs: &["create"],
            ..Default::default()
        },
        PolicyRule { non_resource_urls: Some(&["/metrics"]), verbs: &["get"], ..Default::default() },
    ]
}

/// Upstream `BuildEPPClusterRBAC`.
pub fn build(ms: &ModelService, labels: Option<Labels>) -> (ClusterRole, ClusterRoleBinding) {
    let ns = &ms.metadata.namespace;
    let name = epp_cluster_rbac_name(ns, &ms.metadata.name);
    let meta = ObjectMeta { name: Some(name.clone()), labels: labels_opt(labels), ..Default::default() };
    let role = ClusterRole { metadata: meta.clone(), rules: Some(rules()), ..Default::default() };
    let binding = ClusterRoleBinding {
        metadata: meta,
        subjects: Some(vec![Subject {
            kind: "ServiceAccount",
            name: epp_name(&ms.metadata.name),
            namespace: Some(ns.clone()).filter(|n| !n.is_empty()),
        }]),
        role_ref: RoleRef { api_group: "rbac.authorization.k8s.io", kind: "ClusterRole", name },
        ..Default::default()
    };
    (role, binding)
}
