//! Operator version profiles (changes-since-seed.md): each of the seven differences between
//! v1.0.1 and v0.9.0-alpha.2 asserted in both directions, and everything else byte-identical on
//! every golden fixture (the v1.0.1 output, with exactly those differences undone, must equal
//! the seed output).

use modelservice_render::api::render_json;
use serde_json::{json, Value};
use std::fs;
use std::path::Path;

const SEED: &str = "v0.9.0-alpha.2";

fn render(ms: &Value, epp: &Value, operator_version: &str, extra: &Value) -> Value {
    let mut opts = json!({"operatorVersion": operator_version});
    if let (Some(o), Some(e)) = (opts.as_object_mut(), extra.as_object()) {
        o.extend(e.clone());
    }
    serde_json::from_str(&render_json(&ms.to_string(), &epp.to_string(), &opts.to_string())).unwrap()
}

fn base() -> Value {
    json!({
        "metadata": {"name": "qwen3", "namespace": "ml-serving"},
        "spec": {"model": {"name": "q/Qwen3", "image": "r.example.com/q:v1"}, "engine": {}, "accelerator": {"type": "nvidia"}, "decode": {}}
    })
}

fn with(mut ms: Value, path: &[&str], v: Value) -> Value {
    let mut cur = &mut ms;
    for (i, k) in path.iter().enumerate() {
        if i + 1 == path.len() {
            cur[*k] = v;
            break;
        }
        cur = &mut cur[*k];
    }
    ms
}

fn find<'a>(out: &'a Value, kind: &str, name: &str) -> Option<&'a Value> {
    out["resources"].as_array().unwrap().iter().find(|r| r["kind"] == kind && r["metadata"]["name"] == name)
}

fn vllm(out: &Value, deploy: &str) -> Value {
    find(out, "Deployment", deploy).unwrap()["spec"]["template"]["spec"]["containers"][0].clone()
}

#[test]
fn d1_pod_template_annotations() {
    let ms = with(base(), &["spec", "decode", "annotations"], json!({"sidecar.istio.io/inject": "false"}));
    let new = render(&ms, &json!({}), "v1.0.1", &json!({}));
    let tpl = &find(&new, "Deployment", "qwen3-decode").unwrap()["spec"]["template"]["metadata"];
    assert_eq!(tpl["annotations"], json!({"sidecar.istio.io/inject": "false"}));
    let old = render(&ms, &json!({}), SEED, &json!({}));
    assert_eq!(old["resources"], json!([]));
    let d = &old["diagnostics"][0];
    assert_eq!(
        (d["code"].as_str(), d["path"].as_str()),
        (Some("schema/unknown-field"), Some("spec.decode.annotations"))
    );
    // Without annotations the seed renders and its template has none.
    let old = render(&base(), &json!({}), SEED, &json!({}));
    assert!(find(&old, "Deployment", "qwen3-decode").unwrap()["spec"]["template"]["metadata"]
        .get("annotations")
        .is_none());
}

#[test]
fn d2_nixl_side_port() {
    let ms =
        with(base(), &["spec", "engine", "env"], json!([{"name": "VLLM_NIXL_SIDE_CHANNEL_PORT", "value": "5557"}]));
    let new = render(&ms, &json!({}), "v1.0.1", &json!({}));
    assert_eq!(
        vllm(&new, "qwen3-decode")["ports"],
        json!([{"name": "http", "containerPort": 8000, "protocol": "TCP"}, {"name": "nixl-side", "containerPort": 5557, "protocol": "TCP"}])
    );
    let old = render(&ms, &json!({}), SEED, &json!({}));
    assert_eq!(
        vllm(&old, "qwen3-decode")["ports"],
        json!([{"name": "http", "containerPort": 8000, "protocol": "TCP"}])
    );
    // The env var itself is passed through by both.
    assert_eq!(vllm(&old, "qwen3-decode")["env"][3], json!({"name": "VLLM_NIXL_SIDE_CHANNEL_PORT", "value": "5557"}));
}

fn proxy_args(out: &Value) -> Value {
    find(out, "Deployment", "qwen3-decode").unwrap()["spec"]["template"]["spec"]["initContainers"][1]["args"].clone()
}

