//! Property tests over generated, realistic ModelServices (valid DNS names with dots and digits,
//! both roles, parallelism 1–8, optional prefill / routingProxy / inferencePool / httpRoute /
//! monitoring, env with the NIXL port, random EppConfig and options for both operator versions).
//!
//! For every case that lint lets through, on the parsed `render_json` output:
//! 1. every Deployment's selector matches its own pod template labels;
//! 2. the InferencePool selector matches the decode and prefill pod labels and no EPP pod;
//! 3. every InferencePool target port is a port every serving pod serves;
//! 4. `endpointPickerRef` names the rendered EPP Service and one of its ports, which the EPP pods
//!    serve (and the Service selects the EPP pods);
//! 5. the EPP Deployment mounts the rendered ConfigMap, and `--config-file` names its only key;
//! 6. `checksum/config` = SHA-256 of the rendered ConfigMap data = `configHash`;
//! 7. rendering is idempotent (the CRD-defaulted document renders the same) and equals the
//!    library's `render` on the prepared model. (Determinism is checked against independent
//!    values: the goldens, and the native = wasm parity of js/test/parity.test.mjs.)
//! 10. the answer prints every key in sorted order (re-printing it through a `Value` changes no byte).
//!
//! For every case, lint or not (the objects are rendered with the library, bypassing lint):
//! 8. every object name, namespace and label key/value is valid Kubernetes syntax — or lint
//!    reported an error or warning at the field it comes from;
//! 9. no pod (serving or EPP) binds one port twice — or lint reported an error.
#![cfg(not(target_arch = "wasm32"))]

use modelservice_render::api;
use modelservice_render::input::prepare;
use modelservice_render::settings_input::read_settings;
use proptest::prelude::*;
use proptest::test_runner::{Config, TestCaseError, TestRunner};
use serde_json::{json, Map, Value};
use sha2::{Digest, Sha256};
use std::cell::RefCell;
use std::collections::BTreeSet;

// ---------------------------------------------------------------------------------------------
// Generators

const NIXL: &str = "VLLM_NIXL_SIDE_CHANNEL_PORT";

/// Known gap: an invalid `metadata.namespace` ("_", "ML_Serving", 64 characters) passes schema
/// and lint, although the API server rejects the ModelService and every namespaced child is
/// rendered into it. Set to true once lint reports it, to generate such namespaces again.
const LINT_CHECKS_NAMESPACE: bool = true;

/// `[a-z0-9]([-a-z0-9]*[a-z0-9])?` of 1..=max characters.
fn dns_label(max: usize) -> impl Strategy<Value = String> {
    let inner = max.saturating_sub(2);
    let longer = proptest::string::string_regex(&format!("[a-z0-9][a-z0-9-]{{0,{inner}}}[a-z0-9]")).unwrap();
    prop_oneof!["[a-z0-9]".prop_map(String::from), longer]
}

/// A ModelService name: mostly valid DNS-1123 subdomains (dots, digits, leading digits), of
/// every length up to ~80 (over 59 the EPP name is too long; over 63 the name is), sometimes
/// invalid (uppercase, underscores, edge dashes) to exercise lint.
fn ms_name() -> impl Strategy<Value = String> {
    let valid = prop::collection::vec(dns_label(18), 1..=4).prop_map(|parts| parts.join("."));
    prop_oneof![
        8 => valid,
        1 => "[a-z0-9]{1,3}(\\.[0-9]{1,2}){1,2}[a-z]{0,2}",
        1 => "[A-Za-z0-9_.-]{1,30}",
    ]
}

/// Ports, biased to the ones the operator uses itself so that collisions happen.
fn port() -> impl Strategy<Value = i64> {
    prop_oneof![Just(8000), Just(8080), Just(8200), Just(9002), Just(9003), Just(9090), 1024i64..=65535, 1i64..=65535]
}

fn opt<T: std::fmt::Debug + Clone>(s: impl Strategy<Value = T>) -> impl Strategy<Value = Option<T>> {
    prop::option::weighted(0.5, s)
}

