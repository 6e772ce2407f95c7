//! EXPERIMENTAL, never shipped: copied into a temporary copy of the crate by
//! scripts/bench/build-variant.sh to measure the wasm boundary (BENCHMARKS.md, "Boundary").
//! Same pipeline as `api::render_json`; only the way the answer reaches JS differs:
//!
//! | export              | answer built from                    | crosses as                         |
//! |---------------------|--------------------------------------|------------------------------------|
//! | `render` (shipped)  | `serde_json::Value` (sorted keys)     | JSON text, `JSON.parse` in JS       |
//! | `renderSwbValue`    | the same `Value`                      | JS objects (serde-wasm-bindgen)     |
//! | `renderDirectText`  | the typed objects, no `Value` step    | JSON text, `JSON.parse` in JS       |
//! | `renderSwbDirect`   | the typed objects, no `Value` step    | JS objects (serde-wasm-bindgen)     |
//! | `renderSwbInput`    | as `render`, input as JS objects      | JSON text                          |
//!
//! The "direct" rows skip `to_value`, so object keys come in struct order rather than sorted:
//! the same data, not the same bytes (the benchmark checks deep equality up to key order).

use crate::diagnostics::has_errors;
use serde::Serialize;
use serde_json::{json, Value};
use wasm_bindgen::prelude::*;

fn answer_value(ms: &str, epp: &str, opts: &str) -> Value {
    let c = crate::api::load(ms, epp, opts);
    let diags = &c.prepared.diagnostics;
    match (&c.prepared.model, has_errors(diags)) {
        (Some(m), false) => {
            let r = crate::render::render(m, &c.settings);
            json!({"resources": r.resources, "absent": r.absent, "configHash": r.config_hash, "diagnostics": crate::api::wire(diags)})
        }
        _ => json!({"resources": [], "absent": [], "configHash": "", "diagnostics": crate::api::wire(diags)}),
    }
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Direct<'a> {
    resources: &'a [crate::resource::Resource],
    absent: &'a [crate::resource::ObjectRef],
    config_hash: &'a str,
    diagnostics: Value,
}

fn with_direct<T>(ms: &str, epp: &str, opts: &str, f: impl FnOnce(&Direct) -> T) -> T {
    let c = crate::api::load(ms, epp, opts);
    let diags = &c.prepared.diagnostics;
    match (&c.prepared.model, has_errors(diags)) {
        (Some(m), false) => {
            let r = crate::render::render(m, &c.settings);
            f(&Direct {
                resources: &r.resources,
                absent: &r.absent,
                config_hash: &r.config_hash,
                diagnostics: crate::api::wire(diags),
            })
        }
        _ => f(&Direct { resources: &[], absent: &[], config_hash: "", diagnostics: crate::api::wire(diags) }),
    }
}

fn swb<T: Serialize + ?Sized>(v: &T) -> JsValue {
    v.serialize(&serde_wasm_bindgen::Serializer::json_compatible()).unwrap_or(JsValue::NULL)
}

#[wasm_bindgen(js_name = renderSwbValue)]
pub fn render_swb_value(ms: &str, epp: &str, opts: &str) -> JsValue {
    swb(&answer_value(ms, epp, opts))
}

#[wasm_bindgen(js_name = renderDirectText)]
pub fn render_direct_text(ms: &str, epp: &str, opts: &str) -> String {
    with_direct(ms, epp, opts, |d| serde_json::to_string(d).unwrap_or_else(|_| "null".into()))
}

#[wasm_bindgen(js_name = renderSwbDirect)]
pub fn render_swb_direct(ms: &str, epp: &str, opts: &str) -> JsValue {
    with_direct(ms, epp, opts, |d| swb(d))
}

/// Objects in: the ModelService arrives as a JS object and is read with serde-wasm-bindgen
/// (then written as the text `load` takes, a few KB: the cost is measured, not hidden).
#[wasm_bindgen(js_name = renderSwbInput)]
pub fn render_swb_input(ms: JsValue, epp: JsValue, opts: JsValue) -> String {
    let text = |v: JsValue| -> String {
        serde_wasm_bindgen::from_value::<Value>(v).map(|v| v.to_string()).unwrap_or_else(|_| "null".into())
    };
    crate::api::render_json(&text(ms), &text(epp), &text(opts))
}

/// Only the input half of `renderSwbInput`, to see what reading JS objects costs.
#[wasm_bindgen(js_name = readSwbInput)]
pub fn read_swb_input(ms: JsValue) -> usize {
    serde_wasm_bindgen::from_value::<Value>(ms).map(|v| v.to_string().len()).unwrap_or(0)
}

/// Only the input half of the shipped path (JSON text → `Value`), for the same comparison.
#[wasm_bindgen(js_name = readTextInput)]
pub fn read_text_input(ms: &str) -> usize {
    serde_json::from_str::<Value>(ms).map(|v| v.to_string().len()).unwrap_or(0)
}
