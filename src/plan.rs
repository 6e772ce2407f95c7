//! The reconcile plan (reconcile.md §2): every object one reconcile of a ModelService touches, in
//! the operator's order, and whether it is created/updated or deleted. Each condition is written
//! once, here; `render` builds the objects of the plan, its absent list is the plan's deleted
//! steps, and lint, explain and summary ask the plan instead of deciding again.

use crate::config::Settings;
use crate::crd::destination_rule::DestinationRule;
use crate::crd::http_route::HttpRoute;
use crate::crd::inference_pool::InferencePool;
use crate::crd::monitoring::{PodMonitor, ServiceMonitor};
use crate::model::ModelService;
use crate::names;
use crate::objects::{
    ClusterRole, ClusterRoleBinding, ConfigMap, Deployment, Role as RbacRole, RoleBinding, Secret, Service,
    ServiceAccount,
};
use crate::resource::ObjectRef;
use crate::role::Role;
use crate::settings_table::{PROVIDER_GKE, PROVIDER_ISTIO};
use k8s_openapi::Resource as _;

/// Where an object's spec comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Source {
    /// The ModelService's own section (`spec.inferencePool`, `spec.httpRoute`).
    Spec,
    /// The operator's default (no section: a default pool, the default gateway's route).
    Default,
}

/// One object the reconcile touches.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    Serving(Role),
    EppServiceAccount,
    EppConfigMap,
    EppDeployment,
    EppService,
    EppSecret,
    EppRole,
    EppRoleBinding,
    EppClusterRole,
    EppClusterRoleBinding,
    /// The InferencePool named like the EPP, which older releases created: always deleted.
    LegacyInferencePool,
    InferencePool(Source),
    HttpRoute(Source),
    DestinationRule,
    PodMonitor(Role),
    EppServiceMonitor,
}

/// A step of the plan: the object, and whether the reconcile creates/updates (`true`) or
/// deletes (`false`) it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Step {
    pub part: Part,
    pub exists: bool,
}

/// Every step, in reconcile order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Plan {
    pub steps: Vec<Step>,
}

/// The token Secret for Prometheus: with a pool and metrics auth, except on GKE.
pub fn epp_secret(ms: &ModelService, s: &Settings) -> bool {
    ms.spec.inference_pool.is_some() && s.epp.metrics_endpoint_auth && s.epp.provider != PROVIDER_GKE
}

/// The metrics-auth ClusterRole/Binding: with a pool and metrics auth (no provider check).
pub fn cluster_rbac(ms: &ModelService, s: &Settings) -> bool {
    ms.spec.inference_pool.is_some() && s.epp.metrics_endpoint_auth
}

/// The HTTPRoute: the spec's, else the default gateway's when `--default-gateway-name` is set.
pub fn http_route(ms: &ModelService, s: &Settings) -> Option<Source> {
    if ms.spec.http_route.is_some() {
        Some(Source::Spec)
    } else if !s.epp.default_gateway_name.is_empty() {
        Some(Source::Default)
    } else {
        None
    }
}

/// The Istio DestinationRule: only with the `istio` provider.
pub fn destination_rule(s: &Settings) -> bool {
    s.epp.provider == PROVIDER_ISTIO
}

/// `EnsurePodMonitors`: on by default in v1.0.1 unless `podMonitor.enabled` is false; opt-in in
/// the seed. Each present role gets one.
pub fn pod_monitors(ms: &ModelService, s: &Settings) -> bool {
    match ms.spec.monitoring.as_ref().and_then(|m| m.pod_monitor.as_ref()) {
        Some(pm) => pm.enabled,
        None => s.profile().pod_monitors_default_on,
    }
}

/// The EPP ServiceMonitor is opt-in in every release: a pool and `podMonitor.enabled: true`.
pub fn service_monitor(ms: &ModelService) -> bool {
    ms.spec.inference_pool.is_some()
        && ms.spec.monitoring.as_ref().and_then(|m| m.pod_monitor.as_ref()).is_some_and(|pm| pm.enabled)
}

/// The legacy pool is a step only when its name differs from the pool's.
pub fn legacy_pool(ms: &ModelService) -> bool {
    let n = &ms.metadata.name;
    names::epp_name(n) != names::inference_pool_name(n)
}

