//! reconcile.md §4 (condition matrix) and §10 (transition table) as render-level tests: which
//! objects are in `resources` and which in `absent`.

mod common;

use common::*;
use modelservice_render::config::EppConfig;
use modelservice_render::model::{ModelService, MonitoringSpec, PodMonitorSpec};
use modelservice_render::render::{render, Rendered};
use modelservice_render::Settings;
use serde_json::{json, Value};

const MS: &str = "qwen3-0.6b";
const EPP: &str = "qwen3-0-6b-epp";
const SECRET: &str = "qwen3-0-6b-epp-sa-metrics-reader-secret";
const CLUSTER: &str = "ml-serving-qwen3-0-6b-epp";

fn base() -> ModelService {
    let mut ms = f0(MS, TEST_NAMESPACE);
    ms.metadata.uid = Some("uid-1".into());
    ms.spec.model.name = "Qwen/Qwen3-0.6B".into();
    ms.spec.model.image = "registry.example.com/models/qwen3:v1".into();
    ms.spec.engine.port = 8000;
    ms.spec.accelerator.type_ = "nvidia".into();
    ms.spec.decode.replicas = Some(1);
    ms
}

/// `inferencePool` set (port 9100 and FailOpen, so explicit and default pools differ).
fn with_pool(mut ms: ModelService) -> ModelService {
    ms.spec.inference_pool = Some(pool("example.com/epp:dev", Some(2), 9100, "FailOpen"));
    ms
}

fn pod_monitor(ms: &mut ModelService, enabled: Option<bool>) {
    ms.spec.monitoring =
        enabled.map(|e| MonitoringSpec { pod_monitor: Some(PodMonitorSpec { enabled: e, ..Default::default() }) });
}

fn cfg(provider: &str, auth: bool, gw: &str) -> Settings {
    settings_with(EppConfig {
        provider: provider.into(),
        metrics_endpoint_auth: auth,
        default_gateway_name: gw.into(),
        ..Settings::default().epp
    })
}

#[track_caller]
fn epp_core_present(r: &Rendered) {
    for (k, n) in [
        ("ServiceAccount", EPP),
        ("ConfigMap", "qwen3-0-6b-epp-config"),
        ("Deployment", EPP),
        ("Service", EPP),
        ("Role", EPP),
        ("RoleBinding", EPP),
    ] {
        assert!(has(r, k, n), "{k} {n} must be ensured");
    }
}

/// `ensured`: in `resources` and not in `absent`; otherwise the reverse.
#[track_caller]
fn state(r: &Rendered, kind: &str, name: &str, ensured: bool) {
    assert_eq!(has(r, kind, name), ensured, "{kind} {name} ensured?");
    assert_eq!(is_absent(r, kind, name), !ensured, "{kind} {name} absent?");
}

fn epp_ref(r: &Rendered) -> Value {
    get(r, "InferencePool", MS)["spec"]["endpointPickerRef"].clone()
}

fn default_ref() -> Value {
    json!({"group": "", "kind": "Service", "name": EPP, "port": {"number": 9002}, "failureMode": "FailClose"})
}

fn explicit_ref() -> Value {
    json!({"group": "", "kind": "Service", "name": EPP, "port": {"number": 9100}, "failureMode": "FailOpen"})
}

fn route_parent(r: &Rendered) -> Value {
    get(r, "HTTPRoute", MS)["spec"]["parentRefs"].clone()
}

fn sm_auth(r: &Rendered) -> Option<Value> {
    get(r, "ServiceMonitor", EPP)["spec"]["endpoints"][0].get("authorization").cloned()
}

#[test]
fn reconcile_matrix_row1_pool_nil_no_gateway() {
    for auth in [true, false] {
        for pm in [None, Some(true), Some(false)] {
            let mut ms = base();
            pod_monitor(&mut ms, pm);
            let r = render(&ms, &cfg("istio", auth, ""));
            epp_core_present(&r);
            assert_eq!(epp_ref(&r), default_ref());
            state(&r, "Secret", SECRET, false);
            state(&r, "ClusterRole", CLUSTER, false);
            state(&r, "ClusterRoleBinding", CLUSTER, false);
            state(&r, "HTTPRoute", MS, false);
            state(&r, "DestinationRule", EPP, true);
            state(&r, "ServiceMonitor", EPP, false);
        }
    }
}

