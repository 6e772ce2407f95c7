//! The reconcile plan (src/plan.rs): every rendered object is the one its step names, and the
//! steps of a few configurations, written out from reconcile.md §2.

mod common;

use common::*;
use modelservice_render::config::{OperatorVersion, Settings};
use modelservice_render::model::{MonitoringSpec, PodMonitorSpec, RoutingProxySpec};
use modelservice_render::plan::{Part, Plan, Source};
use modelservice_render::render::render;
use modelservice_render::role::Role;
use modelservice_render::ModelService;

fn variants() -> Vec<(&'static str, ModelService)> {
    let mut pd = f1();
    pd.spec.prefill = prefill_r1();
    pd.spec.routing_proxy = Some(RoutingProxySpec::default());
    let mut monitored = f_epp_pd();
    monitored.spec.monitoring =
        Some(MonitoringSpec { pod_monitor: Some(PodMonitorSpec { enabled: true, ..Default::default() }) });
    let mut dotted = f1();
    dotted.metadata.name = "qwen3.5".into();
    vec![
        ("f1", f1()),
        ("pd", pd),
        ("fx-full", fx_full()),
        ("epp-pd", f_epp_pd()),
        ("monitored", monitored),
        ("route", f_rt1()),
        ("dotted name", dotted),
    ]
}

fn settings() -> Vec<(&'static str, Settings)> {
    let mut gke = prod_settings();
    gke.epp.provider = "gke".into();
    let mut none = prod_settings();
    none.epp.provider = "none".into();
    none.epp.metrics_endpoint_auth = false;
    none.epp.default_gateway_name = String::new();
    let old = Settings {
        epp: OperatorVersion::V0_9_0Alpha2.profile().default_epp_config(),
        options: OperatorVersion::V0_9_0Alpha2.profile().default_options(),
    };
    vec![("prod", prod_settings()), ("gke", gke), ("none", none), ("v0.9", old), ("ctrl", ctrl_settings())]
}

#[test]
fn every_rendered_object_is_the_one_its_step_names() {
    for (what, ms) in variants() {
        for (how, s) in settings() {
            let r = render(&ms, &s);
            assert_eq!(r.plan.present().count(), r.resources.len(), "{what} / {how}");
            for (part, res) in r.parts() {
                let want = part.object_ref(&ms);
                assert_eq!(
                    (want.api_version, want.kind, want.name.as_str(), want.namespace.as_deref()),
                    (res.api_version(), res.kind(), res.name(), res.metadata().namespace.as_deref()),
                    "{what} / {how}: {part:?}"
                );
            }
            assert_eq!(r.absent, r.plan.absent(&ms), "{what} / {how}");
        }
    }
}

fn steps(plan: &Plan) -> Vec<(Part, bool)> {
    plan.steps.iter().map(|s| (s.part, s.exists)).collect()
}

#[test]
fn the_steps_of_a_decode_only_model_service_with_the_production_flags() {
    // F1 (`qwen3-32b`): no pool, no route, no monitoring section. The legacy pool (`qwen3-32b-epp`)
    // is named unlike the pool (`qwen3-32b`), so it is deleted.
    let plan = Plan::new(&f1(), &prod_settings());
    assert_eq!(
        steps(&plan),
        vec![
            (Part::Serving(Role::Decode), true),
            (Part::Serving(Role::Prefill), false),
            (Part::EppServiceAccount, true),
            (Part::EppConfigMap, true),
            (Part::EppDeployment, true),
            (Part::EppService, true),
            (Part::EppSecret, false),
            (Part::EppRole, true),
            (Part::EppRoleBinding, true),
            (Part::EppClusterRole, false),
            (Part::EppClusterRoleBinding, false),
            (Part::LegacyInferencePool, false),
            (Part::InferencePool(Source::Default), true),
            (Part::HttpRoute(Source::Default), true),
            (Part::DestinationRule, true),
            (Part::PodMonitor(Role::Decode), true),
            (Part::PodMonitor(Role::Prefill), false),
            (Part::EppServiceMonitor, false),
        ]
    );
}

#[test]
fn pool_auth_provider_gateway_and_monitoring_switch_their_objects() {
    let mut ms = f_epp_pd();
    ms.spec.monitoring =
        Some(MonitoringSpec { pod_monitor: Some(PodMonitorSpec { enabled: true, ..Default::default() }) });
    // With a pool, istio and metrics auth: Secret, cluster RBAC, both PodMonitors, ServiceMonitor.
    let plan = Plan::new(&ms, &prod_settings());
    for part in [
        Part::Serving(Role::Prefill),
        Part::EppSecret,
        Part::EppClusterRole,
        Part::EppClusterRoleBinding,
        Part::InferencePool(Source::Spec),
        Part::DestinationRule,
        Part::PodMonitor(Role::Prefill),
        Part::EppServiceMonitor,
    ] {
        assert!(plan.exists(part), "{part:?}");
    }
    // gke: no Secret (the ServiceMonitor still wants it), cluster RBAC kept, no DestinationRule.
    let mut gke = prod_settings();
    gke.epp.provider = "gke".into();
    let plan = Plan::new(&ms, &gke);
    assert!(!plan.exists(Part::EppSecret) && !plan.exists(Part::DestinationRule));
    assert!(plan.exists(Part::EppClusterRole) && plan.exists(Part::EppServiceMonitor));
    // No metrics auth and no default gateway: no Secret, no cluster RBAC, no route.
    let mut off = prod_settings();
    off.epp.metrics_endpoint_auth = false;
    off.epp.default_gateway_name = String::new();
    let plan = Plan::new(&ms, &off);
    let absent: Vec<String> = plan.absent(&ms).iter().map(|o| format!("{}/{}", o.kind, o.name)).collect();
    assert_eq!(
        absent,
        [
            "Secret/qwen3-epp-sa-metrics-reader-secret",
            "ClusterRole/ml-serving-qwen3-epp",
            "ClusterRoleBinding/ml-serving-qwen3-epp",
            "InferencePool/qwen3-epp",
            "HTTPRoute/qwen3",
        ]
    );
    // podMonitor: {enabled: false} deletes both PodMonitors and keeps no ServiceMonitor.
    ms.spec.monitoring = Some(MonitoringSpec { pod_monitor: Some(PodMonitorSpec::default()) });
    let plan = Plan::new(&ms, &prod_settings());
    let absent: Vec<String> = plan.absent(&ms).iter().map(|o| format!("{}/{}", o.kind, o.name)).collect();
    assert_eq!(
        absent,
        ["InferencePool/qwen3-epp", "PodMonitor/qwen3-decode", "PodMonitor/qwen3-prefill", "ServiceMonitor/qwen3-epp"]
    );
}
