//! `data-not-multiple-of-data-local` — warning.
//!
//! ## What it does
//! Checks, per role, that `parallelism.data` (the total data-parallel size) is a multiple of
//! `parallelism.dataLocal` (the ranks in one pod), both taken as at least 1 like the operator does.
//!
//! ## Why it matters
//! vLLM splits `--data-parallel-size` into pods of `--data-parallel-size-local` ranks; a remainder
//! (including `dataLocal` > `data`) leaves ranks that never start, and vLLM refuses to start or
//! waits forever for them. The operator requests `tensor × dataLocal` GPUs per pod regardless.
//!
//! ## Example
//! ```yaml
//! decode: {parallelism: {data: 3, dataLocal: 2}}
//! ```
//!
//! ## Use instead
//! ```yaml
//! decode: {parallelism: {data: 4, dataLocal: 2}}
//! ```

use super::Ctx;
use crate::diagnostics::{Diagnostic, Severity};

pub const CODE: &str = "data-not-multiple-of-data-local";
pub const SEVERITY: Severity = Severity::Warning;

pub fn check(ctx: &Ctx) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for (role, r) in ctx.roles() {
        let Some(p) = r.parallelism else { continue };
        let (data, local) = (p.data.max(1), p.data_local.max(1));
        if data % local == 0 {
            continue;
        }
        let suggestion = (data / local + 1) * local;
        out.push(
            Diagnostic::new(
                CODE,
                SEVERITY,
                role.path().field("parallelism").field("data"),
                format!(
                    "parallelism.data {data} is not a multiple of dataLocal {local}: vLLM cannot split {data} \
                     data-parallel ranks into pods of {local}"
                ),
            )
            .with_hint(format!("use data: {suggestion}, or a dataLocal that divides {data}")),
        );
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
        let par = |role: &str, p: serde_json::Value| json!({"spec": {role: {"parallelism": p}}});
        table(
            check,
            CODE,
            SEVERITY,
            &[
                (json!({}), &[]),
                (par("decode", json!({})), &[]),
                (par("decode", json!({"data": 4, "dataLocal": 2})), &[]),
                (par("decode", json!({"data": 3})), &[]),
                (par("decode", json!({"data": 3, "dataLocal": 2})), &["spec.decode.parallelism.data"]),
                (par("decode", json!({"dataLocal": 2})), &["spec.decode.parallelism.data"]),
                (par("prefill", json!({"data": 2, "dataLocal": 4})), &["spec.prefill.parallelism.data"]),
            ],
        );
    }
}