#[test]
fn reconcile_matrix_row2_pool_nil_default_gateway() {
    for auth in [true, false] {
        let r = render(&base(), &cfg("istio", auth, "gw"));
        epp_core_present(&r);
        assert_eq!(epp_ref(&r), default_ref());
        state(&r, "Secret", SECRET, false);
        state(&r, "ClusterRole", CLUSTER, false);
        assert_eq!(
            route_parent(&r),
            json!([{"group": "gateway.networking.k8s.io", "kind": "Gateway", "name": "gw", "namespace": "llm-d"}])
        );
        state(&r, "DestinationRule", EPP, true);
        state(&r, "ServiceMonitor", EPP, false);
    }
}

#[test]
fn reconcile_matrix_row3_pool_auth_istio_route_monitoring() {
    for gw in ["", "gw"] {
        let mut ms = with_pool(base());
        ms.spec.http_route = route("my-gw", "infra", &[]);
        pod_monitor(&mut ms, Some(true));
        let r = render(&ms, &cfg("istio", true, gw));
        epp_core_present(&r);
        assert_eq!(epp_ref(&r), explicit_ref());
        state(&r, "Secret", SECRET, true);
        state(&r, "ClusterRole", CLUSTER, true);
        state(&r, "ClusterRoleBinding", CLUSTER, true);
        assert_eq!(route_parent(&r), json!([{"name": "my-gw", "namespace": "infra"}]));
        state(&r, "DestinationRule", EPP, true);
        assert_eq!(sm_auth(&r), Some(json!({"credentials": {"name": SECRET, "key": "token"}})));
    }
}

#[test]
fn reconcile_matrix_row4_pool_auth_gke() {
    for (route_set, gw) in [(false, ""), (false, "gw"), (true, "")] {
        let mut ms = with_pool(base());
        if route_set {
            ms.spec.http_route = route("my-gw", "", &[]);
        }
        pod_monitor(&mut ms, Some(true));
        let r = render(&ms, &cfg("gke", true, gw));
        epp_core_present(&r);
        assert_eq!(epp_ref(&r), explicit_ref());
        state(&r, "Secret", SECRET, false);
        state(&r, "ClusterRole", CLUSTER, true);
        state(&r, "ClusterRoleBinding", CLUSTER, true);
        state(&r, "HTTPRoute", MS, route_set || !gw.is_empty());
        state(&r, "DestinationRule", EPP, false);
        // Auth still points at the Secret that is never created.
        assert_eq!(sm_auth(&r), Some(json!({"credentials": {"name": SECRET, "key": "token"}})));
    }
}

#[test]
fn reconcile_matrix_row5_pool_no_auth_provider_none() {
    for gw in ["", "gw"] {
        let mut ms = with_pool(base());
        pod_monitor(&mut ms, Some(true));
        let r = render(&ms, &cfg("none", false, gw));
        epp_core_present(&r);
        assert_eq!(epp_ref(&r), explicit_ref());
        state(&r, "Secret", SECRET, false);
        state(&r, "ClusterRole", CLUSTER, false);
        state(&r, "ClusterRoleBinding", CLUSTER, false);
        state(&r, "HTTPRoute", MS, !gw.is_empty());
        state(&r, "DestinationRule", EPP, false);
        state(&r, "ServiceMonitor", EPP, true);
        assert_eq!(sm_auth(&r), None);
    }
}

