//! `diff`: one case per row of the transition table (shared/spec/reconcile.md §10), plus rollouts,
//! no-ops and errors. Operator-level rows (provider, metrics auth) change the settings, which the
//! JSON API keeps equal for both documents, so they call the core `diff` directly.

use modelservice_render::api::diff_json;
use modelservice_render::diff::{diff, Change};
use modelservice_render::input::prepare;
use modelservice_render::render::render;
use modelservice_render::settings_input::read_settings;
use serde_json::{json, Value};

/// A ModelService with the given `spec` fields added to a minimal one.
fn ms(spec: Value) -> Value {
    let mut v = json!({
        "apiVersion": "model.otterscale.io/v1alpha1",
        "kind": "ModelService",
        "metadata": {"name": "qwen3", "namespace": "ml-serving", "uid": "u-1"},
        "spec": {
            "model": {"name": "qwen/Qwen3-8B", "image": "registry.example.com/models/qwen3:v1"},
            "engine": {},
            "accelerator": {"type": "nvidia"},
            "decode": {"replicas": 1}
        }
    });
    for (k, x) in spec.as_object().unwrap() {
        v["spec"][k] = x.clone();
    }
    v
}

fn diff_api(before: &Value, after: &Value, epp: &str) -> Value {
    serde_json::from_str(&diff_json(&before.to_string(), &after.to_string(), epp, "")).unwrap()
}

/// The changes as compact strings: `action kind/name [paths] rollout`.
fn lines(changes: &Value) -> Vec<String> {
    changes
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            let mut s = format!(
                "{} {}/{}",
                c["action"].as_str().unwrap(),
                c["kind"].as_str().unwrap(),
                c["name"].as_str().unwrap()
            );
            if let Some(p) = c.get("paths") {
                let p: Vec<&str> = p.as_array().unwrap().iter().map(|x| x.as_str().unwrap()).collect();
                s.push_str(&format!(" {}", p.join(" ")));
            }
            if let Some(r) = c.get("rollout") {
                s.push_str(&format!(" rollout={r}"));
            }
            s
        })
        .collect()
}

fn changes(before: &Value, after: &Value) -> Vec<String> {
    let out = diff_api(before, after, "");
    assert_eq!(
        out["diagnostics"].as_array().unwrap().iter().filter(|d| d["severity"] == "error").count(),
        0,
        "{}",
        out["diagnostics"]
    );
    lines(&out["changes"])
}

/// Core diff of the same ModelService under two operator configurations.
fn settings_changes(m: &Value, epp_before: Value, epp_after: Value) -> Vec<String> {
    let run = |epp: &Value| {
        let (s, d) = read_settings(epp, &Value::Null);
        assert!(d.is_empty(), "{d:?}");
        let p = prepare(&m.to_string(), &s.profile());
        render(p.model.as_ref().unwrap(), &s)
    };
    let c: Vec<Change> = diff(&run(&epp_before), &run(&epp_after));
    lines(&serde_json::to_value(c).unwrap())
}

const C0: &str = "spec.template.spec.containers[0]";

fn pool() -> Value {
    json!({"endpointPicker": {"image": "example.com/epp:dev", "replicas": 2, "port": 9100, "failureMode": "FailOpen"}})
}

#[test]
fn row_inference_pool_set_to_nil() {
    let monitoring = json!({"podMonitor": {"enabled": true}});
    let before = ms(json!({"inferencePool": pool(), "monitoring": monitoring}));
    let after = ms(json!({"monitoring": monitoring}));
    assert_eq!(
        changes(&before, &after),
        [
            format!(
                "update Deployment/qwen3-epp spec.replicas {C0}.args[4] {C0}.args[6] {C0}.image {C0}.livenessProbe.grpc.service \
                 {C0}.ports[0].containerPort {C0}.readinessProbe.grpc.service rollout=true"
            ),
            "update Service/qwen3-epp spec.ports[0].port spec.ports[0].targetPort".into(),
            "update Role/qwen3-epp rules[3] rules[4]".into(),
            "update InferencePool/qwen3 spec.endpointPickerRef.failureMode spec.endpointPickerRef.port.number".into(),
            "delete Secret/qwen3-epp-sa-metrics-reader-secret".into(),
            "delete ClusterRole/ml-serving-qwen3-epp".into(),
            "delete ClusterRoleBinding/ml-serving-qwen3-epp".into(),
            "delete ServiceMonitor/qwen3-epp".into(),
        ]
    );
}

