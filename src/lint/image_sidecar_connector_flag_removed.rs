//! `image-sidecar-connector-flag-removed` — warning.
//!
//! ## What it does
//! Flags a routing-sidecar image from llm-d-router v0.10.0 on (`llm-d-router-disagg-sidecar`,
//! release candidates included).
//!
//! ## Why it matters
//! Operator v1.0.1 always passes `--connector <routingProxy.connector>` (and
//! `--prefiller-use-tls=<bool>` when set). Both were deprecated in v0.7.0 and removed in
//! llm-d-router v0.10.0 (llm-d-router#2054; `--kv-connector` and `--enable-tls=prefiller`
//! replace them): the sidecar exits at start with "unknown flag: --connector", and the decode
//! pods crash-loop.
//!
//! ## Example
//! ```yaml
//! routingProxy: {image: ghcr.io/llm-d/llm-d-router-disagg-sidecar:v0.10.0}
//! ```
//!
//! ## Use instead
//! ```yaml
//! routingProxy: {image: ghcr.io/llm-d/llm-d-router-disagg-sidecar:v0.9.0}
//! ```

use super::image_release::{check as boundary, Boundary, Component, Release};
use super::Ctx;
use crate::diagnostics::{Diagnostic, Severity};

pub const CODE: &str = "image-sidecar-connector-flag-removed";
pub const SEVERITY: Severity = Severity::Warning;

pub static BOUNDARY: Boundary = Boundary {
    code: CODE,
    component: Component::Sidecar,
    from: true,
    at: Release(0, 10, 0, Some(1)),
    trigger: |u| u.flag(&["--connector", "--prefiller-use-tls"]),
    failure: "its sidecar removed {flag} in v0.10.0 (use --kv-connector, --enable-tls=prefiller), which operator \
              v1.0.1 passes, so it exits at start with \"unknown flag: {flag}\"",
};

pub fn check(ctx: &Ctx) -> Vec<Diagnostic> {
    boundary(ctx, &BOUNDARY)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lint::testing::{run, table};
    use serde_json::json;

    fn proxy(img: &str) -> serde_json::Value {
        json!({"spec": {"routingProxy": {"image": img}}})
    }

    #[test]
    fn boundary_tags() {
        let at: &[&str] = &["spec.routingProxy.image"];
        let img = |t: &str| format!("ghcr.io/llm-d/llm-d-router-disagg-sidecar:{t}");
        table(
            check,
            CODE,
            SEVERITY,
            &[
                (proxy(&img("v0.9.0")), &[]),      // the last working
                (proxy(&img("v0.10.0-rc.1")), at), // the first failing
                (proxy(&img("v0.10.0")), at),
                (proxy(&img("main")), &[]),
            ],
        );
    }

    #[test]
    fn message() {
        let d = run(check, &proxy("ghcr.io/llm-d/llm-d-router-disagg-sidecar:v0.10.0"));
        assert_eq!(
            d[0].message,
            "\"ghcr.io/llm-d/llm-d-router-disagg-sidecar:v0.10.0\" is llm-d-router-disagg-sidecar v0.10.0: its sidecar \
             removed --connector in v0.10.0 (use --kv-connector, --enable-tls=prefiller), which operator v1.0.1 passes, \
             so it exits at start with \"unknown flag: --connector\""
        );
        assert_eq!(
            d[0].hint.as_deref(),
            Some("use ghcr.io/llm-d/llm-d-router-disagg-sidecar:v0.9.0, which accepts what operator v1.0.1 generates here")
        );
    }
}
