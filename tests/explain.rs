//! `explain`: one origin per leaf of every rendered object, and hand-checked origins on the
//! fixtures (tests/fixtures/<case>/modelservice.yaml with its config.json).

use modelservice_render::api::explain_json;
use serde_json::{json, Value};
use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

fn fixture_dir(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(name)
}

/// (modelService JSON, eppConfig JSON, options JSON) of a fixture with its `config{variant}.json`.
fn fixture_variant(name: &str, variant: &str) -> (String, String, String) {
    let dir = fixture_dir(name);
    let ms = fs::read_to_string(dir.join("modelservice.json")).unwrap_or_else(|_| {
        let text = fs::read_to_string(dir.join("modelservice.yaml")).unwrap();
        let v: Value = serde_norway::from_str(&text).unwrap();
        v.to_string()
    });
    let cfg: Value = fs::read_to_string(dir.join(format!("config{variant}.json")))
        .map(|t| serde_json::from_str(&t).unwrap())
        .unwrap_or(Value::Null);
    let part = |k: &str| cfg.get(k).map(Value::to_string).unwrap_or_default();
    (ms, part("eppConfig"), part("options"))
}

fn fixture(name: &str) -> (String, String, String) {
    fixture_variant(name, "")
}

fn explain(ms: &str, epp: &str, opts: &str) -> Value {
    serde_json::from_str(&explain_json(ms, epp, opts)).unwrap()
}

fn explain_fixture(name: &str) -> Value {
    let (ms, epp, opts) = fixture(name);
    explain(&ms, &epp, &opts)
}

/// Map-valued fields whose keys are written in brackets (the contract's path syntax).
const MAPS: &[&str] = &["labels", "annotations", "matchLabels", "nodeSelector", "limits", "requests", "data"];

/// An independent flattener: every scalar or empty object/list, with its Kubernetes field path.
fn leaves(kind: &str, v: &Value, path: &str, out: &mut Vec<String>) {
    let parent_is_map = MAPS.iter().any(|m| path.ends_with(&format!(".{m}")) || path == *m)
        || (kind == "Service" && path == "spec.selector");
    match v {
        Value::Object(m) if !m.is_empty() => {
            for (k, x) in m {
                let p = if parent_is_map {
                    format!("{path}[{k}]")
                } else if path.is_empty() {
                    k.clone()
                } else {
                    format!("{path}.{k}")
                };
                leaves(kind, x, &p, out);
            }
        }
        Value::Array(a) if !a.is_empty() => {
            for (i, x) in a.iter().enumerate() {
                leaves(kind, x, &format!("{path}[{i}]"), out);
            }
        }
        _ => out.push(path.to_string()),
    }
}

fn assert_one_origin_per_leaf(case: &str, out: &Value) {
    let resources = out["resources"].as_array().unwrap();
    assert!(!resources.is_empty(), "{case}: nothing rendered: {}", out["diagnostics"]);
    let mut want: BTreeMap<(String, String, String), usize> = BTreeMap::new();
    for r in resources {
        let kind = r["kind"].as_str().unwrap();
        let name = r["metadata"]["name"].as_str().unwrap();
        let mut ls = Vec::new();
        leaves(kind, r, "", &mut ls);
        for l in ls {
            *want.entry((kind.into(), name.into(), l)).or_default() += 1;
        }
    }
    let mut got: BTreeMap<(String, String, String), usize> = BTreeMap::new();
    for o in out["origins"].as_array().unwrap() {
        let key = (
            o["kind"].as_str().unwrap().into(),
            o["name"].as_str().unwrap().into(),
            o["path"].as_str().unwrap().into(),
        );
        *got.entry(key).or_default() += 1;
        let origin = o["origin"].as_str().unwrap();
        assert!(["spec", "crd-default", "operator-default", "derived", "constant"].contains(&origin), "{case}: {o}");
        match origin {
            "constant" => assert!(o.get("from").is_none(), "{case}: a constant has no inputs: {o}"),
            _ => assert!(!o["from"].as_array().unwrap().is_empty(), "{case}: {o}"),
        }
    }
    let missing: Vec<_> = want.keys().filter(|k| !got.contains_key(*k)).collect();
    let extra: Vec<_> = got.keys().filter(|k| !want.contains_key(*k)).collect();
    assert!(missing.is_empty() && extra.is_empty(), "{case}: missing {missing:?}\nextra {extra:?}");
    assert!(got.values().all(|n| *n == 1), "{case}: duplicate origins");
    assert_eq!(want, got, "{case}");
}

