//! `Resource`: any object the operator creates, serialised exactly as the Go client sends it,
//! and `ObjectRef`, the address of an object the operator would delete.

use crate::crd::destination_rule::DestinationRule;
use crate::crd::http_route::HttpRoute;
use crate::crd::inference_pool::InferencePool;
use crate::crd::monitoring::{PodMonitor, ServiceMonitor};
use crate::objects::{
    ClusterRole, ClusterRoleBinding, ConfigMap, Deployment, Object, ObjectMeta, Role, RoleBinding, Secret, Service,
    ServiceAccount,
};
use serde::{Serialize, Serializer};

/// The kinds, listed once: the enum, its access to the object behind each variant, and `From`.
macro_rules! resources {
    ($($kind:ident),* $(,)?) => {
        /// One rendered object, typed. Questions every kind answers go through [`Object`].
        // Built once per render and moved, never copied in bulk: boxing a variant buys nothing.
        #[allow(clippy::large_enum_variant)]
        #[derive(Clone, Debug, PartialEq)]
        pub enum Resource {
            $($kind($kind)),*
        }

        impl Resource {
            pub fn object(&self) -> &dyn Object {
                match self {
                    $(Resource::$kind(o) => o),*
                }
            }

            pub fn object_mut(&mut self) -> &mut dyn Object {
                match self {
                    $(Resource::$kind(o) => o),*
                }
            }
        }

        /// For callers with their own serialiser (tests build `Value`s); the crate itself writes
        /// text with [`Resource::write_json`].
        impl Serialize for Resource {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                match self {
                    $(Resource::$kind(o) => o.serialize(s)),*
                }
            }
        }

        $(impl From<$kind> for Resource {
            fn from(o: $kind) -> Self {
                Resource::$kind(o)
            }
        })*
    };
}

resources!(
    Deployment,
    ServiceAccount,
    ConfigMap,
    Service,
    Secret,
    Role,
    RoleBinding,
    ClusterRole,
    ClusterRoleBinding,
    InferencePool,
    HttpRoute,
    DestinationRule,
    PodMonitor,
    ServiceMonitor,
);

impl Resource {
    pub fn api_version(&self) -> &'static str {
        self.object().api_version()
    }

    pub fn kind(&self) -> &'static str {
        self.object().kind()
    }

    pub fn metadata(&self) -> &ObjectMeta {
        self.object().metadata()
    }

    pub fn metadata_mut(&mut self) -> &mut ObjectMeta {
        self.object_mut().metadata_mut()
    }

    pub fn name(&self) -> &str {
        self.metadata().name.as_deref().unwrap_or("")
    }

    /// Appends the object as compact JSON, keys in kubectl's sorted order.
    pub fn write_json(&self, out: &mut Vec<u8>) {
        self.object().write_json(out);
    }

    /// The object as a JSON value (explain and diff walk it). Read back from its text, so that
    /// the only serialiser of every kind is the JSON writer (one copy of that code in the wasm).
    pub fn to_value(&self) -> serde_json::Value {
        crate::objects::to_value(self.object())
    }
}

/// `{apiVersion, kind, name, namespace?}` of an object.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS), ts(optional_fields))]
#[serde(rename_all = "camelCase")]
pub struct ObjectRef {
    pub api_version: &'static str,
    pub kind: &'static str,
    pub name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub namespace: Option<String>,
}
