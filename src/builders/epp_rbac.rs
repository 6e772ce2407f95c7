//! The EPP Role and RoleBinding (epp.md §5).

use super::meta;
use crate::labels::Labels;
use crate::model::ModelService;
use crate::names::epp_name;
use crate::objects::{PolicyRule, Role, RoleBinding, RoleRef, Subject};

fn rule(
    groups: &'static [&'static str],
    resources: &'static [&'static str],
    verbs: &'static [&'static str],
) -> PolicyRule {
    PolicyRule { api_groups: Some(groups), resources: Some(resources), verbs, ..Default::default() }
}

/// The rules; leader election (leases, events) only with more than one replica.
pub fn rules(replicas: i32) -> Vec<PolicyRule> {
    const READ: &[&str] = &["get", "watch", "list"];
    let mut r = vec![
        rule(&[""], &["pods"], READ),
        rule(&["inference.networking.x-k8s.io"], &["inferenceobjectives", "inferencemodelrewrites"], READ),
        rule(&["inference.networking.k8s.io"], &["inferencepools"], READ),
    ];
    if replicas > 1 {
        r.push(rule(
            &["coordination.k8s.io"],
            &["leases"],
            &["get", "list", "watch", "create", "update", "patch", "delete"],
        ));
        r.push(rule(&[""], &["events"], &["create", "patch"]));
    }
    r
}

/// Upstream `BuildEPPRBAC`.
pub fn build(ms: &ModelService, labels: Option<Labels>, replicas: i32) -> (Role, RoleBinding) {
    let name = epp_name(&ms.metadata.name);
    let ns = &ms.metadata.namespace;
    let role =
        Role { metadata: meta(name.clone(), ns, labels.clone()), rules: Some(rules(replicas)), ..Default::default() };
    let binding = RoleBinding {
        metadata: meta(name.clone(), ns, labels),
        subjects: Some(vec![Subject {
            kind: "ServiceAccount",
            name: name.clone(),
            namespace: Some(ns.clone()).filter(|n| !n.is_empty()),
        }]),
        role_ref: RoleRef { api_group: "rbac.authorization.k8s.io", kind: "Role", name },
        ..Default::default()
    };
    (role, binding)
}
