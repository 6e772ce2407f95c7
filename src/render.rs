//! The reconcile loop as data (reconcile.md §2): the objects of the reconcile plan
//! (`crate::plan`), built in the operator's order, and the ones it deletes (`absent`). Owner
//! references are added here, as the upstream ensure functions do, and only when the
//! ModelService has a `uid`.

use crate::builders::serving_deployment::{self, DeploymentArgs};
use crate::builders::{
    destination_rule, epp_cluster_rbac, epp_config_map, epp_deployment, epp_rbac, epp_secret, epp_service,
    epp_service_account, http_route, inference_pool, pod_monitor, service_monitor,
};
use crate::config::Settings;
use crate::image_defaults::apply_image_defaults;
use crate::labels::{self, Labels};
use crate::model::ModelService;
use crate::names;
use crate::objects::{OwnerReference, OwnerReferences};
use crate::plan::{Part, Plan, Source};
use crate::resource::{ObjectRef, Resource};
use crate::role::Role;
use std::rc::Rc;

/// What one reconcile of this ModelService would do.
#[derive(Clone, Debug, PartialEq)]
pub struct Rendered {
    /// One object per present step of `plan`, in its order.
    pub resources: Vec<Resource>,
    pub absent: Vec<ObjectRef>,
    pub config_hash: String,
    pub plan: Plan,
}

impl Rendered {
    /// Each object with the plan step it was built for.
    pub fn parts(&self) -> impl Iterator<Item = (Part, &Resource)> {
        self.plan.present().zip(&self.resources)
    }
}

fn serving_deployment(ms: &ModelService, s: &Settings, role: Role) -> Option<Resource> {
    let n = &ms.metadata.name;
    let (comp, v) = (role.component(), &s.options.version);
    let d = serving_deployment::build(
        ms,
        DeploymentArgs {
            spec: role.spec(ms)?,
            role,
            deploy_name: &role.deployment_name(n),
            pod_labels: Some(labels::pod_labels_for_role(n, comp, v, role.name())),
            metadata_labels: Some(labels::serving_object_labels(n, comp, v)),
            selector_labels: Some(labels::selector_labels_for_role(n, comp, role.name())),
            tracing: &s.epp.tracing,
            kit_image: &s.options.images.kit,
            profile: &s.profile(),
        },
    );
    Some(Resource::Deployment(d))
}

fn pod_monitor(ms: &ModelService, s: &Settings, role: Role) -> Resource {
    let n = &ms.metadata.name;
    let sel = labels::selector_labels_for_role(n, role.component(), role.name());
    let meta_l = if s.profile().pod_monitor_kebab_label {
        labels::labels_for_role(n, role.component(), &s.options.version)
    } else {
        labels::serving_object_labels(n, role.component(), &s.options.version)
    };
    Resource::PodMonitor(pod_monitor::build(ms, role, sel, Some(meta_l), &s.profile()))
}

/// The EPP Deployment; when the pool is nil, from the synthetic spec the controller substitutes.
/// Set on the ModelService for this one builder and taken off again, where a copy of the whole
/// ModelService was made for it (most drafts have no pool).
fn epp(ms: &mut ModelService, s: &Settings, epp_l: &Labels, config_hash: &str) -> Resource {
    let sel = Some(labels::epp_selector_labels(&ms.metadata.name));
    let missing = ms.spec.inference_pool.is_none();
    if missing {
        ms.spec.inference_pool = Some(epp_deployment::synthetic_pool(&s.options.images.epp));
    }
    let d = epp_deployment::build(ms, &s.epp, Some(epp_l.clone()), sel, config_hash);
    if missing {
        ms.spec.inference_pool = None;
    }
    Resource::Deployment(d)
}

/// Renders a CRD-defaulted ModelService. Image defaults are applied to a copy, as upstream, and
/// empty `omitempty` strings are cleared on it, as the Go client would not send them.
pub fn render(input: &ModelService, s: &Settings) -> Rendered {
    render_owned(input.clone(), s)
}

