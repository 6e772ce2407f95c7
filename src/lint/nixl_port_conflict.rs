//! `nixl-port-conflict` — warning.
//!
//! ## What it does
//! Compares the NIXL side-channel port (the first `VLLM_NIXL_SIDE_CHANNEL_PORT`, when valid) with
//! the ports the serving pods already bind: vLLM's HTTP port (`engine.port`, or
//! `routingProxy.targetPort` on decode pods with a proxy) and, on decode pods with a proxy, the
//! routing proxy's port (`engine.port`). The EPP ports 9002/9003/9090 live in other pods and
//! cannot collide.
//!
//! ## Why it matters
//! vLLM opens the NIXL side channel in the same pod network namespace as its HTTP server and the
//! proxy sidecar: two listeners on one port means one of them fails to bind and the pod
//! crash-loops. The operator does not check this (it only skips a `nixl-side` port equal to the
//! `http` port), so every object is accepted and created, and the pods never become ready. A
//! warning, not an error: nothing is rejected, so the objects are still rendered.
//!
//! ## Example
//! ```yaml
//! engine: {port: 8000, env: [{name: VLLM_NIXL_SIDE_CHANNEL_PORT, value: "8000"}]}
//! ```
//!
//! ## Use instead
//! ```yaml
//! engine: {port: 8000, env: [{name: VLLM_NIXL_SIDE_CHANNEL_PORT, value: "5557"}]}
//! ```

use super::{spec_path, Ctx};
use crate::builders::routing_proxy;
use crate::builders::serving_deployment::{engine_port, nixl_side_port, vllm_port, NIXL_ENV};
use crate::diagnostics::{Diagnostic, Severity};

pub const CODE: &str = "nixl-port-conflict";
pub const SEVERITY: Severity = Severity::Warning;

pub fn check(ctx: &Ctx) -> Vec<Diagnostic> {
    let ms = ctx.ms;
    let env = &ms.spec.engine.env;
    let Some(p) = nixl_side_port(env) else { return Vec::new() };
    let Some(i) = env.iter().position(|e| e.name == NIXL_ENV) else { return Vec::new() };
    let mut clashes = Vec::new();
    for (role, _) in ctx.roles() {
        if vllm_port(ms, role) == p {
            clashes.push(format!("vLLM's HTTP port on the {role} pods"));
        }
        if role.has_routing_proxy(ms) && engine_port(ms) == p {
            clashes.push(format!("the {} sidecar's port on the decode pods", routing_proxy::NAME));
        }
    }
    if clashes.is_empty() {
        return Vec::new();
    }
    vec![Diagnostic::new(
        CODE,
        SEVERITY,
        spec_path(&["engine", "env"]).index(i).field("value"),
        format!(
            "{NIXL_ENV}={p} is also {}: two listeners on one port in one pod, so one fails to bind and the pod \
             crash-loops",
            clashes.join(" and ")
        ),
    )
    .with_hint("pick a port no container of the pod uses, e.g. 5557")]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lint::testing::table;
    use serde_json::json;

    #[test]
    fn table_() {
        let at: &[&str] = &["spec.engine.env[0].value"];
        let nixl = |v: &str, extra: serde_json::Value| {
            let mut d = json!({"spec": {"engine": {"env": [{"name": NIXL_ENV, "value": v}]}}});
            crate::lint::testing::merge(&mut d, &extra);
            d
        };
        let proxy = json!({"spec": {"routingProxy": {}}});
        let pd = json!({"spec": {"routingProxy": {}, "prefill": {}}});
        table(
            check,
            CODE,
            SEVERITY,
            &[
                (nixl("5557", json!({})), &[]),
                (nixl("9002", json!({})), &[]),
                (nixl("8200", json!({})), &[]),
                (nixl("8000", json!({})), at),
                (nixl("08000", json!({})), at),
                (nixl("9000", json!({"spec": {"engine": {"port": 9000}}})), at),
                (nixl("8200", proxy.clone()), at),
                (nixl("8000", proxy), at),
                (nixl("8000", pd), at),
                (nixl("70000", json!({})), &[]),
            ],
        );
    }
}
