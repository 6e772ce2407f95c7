//! `gateway.networking.k8s.io/v1` HTTPRoute (gateway-api v1.4.1), the fields the operator sets.

use crate::objects::{kind, ApiVersion, Kind, ObjectMeta};
use serde::Serialize;

#[derive(Clone, Debug, Default, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct HttpRoute {
    pub api_version: ApiVersion<Self>,
    pub kind: Kind<Self>,
    pub metadata: ObjectMeta,
    pub spec: HttpRouteSpec,
}
kind!(HttpRoute, "gateway.networking.k8s.io", "v1", "HTTPRoute", "httproutes", NamespaceResourceScope);

#[derive(Clone, Debug, Default, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct HttpRouteSpec {
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub hostnames: Vec<String>,
    pub parent_refs: Vec<ParentReference>,
    pub rules: Vec<HttpRouteRule>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct ParentReference {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub group: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    pub name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub namespace: Option<String>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct HttpRouteRule {
    pub backend_refs: Vec<BackendRef>,
    pub matches: Vec<HttpRouteMatch>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct HttpRouteMatch {
    pub headers: Vec<HeaderMatch>,
    pub path: PathMatch,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct PathMatch {
    #[serde(rename = "type")]
    pub type_: String,
    pub value: String,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct HeaderMatch {
    pub name: String,
    #[serde(rename = "type")]
    pub type_: String,
    pub value: String,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct BackendRef {
    pub group: String,
    pub kind: String,
    pub name: String,
}
