//! `spec.inferencePool.endpointPicker.resources` → the scheduler's `main` container. KServe merges
//! the written resources into its preset's key by key (strategic merge), so preset keys the user
//! did not set stay — and a preset limit below the user's request would be rejected.

use super::codes::{EPP_DEFAULT_RESOURCES, EPP_RESOURCES_CONFLICT, EPP_RESOURCES_MERGED};
use super::kserve::{EPP_LIMITS, EPP_REQUESTS};
use super::{path, Ctx};
use crate::builders::serving_deployment::resources_opt;
use crate::model::EndpointPickerSpec;
use crate::quantity::parse;
use k8s_openapi::api::core::v1::ResourceRequirements;
use k8s_openapi::apimachinery::pkg::api::resource::Quantity;
use std::collections::BTreeMap;

type Quantities = BTreeMap<String, Quantity>;

fn list(pairs: &[(&str, &str)]) -> String {
    pairs.iter().map(|(k, v)| format!("{k} {v}")).collect::<Vec<_>>().join(", ")
}

/// The resources to write, or `None` where the operator ran its defaults (not carried: warned).
pub(crate) fn carry(cx: &mut Ctx, ep: Option<&EndpointPickerSpec>) -> Option<ResourceRequirements> {
    let at = path("spec.inferencePool.endpointPicker.resources");
    let custom = ep.filter(|e| e.resources.requests.is_some() || e.resources.limits.is_some());
    let Some(ep) = custom else {
        cx.push(EPP_DEFAULT_RESOURCES.at(at, &[&list(&EPP_REQUESTS), &list(&EPP_LIMITS)]));
        return None;
    };
    let r = &ep.resources;
    let mut added = Vec::new();
    let mut merged_requests = r.requests.clone().unwrap_or_default();
    let mut merged_limits = r.limits.clone().unwrap_or_default();
    for (map, preset, name) in
        [(&mut merged_requests, &EPP_REQUESTS, "requests"), (&mut merged_limits, &EPP_LIMITS, "limits")]
    {
        for (k, v) in preset.iter() {
            if !map.contains_key(*k) {
                map.insert(k.to_string(), Quantity(v.to_string()));
                added.push(format!("{name}.{k} {v}"));
            }
        }
    }
    if let Some(key) = over_limit(&merged_requests, &merged_limits) {
        cx.push(EPP_RESOURCES_CONFLICT.at(at.field("requests").key(&key), &[&key, &added.join(", ")]));
    } else if !added.is_empty() {
        cx.push(EPP_RESOURCES_MERGED.at(at, &[&added.join(", ")]));
    }
    resources_opt(r.clone())
}

/// The first resource whose request is above its limit.
fn over_limit(requests: &Quantities, limits: &Quantities) -> Option<String> {
    requests.iter().find_map(|(k, req)| {
        let lim = limits.get(k)?;
        let (Ok(req), Ok(lim)) = (parse(&req.0), parse(&lim.0)) else { return None };
        (req > lim).then(|| k.clone())
    })
}
