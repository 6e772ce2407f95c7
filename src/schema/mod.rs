//! The ModelService schema as data — the one source of truth for validation (`validate`), CRD
//! defaulting (`defaulting`), the JSON Schema the playground and the TypeScript types are made
//! from (`schema_json`; the playground's hover docs read that JSON Schema).
//!
//! The tree mirrors the CRD `openAPIV3Schema` of otterscale/api v1.0.0 (shared/spec/api.md §2, §7)
//! including the embedded Kubernetes core types (EnvVar, Toleration, ResourceRequirements,
//! LocalObjectReference) and a strict ObjectMeta.

pub mod defaulting;
pub(crate) mod hints;
mod json_schema;
mod k8s;
mod modelservice;
mod validate;

#[cfg(test)]
mod tests;

use crate::config::Profile;

pub use defaulting::{apply_crd_defaults, apply_crd_defaults_to};
pub use json_schema::schema_json;
pub use modelservice::MODEL_SERVICE;
pub use validate::validate;

/// The CRD `pattern` of every int-or-string quantity (limits, requests, divisor).
pub const QUANTITY_PATTERN: &str = r"^(\+|-)?(([0-9]+(\.[0-9]*)?)|(\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\+|-)?(([0-9]+(\.[0-9]*)?)|(\.[0-9]+))))?$";

/// What JSON a node accepts.
#[derive(Clone, Copy, Debug)]
pub enum Kind {
    String,
    /// `type: integer, format: int32`.
    Int32,
    /// `type: integer, format: int64`.
    Int64,
    Boolean,
    /// `x-kubernetes-int-or-string` with QUANTITY_PATTERN.
    Quantity,
    /// An object with a fixed set of fields; any other field is an error (strict field validation).
    Object {
        fields: &'static [Field],
    },
    /// A list whose items all match `item`.
    Array {
        item: &'static Node,
    },
    /// An object with arbitrary keys whose values all match `value` (`additionalProperties`).
    Map {
        value: &'static Node,
    },
    /// Any object; not validated beyond "is an object with finite numbers" (status, managedFields).
    Opaque,
}

/// A CRD `default:`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum DefaultValue {
    Str(&'static str),
    Int(i64),
    Bool(bool),
}

impl DefaultValue {
    pub fn to_json(self) -> serde_json::Value {
        match self {
            DefaultValue::Str(s) => serde_json::Value::from(s),
            DefaultValue::Int(i) => serde_json::Value::from(i),
            DefaultValue::Bool(b) => serde_json::Value::from(b),
        }
    }
}

/// Which profiles a field exists in (api.md §7).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Gate {
    Always,
    /// `spec.<role>.annotations`: otterscale/api v1.0.0 (operator v1.0.1) only.
    RoleAnnotations,
}

impl Gate {
    pub fn open(self, profile: &Profile) -> bool {
        match self {
            Gate::Always => true,
            Gate::RoleAnnotations => profile.role_annotations,
        }
    }
}

/// One schema node: a type plus its constraints and docs.
#[derive(Debug)]
pub struct Node {
    pub kind: Kind,
    /// One line for hover/completion: what it does, its default, what the operator does with it.
    pub description: &'static str,
    pub default: Option<DefaultValue>,
    pub enum_values: &'static [&'static str],
    /// The diagnostic code for a value outside `enum_values` (`schema/api-version` for `apiVersion`).
    pub enum_code: &'static str,
    pub minimum: Option<i64>,
    pub maximum: Option<i64>,
    pub min_length: Option<usize>,
    pub max_length: Option<usize>,
}

/// A named child of an object node.
#[derive(Debug)]
pub struct Field {
    pub name: &'static str,
    pub required: bool,
    pub gate: Gate,
    pub node: &'static Node,
    /// CRD defaulting visits this field (`defaulting::visits`), decided when the schema is built:
    /// asked per field of every object of every document, it was an eighth of the defaulting walk.
    pub defaulted: bool,
}

impl Field {
    pub const fn opt(name: &'static str, node: &'static Node) -> Field {
        Field { name, required: false, gate: Gate::Always, node, defaulted: defaulting::visits(node) }
    }

    pub const fn req(name: &'static str, node: &'static Node) -> Field {
        Field { name, required: true, gate: Gate::Always, node, defaulted: defaulting::visits(node) }
    }

    pub const fn gated(self, gate: Gate) -> Field {
        Field { gate, ..self }
    }
}

impl Node {
    pub const fn new(kind: Kind, description: &'static str) -> Node {
        Node {
            kind,
            description,
            default: None,
            enum_values: &[],
            enum_code: "schema/enum",
            minimum: None,
            maximum: None,
            min_length: None,
            max_length: None,
        }
    }
    pub const fn string(d: &'static str) -> Node {
        Node::new(Kind::String, d)
    }
    pub const fn int32(d: &'static str) -> Node {
        Node::new(Kind::Int32, d)
    }
    pub const fn int64(d: &'static str) -> Node {
        Node::new(Kind::Int64, d)
    }
    pub const fn boolean(d: &'static str) -> Node {
        Node::new(Kind::Boolean, d)
    }
    pub const fn quantity(d: &'static str) -> Node {
        Node::new(Kind::Quantity, d)
    }
    pub const fn opaque(d: &'static str) -> Node {
        Node::new(Kind::Opaque, d)
    }
    pub const fn min(self, n: i64) -> Node {
        Node { minimum: Some(n), ..self }
    }
    pub const fn max(self, n: i64) -> Node {
        Node { maximum: Some(n), ..self }
    }
    pub const fn min_len(self, n: usize) -> Node {
        Node { min_length: Some(n), ..self }
    }
    pub const fn max_len(self, n: usize) -> Node {
        Node { max_length: Some(n), ..self }
    }
    pub const fn default_int(self, n: i64) -> Node {
        Node { default: Some(DefaultValue::Int(n)), ..self }
    }
    pub const fn default_str(self, s: &'static str) -> Node {
        Node { default: Some(DefaultValue::Str(s)), ..self }
    }
    pub const fn default_bool(self, b: bool) -> Node {
        Node { default: Some(DefaultValue::Bool(b)), ..self }
    }
    pub const fn one_of(self, values: &'static [&'static str]) -> Node {
        Node { enum_values: values, ..self }
    }
    pub const fn enum_code(self, code: &'static str) -> Node {
        Node { enum_code: code, ..self }
    }

    /// The fields of an object node (empty for every other kind).
    pub fn fields(&self) -> &'static [Field] {
        match self.kind {
            Kind::Object { fields } => fields,
            _ => &[],
        }
    }

    /// The field `name` of an object node, if it exists under `profile`.
    pub fn field(&self, name: &str, profile: &Profile) -> Option<&'static Field> {
        self.fields().iter().find(|f| f.name == name && f.gate.open(profile))
    }
}
