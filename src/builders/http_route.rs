//! The HTTPRoute (epp.md §12): explicit and default builders.

use super::meta;
use crate::crd::http_route::{
    BackendRef, HeaderMatch, HttpRoute, HttpRouteMatch, HttpRouteRule, HttpRouteSpec, ParentReference, PathMatch,
};
use crate::labels::Labels;
use crate::model::ModelService;
use crate::names::{http_route_name, inference_pool_name};

pub const MODEL_HEADER: &str = "OtterScale-Model-Name";
/// The default route's gateway namespace is hard-coded upstream.
pub const DEFAULT_GATEWAY_NAMESPACE: &str = "llm-d";

/// `modelRouteMatch`: one rule matching the model header (the ModelService name) to the pool.
fn model_route_rule(ms_name: &str, pool_name: &str) -> HttpRouteRule {
    HttpRouteRule {
        matches: vec![HttpRouteMatch {
            path: PathMatch { type_: "PathPrefix".into(), value: "/".into() },
            headers: vec![HeaderMatch { type_: "Exact".into(), name: MODEL_HEADER.into(), value: ms_name.into() }],
        }],
        backend_refs: vec![BackendRef {
            group: "inference.networking.k8s.io".into(),
            kind: "InferencePool".into(),
            name: pool_name.into(),
        }],
    }
}

fn route(
    ms: &ModelService,
    labels: Option<Labels>,
    parent: ParentReference,
    hostnames: Vec<String>,
    pool: &str,
) -> HttpRoute {
    let n = &ms.metadata.name;
    HttpRoute {
        metadata: meta(http_route_name(n), &ms.metadata.namespace, labels),
        spec: HttpRouteSpec { parent_refs: vec![parent], hostnames, rules: vec![model_route_rule(n, pool)] },
        ..Default::default()
    }
}

/// Upstream `BuildHTTPRoute` (`spec.httpRoute` set): the parentRef has no group/kind, and a
/// namespace only when the gateway lives in another namespace.
pub fn build(ms: &ModelService, labels: Option<Labels>) -> HttpRoute {
    let spec = ms.spec.http_route.clone().unwrap_or_default();
    let ns = &ms.metadata.namespace;
    let gw_ns = if spec.gateway_ref.namespace.is_empty() { ns.clone() } else { spec.gateway_ref.namespace.clone() };
    let parent = ParentReference {
        group: None,
        kind: None,
        namespace: (gw_ns != *ns).then_some(gw_ns),
        name: spec.gateway_ref.name.clone(),
    };
    route(ms, labels, parent, spec.hostnames, &inference_pool_name(&ms.metadata.name))
}

/// Upstream `BuildDefaultHTTPRoute` (`spec.httpRoute` nil, default gateway name set).
pub fn build_default(ms: &ModelService, labels: Option<Labels>, gateway_name: &str, pool_name: &str) -> HttpRoute {
    let parent = ParentReference {
        group: Some("gateway.networking.k8s.io".into()),
        kind: Some("Gateway".into()),
        namespace: Some(DEFAULT_GATEWAY_NAMESPACE.into()),
        name: gateway_name.into(),
    };
    route(ms, labels, parent, Vec::new(), pool_name)
}
