//! `image-epp-pd-plugins-unknown` — warning.
//!
//! ## What it does
//! With `spec.prefill` (the EPP loads `pd-config.yaml`), flags an endpoint-picker image older
//! than llm-d-inference-scheduler v0.6.0 (the rc included).
//!
//! ## Why it matters
//! The P/D plugin config of operator v1.0.1 uses the `prefix-based-pd-decider` plugin, first
//! registered in v0.6.0 (`pkg/plugins/register.go`), and the feature gate `prepareDataPlugins`,
//! which gateway-api-inference-extension knows from v1.3.0 (llm-d-inference-scheduler v0.5.0).
//! v0.5.x stops with "plugin type 'prefix-based-pd-decider' is not registered", v0.4.x with
//! "prepareDataPlugins is an unregistered Feature Gate": the EPP exits at start.
//!
//! ## Example
//! ```yaml
//! prefill: {}
//! inferencePool: {endpointPicker: {image: ghcr.io/llm-d/llm-d-inference-scheduler:v0.5.1}}
//! ```
//!
//! ## Use instead
//! ```yaml
//! prefill: {}
//! inferencePool: {endpointPicker: {image: ghcr.io/llm-d/llm-d-inference-scheduler:v0.6.0}}
//! ```

use super::image_release::{check as boundary, Boundary, Component, Release};
use super::Ctx;
use crate::diagnostics::{Diagnostic, Severity};

pub const CODE: &str = "image-epp-pd-plugins-unknown";
pub const SEVERITY: Severity = Severity::Warning;

pub static BOUNDARY: Boundary = Boundary {
    code: CODE,
    component: Component::Epp,
    from: false,
    at: Release(0, 6, 0, Some(1)),
    trigger: |u| u.pd.then(|| "pd-config.yaml".to_string()),
    failure: "it cannot load the P/D plugin config operator v1.0.1 writes ({flag}): the plugin \
              prefix-based-pd-decider arrived in v0.6.0 (and the feature gate prepareDataPlugins in v0.5.0), so the \
              EPP exits at start",
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
                (epp(&img("v0.5.1"), true), at),       // the newest failing
                (epp(&img("v0.6.0-rc.1"), true), &[]), // the oldest working
                (epp(&img("v0.4.0"), true), at),
                (epp(&img("v0.5.1"), false), &[]), // default-plugins.yaml loads
            ],
        );
    }

    #[test]
    fn message() {
        let d = run(check, &epp("ghcr.io/llm-d/llm-d-inference-scheduler:v0.5.1", true));
        assert_eq!(
            d[0].message,
            "\"ghcr.io/llm-d/llm-d-inference-scheduler:v0.5.1\" is llm-d-inference-scheduler v0.5.1: it cannot load \
             the P/D plugin config operator v1.0.1 writes (pd-config.yaml): the plugin prefix-based-pd-decider arrived \
             in v0.6.0 (and the feature gate prepareDataPlugins in v0.5.0), so the EPP exits at start"
        );
        assert_eq!(
            d[0].hint.as_deref(),
            Some(
                "use ghcr.io/llm-d/llm-d-inference-scheduler:v0.6.0, which accepts what operator v1.0.1 generates here"
            )
        );
    }
}
