//! `extended-resource-mismatch` — error.
//!
//! ## What it does
//! For resources that cannot be overcommitted — extended resources such as HAMi's
//! `nvidia.com/gpumem`, and `hugepages-*` — checks that a request comes with a limit of the same
//! value. The accelerator's GPU resource is checked after the operator's injection, which always
//! sets both to the same count.
//!
//! ## Why it matters
//! The API server rejects a container with such a request and no limit ("Limit must be set for
//! non overcommitable resources") or a different limit ("must be equal to … limit"). A limit
//! alone is fine: the request defaults to it.
//!
//! ## Example
//! ```yaml
//! decode: {resources: {requests: {nvidia.com/gpumem: 24000}}}
//! ```
//!
//! ## Use instead
//! ```yaml
//! decode: {resources: {limits: {nvidia.com/gpumem: 24000}, requests: {nvidia.com/gpumem: 24000}}}
//! ```

use super::resources::{key_path, overcommit_allowed, targets};
use super::Ctx;
use crate::diagnostics::{Diagnostic, Severity};

pub const CODE: &str = "extended-resource-mismatch";
pub const SEVERITY: Severity = Severity::Error;

pub fn check(ctx: &Ctx) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for t in targets(ctx) {
        for (key, req) in t.requests.iter() {
            if overcommit_allowed(key) {
                continue;
            }
            let msg = match t.limits.iter().find(|(k, _)| k == key) {
                Some((_, lim)) if lim == req => continue,
                Some((_, lim)) => format!("the {key} request {req} differs from its limit {lim}"),
                None if t.has_limit(key) => continue,
                None => format!("{key} is requested ({req}) without a limit"),
            };
            out.push(
                Diagnostic::new(
                    CODE,
                    SEVERITY,
                    key_path(t, "requests", key),
                    format!("{msg}; {key} cannot be overcommitted, so the API server rejects {} unless request and limit are equal", t.object()),
                )
                .with_hint(format!("set limits[{key}] to the same value (or set only the limit)")),
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
        let dec = |r: serde_json::Value| json!({"spec": {"decode": {"resources": r}}});
        table(
            check,
            CODE,
            SEVERITY,
            &[
                (dec(json!({"requests": {"nvidia.com/gpumem": 24000}, "limits": {"nvidia.com/gpumem": "24k"}})), &[]),
                (dec(json!({"limits": {"nvidia.com/gpumem": 24000}})), &[]),
                (dec(json!({"requests": {"nvidia.com/gpu": 3}})), &[]),
                (dec(json!({"requests": {"cpu": 1}, "limits": {"cpu": 2}})), &[]),
                (
                    dec(json!({"requests": {"nvidia.com/gpumem": 24000}})),
                    &["spec.decode.resources.requests[nvidia.com/gpumem]"],
                ),
                (
                    dec(json!({"requests": {"hugepages-2Mi": "1Gi"}, "limits": {"hugepages-2Mi": "2Gi"}})),
                    &["spec.decode.resources.requests[hugepages-2Mi]"],
                ),
                (
                    json!({"spec": {"accelerator": {"type": "cpu"}, "decode": {"resources": {"requests": {"nvidia.com/gpu": 1}}}}}),
                    &["spec.decode.resources.requests[nvidia.com/gpu]"],
                ),
            ],
        );
    }
}
