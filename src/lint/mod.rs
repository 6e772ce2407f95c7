//! Semantic lint rules: what the API server accepts but is almost surely wrong, or would be
//! rejected on one of the generated objects. One file per rule; `RULES` is the registry.
//!
//! Severity policy (contract §2): **error** only when the API server (or the operator) would
//! reject the ModelService or an object the operator creates from it, so not everything gets
//! created; **warning** when it is accepted but almost surely wrong — including pods that
//! deterministically crash-loop (two processes binding one port), whose objects are still
//! rendered; **info** for notable defaults. Every rule emits only its registered severity.

use crate::config::{Profile, Settings};
use crate::diagnostics::{Diagnostic, FieldPath, Segment, Severity};
use crate::model::{ModelService, RoleSpec};
use crate::plan::Plan;
use crate::role::Role;
use serde_json::Value;

pub mod cross;
pub mod syntax;

mod annotation_invalid;
mod data_not_multiple_of_data_local;
mod empty_prefill;
mod engine_arg_with_space;
mod engine_args_generated_flag;
mod env_invalid;
mod epp_default_resources;
mod epp_name_too_long;
mod epp_port_conflict;
mod epp_service_port_duplicate;
mod extended_resource_mismatch;
mod gke_metrics_secret_missing;
mod gpu_count_negative;
mod gpu_count_overflow;
mod gpu_overwritten;
mod gpu_vendor_mismatch;
mod http_route_invalid;
mod http_route_without_inference_pool;
mod image_epp_flags_unknown;
mod image_epp_pd_gate_removed;
mod image_epp_pd_parameters_rejected;
mod image_epp_pd_plugins_unknown;
mod image_pull_policy_invalid;
mod image_pull_secret_name_empty;
mod image_release;
mod image_rename_boundary;
mod image_sidecar_connector_flag_removed;
mod image_sidecar_connector_unsupported;
mod image_sidecar_flags_unknown;
mod image_sidecar_zap_flags_unknown;
mod mooncake_tensor_mismatch;
mod name_not_dns1123;
mod namespace_invalid;
mod nixl_port_conflict;
mod nixl_port_duplicate;
mod nixl_port_invalid;
mod node_selector_invalid;
mod pod_monitor_disabled_by_empty;
mod pod_monitor_interval_invalid;
mod pod_monitor_port_unknown;
mod prefill_without_routing_proxy;
mod proxy_port_conflict;
mod requests_exceed_limits;
mod resource_claims_unresolved;
mod resource_name_invalid;
mod resource_quantity_invalid;
mod resources;
mod routing_proxy_without_prefill;
mod toleration_invalid;
mod version_label_invalid;

pub use cross::{check_documents, check_documents_with};

/// Everything a single-document rule may read.
pub struct Ctx<'a> {
    /// The typed, CRD-defaulted ModelService (image defaults not applied).
    pub ms: &'a ModelService,
    /// The same document as JSON after CRD defaulting (what the API server would store).
    pub raw: &'a Value,
    /// Paths CRD defaulting filled in: what the user did *not* write.
    pub defaulted_paths: &'a [FieldPath],
    pub settings: &'a Settings,
    pub profile: Profile,
    /// Which objects the reconcile creates and deletes.
    pub plan: Plan,
    /// Shared by several rules, so computed once per document ([`resources::targets`],
    /// [`image_release::uses`]): each call built the EPP and sidecar arguments again.
    targets: std::cell::OnceCell<Vec<resources::Target<'a>>>,
    images: std::cell::OnceCell<Vec<image_release::ImageUse<'a>>>,
}

impl<'a> Ctx<'a> {
    pub fn new(ms: &'a ModelService, raw: &'a Value, defaulted_paths: &'a [FieldPath], settings: &'a Settings) -> Self {
        Ctx {
            ms,
            raw,
            defaulted_paths,
            settings,
            profile: settings.profile(),
            plan: Plan::new(ms, settings),
            targets: std::cell::OnceCell::new(),
            images: std::cell::OnceCell::new(),
        }
    }

    /// Every serving role present, with its spec: decode, then prefill.
    pub fn roles(&self) -> impl Iterator<Item = (Role, &'a RoleSpec)> {
        Role::present(self.ms)
    }

