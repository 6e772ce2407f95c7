//! Shared by the resource rules: the resources each generated container ends up with (after GPU
//! injection, or the EPP defaults) next to where the user wrote them, and the Kubernetes
//! resource-name classes (k8s.io/kubernetes `pkg/apis/core/helper`).

use super::Ctx;
use crate::builders::epp_deployment;
use crate::diagnostics::FieldPath;
use crate::gpu::{gpu_count, gpu_resource_name, injects};
use crate::names;
use crate::quantity::{parse_value, Format, ParsedQuantity};
use crate::role::Role;
use k8s_openapi::api::core::v1::{ResourceClaim, ResourceRequirements};
use k8s_openapi::apimachinery::pkg::api::resource::Quantity;
use std::borrow::Cow;
use std::collections::BTreeMap;

/// `(name, parsed quantity)` of a limits or requests map, in key order; unparseable values are
/// left out (the schema reports them). Names are borrowed: from the ModelService, the accelerator
/// table, or the EPP defaults.
pub type Parsed<'a> = Vec<(&'a str, ParsedQuantity)>;

/// One container's resources.
pub struct Target<'a> {
    /// The serving role whose container it is; `None` for the EPP.
    role: Option<Role>,
    /// `metadata.name`, for [`Target::object`].
    name: &'a str,
    /// What the user wrote.
    pub user: &'a ResourceRequirements,
    /// The container gets `user` (with `injected`); false when the EPP gets its defaults.
    own: bool,
    /// The accelerator key the operator wrote into the container's resources (over any user
    /// value), if any.
    pub injected: Option<&'static str>,
    /// The container's limits and requests parsed, once for every rule that compares them.
    pub limits: Cow<'a, [(&'a str, ParsedQuantity)]>,
    pub requests: Cow<'a, [(&'a str, ParsedQuantity)]>,
}

impl<'a> Target<'a> {
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

    /// Whether the container's limits hold `key`, parseable or not.
    pub fn has_limit(&self, key: &str) -> bool {
        if !self.own {
            return self.limits.iter().any(|(k, _)| *k == key);
        }
        self.injected == Some(key) || self.user.limits.as_ref().is_some_and(|m| m.contains_key(key))
    }

    /// The container's `resources.claims`.
    pub fn claims(&self) -> &'a [ResourceClaim] {
        if self.own {
            self.user.claims.as_deref().unwrap_or_default()
        } else {
            &[]
        }
    }
}

/// Decode, prefill (GPU injected) and, when `inferencePool` is set, the EPP container.
pub fn targets<'c, 'a>(ctx: &'c Ctx<'a>) -> &'c [Target<'a>] {
    ctx.targets.get_or_init(|| build_targets(ctx))
}

/// The container's resources are not copied: the user's maps are parsed as they are, and the
/// accelerator count the operator injects (`gpu::inject_gpu_resources`) put in its place.
fn build_targets<'a>(ctx: &Ctx<'a>) -> Vec<Target<'a>> {
    let ms = ctx.ms;
    let n = &ms.metadata.name;
    let mut out: Vec<Target<'a>> = Vec::new();
    for (role, r) in ctx.roles() {
        let (ty, count) = (ms.spec.accelerator.type_.as_str(), gpu_count(r.parallelism.as_ref()));
        let injected = injects(ty, count).then(|| gpu_resource_name(ty));
        // What `inject_gpu_resources` writes: the count as a DecimalSI quantity.
        let gpu = injected.map(|k| (k, ParsedQuantity::from_int(i64::from(count), Format::DecimalSI)));
        out.push(Target {
            role: Some(role),
            name: n,
            user: &r.resources,
            own: true,
            limits: Cow::Owned(parsed(&r.resources.limits, gpu.clone())),
            requests: Cow::Owned(parsed(&r.resources.requests, gpu)),
            injected,
        });
    }
    if let Some(pool) = &ms.spec.inference_pool {
        let user = &pool.endpoint_picker.resources;
        let own = user.requests.is_some() || user.limits.is_some();
        let (limits, requests) = if own {
            (Cow::Owned(parsed(&user.limits, None)), Cow::Owned(parsed(&user.requests, None)))
        } else {
            let (l, r) = epp_defaults();
            (Cow::Borrowed(l.as_slice()), Cow::Borrowed(r.as_slice()))
        };
        out.push(Target { role: None, name: n, user, own, limits, requests, injected: None });
    }
    out
}

/// `epp_deployment::default_resources()` parsed: made once per thread and kept (the same for every
/// document; building and dropping them per document cost ~1 % of a render).
fn epp_defaults() -> &'static (Parsed<'static>, Parsed<'static>) {
    thread_local! {
        static DEFAULTS: &'static (Parsed<'static>, Parsed<'static>) = {
            let d: &'static ResourceRequirements = Box::leak(Box::new(epp_deployment::default_resources()));
            Box::leak(Box::new((parsed(&d.limits, None), parsed(&d.requests, None))))
        };
    }
    DEFAULTS.with(|d| *d)
}