#[test]
fn row_prefill_set_and_unset() {
    let without = ms(json!({}));
    let with = ms(json!({"prefill": {"replicas": 1}}));
    let on = changes(&without, &with);
    assert_eq!(
        on,
        [
            "create Deployment/qwen3-prefill".to_string(),
            "update ConfigMap/qwen3-epp-config data[default-plugins.yaml] data[pd-config.yaml]".into(),
            format!("update Deployment/qwen3-epp spec.template.metadata.annotations[checksum/config] {C0}.args[3] rollout=true"),
            "create PodMonitor/qwen3-prefill".into(),
        ]
    );
    let off = changes(&with, &without);
    assert_eq!(
        off,
        [
            "update ConfigMap/qwen3-epp-config data[default-plugins.yaml] data[pd-config.yaml]".to_string(),
            format!("update Deployment/qwen3-epp spec.template.metadata.annotations[checksum/config] {C0}.args[3] rollout=true"),
            "delete Deployment/qwen3-prefill".into(),
            "delete PodMonitor/qwen3-prefill".into(),
        ]
    );
}

#[test]
fn row_epp_replicas_one_to_many() {
    let one = ms(json!({"inferencePool": {"endpointPicker": {"replicas": 1}}}));
    let three = ms(json!({"inferencePool": {"endpointPicker": {"replicas": 3}}}));
    assert_eq!(
        changes(&one, &three),
        [
            format!(
                "update Deployment/qwen3-epp spec.replicas {C0}.args[6] {C0}.livenessProbe.grpc.service {C0}.readinessProbe.grpc.service rollout=true"
            ),
            "update Role/qwen3-epp rules[3] rules[4]".into(),
        ]
    );
}

