//! `route-match-collision` — warning.
//!
//! ## What it does
//! Flags two ModelServices with the same name in *different* namespaces whose HTTPRoutes attach
//! to the same Gateway with overlapping hostnames. Each HTTPRoute matches the header
//! `OtterScale-Model-Name: <name>`; the default route (no `httpRoute`, operator flag
//! `--default-gateway-name` set) attaches to that Gateway in namespace `llm-d` for all hostnames.
//!
//! ## Why it matters
//! Both routes are accepted, but Gateway API gives identical matches to the oldest route only:
//! requests for that model name always reach one namespace's pool, and the other model is
//! unreachable through the Gateway without any error.
//!
//! ## Example
//! ```yaml
//! metadata: {name: qwen3, namespace: team-a}
//! ---
//! metadata: {name: qwen3, namespace: team-b}
//! ```
//!
//! ## Use instead
//! ```yaml
//! metadata: {name: qwen3, namespace: team-a}
//! ---
//! metadata: {name: qwen3-team-b, namespace: team-b}   # or distinct httpRoute hostnames
//! ```

use super::{first_earlier, name_path, Doc};
use crate::builders::http_route::DEFAULT_GATEWAY_NAMESPACE;
use crate::config::Settings;
use crate::diagnostics::{Diagnostic, Severity};

pub const CODE: &str = "route-match-collision";
pub const SEVERITY: Severity = Severity::Warning;

/// `(gateway namespace, gateway name, hostnames)` of the route, if the operator creates one.
fn route(d: &Doc, s: &Settings) -> Option<(String, String, Vec<String>)> {
    match &d.ms.spec.http_route {
        Some(r) => {
            let g = &r.gateway_ref;
            let ns = if g.namespace.is_empty() { d.namespace().to_string() } else { g.namespace.clone() };
            Some((ns, g.name.clone(), r.hostnames.clone()))
        }
        None if !s.epp.default_gateway_name.is_empty() => {
            Some((DEFAULT_GATEWAY_NAMESPACE.into(), s.epp.default_gateway_name.clone(), Vec::new()))
        }
        None => None,
    }
}

/// Whether a request host can match both hostnames (`*.example.com` covers `a.example.com`).
fn host_overlap(a: &str, b: &str) -> bool {
    let covers = |w: &str, h: &str| w.strip_prefix("*.").is_some_and(|suffix| h.ends_with(&format!(".{suffix}")));
    a == b || covers(a, b) || covers(b, a)
}

/// An empty list matches every hostname.
fn hostnames_overlap(a: &[String], b: &[String]) -> bool {
    a.is_empty() || b.is_empty() || a.iter().any(|x| b.iter().any(|y| host_overlap(x, y)))
}

pub fn check(docs: &[Doc], s: &Settings) -> Vec<(usize, Diagnostic)> {
    let clash = |a: &Doc, b: &Doc| {
        a.name() == b.name()
            && a.namespace() != b.namespace()
            && match (route(a, s), route(b, s)) {
                (Some((ns1, gw1, h1)), Some((ns2, gw2, h2))) => ns1 == ns2 && gw1 == gw2 && hostnames_overlap(&h1, &h2),
                _ => false,
            }
    };
    first_earlier(docs, clash)
        .into_iter()
        .filter_map(|(later, earlier)| {
            let (ns, gw, _) = route(&later, s)?;
            let (ns, gw) = (crate::lint::syntax::cut(&ns), crate::lint::syntax::cut(&gw));
            let d = Diagnostic::new(
                CODE,
                SEVERITY,
                name_path(),
                format!(
                    "the HTTPRoute of this ModelService and that of {} both attach to the Gateway `{ns}/{gw}` and match \
                     OtterScale-Model-Name: {}; only the older route receives those requests",
                    earlier.describe(),
                    crate::lint::syntax::cut(later.name())
                ),
            )
            .with_hint("give the ModelServices different names, or their httpRoutes different gateways or hostnames");
            Some((later.index, d))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lint::cross::testing::{ms, table};
    use serde_json::json;

    #[test]
    fn table_() {
        let route = |gw: &str, ns: &str, hosts: serde_json::Value| json!({"spec": {"httpRoute": {"gatewayRef": {"name": gw, "namespace": ns}, "hostnames": hosts}}});
        let m = |n: &str, ns: &str, p: serde_json::Value| ms(n, ns, p);
        table(
            check,
            CODE,
            SEVERITY,
            &Settings::default(),
            &[
                (vec![m("q", "a", json!({})), m("q", "b", json!({}))], &[1]),
                (vec![m("q", "a", json!({})), m("r", "b", json!({}))], &[]),
                (
                    vec![
                        m("q", "a", route("gw", "infra", json!(["a.example.com"]))),
                        m("q", "b", route("gw", "infra", json!(["*.example.com"]))),
                    ],
                    &[1],
                ),
                (
                    vec![
                        m("q", "a", route("gw", "infra", json!(["a.example.com"]))),
                        m("q", "b", route("gw", "infra", json!(["b.example.com"]))),
                    ],
                    &[],
                ),
                (vec![m("q", "a", route("gw", "", json!([]))), m("q", "b", route("gw", "", json!([])))], &[]),
                (
                    vec![m("q", "a", route("gw", "infra", json!([]))), m("q", "b", route("gw2", "infra", json!([])))],
                    &[],
                ),
            ],
        );
        let mut no_default = Settings::default();
        no_default.epp.default_gateway_name = String::new();
        table(check, CODE, SEVERITY, &no_default, &[(vec![m("q", "a", json!({})), m("q", "b", json!({}))], &[])]);
    }
}
