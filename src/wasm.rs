//! The wasm-bindgen boundary (wasm32 only). Every export takes JSON text and returns JSON text
//! from `crate::api`; no logic lives here (docs/architecture.md, "The wasm boundary").

use wasm_bindgen::prelude::wasm_bindgen;

/// `render(modelService, eppConfig, options)` → `{resources, absent, configHash, diagnostics}`.
#[wasm_bindgen]
pub fn render(model_service: &str, epp_config: &str, options: &str) -> String {
    crate::api::render_json(model_service, epp_config, options)
}

/// `lint(modelService, eppConfig, options)` → `Diagnostic[]`.
#[wasm_bindgen]
pub fn lint(model_service: &str, epp_config: &str, options: &str) -> String {
    crate::api::lint_json(model_service, epp_config, options)
}

/// `observeStatus(modelService, {decode, prefill})` → `{status, diagnostics}`.
#[wasm_bindgen(js_name = observeStatus)]
pub fn observe_status(model_service: &str, deployments: &str) -> String {
    crate::api::observe_status_json(model_service, deployments)
}

/// `defaults(options)` → `{eppConfig, options}`.
#[wasm_bindgen]
pub fn defaults(options: &str) -> String {
    crate::api::defaults_json(options)
}

/// `names(modelService, options)` → `{names, diagnostics}`.
#[wasm_bindgen]
pub fn names(model_service: &str, options: &str) -> String {
    crate::api::names_json(model_service, options)
}

/// The default operator release reproduced, e.g. `"v1.0.1"` (a plain string, not JSON).
#[wasm_bindgen(js_name = operatorVersion)]
pub fn operator_version() -> String {
    crate::api::operator_version()
}

/// `explain(modelService, eppConfig, options)` → `{resources, origins, diagnostics}`.
#[wasm_bindgen]
pub fn explain(model_service: &str, epp_config: &str, options: &str) -> String {
    crate::api::explain_json(model_service, epp_config, options)
}

/// `migrate(modelService, eppConfig, options)` → `{resources, diagnostics}`.
#[wasm_bindgen]
pub fn migrate(model_service: &str, epp_config: &str, options: &str) -> String {
    crate::api::migrate_json(model_service, epp_config, options)
}

/// `diff(before, after, eppConfig, options)` → `{changes, diagnostics}`; each document's wire
/// diagnostics carry `document: "before" | "after"`.
#[wasm_bindgen]
pub fn diff(before: &str, after: &str, epp_config: &str, options: &str) -> String {
    crate::api::diff_json(before, after, epp_config, options)
}

/// `summary(modelService, eppConfig, options)` → `{summary, diagnostics}`.
#[wasm_bindgen]
pub fn summary(model_service: &str, epp_config: &str, options: &str) -> String {
    crate::api::summary_json(model_service, epp_config, options)
}

/// `new LintSession(eppConfig, options)`, `.add(docs)`…, `.finish()`: several ModelServices
/// applied together, fed in batches (`docs`: a JSON array each) → `finish` answers one
/// wire-diagnostic array per document added, in order, cross-document findings included, and
/// frees the session (see `crate::api::LintSession`; the JS `lintDocuments` is built on it).
#[wasm_bindgen]
pub struct LintSession(crate::api::LintSession);

#[wasm_bindgen]
impl LintSession {
    #[wasm_bindgen(constructor)]
    pub fn new(epp_config: &str, options: &str) -> LintSession {
        LintSession(crate::api::LintSession::new(epp_config, options))
    }

    pub fn add(&mut self, docs: &str) {
        self.0.add(docs);
    }

    pub fn finish(self) -> String {
        self.0.finish()
    }
}
