//! The Kubernetes objects the operator creates, as this crate writes them: only the fields the
//! operator sets, each struct's fields declared in JSON key order, so serialising one directly
//! gives kubectl's sorted key order without an intermediate `serde_json::Value`. Field names and
//! types follow k8s-openapi's (`Option` = omitted when `None`, as its serialisers do), so
//! builders read like the Go structs; the structs users write inside a ModelService (env,
//! resources, tolerations, pull secrets) stay k8s-openapi's types and are embedded as they are.
//!
//! Why not k8s-openapi's own kinds (docs/decisions.md, "Output kinds of our own"): their
//! serialisers write every field of every nested type, link `jiff` through `ObjectMeta`'s
//! timestamps, and needed a sorting `Value` step; these are a third of the `.wasm`.

pub mod apps;
pub mod core;
pub mod pod;
pub mod rbac;

pub use self::core::{ConfigMap, Secret, Service, ServiceAccount, ServicePort, ServiceSpec};
pub use apps::{Deployment, DeploymentSpec, DeploymentStrategy};
pub use pod::*;
pub use rbac::{ClusterRole, ClusterRoleBinding, PolicyRule, Role, RoleBinding, RoleRef, Subject};

use crate::labels::Labels;
use serde::{Serialize, Serializer};
use std::fmt;
use std::marker::PhantomData;
use std::rc::Rc;

/// `metav1.ObjectMeta`, the fields the operator sets.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ObjectMeta {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub annotations: Option<Labels>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub labels: Option<Labels>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub namespace: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub owner_references: Option<OwnerReferences>,
}

/// `metadata.ownerReferences` as the operator writes it: its one controller reference, shared by
/// every namespaced object of a render (a reference count, where each object had a list and two
/// strings of its own). Written as a one-item list.
#[derive(Clone, Debug, PartialEq)]
pub struct OwnerReferences(pub Rc<OwnerReference>);

impl Serialize for OwnerReferences {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        std::slice::from_ref(&*self.0).serialize(s)
    }
}

/// `metav1.OwnerReference`. The operator only writes its own kind here: `api_version` and `kind`
/// are constants, not copied onto every object (BENCHMARKS.md, "P2/P3: evening, the build path").
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct OwnerReference {
    pub api_version: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub block_owner_deletion: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub controller: Option<bool>,
    pub kind: &'static str,
    pub name: String,
    pub uid: String,
}

/// `metav1.LabelSelector` with `matchLabels` only (the operator never sets expressions).
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct LabelSelector {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub match_labels: Option<Labels>,
}

/// The `apiVersion` field of kind `K`: holds nothing, writes `K::API_VERSION`.
pub struct ApiVersion<K>(PhantomData<K>);

/// The `kind` field of kind `K`: holds nothing, writes `K::KIND`.
pub struct Kind<K>(PhantomData<K>);

macro_rules! type_meta_field {
    ($t:ident, $value:ident) => {
        impl<K: k8s_openapi::Resource> Serialize for $t<K> {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(K::$value)
            }
        }
        impl<K: k8s_openapi::Resource> fmt::Debug for $t<K> {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(K::$value)
            }
        }
        // By hand: derives would demand `K: Default + Clone + PartialEq`.
        impl<K> Default for $t<K> {
            fn default() -> Self {
                $t(PhantomData)
            }
        }
        impl<K> Clone for $t<K> {
            fn clone(&self) -> Self {
                *self
            }
        }
        impl<K> Copy for $t<K> {}
        impl<K> PartialEq for $t<K> {
            fn eq(&self, _: &Self) -> bool {
                true
            }
        }
    };
}
type_meta_field!(ApiVersion, API_VERSION);
type_meta_field!(Kind, KIND);

/// What every output kind offers, object-safe so [`crate::resource::Resource`] hands out any of
/// them without a `match` per question.
pub trait Object {
    fn api_version(&self) -> &'static str;
    fn kind(&self) -> &'static str;
    fn metadata(&self) -> &ObjectMeta;
    fn metadata_mut(&mut self) -> &mut ObjectMeta;
    /// Appends the object as compact JSON (keys sorted, by declaration order).
    fn write_json(&self, out: &mut Vec<u8>);
}

impl<T: k8s_openapi::Metadata<Ty = ObjectMeta> + Serialize> Object for T {
    fn api_version(&self) -> &'static str {
        T::API_VERSION
    }

    fn kind(&self) -> &'static str {
        T::KIND
    }

    fn metadata(&self) -> &ObjectMeta {
        k8s_openapi::Metadata::metadata(self)
    }

    fn metadata_mut(&mut self) -> &mut ObjectMeta {
        k8s_openapi::Metadata::metadata_mut(self)
    }

    fn write_json(&self, out: &mut Vec<u8>) {
        // Every map key here is a string, so this cannot fail.
        crate::json_text::write(out, self).ok();
    }
}

/// An object as a JSON value, read back from its own text (so the JSON writer stays the only
/// serialiser each kind has in the wasm).
pub fn to_value(o: &dyn Object) -> serde_json::Value {
    let mut text = Vec::new();
    o.write_json(&mut text);
    serde_json::from_slice(&text).unwrap_or(serde_json::Value::Null)
}

/// Any value as a JSON value, through the JSON text writer and back: serde_json's `to_value`
/// would instantiate a second serialiser for every type it meets (+10 KB gz measured, see
/// BENCHMARKS.md, "P1: where the bytes went"). The map keys come out sorted, as `to_value` sorts
/// them; `Null` for the (never produced) unserialisable value.
pub fn value_of<T: Serialize + ?Sized>(v: &T) -> serde_json::Value {
    let mut text = Vec::new();
    if crate::json_text::write(&mut text, v).is_err() {
        return serde_json::Value::Null;
    }
    serde_json::from_slice(&text).unwrap_or(serde_json::Value::Null)
}

/// Declares a struct an output kind: its group, version, kind, plural and scope (k8s-openapi's
/// `Resource`), and that its `metadata` field is its [`ObjectMeta`] (k8s-openapi's `Metadata`).
macro_rules! kind {
    ($ty:ty, $group:literal, $version:literal, $kind:literal, $plural:literal, $scope:ident) => {
        impl k8s_openapi::Resource for $ty {
            const API_VERSION: &'static str = if $group.is_empty() { $version } else { concat!($group, "/", $version) };
            const GROUP: &'static str = $group;
            const KIND: &'static str = $kind;
            const VERSION: &'static str = $version;
            const URL_PATH_SEGMENT: &'static str = $plural;
            type Scope = k8s_openapi::$scope;
        }
        impl k8s_openapi::Metadata for $ty {
            type Ty = $crate::objects::ObjectMeta;
            fn metadata(&self) -> &Self::Ty {
                &self.metadata
            }
            fn metadata_mut(&mut self) -> &mut Self::Ty {
                &mut self.metadata
            }
        }
    };
}
pub(crate) use kind;
