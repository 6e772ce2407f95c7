//! `image-rename-boundary` — warning.
//!
//! ## What it does
//! Flags a routing-proxy or endpoint-picker image from after llm-d's rename —
//! `llm-d-router-disagg-sidecar` for the proxy, `llm-d-router-endpoint-picker` for the EPP — in
//! `spec.routingProxy.image`, `spec.inferencePool.endpointPicker.image`, or the operator default
//! images passed as `options.images.routingProxy` / `options.images.epp` (only where used).
//!
//! ## Why it matters
//! Operator v1.0.1 generates flags and config for the images it ships with
//! (`llm-d-routing-sidecar`, `llm-d-inference-scheduler` v0.6.0): the EPP plugin config has
//! `apiVersion: inference.networking.x-k8s.io/v1alpha1`, while the renamed images expect
//! `llm-d.ai/v1alpha1` and renamed flags. The objects are accepted; the containers fail at start
//! or ignore the configuration.
//!
//! ## Example
//! ```yaml
//! routingProxy: {image: ghcr.io/llm-d/llm-d-router-disagg-sidecar:v0.7.0}
//! ```
//!
//! ## Use instead
//! ```yaml
//! routingProxy: {image: ghcr.io/llm-d/llm-d-routing-sidecar:v0.6.0}
//! ```

use super::{spec_path, Ctx};
use crate::diagnostics::{Diagnostic, FieldPath, Severity};

pub const CODE: &str = "image-rename-boundary";
pub const SEVERITY: Severity = Severity::Warning;

/// `(renamed repository, component, the name this operator expects)`.
const RENAMED: &[(&str, &str, &str)] = &[
    ("llm-d-router-disagg-sidecar", "routing proxy", "llm-d-routing-sidecar"),
    ("llm-d-router-endpoint-picker", "endpoint picker", "llm-d-inference-scheduler"),
];

/// The repository name of an image reference: last path segment, without tag or digest.
fn repository(image: &str) -> &str {
    let no_digest = image.split('@').next().unwrap_or(image);
    let last = no_digest.rsplit('/').next().unwrap_or(no_digest);
    last.split(':').next().unwrap_or(last)
}

fn finding(image: &str, component: &str, path: FieldPath) -> Option<Diagnostic> {
    let repo = repository(image);
    let (renamed, _, expected) = RENAMED.iter().find(|(r, c, _)| *c == component && repo.contains(r))?;
    Some(
        Diagnostic::new(
            CODE,
            SEVERITY,
            path,
            format!(
                "{} is a {renamed} image from after the llm-d rename: operator v1.0.1 generates the \
                 {component}'s flags and config for {expected} (EPP config apiVersion \
                 inference.networking.x-k8s.io/v1alpha1), which the renamed images do not accept",
                super::syntax::short(image)
            ),
        )
        .with_hint(format!("use a {expected} image (the operator default is v0.6.0)")),
    )
}

pub fn check(ctx: &Ctx) -> Vec<Diagnostic> {
    let (s, images) = (&ctx.ms.spec, &ctx.settings.options.images);
    let options = FieldPath::root().field("options").field("images");
    let mut out = Vec::new();
    if let Some(rp) = &s.routing_proxy {
        out.extend(match rp.image.as_str() {
            "" => finding(&images.routing_proxy, "routing proxy", options.field("routingProxy")),
            img => finding(img, "routing proxy", spec_path(&["routingProxy", "image"])),
        });
    }
    let epp = s.inference_pool.as_ref().map(|p| p.endpoint_picker.image.as_str()).unwrap_or("");
    out.extend(match epp {
        "" => finding(&images.epp, "endpoint picker", options.field("epp")),
        img => finding(img, "endpoint picker", spec_path(&["inferencePool", "endpointPicker", "image"])),
    });
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Settings;
    use crate::lint::testing::{table, table_with};
    use serde_json::json;

    #[test]
    fn table_() {
        let proxy = |img: &str| json!({"spec": {"routingProxy": {"image": img}}});
        let epp = |img: &str| json!({"spec": {"inferencePool": {"endpointPicker": {"image": img}}}});
        table(
            check,
            CODE,
            SEVERITY,
            &[
                (proxy("ghcr.io/llm-d/llm-d-routing-sidecar:v0.6.0"), &[]),
                (epp("ghcr.io/llm-d/llm-d-inference-scheduler:v0.6.0"), &[]),
                (proxy("registry.local/llm-d-router-endpoint-picker:v1"), &[]),
                (proxy("ghcr.io/llm-d/llm-d-router-disagg-sidecar:v0.7.0"), &["spec.routingProxy.image"]),
                (
                    epp("ghcr.io/llm-d/llm-d-router-endpoint-picker@sha256:abc"),
                    &["spec.inferencePool.endpointPicker.image"],
                ),
            ],
        );
        let mut s = Settings::default();
        s.options.images.epp = "ghcr.io/llm-d/llm-d-router-endpoint-picker:v0.7.0".into();
        s.options.images.routing_proxy = "ghcr.io/llm-d/llm-d-router-disagg-sidecar:v0.7.0".into();
        table_with(
            check,
            CODE,
            SEVERITY,
            &s,
            &[
                (json!({}), &["options.images.epp"]),
                (json!({"spec": {"routingProxy": {}}}), &["options.images.routingProxy", "options.images.epp"]),
                (
                    json!({"spec": {"routingProxy": {"image": "x/llm-d-routing-sidecar:v0.6.0"}, "inferencePool": {"endpointPicker": {"image": "y"}}}}),
                    &[],
                ),
            ],
        );
    }
}