/// [`render`] of a ModelService the caller no longer needs: no copy of it.
pub fn render_owned(mut ms: ModelService, s: &Settings) -> Rendered {
    crate::omitempty::apply(&mut ms);
    apply_image_defaults(&mut ms, &s.options.images);
    let plan = Plan::new(&ms, s);
    let epp_l = labels::epp_labels(&ms.metadata.name, &s.options.version);
    let config_hash = epp_config_map::config_map_hash(&ms);
    // Built first (it needs the ModelService mutably for a moment), placed at its step below.
    let mut epp_deployment =
        plan.present().any(|p| p == Part::EppDeployment).then(|| epp(&mut ms, s, &epp_l, &config_hash));
    let ms = &ms;
    let (n, v) = (ms.metadata.name.as_str(), s.options.version.as_str());
    let mut out = Vec::new();
    let mut pending = None;
    for part in plan.present() {
        let l = || Some(epp_l.clone());
        out.extend(match part {
            Part::Serving(role) => serving_deployment(ms, s, role),
            Part::EppServiceAccount => Some(Resource::ServiceAccount(epp_service_account::build(ms, l()))),
            Part::EppConfigMap => Some(Resource::ConfigMap(epp_config_map::build(ms, l()))),
            Part::EppDeployment => epp_deployment.take(),
            Part::EppService => {
                let sel = Some(labels::epp_selector_labels(n));
                Some(Resource::Service(epp_service::build(ms, l(), sel)))
            }
            Part::EppSecret => Some(Resource::Secret(epp_secret::build(ms, l()))),
            // Each pair comes from one upstream function; its binding is the step after it.
            Part::EppRole => {
                let replicas =
                    names::default_replicas(ms.spec.inference_pool.as_ref().and_then(|p| p.endpoint_picker.replicas));
                let (role, binding) = epp_rbac::build(ms, l(), replicas);
                pending = Some(Resource::RoleBinding(binding));
                Some(Resource::Role(role))
            }
            Part::EppClusterRole => {
                let (role, binding) = epp_cluster_rbac::build(ms, l());
                pending = Some(Resource::ClusterRoleBinding(binding));
                Some(Resource::ClusterRole(role))
            }
            Part::EppRoleBinding | Part::EppClusterRoleBinding => pending.take(),
            Part::LegacyInferencePool => None,
            Part::InferencePool(source) => {
                let pool_l = Some(labels::inference_pool_labels(n, v));
                Some(Resource::InferencePool(match source {
                    Source::Spec => inference_pool::build(ms, pool_l),
                    Source::Default => inference_pool::build_default(ms, pool_l),
                }))
            }
            Part::HttpRoute(source) => {
                let route_l = Some(labels::http_route_labels(n, v));
                Some(Resource::HttpRoute(match source {
                    Source::Spec => http_route::build(ms, route_l),
                    Source::Default => {
                        let pool = names::inference_pool_name(n);
                        http_route::build_default(ms, route_l, &s.epp.default_gateway_name, &pool)
                    }
                }))
            }
            Part::DestinationRule => Some(Resource::DestinationRule(destination_rule::build(ms, l()))),
            Part::PodMonitor(role) => Some(pod_monitor(ms, s, role)),
            Part::EppServiceMonitor => {
                Some(Resource::ServiceMonitor(service_monitor::build(ms, l(), s.epp.metrics_endpoint_auth)))
            }
        });
    }
    if let Some(owner) = owner_reference(ms) {
        let owner = OwnerReferences(Rc::new(owner));
        for (part, r) in plan.present().zip(out.iter_mut()) {
            if !part.cluster_scoped() {
                r.metadata_mut().owner_references = Some(owner.clone());
            }
        }
    }
    let absent = plan.absent(ms);
    Rendered { resources: out, absent, config_hash, plan }
}

/// The controller owner reference, when the ModelService has a uid (a browser draft has none).
pub fn owner_reference(ms: &ModelService) -> Option<OwnerReference> {
    let uid = ms.metadata.uid.as_ref().filter(|u| !u.is_empty())?;
    Some(OwnerReference {
        api_version: "model.otterscale.io/v1alpha1",
        kind: "ModelService",
        name: ms.metadata.name.clone(),
        uid: uid.clone(),
        controller: Some(true),
        block_owner_deletion: Some(true),
    })
}