#[test]
fn every_leaf_of_every_fixture_has_exactly_one_origin() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut dirs: Vec<PathBuf> =
        fs::read_dir(&root).unwrap().map(|e| e.unwrap().path()).filter(|p| p.is_dir()).collect();
    dirs.sort();
    assert!(dirs.len() >= 20);
    let mut checked = 0;
    for dir in dirs {
        let case = dir.file_name().unwrap().to_string_lossy().to_string();
        // Every `config*.json` variant (e.g. `config.seed.json`: the v0.9.0-alpha.2 profile).
        let mut variants: Vec<String> = fs::read_dir(&dir)
            .unwrap()
            .filter_map(|e| e.unwrap().file_name().into_string().ok())
            .filter_map(|n| n.strip_prefix("config").and_then(|r| r.strip_suffix(".json")).map(str::to_string))
            .collect();
        if variants.is_empty() {
            variants.push(String::new());
        }
        for v in variants {
            let (ms, epp, opts) = fixture_variant(&case, &v);
            let out = explain(&ms, &epp, &opts);
            if out["diagnostics"].as_array().unwrap().iter().any(|d| d["severity"] == "error") {
                // e.g. role annotations under the v0.9.0-alpha.2 profile: nothing to explain.
                assert_eq!(out["origins"], json!([]), "{case}{v}");
                continue;
            }
            assert_one_origin_per_leaf(&format!("{case}{v}"), &out);
            checked += 1;
        }
    }
    assert!(checked >= 25, "{checked}");
}

/// The origin of one leaf.
fn origin<'a>(out: &'a Value, kind: &str, name: &str, path: &str) -> &'a Value {
    out["origins"]
        .as_array()
        .unwrap()
        .iter()
        .find(|o| o["kind"] == kind && o["name"] == name && o["path"] == path)
        .unwrap_or_else(|| panic!("no origin for {kind} {name} {path}"))
}

/// `(kind, name, path, origin, from, rule)`; `rule: None` means "not checked"; a path starting
/// with `~` is inside the pod's first container.
type Expect<'a> = (&'a str, &'a str, &'a str, &'a str, &'a [&'a str], Option<&'a str>);

fn check(out: &Value, cases: &[Expect]) {
    for (kind, name, path, want, from, rule) in cases {
        let path = &match path.strip_prefix('~') {
            Some(rest) => format!("spec.template.spec.containers[0].{rest}"),
            None => path.to_string(),
        };
        let o = origin(out, kind, name, path);
        assert_eq!(o["origin"], *want, "{kind} {name} {path}: {o}");
        let got_from: Vec<&str> = o
            .get("from")
            .and_then(Value::as_array)
            .map(|a| a.iter().map(|x| x.as_str().unwrap()).collect())
            .unwrap_or_default();
        assert_eq!(got_from, *from, "{kind} {name} {path}: {o}");
        if let Some(r) = rule {
            assert_eq!(o["rule"], *r, "{kind} {name} {path}: {o}");
        }
    }
}

const VLLM_PORT: &str = "routingProxy.targetPort on decode pods with a routing proxy, else engine.port";