fn label_kv() -> impl Strategy<Value = (String, String)> {
    (
        prop_oneof![
            4 => "[a-z]([a-z0-9-]{0,9}[a-z0-9])?".prop_map(String::from),
            4 => "[a-z]{1,6}\\.(io|com)/[a-z]([a-z0-9-]{0,7}[a-z0-9])?".prop_map(String::from),
            1 => "[a-z][a-z0-9-]{0,10}".prop_map(String::from),
        ],
        "([A-Za-z0-9]([A-Za-z0-9._-]{0,10}[A-Za-z0-9])?)?",
    )
}

fn resources() -> impl Strategy<Value = Value> {
    (opt(prop_oneof![Just("500m"), Just("2"), Just("8")]), opt(prop_oneof![Just("1Gi"), Just("64Gi"), Just("512Mi")]))
        .prop_map(|(cpu, mem)| {
            let mut req = Map::new();
            if let Some(c) = cpu {
                req.insert("cpu".into(), json!(c));
            }
            if let Some(m) = mem {
                req.insert("memory".into(), json!(m));
            }
            json!({ "requests": req })
        })
}

fn role(annotations: bool) -> impl Strategy<Value = Value> {
    (
        opt(0i64..=4),
        opt((opt(1i64..=8), opt(1i64..=8), opt(1i64..=8))),
        opt(resources()),
        opt(prop::collection::btree_map("[a-z]{1,8}", "[a-z0-9]{1,8}", 1..3)),
        opt(Just(json!([{"key": "nvidia.com/gpu", "operator": "Exists", "effect": "NoSchedule"}]))),
        opt(prop::collection::vec(label_kv(), 1..3)),
    )
        .prop_map(move |(replicas, par, res, ns, tol, ann)| {
            let mut r = Map::new();
            if let Some(n) = replicas {
                r.insert("replicas".into(), json!(n));
            }
            if let Some((t, d, dl)) = par {
                let mut p = Map::new();
                for (k, v) in [("tensor", t), ("data", d), ("dataLocal", dl)] {
                    if let Some(v) = v {
                        p.insert(k.into(), json!(v));
                    }
                }
                r.insert("parallelism".into(), Value::Object(p));
            }
            if let Some(res) = res {
                r.insert("resources".into(), res);
            }
            if let Some(ns) = ns {
                r.insert("nodeSelector".into(), json!(ns));
            }
            if let Some(t) = tol {
                r.insert("tolerations".into(), t);
            }
            if let (true, Some(a)) = (annotations, ann) {
                r.insert("annotations".into(), Value::Object(a.into_iter().map(|(k, v)| (k, json!(v))).collect()));
            }
            Value::Object(r)
        })
}

fn env() -> impl Strategy<Value = Value> {
    let plain = ("[A-Z][A-Z0-9_]{0,12}", "[a-z0-9./:-]{0,12}").prop_map(|(n, v)| json!({"name": n, "value": v}));
    let nixl =
        prop_oneof![Just(5600i64), Just(5557), port()].prop_map(|p| json!({"name": NIXL, "value": p.to_string()}));
    let field = Just(json!({"name": "POD_IP", "valueFrom": {"fieldRef": {"fieldPath": "status.podIP"}}}));
    prop::collection::vec(prop_oneof![6 => plain, 2 => nixl, 1 => field], 0..5).prop_map(Value::from)
}

/// One generated case: the ModelService and the eppConfig/options arguments.
#[derive(Clone, Debug)]
struct Case {
    ms: Value,
    epp: Value,
    opts: Value,
}