#[test]
fn reconcile_matrix_row6_pool_monitoring_off() {
    for (provider, auth) in [("istio", true), ("gke", true), ("none", false), ("istio", false), ("", true)] {
        for pm in [None, Some(false)] {
            let mut ms = with_pool(base());
            pod_monitor(&mut ms, pm);
            let r = render(&ms, &cfg(provider, auth, "gw"));
            epp_core_present(&r);
            assert_eq!(epp_ref(&r), explicit_ref());
            state(&r, "Secret", SECRET, auth && provider != "gke");
            state(&r, "ClusterRole", CLUSTER, auth);
            state(&r, "ClusterRoleBinding", CLUSTER, auth);
            state(&r, "HTTPRoute", MS, true);
            state(&r, "DestinationRule", EPP, provider == "istio");
            state(&r, "ServiceMonitor", EPP, false);
        }
    }
}

// ---- §10 transitions ----------------------------------------------------------------------------

fn epp_container(r: &Rendered) -> Value {
    get(r, "Deployment", EPP)["spec"]["template"]["spec"]["containers"][0].clone()
}

fn role_rules(r: &Rendered) -> usize {
    get(r, "Role", EPP)["rules"].as_array().map_or(0, Vec::len)
}

#[test]
fn transition_pool_set_to_nil() {
    let s = cfg("istio", true, "gw");
    let mut set = with_pool(base());
    pod_monitor(&mut set, Some(true));
    let before = render(&set, &s);
    let mut unset = set.clone();
    unset.spec.inference_pool = None;
    let after = render(&unset, &s);
    assert_eq!(epp_container(&before)["image"], "example.com/epp:dev");
    let c = epp_container(&after);
    assert_eq!(c["image"], EPP_IMAGE);
    assert_eq!(get(&after, "Deployment", EPP)["spec"]["replicas"], 1);
    assert_eq!(c["ports"][0]["containerPort"], 9002);
    assert_eq!(c["resources"], json!({"requests": {"cpu": "4", "memory": "8Gi"}, "limits": {"memory": "16Gi"}}));
    assert_eq!(get(&after, "Service", EPP)["spec"]["ports"][0]["port"], 9002);
    assert_eq!((role_rules(&before), role_rules(&after)), (5, 3));
    assert_eq!(epp_ref(&after), default_ref());
    for (k, n) in
        [("Secret", SECRET), ("ClusterRole", CLUSTER), ("ClusterRoleBinding", CLUSTER), ("ServiceMonitor", EPP)]
    {
        state(&before, k, n, true);
        state(&after, k, n, false);
    }
}

#[test]
fn transition_prefill_set_and_nil() {
    let s = prod_settings();
    let off = render(&base(), &s);
    let mut ms = base();
    ms.spec.prefill = prefill_r1();
    let on = render(&ms, &s);
    let cm = |r: &Rendered| {
        get(r, "ConfigMap", "qwen3-0-6b-epp-config")["data"].as_object().map(|m| m.keys().cloned().collect::<Vec<_>>())
    };
    assert_eq!(cm(&off), Some(vec!["default-plugins.yaml".to_string()]));
    assert_eq!(cm(&on), Some(vec!["pd-config.yaml".to_string()]));
    assert_eq!(strs(&epp_container(&off)["args"])[3], "--config-file=/config/default-plugins.yaml");
    assert_eq!(strs(&epp_container(&on)["args"])[3], "--config-file=/config/pd-config.yaml");
    let sum = |r: &Rendered| {
        get(r, "Deployment", EPP)["spec"]["template"]["metadata"]["annotations"]["checksum/config"].clone()
    };
    assert_ne!(sum(&off), sum(&on));
    assert_eq!(sum(&on), json!(on.config_hash));
    for (k, n) in [("Deployment", "qwen3-0.6b-prefill"), ("PodMonitor", "qwen3-0.6b-prefill")] {
        state(&off, k, n, false);
        state(&on, k, n, true);
    }
}