    /// The value at `path` in `raw`, if the (defaulted) document has it.
    pub fn raw_at(&self, path: &FieldPath) -> Option<&Value> {
        path.segments().iter().try_fold(self.raw, |v, s| match s {
            Segment::Field(k) | Segment::Key(k) => v.get(k.as_str()),
            Segment::Index(i) => v.get(*i),
        })
    }

    /// True when `path` exists only because CRD defaulting filled it in.
    pub fn is_defaulted(&self, path: &FieldPath) -> bool {
        self.defaulted_paths.contains(path)
    }
}

/// `spec.<rest…>`. Not inlined: ~40 callers, each would grow by its body.
#[inline(never)]
pub fn spec_path(fields: &[&str]) -> FieldPath {
    FieldPath::fields("spec", fields)
}

/// Where a rule runs.
#[derive(Clone, Copy)]
pub enum Scope {
    /// On one ModelService.
    Document(fn(&Ctx) -> Vec<Diagnostic>),
    /// Across the ModelServices of one apply (`check_documents`); `usize` = the document index.
    Documents(cross::CrossCheck),
}

/// One registered rule. `severity` is the only severity it emits.
pub struct Rule {
    pub code: &'static str,
    pub severity: Severity,
    pub summary: &'static str,
    pub scope: Scope,
}

macro_rules! rule {
    ($m:ident, $summary:expr) => {
        Rule { code: $m::CODE, severity: $m::SEVERITY, summary: $summary, scope: Scope::Document($m::check) }
    };
    (cross $m:ident, $summary:expr) => {
        Rule {
            code: cross::$m::CODE,
            severity: cross::$m::SEVERITY,
            summary: $summary,
            scope: Scope::Documents(cross::$m::check),
        }
    };
}

