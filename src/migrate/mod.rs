//! `migrate`: the KServe `LLMInferenceService` (v0.20.0) equivalent of a ModelService, plus the
//! objects the operator gave the user that KServe does not create, with a `migrate/*` diagnostic
//! for everything that maps differently or is lost. The mapping table, with the KServe source of
//! each row, is docs/migration.md.

pub mod codes;
mod engine;
mod epp_resources;
mod extras;
pub mod kmeta;
pub mod kserve;
mod md5;
mod model_source;
mod notes;
pub mod options;
mod router;
mod shell;
mod workload;

use crate::config::Settings;
use crate::diagnostics::{Diagnostic, FieldPath};
use crate::model::ModelService;
use crate::objects::ObjectMeta;
use crate::role::Role;
use kserve::{LlmInferenceService, Model, Spec, KIND};
pub use options::MigrateOptions;
use serde_json::Value;

/// The migration result: `resources[0]` is the LLMInferenceService.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Migrated {
    pub resources: Vec<Value>,
    pub diagnostics: Vec<Diagnostic>,
}

/// What every part of the mapping reads, and where it reports.
pub(crate) struct Ctx<'a> {
    /// CRD-defaulted, before image defaults (an empty image means "the operator's default").
    pub ms: &'a ModelService,
    /// The defaulted input, for what the typed model does not keep (metadata labels).
    pub input: &'a Value,
    pub settings: &'a Settings,
    pub opts: &'a MigrateOptions,
    /// The LLMInferenceService's name (the ModelService's, made a DNS-1035 label if needed).
    pub svc_name: String,
    pub diags: Vec<Diagnostic>,
}

impl Ctx<'_> {
    /// The LLMInferenceService's name; the operator's names derive from `ms.metadata.name`.
    pub fn name(&self) -> &str {
        &self.svc_name
    }

    pub fn namespace(&self) -> &str {
        &self.ms.metadata.namespace
    }

    pub fn push(&mut self, d: Diagnostic) {
        self.diags.push(d);
    }
}

pub(crate) fn path(p: &str) -> FieldPath {
    FieldPath::parse(p)
}

/// Migrates a ModelService that rendered without errors (`input` is its defaulted JSON).
pub fn migrate(ms: &ModelService, input: &Value, settings: &Settings, opts: &MigrateOptions) -> Migrated {
    // As `render`: empty `omitempty` strings of the copied k8s structs are not sent.
    let mut owned = ms.clone();
    crate::omitempty::apply(&mut owned);
    let ms = &owned;
    let mut cx = Ctx { ms, input, settings, opts, svc_name: ms.metadata.name.clone(), diags: Vec::new() };
    notes::rename(&mut cx);
    let source = model_source::resolve(&mut cx);
    let engine = engine::carry(&mut cx);
    let decode = workload::build(&mut cx, &ms.spec.decode, Role::Decode, &engine, &source);
    let prefill = ms.spec.prefill.as_ref().map(|p| workload::build(&mut cx, p, Role::Prefill, &engine, &source));
    workload::routing_proxy_notes(&mut cx);
    let router = router::build(&mut cx);
    let tracing = notes::tracing(&mut cx);
    notes::names(&mut cx);
    notes::metadata(&mut cx);
    let svc = LlmInferenceService {
        api_version: opts.api_version,
        kind: KIND,
        metadata: ObjectMeta {
            name: Some(cx.name().to_string()),
            namespace: Some(cx.namespace().to_string()),
            ..Default::default()
        },
        spec: Spec {
            model: Model { uri: source.uri.clone(), name: ms.spec.model.name.clone() },
            storage_initializer: source.storage_initializer.clone(),
            replicas: decode.replicas,
            parallelism: decode.parallelism,
            annotations: decode.annotations,
            template: decode.template,
            prefill,
            router: Some(router),
            tracing,
        },
    };
    let mut resources = vec![to_value(&svc)];
    resources.extend(extras::build(&mut cx));
    let mut diagnostics = cx.diags;
    crate::api::sort(&mut diagnostics);
    if crate::diagnostics::has_errors(&diagnostics) {
        resources.clear();
    }
    Migrated { resources, diagnostics }
}

pub(crate) fn to_value<T: serde::Serialize>(v: &T) -> Value {
    crate::objects::value_of(v)
}
