//! `image-rename-boundary` — warning.
//!
//! ## What it does
//! Flags an endpoint-picker or routing-sidecar image whose name does not match its release:
//! releases up to v0.8.0 are published as `llm-d-inference-scheduler` and
//! `llm-d-routing-sidecar`, releases from v0.9.0 (the rc included) only as
//! `llm-d-router-endpoint-picker` and `llm-d-router-disagg-sidecar`. Checks
//! `spec.inferencePool.endpointPicker.image`, `spec.routingProxy.image`, and the operator's
//! default image flags (`options.images.epp`, `options.images.routingProxy`) where used.
//!
//! ## Why it matters
//! llm-d-inference-scheduler became llm-d-router at v0.9.0, and its release workflow
//! (`.github/workflows/ci-release.yaml`) pushes the images under the new names only. A tag under
//! the other name does not exist: the pod stays in ImagePullBackOff. What a release under the
//! right name does with operator v1.0.1's flags and config is judged by the other `image-*`
//! rules (a v0.9.0 endpoint picker runs the default plugin config; its P/D config fails).
//!
//! ## Example
//! ```yaml
//! inferencePool: {endpointPicker: {image: ghcr.io/llm-d/llm-d-inference-scheduler:v0.9.0}}
//! ```
//!
//! ## Use instead
//! ```yaml
//! inferencePool: {endpointPicker: {image: ghcr.io/llm-d/llm-d-router-endpoint-picker:v0.9.0}}
//! ```

use super::image_release::{finding, fix, uses, works, RENAMED_AT};
use super::Ctx;
use crate::diagnostics::{Diagnostic, Severity};

pub const CODE: &str = "image-rename-boundary";
pub const SEVERITY: Severity = Severity::Warning;

pub fn check(ctx: &Ctx) -> Vec<Diagnostic> {
    uses(ctx)
        .iter()
        .filter(|u| !u.published)
        .map(|u| {
            let (old, new) = u.component.names();
            let right = u.component.name_at(u.release);
            let when = if u.release < RENAMED_AT { "before" } else { "from" };
            let d = finding(
                CODE,
                u,
                &format!(
                    "releases {when} v0.9.0 are published as {right} (renamed from {old} to {new} at v0.9.0), so this \
                     image does not exist and the pod stays in ImagePullBackOff"
                ),
            );
            let tag = u.image.rsplit(':').next().unwrap_or_default();
            let same = format!("{}{right}:{tag}", u.prefix);
            match (works(u, u.release), fix(u)) {
                (true, _) => d.with_hint(format!("use {same}")),
                (false, Some(other)) => d.with_hint(format!(
                    "{same} exists but does not accept what operator v1.0.1 generates here; use {other}"
                )),
                (false, None) => d.with_hint(format!("use {same}")),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Settings;
    use crate::lint::testing::{run, table, table_with};
    use serde_json::json;

    fn epp(img: &str) -> serde_json::Value {
        json!({"spec": {"inferencePool": {"endpointPicker": {"image": img}}}})
    }
    fn proxy(img: &str) -> serde_json::Value {
        json!({"spec": {"routingProxy": {"image": img}}})
    }

    #[test]
    fn boundary_tags() {
        let e: &[&str] = &["spec.inferencePool.endpointPicker.image"];
        let p: &[&str] = &["spec.routingProxy.image"];
        table(
            check,
            CODE,
            SEVERITY,
            &[
                // The last release under the old names, and the first under the new ones.
                (epp("ghcr.io/llm-d/llm-d-inference-scheduler:v0.8.0"), &[]),
                (epp("ghcr.io/llm-d/llm-d-inference-scheduler:v0.9.0-rc.1"), e),
                (epp("ghcr.io/llm-d/llm-d-router-endpoint-picker:v0.8.0"), e),
                (epp("ghcr.io/llm-d/llm-d-router-endpoint-picker:v0.9.0-rc.1"), &[]),
                (proxy("ghcr.io/llm-d/llm-d-routing-sidecar:v0.8.0"), &[]),
                (proxy("ghcr.io/llm-d/llm-d-routing-sidecar:v0.9.0-rc.1"), p),
                (proxy("ghcr.io/llm-d/llm-d-router-disagg-sidecar:v0.8.0"), p),
                (proxy("ghcr.io/llm-d/llm-d-router-disagg-sidecar:v0.9.0-rc.1"), &[]),
                // Tags that cannot be ordered.
                (epp("ghcr.io/llm-d/llm-d-router-endpoint-picker:latest"), &[]),
                (proxy("ghcr.io/llm-d/llm-d-router-disagg-sidecar@sha256:0123"), &[]),
                (epp("registry.local/llm-d-router-endpoint-picker:v1"), &[]),
            ],
        );
        let mut s = Settings::default();
        s.options.images.epp = "ghcr.io/llm-d/llm-d-inference-scheduler:v0.10.0".into();
        s.options.images.routing_proxy = "ghcr.io/llm-d/llm-d-router-disagg-sidecar:v0.6.0".into();
        table_with(
            check,
            CODE,
            SEVERITY,
            &s,
            &[
                (json!({}), &["options.images.epp"]),
                (json!({"spec": {"routingProxy": {}}}), &["options.images.epp", "options.images.routingProxy"]),
                (
                    json!({"spec": {"routingProxy": {"image": "ghcr.io/llm-d/llm-d-routing-sidecar:v0.6.0"},
                                    "inferencePool": {"endpointPicker": {"image": "y"}}}}),
                    &[],
                ),
            ],
        );
    }

    #[test]
    fn messages() {
        let d = run(check, &epp("ghcr.io/llm-d/llm-d-inference-scheduler:v0.9.0"));
        assert_eq!(
            d[0].message,
            "\"ghcr.io/llm-d/llm-d-inference-scheduler:v0.9.0\" is llm-d-inference-scheduler v0.9.0: releases from v0.9.0 \
             are published as llm-d-router-endpoint-picker (renamed from llm-d-inference-scheduler to \
             llm-d-router-endpoint-picker at v0.9.0), so this image does not exist and the pod stays in ImagePullBackOff"
        );
        assert_eq!(d[0].hint.as_deref(), Some("use ghcr.io/llm-d/llm-d-router-endpoint-picker:v0.9.0"));
        let d = run(
            check,
            &json!({"spec": {"prefill": {}, "routingProxy": {}, "inferencePool": {"endpointPicker": {"image": "ghcr.io/llm-d/llm-d-inference-scheduler:v0.9.0"}}}}),
        );
        assert_eq!(
            d[0].hint.as_deref(),
            Some(
                "ghcr.io/llm-d/llm-d-router-endpoint-picker:v0.9.0 exists but does not accept what operator v1.0.1 \
                 generates here; use ghcr.io/llm-d/llm-d-inference-scheduler:v0.7.1"
            )
        );
    }
}
