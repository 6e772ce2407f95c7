//! `summary`: what a ModelService costs the cluster — pods per role, accelerators by resource
//! name, CPU and memory totals (including the EPP's defaults), objects per kind.
//!
//! A pod's request for a resource follows Kubernetes (the scheduler and ResourceQuota): per
//! container the request, or the limit when only a limit is set; the pod needs
//! `max(Σ containers + Σ sidecars, max over init containers of (init + sidecars started before))`.
//! Totals multiply by the replicas. A limit total is given only when every container of every pod
//! sets that limit (otherwise the pods are unbounded and a total would mislead; it is omitted).

use crate::gpu::gpu_accelerators;
use crate::names;
use crate::objects::{Container, PodSpec};
use crate::plan::Part;
use crate::quantity::{parse, ParsedQuantity};
use crate::render::Rendered;
use crate::resource::Resource;
use crate::role::Role;
use serde::Serialize;
use std::collections::BTreeMap;

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS), ts(optional_fields))]
pub struct Pods {
    #[cfg_attr(feature = "typescript", ts(type = "number"))]
    pub decode: i64,
    #[cfg_attr(feature = "typescript", ts(type = "number"))]
    pub prefill: i64,
    #[cfg_attr(feature = "typescript", ts(type = "number"))]
    pub epp: i64,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS), ts(optional_fields))]
pub struct Requests {
    pub cpu: String,
    pub memory: String,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS), ts(optional_fields))]
pub struct Limits {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cpu: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub memory: Option<String>,
}

/// `{pods, accelerators, requests, limits, objects}`; quantities as canonical Kubernetes strings.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS), ts(optional_fields))]
pub struct Summary {
    pub pods: Pods,
    #[cfg_attr(feature = "typescript", ts(type = "Record<string, number>"))]
    pub accelerators: BTreeMap<String, i64>,
    pub requests: Requests,
    pub limits: Limits,
    #[cfg_attr(feature = "typescript", ts(type = "Record<string, number>"))]
    pub objects: BTreeMap<String, usize>,
}

fn quantity(c: &Container, name: &str, limit: bool) -> Option<ParsedQuantity> {
    let r = c.resources.as_ref()?;
    let m = if limit {
        r.limits.as_ref()
    } else {
        r.requests.as_ref().filter(|m| m.contains_key(name)).or(r.limits.as_ref())
    };
    parse(&m?.get(name)?.0).ok()
}

fn sum(a: ParsedQuantity, b: &ParsedQuantity) -> ParsedQuantity {
    a.add(b).unwrap_or(a)
}

fn zero() -> ParsedQuantity {
    ParsedQuantity::from_int(0, crate::quantity::Format::DecimalSI)
}

/// The pod's effective request (`limit = false`) or limit (`true`; `None` when a container sets none).
fn pod_amount(spec: &PodSpec, name: &str, limit: bool) -> Option<ParsedQuantity> {
    let get = |c: &Container| -> Option<ParsedQuantity> {
        match quantity(c, name, limit) {
            Some(q) => Some(q),
            None if limit => None,
            None => Some(zero()),
        }
    };
    let inits = spec.init_containers.as_deref().unwrap_or(&[]);
    let mut sidecars = zero();
    let mut init_max = zero();
    for c in inits {
        let q = get(c)?;
        if c.restart_policy.as_deref() == Some("Always") {
            sidecars = sum(sidecars, &q);
        } else {
            let during = sum(q, &sidecars);
            if during > init_max {
                init_max = during;
            }
        }
    }
    let mut regular = sidecars;
    for c in &spec.containers {
        regular = sum(regular, &get(c)?);
    }
    Some(if init_max > regular { init_max } else { regular })
}

