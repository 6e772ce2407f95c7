//! Shared by the resource rules: the resources each generated container ends up with (after GPU
//! injection, or the EPP defaults) next to where the user wrote them, and the Kubernetes
//! resource-name classes (k8s.io/kubernetes `pkg/apis/core/helper`).

use super::Ctx;
use crate::builders::epp_deployment;
use crate::diagnostics::FieldPath;
use crate::gpu::{gpu_count, gpu_resource_name, inject_gpu_resources, injects};
use crate::names;
use crate::quantity::{parse_value, ParsedQuantity};
use crate::role::Role;
use k8s_openapi::api::core::v1::ResourceRequirements;
use std::collections::BTreeMap;

/// One container's resources.
pub struct Target<'a> {
    /// The serving role whose container it is; `None` for the EPP.
    role: Option<Role>,
    /// `metadata.name`, for [`Target::object`].
    name: &'a str,
    /// What the user wrote.
    pub user: &'a ResourceRequirements,
    /// What the container gets.
    pub effective: ResourceRequirements,
    /// The accelerator key the operator wrote into `effective` (over any user value), if any.
    pub injected: Option<&'static str>,
    /// `effective.limits` and `.requests` parsed, once for every rule that compares them.
    pub limits: Vec<(String, ParsedQuantity)>,
    pub requests: Vec<(String, ParsedQuantity)>,
}

impl Target<'_> {
    /// `spec.decode.resources`, `spec.prefill.resources` or `spec.inferencePool.endpointPicker.resources`:
    /// made for a finding only.
    pub fn path(&self) -> FieldPath {
        match self.role {
            Some(role) => FieldPath::fields("spec", &[role.name(), "resources"]),
            None => super::spec_path(&["inferencePool", "endpointPicker", "resources"]),
        }
    }

    /// For messages: "the Deployment `qwen3-decode`". Made when a finding needs it: most
    /// documents have none, and the names cost a `format!` each.
    pub fn object(&self) -> String {
        let cut = super::syntax::cut;
        match self.role {
            Some(role) => format!("the Deployment `{}`", cut(&role.deployment_name(self.name))),
            None => format!("the EPP Deployment `{}`", cut(&names::epp_name(self.name))),
        }
    }
}

/// Decode, prefill (GPU injected) and, when `inferencePool` is set, the EPP container.
pub fn targets<'c, 'a>(ctx: &'c Ctx<'a>) -> &'c [Target<'a>] {
    ctx.targets.get_or_init(|| build_targets(ctx))
}

fn build_targets<'a>(ctx: &Ctx<'a>) -> Vec<Target<'a>> {
    let ms = ctx.ms;
    let n = &ms.metadata.name;
    let mut out: Vec<Target<'a>> = Vec::new();
    for (role, r) in ctx.roles() {
        let mut effective = r.resources.clone();
        let (ty, count) = (ms.spec.accelerator.type_.as_str(), gpu_count(r.parallelism.as_ref()));
        inject_gpu_resources(&mut effective, ty, count);
        out.push(Target {
            role: Some(role),
            name: n,
            user: &r.resources,
            limits: parsed(&effective.limits),
            requests: parsed(&effective.requests),
            effective,
            injected: injects(ty, count).then(|| gpu_resource_name(ty)),
        });
    }
    if let Some(pool) = &ms.spec.inference_pool {
        let ep = &pool.endpoint_picker;
        let effective = epp_deployment::resources(ep);
        out.push(Target {
            role: None,
            name: n,
            user: &ep.resources,
            limits: parsed(&effective.limits),
            requests: parsed(&effective.requests),
            effective,
            injected: None,
        });
    }
    out
}

/// `(name, parsed quantity)` of a limits/requests map; unparseable values are skipped (the
/// schema reports them). The rules compare and print them by value: Go's cached text is not kept.
fn parsed(
    m: &Option<BTreeMap<String, k8s_openapi::apimachinery::pkg::api::resource::Quantity>>,
) -> Vec<(String, ParsedQuantity)> {
    m.iter().flatten().filter_map(|(k, v)| parse_value(&v.0).ok().map(|q| (k.clone(), q))).collect()
}

/// No domain, or the `kubernetes.io/` domain.
pub fn is_native(name: &str) -> bool {
    !name.contains('/') || name.contains("kubernetes.io/")
}

pub fn is_hugepages(name: &str) -> bool {
    name.starts_with("hugepages-")
}

/// Requests may be below limits only for native resources other than hugepages.
pub fn overcommit_allowed(name: &str) -> bool {
    is_native(name) && !is_hugepages(name)
}

/// A domain-qualified resource outside `kubernetes.io/` (e.g. `nvidia.com/gpu`).
pub fn is_extended(name: &str) -> bool {
    !is_native(name)
        && !name.starts_with("requests.")
        && super::syntax::qualified_name(&format!("requests.{name}")).is_ok()
}

/// The same message shape for every resource finding.
pub fn key_path(t: &Target<'_>, map: &str, key: &str) -> FieldPath {
    t.path().field(map).key(key)
}
