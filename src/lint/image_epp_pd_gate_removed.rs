//! `image-epp-pd-gate-removed` — warning.
//!
//! ## What it does
//! With `spec.prefill` (the EPP loads `pd-config.yaml`), flags an endpoint-picker image from
//! llm-d-inference-scheduler v0.8.0 on (its release candidates and llm-d-router included).
//!
//! ## Why it matters
//! The P/D plugin config of operator v1.0.1 sets `featureGates: [prepareDataPlugins]`.
//! gateway-api-inference-extension v1.5.0 (which v0.8.0 builds on) removed that gate, and an
//! unknown gate is fatal: the EPP exits at start with "feature gate 'prepareDataPlugins' is
//! unknown or unregistered" (`pkg/epp/config/loader`), and llm-d-router v0.9.0 and v0.10.0 do
//! the same. Every request through the Gateway then fails or skips the EPP.
//!
//! ## Example
//! ```yaml
//! prefill: {}
//! inferencePool: {endpointPicker: {image: ghcr.io/llm-d/llm-d-inference-scheduler:v0.8.0}}
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

pub const CODE: &str = "image-epp-pd-gate-removed";
pub const SEVERITY: Severity = Severity::Warning;

pub static BOUNDARY: Boundary = Boundary {
    code: CODE,
    component: Component::Epp,
    from: true,
    at: Release(0, 8, 0, Some(1)),
    trigger: |u| u.pd.then(|| "pd-config.yaml".to_string()),
    failure: "the feature gate prepareDataPlugins that operator v1.0.1 writes into {flag} was removed in v0.8.0 \
              (gateway-api-inference-extension v1.5.0) and an unknown gate is fatal: the EPP exits at start with \
              \"feature gate 'prepareDataPlugins' is unknown or unregistered\"",
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
        let img = |t: &str| format!("ghcr.io/llm-d/llm-d-inference-scheduler:{t}");
        table(
            check,
            CODE,
            SEVERITY,
            &[
                (epp(&img("v0.7.1"), true), &[]),     // the last working
                (epp(&img("v0.8.0-rc.1"), true), at), // the first failing
                (epp(&img("v0.8.0"), true), at),
                (epp("ghcr.io/llm-d/llm-d-router-endpoint-picker:v0.10.0", true), at),
                (epp(&img("v0.8.0"), false), &[]),
                (epp(&img("gaie-1.5-sync"), true), &[]),
            ],
        );
    }

    #[test]
    fn message() {
        let d = run(check, &epp("ghcr.io/llm-d/llm-d-inference-scheduler:v0.8.0", true));
        assert_eq!(
            d[0].message,
            "\"ghcr.io/llm-d/llm-d-inference-scheduler:v0.8.0\" is llm-d-inference-scheduler v0.8.0: the feature gate \
             prepareDataPlugins that operator v1.0.1 writes into pd-config.yaml was removed in v0.8.0 \
             (gateway-api-inference-extension v1.5.0) and an unknown gate is fatal: the EPP exits at start with \
             \"feature gate 'prepareDataPlugins' is unknown or unregistered\""
        );
        assert_eq!(
            d[0].hint.as_deref(),
            Some(
                "use ghcr.io/llm-d/llm-d-inference-scheduler:v0.7.1, which accepts what operator v1.0.1 generates here"
            )
        );
    }
}
