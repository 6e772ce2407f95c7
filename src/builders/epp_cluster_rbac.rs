//! The EPP ClusterRole and ClusterRoleBinding for metrics auth (epp.md §6). Cluster-scoped: no
//! namespace, no owner reference (the finalizer cleans them up).

use super::labels_opt;
use crate::labels::Labels;
use crate::model::ModelService;
use crate::names::{epp_cluster_rbac_name, epp_name};
use crate::objects::{ClusterRole, ClusterRoleBinding, ObjectMeta, PolicyRule, RoleRef, Subject};

fn strings(s: &[&str]) -> Option<Vec<String>> {
    Some(s.iter().map(|x| x.to_string()).collect())
}

pub fn rules() -> Vec<PolicyRule> {
    vec![
        PolicyRule {
            api_groups: strings(&["authentication.k8s.io"]),
            resources: strings(&["tokenreviews"]),
            verbs: vec!["create".into()],
            ..Default::default()
        },
        PolicyRule {
            api_groups: strings(&["authorization.k8s.io"]),
            resources: strings(&["subjectaccessreviews"]),
            verbs: vec!["create".into()],
            ..Default::default()
        },
        PolicyRule { non_resource_urls: strings(&["/metrics"]), verbs: vec!["get".into()], ..Default::default() },
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
            kind: "ServiceAccount".into(),
            name: epp_name(&ms.metadata.name),
            namespace: Some(ns.clone()).filter(|n| !n.is_empty()),
        }]),
        role_ref: RoleRef { api_group: "rbac.authorization.k8s.io".into(), kind: "ClusterRole".into(), name },
        ..Default::default()
    };
    (role, binding)
}
