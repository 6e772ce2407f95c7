//! `gpu-vendor-mismatch` — warning.
//!
//! ## What it does
//! Flags resources of a GPU vendor domain (`nvidia.com/…`, `amd.com/…`, `habana.ai/…`,
//! `google.com/…`) that is not the vendor of `spec.accelerator.type` — including any of them with
//! `type: cpu`. Keys of the accelerator's own vendor (HAMi's `nvidia.com/gpumem` with `nvidia`)
//! are fine.
//!
//! ## Why it matters
//! The operator injects only the accelerator's resource and leaves other keys alone, so the pod
//! asks for both vendors' devices (or GPUs on a CPU deployment) and stays Pending on every node
//! that lacks one of them — usually all of them.
//!
//! ## Example
//! ```yaml
//! accelerator: {type: amd}
//! decode: {resources: {limits: {nvidia.com/gpu: 1}}}
//! ```
//!
//! ## Use instead
//! ```yaml
//! accelerator: {type: nvidia}
//! ```

use super::Ctx;
use crate::diagnostics::{Diagnostic, Severity};
use crate::gpu::{gpu_accelerators, gpu_resource_name, Accelerator};

pub const CODE: &str = "gpu-vendor-mismatch";
pub const SEVERITY: Severity = Severity::Warning;

pub fn check(ctx: &Ctx) -> Vec<Diagnostic> {
    let ty = ctx.ms.spec.accelerator.type_.as_str();
    let mut out = Vec::new();
    for (role, r) in ctx.roles() {
        for (map_name, map) in [("limits", &r.resources.limits), ("requests", &r.resources.requests)] {
            for key in map.iter().flatten().map(|(k, _)| k) {
                // `a.domain() == Some(domain)` without splitting every vendor's resource name again.
                let Some((domain, _)) = key.split_once('/') else { continue };
                let of_domain = |a: &&Accelerator| a.resource.strip_prefix(domain).is_some_and(|r| r.starts_with('/'));
                let Some(vendor) = gpu_accelerators().find(of_domain).map(|a| a.type_) else { continue };
                if vendor == ty {
                    continue;
                }
                let injected = match gpu_resource_name(ty) {
                    "" => "no accelerator".to_string(),
                    n => n.to_string(),
                };
                out.push(
                    Diagnostic::new(
                        CODE,
                        SEVERITY,
                        role.path().field("resources").field(map_name).key(key),
                        format!(
                            "{} is a resource of accelerator type {vendor} but accelerator.type is {ty:?} (the operator requests \
                             {injected}): the {role} pods ask for devices no single node is likely to have",
                            super::syntax::short(key)
                        ),
                    )
                    .with_hint(format!("set accelerator.type: {vendor}, or remove {}", super::syntax::short(key))),
                );
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
        let ms = |ty: &str, res: serde_json::Value| json!({"spec": {"accelerator": {"type": ty}, "decode": {"resources": res}}});
        table(
            check,
            CODE,
            SEVERITY,
            &[
                (ms("nvidia", json!({"limits": {"nvidia.com/gpu": 1, "nvidia.com/gpumem": 24000}})), &[]),
                (ms("intel-gaudi", json!({"limits": {"habana.ai/gaudi": 1}})), &[]),
                (ms("cpu", json!({"limits": {"cpu": 4, "example.com/fpga": 1}})), &[]),
                (
                    ms("amd", json!({"limits": {"nvidia.com/gpu": 1}})),
                    &["spec.decode.resources.limits[nvidia.com/gpu]"],
                ),
                (
                    ms("cpu", json!({"requests": {"nvidia.com/gpu": 1}, "limits": {"google.com/tpu": 4}})),
                    &["spec.decode.resources.limits[google.com/tpu]", "spec.decode.resources.requests[nvidia.com/gpu]"],
                ),
                (
                    json!({"spec": {"accelerator": {"type": "google"}, "prefill": {"resources": {"limits": {"amd.com/gpu": 1}}}}}),
                    &["spec.prefill.resources.limits[amd.com/gpu]"],
                ),
            ],
        );
    }
}
