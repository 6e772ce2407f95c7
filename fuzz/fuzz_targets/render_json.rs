//! Arbitrary bytes through every JSON entry point of `modelservice_render::api`.
//!
//! The input is split on `0xFF` bytes (never part of UTF-8) into up to three arguments:
//! `modelService \xFF eppConfig \xFF options`. A seed without `0xFF` is just a ModelService. Each
//! argument that is not UTF-8 is decoded lossily (the JS layer hands wasm a JS string, which is
//! always valid UTF-16 → UTF-8, so `&str` is the right model; lossy decoding keeps the bytes'
//! shape). Every answer must be JSON; a panic, abort, timeout or out-of-memory is a finding.

#![no_main]

use libfuzzer_sys::fuzz_target;
use modelservice_render::api;
use serde_json::Value;
use std::borrow::Cow;

fn text(bytes: &[u8]) -> Cow<'_, str> {
    String::from_utf8_lossy(bytes)
}

fn json(what: &str, out: &str) -> Value {
    match serde_json::from_str(out) {
        Ok(v) => v,
        Err(e) => panic!("{what} answered with invalid JSON ({e}): {out:.200}"),
    }
}

fuzz_target!(|data: &[u8]| {
    let mut parts = data.splitn(3, |b| *b == 0xFF);
    let ms = text(parts.next().unwrap_or_default());
    let epp = text(parts.next().unwrap_or_default());
    let opts = text(parts.next().unwrap_or_default());

    let first = api::render_json(&ms, &epp, &opts);
    let rendered = json("render_json", &first);
    assert!(rendered.get("resources").is_some_and(Value::is_array), "render_json: no resources list");
    assert!(rendered.get("diagnostics").is_some_and(Value::is_array), "render_json: no diagnostics list");
    assert!(json("lint_json", &api::lint_json(&ms, &epp, &opts)).is_array(), "lint_json: not a list");
    json("names_json", &api::names_json(&ms, &opts));
    json("observe_status_json", &api::observe_status_json(&ms, &epp));
    json("defaults_json", &api::defaults_json(&opts));
    json("explain_json", &api::explain_json(&ms, &epp, &opts));
    json("summary_json", &api::summary_json(&ms, &epp, &opts));
    // before = the first argument, after = the second, options = the third.
    json("diff_json", &api::diff_json(&ms, &epp, "", &opts));

    // Determinism: the same arguments give the same bytes.
    assert_eq!(first, api::render_json(&ms, &epp, &opts), "render_json is not deterministic");
});