#[test]
fn d3_secure_proxy_flag() {
    let ms = with(base(), &["spec", "routingProxy"], json!({}));
    let head = ["--port", "8000", "--vllm-port", "8200", "--connector", "nixlv2"];
    let mut want_new: Vec<&str> = head.to_vec();
    want_new.push("--secure-proxy=false");
    assert_eq!(proxy_args(&render(&ms, &json!({}), "v1.0.1", &json!({}))), json!(want_new));
    assert_eq!(proxy_args(&render(&ms, &json!({}), SEED, &json!({}))), json!(head));
    for (v, flag) in [(false, "--secure-proxy=false"), (true, "--secure-proxy=true")] {
        let ms = with(base(), &["spec", "routingProxy"], json!({"secureProxy": v}));
        let mut want: Vec<&str> = head.to_vec();
        want.push(flag);
        assert_eq!(proxy_args(&render(&ms, &json!({}), SEED, &json!({}))), json!(want), "seed, secureProxy {v}");
        assert_eq!(proxy_args(&render(&ms, &json!({}), "v1.0.1", &json!({}))), json!(want), "v1.0.1, secureProxy {v}");
    }
}

#[test]
fn d4_d6_pod_monitor_shape_and_labels() {
    let ms = with(base(), &["spec", "monitoring"], json!({"podMonitor": {"enabled": true}}));
    let new = render(&ms, &json!({}), "v1.0.1", &json!({}));
    let pm = find(&new, "PodMonitor", "qwen3-decode").unwrap();
    assert_eq!(
        pm["spec"]["podMetricsEndpoints"][0]["relabelings"],
        json!([{"action": "replace", "sourceLabels": ["__meta_kubernetes_pod_label_app_kubernetes_io_name"], "targetLabel": "model_service"}])
    );
    assert!(pm["metadata"]["labels"].get("llm-d.ai/inference-serving").is_none());
    let old = render(&ms, &json!({}), SEED, &json!({}));
    let pm = find(&old, "PodMonitor", "qwen3-decode").unwrap();
    assert_eq!(pm["spec"]["podMetricsEndpoints"][0], json!({"port": "http", "path": "/metrics", "interval": "30s"}));
    assert_eq!(pm["metadata"]["labels"]["llm-d.ai/inference-serving"], json!("true"));
    assert_eq!(pm["metadata"]["labels"]["app.kubernetes.io/version"], json!(SEED));
}

#[test]
fn d5_pod_monitors_opt_out_vs_opt_in() {
    for (monitoring, new_on, old_on) in [
        (None, true, false),
        (Some(json!({})), true, false),
        (Some(json!({"podMonitor": {}})), false, false),
        (Some(json!({"podMonitor": {"enabled": false}})), false, false),
        (Some(json!({"podMonitor": {"enabled": true}})), true, true),
    ] {
        let ms = match &monitoring {
            Some(m) => with(base(), &["spec", "monitoring"], m.clone()),
            None => base(),
        };
        let new = render(&ms, &json!({}), "v1.0.1", &json!({}));
        let old = render(&ms, &json!({}), SEED, &json!({}));
        assert_eq!(find(&new, "PodMonitor", "qwen3-decode").is_some(), new_on, "v1.0.1 {monitoring:?}");
        assert_eq!(find(&old, "PodMonitor", "qwen3-decode").is_some(), old_on, "seed {monitoring:?}");
    }
}

#[test]
fn d7_default_gateway_name_and_version_label() {
    let new = render(&base(), &json!({}), "v1.0.1", &json!({}));
    let old = render(&base(), &json!({}), SEED, &json!({}));
    let gw = |o: &Value| find(o, "HTTPRoute", "qwen3").unwrap()["spec"]["parentRefs"][0]["name"].clone();
    assert_eq!(gw(&new), json!("otterscale-llm-d-infra-inference-gateway"));
    assert_eq!(gw(&old), json!("llm-d-infra-inference-gateway"));
    let label = |o: &Value| {
        find(o, "Deployment", "qwen3-decode").unwrap()["metadata"]["labels"]["app.kubernetes.io/version"].clone()
    };
    assert_eq!(label(&new), json!("v1.0.1"));
    assert_eq!(label(&old), json!(SEED));
    // An explicit version and gateway are used as given by both.
    let epp = json!({"defaultGatewayName": "gw"});
    let extra = json!({"version": "custom"});
    for v in ["v1.0.1", SEED] {
        let o = render(&base(), &epp, v, &extra);
        assert_eq!(gw(&o), json!("gw"));
        assert_eq!(label(&o), json!("custom"));
    }
}

