//! `image-sidecar-flags-unknown` — warning.
//!
//! ## What it does
//! Flags a routing-sidecar image older than llm-d-routing-sidecar v0.2.0 (`0.0.4` … `0.0.8`):
//! `spec.routingProxy.image`, or the operator's `--default-routing-proxy-image`
//! (`options.images.routingProxy`) where that is used.
//!
//! ## Why it matters
//! Operator v1.0.1 always passes `--secure-proxy=<bool>` (and `--prefiller-use-tls`,
//! `--cert-path` when set); the sidecar defines them from v0.2.0 (llm-d-routing-sidecar,
//! `cmd/llm-d-routing-sidecar/main.go` at v0.2.0-RC1). Older sidecars exit at start with "flag
//! provided but not defined", so the decode pods crash-loop.
//!
//! ## Example
//! ```yaml
//! routingProxy: {image: ghcr.io/llm-d/llm-d-routing-sidecar:0.0.8}
//! ```
//!
//! ## Use instead
//! ```yaml
//! routingProxy: {image: ghcr.io/llm-d/llm-d-routing-sidecar:v0.6.0}
//! ```

use super::image_release::{check as boundary, Boundary, Component, Release};
use super::Ctx;
use crate::diagnostics::{Diagnostic, Severity};

pub const CODE: &str = "image-sidecar-flags-unknown";
pub const SEVERITY: Severity = Severity::Warning;

pub static BOUNDARY: Boundary = Boundary {
    code: CODE,
    component: Component::Sidecar,
    from: false,
    at: Release(0, 2, 0, Some(1)),
    trigger: |u| u.flag(&["--secure-proxy", "--prefiller-use-tls", "--cert-path"]),
    failure: "its sidecar has no {flag} flag (added in v0.2.0), which operator v1.0.1 passes, so it exits at start \
              with \"flag provided but not defined\"",
};

pub fn check(ctx: &Ctx) -> Vec<Diagnostic> {
    boundary(ctx, &BOUNDARY)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::OperatorVersion;
    use crate::lint::testing::{run, run_with, settings, table};
    use serde_json::json;

    fn proxy(img: &str) -> serde_json::Value {
        json!({"spec": {"routingProxy": {"image": img}}})
    }

    #[test]
    fn boundary_tags() {
        let at: &[&str] = &["spec.routingProxy.image"];
        table(
            check,
            CODE,
            SEVERITY,
            &[
                (proxy("ghcr.io/llm-d/llm-d-routing-sidecar:0.0.8"), at), // the newest failing
                (proxy("ghcr.io/llm-d/llm-d-routing-sidecar:v0.2.0-RC1"), &[]), // the oldest working
                (proxy("ghcr.io/llm-d/llm-d-routing-sidecar:v0.0.5"), at),
                (json!({}), &[]),
            ],
        );
    }

    /// Operator v0.9.0-alpha.2 passes --secure-proxy only when it is set.
    #[test]
    fn seed_profile_passes_the_flag_only_when_set() {
        let s = settings(OperatorVersion::V0_9_0Alpha2);
        assert!(run_with(check, &proxy("ghcr.io/llm-d/llm-d-routing-sidecar:0.0.8"), &s).is_empty());
        let set = json!({"spec": {"routingProxy": {"image": "ghcr.io/llm-d/llm-d-routing-sidecar:0.0.8", "secureProxy": true}}});
        assert_eq!(run_with(check, &set, &s).len(), 1);
    }

    #[test]
    fn message() {
        let d = run(check, &proxy("ghcr.io/llm-d/llm-d-routing-sidecar:0.0.8"));
        assert_eq!(
            d[0].message,
            "\"ghcr.io/llm-d/llm-d-routing-sidecar:0.0.8\" is llm-d-routing-sidecar 0.0.8: its sidecar has no \
             --secure-proxy flag (added in v0.2.0), which operator v1.0.1 passes, so it exits at start with \"flag \
             provided but not defined\""
        );
        assert_eq!(
            d[0].hint.as_deref(),
            Some("use ghcr.io/llm-d/llm-d-routing-sidecar:v0.2.0, which accepts what operator v1.0.1 generates here")
        );
    }
}
