//! Empty strings as the Go client sends them (issue 12 §4): the operator copies the user's env
//! vars, tolerations and resource claims into its objects, and the Go client does not send an
//! `omitempty` field whose string is empty (k8s.io/api v0.35 json tags). Exact values.

use modelservice_render::{api, render, ModelService, Settings};
use serde_json::{json, Value};

fn doc() -> Value {
    json!({
        "metadata": {"name": "qwen3", "namespace": "ml"},
        "spec": {
            "model": {"name": "qwen/Qwen3-8B", "image": "registry.example.com/models/qwen3:v1"},
            "engine": {"env": [
                {"name": "EMPTY", "value": ""},
                {"name": "POD", "valueFrom": {"fieldRef": {"apiVersion": "", "fieldPath": "metadata.name"}}},
                {"name": "NODE", "valueFrom": {"fieldRef": {"apiVersion": "v1", "fieldPath": "spec.nodeName"}}},
                {"name": "MEM", "valueFrom": {"resourceFieldRef": {"containerName": "", "resource": "limits.memory"}}},
                {"name": "TOKEN", "valueFrom": {"secretKeyRef": {"name": "hf", "key": "token", "optional": false}}}
            ]},
            "accelerator": {"type": "nvidia"},
            "decode": {"tolerations": [
                {"key": "", "operator": "Exists", "value": "", "effect": ""},
                {"key": "gpu", "operator": "", "value": "a100", "effect": "NoExecute", "tolerationSeconds": 0}
            ]}
        }
    })
}

fn decode(out: &Value) -> &Value {
    out["resources"].as_array().unwrap().iter().find(|r| r["metadata"]["name"] == "qwen3-decode").unwrap()
}

#[test]
fn env_vars_and_tolerations_as_the_go_client_sends_them() {
    let out: Value = serde_json::from_str(&api::render_json(&doc().to_string(), "{}", "{}")).unwrap();
    let errors: Vec<&Value> =
        out["diagnostics"].as_array().unwrap().iter().filter(|d| d["severity"] == "error").collect();
    assert!(errors.is_empty(), "{errors:?}");
    let pod = &decode(&out)["spec"]["template"]["spec"];
    let env = pod["containers"][0]["env"].as_array().unwrap();
    assert_eq!(
        env[3..],
        [
            json!({"name": "EMPTY"}),
            json!({"name": "POD", "valueFrom": {"fieldRef": {"fieldPath": "metadata.name"}}}),
            json!({"name": "NODE", "valueFrom": {"fieldRef": {"apiVersion": "v1", "fieldPath": "spec.nodeName"}}}),
            json!({"name": "MEM", "valueFrom": {"resourceFieldRef": {"resource": "limits.memory"}}}),
            json!({"name": "TOKEN", "valueFrom": {"secretKeyRef": {"name": "hf", "key": "token", "optional": false}}}),
        ]
    );
    assert_eq!(
        pod["tolerations"],
        json!([
            {"operator": "Exists"},
            {"key": "gpu", "value": "a100", "effect": "NoExecute", "tolerationSeconds": 0}
        ])
    );
}

/// A claim is rejected on the Deployment (`resource-claims-unresolved`), so `render` answers no
/// objects; the builders still copy it as the Go client would send it (no empty `request`).
#[test]
fn resource_claim_request() {
    let mut d = doc();
    d["spec"]["decode"]["resources"] =
        json!({"claims": [{"name": "gpu", "request": ""}, {"name": "nic", "request": "rdma"}]});
    let out: Value = serde_json::from_str(&api::render_json(&d.to_string(), "{}", "{}")).unwrap();
    assert_eq!(out["resources"], json!([]));
    assert_eq!(out["diagnostics"][0]["code"], "resource-claims-unresolved");
    assert_eq!(out["diagnostics"][0]["path"], "spec.decode.resources.claims[0]");

    let typed: ModelService = serde_json::from_value(d).unwrap();
    let r = render(&typed, &Settings::default());
    let dep = serde_json::to_value(&r.resources[0]).unwrap();
    assert_eq!(
        dep["spec"]["template"]["spec"]["containers"][0]["resources"],
        json!({
            "claims": [{"name": "gpu"}, {"name": "nic", "request": "rdma"}],
            "limits": {"nvidia.com/gpu": "1"},
            "requests": {"nvidia.com/gpu": "1"}
        })
    );
}

/// `render` clears a copy: the caller's ModelService keeps what it holds.
#[test]
fn the_input_is_not_changed() {
    let typed: ModelService = serde_json::from_value(doc()).unwrap();
    let before = typed.clone();
    let _ = render(&typed, &Settings::default());
    assert_eq!(typed, before);
    assert_eq!(typed.spec.engine.env[0].value.as_deref(), Some(""));
}

/// An empty key-selector name is rejected by the API server: an error at the field, so the
/// `name: ""` that k8s-openapi would write is never rendered.
#[test]
fn key_selectors_without_a_name_are_errors() {
    let mut d = doc();
    d["spec"]["engine"]["env"] = json!([{"name": "T", "valueFrom": {"secretKeyRef": {"name": "", "key": "token"}}}]);
    let out: Value = serde_json::from_str(&api::render_json(&d.to_string(), "{}", "{}")).unwrap();
    assert_eq!(out["resources"], json!([]));
    let e = &out["diagnostics"][0];
    assert_eq!(e["code"], "env-invalid");
    assert_eq!(e["path"], "spec.engine.env[0].valueFrom.secretKeyRef.name");
    assert_eq!(
        e["message"],
        "\"T\": secretKeyRef has no name (the Secret it reads from): the API server rejects the serving Deployments"
    );
}

/// A pull secret without a name (the CRD defaults a missing `name` to `""`) is sent as `{}`; only
/// an empty *first* one is rejected (`image-pull-secret-name-empty`), so a later one renders.
#[test]
fn pull_secrets_without_a_name() {
    let mut d = doc();
    d["spec"]["model"]["imagePullSecrets"] = json!([{"name": "pull"}, {}, {"name": ""}]);
    let out: Value = serde_json::from_str(&api::render_json(&d.to_string(), "{}", "{}")).unwrap();
    let pod = &decode(&out)["spec"]["template"]["spec"];
    assert_eq!(pod["imagePullSecrets"], json!([{"name": "pull"}, {}, {}]));
    let docker = pod["volumes"].as_array().unwrap().iter().find(|v| v["name"] == "docker-config").unwrap();
    assert_eq!(docker["secret"]["secretName"], "pull");
    let text = api::render_json(&d.to_string(), "{}", "{}");
    assert!(text.contains(r#""imagePullSecrets":[{"name":"pull"},{},{}]"#), "{text}");
}