fn case() -> impl Strategy<Value = Case> {
    let version = prop_oneof![Just("v1.0.1"), Just("v0.9.0-alpha.2")];
    version.prop_flat_map(|v| {
        let annotations = v == "v1.0.1";
        let invalid_namespace = if LINT_CHECKS_NAMESPACE { 1 } else { 0 };
        let namespace = prop_oneof![
            8 => dns_label(20),
            1 => Just("default".to_string()),
            invalid_namespace => "[A-Za-z0-9_.-]{1,12}|[a-z]{64}".prop_map(String::from),
        ];
        let meta = (ms_name(), opt(namespace), opt("[0-9a-f]{8}-[0-9a-f]{4}"), opt(1i64..100));
        let engine = (
            opt(port()),
            env(),
            opt(prop::collection::vec(prop_oneof![Just("--max-model-len=8192"), Just("--enable-chunked-prefill")], 1..3)),
            opt(prop_oneof![Just("IfNotPresent"), Just("Always")]),
            opt(Just("vllm/vllm-openai:v0.8.0")),
        );
        let accel = prop_oneof![Just("nvidia"), Just("amd"), Just("intel-gaudi"), Just("google"), Just("cpu")];
        let proxy = opt((
            opt(prop_oneof![Just("nixlv2"), Just("lmcache")]),
            opt(port()),
            opt(prop_oneof![Just("json"), Just("console")]),
            opt(any::<bool>()),
            opt(any::<bool>()),
        ));
        let pool = opt((opt(0i64..=4), opt(prop_oneof![Just(9002i64), port()]), opt(prop_oneof![Just("FailOpen"), Just("FailClose")]), opt(resources())));
        let route = opt(("[a-z][a-z0-9-]{0,12}", opt(dns_label(12)), opt(prop::collection::vec("[a-z]{1,8}\\.example\\.com", 1..3))));
        let monitoring = opt(prop_oneof![
            Just(json!({})),
            Just(json!({"podMonitor": {}})),
            (any::<bool>(), opt(prop_oneof![Just("http"), Just("proxy")]), opt(Just("15s")))
                .prop_map(|(e, p, i)| {
                    let mut m = json!({"enabled": e});
                    if let Some(p) = p {
                        m["portName"] = json!(p);
                    }
                    if let Some(i) = i {
                        m["interval"] = json!(i);
                    }
                    json!({ "podMonitor": m })
                }),
        ]);
        let epp = (
            opt(prop_oneof![Just("istio"), Just("gke"), Just("none")]),
            opt(any::<bool>()),
            opt(prop_oneof![Just(String::new()), "[a-z][a-z0-9-]{0,15}".prop_map(String::from)]),
            opt(prop::collection::btree_map("[a-z][a-z-]{0,10}", "[a-z0-9]{0,5}", 0..3)),
            opt((any::<bool>(), "http://[a-z]{1,8}:4317")),
        );
        let opts = (
            any::<bool>(),
            opt(prop_oneof![Just(String::new()), Just("v1.0.1".to_string()), Just("devel".to_string()), "[a-z0-9.+ -]{1,12}".prop_map(String::from)]),
            opt(prop_oneof![Just("ghcr.io/llm-d/llm-d-inference-scheduler:v0.5.0"), Just("registry.local/epp:1")]),
        );
        (meta, engine, accel, role(annotations), opt(role(annotations)), proxy, pool, route, monitoring, (epp, opts)).prop_map(
            move |(meta, engine, accel, decode, prefill, proxy, pool, route, monitoring, (epp, opts))| {
                let (name, ns, uid, generation) = meta;
                let mut m = json!({ "name": name });
                if let Some(ns) = ns {
                    m["namespace"] = json!(ns);
                }
                if let Some(uid) = uid {
                    m["uid"] = json!(uid);
                }
                if let Some(g) = generation {
                    m["generation"] = json!(g);
                }
                let (port, env, args, policy, image) = engine;
                let mut e = json!({ "env": env });
                if let Some(p) = port {
                    e["port"] = json!(p);
                }
                if let Some(a) = args {
                    e["args"] = json!(a);
                }
                if let Some(p) = policy {
                    e["imagePullPolicy"] = json!(p);
                }
                if let Some(i) = image {
                    e["image"] = json!(i);
                }
                let mut spec = json!({
                    "model": {"name": "Qwen/Qwen3-0.6B", "image": "registry.example.com/models/qwen3:v1"},
                    "engine": e,
                    "accelerator": {"type": accel},
                    "decode": decode,
                });
                if let Some(p) = prefill {
                    spec["prefill"] = p;
                }
                if let Some((connector, target, zap, secure, tls)) = proxy {
                    let mut rp = json!({});
                    for (k, v) in [
                        ("connector", connector.map(|c| json!(c))),
                        ("targetPort", target.map(|t| json!(t))),
                        ("zapEncoder", zap.map(|z| json!(z))),
                        ("secureProxy", secure.map(|s| json!(s))),
                        ("prefillerUseTLS", tls.map(|s| json!(s))),
                    ] {
                        if let Some(v) = v {
                            rp[k] = v;
                        }
                    }
                    spec["routingProxy"] = rp;
                }
                if let Some((replicas, port, mode, res)) = pool {
                    let mut ep = json!({});
                    for (k, v) in [
                        ("replicas", replicas.map(|r| json!(r))),
                        ("port", port.map(|p| json!(p))),
                        ("failureMode", mode.map(|m| json!(m))),
                        ("resources", res),
                    ] {
                        if let Some(v) = v {
                            ep[k] = v;
                        }
                    }
                    spec["inferencePool"] = json!({ "endpointPicker": ep });
                }
                if let Some((gw, gwns, hosts)) = route {
                    let mut r = json!({"gatewayRef": {"name": gw}});
                    if let Some(n) = gwns {
                        r["gatewayRef"]["namespace"] = json!(n);
                    }
                    if let Some(h) = hosts {
                        r["hostnames"] = json!(h);
                    }
                    spec["httpRoute"] = r;
                }
                if let Some(mon) = monitoring {
                    spec["monitoring"] = mon;
                }
                let ms = json!({"apiVersion": "model.otterscale.io/v1alpha1", "kind": "ModelService", "metadata": m, "spec": spec});

                let ((provider, auth, gw, flags, tracing), (explicit_version, label_version, epp_image)) = (epp, opts);
                let mut ec = json!({});
                if let Some(p) = provider {
                    ec["provider"] = json!(p);
                }
                if let Some(a) = auth {
                    ec["metricsEndpointAuth"] = json!(a);
                }
                if let Some(g) = gw {
                    ec["defaultGatewayName"] = json!(g);
                }
                if let Some(f) = flags {
                    ec["flags"] = json!(f);
                }
                if let Some((enabled, endpoint)) = tracing {
                    ec["tracing"] = json!({"enabled": enabled, "otelExporterEndpoint": endpoint});
                }
                let mut o = json!({});
                if explicit_version || v != "v1.0.1" {
                    o["operatorVersion"] = json!(v);
                }
                if let Some(l) = label_version {
                    o["version"] = json!(l);
                }
                if let Some(i) = epp_image {
                    o["images"] = json!({ "epp": i });
                }
                Case { ms, epp: ec, opts: o }
            },
        )
    })
}

