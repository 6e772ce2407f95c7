//! API-server structural-schema defaulting, driven by the schema data (shared/spec/api.md §3):
//! nulls are pruned first (`null` is the same as absent), then every CRD `default:` is filled in —
//! but only inside objects that are present, so an absent `parallelism`, `routingProxy`,
//! `inferencePool` or `monitoring.podMonitor` stays absent. No image defaults (API v1.0.0 has none).
//! The same walk writes quantities as the operator's Go client sends them.

use super::validate::integral;
use super::{Kind, Node, MODEL_SERVICE};
use crate::diagnostics::{FieldPath, Loc};
use serde_json::Value;

/// Prunes nulls and fills CRD defaults in place. Returns the paths that got a default, in schema
/// order (`explain` reports those values as coming from a CRD default). Also writes integral
/// floats (`2.0`) at integer fields as integers, as the API server stores them, and every quantity
/// (resources limits/requests, env `divisor`) as the string the operator's Go client sends after
/// decoding it (`crate::quantity::go_string`: the canonical form, or the input itself where Go
/// caches it): integers become strings (`2` → `"2"`, `1000` → `"1k"`), `"0.5"` → `"500m"`;
/// unparseable strings are left unchanged. Nothing else (env values, tolerations, …) is touched.
/// One walk for both: no default is a quantity or holds one. Call after `validate` found no
/// errors; on invalid input it still never panics and only touches values of the expected shape.
pub fn apply_crd_defaults(value: &mut Value) -> Vec<FieldPath> {
    apply_crd_defaults_to(value, true)
}

/// [`apply_crd_defaults`], without the walk that prunes nulls when `may_hold_null` is false: the
/// caller knows there is none (the JSON text it parsed has no `null`), and the walk visits every
/// node of the document (~2 % of a render).
pub fn apply_crd_defaults_to(value: &mut Value, may_hold_null: bool) -> Vec<FieldPath> {
    if may_hold_null {
        prune_nulls(value);
    }
    let mut defaulted = Vec::new();
    fill(&MODEL_SERVICE, value, &Loc::Root, &mut defaulted);
    defaulted
}

fn prune_nulls(v: &mut Value) {
    match v {
        Value::Object(m) => {
            let mut nulls = false;
            for x in m.values_mut() {
                match x {
                    Value::Null => nulls = true,
                    x => prune_nulls(x),
                }
            }
            // `retain` rebuilds the map even when it keeps everything (nearly always).
            if nulls {
                m.retain(|_, x| !x.is_null());
            }
        }
        Value::Array(items) => items.iter_mut().for_each(prune_nulls),
        _ => {}
    }
}

fn fill(node: &'static Node, v: &mut Value, path: &Loc<'_>, out: &mut Vec<FieldPath>) {
    match (node.kind, v) {
        (Kind::Object { fields }, Value::Object(m)) => {
            // A gated field (role annotations) has no default, so the profile does not matter here.
            for f in fields.iter().filter(|f| f.defaulted) {
                let child = path.field(f.name);
                match m.get_mut(f.name) {
                    Some(x) => fill(f.node, x, &child, out),
                    None => {
                        if let Some(d) = f.node.default {
                            m.insert(f.name.to_string(), d.to_json());
                            out.push(child.to_path());
                        }
                    }
                }
            }
        }
        (Kind::Array { item }, Value::Array(items)) => {
            for (i, x) in items.iter_mut().enumerate() {
                fill(item, x, &path.index(i), out);
            }
        }
        (Kind::Map { value }, Value::Object(m)) => {
            // Map values have no defaults; only their quantities change (no path needed).
            if matches!(value.kind, Kind::Quantity) {
                m.values_mut().for_each(normalize_quantity);
            }
        }
        (Kind::Int32 | Kind::Int64, v @ Value::Number(_)) => integral_to_int(v),
        (Kind::Quantity, v) => normalize_quantity(v),
        _ => {}
    }
}

/// Whether `fill` visits a field with this node (`Field::defaulted`): it has a default, or may
/// hold a value `fill` changes.
pub(super) const fn visits(node: &Node) -> bool {
    node.default.is_some() || !untouched(node)
}

/// True when `fill` leaves every value of this node as it is: strings, booleans, opaque objects,
/// and lists or maps of those. Such a field is not even looked up (most of ObjectMeta, names,
/// images, args, label maps): the lookups were most of the walk.
const fn untouched(node: &Node) -> bool {
    match node.kind {
        Kind::String | Kind::Boolean | Kind::Opaque => true,
        Kind::Map { value } => !matches!(value.kind, Kind::Quantity),
        Kind::Array { item } => untouched(item),
        Kind::Int32 | Kind::Int64 | Kind::Quantity | Kind::Object { .. } => false,
    }
}