#[test]
fn fx_full_origins() {
    let out = explain_fixture("fx-full");
    let d = "qwen3-32b-decode";
    let p = "qwen3-32b-prefill";
    let epp = "qwen3-32b-epp";
    let gpu = ["spec.accelerator.type", "spec.decode.parallelism.dataLocal", "spec.decode.parallelism.tensor"];
    let pgpu = ["spec.accelerator.type", "spec.prefill.parallelism.dataLocal", "spec.prefill.parallelism.tensor"];
    check(
        &out,
        &[
            ("Deployment", d, "spec.replicas", "spec", &["spec.decode.replicas"], None),
            ("Deployment", d, "metadata.name", "derived", &["metadata.name"], Some("metadata.name + \"-decode\"")),
            ("Deployment", d, "metadata.namespace", "spec", &["metadata.namespace"], None),
            ("Deployment", d, "kind", "constant", &[], None),
            ("Deployment", d, "metadata.labels[app.kubernetes.io/name]", "spec", &["metadata.name"], None),
            ("Deployment", d, "metadata.labels[app.kubernetes.io/component]", "constant", &[], None),
            ("Deployment", d, "metadata.labels[app.kubernetes.io/version]", "operator-default", &["main.version"], Some("default of main.version in operator v1.0.1")),
            ("Deployment", d, "metadata.ownerReferences[0].uid", "spec", &["metadata.uid"], None),
            ("Deployment", d, "~resources.limits[nvidia.com/gpu]", "derived", &gpu, Some("tensor × dataLocal")),
            ("Deployment", d, "~resources.requests[nvidia.com/gpu]", "derived", &gpu, Some("tensor × dataLocal")),
            ("Deployment", p, "~resources.requests[nvidia.com/gpu]", "derived", &pgpu, Some("tensor × dataLocal")),
            ("Deployment", d, "~args[2]", "spec", &["spec.routingProxy.targetPort"], Some(VLLM_PORT)),
            ("Deployment", p, "~args[2]", "spec", &["spec.engine.port"], Some(VLLM_PORT)),
            ("Deployment", d, "~env[0].value", "spec", &["spec.decode.parallelism.tensor"], Some("max(parallelism.tensor, 1)")),
            ("Deployment", d, "~args[5]", "derived", &["spec.decode.parallelism.tensor"], Some("parallelism.tensor, only when > 1")),
            ("Deployment", d, "~args[6]", "spec", &["spec.decode.parallelism.tensor"], None),
            ("Deployment", d, "~ports[1].containerPort", "spec", &["spec.engine.env[0].value"], None),
            ("Deployment", d, "~ports[1].name", "derived", &["spec.engine.env[0].name", "spec.engine.env[0].value"], None),
            ("Deployment", d, "~resources.requests[cpu]", "spec", &["spec.decode.resources.requests[cpu]"], None),
            ("Deployment", d, "~image", "spec", &["spec.engine.image"], None),
            ("Deployment", d, "spec.template.spec.securityContext.runAsNonRoot", "constant", &[], None),
            ("Deployment", d, "spec.template.spec.automountServiceAccountToken", "constant", &[], None),
            ("Deployment", d, "spec.template.metadata.annotations[sidecar.istio.io/inject]", "spec", &["spec.decode.annotations[sidecar.istio.io/inject]"], None),
            ("Deployment", d, "spec.template.spec.nodeSelector[gpu]", "spec", &["spec.decode.nodeSelector[gpu]"], None),
            ("Deployment", d, "spec.template.spec.tolerations[0].key", "spec", &["spec.decode.tolerations[0].key"], None),
            ("Deployment", d, "spec.template.spec.volumes[2].secret.secretName", "spec", &["spec.model.imagePullSecrets[0].name"], Some("the first spec.model.imagePullSecrets entry")),
            ("Deployment", d, "spec.template.spec.volumes[0].emptyDir", "constant", &[], None),
            // model-unpack and the routing proxy
            ("Deployment", d, "spec.template.spec.initContainers[0].image", "operator-default", &["--kit-image"], Some("default of --kit-image in operator v1.0.1")),
            ("Deployment", d, "spec.template.spec.initContainers[0].env[0].value", "spec", &["spec.model.image"], None),
            ("Deployment", d, "spec.template.spec.initContainers[1].image", "operator-default", &["--default-routing-proxy-image"], None),
            ("Deployment", d, "spec.template.spec.initContainers[1].args[1]", "spec", &["spec.engine.port"], None),
            ("Deployment", d, "spec.template.spec.initContainers[1].args[11]", "derived", &["spec.routingProxy.prefillerUseTLS"], None),
            // tracing: enabled and endpoint given in eppConfig, sampler left at its default
            ("Deployment", d, "spec.template.spec.initContainers[1].env[1].value", "spec", &["eppConfig.tracing.otelExporterEndpoint"], None),
            ("Deployment", d, "spec.template.spec.initContainers[1].env[3].value", "operator-default", &["--tracing-sampler"], None),
            ("Deployment", d, "spec.template.spec.initContainers[1].env[0].name", "derived", &["eppConfig.tracing.enabled"], Some("only when --tracing-enabled")),
            // the EPP (no inferencePool: the synthetic endpoint picker)
            ("Deployment", epp, "metadata.name", "derived", &["metadata.name"], Some("sanitize(metadata.name) + \"-epp\"")),
            ("Deployment", epp, "~image", "operator-default", &["--default-epp-image"], None),
            ("Deployment", epp, "~args[3]", "derived", &["spec.prefill"], Some("pd-config.yaml when spec.prefill is set, else default-plugins.yaml")),
            ("Deployment", epp, "~args[6]", "derived", &["eppConfig.tracing.enabled"], Some("--tracing-enabled")),
            ("Deployment", epp, "~resources.requests[cpu]", "constant", &[], Some("EPP default resources when endpointPicker.resources is unset: requests cpu 4, memory 8Gi; limits memory 16Gi")),
            ("Deployment", epp, "~resources.limits[memory]", "constant", &[], None),
            ("Deployment", epp, "spec.replicas", "constant", &[], Some("endpointPicker.replicas, else 1")),
            ("Deployment", epp, "spec.template.metadata.annotations[checksum/config]", "derived", &["spec.prefill"], Some("sha256 of the plugin config")),
            ("ConfigMap", "qwen3-32b-epp-config", "data[pd-config.yaml]", "constant", &[], None),
            ("ConfigMap", "qwen3-32b-epp-config", "metadata.name", "derived", &["metadata.name"], Some("sanitize(metadata.name) + \"-epp-config\"")),
            ("Service", epp, "spec.ports[0].port", "constant", &[], Some("endpointPicker.port, else 9002")),
            ("Service", epp, "spec.selector[app.kubernetes.io/name]", "derived", &["metadata.name"], None),
            ("RoleBinding", epp, "subjects[0].namespace", "spec", &["metadata.namespace"], None),
            ("InferencePool", "qwen3-32b", "metadata.name", "spec", &["metadata.name"], None),
            ("InferencePool", "qwen3-32b", "spec.targetPorts[0].number", "spec", &["spec.engine.port"], None),
            ("InferencePool", "qwen3-32b", "spec.endpointPickerRef.failureMode", "constant", &[], None),
            ("HTTPRoute", "qwen3-32b", "spec.parentRefs[0].name", "operator-default", &["--default-gateway-name"], None),
            ("HTTPRoute", "qwen3-32b", "spec.parentRefs[0].namespace", "constant", &[], None),
            ("DestinationRule", epp, "spec.trafficPolicy.tls.mode", "derived", &["--provider"], Some("fixed value, present only with the current --provider")),
            ("DestinationRule", epp, "spec.host", "derived", &["metadata.name", "metadata.namespace", "--provider"], None),
            ("PodMonitor", d, "spec.podMetricsEndpoints[0].interval", "spec", &["spec.monitoring.podMonitor.interval"], None),
            ("PodMonitor", d, "spec.podMetricsEndpoints[0].port", "spec", &["spec.monitoring.podMonitor.portName"], None),
            ("PodMonitor", p, "kind", "derived", &["spec.monitoring.podMonitor.enabled"], None),
        ],
    );
}