// ---------------------------------------------------------------------------------------------
// Kubernetes syntax (k8s.io/apimachinery util/validation)

fn alnum_lower(c: char) -> bool {
    c.is_ascii_lowercase() || c.is_ascii_digit()
}

fn dns1123_label(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 63
        && s.chars().all(|c| alnum_lower(c) || c == '-')
        && s.starts_with(alnum_lower)
        && s.ends_with(alnum_lower)
}

fn dns1123_subdomain(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 253
        && s.split('.').all(|p| {
            !p.is_empty()
                && p.chars().all(|c| alnum_lower(c) || c == '-')
                && p.starts_with(alnum_lower)
                && p.ends_with(alnum_lower)
        })
}

fn dns1035_label(s: &str) -> bool {
    dns1123_label(s) && s.starts_with(|c: char| c.is_ascii_lowercase())
}

/// RBAC names: any path segment name.
fn path_segment(s: &str) -> bool {
    !s.is_empty() && s != "." && s != ".." && !s.contains('/') && !s.contains('%')
}

fn qualified_name_part(s: &str) -> bool {
    let ok = |c: char| c.is_ascii_alphanumeric();
    !s.is_empty()
        && s.len() <= 63
        && s.chars().all(|c| ok(c) || c == '-' || c == '_' || c == '.')
        && s.starts_with(ok)
        && s.ends_with(ok)
}

