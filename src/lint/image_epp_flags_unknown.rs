//! `image-epp-flags-unknown` — warning.
//!
//! ## What it does
//! Flags an endpoint-picker image older than llm-d-inference-scheduler v0.4.0 (the rc included):
//! `spec.inferencePool.endpointPicker.image`, or the operator's `--default-epp-image`
//! (`options.images.epp`) where that is used.
//!
//! ## Why it matters
//! Operator v1.0.1 always passes `--tracing=<bool>` (and `--metrics-endpoint-auth=false` with
//! metrics auth off). Releases up to v0.3.2 are built on gateway-api-inference-extension v1.0.0
//! or older, which has neither flag (v0.2.x and older not even `--pool-name`): the EPP exits at
//! start with "flag provided but not defined", and the InferencePool has no endpoint picker.
//! Source: llm-d-inference-scheduler v0.4.0 (`go.mod`: gateway-api-inference-extension v1.2.0,
//! `pkg/epp/server/options.go` there).
//!
//! ## Example
//! ```yaml
//! inferencePool: {endpointPicker: {image: ghcr.io/llm-d/llm-d-inference-scheduler:v0.3.2}}
//! ```
//!
//! ## Use instead
//! ```yaml
//! inferencePool: {endpointPicker: {image: ghcr.io/llm-d/llm-d-inference-scheduler:v0.6.0}}
//! ```

use super::image_release::{check as boundary, Boundary, Component, Release};
use super::Ctx;
use crate::diagnostics::{Diagnostic, Severity};

pub const CODE: &str = "image-epp-flags-unknown";
pub const SEVERITY: Severity = Severity::Warning;

pub static BOUNDARY: Boundary = Boundary {
    code: CODE,
    component: Component::Epp,
    from: false,
    at: Release(0, 4, 0, Some(1)),
    trigger: |u| u.flag(&["--tracing", "--metrics-endpoint-auth"]),
    failure: "its EPP (gateway-api-inference-extension v1.0.0 or older) has no {flag} flag, which operator v1.0.1 \
              passes, so it exits at start with \"flag provided but not defined\"",
};

pub fn check(ctx: &Ctx) -> Vec<Diagnostic> {
    boundary(ctx, &BOUNDARY)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lint::testing::{run, table};
    use serde_json::json;

    fn epp(img: &str) -> serde_json::Value {
        json!({"spec": {"inferencePool": {"endpointPicker": {"image": img}}}})
    }

    #[test]
    fn boundary_tags() {
        let at: &[&str] = &["spec.inferencePool.endpointPicker.image"];
        table(
            check,
            CODE,
            SEVERITY,
            &[
                (epp("ghcr.io/llm-d/llm-d-inference-scheduler:v0.3.2"), at), // the newest failing
                (epp("ghcr.io/llm-d/llm-d-inference-scheduler:v0.4.0-rc.1"), &[]), // the oldest working
                (epp("ghcr.io/llm-d/llm-d-inference-scheduler:v0.1.0"), at),
                (epp("ghcr.io/llm-d/llm-d-inference-scheduler:latest"), &[]),
                (epp("example.com/my-epp:v0.1.0"), &[]),
            ],
        );
    }

    #[test]
    fn message() {
        let d = run(check, &epp("mirror.local/llm-d/llm-d-inference-scheduler:v0.3.2"));
        assert_eq!(
            d[0].message,
            "\"mirror.local/llm-d/llm-d-inference-scheduler:v0.3.2\" is llm-d-inference-scheduler v0.3.2: its EPP \
             (gateway-api-inference-extension v1.0.0 or older) has no --tracing flag, which operator v1.0.1 passes, so \
             it exits at start with \"flag provided but not defined\""
        );
        assert_eq!(
            d[0].hint.as_deref(),
            Some("use mirror.local/llm-d/llm-d-inference-scheduler:v0.4.0, which accepts what operator v1.0.1 generates here")
        );
    }
}
