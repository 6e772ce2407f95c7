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

use super::{earliest, first_earlier, name_path, Doc, Groups};
use crate::builders::http_route::DEFAULT_GATEWAY_NAMESPACE;
use crate::config::Settings;
use crate::diagnostics::{Diagnostic, Severity};
use crate::model::ModelService;
use crate::plan::{self, Source};
use std::borrow::Cow;

pub const CODE: &str = "route-match-collision";
pub const SEVERITY: Severity = Severity::Warning;

/// `(gateway namespace, gateway name, hostnames)` of the route, if the operator creates one;
/// borrowed, so filing a document under its keys copies no string.
fn route<'k>(ms: &'k ModelService, s: &'k Settings) -> Option<(&'k str, &'k str, &'k [String])> {
    match (plan::http_route(ms, s)?, &ms.spec.http_route) {
        (Source::Spec, Some(r)) => {
            let g = &r.gateway_ref;
            let ns = if g.namespace.is_empty() { ms.metadata.namespace.as_str() } else { g.namespace.as_str() };
            Some((ns, &g.name, &r.hostnames))
        }
        _ => Some((DEFAULT_GATEWAY_NAMESPACE, &s.epp.default_gateway_name, &[])),
    }
}

/// Which hostnames of a route a group holds. Two lists overlap when one is empty (every host),
/// when they share a hostname, or when a wildcard `*.s` of one covers a hostname `….s` of the
/// other (`*.example.com` covers `a.example.com`, `a.b.example.com` and `*.b.example.com`).
#[derive(Clone, PartialEq, Eq, PartialOrd, Ord)]
enum Hosts<'k> {
    /// Every route of the group.
    Any,
    /// Routes without hostnames (they match every host).
    Every,
    /// Routes with this hostname (wildcards included, as written); owned only for the `*.s` a
    /// lookup makes up.
    Exact(Cow<'k, str>),
    /// Routes with a hostname ending in `.` + this.
    Below(&'k str),
}

/// The suffixes `s` of `host` that follow a dot (`a.b.c` → `b.c`, `c`).
fn dot_suffixes(host: &str) -> impl Iterator<Item = &str> {
    host.match_indices('.').filter_map(|(i, _)| host.get(i + 1..))
}

/// Everything a route is filed under.
fn filed_under(hosts: &[String]) -> Vec<Hosts<'_>> {
    let mut keys = vec![Hosts::Any];
    if hosts.is_empty() {
        keys.push(Hosts::Every);
    }
    for h in hosts {
        keys.push(Hosts::Exact(Cow::Borrowed(h)));
        keys.extend(dot_suffixes(h).map(Hosts::Below));
    }
    keys
}

/// Everything an earlier route overlapping one with these hostnames is filed under.
fn overlapping(hosts: &[String]) -> Vec<Hosts<'_>> {
    if hosts.is_empty() {
        return vec![Hosts::Any];
    }
    let mut keys = vec![Hosts::Every];
    for h in hosts {
        keys.push(Hosts::Exact(Cow::Borrowed(h)));
        keys.extend(dot_suffixes(h).map(|s| Hosts::Exact(Cow::Owned(format!("*.{s}")))));
        if let Some(s) = h.strip_prefix("*.") {
            keys.push(Hosts::Below(s));
        }
    }
    keys
}

/// `(later, earlier)` for each document that collides with an earlier one (the first).
pub fn collisions<'a>(docs: &[Doc<'a>], s: &Settings) -> Vec<(Doc<'a>, Doc<'a>)> {
    collisions_with(docs, s)
}

/// [`collisions`], with `'k` the borrow the keys hold (of the documents and the settings).
fn collisions_with<'a: 'k, 'k>(docs: &[Doc<'a>], s: &'k Settings) -> Vec<(Doc<'a>, Doc<'a>)> {
    // Same name, same Gateway, overlapping hostnames, and another namespace.
    type Key<'k> = (&'k str, &'k str, &'k str, Hosts<'k>);
    let find = |g: &Groups<'a, Key<'k>>, d: &Doc<'a>| {
        let ms: &'k ModelService = d.ms;
        let (ns, gw, hosts) = route(ms, s)?;
        earliest(
            overlapping(hosts)
                .into_iter()
                .map(|h| g.first_outside(&(ms.metadata.name.as_str(), ns, gw, h), d.namespace())),
        )
    };
    let add = |g: &mut Groups<'a, Key<'k>>, d: Doc<'a>| {
        let ms: &'k ModelService = d.ms;
        if let Some((ns, gw, hosts)) = route(ms, s) {
            for h in filed_under(hosts) {
                g.add((ms.metadata.name.as_str(), ns, gw, h), d);
            }
        }
    };
    first_earlier(docs, Groups::new(), find, add)
}

pub fn check(docs: &[Doc], s: &Settings) -> Vec<(usize, Diagnostic)> {
    collisions(docs, s)
        .into_iter()
        .filter_map(|(later, earlier)| {
            let (ns, gw, _) = route(later.ms, s)?;
            let (ns, gw) = (crate::lint::syntax::cut(ns), crate::lint::syntax::cut(gw));
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