fn label_key(k: &str) -> bool {
    match k.split_once('/') {
        Some((prefix, name)) => dns1123_subdomain(prefix) && qualified_name_part(name),
        None => qualified_name_part(k),
    }
}

fn label_value(v: &str) -> bool {
    v.is_empty() || qualified_name_part(v)
}

// ---------------------------------------------------------------------------------------------
// Helpers on rendered JSON

fn kind<'a>(resources: &'a [Value], k: &str) -> Vec<&'a Value> {
    resources.iter().filter(|r| r["kind"] == k).collect()
}

fn str_map(v: &Value) -> Map<String, Value> {
    v.as_object().cloned().unwrap_or_default()
}

fn matches(selector: &Map<String, Value>, labels: &Map<String, Value>) -> bool {
    !selector.is_empty() && selector.iter().all(|(k, v)| labels.get(k) == Some(v))
}

fn pod_labels(d: &Value) -> Map<String, Value> {
    str_map(&d["spec"]["template"]["metadata"]["labels"])
}

fn is_epp(d: &Value) -> bool {
    d["metadata"]["labels"]["app.kubernetes.io/component"] == "epp"
}

/// Ports a pod serves: every container's, and those of restartable (sidecar) init containers.
fn pod_ports(d: &Value) -> Vec<i64> {
    let spec = &d["spec"]["template"]["spec"];
    let mut out = Vec::new();
    let init = spec["initContainers"].as_array().cloned().unwrap_or_default();
    let sidecars = init.iter().filter(|c| c["restartPolicy"] == "Always");
    for c in spec["containers"].as_array().unwrap().iter().chain(sidecars) {
        for p in c["ports"].as_array().into_iter().flatten() {
            out.push(p["containerPort"].as_i64().unwrap());
        }
    }
    out
}

struct Diags(Vec<Value>);

impl Diags {
    fn errors(&self) -> Vec<String> {
        self.0.iter().filter(|d| d["severity"] == "error").map(|d| format!("{} at {}", d["code"], d["path"])).collect()
    }
    fn error_codes(&self) -> BTreeSet<String> {
        self.0
            .iter()
            .filter(|d| d["severity"] == "error")
            .map(|d| d["code"].as_str().unwrap_or("").to_string())
            .collect()
    }
    /// An error or warning at `path` or below it.
    fn reported_at(&self, path: &str) -> bool {
        self.0.iter().any(|d| {
            let p = d["path"].as_str().unwrap_or("");
            d["severity"] != "info"
                && (p == path || p.starts_with(&format!("{path}.")) || p.starts_with(&format!("{path}[")))
        })
    }
}

// ---------------------------------------------------------------------------------------------
// The properties

#[derive(Default)]
struct Tally {
    cases: usize,
    rendered: usize,
    with_prefill: usize,
    with_pool: usize,
    v0_9: usize,
    blocked_by: std::collections::BTreeMap<String, usize>,
}

