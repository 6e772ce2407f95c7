//! `resource-quantity-invalid` — error.
//!
//! ## What it does
//! Flags resource quantities the API server refuses on a container although they match the CRD's
//! quantity pattern: negative values (`-1`), and fractional amounts of an extended resource
//! (`nvidia.com/gpumem: 0.5`, `example.com/fpga: 500m`), which must be whole numbers. Keys the
//! operator overwrites (the accelerator's GPU resource) are not checked — unless its 32-bit
//! count wraps to 0, when nothing is injected and the user's value is what the pod gets.
//!
//! ## Why it matters
//! The ModelService is accepted; the Deployment carrying the value is rejected.
//!
//! ## Example
//! ```yaml
//! decode: {resources: {limits: {nvidia.com/gpumem: "0.5", memory: -1Gi}}}
//! ```
//!
//! ## Use instead
//! ```yaml
//! decode: {resources: {limits: {nvidia.com/gpumem: 24000, memory: 64Gi}}}
//! ```

use super::resources::{is_extended, key_path, targets};
use super::Ctx;
use crate::diagnostics::{Diagnostic, Severity};

pub const CODE: &str = "resource-quantity-invalid";
pub const SEVERITY: Severity = Severity::Error;

pub fn check(ctx: &Ctx) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for t in targets(ctx) {
        for (map_name, user, effective) in
            [("limits", &t.user.limits, &t.limits), ("requests", &t.user.requests, &t.requests)]
        {
            for (key, q) in effective.iter() {
                let key = *key;
                // Only what the user wrote and the container keeps: an injected accelerator count
                // is the operator's (a negative one is gpu-count-negative).
                if !user.as_ref().is_some_and(|m| m.contains_key(key)) || t.injected == Some(key) {
                    continue;
                }
                let why = if q.is_negative() {
                    "must not be negative"
                } else if is_extended(key) && q.nanos() % 1_000_000_000 != 0 {
                    "must be a whole number: extended resources are counted in units"
                } else {
                    continue;
                };
                out.push(Diagnostic::new(
                    CODE,
                    SEVERITY,
                    key_path(t, map_name, key),
                    format!("{}: {q} {why}; the API server rejects {}", super::syntax::short(key), t.object()),
                ));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lint::testing::table;
    use serde_json::json;

    #[test]
    fn table_() {
        let dec = |res: serde_json::Value| json!({"spec": {"decode": {"resources": res}}});
        table(
            check,
            CODE,
            SEVERITY,
            &[
                (
                    dec(
                        json!({"limits": {"cpu": "500m", "memory": "1Gi", "nvidia.com/gpumem": 24000, "example.com/x": "2k"}}),
                    ),
                    &[],
                ),
                (dec(json!({"limits": {"nvidia.com/gpu": "0.5"}})), &[]),
                (
                    json!({"spec": {"decode": {"parallelism": {"tensor": 65536, "dataLocal": 65536},
                                               "resources": {"limits": {"nvidia.com/gpu": "0.5"}}}}}),
                    &["spec.decode.resources.limits[nvidia.com/gpu]"],
                ),
                (
                    json!({"spec": {"decode": {"parallelism": {"tensor": 65536, "dataLocal": 32768},
                                               "resources": {"limits": {"nvidia.com/gpu": "1"}}}}}),
                    &[],
                ),
                (dec(json!({"limits": {"memory": "-1Gi"}})), &["spec.decode.resources.limits[memory]"]),
                (
                    dec(json!({"limits": {"nvidia.com/gpumem": "0.5"}, "requests": {"example.com/fpga": "500m"}})),
                    &[
                        "spec.decode.resources.limits[nvidia.com/gpumem]",
                        "spec.decode.resources.requests[example.com/fpga]",
                    ],
                ),
                (
                    json!({"spec": {"inferencePool": {"endpointPicker": {"resources": {"requests": {"cpu": "-1"}}}}}}),
                    &["spec.inferencePool.endpointPicker.resources.requests[cpu]"],
                ),
            ],
        );
    }
}