#[test]
fn production_defaults_origins() {
    let out = explain_fixture("epp-g1-production-defaults");
    let d = "qwen3-0.6b-decode";
    let epp = "qwen3-0-6b-epp";
    check(
        &out,
        &[
            (
                "Deployment",
                d,
                "spec.template.spec.containers[0].args[0]",
                "crd-default",
                &["spec.model.mountPath"],
                Some("spec.model.mountPath, else /models"),
            ),
            (
                "Deployment",
                d,
                "spec.template.spec.containers[0].volumeMounts[0].mountPath",
                "crd-default",
                &["spec.model.mountPath"],
                None,
            ),
            (
                "Deployment",
                d,
                "spec.template.spec.containers[0].image",
                "operator-default",
                &["--default-engine-image"],
                None,
            ),
            (
                "Deployment",
                d,
                "spec.template.spec.containers[0].env[0].value",
                "constant",
                &[],
                Some("max(parallelism.tensor, 1)"),
            ),
            (
                "Deployment",
                d,
                "spec.template.spec.containers[0].resources.limits[nvidia.com/gpu]",
                "derived",
                &["spec.accelerator.type"],
                Some("tensor × dataLocal"),
            ),
            (
                "Deployment",
                epp,
                "spec.template.spec.containers[0].image",
                "operator-default",
                &["--default-epp-image"],
                Some("default of --default-epp-image in operator v1.0.1"),
            ),
            ("Deployment", epp, "spec.template.spec.containers[0].resources.requests[cpu]", "constant", &[], None),
            ("Deployment", epp, "spec.template.spec.containers[0].resources.requests[memory]", "constant", &[], None),
            ("Deployment", epp, "spec.template.spec.containers[0].args[6]", "derived", &["--tracing-enabled"], None),
            (
                "Deployment",
                epp,
                "spec.template.metadata.annotations[checksum/config]",
                "constant",
                &[],
                Some("sha256 of the plugin config"),
            ),
            (
                "PodMonitor",
                d,
                "spec.podMetricsEndpoints[0].interval",
                "constant",
                &[],
                Some("monitoring.podMonitor.interval, else 30s"),
            ),
        ],
    );
    let o = origin(&out, "Deployment", epp, "spec.template.spec.containers[0].resources.requests[cpu]");
    assert_eq!(out["resources"][3]["spec"]["template"]["spec"]["containers"][0]["resources"]["requests"]["cpu"], "4");
    assert!(o["rule"].as_str().unwrap().contains("requests cpu 4, memory 8Gi"));
}