fn check(c: &Case, tally: &mut Tally) -> Result<(), TestCaseError> {
    let ms = c.ms.to_string();
    let epp = c.epp.to_string();
    let opts = c.opts.to_string();
    let text = api::render_json(&ms, &epp, &opts);
    let out: Value = serde_json::from_str(&text).unwrap();
    // 10. keys in kubectl's sorted order, exactly as a `Value` prints them.
    prop_assert_eq!(&out.to_string(), &text, "keys out of order");
    let diags = Diags(out["diagnostics"].as_array().unwrap().clone());
    let lint: Value = serde_json::from_str(&api::lint_json(&ms, &epp, &opts)).unwrap();
    prop_assert_eq!(&lint, &out["diagnostics"]);

    // The library path, bypassing lint: the objects the operator would create.
    let (settings, sdiags) = read_settings(&c.epp, &c.opts);
    prop_assert!(sdiags.iter().all(|d| d.severity != modelservice_render::Severity::Error), "{:?}", sdiags);
    let prepared = prepare(&ms, &settings.profile());
    let schema_errors: Vec<String> = prepared
        .diagnostics
        .iter()
        .filter(|d| d.code.starts_with("schema/") || d.code.starts_with("input/"))
        .map(|d| format!("{} at {}", d.code, d.path))
        .collect();
    prop_assert!(schema_errors.is_empty(), "the generator made a schema-invalid document: {:?}", schema_errors);
    let model = prepared.model.as_ref().unwrap();
    let direct = modelservice_render::render(model, &settings);
    let all: Vec<Value> = direct.resources.iter().map(|r| serde_json::to_value(r).unwrap()).collect();

    // 8. names and labels are valid, or lint reported the field they come from.
    let name = c.ms["metadata"]["name"].as_str().unwrap();
    let namespace = c.ms["metadata"]["namespace"].as_str().unwrap_or("default");
    let version = c.opts["version"].as_str();
    let source = |s: &str| -> Vec<&'static str> {
        let mut v = Vec::new();
        if s.contains(name) || s.contains(&modelservice_render::epp_name(name)) {
            v.push("metadata.name");
        }
        if s.contains(namespace) {
            v.push("metadata.namespace");
        }
        if Some(s) == version {
            v.push("options.version");
        }
        if v.is_empty() {
            v.push("spec");
        }
        v
    };
    let check_valid = |what: String, value: &str, ok: bool| -> Result<(), TestCaseError> {
        if !ok {
            let from = source(value);
            prop_assert!(
                from.iter().any(|p| diags.reported_at(p)),
                "{} = {:?} is invalid, and lint reported nothing at {:?}; diagnostics: {:?}",
                what,
                value,
                from,
                diags.0.iter().map(|d| format!("{} {} at {}", d["severity"], d["code"], d["path"])).collect::<Vec<_>>()
            );
        }
        Ok(())
    };
    for r in &all {
        let k = r["kind"].as_str().unwrap();
        let n = r["metadata"]["name"].as_str().unwrap();
        let ok = match k {
            "Service" => dns1035_label(n),
            "Role" | "RoleBinding" | "ClusterRole" | "ClusterRoleBinding" => path_segment(n),
            _ => dns1123_subdomain(n),
        };
        check_valid(format!("{k} name"), n, ok)?;
        if let Some(ns) = r["metadata"]["namespace"].as_str() {
            check_valid(format!("{k} {n} namespace"), ns, dns1123_label(ns))?;
        }
        let label_sets = [
            ("metadata.labels", &r["metadata"]["labels"]),
            ("spec.selector.matchLabels", &r["spec"]["selector"]["matchLabels"]),
            ("spec.template.metadata.labels", &r["spec"]["template"]["metadata"]["labels"]),
            ("spec.selector", if k == "Service" { &r["spec"]["selector"] } else { &Value::Null }),
        ];
        for (at, set) in label_sets {
            for (key, v) in str_map(set) {
                check_valid(format!("{k} {n} {at} key"), &key, label_key(&key))?;
                let v = v.as_str().unwrap();
                check_valid(format!("{k} {n} {at}[{key}]"), v, label_value(v))?;
            }
        }
    }

    // 9. no port bound twice in a pod, or lint reported it: a port-conflict warning (the objects
    // are accepted and rendered; the pod crash-loops) or another error.
    let port_findings: BTreeSet<&str> = diags
        .0
        .iter()
        .filter_map(|d| d["code"].as_str())
        .filter(|c| ["proxy-port-conflict", "nixl-port-conflict", "epp-port-conflict"].contains(c))
        .collect();
    for d in kind(&all, "Deployment") {
        let ports = pod_ports(d);
        let unique: BTreeSet<i64> = ports.iter().copied().collect();
        if unique.len() != ports.len() {
            prop_assert!(
                !port_findings.is_empty() || !diags.errors().is_empty(),
                "{} binds a port twice ({:?}) and lint reported nothing",
                d["metadata"]["name"],
                ports
            );
        }
    }

    tally.cases += 1;
    let errors = diags.errors();
    if !errors.is_empty() {
        for code in diags.error_codes() {
            *tally.blocked_by.entry(code).or_default() += 1;
        }
        prop_assert!(out["resources"].as_array().unwrap().is_empty());
        return Ok(());
    }
    tally.rendered += 1;
    tally.with_prefill += usize::from(c.ms["spec"].get("prefill").is_some());
    tally.with_pool += usize::from(c.ms["spec"].get("inferencePool").is_some());
    tally.v0_9 += usize::from(c.opts["operatorVersion"] == "v0.9.0-alpha.2");

    let res = out["resources"].as_array().unwrap();
    prop_assert_eq!(res, &all, "render_json differs from the library render");

    // 7. idempotent: the CRD-defaulted document renders the same objects.
    let again: Value = serde_json::from_str(&api::render_json(&prepared.defaulted.to_string(), &epp, &opts)).unwrap();
    for k in ["resources", "absent", "configHash"] {
        prop_assert_eq!(&again[k], &out[k], "re-rendering the defaulted document changes {}", k);
    }

    // 1. selectors match their own pod templates.
    let deployments = kind(res, "Deployment");
    for d in &deployments {
        prop_assert!(
            matches(&str_map(&d["spec"]["selector"]["matchLabels"]), &pod_labels(d)),
            "{}: selector ≠ template",
            d["metadata"]["name"]
        );
    }
    let serving: Vec<&&Value> = deployments.iter().filter(|d| !is_epp(d)).collect();
    let epp_deps: Vec<&&Value> = deployments.iter().filter(|d| is_epp(d)).collect();
    prop_assert_eq!(serving.len(), 1 + usize::from(c.ms["spec"].get("prefill").is_some()));
    prop_assert_eq!(epp_deps.len(), 1);
    let epp_dep = epp_deps[0];

    // 2. the pool selects every serving pod and no EPP pod.
    let pools = kind(res, "InferencePool");
    prop_assert_eq!(pools.len(), 1);
    let pool = pools[0];
    let pool_sel = str_map(&pool["spec"]["selector"]["matchLabels"]);
    for d in &serving {
        prop_assert!(matches(&pool_sel, &pod_labels(d)), "the pool does not select {}", d["metadata"]["name"]);
    }
    prop_assert!(!matches(&pool_sel, &pod_labels(epp_dep)), "the pool selects the EPP pods");

    // 3. every target port is served by every serving pod.
    for tp in pool["spec"]["targetPorts"].as_array().unwrap() {
        let n = tp["number"].as_i64().unwrap();
        for d in &serving {
            prop_assert!(
                pod_ports(d).contains(&n),
                "target port {} is not served by {} ({:?})",
                n,
                d["metadata"]["name"],
                pod_ports(d)
            );
        }
    }

    // 4. endpointPickerRef → the EPP Service and its port → the EPP pods.
    let epr = &pool["spec"]["endpointPickerRef"];
    let services = kind(res, "Service");
    prop_assert_eq!(services.len(), 1);
    let svc = services[0];
    prop_assert_eq!(&epr["kind"], "Service");
    prop_assert_eq!(&epr["group"], "");
    prop_assert_eq!(&epr["name"], &svc["metadata"]["name"]);
    prop_assert_eq!(&svc["metadata"]["namespace"], &pool["metadata"]["namespace"]);
    let epr_port = epr["port"]["number"].as_i64().unwrap();
    let svc_port = svc["spec"]["ports"].as_array().unwrap().iter().find(|p| p["port"].as_i64() == Some(epr_port));
    prop_assert!(svc_port.is_some(), "endpointPickerRef port {} is not a port of the EPP Service", epr_port);
    let target = svc_port.unwrap()["targetPort"].as_i64().unwrap();
    prop_assert!(pod_ports(epp_dep).contains(&target), "the EPP pods do not serve {}", target);
    prop_assert!(
        matches(&str_map(&svc["spec"]["selector"]), &pod_labels(epp_dep)),
        "the EPP Service does not select the EPP pods"
    );
    for d in &serving {
        prop_assert!(
            !matches(&str_map(&svc["spec"]["selector"]), &pod_labels(d)),
            "the EPP Service selects serving pods"
        );
    }

    // 5. the EPP Deployment mounts the ConfigMap; --config-file names its only key.
    let cms = kind(res, "ConfigMap");
    prop_assert_eq!(cms.len(), 1);
    let cm = cms[0];
    let data = str_map(&cm["data"]);
    prop_assert_eq!(data.len(), 1, "the EPP ConfigMap has {} keys", data.len());
    let (key, body) = data.iter().next().unwrap();
    let pod = &epp_dep["spec"]["template"]["spec"];
    let vol = pod["volumes"].as_array().unwrap().iter().find(|v| v["configMap"]["name"] == cm["metadata"]["name"]);
    prop_assert!(vol.is_some(), "no volume of ConfigMap {}", cm["metadata"]["name"]);
    let vol_name = &vol.unwrap()["name"];
    let container = &pod["containers"][0];
    let mounts: Vec<&Value> =
        container["volumeMounts"].as_array().unwrap().iter().filter(|m| &m["name"] == vol_name).collect();
    prop_assert_eq!(mounts.len(), 1);
    let mount_path = mounts[0]["mountPath"].as_str().unwrap();
    let config_args: Vec<&str> = container["args"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(Value::as_str)
        .filter(|a| a.starts_with("--config-file="))
        .collect();
    prop_assert_eq!(config_args.len(), 1);
    prop_assert_eq!(config_args[0], format!("--config-file={mount_path}/{key}"));

    // 6. checksum/config = SHA-256(key + value) = configHash.
    let mut h = Sha256::new();
    h.update(key.as_bytes());
    h.update(body.as_str().unwrap().as_bytes());
    let want: String = h.finalize().iter().map(|b| format!("{b:02x}")).collect();
    prop_assert_eq!(&epp_dep["spec"]["template"]["metadata"]["annotations"]["checksum/config"], &json!(want));
    prop_assert_eq!(&out["configHash"], &json!(want));
    Ok(())
}

