//! `image-sidecar-zap-flags-unknown` — warning.
//!
//! ## What it does
//! With `routingProxy.zapEncoder` or `routingProxy.zapLogLevel` set, flags a routing-sidecar
//! image older than llm-d-inference-scheduler v0.4.0 (the rc included).
//!
//! ## Why it matters
//! The operator passes them as `--zap-encoder` / `--zap-log-level`. Sidecars up to v0.3.x
//! (llm-d-routing-sidecar, and v0.3.2-with-sidecar-fix of llm-d-inference-scheduler) log with
//! klog and have no zap flags; the zap flags arrived with `opts.BindFlags` in the pd-sidecar of
//! v0.4.0. The sidecar exits at start with "flag provided but not defined".
//!
//! ## Example
//! ```yaml
//! routingProxy: {image: ghcr.io/llm-d/llm-d-routing-sidecar:v0.3.0, zapLogLevel: debug}
//! ```
//!
//! ## Use instead
//! ```yaml
//! routingProxy: {image: ghcr.io/llm-d/llm-d-routing-sidecar:v0.6.0, zapLogLevel: debug}
//! ```

use super::image_release::{check as boundary, Boundary, Component, Release};
use super::Ctx;
use crate::diagnostics::{Diagnostic, Severity};

pub const CODE: &str = "image-sidecar-zap-flags-unknown";
pub const SEVERITY: Severity = Severity::Warning;

pub static BOUNDARY: Boundary = Boundary {
    code: CODE,
    component: Component::Sidecar,
    from: false,
    at: Release(0, 4, 0, Some(1)),
    trigger: |u| u.flag(&["--zap-encoder", "--zap-log-level"]),
    failure: "its sidecar logs with klog and has no {flag} flag (zap flags arrived in v0.4.0), so it exits at start \
              with \"flag provided but not defined\"",
};

pub fn check(ctx: &Ctx) -> Vec<Diagnostic> {
    boundary(ctx, &BOUNDARY)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lint::testing::{run, table};
    use serde_json::json;

    fn proxy(img: &str, zap: bool) -> serde_json::Value {
        let mut d = json!({"spec": {"routingProxy": {"image": img}}});
        if zap {
            d["spec"]["routingProxy"]["zapLogLevel"] = json!("debug");
        }
        d
    }

    #[test]
    fn boundary_tags() {
        let at: &[&str] = &["spec.routingProxy.image"];
        let img = |t: &str| format!("ghcr.io/llm-d/llm-d-routing-sidecar:{t}");
        table(
            check,
            CODE,
            SEVERITY,
            &[
                (proxy(&img("v0.3.1-rc.1"), true), at),  // the newest orderable failing
                (proxy(&img("v0.4.0-rc.1"), true), &[]), // the oldest working
                (proxy(&img("v0.3.1-rc.1"), false), &[]),
                (proxy(&img("v0.3.2-with-sidecar-fix"), true), &[]), // not orderable
            ],
        );
    }

    #[test]
    fn message() {
        let d = run(check, &proxy("ghcr.io/llm-d/llm-d-routing-sidecar:v0.3.0", true));
        assert_eq!(
            d[0].message,
            "\"ghcr.io/llm-d/llm-d-routing-sidecar:v0.3.0\" is llm-d-routing-sidecar v0.3.0: its sidecar logs with klog \
             and has no --zap-log-level flag (zap flags arrived in v0.4.0), so it exits at start with \"flag provided \
             but not defined\""
        );
        assert_eq!(
            d[0].hint.as_deref(),
            Some("use ghcr.io/llm-d/llm-d-routing-sidecar:v0.4.0, which accepts what operator v1.0.1 generates here")
        );
    }
}