#[test]
fn explicit_pool_route_and_flags_origins() {
    let out = explain_fixture("epp-g2-everything-explicit");
    let epp = "qwen3-0-6b-epp";
    let replicas = "spec.inferencePool.endpointPicker.replicas";
    check(
        &out,
        &[
            (
                "PodMonitor",
                "qwen3-0.6b-decode",
                "spec.podMetricsEndpoints[0].interval",
                "crd-default",
                &["spec.monitoring.podMonitor.interval"],
                None,
            ),
            ("Deployment", epp, "~image", "spec", &["spec.inferencePool.endpointPicker.image"], None),
            ("Deployment", epp, "spec.replicas", "spec", &[replicas], None),
            ("Deployment", epp, "~args[6]", "derived", &[replicas], Some("only when the EPP has more than 1 replica")),
            (
                "Deployment",
                epp,
                "~args[8]",
                "derived",
                &["eppConfig.flags[lora-info-metric]"],
                Some("eppConfig.flags as --key=value, sorted by key"),
            ),
            ("Deployment", epp, "~ports[0].containerPort", "spec", &["spec.inferencePool.endpointPicker.port"], None),
            ("Deployment", epp, "~readinessProbe.grpc.service", "derived", &[replicas, "spec.inferencePool"], None),
            (
                "Role",
                epp,
                "rules[3].resources[0]",
                "derived",
                &[replicas],
                Some("only when the EPP has more than 1 replica"),
            ),
            ("Role", epp, "rules[0].resources[0]", "constant", &[], None),
            (
                "Secret",
                "qwen3-0-6b-epp-sa-metrics-reader-secret",
                "type",
                "derived",
                &["eppConfig.provider", "eppConfig.metricsEndpointAuth"],
                None,
            ),
            (
                "ClusterRole",
                "ml-serving-qwen3-0-6b-epp",
                "metadata.name",
                "derived",
                &["metadata.name", "metadata.namespace", "eppConfig.metricsEndpointAuth"],
                Some("metadata.namespace + \"-\" + sanitize(metadata.name) + \"-epp\""),
            ),
            (
                "InferencePool",
                "qwen3-0.6b",
                "spec.endpointPickerRef.failureMode",
                "spec",
                &["spec.inferencePool.endpointPicker.failureMode"],
                None,
            ),
            (
                "HTTPRoute",
                "qwen3-0.6b",
                "spec.parentRefs[0].namespace",
                "spec",
                &["spec.httpRoute.gatewayRef.namespace"],
                None,
            ),
            ("HTTPRoute", "qwen3-0.6b", "spec.hostnames[1]", "spec", &["spec.httpRoute.hostnames[1]"], None),
            (
                "ServiceMonitor",
                epp,
                "spec.endpoints[0].authorization.credentials.key",
                "derived",
                &["spec.monitoring.podMonitor.enabled", "eppConfig.metricsEndpointAuth"],
                Some("only when --metrics-endpoint-auth"),
            ),
        ],
    );
}

#[test]
fn pd_console_spec_origins() {
    let out = explain_fixture("pd-with-proxy");
    check(
        &out,
        &[
            // `parallelism: {tensor: 2}` gets data/dataLocal 1 from the CRD.
            (
                "Deployment",
                "llama-3-8b-decode",
                "spec.template.spec.containers[0].env[2].value",
                "crd-default",
                &["spec.decode.parallelism.dataLocal"],
                None,
            ),
            (
                "Deployment",
                "llama-3-8b-decode",
                "spec.template.spec.containers[0].resources.limits[nvidia.com/gpumem]",
                "spec",
                &["spec.decode.resources.limits[nvidia.com/gpumem]"],
                None,
            ),
            (
                "Deployment",
                "llama-3-8b-decode",
                "spec.template.spec.initContainers[1].image",
                "spec",
                &["spec.routingProxy.image"],
                None,
            ),
            (
                "Deployment",
                "llama-3-8b-decode",
                "spec.template.spec.initContainers[1].args[5]",
                "crd-default",
                &["spec.routingProxy.connector"],
                None,
            ),
            (
                "Deployment",
                "llama-3-8b-decode",
                "spec.template.spec.initContainers[0].env[3].name",
                "constant",
                &[],
                Some("only with spec.model.imagePullSecrets"),
            ),
        ],
    );
}

