//! The Kubernetes structs a user writes inside a ModelService, as the operator's Go client sends
//! them once copied into its objects: in Go an empty `string` is the same as an absent one, and a
//! field tagged `omitempty` is then not sent at all (k8s.io/api v0.35 `core/v1/types.go`).
//! k8s-openapi keeps `Some("")` apart from `None`, so `render` clears those strings first, on a
//! copy of the input, before any builder copies them.
//!
//! The `omitempty` strings of the copied types, and what happens to each:
//! - `EnvVar.value`, `ObjectFieldSelector.apiVersion`, `ResourceFieldSelector.containerName`,
//!   `ResourceClaim.request`, `Toleration.{key,operator,value,effect}` — `Option` in k8s-openapi:
//!   cleared here.
//! - `LocalObjectReference.name` — a plain `String` in k8s-openapi. In the pod's pull secrets the
//!   output type is ours (`objects::PullSecret`, `{}` when empty); inside
//!   `configMapKeyRef`/`secretKeyRef` an empty name is rejected by the API server (`env-invalid`),
//!   so it is never rendered.
//! - Not strings, and not changed here: `limits`/`requests`/`claims` (empty ones are dropped when
//!   the container is built, after the GPU is injected; an empty EPP `requests: {}` still selects
//!   the user's resources, as in Go), `optional`, `tolerationSeconds` (pointers: sent when set).

use crate::model::{ModelService, RoleSpec};
use k8s_openapi::api::core::v1::{EnvVar, ResourceRequirements, Toleration};

fn clear(s: &mut Option<String>) {
    if s.as_deref() == Some("") {
        *s = None;
    }
}

/// Clears the empty `omitempty` strings of one env var.
pub fn env_var(e: &mut EnvVar) {
    clear(&mut e.value);
    if let Some(from) = e.value_from.as_mut() {
        if let Some(f) = from.field_ref.as_mut() {
            clear(&mut f.api_version);
        }
        if let Some(r) = from.resource_field_ref.as_mut() {
            clear(&mut r.container_name);
        }
    }
}

fn resources(r: &mut ResourceRequirements) {
    for c in r.claims.iter_mut().flatten() {
        clear(&mut c.request);
    }
}

/// Clears the empty `omitempty` strings of one toleration.
pub fn toleration(t: &mut Toleration) {
    for s in [&mut t.key, &mut t.operator, &mut t.value, &mut t.effect] {
        clear(s);
    }
}

fn role(r: &mut RoleSpec) {
    resources(&mut r.resources);
    r.tolerations.iter_mut().for_each(toleration);
}

/// Clears every `omitempty` string the Go client would not send (see the module doc).
pub fn apply(ms: &mut ModelService) {
    let s = &mut ms.spec;
    s.engine.env.iter_mut().for_each(env_var);
    role(&mut s.decode);
    if let Some(p) = s.prefill.as_mut() {
        role(p);
    }
    if let Some(pool) = s.inference_pool.as_mut() {
        resources(&mut pool.endpoint_picker.resources);
    }
}
