//! `gpu-overwritten` — warning.
//!
//! ## What it does
//! Compares a GPU resource the user set on a role (`limits` or `requests` of the accelerator's
//! resource, e.g. `nvidia.com/gpu`) with the count the operator injects: `max(tensor,1) ×
//! max(dataLocal,1)` (`data` does not count). Equal values — the console writes
//! `nvidia.com/gpu: <tensor>` — are fine; other GPU-related keys such as HAMi's
//! `nvidia.com/gpumem` are never touched.
//!
//! ## Why it matters
//! The operator overwrites the key in both limits and requests, so a different value is silently
//! replaced: the pod gets the computed number of GPUs, not the one written.
//!
//! ## Example
//! ```yaml
//! decode:
//!   parallelism: {tensor: 4}
//!   resources: {limits: {nvidia.com/gpu: 2}}
//! ```
//!
//! ## Use instead
//! ```yaml
//! decode:
//!   parallelism: {tensor: 2}   # or drop the resource: the operator sets nvidia.com/gpu: 2
//! ```

use super::Ctx;
use crate::diagnostics::{Diagnostic, Severity};
use crate::gpu::{gpu_count, gpu_resource_name};
use crate::quantity::{parse, Format, ParsedQuantity};

pub const CODE: &str = "gpu-overwritten";
pub const SEVERITY: Severity = Severity::Warning;

pub fn check(ctx: &Ctx) -> Vec<Diagnostic> {
    let ty = &ctx.ms.spec.accelerator.type_;
    let name = gpu_resource_name(ty);
    if name.is_empty() || ty == "cpu" {
        return Vec::new();
    }
    let mut out = Vec::new();
    for (role, r) in ctx.roles() {
        let count = gpu_count(r.parallelism.as_ref());
        if count <= 0 {
            // Wrapped to 0: nothing is injected, the user's value stays. Wrapped negative:
            // gpu-count-negative reports the rejected Deployment.
            continue;
        }
        let p = r.parallelism.unwrap_or_default();
        let want = ParsedQuantity::from_int(i64::from(count), Format::DecimalSI);
        for (map_name, map) in [("limits", &r.resources.limits), ("requests", &r.resources.requests)] {
            let Some(v) = map.as_ref().and_then(|m| m.get(name)) else { continue };
            let Ok(q) = parse(&v.0) else { continue };
            if q == want {
                continue;
            }
            out.push(
                Diagnostic::new(
                    CODE,
                    SEVERITY,
                    role.path().field("resources").field(map_name).key(name),
                    format!(
                        "{name}: {} is overwritten: the operator sets {name} to {count} (tensor {} × dataLocal {}) in \
                         both limits and requests of the {role} pods",
                        v.0,
                        p.tensor.max(1),
                        p.data_local.max(1)
                    ),
                )
                .with_hint(format!("remove it, or set spec.{role}.parallelism so that tensor × dataLocal = {}", v.0)),
            );
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lint::testing::{console_specs, merge, run, table};
    use serde_json::json;

    #[test]
    fn table_() {
        let role = |p: serde_json::Value, res: serde_json::Value| json!({"spec": {"decode": {"parallelism": p, "resources": res}}});
        table(
            check,
            CODE,
            SEVERITY,
            &[
                // The count wraps to 0 in int32: nothing is injected, the user's 4 stays.
                (role(json!({"tensor": 65536, "dataLocal": 65536}), json!({"limits": {"nvidia.com/gpu": 4}})), &[]),
                // Wraps negative: gpu-count-negative reports it.
                (role(json!({"tensor": 65536, "dataLocal": 32768}), json!({"limits": {"nvidia.com/gpu": 4}})), &[]),
                (
                    role(
                        json!({"tensor": 2}),
                        json!({"limits": {"nvidia.com/gpu": 2}, "requests": {"nvidia.com/gpu": "2"}}),
                    ),
                    &[],
                ),
                (role(json!({"tensor": 2, "dataLocal": 2}), json!({"limits": {"nvidia.com/gpu": 4}})), &[]),
                (role(json!({"tensor": 1, "data": 4}), json!({"limits": {"nvidia.com/gpu": "1000m"}})), &[]),
                (role(json!({"tensor": 4}), json!({"limits": {"nvidia.com/gpumem": 24000, "amd.com/gpu": 1}})), &[]),
                (
                    role(json!({"tensor": 4}), json!({"limits": {"nvidia.com/gpu": 2}})),
                    &["spec.decode.resources.limits[nvidia.com/gpu]"],
                ),
                (
                    role(
                        json!({"tensor": 1}),
                        json!({"limits": {"nvidia.com/gpu": 2}, "requests": {"nvidia.com/gpu": 2}}),
                    ),
                    &["spec.decode.resources.limits[nvidia.com/gpu]", "spec.decode.resources.requests[nvidia.com/gpu]"],
                ),
                (
                    json!({"spec": {"prefill": {"resources": {"requests": {"nvidia.com/gpu": 8}}}}}),
                    &["spec.prefill.resources.requests[nvidia.com/gpu]"],
                ),
                (
                    json!({"spec": {"accelerator": {"type": "cpu"}, "decode": {"resources": {"limits": {"nvidia.com/gpu": 2}}}}}),
                    &[],
                ),
                (
                    json!({"spec": {"accelerator": {"type": "amd"}, "decode": {"resources": {"limits": {"amd.com/gpu": 2}}}}}),
                    &["spec.decode.resources.limits[amd.com/gpu]"],
                ),
            ],
        );
    }

    #[test]
    fn console_specs_pass() {
        for spec in console_specs() {
            let mut patch = json!({});
            merge(&mut patch, &spec);
            assert_eq!(run(check, &patch), vec![]);
        }
    }
}
