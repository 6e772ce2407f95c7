//! `names(modelService, options)`: every derived object name, from `metadata.name`/`namespace`
//! alone, so it answers even while the rest of the spec is still wrong.

use super::{object, to_text, wire};
use crate::diagnostics::{Diagnostic, FieldPath};
use crate::input::parse_json;
use crate::names as n;
use crate::role::Role;
use serde_json::Value;

/// `{names, diagnostics}`.
pub fn names_json(model_service: &str, _options: &str) -> String {
    let v = match parse_json(model_service) {
        Ok(v) => v,
        Err(d) => return no_names(d),
    };
    let meta = v.get("metadata");
    let name = meta.and_then(|m| m.get("name")).and_then(Value::as_str);
    let ns = meta.and_then(|m| m.get("namespace")).and_then(Value::as_str).unwrap_or("default");
    let Some(ms) = name else {
        let d = Diagnostic::error(
            "schema/required",
            FieldPath::root().field("metadata").field("name"),
            "metadata.name is required: every object name is derived from it",
        );
        return no_names(d);
    };
    let epp = n::epp_name(ms);
    // A table, not a json! literal: it keeps the wasm small.
    let table: [(&str, String); 17] = [
        ("decode", Role::Decode.deployment_name(ms)),
        ("prefill", Role::Prefill.deployment_name(ms)),
        ("podMonitorDecode", Role::Decode.pod_monitor_name(ms)),
        ("podMonitorPrefill", Role::Prefill.pod_monitor_name(ms)),
        ("epp", epp.clone()),
        ("eppServiceAccount", epp.clone()),
        ("eppService", epp.clone()),
        ("eppRole", epp.clone()),
        ("eppRoleBinding", epp.clone()),
        ("eppConfigMap", n::epp_config_map_name(ms)),
        ("eppSecret", n::epp_secret_name(ms)),
        ("clusterRbac", n::epp_cluster_rbac_name(ns, ms)),
        ("serviceMonitor", n::epp_service_monitor_name(ms)),
        ("destinationRule", epp.clone()),
        ("inferencePool", n::inference_pool_name(ms)),
        ("legacyInferencePool", epp),
        ("httpRoute", n::http_route_name(ms)),
    ];
    let mut names = serde_json::Map::new();
    for (k, v) in table {
        names.insert(k.to_string(), Value::String(v));
    }
    to_text(&object([("diagnostics", Value::Array(Vec::new())), ("names", Value::Object(names))]))
}

fn no_names(d: Diagnostic) -> String {
    to_text(&object([("diagnostics", wire(&[d])), ("names", Value::Object(serde_json::Map::new()))]))
}
