//! Today's llm-d images (issue 12 §6) through the JSON API: a release boundary crossed by an
//! image the operator runs is a located warning, and every object is still rendered. The exact
//! first failing and last working tag of each boundary are pinned by the rules' own tests
//! (src/lint/image_*.rs).

use modelservice_render::api;
use serde_json::{json, Value};

fn doc(spec: Value) -> String {
    let mut d = json!({
        "metadata": {"name": "qwen3", "namespace": "ml"},
        "spec": {
            "model": {"name": "qwen/Qwen3-8B", "image": "registry.example.com/models/qwen3:v1"},
            "engine": {},
            "accelerator": {"type": "nvidia"},
            "decode": {}
        }
    });
    for (k, v) in spec.as_object().unwrap() {
        d["spec"][k] = v.clone();
    }
    d.to_string()
}

fn warnings(out: &Value) -> Vec<(String, String)> {
    out["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["severity"] != "info")
        .map(|d| {
            assert_eq!(d["severity"], "warning", "{d}");
            (d["code"].as_str().unwrap().to_string(), d["path"].as_str().unwrap().to_string())
        })
        .collect()
}

fn render(ms: &str, options: &str) -> Value {
    serde_json::from_str(&api::render_json(ms, "{}", options)).unwrap()
}

#[test]
fn a_p_d_spec_with_today_s_images_renders_every_object_with_each_boundary() {
    let ms = doc(json!({
        "prefill": {},
        "routingProxy": {"image": "ghcr.io/llm-d/llm-d-router-disagg-sidecar:v0.10.0"},
        "inferencePool": {"endpointPicker": {"image": "ghcr.io/llm-d/llm-d-router-endpoint-picker:v0.10.0"}}
    }));
    let out = render(&ms, "{}");
    assert_eq!(out["resources"].as_array().unwrap().len(), 16);
    assert_eq!(
        warnings(&out),
        [
            ("image-epp-pd-gate-removed", "spec.inferencePool.endpointPicker.image"),
            ("image-epp-pd-parameters-rejected", "spec.inferencePool.endpointPicker.image"),
            ("image-sidecar-connector-flag-removed", "spec.routingProxy.image"),
        ]
        .map(|(c, p)| (c.to_string(), p.to_string()))
    );
}

#[test]
fn the_operator_s_image_flags_are_checked_where_used() {
    let options = json!({"images": {
        "epp": "registry.local/llm-d/llm-d-inference-scheduler:v0.8.0",
        "routingProxy": "registry.local/llm-d/llm-d-routing-sidecar:0.0.8"
    }})
    .to_string();
    let out = render(&doc(json!({"prefill": {}, "routingProxy": {}})), &options);
    assert_eq!(
        warnings(&out),
        [
            ("image-epp-pd-gate-removed", "options.images.epp"),
            ("image-sidecar-flags-unknown", "options.images.routingProxy"),
        ]
        .map(|(c, p)| (c.to_string(), p.to_string()))
    );
    let hint =
        |code: &str| out["diagnostics"].as_array().unwrap().iter().find(|d| d["code"] == code).unwrap()["hint"].clone();
    assert_eq!(
        hint("image-epp-pd-gate-removed"),
        "use registry.local/llm-d/llm-d-inference-scheduler:v0.7.1, which accepts what operator v1.0.1 generates here"
    );
    assert_eq!(
        hint("image-sidecar-flags-unknown"),
        "use registry.local/llm-d/llm-d-routing-sidecar:v0.2.0, which accepts what operator v1.0.1 generates here"
    );
}

/// The operator's own default sidecar (v0.6.0) does not accept `mooncake`: reported at the
/// connector, the field the user wrote.
#[test]
fn the_default_sidecar_and_a_mooncake_connector() {
    let out = render(&doc(json!({"routingProxy": {"connector": "mooncake"}})), "{}");
    assert_eq!(out["resources"].as_array().unwrap().len(), 11);
    assert_eq!(
        warnings(&out),
        [("image-sidecar-connector-unsupported".to_string(), "spec.routingProxy.connector".to_string())]
    );
}

/// Tags that cannot be ordered get no finding.
#[test]
fn unorderable_tags_are_not_judged() {
    for tag in ["latest", "main", "v0.10", "sha-1234567", "v0.3.2-with-sidecar-fix"] {
        let ms = doc(json!({
            "prefill": {},
            "routingProxy": {"image": format!("ghcr.io/llm-d/llm-d-router-disagg-sidecar:{tag}")},
            "inferencePool": {"endpointPicker": {"image": format!("ghcr.io/llm-d/llm-d-router-endpoint-picker:{tag}")}}
        }));
        assert_eq!(warnings(&render(&ms, "{}")), [], "{tag}");
    }
}