/// Undoes the seven differences on a v1.0.1 render, giving what the seed renders.
fn seedify(out: &mut Value, ms: &Value) {
    let spec = &ms["spec"];
    let pm = &spec["monitoring"]["podMonitor"];
    let seed_monitors_on = pm.is_object() && pm["enabled"] == json!(true);
    let secure_unset = spec["routingProxy"].get("secureProxy").is_none_or(Value::is_null);
    let name = ms["metadata"]["name"].as_str().unwrap().to_string();
    let ns = ms["metadata"]["namespace"].as_str().unwrap_or("default").to_string();
    let resources = out["resources"].as_array_mut().unwrap();
    resources.retain(|r| r["kind"] != "PodMonitor" || seed_monitors_on);
    for r in resources.iter_mut() {
        let serving = r["kind"] == "Deployment"
            && [format!("{name}-decode"), format!("{name}-prefill")]
                .contains(&r["metadata"]["name"].as_str().unwrap().to_string());
        if serving {
            let tpl = &mut r["spec"]["template"];
            tpl["metadata"].as_object_mut().unwrap().remove("annotations");
            let pod = &mut tpl["spec"];
            for c in pod["containers"].as_array_mut().unwrap() {
                c["ports"].as_array_mut().unwrap().retain(|p| p["name"] != "nixl-side");
            }
            if let Some(inits) = pod.get_mut("initContainers").and_then(Value::as_array_mut) {
                for c in inits.iter_mut().filter(|c| c["name"] == "routing-proxy") {
                    if secure_unset {
                        c["args"].as_array_mut().unwrap().retain(|a| a != "--secure-proxy=false");
                    }
                }
            }
        }
        if r["kind"] == "PodMonitor" {
            r["spec"]["podMetricsEndpoints"][0].as_object_mut().unwrap().remove("relabelings");
            r["metadata"]["labels"]["llm-d.ai/inference-serving"] = json!("true");
        }
    }
    if !seed_monitors_on {
        let absent = out["absent"].as_array_mut().unwrap();
        // PodMonitor deletions come right before the ServiceMonitor's (reconcile step 13, then 14).
        let at = absent
            .iter()
            .position(|a| a["kind"] == "PodMonitor" || a["kind"] == "ServiceMonitor")
            .unwrap_or(absent.len());
        absent.retain(|a| a["kind"] != "PodMonitor");
        let pm = |role: &str| json!({"apiVersion": "monitoring.coreos.com/v1", "kind": "PodMonitor", "name": format!("{name}-{role}"), "namespace": ns});
        absent.splice(at..at, [pm("decode"), pm("prefill")]);
    }
}

#[test]
fn everything_else_is_identical_on_the_golden_fixtures() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut compared = 0;
    for dir in fs::read_dir(&root).unwrap().map(|e| e.unwrap().path()) {
        let ms: Value = match fs::read_to_string(dir.join("modelservice.json")) {
            Ok(t) => serde_json::from_str(&t).unwrap(),
            Err(_) => serde_norway::from_str(&fs::read_to_string(dir.join("modelservice.yaml")).unwrap()).unwrap(),
        };
        let cfg: Value =
            fs::read_to_string(dir.join("config.json")).map(|t| serde_json::from_str(&t).unwrap()).unwrap_or(json!({}));
        let mut epp = cfg.get("eppConfig").cloned().unwrap_or(json!({}));
        // Pin the two flag defaults that differ, so only behaviour is compared.
        if epp.get("defaultGatewayName").is_none() {
            epp["defaultGatewayName"] = json!("otterscale-llm-d-infra-inference-gateway");
        }
        let mut extra = cfg.get("options").cloned().unwrap_or(json!({}));
        if extra.get("version").is_none() {
            extra["version"] = json!("v1.0.1");
        }
        let mut new = render(&ms, &epp, "v1.0.1", &extra);
        let old = render(&ms, &epp, SEED, &extra);
        let uses_annotations = ["decode", "prefill"].iter().any(|r| ms["spec"][r].get("annotations").is_some());
        if uses_annotations {
            assert_eq!(old["resources"], json!([]), "{}: the seed API rejects role annotations", dir.display());
            continue;
        }
        if new["resources"] == json!([]) {
            assert_eq!(old["resources"], json!([]), "{}: an error in one profile is an error in both", dir.display());
            continue;
        }
        seedify(&mut new, &ms);
        for key in ["resources", "absent", "configHash"] {
            assert_eq!(new[key], old[key], "{}: {key} differs beyond the seven known changes", dir.display());
        }
        compared += 1;
    }
    assert!(compared >= 15, "compared only {compared} fixtures");
}
