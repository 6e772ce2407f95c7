//! The schema data as a standard JSON Schema (draft 2020-12) for one operator profile: the
//! playground's completion and hover docs, and the source of the generated TypeScript type.

use super::{Kind, Node, MODEL_SERVICE, QUANTITY_PATTERN};
use crate::config::Profile;
use serde_json::{json, Map, Value};

/// The ModelService JSON Schema under `profile` (gated fields such as `spec.decode.annotations`
/// appear only where the profile has them).
pub fn schema_json(profile: &Profile) -> Value {
    let mut root = Map::new();
    root.insert("$schema".into(), json!("https://json-schema.org/draft/2020-12/schema"));
    root.insert("title".into(), json!("ModelService"));
    root.insert("x-operator-version".into(), json!(profile.version.as_str()));
    if let Value::Object(body) = emit(&MODEL_SERVICE, profile) {
        root.extend(body);
    }
    Value::Object(root)
}

fn emit(node: &Node, profile: &Profile) -> Value {
    let mut s = Map::new();
    match node.kind {
        Kind::String => {
            s.insert("type".into(), json!("string"));
        }
        Kind::Int32 | Kind::Int64 => {
            s.insert("type".into(), json!("integer"));
            let format = if matches!(node.kind, Kind::Int32) { "int32" } else { "int64" };
            s.insert("format".into(), json!(format));
        }
        Kind::Boolean => {
            s.insert("type".into(), json!("boolean"));
        }
        Kind::Quantity => {
            s.insert("anyOf".into(), json!([{"type": "integer"}, {"type": "string", "pattern": QUANTITY_PATTERN}]));
            s.insert("x-kubernetes-int-or-string".into(), json!(true));
        }
        Kind::Object { fields } => {
            s.insert("type".into(), json!("object"));
            let open = fields.iter().filter(|f| f.gate.open(profile));
            let properties: Map<String, Value> =
                open.clone().map(|f| (f.name.to_string(), emit(f.node, profile))).collect();
            let required: Vec<&str> = open.filter(|f| f.required).map(|f| f.name).collect();
            s.insert("properties".into(), Value::Object(properties));
            if !required.is_empty() {
                s.insert("required".into(), json!(required));
            }
            s.insert("additionalProperties".into(), json!(false));
        }
        Kind::Array { item } => {
            s.insert("type".into(), json!("array"));
            s.insert("items".into(), emit(item, profile));
        }
        Kind::Map { value } => {
            s.insert("type".into(), json!("object"));
            s.insert("additionalProperties".into(), emit(value, profile));
        }
        Kind::Opaque => {
            s.insert("type".into(), json!("object"));
            s.insert("x-kubernetes-preserve-unknown-fields".into(), json!(true));
        }
    }
    s.insert("description".into(), json!(node.description));
    if let Some(d) = node.default {
        s.insert("default".into(), d.to_json());
    }
    if !node.enum_values.is_empty() {
        s.insert("enum".into(), json!(node.enum_values));
    }
    // `format: int32` alone is not checked by editors (yaml-language-server knows no int32), so
    // the 32-bit range lint enforces (`schema/int32-range`) is also written as bounds.
    let (min32, max32) = match node.kind {
        Kind::Int32 => (Some(i64::from(i32::MIN)), Some(i64::from(i32::MAX))),
        _ => (None, None),
    };
    let numbers = [("minimum", node.minimum.or(min32)), ("maximum", node.maximum.or(max32))];
    for (k, n) in numbers {
        if let Some(n) = n {
            s.insert(k.into(), json!(n));
        }
    }
    let lengths = [("minLength", node.min_length), ("maxLength", node.max_length)];
    for (k, n) in lengths {
        if let Some(n) = n {
            s.insert(k.into(), json!(n));
        }
    }
    Value::Object(s)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::schema::tests::{v090, v101};

    #[test]
    fn emits_a_json_schema_per_profile() {
        let s = schema_json(&v101());
        assert_eq!(s["$schema"], "https://json-schema.org/draft/2020-12/schema");
        assert_eq!(s["required"], json!(["metadata", "spec"]));
        assert_eq!(s["additionalProperties"], false);
        let spec = &s["properties"]["spec"];
        assert_eq!(spec["required"], json!(["model", "engine", "accelerator", "decode"]));
        assert_eq!(spec["additionalProperties"], false);
        let decode = &spec["properties"]["decode"]["properties"];
        assert_eq!(
            decode["replicas"],
            json!({
                "type": "integer", "format": "int32", "minimum": 0, "maximum": 2147483647, "default": 1,
                "description": decode["replicas"]["description"].clone()
            })
        );
        assert_eq!(decode["annotations"]["additionalProperties"]["type"], "string");
        let cpu = &decode["resources"]["properties"]["limits"]["additionalProperties"];
        assert_eq!(cpu["x-kubernetes-int-or-string"], true);
        assert_eq!(cpu["anyOf"][1]["pattern"], QUANTITY_PATTERN);
        let acc = &spec["properties"]["accelerator"]["properties"]["type"];
        assert_eq!(acc["enum"], json!(["nvidia", "amd", "intel-gaudi", "google", "cpu"]));
        assert_eq!(spec["properties"]["model"]["properties"]["name"]["maxLength"], 253);
        assert_eq!(s["properties"]["status"]["x-kubernetes-preserve-unknown-fields"], true);

        let old = schema_json(&v090());
        assert!(old["properties"]["spec"]["properties"]["decode"]["properties"].get("annotations").is_none());
        assert!(old["properties"]["spec"]["properties"]["prefill"]["properties"].get("replicas").is_some());
    }
}