/// A limits or requests map parsed, with `gpu` in place of any user value under its key.
fn parsed<'a>(m: &'a Option<BTreeMap<String, Quantity>>, mut gpu: Option<(&'a str, ParsedQuantity)>) -> Parsed<'a> {
    let mut out = Vec::new();
    for (k, v) in m.iter().flatten() {
        let k = k.as_str();
        // The map is in key order: the accelerator goes in before the first key not below it.
        if let Some(g) = gpu.take_if(|(g, _)| *g <= k) {
            let same = g.0 == k;
            out.push(g);
            if same {
                continue;
            }
        }
        if let Ok(q) = parse_value(&v.0) {
            out.push((k, q));
        }
    }
    if let Some(g) = gpu {
        out.push(g);
    }
    out
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Settings;
    use crate::gpu::inject_gpu_resources;
    use crate::lint::testing::{doc, prepare};
    use serde_json::{json, Value};

    type Lists = (Vec<(String, i128)>, Vec<(String, i128)>);

    /// What the container gets, the way the builders make it: the resources copied, the
    /// accelerator injected into the copy; then every value parsed.
    fn copied(r: &ResourceRequirements, ty: &str, count: i32) -> Lists {
        let mut e = r.clone();
        inject_gpu_resources(&mut e, ty, count);
        let p = |m: &Option<BTreeMap<String, Quantity>>| {
            m.iter().flatten().filter_map(|(k, v)| Some((k.clone(), parse_value(&v.0).ok()?.nanos()))).collect()
        };
        (p(&e.limits), p(&e.requests))
    }

    fn lists(t: &Target<'_>) -> Lists {
        let p = |l: &[(&str, ParsedQuantity)]| l.iter().map(|(k, q)| (k.to_string(), q.nanos())).collect();
        (p(&t.limits), p(&t.requests))
    }

    /// Every target of `patch` checked against the copy the builders make; the targets' lists.
    fn check(patch: &Value) -> Vec<Lists> {
        let s = Settings::default();
        let p = prepare(doc(patch), &s);
        let ms = p.model.as_ref().unwrap();
        let ctx = Ctx::new(ms, &p.defaulted, &p.defaulted_paths, &s);
        let ts = targets(&ctx);
        let ty = ms.spec.accelerator.type_.as_str();
        let roles: Vec<_> = ctx.roles().collect();
        assert_eq!(ts.len(), roles.len() + usize::from(ms.spec.inference_pool.is_some()), "{patch}");
        for (t, (role, r)) in ts.iter().zip(&roles) {
            let count = gpu_count(r.parallelism.as_ref());
            assert_eq!(lists(t), copied(&r.resources, ty, count), "{role:?} of {patch}");
            assert_eq!(t.injected, injects(ty, count).then(|| gpu_resource_name(ty)), "{patch}");
            assert_eq!(t.claims(), r.resources.claims.as_deref().unwrap_or_default(), "{patch}");
        }
        if let (Some(pool), Some(t)) = (&ms.spec.inference_pool, ts.get(roles.len())) {
            let e = epp_deployment::resources(&pool.endpoint_picker);
            assert_eq!(lists(t), copied(&e, "cpu", 0), "EPP of {patch}");
            assert_eq!(t.claims(), e.claims.as_deref().unwrap_or_default(), "{patch}");
            for key in ["memory", "cpu", "nvidia.com/gpu"] {
                assert_eq!(t.has_limit(key), e.limits.as_ref().is_some_and(|m| m.contains_key(key)), "{key}");
            }
        }
        ts.iter().map(lists).collect()
    }

    fn l(items: &[(&str, i128)]) -> Vec<(String, i128)> {
        items.iter().map(|(k, n)| (k.to_string(), *n)).collect()
    }

    #[test]
    fn targets_are_what_the_containers_get() {
        const G: i128 = 1_000_000_000;
        // The injected count among the user's keys, over a user value, before and after others.
        let user = json!({"spec": {"decode": {"parallelism": {"tensor": 2}, "resources": {
            "limits": {"amd.com/x": "1", "memory": "1Gi", "nvidia.com/gpu": "7", "zz": "2"},
            "requests": {"cpu": "500m"}}}}});
        assert_eq!(
            check(&user),
            [(
                l(&[("amd.com/x", G), ("memory", (1 << 30) * G), ("nvidia.com/gpu", 2 * G), ("zz", 2 * G)]),
                l(&[("cpu", G / 2), ("nvidia.com/gpu", 2 * G)])
            )]
        );
        // No maps, a prefill role, the EPP with its defaults.
        let defaults = json!({"spec": {"prefill": {"parallelism": {"tensor": 4, "dataLocal": 2}}, "inferencePool": {"endpointPicker": {}}}});
        assert_eq!(
            check(&defaults),
            [
                (l(&[("nvidia.com/gpu", G)]), l(&[("nvidia.com/gpu", G)])),
                (l(&[("nvidia.com/gpu", 8 * G)]), l(&[("nvidia.com/gpu", 8 * G)])),
                (l(&[("memory", 16 * (1 << 30) * G)]), l(&[("cpu", 4 * G), ("memory", 8 * (1 << 30) * G)])),
            ]
        );
        // The EPP with its own resources and claims; `cpu`: nothing injected; counts that wrap.
        for patch in [
            json!({"spec": {"accelerator": {"type": "cpu"}, "inferencePool": {"endpointPicker": {"resources": {
                "requests": {"memory": "1Gi"}, "claims": [{"name": "c"}]}}}}}),
            json!({"spec": {"decode": {"parallelism": {"tensor": 65536, "dataLocal": 65536}},
                "prefill": {"parallelism": {"tensor": 65536, "dataLocal": 32768}, "resources": {"limits": {"nvidia.com/gpu": "1"}}}}}),
        ] {
            check(&patch);
        }
    }
}