/// The registry of semantic rules, in the order of the fields they concern. Every code is
/// documented in `docs/rules.md` (checked by `tests/rules_doc.rs`).
pub static RULES: &[Rule] = &[
    rule!(name_not_dns1123, "metadata.name is not a DNS-1123 subdomain, or too long to be a label value"),
    rule!(namespace_invalid, "metadata.namespace is not a DNS-1123 label"),
    rule!(epp_name_too_long, "the derived EPP name (Service, label values) is longer than 63 characters"),
    rule!(
        image_pull_secret_name_empty,
        "the first model imagePullSecret has no name: the docker-config volume is invalid"
    ),
    rule!(image_pull_policy_invalid, "engine.imagePullPolicy is not Always, IfNotPresent or Never"),
    rule!(engine_args_generated_flag, "engine.args repeats a flag the operator generates"),
    rule!(engine_arg_with_space, "an engine.args item holds a flag and its value in one string"),
    rule!(env_invalid, "an engine.env item the API server rejects (value and valueFrom, bad fieldRef)"),
    rule!(nixl_port_invalid, "VLLM_NIXL_SIDE_CHANNEL_PORT is not a port number 1–65535"),
    rule!(nixl_port_conflict, "VLLM_NIXL_SIDE_CHANNEL_PORT is a port the serving pod already binds"),
    rule!(nixl_port_duplicate, "VLLM_NIXL_SIDE_CHANNEL_PORT is set more than once"),
    rule!(gpu_overwritten, "a GPU resource the operator overwrites with tensor × dataLocal"),
    rule!(gpu_count_negative, "tensor × dataLocal wraps to a negative int32: the Deployment is rejected"),
    rule!(gpu_count_overflow, "tensor × dataLocal wraps in int32: no accelerator, or the wrong count"),
    rule!(gpu_vendor_mismatch, "a GPU resource of another vendor than accelerator.type"),
    rule!(resource_name_invalid, "a resource name the API server rejects for containers"),
    rule!(resource_quantity_invalid, "a negative quantity, or a fractional extended resource"),
    rule!(requests_exceed_limits, "a request greater than the limit of the same resource"),
    rule!(extended_resource_mismatch, "an extended resource whose request differs from its limit, or has no limit"),
    rule!(resource_claims_unresolved, "resources.claims names a claim the pod never declares"),
    rule!(data_not_multiple_of_data_local, "parallelism.data is not a multiple of parallelism.dataLocal"),
    rule!(node_selector_invalid, "a nodeSelector key or value that is not valid label syntax"),
    rule!(toleration_invalid, "a toleration the API server rejects (operator, effect, value, tolerationSeconds)"),
    rule!(annotation_invalid, "a role annotation key that is not a qualified name, or annotations over 256 KiB"),
    rule!(empty_prefill, "`prefill: {}` turns prefill/decode disaggregation on"),
    rule!(prefill_without_routing_proxy, "prefill without routingProxy: prefill pods never receive traffic"),
    rule!(routing_proxy_without_prefill, "routingProxy without prefill: the sidecar only forwards"),
    rule!(proxy_port_conflict, "routingProxy.targetPort equals the engine port: both bind one port"),
    rule!(mooncake_tensor_mismatch, "a Mooncake connector with different tensor parallelism on prefill and decode"),
    rule!(image_rename_boundary, "an llm-d image under a name its release is not published with"),
    rule!(image_epp_flags_unknown, "an EPP image older than v0.4.0, which lacks flags the operator passes"),
    rule!(image_epp_pd_plugins_unknown, "an EPP image older than v0.6.0, which cannot load the P/D plugin config"),
    rule!(image_epp_pd_gate_removed, "an EPP image from v0.8.0, which rejects the P/D config's feature gate"),
    rule!(
        image_epp_pd_parameters_rejected,
        "an EPP image from v0.9.0, which rejects the P/D config's scorer parameters"
    ),
    rule!(image_sidecar_flags_unknown, "a routing-sidecar image older than v0.2.0, which lacks --secure-proxy"),
    rule!(image_sidecar_zap_flags_unknown, "a routing-sidecar image older than v0.4.0, which lacks the zap flags"),
    rule!(image_sidecar_connector_flag_removed, "a routing-sidecar image from v0.10.0, which removed --connector"),
    rule!(image_sidecar_connector_unsupported, "a routing-proxy connector the sidecar release does not accept"),
    rule!(epp_service_port_duplicate, "endpointPicker.port is 9090: the EPP Service gets two ports 9090"),
    rule!(epp_port_conflict, "endpointPicker.port is 9003, the EPP health port: the EPP cannot start"),
    rule!(epp_default_resources, "the EPP runs with the default requests of 4 CPU and 8Gi memory"),
    rule!(http_route_invalid, "an httpRoute hostname or gateway reference the HTTPRoute CRD rejects"),
    rule!(http_route_without_inference_pool, "httpRoute without inferencePool: routed to the default pool"),
    rule!(pod_monitor_disabled_by_empty, "`monitoring: {podMonitor: {}}` turns the PodMonitors off"),
    rule!(pod_monitor_interval_invalid, "podMonitor.interval is not a Prometheus duration"),
    rule!(pod_monitor_port_unknown, "podMonitor.portName matches no container port of the serving pods"),
    rule!(
        gke_metrics_secret_missing,
        "gke + metrics auth + monitoring: the ServiceMonitor reads a Secret never created"
    ),
    rule!(version_label_invalid, "options.version is not a valid label value"),
    rule!(cross duplicate_name, "two documents are the same ModelService (namespace and name)"),
    rule!(cross epp_name_collision, "two ModelServices in one namespace derive the same EPP name"),
    rule!(cross cluster_rbac_name_collision, "two ModelServices derive the same cluster-scoped ClusterRole name"),
    rule!(cross legacy_pool_deletion, "a ModelService named like another's EPP: its InferencePool is deleted"),
    rule!(cross route_match_collision, "two HTTPRoutes on one Gateway match the same model header"),
];

/// Runs every single-document rule on a schema-valid, CRD-defaulted ModelService. `raw` is the
/// defaulted JSON and `defaulted_paths` what defaulting filled in, for rules that need to know
/// what the user wrote.
pub fn check(ms: &ModelService, raw: &Value, defaulted_paths: &[FieldPath], settings: &Settings) -> Vec<Diagnostic> {
    let ctx = Ctx::new(ms, raw, defaulted_paths, settings);
    // A loop rather than `flatten().collect()`: that adapter's state machine was larger and slower.
    let mut out = Vec::new();
    for r in RULES {
        if let Scope::Document(f) = r.scope {
            out.append(&mut f(&ctx));
        }
    }
    out
}

/// The registered rule of `code`.
pub fn rule(code: &str) -> Option<&'static Rule> {
    RULES.iter().find(|r| r.code == code)
}

#[cfg(test)]
pub(crate) mod testing;

#[cfg(test)]
mod tests;
