//! The reconcile loop as data (reconcile.md §2): which objects the operator creates or updates,
//! in its order, and which it deletes (`absent`). Owner references are added here, as the
//! upstream ensure functions do, and only when the ModelService has a `uid`.

use crate::builders::serving_deployment::{self, DeploymentArgs};
use crate::builders::{
    destination_rule, epp_cluster_rbac, epp_config_map, epp_deployment, epp_rbac, epp_secret, epp_service,
    epp_service_account, http_route, inference_pool, pod_monitor, service_monitor,
};
use crate::config::Settings;
use crate::image_defaults::apply_image_defaults;
use crate::labels::{self, LABEL_INFERENCE_SERVER};
use crate::model::{ModelService, RoleSpec};
use crate::names;
use crate::resource::{ObjectRef, Resource};
use k8s_openapi::api::apps::v1::Deployment;
use k8s_openapi::api::core::v1::Secret;
use k8s_openapi::api::rbac::v1::{ClusterRole, ClusterRoleBinding};
use k8s_openapi::apimachinery::pkg::apis::meta::v1::OwnerReference;
use k8s_openapi::Resource as _;

/// What one reconcile of this ModelService would do.
#[derive(Clone, Debug, PartialEq)]
pub struct Rendered {
    pub resources: Vec<Resource>,
    pub absent: Vec<ObjectRef>,
    pub config_hash: String,
}

fn absent(api_version: &'static str, kind: &'static str, name: String, namespace: Option<&str>) -> ObjectRef {
    ObjectRef { api_version, kind, name, namespace: namespace.map(str::to_string) }
}

/// `EnsurePodMonitors`: on by default in v1.0.1 unless `podMonitor.enabled` is false; opt-in in the seed.
pub fn pod_monitors_enabled(ms: &ModelService, settings: &Settings) -> bool {
    match ms.spec.monitoring.as_ref().and_then(|m| m.pod_monitor.as_ref()) {
        Some(pm) => pm.enabled,
        None => settings.profile().pod_monitors_default_on,
    }
}

/// The EPP ServiceMonitor is opt-in in every release.
pub fn service_monitor_enabled(ms: &ModelService) -> bool {
    ms.spec.inference_pool.is_some()
        && ms.spec.monitoring.as_ref().and_then(|m| m.pod_monitor.as_ref()).is_some_and(|pm| pm.enabled)
}

fn serving_deployment(ms: &ModelService, s: &Settings, role: &RoleSpec, role_name: &str) -> Deployment {
    let n = &ms.metadata.name;
    let comp = if role_name == labels::ROLE_DECODE { labels::COMPONENT_DECODE } else { labels::COMPONENT_PREFILL };
    let deploy_name = if role_name == labels::ROLE_DECODE { names::decode_name(n) } else { names::prefill_name(n) };
    let v = &s.options.version;
    serving_deployment::build(
        ms,
        DeploymentArgs {
            role,
            role_name,
            deploy_name: &deploy_name,
            pod_labels: Some(labels::pod_labels_for_role(n, comp, v, role_name)),
            metadata_labels: Some(labels::serving_object_labels(n, comp, v)),
            selector_labels: Some(labels::selector_labels_for_role(n, comp, role_name)),
            tracing: &s.epp.tracing,
            kit_image: &s.options.images.kit,
            profile: &s.profile(),
        },
    )
}

fn pod_monitor_labels(n: &str, comp: &str, s: &Settings) -> labels::Labels {
    let mut l = labels::labels_for_role(n, comp, &s.options.version);
    if !s.profile().pod_monitor_kebab_label {
        l.remove(LABEL_INFERENCE_SERVER);
    }
    l
}

