//! `requests-exceed-limits` — error.
//!
//! ## What it does
//! Compares each request with the limit of the same resource, as quantities (`1Gi` = `1024Mi`,
//! `500m` = `0.5`), on decode, prefill and the endpoint picker. Extended resources and hugepages,
//! which must be *equal*, are `extended-resource-mismatch`.
//!
//! ## Why it matters
//! The CRD does not compare them, so the ModelService is accepted, but the API server rejects a
//! container whose request is greater than its limit: the Deployment is never created.
//!
//! ## Example
//! ```yaml
//! decode: {resources: {requests: {memory: 64Gi}, limits: {memory: 32Gi}}}
//! ```
//!
//! ## Use instead
//! ```yaml
//! decode: {resources: {requests: {memory: 32Gi}, limits: {memory: 64Gi}}}
//! ```

use super::resources::{key_path, overcommit_allowed, targets};
use super::Ctx;
use crate::diagnostics::{Diagnostic, Severity};

pub const CODE: &str = "requests-exceed-limits";
pub const SEVERITY: Severity = Severity::Error;

pub fn check(ctx: &Ctx) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for t in targets(ctx) {
        for (key, req) in t.requests.iter() {
            let Some((_, lim)) = t.limits.iter().find(|(k, _)| k == key) else { continue };
            if !overcommit_allowed(key) || req <= lim {
                continue;
            }
            out.push(
                Diagnostic::new(
                    CODE,
                    SEVERITY,
                    key_path(t, "requests", key),
                    format!(
                        "the {key} request {req} is greater than its limit {lim}: the API server rejects {}",
                        t.object()
                    ),
                )
                .with_hint(format!("lower the request or raise limits[{key}]")),
            );
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
        let res = |role: &str, r: serde_json::Value| json!({"spec": {role: {"resources": r}}});
        let ep = |r: serde_json::Value| json!({"spec": {"inferencePool": {"endpointPicker": {"resources": r}}}});
        table(
            check,
            CODE,
            SEVERITY,
            &[
                (
                    res(
                        "decode",
                        json!({"requests": {"cpu": "500m", "memory": "1Gi"}, "limits": {"cpu": 1, "memory": "1024Mi"}}),
                    ),
                    &[],
                ),
                (res("decode", json!({"requests": {"cpu": 8}})), &[]),
                (res("decode", json!({"requests": {"nvidia.com/gpu": 8}, "limits": {"nvidia.com/gpu": 1}})), &[]),
                (
                    res("decode", json!({"requests": {"memory": "2Gi"}, "limits": {"memory": "2000Mi"}})),
                    &["spec.decode.resources.requests[memory]"],
                ),
                (
                    res(
                        "prefill",
                        json!({"requests": {"cpu": "1.5", "ephemeral-storage": "1G"}, "limits": {"cpu": "1500m", "ephemeral-storage": "1e8"}}),
                    ),
                    &["spec.prefill.resources.requests[ephemeral-storage]"],
                ),
                (
                    ep(json!({"requests": {"cpu": 8}, "limits": {"cpu": 4}})),
                    &["spec.inferencePool.endpointPicker.resources.requests[cpu]"],
                ),
                (json!({"spec": {"inferencePool": {"endpointPicker": {}}}}), &[]),
            ],
        );
    }
}
