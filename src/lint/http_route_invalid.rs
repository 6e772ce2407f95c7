//! `http-route-invalid` — error.
//!
//! ## What it does
//! Checks what `spec.httpRoute` copies into the HTTPRoute against the Gateway API v1.4 CRD:
//! each hostname is a lowercase DNS name, optionally starting with `*.` (no IP address, port,
//! scheme or path), at most 253 characters, and at most 16 hostnames;
//! `gatewayRef.namespace` is a DNS-1123 label (≤ 63); `gatewayRef.name` is at most 253 characters.
//!
//! ## Why it matters
//! The ModelService CRD accepts any string; the HTTPRoute CRD rejects the route, so the model is
//! not reachable through the Gateway.
//!
//! ## Example
//! ```yaml
//! httpRoute: {gatewayRef: {name: inference-gateway}, hostnames: ["https://LLM.example.com:443"]}
//! ```
//!
//! ## Use instead
//! ```yaml
//! httpRoute: {gatewayRef: {name: inference-gateway}, hostnames: [llm.example.com]}
//! ```

use super::syntax::{dns1123_label, dns1123_subdomain, short};
use super::{spec_path, Ctx};
use crate::diagnostics::{Diagnostic, FieldPath, Severity};

pub const CODE: &str = "http-route-invalid";
pub const SEVERITY: Severity = Severity::Error;
const MAX_HOSTNAMES: usize = 16;

fn hostname_problem(h: &str) -> Option<String> {
    if h.is_empty() {
        return Some("an empty hostname".into());
    }
    if h.contains("://") || h.contains('/') || h.contains(':') {
        return Some(format!("{} is not a bare hostname (no scheme, port or path)", short(h)));
    }
    if !h.is_empty() && h.bytes().all(|b| b.is_ascii_digit() || b == b'.') {
        return Some(format!("{} is an IP address; HTTPRoute hostnames must be DNS names", short(h)));
    }
    let name = h.strip_prefix("*.").unwrap_or(h);
    dns1123_subdomain(name).err().map(|e| format!("{} is not a valid hostname: {}", short(h), e.replacen("it ", "", 1)))
}

fn err(path: FieldPath, msg: String) -> Diagnostic {
    Diagnostic::new(CODE, SEVERITY, path, format!("{msg}; the HTTPRoute CRD rejects the route"))
}

pub fn check(ctx: &Ctx) -> Vec<Diagnostic> {
    let Some(r) = &ctx.ms.spec.http_route else { return Vec::new() };
    let mut out = Vec::new();
    // Made for a finding only (an allocation per segment).
    let base = || spec_path(&["httpRoute"]);
    if r.hostnames.len() > MAX_HOSTNAMES {
        out.push(err(
            base().field("hostnames"),
            format!("{} hostnames; at most {MAX_HOSTNAMES} are allowed", r.hostnames.len()),
        ));
    }
    for (i, h) in r.hostnames.iter().enumerate() {
        if let Some(why) = hostname_problem(h) {
            let mut d = err(base().field("hostnames").index(i), why);
            let lower = h.to_ascii_lowercase();
            if lower != *h && h.len() <= 253 && hostname_problem(&lower).is_none() {
                d = d.with_hint(format!("use {lower:?}"));
            }
            out.push(d);
        }
    }
    let g = &r.gateway_ref;
    if !g.namespace.is_empty() {
        if let Err(e) = dns1123_label(&g.namespace) {
            out.push(err(
                base().field("gatewayRef").field("namespace"),
                format!(
                    "gatewayRef.namespace {} is not a namespace name: {}",
                    short(&g.namespace),
                    e.replacen("it ", "", 1)
                ),
            ));
        }
    }
    if g.name.chars().count() > 253 {
        out.push(err(base().field("gatewayRef").field("name"), "gatewayRef.name is longer than 253 characters".into()));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lint::testing::{run, table};
    use serde_json::json;

    #[test]
    fn table_() {
        let route = |r: serde_json::Value| {
            let mut v = json!({"gatewayRef": {"name": "gw"}});
            crate::lint::testing::merge(&mut v, &r);
            json!({"spec": {"httpRoute": v}})
        };
        table(
            check,
            CODE,
            SEVERITY,
            &[
                (
                    route(
                        json!({"hostnames": ["llm.example.com", "*.example.com"], "gatewayRef": {"namespace": "llm-d"}}),
                    ),
                    &[],
                ),
                (
                    route(
                        json!({"hostnames": ["LLM.example.com", "https://a.example.com", "10.0.0.1", "a.example.com:443", "a..b"]}),
                    ),
                    &[
                        "spec.httpRoute.hostnames[0]",
                        "spec.httpRoute.hostnames[1]",
                        "spec.httpRoute.hostnames[2]",
                        "spec.httpRoute.hostnames[3]",
                        "spec.httpRoute.hostnames[4]",
                    ],
                ),
                (route(json!({"gatewayRef": {"namespace": "LLM_D"}})), &["spec.httpRoute.gatewayRef.namespace"]),
                (route(json!({"hostnames": vec!["a.example.com"; 17]})), &["spec.httpRoute.hostnames"]),
                (route(json!({"gatewayRef": {"name": "g".repeat(254)}})), &["spec.httpRoute.gatewayRef.name"]),
            ],
        );
        let d = run(check, &route(json!({"hostnames": ["LLM.example.com"]})));
        assert_eq!(d[0].hint.as_deref(), Some("use \"llm.example.com\""));
    }
}