/// Summarises a render; the plan says which Deployment serves which role.
pub fn summarize(r: &Rendered) -> Summary {
    let mut s = Summary::default();
    let (mut cpu, mut memory) = (zero(), zero());
    let (mut cpu_limit, mut memory_limit) = (Some(zero()), Some(zero()));
    let mut gpus: BTreeMap<String, i64> = BTreeMap::new();
    for (part, res) in r.parts() {
        *s.objects.entry(res.kind().to_string()).or_default() += 1;
        let Resource::Deployment(d) = res else { continue };
        let Some(spec) = d.spec.as_ref() else { continue };
        let replicas = i64::from(names::default_replicas(spec.replicas));
        match part {
            Part::Serving(Role::Decode) => s.pods.decode += replicas,
            Part::Serving(Role::Prefill) => s.pods.prefill += replicas,
            Part::EppDeployment => s.pods.epp += replicas,
            _ => {}
        }
        let Some(pod) = spec.template.spec.as_ref() else { continue };
        if replicas <= 0 {
            continue;
        }
        let times = |q: Option<ParsedQuantity>| q.and_then(|q| q.mul_int(replicas));
        cpu = sum(cpu, &times(pod_amount(pod, "cpu", false)).unwrap_or_else(zero));
        memory = sum(memory, &times(pod_amount(pod, "memory", false)).unwrap_or_else(zero));
        cpu_limit = cpu_limit.zip(times(pod_amount(pod, "cpu", true))).and_then(|(a, b)| a.add(&b));
        memory_limit = memory_limit.zip(times(pod_amount(pod, "memory", true))).and_then(|(a, b)| a.add(&b));
        for acc in gpu_accelerators().map(|a| a.resource) {
            let n = pod_amount(pod, acc, false).and_then(|q| q.value()).unwrap_or(0);
            if n > 0 {
                let e = gpus.entry(acc.to_string()).or_default();
                *e = e.saturating_add(n.saturating_mul(replicas));
            }
        }
    }
    s.accelerators = gpus;
    s.requests = Requests { cpu: cpu.canonical(), memory: memory.canonical() };
    s.limits = Limits { cpu: cpu_limit.map(|q| q.canonical()), memory: memory_limit.map(|q| q.canonical()) };
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use k8s_openapi::api::core::v1::ResourceRequirements;
    use k8s_openapi::apimachinery::pkg::api::resource::Quantity as Q;

    fn c(cpu_req: Option<&str>, cpu_lim: Option<&str>, sidecar: bool) -> Container {
        let m = |v: Option<&str>| v.map(|s| BTreeMap::from([("cpu".to_string(), Q(s.into()))]));
        Container {
            resources: Some(ResourceRequirements { requests: m(cpu_req), limits: m(cpu_lim), claims: None }),
            restart_policy: sidecar.then(|| "Always".to_string()),
            ..Default::default()
        }
    }

    #[test]
    fn pod_requests_follow_the_init_container_rule() {
        // max(1 + 0.25 (sidecar), max(init 3 + sidecars started before it = 3)) = 3
        let spec = PodSpec {
            init_containers: Some(vec![c(Some("3"), Some("3"), false), c(Some("250m"), Some("1"), true)]),
            containers: vec![c(Some("1"), Some("2"), false)],
            ..Default::default()
        };
        assert_eq!(pod_amount(&spec, "cpu", false).map(|q| q.canonical()), Some("3".into()));
        assert_eq!(pod_amount(&spec, "cpu", true).map(|q| q.canonical()), Some("3".into()));
        // A sidecar declared before the init container runs alongside it: 250m + 3.
        let spec = PodSpec {
            init_containers: Some(vec![c(Some("250m"), Some("1"), true), c(Some("3"), Some("3"), false)]),
            containers: vec![c(Some("1"), Some("2"), false)],
            ..Default::default()
        };
        assert_eq!(pod_amount(&spec, "cpu", false).map(|q| q.canonical()), Some("3250m".into()));
        assert_eq!(pod_amount(&spec, "cpu", true).map(|q| q.canonical()), Some("4".into()));
        // Only a limit: the request defaults to it. A container without a limit unbounds the pod.
        let spec =
            PodSpec { containers: vec![c(None, Some("2"), false), c(Some("1"), None, false)], ..Default::default() };
        assert_eq!(pod_amount(&spec, "cpu", false).map(|q| q.canonical()), Some("3".into()));
        assert_eq!(pod_amount(&spec, "cpu", true), None);
    }
}
