//! `mooncake-tensor-mismatch` — warning.
//!
//! ## What it does
//! With a Mooncake connector (`routingProxy.connector` containing `mooncake`, any case) and
//! `spec.prefill`, compares `parallelism.tensor` of prefill and decode (each at least 1).
//!
//! ## Why it matters
//! Mooncake transfers the KV cache rank-to-rank and needs the same tensor-parallel layout on both
//! sides (unlike NIXL, which can re-shard heterogeneous TP). With different sizes the transfer
//! fails or every request falls back to a local prefill on the decode pods.
//!
//! ## Example
//! ```yaml
//! routingProxy: {connector: mooncake}
//! decode: {parallelism: {tensor: 4}}
//! prefill: {parallelism: {tensor: 2}}
//! ```
//!
//! ## Use instead
//! ```yaml
//! routingProxy: {connector: mooncake}
//! decode: {parallelism: {tensor: 4}}
//! prefill: {parallelism: {tensor: 4}}
//! ```

use super::Ctx;
use crate::diagnostics::{Diagnostic, Severity};
use crate::role::Role;

pub const CODE: &str = "mooncake-tensor-mismatch";
pub const SEVERITY: Severity = Severity::Warning;

pub fn check(ctx: &Ctx) -> Vec<Diagnostic> {
    let s = &ctx.ms.spec;
    let (Some(rp), Some(prefill)) = (&s.routing_proxy, &s.prefill) else { return Vec::new() };
    if !rp.connector.to_ascii_lowercase().contains("mooncake") {
        return Vec::new();
    }
    let tp = |p: Option<crate::model::Parallelism>| p.unwrap_or_default().tensor.max(1);
    let (d, p) = (tp(s.decode.parallelism), tp(prefill.parallelism));
    if d == p {
        return Vec::new();
    }
    vec![Diagnostic::new(
        CODE,
        SEVERITY,
        Role::Prefill.path().field("parallelism").field("tensor"),
        format!(
            "connector {} with tensor parallelism {p} on prefill but {d} on decode: Mooncake moves the KV cache \
             rank to rank and needs the same tensor-parallel size on both sides",
            super::syntax::short(&rp.connector)
        ),
    )
    .with_hint(format!("set prefill.parallelism.tensor to {d}, or use the nixlv2 connector"))]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lint::testing::table;
    use serde_json::json;

    #[test]
    fn table_() {
        let ms = |conn: &str, d: serde_json::Value, p: serde_json::Value| json!({"spec": {"routingProxy": {"connector": conn}, "decode": d, "prefill": p}});
        let at: &[&str] = &["spec.prefill.parallelism.tensor"];
        table(
            check,
            CODE,
            SEVERITY,
            &[
                (ms("mooncake", json!({"parallelism": {"tensor": 2}}), json!({"parallelism": {"tensor": 2}})), &[]),
                (ms("nixlv2", json!({"parallelism": {"tensor": 4}}), json!({"parallelism": {"tensor": 2}})), &[]),
                (ms("mooncake", json!({}), json!({"parallelism": {"tensor": 1}})), &[]),
                (
                    json!({"spec": {"routingProxy": {"connector": "mooncake"}, "decode": {"parallelism": {"tensor": 4}}}}),
                    &[],
                ),
                (ms("mooncake", json!({"parallelism": {"tensor": 4}}), json!({"parallelism": {"tensor": 2}})), at),
                (ms("MoonCakeStore", json!({"parallelism": {"tensor": 2}}), json!({})), at),
            ],
        );
    }
}