/// Renders a CRD-defaulted ModelService. Image defaults are applied to a copy, as upstream.
pub fn render(input: &ModelService, s: &Settings) -> Rendered {
    let mut ms = input.clone();
    apply_image_defaults(&mut ms, &s.options.images);
    let ms = &ms;
    let n = ms.metadata.name.as_str();
    let ns = ms.metadata.namespace.as_str();
    let v = s.options.version.as_str();
    let cfg = &s.epp;
    let profile = s.profile();
    let mut out = Vec::new();
    let mut gone = Vec::new();

    // 1–2 serving Deployments
    out.push(Resource::Deployment(Box::new(serving_deployment(ms, s, &ms.spec.decode, labels::ROLE_DECODE))));
    match &ms.spec.prefill {
        Some(p) => out.push(Resource::Deployment(Box::new(serving_deployment(ms, s, p, labels::ROLE_PREFILL)))),
        None => gone.push(absent(Deployment::API_VERSION, Deployment::KIND, names::prefill_name(n), Some(ns))),
    }

    // 3–6 EPP prerequisites, Deployment (from a synthetic spec when the pool is nil), Service
    let epp_l = labels::epp_labels(n, v);
    let epp_sel = labels::epp_selector_labels(n);
    out.push(Resource::ServiceAccount(epp_service_account::build(ms, Some(epp_l.clone()))));
    out.push(Resource::ConfigMap(epp_config_map::build(ms, Some(epp_l.clone()))));
    let config_hash = epp_config_map::config_map_hash(ms);
    // A copy only when the pool is nil (then the EPP Deployment comes from a synthetic spec).
    let synthetic;
    let epp_ms = if ms.spec.inference_pool.is_none() {
        let mut m = ms.clone();
        m.spec.inference_pool = Some(epp_deployment::synthetic_pool(&s.options.images.epp));
        synthetic = m;
        &synthetic
    } else {
        ms
    };
    out.push(Resource::Deployment(Box::new(epp_deployment::build(
        epp_ms,
        cfg,
        Some(epp_l.clone()),
        Some(epp_sel.clone()),
        &config_hash,
    ))));
    out.push(Resource::Service(epp_service::build(ms, Some(epp_l.clone()), Some(epp_sel))));

    // 7 SA-token Secret
    let pool_set = ms.spec.inference_pool.is_some();
    if pool_set && cfg.metrics_endpoint_auth && cfg.provider != "gke" {
        out.push(Resource::Secret(epp_secret::build(ms, Some(epp_l.clone()))));
    } else {
        gone.push(absent(Secret::API_VERSION, Secret::KIND, names::epp_secret_name(n), Some(ns)));
    }

    // 8 Role + RoleBinding
    let replicas = names::default_replicas(ms.spec.inference_pool.as_ref().and_then(|p| p.endpoint_picker.replicas));
    let (role, binding) = epp_rbac::build(ms, Some(epp_l.clone()), replicas);
    out.push(Resource::Role(role));
    out.push(Resource::RoleBinding(binding));

    // 9 ClusterRole + ClusterRoleBinding (no provider check)
    if pool_set && cfg.metrics_endpoint_auth {
        let (cr, crb) = epp_cluster_rbac::build(ms, Some(epp_l.clone()));
        out.push(Resource::ClusterRole(cr));
        out.push(Resource::ClusterRoleBinding(crb));
    } else {
        let name = names::epp_cluster_rbac_name(ns, n);
        gone.push(absent(ClusterRole::API_VERSION, ClusterRole::KIND, name.clone(), None));
        gone.push(absent(ClusterRoleBinding::API_VERSION, ClusterRoleBinding::KIND, name, None));
    }

    // 10 InferencePool (the legacy EPP-named pool is always deleted first)
    let legacy = names::epp_name(n);
    if legacy != names::inference_pool_name(n) {
        gone.push(absent(crate::crd::inference_pool::API_VERSION, crate::crd::inference_pool::KIND, legacy, Some(ns)));
    }
    let pool_l = labels::inference_pool_labels(n, v);
    out.push(Resource::InferencePool(if pool_set {
        inference_pool::build(ms, Some(pool_l))
    } else {
        inference_pool::build_default(ms, Some(pool_l))
    }));

    // 11 HTTPRoute
    let route_l = labels::http_route_labels(n, v);
    if ms.spec.http_route.is_some() {
        out.push(Resource::HttpRoute(http_route::build(ms, Some(route_l))));
    } else if !cfg.default_gateway_name.is_empty() {
        let pool = names::inference_pool_name(n);
        out.push(Resource::HttpRoute(http_route::build_default(ms, Some(route_l), &cfg.default_gateway_name, &pool)));
    } else {
        gone.push(absent(
            crate::crd::http_route::API_VERSION,
            crate::crd::http_route::KIND,
            names::http_route_name(n),
            Some(ns),
        ));
    }

    // 12 Istio DestinationRule
    if cfg.provider == "istio" {
        out.push(Resource::DestinationRule(destination_rule::build(ms, Some(epp_l.clone()))));
    } else {
        use crate::crd::destination_rule::{API_VERSION, KIND};
        gone.push(absent(API_VERSION, KIND, names::epp_name(n), Some(ns)));
    }

    // 13 PodMonitors
    {
        use crate::crd::monitoring::{API_VERSION, POD_MONITOR};
        let decode_pm = names::pod_monitor_name(n, labels::ROLE_DECODE);
        let prefill_pm = names::pod_monitor_name(n, labels::ROLE_PREFILL);
        if pod_monitors_enabled(ms, s) {
            let sel = labels::selector_labels_for_role(n, labels::COMPONENT_DECODE, labels::ROLE_DECODE);
            let meta_l = pod_monitor_labels(n, labels::COMPONENT_DECODE, s);
            out.push(Resource::PodMonitor(pod_monitor::build(ms, labels::ROLE_DECODE, sel, Some(meta_l), &profile)));
            if ms.spec.prefill.is_some() {
                let sel = labels::selector_labels_for_role(n, labels::COMPONENT_PREFILL, labels::ROLE_PREFILL);
                let meta_l = pod_monitor_labels(n, labels::COMPONENT_PREFILL, s);
                out.push(Resource::PodMonitor(pod_monitor::build(
                    ms,
                    labels::ROLE_PREFILL,
                    sel,
                    Some(meta_l),
                    &profile,
                )));
            } else {
                gone.push(absent(API_VERSION, POD_MONITOR, prefill_pm, Some(ns)));
            }
        } else {
            gone.push(absent(API_VERSION, POD_MONITOR, decode_pm, Some(ns)));
            gone.push(absent(API_VERSION, POD_MONITOR, prefill_pm, Some(ns)));
        }
    }

    // 14 EPP ServiceMonitor
    if service_monitor_enabled(ms) {
        out.push(Resource::ServiceMonitor(service_monitor::build(ms, Some(epp_l), cfg.metrics_endpoint_auth)));
    } else {
        use crate::crd::monitoring::{API_VERSION, SERVICE_MONITOR};
        gone.push(absent(API_VERSION, SERVICE_MONITOR, names::epp_service_monitor_name(n), Some(ns)));
    }

    if let Some(owner) = owner_reference(ms) {
        for r in out.iter_mut().filter(|r| !matches!(r, Resource::ClusterRole(_) | Resource::ClusterRoleBinding(_))) {
            r.metadata_mut().owner_references = Some(vec![owner.clone()]);
        }
    }
    Rendered { resources: out, absent: gone, config_hash }
}

/// The controller owner reference, when the ModelService has a uid (a browser draft has none).
pub fn owner_reference(ms: &ModelService) -> Option<OwnerReference> {
    let uid = ms.metadata.uid.as_ref().filter(|u| !u.is_empty())?;
    Some(OwnerReference {
        api_version: "model.otterscale.io/v1alpha1".into(),
        kind: "ModelService".into(),
        name: ms.metadata.name.clone(),
        uid: uid.clone(),
        controller: Some(true),
        block_owner_deletion: Some(true),
    })
}