#[test]
fn transition_epp_replicas_1_to_many() {
    let s = prod_settings();
    let mut one = with_pool(base());
    if let Some(p) = one.spec.inference_pool.as_mut() {
        p.endpoint_picker.replicas = Some(1);
    }
    let mut many = one.clone();
    if let Some(p) = many.spec.inference_pool.as_mut() {
        p.endpoint_picker.replicas = Some(3);
    }
    let (a, b) = (render(&one, &s), render(&many, &s));
    let le = "--ha-enable-leader-election".to_string();
    assert!(!strs(&epp_container(&a)["args"]).contains(&le));
    assert!(strs(&epp_container(&b)["args"]).contains(&le));
    assert_eq!(epp_container(&a)["readinessProbe"]["grpc"]["service"], "inference-extension");
    assert_eq!(epp_container(&b)["readinessProbe"]["grpc"]["service"], "readiness");
    assert_eq!(epp_container(&b)["livenessProbe"]["grpc"]["service"], "liveness");
    assert_eq!((role_rules(&a), role_rules(&b)), (3, 5));
}

#[test]
fn transition_http_route_set_to_nil() {
    let mut set = with_pool(base());
    set.spec.http_route = route("my-gw", "", &["x.example.com"]);
    let mut unset = set.clone();
    unset.spec.http_route = None;
    let s = cfg("istio", true, "default-gw");
    assert_eq!(route_parent(&render(&set, &s)), json!([{"name": "my-gw"}]));
    let r = render(&unset, &s);
    assert_eq!(
        route_parent(&r),
        json!([{"group": "gateway.networking.k8s.io", "kind": "Gateway", "name": "default-gw", "namespace": "llm-d"}])
    );
    assert!(get(&r, "HTTPRoute", MS)["spec"].get("hostnames").is_none());
    state(&render(&unset, &cfg("istio", true, "")), "HTTPRoute", MS, false);
}

#[test]
fn transition_provider_istio_to_other() {
    let ms = with_pool(base());
    state(&render(&ms, &cfg("istio", true, "gw")), "DestinationRule", EPP, true);
    for p in ["gke", "none", "", "Istio"] {
        state(&render(&ms, &cfg(p, true, "gw")), "DestinationRule", EPP, false);
    }
}

#[test]
fn transition_metrics_auth_true_to_false() {
    let mut ms = with_pool(base());
    pod_monitor(&mut ms, Some(true));
    let (on, off) = (render(&ms, &cfg("istio", true, "gw")), render(&ms, &cfg("istio", false, "gw")));
    let flag = "--metrics-endpoint-auth=false".to_string();
    assert!(!strs(&epp_container(&on)["args"]).contains(&flag));
    assert!(strs(&epp_container(&off)["args"]).contains(&flag));
    for (k, n) in [("Secret", SECRET), ("ClusterRole", CLUSTER), ("ClusterRoleBinding", CLUSTER)] {
        state(&on, k, n, true);
        state(&off, k, n, false);
    }
    assert!(sm_auth(&on).is_some());
    assert_eq!(sm_auth(&off), None);
}

#[test]
fn transition_monitoring_enabled_to_disabled_or_absent() {
    let s = prod_settings();
    let mut ms = with_pool(base());
    ms.spec.prefill = prefill_r1();
    pod_monitor(&mut ms, Some(true));
    let on = render(&ms, &s);
    state(&on, "ServiceMonitor", EPP, true);
    pod_monitor(&mut ms, Some(false));
    let disabled = render(&ms, &s);
    state(&disabled, "ServiceMonitor", EPP, false);
    state(&disabled, "PodMonitor", "qwen3-0.6b-decode", false);
    state(&disabled, "PodMonitor", "qwen3-0.6b-prefill", false);
    pod_monitor(&mut ms, None);
    let absent_mon = render(&ms, &s);
    state(&absent_mon, "ServiceMonitor", EPP, false);
    state(&absent_mon, "PodMonitor", "qwen3-0.6b-decode", true);
    state(&absent_mon, "PodMonitor", "qwen3-0.6b-prefill", true);
    // `monitoring: {}` and `podMonitor: null` keep PodMonitors on too.
    ms.spec.monitoring = Some(MonitoringSpec { pod_monitor: None });
    state(&render(&ms, &s), "PodMonitor", "qwen3-0.6b-decode", true);
    state(&render(&ms, &s), "ServiceMonitor", EPP, false);
}
