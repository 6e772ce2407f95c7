//! `image-sidecar-connector-unsupported` — warning.
//!
//! ## What it does
//! Checks `routingProxy.connector` against the connectors the routing-sidecar release accepts —
//! the image in `spec.routingProxy.image`, or the operator's default (v0.6.0) when unset:
//!
//! | connector | accepted by |
//! |---|---|
//! | `nixlv2` | 0.0.5 and later |
//! | `nixl` | 0.0.5 – v0.3.1 (llm-d-routing-sidecar) |
//! | `lmcache` | 0.0.5 – v0.5.1 |
//! | `sglang` | v0.4.0 and later |
//! | `shared-storage` | v0.6.0 and later |
//! | `mooncake` | v0.9.0 and later (llm-d-router) |
//!
//! From v0.10.0 the flag itself is gone (`image-sidecar-connector-flag-removed`).
//!
//! ## Why it matters
//! The operator passes the value verbatim (`--connector ""` too). A sidecar that does not know it
//! logs "--connector must be one of: …" and exits (sources: `cmd/pd-sidecar/main.go` and
//! `pkg/sidecar/proxy/options.go` at each tag), so the decode pods crash-loop. The operator's
//! default sidecar v0.6.0 does not know `mooncake`, `lmcache` or `nixl`.
//!
//! ## Example
//! ```yaml
//! routingProxy: {connector: mooncake}
//! ```
//!
//! ## Use instead
//! ```yaml
//! routingProxy: {connector: mooncake, image: ghcr.io/llm-d/llm-d-router-disagg-sidecar:v0.9.0}
//! ```

use super::image_release::{finding, fix, uses, Component, ImageUse, Release};
use super::{spec_path, Ctx};
use crate::diagnostics::{Diagnostic, Severity};

pub const CODE: &str = "image-sidecar-connector-unsupported";
pub const SEVERITY: Severity = Severity::Warning;

/// `(connector, first release accepting it, first release not accepting it again)`.
const SUPPORT: &[(&str, Release, Option<Release>)] = &[
    ("nixlv2", Release(0, 0, 5, None), None),
    ("nixl", Release(0, 0, 5, None), Some(Release(0, 4, 0, Some(1)))),
    ("lmcache", Release(0, 0, 5, None), Some(Release(0, 6, 0, Some(1)))),
    ("sglang", Release(0, 4, 0, Some(1)), None),
    ("shared-storage", Release(0, 6, 0, Some(1)), None),
    ("mooncake", Release(0, 9, 0, Some(1)), None),
];

/// The releases that check `--connector`: it came in 0.0.5 and left in v0.10.0.
fn checks_connector(r: Release) -> bool {
    Release(0, 0, 5, None) <= r && r < Release(0, 10, 0, Some(1))
}

fn accepted(r: Release) -> Vec<&'static str> {
    SUPPORT.iter().filter(|(_, from, until)| *from <= r && until.is_none_or(|u| r < u)).map(|s| s.0).collect()
}

/// False when this release of the sidecar rejects the connector (true for the EPP).
pub fn supports(u: &ImageUse) -> bool {
    u.component != Component::Sidecar || !checks_connector(u.release) || accepted(u.release).contains(&u.connector)
}

pub fn check(ctx: &Ctx) -> Vec<Diagnostic> {
    uses(ctx)
        .iter()
        .filter(|u| u.published && !supports(u))
        .map(|u| {
            let ok = accepted(u.release).join(", ");
            let refuses = format!(
                "does not accept connector {} (it accepts {ok}) and exits at start (\"--connector must be one of …\")",
                super::syntax::short(u.connector)
            );
            let mut d = finding(CODE, u, &format!("its sidecar {refuses}"));
            if u.operator_default {
                d.path = spec_path(&["routingProxy", "connector"]);
                d.message = format!(
                    "the operator's default routing sidecar {} ({} {}) {refuses}",
                    super::syntax::short(u.image),
                    u.name,
                    u.release
                );
            }
            d.with_hint(match (u.connector, fix(u)) {
                ("", _) | (_, None) => format!("set routingProxy.connector to one of {ok} (nixlv2 is the CRD default)"),
                (_, Some(image)) => format!("set routingProxy.image to {image}, or use one of {ok}"),
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lint::testing::{run, table};
    use serde_json::json;

    fn proxy(connector: &str, tag: Option<&str>) -> serde_json::Value {
        let mut rp = json!({"connector": connector});
        if let Some(t) = tag {
            let name = if Release::parse(t).is_some_and(|r| r >= Release(0, 9, 0, Some(1))) {
                "llm-d-router-disagg-sidecar"
            } else {
                "llm-d-routing-sidecar"
            };
            rp["image"] = json!(format!("ghcr.io/llm-d/{name}:{t}"));
        }
        json!({"spec": {"routingProxy": rp}})
    }

    /// Each connector's boundaries: the last release accepting it and the first that does not
    /// (or the reverse for connectors that were added).
    #[test]
    fn boundary_tags() {
        let img: &[&str] = &["spec.routingProxy.image"];
        table(
            check,
            CODE,
            SEVERITY,
            &[
                (proxy("nixl", Some("v0.3.1-rc.1")), &[]),
                (proxy("nixl", Some("v0.4.0-rc.1")), img),
                (proxy("lmcache", Some("v0.5.1")), &[]),
                (proxy("lmcache", Some("v0.6.0-rc.1")), img),
                (proxy("sglang", Some("v0.3.1-rc.1")), img),
                (proxy("sglang", Some("v0.4.0-rc.1")), &[]),
                (proxy("shared-storage", Some("v0.5.1")), img),
                (proxy("shared-storage", Some("v0.6.0-rc.1")), &[]),
                (proxy("mooncake", Some("v0.8.0")), img),
                (proxy("mooncake", Some("v0.9.0-rc.1")), &[]),
                (proxy("nixlv2", Some("0.0.5")), &[]),
                (proxy("nixlv2", Some("v0.9.0")), &[]),
                (proxy("", Some("v0.9.0")), img),
                // From v0.10.0 the flag is gone: image-sidecar-connector-flag-removed.
                (proxy("mooncake", Some("v0.10.0")), &[]),
                // The operator's default sidecar (v0.6.0): reported at the connector.
                (proxy("mooncake", None), &["spec.routingProxy.connector"]),
                (proxy("shared-storage", None), &[]),
            ],
        );
    }

    #[test]
    fn messages() {
        let d = run(check, &proxy("mooncake", None));
        assert_eq!(
            d[0].message,
            "the operator's default routing sidecar \"ghcr.io/llm-d/llm-d-routing-sidecar:v0.6.0\" (llm-d-routing-sidecar \
             v0.6.0) does not accept connector \"mooncake\" (it accepts nixlv2, sglang, shared-storage) and exits at \
             start (\"--connector must be one of …\")"
        );
        assert_eq!(
            d[0].hint.as_deref(),
            Some(
                "set routingProxy.image to ghcr.io/llm-d/llm-d-router-disagg-sidecar:v0.9.0, or use one of nixlv2, \
                 sglang, shared-storage"
            )
        );
        let d = run(check, &proxy("", Some("v0.6.0")));
        assert_eq!(
            d[0].hint.as_deref(),
            Some("set routingProxy.connector to one of nixlv2, sglang, shared-storage (nixlv2 is the CRD default)")
        );
    }
}
