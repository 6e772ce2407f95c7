//! JSON-in / JSON-out entry points: exactly what the wasm boundary (`src/wasm.rs`) exports, and
//! what the native parity tests call. Every function answers with JSON, never panics, and reports
//! problems as diagnostics. (Stubs being filled in; signatures are the contract.)

/// `render(modelService, eppConfig, options)` → `{resources, absent, configHash, diagnostics}`.
pub fn render_json(_model_service: &str, _epp_config: &str, _options: &str) -> String {
    r#"{"resources":[],"absent":[],"configHash":"","diagnostics":[]}"#.to_string()
}

/// `lint(modelService, eppConfig, options)` → `Diagnostic[]`.
pub fn lint_json(_model_service: &str, _epp_config: &str, _options: &str) -> String {
    "[]".to_string()
}

/// `observeStatus(modelService, {decode, prefill})` → `{status, diagnostics}`.
pub fn observe_status_json(_model_service: &str, _deployments: &str) -> String {
    r#"{"status":null,"diagnostics":[]}"#.to_string()
}

/// `defaults(options)` → `{eppConfig, options}` of the selected operator version.
pub fn defaults_json(_options: &str) -> String {
    "{}".to_string()
}

/// `names(modelService, options)` → `{names, diagnostics}`.
pub fn names_json(_model_service: &str, _options: &str) -> String {
    r#"{"names":{},"diagnostics":[]}"#.to_string()
}

/// The ModelService schema (JSON Schema with descriptions): the one source of truth for
/// validation, editor completion, hover docs and the generated TypeScript type.
pub fn schema_json() -> String {
    "{}".to_string()
}