#[test]
fn row_http_route_set_to_nil() {
    let route =
        ms(json!({"httpRoute": {"gatewayRef": {"name": "gw", "namespace": "infra"}, "hostnames": ["a.example.com"]}}));
    let none = ms(json!({}));
    // With a default gateway the same-named route is rewritten in place …
    assert_eq!(
        changes(&route, &none),
        ["update HTTPRoute/qwen3 spec.hostnames spec.parentRefs[0].group spec.parentRefs[0].kind spec.parentRefs[0].name spec.parentRefs[0].namespace"]
    );
    // … without one it is deleted.
    let out = diff_api(&route, &none, r#"{"defaultGatewayName": ""}"#);
    assert_eq!(lines(&out["changes"]), ["delete HTTPRoute/qwen3"]);
}

#[test]
fn row_provider_istio_to_other() {
    let m = ms(json!({"inferencePool": {"endpointPicker": {}}}));
    for other in ["none", "gke"] {
        let got = settings_changes(&m, json!({"provider": "istio"}), json!({"provider": other}));
        let mut want = vec!["delete DestinationRule/qwen3-epp".to_string()];
        if other == "gke" {
            // gke also drops the SA-token Secret (metrics auth stays on).
            want.insert(0, "delete Secret/qwen3-epp-sa-metrics-reader-secret".into());
        }
        assert_eq!(got, want, "istio → {other}");
    }
}

#[test]
fn row_metrics_endpoint_auth_true_to_false() {
    let m = ms(json!({"inferencePool": {"endpointPicker": {}}, "monitoring": {"podMonitor": {"enabled": true}}}));
    assert_eq!(
        settings_changes(&m, json!({"metricsEndpointAuth": true}), json!({"metricsEndpointAuth": false})),
        [
            format!("update Deployment/qwen3-epp {C0}.args[7] rollout=true"),
            "update ServiceMonitor/qwen3-epp spec.endpoints[0].authorization".into(),
            "delete Secret/qwen3-epp-sa-metrics-reader-secret".into(),
            "delete ClusterRole/ml-serving-qwen3-epp".into(),
            "delete ClusterRoleBinding/ml-serving-qwen3-epp".into(),
        ]
    );
}

#[test]
fn row_pod_monitor_enabled_true_to_false_or_absent() {
    let base = json!({"inferencePool": {"endpointPicker": {}}});
    let mut on = base.clone();
    on["monitoring"] = json!({"podMonitor": {"enabled": true}});
    let mut off = base.clone();
    off["monitoring"] = json!({"podMonitor": {"enabled": false}});
    let (on, off, absent) = (ms(on), ms(off), ms(base));
    assert_eq!(
        changes(&on, &off),
        ["delete PodMonitor/qwen3-decode", "delete ServiceMonitor/qwen3-epp"],
        "enabled: false deletes the PodMonitors too"
    );
    assert_eq!(
        changes(&on, &absent),
        ["delete ServiceMonitor/qwen3-epp"],
        "PodMonitors stay when monitoring is absent"
    );
}

#[test]
fn rollouts_follow_the_pod_template() {
    let a = ms(json!({}));
    let mut b = a.clone();
    b["spec"]["decode"]["replicas"] = json!(3);
    assert_eq!(changes(&a, &b), ["update Deployment/qwen3-decode spec.replicas rollout=false"]);
    let mut c = a.clone();
    c["spec"]["engine"]["image"] = json!("vllm/vllm-openai:v0.9.0");
    assert_eq!(changes(&a, &c), [format!("update Deployment/qwen3-decode {C0}.image rollout=true")]);
    let mut d = a.clone();
    d["spec"]["decode"]["parallelism"] = json!({"tensor": 2});
    assert_eq!(
        changes(&a, &d),
        [format!(
            "update Deployment/qwen3-decode {C0}.args[5] {C0}.args[6] {C0}.env[0].value {C0}.resources.limits[nvidia.com/gpu] \
             {C0}.resources.requests[nvidia.com/gpu] rollout=true"
        )]
    );
    // Same spec: nothing to do.
    assert!(changes(&a, &a.clone()).is_empty());
}

#[test]
fn a_rename_creates_and_deletes() {
    let a = ms(json!({}));
    let mut b = a.clone();
    b["metadata"]["name"] = json!("other");
    let got = changes(&a, &b);
    assert_eq!(got.iter().filter(|l| l.starts_with("create ")).count(), 11);
    assert_eq!(got.iter().filter(|l| l.starts_with("delete ")).count(), 11);
    assert_eq!(got.first().map(String::as_str), Some("create Deployment/other-decode"));
    assert_eq!(got.last().map(String::as_str), Some("delete PodMonitor/qwen3-decode"));
}

#[test]
fn wire_shape() {
    let a = ms(json!({}));
    let mut b = a.clone();
    b["spec"]["decode"]["replicas"] = json!(2);
    let out = diff_api(&a, &b, "");
    let keys: Vec<&String> = out.as_object().unwrap().keys().collect();
    assert_eq!(keys, ["changes", "diagnostics"]);
    assert_eq!(
        out["changes"],
        json!([{"apiVersion": "apps/v1", "kind": "Deployment", "name": "qwen3-decode", "namespace": "ml-serving",
                "action": "update", "paths": ["spec.replicas"], "rollout": false}])
    );
    // Lint findings of each document are tagged with it (infos such as notable defaults included).
    for d in out["diagnostics"].as_array().unwrap() {
        assert!(d["document"] == "before" || d["document"] == "after", "{d}");
    }
    let mut c = a.clone();
    c["spec"]["prefill"] = json!({});
    let out = diff_api(&a, &c, "");
    assert_eq!(
        out["changes"][0],
        json!({"apiVersion": "apps/v1", "kind": "Deployment", "name": "qwen3-prefill", "namespace": "ml-serving", "action": "create"})
    );
    let cluster = diff_api(&ms(json!({"inferencePool": {"endpointPicker": {}}})), &a, "");
    let cr = cluster["changes"].as_array().unwrap().iter().find(|c| c["kind"] == "ClusterRole").unwrap();
    assert_eq!(
        *cr,
        json!({"apiVersion": "rbac.authorization.k8s.io/v1", "kind": "ClusterRole", "name": "ml-serving-qwen3-epp", "action": "delete"})
    );
}

#[test]
fn errors_give_no_changes_and_say_which_document() {
    let good = ms(json!({}));
    let mut bad = good.clone();
    bad["spec"]["decode"]["replicas"] = json!("two");
    let out = diff_api(&good, &bad, "");
    assert_eq!(out["changes"], json!([]));
    let d = &out["diagnostics"][0];
    assert_eq!(d["severity"], "error");
    assert_eq!(d["path"], "spec.decode.replicas");
    assert_eq!(d["document"], "after");
    let out = diff_api(&bad, &good, "");
    assert_eq!(out["diagnostics"][0]["document"], "before");
    // A settings problem concerns both documents: reported once, without `document`.
    let out = diff_api(&good, &good, r#"{"provder": "istio"}"#);
    let ds: Vec<&Value> = out["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["path"].as_str().unwrap().starts_with("eppConfig"))
        .collect();
    assert_eq!(ds.len(), 1, "{ds:?}");
    assert_eq!(out["diagnostics"][0], *ds[0], "errors first");
    assert_eq!(ds[0]["path"], "eppConfig.provder");
    assert!(ds[0].get("document").is_none());
    assert_eq!(out["changes"], json!([]));
    // Unparseable text.
    let out: Value = serde_json::from_str(&diff_json("{", &good.to_string(), "", "")).unwrap();
    assert_eq!(out["diagnostics"][0]["code"], "input/invalid-json");
    assert_eq!(out["diagnostics"][0]["document"], "before");
}