#[test]
fn settings_the_caller_gave_are_inputs_not_defaults() {
    let (ms, _, _) = fixture("epp-g1-production-defaults");
    let out = explain(
        &ms,
        r#"{"provider": "istio", "tracing": {"enabled": false}}"#,
        r#"{"images": {"kit": "example.com/kit:1"}}"#,
    );
    check(
        &out,
        &[
            ("DestinationRule", "qwen3-0-6b-epp", "kind", "derived", &["eppConfig.provider"], None),
            (
                "Deployment",
                "qwen3-0-6b-epp",
                "spec.template.spec.containers[0].args[6]",
                "derived",
                &["eppConfig.tracing.enabled"],
                None,
            ),
            (
                "Deployment",
                "qwen3-0.6b-decode",
                "spec.template.spec.initContainers[0].image",
                "spec",
                &["options.images.kit"],
                None,
            ),
            (
                "Deployment",
                "qwen3-0.6b-decode",
                "spec.template.spec.containers[0].image",
                "operator-default",
                &["--default-engine-image"],
                None,
            ),
        ],
    );
}

#[test]
fn a_missing_namespace_is_a_default() {
    let ms = json!({"metadata": {"name": "m"}, "spec": {"model": {"name": "a/b", "image": "r/m:1"}, "engine": {}, "accelerator": {"type": "nvidia"}, "decode": {}}});
    let out = explain(&ms.to_string(), "", "");
    check(
        &out,
        &[
            (
                "Deployment",
                "m-decode",
                "metadata.namespace",
                "crd-default",
                &["metadata.namespace"],
                Some("no metadata.namespace: rendered into \"default\""),
            ),
            ("Deployment", "m-decode", "spec.replicas", "crd-default", &["spec.decode.replicas"], None),
            (
                "Deployment",
                "m-decode",
                "spec.template.spec.containers[0].args[2]",
                "crd-default",
                &["spec.engine.port"],
                None,
            ),
        ],
    );
    assert_one_origin_per_leaf("namespace-less", &out);
}

#[test]
fn wire_shape_and_errors() {
    let out = explain_fixture("minimal");
    let keys: Vec<&String> = out.as_object().unwrap().keys().collect();
    assert_eq!(keys, ["diagnostics", "origins", "resources"]);
    let o = origin(&out, "Deployment", "qwen3-0.6b-decode", "apiVersion");
    assert_eq!(
        *o,
        json!({"kind": "Deployment", "name": "qwen3-0.6b-decode", "path": "apiVersion", "origin": "constant"})
    );
    // Errors: nothing explained, the diagnostics say why.
    let bad = explain(r#"{"metadata": {"name": "x"}, "spec": {"decode": {"replicas": "two"}}}"#, "", "");
    assert_eq!(bad["resources"], json!([]));
    assert_eq!(bad["origins"], json!([]));
    assert!(bad["diagnostics"].as_array().unwrap().iter().any(|d| d["severity"] == "error"));
    let bad = explain("{", "", "");
    assert_eq!(bad["diagnostics"][0]["code"], "input/invalid-json");
}

#[test]
fn large_lists_are_explained_as_one_input() {
    // More than 64 items: the list is perturbed as a whole, so the renders stay few.
    let env: Vec<Value> = (0..100).map(|i| json!({"name": format!("V{i}"), "value": format!("{i}")})).collect();
    let ms = json!({"metadata": {"name": "m", "namespace": "ns"},
                    "spec": {"model": {"name": "a/b", "image": "r/m:1"}, "engine": {"env": env, "args": ["--x"]},
                             "accelerator": {"type": "nvidia"}, "decode": {}}});
    let out = explain(&ms.to_string(), "", "");
    assert_one_origin_per_leaf("large-env", &out);
    check(
        &out,
        &[
            ("Deployment", "m-decode", "~env[53].value", "derived", &["spec.engine.env"], None),
            ("Deployment", "m-decode", "~env[53].name", "derived", &["spec.engine.env"], None),
            ("Deployment", "m-decode", "~args[5]", "spec", &["spec.engine.args[0]"], None),
            ("Deployment", "m-decode", "~env[0].name", "constant", &[], None),
        ],
    );
}