impl Plan {
    pub fn new(ms: &ModelService, s: &Settings) -> Plan {
        let pool = if ms.spec.inference_pool.is_some() { Source::Spec } else { Source::Default };
        let monitors = pod_monitors(ms, s);
        let prefill = Role::Prefill.spec(ms).is_some();
        let route = http_route(ms, s);
        let rbac = cluster_rbac(ms, s);
        let mut steps = vec![
            (Part::Serving(Role::Decode), true),
            (Part::Serving(Role::Prefill), prefill),
            (Part::EppServiceAccount, true),
            (Part::EppConfigMap, true),
            (Part::EppDeployment, true),
            (Part::EppService, true),
            (Part::EppSecret, epp_secret(ms, s)),
            (Part::EppRole, true),
            (Part::EppRoleBinding, true),
            (Part::EppClusterRole, rbac),
            (Part::EppClusterRoleBinding, rbac),
        ];
        if legacy_pool(ms) {
            steps.push((Part::LegacyInferencePool, false));
        }
        steps.extend([
            (Part::InferencePool(pool), true),
            (Part::HttpRoute(route.unwrap_or(Source::Default)), route.is_some()),
            (Part::DestinationRule, destination_rule(s)),
            (Part::PodMonitor(Role::Decode), monitors),
            (Part::PodMonitor(Role::Prefill), monitors && prefill),
            (Part::EppServiceMonitor, service_monitor(ms)),
        ]);
        Plan { steps: steps.into_iter().map(|(part, exists)| Step { part, exists }).collect() }
    }

    /// The objects created or updated, in order: what `render` answers, one object each.
    pub fn present(&self) -> impl Iterator<Item = Part> + '_ {
        self.steps.iter().filter(|s| s.exists).map(|s| s.part)
    }

    /// Whether the reconcile creates `part`.
    pub fn exists(&self, part: Part) -> bool {
        self.steps.iter().any(|s| s.exists && s.part == part)
    }

    /// The objects the reconcile deletes if present: `render`'s `absent` list.
    pub fn absent(&self, ms: &ModelService) -> Vec<ObjectRef> {
        self.steps.iter().filter(|s| !s.exists).map(|s| s.part.object_ref(ms)).collect()
    }
}

impl Part {
    /// `(apiVersion, kind)` of the object.
    pub fn kind(self) -> (&'static str, &'static str) {
        match self {
            Part::Serving(_) | Part::EppDeployment => (Deployment::API_VERSION, Deployment::KIND),
            Part::EppServiceAccount => (ServiceAccount::API_VERSION, ServiceAccount::KIND),
            Part::EppConfigMap => (ConfigMap::API_VERSION, ConfigMap::KIND),
            Part::EppService => (Service::API_VERSION, Service::KIND),
            Part::EppSecret => (Secret::API_VERSION, Secret::KIND),
            Part::EppRole => (RbacRole::API_VERSION, RbacRole::KIND),
            Part::EppRoleBinding => (RoleBinding::API_VERSION, RoleBinding::KIND),
            Part::EppClusterRole => (ClusterRole::API_VERSION, ClusterRole::KIND),
            Part::EppClusterRoleBinding => (ClusterRoleBinding::API_VERSION, ClusterRoleBinding::KIND),
            Part::LegacyInferencePool | Part::InferencePool(_) => (InferencePool::API_VERSION, InferencePool::KIND),
            Part::HttpRoute(_) => (HttpRoute::API_VERSION, HttpRoute::KIND),
            Part::DestinationRule => (DestinationRule::API_VERSION, DestinationRule::KIND),
            Part::PodMonitor(_) => (PodMonitor::API_VERSION, PodMonitor::KIND),
            Part::EppServiceMonitor => (ServiceMonitor::API_VERSION, ServiceMonitor::KIND),
        }
    }

    /// Cluster-scoped objects have no namespace (and no owner reference).
    pub fn cluster_scoped(self) -> bool {
        matches!(self, Part::EppClusterRole | Part::EppClusterRoleBinding)
    }

    /// The object's name for the ModelService `ms`.
    pub fn name(self, ms: &ModelService) -> String {
        let (n, ns) = (ms.metadata.name.as_str(), ms.metadata.namespace.as_str());
        match self {
            Part::Serving(r) => r.deployment_name(n),
            Part::EppConfigMap => names::epp_config_map_name(n),
            Part::EppSecret => names::epp_secret_name(n),
            Part::EppClusterRole | Part::EppClusterRoleBinding => names::epp_cluster_rbac_name(ns, n),
            Part::InferencePool(_) => names::inference_pool_name(n),
            Part::HttpRoute(_) => names::http_route_name(n),
            Part::PodMonitor(r) => r.pod_monitor_name(n),
            Part::EppServiceMonitor => names::epp_service_monitor_name(n),
            Part::EppServiceAccount
            | Part::EppDeployment
            | Part::EppService
            | Part::EppRole
            | Part::EppRoleBinding
            | Part::LegacyInferencePool
            | Part::DestinationRule => names::epp_name(n),
        }
    }

    /// `{apiVersion, kind, name, namespace?}`.
    pub fn object_ref(self, ms: &ModelService) -> ObjectRef {
        let (api_version, kind) = self.kind();
        let namespace = (!self.cluster_scoped()).then(|| ms.metadata.namespace.clone());
        ObjectRef { api_version, kind, name: self.name(ms), namespace }
    }
}
