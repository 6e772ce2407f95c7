//! `gpu-count-negative` — error.
//!
//! ## What it does
//! Flags a role whose accelerator count `max(tensor,1) × max(dataLocal,1)` is 2³¹ or more and
//! wraps to a negative number in the operator's 32-bit arithmetic (`65536 × 32768`). Only for GPU
//! accelerator types; `cpu` injects nothing.
//!
//! ## Why it matters
//! Operator v1.0.1 multiplies in Go `int32`: `65536 × 32768` becomes −2147483648, and the
//! operator writes that as the accelerator quantity (`nvidia.com/gpu: "-2147483648"`) in limits
//! and requests. The API server rejects the Deployment (resources must not be negative) and the
//! reconcile stops at that step.
//!
//! ## Example
//! ```yaml
//! decode: {parallelism: {tensor: 65536, dataLocal: 32768}}
//! ```
//!
//! ## Use instead
//! ```yaml
//! decode: {parallelism: {tensor: 8, dataLocal: 2}}
//! ```

use super::gpu_count_overflow::{overflows, product};
use super::Ctx;
use crate::diagnostics::{Diagnostic, Severity};
use crate::gpu::gpu_resource_name;

pub const CODE: &str = "gpu-count-negative";
pub const SEVERITY: Severity = Severity::Error;

pub fn check(ctx: &Ctx) -> Vec<Diagnostic> {
    let name = gpu_resource_name(&ctx.ms.spec.accelerator.type_);
    let n = &ctx.ms.metadata.name;
    overflows(ctx)
        .into_iter()
        .filter(|o| o.4 < 0)
        .map(|(role, t, dl, exact, wrapped)| {
            let deploy = role.deployment_name(n);
            Diagnostic::new(
                CODE,
                SEVERITY,
                role.path().field("parallelism"),
                format!(
                    "{}, and writes {name}: \"{wrapped}\" into the Deployment `{}`, which the API server rejects \
                     (resources must not be negative)",
                    product(t, dl, exact, wrapped),
                    super::syntax::cut(&deploy)
                ),
            )
            .with_hint("tensor × dataLocal is the number of accelerators in one pod: keep it below 2147483648")
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lint::testing::{run, table};
    use serde_json::json;

    fn par(role: &str, tensor: i64, data_local: i64) -> serde_json::Value {
        json!({"spec": {role: {"parallelism": {"tensor": tensor, "dataLocal": data_local}}}})
    }

    #[test]
    fn table_() {
        table(
            check,
            CODE,
            SEVERITY,
            &[
                (par("decode", 65536, 16384), &[]), // 2^30
                (par("decode", 65536, 65536), &[]), // wraps to 0: gpu-count-overflow
                (par("decode", 65536, 32768), &["spec.decode.parallelism"]),
                (par("prefill", 2147483647, 3), &[]), // wraps to 2147483645: gpu-count-overflow
                (par("prefill", 2147483647, 2), &["spec.prefill.parallelism"]), // wraps to -2
                (
                    json!({"spec": {"accelerator": {"type": "amd"}, "decode": {"parallelism": {"tensor": 3, "dataLocal": 1431655765}}}}),
                    &["spec.decode.parallelism"], // 4294967295 wraps to -1
                ),
                (
                    json!({"spec": {"accelerator": {"type": "cpu"}, "decode": {"parallelism": {"tensor": 65536, "dataLocal": 32768}}}}),
                    &[],
                ),
            ],
        );
    }

    #[test]
    fn message() {
        let d = run(check, &par("decode", 65536, 32768));
        assert_eq!(
            d[0].message,
            "tensor 65536 × dataLocal 32768 = 2147483648 accelerators per pod does not fit in a 32-bit integer: \
             operator v1.0.1 computes it in Go int32, which wraps to -2147483648, and writes nvidia.com/gpu: \
             \"-2147483648\" into the Deployment `qwen3-decode`, which the API server rejects (resources must not \
             be negative)"
        );
    }
}
