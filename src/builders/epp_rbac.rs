//! The EPP Role and RoleBinding (epp.md §5).

use super::meta;
use crate::labels::Labels;
use crate::model::ModelService;
use crate::names::epp_name;
use crate::objects::{PolicyRule, Role, RoleBinding, RoleRef, Subject};

fn rule(groups: &[&str], resources: &[&str], verbs: &[&str]) -> PolicyRule {
    let v = |s: &[&str]| s.iter().map(|x| x.to_string()).collect::<Vec<_>>();
    PolicyRule { api_groups: Some(v(groups)), resources: Some(v(resources)), verbs: v(verbs), ..Default::default() }
}

/// The rules; leader election (leases, events) only with more than one replica.
pub fn rules(replicas: i32) -> Vec<PolicyRule> {
    let read = ["get", "watch", "list"];
    let mut r = vec![
        rule(&[""], &["pods"], &read),
        rule(&["inference.networking.x-k8s.io"], &["inferenceobjectives", "inferencemodelrewrites"], &read),
        rule(&["inference.networking.k8s.io"], &["inferencepools"], &read),
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
    let role = Role { metadata: meta(&name, ns, labels.clone()), rules: Some(rules(replicas)), ..Default::default() };
    let binding = RoleBinding {
        metadata: meta(&name, ns, labels),
        subjects: Some(vec![Subject {
            kind: "ServiceAccount".into(),
            name: name.clone(),
            namespace: Some(ns.clone()).filter(|n| !n.is_empty()),
        }]),
        role_ref: RoleRef { api_group: "rbac.authorization.k8s.io".into(), kind: "Role".into(), name },
        ..Default::default()
    };
    (role, binding)
}
