//! The two serving roles, decode and prefill, and everything that differs between them: their
//! names (spec field, `llm-d.ai/role` value, object-name suffix), their component label, and that
//! only decode pods carry the routing proxy. Code asks a `Role`, never compares role strings.

use crate::diagnostics::FieldPath;
use crate::model::{ModelService, RoleSpec};
use crate::names;
use std::fmt;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Role {
    Decode,
    Prefill,
}

impl Role {
    /// In reconcile order.
    pub const ALL: [Role; 2] = [Role::Decode, Role::Prefill];

    /// `decode` / `prefill`: the spec field, the `llm-d.ai/role` value and the object-name suffix.
    pub fn name(self) -> &'static str {
        match self {
            Role::Decode => "decode",
            Role::Prefill => "prefill",
        }
    }

    /// `model-decode` / `model-prefill`: the `app.kubernetes.io/component` label.
    pub fn component(self) -> &'static str {
        match self {
            Role::Decode => "model-decode",
            Role::Prefill => "model-prefill",
        }
    }

    /// The serving Deployment's name.
    pub fn deployment_name(self, n: &str) -> String {
        match self {
            Role::Decode => names::decode_name(n),
            Role::Prefill => names::prefill_name(n),
        }
    }

    /// The role's PodMonitor name (the same string as the Deployment's).
    pub fn pod_monitor_name(self, n: &str) -> String {
        names::pod_monitor_name(n, self.name())
    }

    /// `spec.decode` / `spec.prefill`.
    /// Not inlined: it has many callers, each would grow by its body.
    #[inline(never)]
    pub fn path(self) -> FieldPath {
        FieldPath::fields("spec", &[self.name()])
    }

    /// The role's spec; prefill exists only when `spec.prefill` is set.
    pub fn spec(self, ms: &ModelService) -> Option<&RoleSpec> {
        match self {
            Role::Decode => Some(&ms.spec.decode),
            Role::Prefill => ms.spec.prefill.as_ref(),
        }
    }

    /// The roles the ModelService has, with their specs: decode, then prefill when set.
    pub fn present(ms: &ModelService) -> impl Iterator<Item = (Role, &RoleSpec)> {
        Role::ALL.into_iter().filter_map(|r| r.spec(ms).map(|s| (r, s)))
    }

    /// Only decode pods get the routing-proxy sidecar (when `spec.routingProxy` is set); vLLM
    /// then listens on the proxy's target port.
    pub fn has_routing_proxy(self, ms: &ModelService) -> bool {
        self == Role::Decode && ms.spec.routing_proxy.is_some()
    }
}

impl fmt::Display for Role {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}
