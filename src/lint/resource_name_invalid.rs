//! `resource-name-invalid` — error.
//!
//! ## What it does
//! Checks every key of `resources.limits`/`requests` (decode, prefill, endpointPicker) the way
//! the API server checks container resources: a name without a domain must be `cpu`, `memory`,
//! `ephemeral-storage` or `hugepages-<size>`; a domain-qualified name must be a valid qualified
//! name, and outside `kubernetes.io/` a valid extended resource (not starting with `requests.`).
//!
//! ## Why it matters
//! The CRD accepts any key, so a typo such as `memroy` or `gpu` passes, and the API server
//! rejects the Deployment that carries it.
//!
//! ## Example
//! ```yaml
//! decode: {resources: {limits: {memroy: 64Gi, gpu: 1}}}
//! ```
//!
//! ## Use instead
//! ```yaml
//! decode: {resources: {limits: {memory: 64Gi}}}   # nvidia.com/gpu is injected from parallelism
//! ```

use super::resources::{is_extended, is_native, key_path, targets};
use super::syntax::{closest_short, short};
use super::Ctx;
use crate::diagnostics::{Diagnostic, Severity};
use crate::gpu::gpu_resource_name;

pub const CODE: &str = "resource-name-invalid";
pub const SEVERITY: Severity = Severity::Error;
const STANDARD: &[&str] = &["cpu", "memory", "ephemeral-storage"];

fn problem(key: &str) -> Option<String> {
    if let Err(e) = super::syntax::qualified_name(key) {
        return Some(format!("is not a valid resource name: {e}"));
    }
    if !key.contains('/') {
        return (!STANDARD.contains(&key) && !key.starts_with("hugepages-"))
            .then(|| "is not a container resource: without a domain only cpu, memory, ephemeral-storage and hugepages-<size> exist".into());
    }
    (!is_native(key) && !is_extended(key))
        .then(|| "is not a valid extended resource name (it must not start with `requests.`)".into())
}

pub fn check(ctx: &Ctx) -> Vec<Diagnostic> {
    let gpu = gpu_resource_name(&ctx.ms.spec.accelerator.type_);
    let mut out = Vec::new();
    for t in targets(ctx) {
        for (map_name, map) in [("limits", &t.user.limits), ("requests", &t.user.requests)] {
            for key in map.iter().flat_map(|m| m.keys()) {
                let Some(why) = problem(key) else { continue };
                let mut d = Diagnostic::new(
                    CODE,
                    SEVERITY,
                    key_path(t, map_name, key),
                    format!("{} {why}; the API server rejects {}", short(key), t.object()),
                );
                let bare = key.rsplit('/').next().unwrap_or(key).to_ascii_lowercase();
                if matches!(bare.as_str(), "gpu" | "gpus" | "tpu" | "gaudi") && !gpu.is_empty() {
                    d = d.with_hint(format!(
                        "leave it out: the operator adds {gpu} from parallelism (tensor × dataLocal)"
                    ));
                } else if let Some(s) = closest_short(key, STANDARD) {
                    d = d.with_hint(format!("did you mean {s:?}?"));
                }
                out.push(d);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lint::testing::{run, table};
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
                        json!({"limits": {"cpu": 1, "memory": "1Gi", "ephemeral-storage": "1Gi", "hugepages-2Mi": "1Gi", "nvidia.com/gpumem": 1, "kubernetes.io/x": 1}}),
                    ),
                    &[],
                ),
                (dec(json!({"limits": {"memroy": "1Gi"}})), &["spec.decode.resources.limits[memroy]"]),
                (
                    dec(json!({"requests": {"gpu": 1}, "limits": {"requests.nvidia.com/gpu": 1}})),
                    &["spec.decode.resources.limits[requests.nvidia.com/gpu]", "spec.decode.resources.requests[gpu]"],
                ),
                (
                    dec(json!({"limits": {"a/b/c": 1, "Nvidia.com/gpu": 1}})),
                    &["spec.decode.resources.limits[Nvidia.com/gpu]", "spec.decode.resources.limits[a/b/c]"],
                ),
                (
                    json!({"spec": {"inferencePool": {"endpointPicker": {"resources": {"requests": {"CPU": 1}}}}}}),
                    &["spec.inferencePool.endpointPicker.resources.requests[CPU]"],
                ),
            ],
        );
        assert_eq!(
            run(check, &dec(json!({"limits": {"memroy": "1Gi"}})))[0].hint.as_deref(),
            Some("did you mean \"memory\"?")
        );
        assert!(run(check, &dec(json!({"limits": {"gpu": 1}})))[0].hint.as_deref().unwrap().contains("nvidia.com/gpu"));
    }
}