#[test]
fn rendered_objects_hold_together() {
    // The strategy's nested combinator types make deep, wide frames in a debug build: more than
    // the 2 MiB a test thread gets.
    std::thread::Builder::new().stack_size(64 << 20).spawn(run_properties).unwrap().join().unwrap();
}

fn run_properties() {
    // PROPTEST_CASES=5000 for a longer search.
    let cases = std::env::var("PROPTEST_CASES").ok().and_then(|c| c.parse().ok()).unwrap_or(256);
    let mut runner = TestRunner::new(Config { cases, failure_persistence: None, ..Config::default() });
    let tally = RefCell::new(Tally::default());
    let result = runner.run(&case(), |c| check(&c, &mut tally.borrow_mut()));
    let tally = tally.into_inner();
    println!(
        "{} cases: {} rendered ({} with prefill, {} with an inferencePool, {} for v0.9.0-alpha.2); blocked by {:?}",
        tally.cases, tally.rendered, tally.with_prefill, tally.with_pool, tally.v0_9, tally.blocked_by
    );
    if let Err(e) = result {
        panic!("{e}");
    }
    // The invariants must actually be exercised.
    assert!(tally.rendered * 3 >= tally.cases, "only {} of {} cases rendered", tally.rendered, tally.cases);
    assert!(tally.with_prefill > 10 && tally.with_pool > 10 && tally.v0_9 > 10);
}
