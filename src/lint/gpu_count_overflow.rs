//! `gpu-count-overflow` — warning.
//!
//! ## What it does
//! Flags a role whose accelerator count `max(tensor,1) × max(dataLocal,1)` is 2³¹ or more, when
//! the operator wraps it to 0 or to a positive number. (A wrap to a negative number is
//! `gpu-count-negative`.) Only for GPU accelerator types; `cpu` injects nothing.
//!
//! ## Why it matters
//! Operator v1.0.1 multiplies in Go `int32`, which wraps silently: `tensor: 65536, dataLocal:
//! 65536` gives 0, so the pods get no accelerator resource at all; `65537 × 65537` gives 131073.
//! The API server accepts the Deployment with the wrapped count, which is not what the spec says.
//!
//! ## Example
//! ```yaml
//! decode: {parallelism: {tensor: 65536, dataLocal: 65536}}
//! ```
//!
//! ## Use instead
//! ```yaml
//! decode: {parallelism: {tensor: 8, dataLocal: 1}}
//! ```

use super::Ctx;
use crate::diagnostics::{Diagnostic, Severity};
use crate::gpu::{gpu_count_overflow, gpu_resource_name};
use crate::role::Role;

pub const CODE: &str = "gpu-count-overflow";
pub const SEVERITY: Severity = Severity::Warning;

/// `(role, tensor, dataLocal, exact product, wrapped product)` of every role whose accelerator
/// count wraps, for a GPU accelerator type.
pub(super) fn overflows(ctx: &Ctx) -> Vec<(Role, i32, i32, i64, i32)> {
    let ty = &ctx.ms.spec.accelerator.type_;
    if ty == "cpu" || gpu_resource_name(ty).is_empty() {
        return Vec::new();
    }
    ctx.roles()
        .filter_map(|(role, r)| {
            let (exact, wrapped) = gpu_count_overflow(r.parallelism.as_ref())?;
            let p = r.parallelism.unwrap_or_default();
            Some((role, p.tensor.max(1), p.data_local.max(1), exact, wrapped))
        })
        .collect()
}

/// The shared first half of both messages.
pub(super) fn product(tensor: i32, data_local: i32, exact: i64, wrapped: i32) -> String {
    format!(
        "tensor {tensor} × dataLocal {data_local} = {exact} accelerators per pod does not fit in a 32-bit integer: \
         operator v1.0.1 computes it in Go int32, which wraps to {wrapped}"
    )
}

pub fn check(ctx: &Ctx) -> Vec<Diagnostic> {
    let name = gpu_resource_name(&ctx.ms.spec.accelerator.type_);
    overflows(ctx)
        .into_iter()
        .filter(|o| o.4 >= 0)
        .map(|(role, t, dl, exact, wrapped)| {
            let effect = if wrapped == 0 {
                format!("so it injects no {name} at all: the {role} pods get no accelerator")
            } else {
                format!("so the {role} pods request {name}: {wrapped}")
            };
            Diagnostic::new(
                CODE,
                SEVERITY,
                role.path().field("parallelism"),
                format!("{}, {effect}", product(t, dl, exact, wrapped)),
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
        let mut both = par("decode", 65536, 65536);
        crate::lint::testing::merge(&mut both, &par("prefill", 65537, 65537));
        table(
            check,
            CODE,
            SEVERITY,
            &[
                (par("decode", 46340, 46340), &[]),  // 2147395600 fits
                (par("decode", 2147483647, 1), &[]), // the largest count that fits
                (par("decode", 65536, 32768), &[]),  // wraps negative: gpu-count-negative
                (par("decode", 65536, 65536), &["spec.decode.parallelism"]),
                (both, &["spec.decode.parallelism", "spec.prefill.parallelism"]),
                (par("prefill", 2147483647, 3), &["spec.prefill.parallelism"]), // wraps to 2147483645
                (
                    json!({"spec": {"accelerator": {"type": "cpu"}, "decode": {"parallelism": {"tensor": 65536, "dataLocal": 65536}}}}),
                    &[],
                ),
            ],
        );
    }

    #[test]
    fn messages() {
        let zero = run(check, &par("decode", 65536, 65536));
        assert_eq!(
            zero[0].message,
            "tensor 65536 × dataLocal 65536 = 4294967296 accelerators per pod does not fit in a 32-bit integer: \
             operator v1.0.1 computes it in Go int32, which wraps to 0, so it injects no nvidia.com/gpu at all: the \
             decode pods get no accelerator"
        );
        let positive = run(check, &par("decode", 65537, 65537));
        assert_eq!(
            positive[0].message,
            "tensor 65537 × dataLocal 65537 = 4295098369 accelerators per pod does not fit in a 32-bit integer: \
             operator v1.0.1 computes it in Go int32, which wraps to 131073, so the decode pods request \
             nvidia.com/gpu: 131073"
        );
    }
}