/// `2.0` → `2` (in i64 range); anything else unchanged.
fn integral_to_int(v: &mut Value) {
    if let Value::Number(n) = v {
        if n.is_f64() {
            if let Some(i) = integral(n).and_then(|i| i64::try_from(i).ok()) {
                *v = Value::from(i);
            }
        }
    }
}

fn normalize_quantity(v: &mut Value) {
    let sent = match v {
        Value::Number(n) => match integral(n) {
            Some(i) => {
                let text = i.to_string();
                crate::quantity::go_string_if_changed(&text).unwrap_or(text)
            }
            None => return,
        },
        // Most strings are sent as written: those stay untouched.
        Value::String(s) => match crate::quantity::go_string_if_changed(s) {
            Some(sent) => sent,
            None => return,
        },
        _ => return,
    };
    *v = Value::String(sent);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::schema::tests::{base, fx_full, v101, with};
    use serde_json::json;

    fn defaulted(v: Value) -> (Value, Vec<String>) {
        let mut v = v;
        let paths = apply_crd_defaults(&mut v);
        (v, paths.iter().map(ToString::to_string).collect())
    }

    #[test]
    fn minimal_gets_the_always_present_defaults() {
        let (v, paths) = defaulted(base());
        assert_eq!(paths, ["spec.model.mountPath", "spec.engine.port", "spec.decode.replicas"]);
        assert_eq!(v["spec"]["model"]["mountPath"], "/models");
        assert_eq!(v["spec"]["engine"]["port"], 8000);
        assert_eq!(v["spec"]["decode"], json!({"replicas": 1}));
        assert!(v["spec"]["engine"].get("image").is_none(), "API v1.0.0 has no image defaults");
        for absent in ["prefill", "routingProxy", "inferencePool", "httpRoute", "monitoring"] {
            assert!(v["spec"].get(absent).is_none(), "{absent} stays absent");
        }
    }

    #[test]
    fn defaults_apply_only_inside_present_objects() {
        // (patch, path inside spec, expected value there after defaulting)
        let cases: Vec<(Value, &str, Value)> = vec![
            (
                json!({"monitoring": {"podMonitor": {}}}),
                "/monitoring",
                json!({"podMonitor": {"enabled": false, "portName": "http", "path": "/metrics", "interval": "30s"}}),
            ),
            (json!({"monitoring": {}}), "/monitoring", json!({})),
            (
                json!({"monitoring": {"podMonitor": {"enabled": true, "interval": "15s"}}}),
                "/monitoring/podMonitor",
                json!({"enabled": true, "portName": "http", "path": "/metrics", "interval": "15s"}),
            ),
            (json!({"routingProxy": {}}), "/routingProxy", json!({"connector": "nixlv2", "targetPort": 8200})),
            (json!({"routingProxy": {"connector": ""}}), "/routingProxy", json!({"connector": "", "targetPort": 8200})),
            (
                json!({"decode": {"parallelism": {}}}),
                "/decode/parallelism",
                json!({"tensor": 1, "data": 1, "dataLocal": 1}),
            ),
            (
                json!({"decode": {"parallelism": {"tensor": 4}}}),
                "/decode/parallelism",
                json!({"tensor": 4, "data": 1, "dataLocal": 1}),
            ),
            (json!({"decode": {"replicas": 3}}), "/decode", json!({"replicas": 3})),
            (json!({"decode": {"replicas": null}}), "/decode", json!({"replicas": 1})),
            (json!({"decode": {"replicas": 2.0}}), "/decode/replicas", json!(2)),
            (json!({"prefill": {}}), "/prefill", json!({"replicas": 1})),
            (
                json!({"inferencePool": {"endpointPicker": {}}}),
                "/inferencePool/endpointPicker",
                json!({"replicas": 1, "port": 9002, "failureMode": "FailOpen"}),
            ),
            (
                json!({"inferencePool": {"endpointPicker": {"failureMode": "FailClose", "port": 9999}}}),
                "/inferencePool/endpointPicker",
                json!({"replicas": 1, "port": 9999, "failureMode": "FailClose"}),
            ),
            (json!({"httpRoute": {"gatewayRef": {"name": "gw"}}}), "/httpRoute", json!({"gatewayRef": {"name": "gw"}})),
            (
                json!({"model": {"imagePullSecrets": [{}, {"name": "x"}]}}),
                "/model/imagePullSecrets",
                json!([{"name": ""}, {"name": "x"}]),
            ),
            (json!({"model": {"mountPath": ""}}), "/model/mountPath", json!("")),
            (json!({"engine": {"port": 9000}}), "/engine/port", json!(9000)),
            (json!({"routingProxy": null}), "/routingProxy", Value::Null),
            (
                json!({"engine": {"env": [{"name": "A", "valueFrom": {"configMapKeyRef": {"key": "k"}}}]}}),
                "/engine/env/0/valueFrom",
                json!({"configMapKeyRef": {"key": "k", "name": ""}}),
            ),
            (
                json!({"engine": {"env": [{"name": "A", "valueFrom": {"fileKeyRef": {"key": "k", "path": "p", "volumeName": "v"}}}]}}),
                "/engine/env/0/valueFrom/fileKeyRef",
                json!({"key": "k", "path": "p", "volumeName": "v", "optional": false}),
            ),
            (json!({"decode": {"nodeSelector": {"a": null, "b": "c"}}}), "/decode/nodeSelector", json!({"b": "c"})),
        ];
        for (patch, at, want) in cases {
            let (v, _) = defaulted(with(json!({"spec": patch.clone()})));
            let got = v.pointer(&format!("/spec{at}")).cloned().unwrap_or(Value::Null);
            assert_eq!(got, want, "patch {patch}");
        }
    }

    #[test]
    fn reports_the_paths_it_defaulted() {
        let (_, paths) =
            defaulted(with(json!({"spec": {"prefill": {"parallelism": {"data": 2}}, "routingProxy": {}}})));
        assert_eq!(
            paths,
            [
                "spec.model.mountPath",
                "spec.engine.port",
                "spec.decode.replicas",
                "spec.prefill.replicas",
                "spec.prefill.parallelism.tensor",
                "spec.prefill.parallelism.dataLocal",
                "spec.routingProxy.connector",
                "spec.routingProxy.targetPort",
            ]
        );
    }

    #[test]
    fn defaulted_fx_full_deserializes_into_the_model() {
        let (v, paths) = defaulted(fx_full());
        assert!(paths.is_empty(), "FX-FULL is already defaulted: {paths:?}");
        let ms: crate::model::ModelService = serde_json::from_value(v).unwrap();
        assert_eq!(ms.spec.decode.replicas, Some(2));
        assert_eq!(ms.spec.decode.annotations.get("sidecar.istio.io/inject").map(String::as_str), Some("false"));
        assert!(crate::schema::validate(&fx_full(), &v101()).is_empty());
    }

    #[test]
    fn normalizes_quantities_only() {
        let mut v = with(json!({"spec": {
            "decode": {"resources": {"limits": {"cpu": 4, "memory": "64Gi", "x": "junk"},
                                     "requests": {"cpu": "0.5", "big": 1000}},
                       "nodeSelector": {"n": "1000"}, "annotations": {"a": "0.5"}},
            "prefill": {"resources": {"limits": {"memory": "1024Mi"}}},
            "engine": {"env": [{"name": "N", "value": "1000",
                                "valueFrom": {"resourceFieldRef": {"resource": "limits.cpu", "divisor": 1}}}]},
            "inferencePool": {"endpointPicker": {"resources": {"requests": {"memory": "8Gi"}}}}
        }}));
        apply_crd_defaults(&mut v);
        let s = &v["spec"];
        assert_eq!(s["decode"]["resources"]["limits"], json!({"cpu": "4", "memory": "64Gi", "x": "junk"}));
        assert_eq!(s["decode"]["resources"]["requests"], json!({"cpu": "500m", "big": "1k"}));
        assert_eq!(s["decode"]["nodeSelector"], json!({"n": "1000"}));
        assert_eq!(s["decode"]["annotations"], json!({"a": "0.5"}));
        assert_eq!(s["prefill"]["resources"]["limits"], json!({"memory": "1Gi"}));
        assert_eq!(s["engine"]["env"][0]["value"], "1000");
        assert_eq!(s["engine"]["env"][0]["valueFrom"]["resourceFieldRef"]["divisor"], "1");
        assert_eq!(s["inferencePool"]["endpointPicker"]["resources"]["requests"]["memory"], "8Gi");
    }

    #[test]
    fn never_panics_on_wrong_shapes() {
        for mut v in [json!(null), json!([1]), json!({"spec": 3}), json!({"spec": {"decode": [], "model": "x"}})] {
            apply_crd_defaults(&mut v);
        }
    }
}
