//! `image-epp-pd-parameters-rejected` — warning.
//!
//! ## What it does
//! With `spec.prefill` (the EPP loads `pd-config.yaml`), flags an endpoint-picker image from
//! llm-d-router v0.9.0 on (`llm-d-router-endpoint-picker`, release candidates included).
//!
//! ## Why it matters
//! The P/D plugin config of operator v1.0.1 gives `prefix-cache-scorer` the parameters
//! `maxPrefixBlocksToMatch` and `lruCapacityPerServer`. Since gateway-api-inference-extension
//! v1.5.0 they belong to `approx-prefix-cache-producer` and the scorer ignores them (v0.8.0);
//! llm-d-router v0.9.0 decodes plugin parameters strictly (llm-d-router#1134), so the EPP exits
//! at start with "failed to decode prefix cache scorer parameters: json: unknown field
//! \"maxPrefixBlocksToMatch\"" once past the feature gate of `image-epp-pd-gate-removed`.
//!
//! ## Example
//! ```yaml
//! prefill: {}
//! inferencePool: {endpointPicker: {image: ghcr.io/llm-d/llm-d-router-endpoint-picker:v0.9.0}}
//! ```
//!
//! ## Use instead
//! ```yaml
//! prefill: {}
//! inferencePool: {endpointPicker: {image: ghcr.io/llm-d/llm-d-inference-scheduler:v0.7.1}}
//! ```

use super::image_release::{check as boundary, Boundary, Component, Release};
use super::Ctx;
use crate::diagnostics::{Diagnostic, Severity};

pub const CODE: &str = "image-epp-pd-parameters-rejected";
pub const SEVERITY: Severity = Severity::Warning;

pub static BOUNDARY: Boundary = Boundary {
    code: CODE,
    component: Component::Epp,
    from: true,
    at: Release(0, 9, 0, Some(1)),
    trigger: |u| u.pd.then(|| "pd-config.yaml".to_string()),
    failure: "it decodes plugin parameters strictly (llm-d-router v0.9.0) and prefix-cache-scorer no longer takes \
              maxPrefixBlocksToMatch or lruCapacityPerServer, which operator v1.0.1 sets in {flag}: past the feature \
              gate, the EPP would exit at start with \"json: unknown field \\\"maxPrefixBlocksToMatch\\\"\"",
};

pub fn check(ctx: &Ctx) -> Vec<Diagnostic> {
    boundary(ctx, &BOUNDARY)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lint::testing::{epp_image as epp, run, table};

    #[test]
    fn boundary_tags() {
        let at: &[&str] = &["spec.inferencePool.endpointPicker.image"];
        table(
            check,
            CODE,
            SEVERITY,
            &[
                // The last release that accepts (and ignores) the parameters; it fails on the gate.
                (epp("ghcr.io/llm-d/llm-d-inference-scheduler:v0.8.0", true), &[]),
                (epp("ghcr.io/llm-d/llm-d-router-endpoint-picker:v0.9.0-rc.1", true), at), // the first failing
                (epp("ghcr.io/llm-d/llm-d-router-endpoint-picker:v0.10.0", true), at),
                (epp("ghcr.io/llm-d/llm-d-router-endpoint-picker:v0.10.0", false), &[]),
                // Never published under the old name: only image-rename-boundary.
                (epp("ghcr.io/llm-d/llm-d-inference-scheduler:v0.9.0", true), &[]),
            ],
        );
    }

    #[test]
    fn message() {
        let d = run(check, &epp("ghcr.io/llm-d/llm-d-router-endpoint-picker:v0.9.0", true));
        assert_eq!(
            d[0].message,
            "\"ghcr.io/llm-d/llm-d-router-endpoint-picker:v0.9.0\" is llm-d-router-endpoint-picker v0.9.0: it decodes \
             plugin parameters strictly (llm-d-router v0.9.0) and prefix-cache-scorer no longer takes \
             maxPrefixBlocksToMatch or lruCapacityPerServer, which operator v1.0.1 sets in pd-config.yaml: past the \
             feature gate, the EPP would exit at start with \"json: unknown field \\\"maxPrefixBlocksToMatch\\\"\""
        );
        assert_eq!(
            d[0].hint.as_deref(),
            Some(
                "use ghcr.io/llm-d/llm-d-inference-scheduler:v0.7.1, which accepts what operator v1.0.1 generates here"
            )
        );
    }
}
