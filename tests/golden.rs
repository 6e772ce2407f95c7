//! Golden fixtures: `tests/fixtures/<case>/modelservice.{yaml,json}` rendered through the public
//! JSON API with each `config*.json` (default `{}`), compared with `expected*.yaml` (the whole
//! render result: resources, absent, configHash, diagnostics). A mismatch prints a diff.
//! `make generate` (`UPDATE_GENERATED=1`, only the value `1`) rewrites the goldens: review the
//! diff before committing.

#[path = "support/generated.rs"]
mod generated;

#[path = "support/fixtures.rs"]
mod fixtures;

use fixtures::{compare, dirs, input_json, public, settings, variants};
use serde_json::Value;
use std::path::Path;

fn render(ms: &str, config: &Path) -> Value {
    let (epp, opts) = settings(config);
    serde_json::from_str(&modelservice_render::api::render_json(ms, &epp, &opts)).unwrap()
}

#[test]
fn golden_fixtures() {
    let update = generated::update_requested();
    let mut failures = Vec::new();
    for dir in &dirs() {
        let ms = input_json(dir);
        for (config, expected_path) in variants(dir, "expected") {
            compare(&public(render(&ms, &config)), &expected_path, update, "rendered", &mut failures);
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
