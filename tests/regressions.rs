//! Regressions found by fuzzing (`fuzz/`, `make fuzz`) and by the adversarial suite: each input
//! that crashed, hung or blew up once, with the answer it must give now. A new fuzz finding
//! (`fuzz/artifacts/<target>/crash-…`) goes here as a test next to its fix.

use modelservice_render::api;
use serde_json::{json, Value};
use std::time::{Duration, Instant};

/// Just under `input::MAX_INPUT_BYTES`, so the value reaches the validator (a 10 MB document is
/// now refused with `input/too-large` before parsing).
const BIG: usize = modelservice_render::input::MAX_INPUT_BYTES - 128 * 1024;

fn minimal() -> Value {
    json!({
        "apiVersion": "model.otterscale.io/v1alpha1",
        "kind": "ModelService",
        "metadata": {"name": "qwen3-0.6b", "namespace": "ml-serving"},
        "spec": {
            "model": {"name": "Qwen/Qwen3-0.6B", "image": "registry.example.com/models/qwen3:v1"},
            "engine": {},
            "accelerator": {"type": "nvidia"},
            "decode": {}
        }
    })
}

/// A hang guard, not a performance claim: the slowest render here took 2.3 s in a debug build on
/// the shared 2-core machine; the guard is over 10× that.
const HANG_GUARD: Duration = Duration::from_secs(60);

/// `render_json`, timed against the hang guard, parsed.
fn render(ms: &str, epp: &str, opts: &str) -> Value {
    let t = Instant::now();
    let out = api::render_json(ms, epp, opts);
    let took = t.elapsed();
    println!("{} bytes in: {took:?}", ms.len() + epp.len() + opts.len());
    assert!(took < HANG_GUARD, "took {took:?}, past the hang guard");
    serde_json::from_str(&out).unwrap()
}

fn diagnostic<'a>(out: &'a Value, code: &str, path: &str) -> &'a Value {
    out["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["code"] == code && d["path"] == path)
        .unwrap_or_else(|| panic!("no {code} at {path:?} in {}", out["diagnostics"]))
}

/// Hang: a huge enum value. The "did you mean" edit distance against each allowed value was
/// O(len × candidates) — ~20 s in a debug build for 10 MB, seconds in wasm. Long values now get no
/// suggestion (`schema::hints::closest`).
#[test]
fn huge_enum_value_gets_no_suggestion() {
    let mut v = minimal();
    v["spec"]["accelerator"]["type"] = json!("nvidiaX".repeat(BIG / 7));
    let out = render(&v.to_string(), "", "");
    let d = diagnostic(&out, "schema/enum", "spec.accelerator.type");
    assert!(d.get("hint").is_none(), "{}", d["hint"]);
    assert!(d["message"].as_str().unwrap().len() < 300, "the message repeats the value");
    // A short typo still gets one.
    v["spec"]["accelerator"]["type"] = json!("nvida");
    let out = render(&v.to_string(), "", "");
    assert_eq!(diagnostic(&out, "schema/enum", "spec.accelerator.type")["hint"], "did you mean \"nvidia\"?");
}

/// Hang: a huge unknown key in `options` (and `eppConfig`): the same edit distance, in
/// `diagnostics::closest` — ~17 s in a debug build for 10 MB.
#[test]
fn huge_unknown_settings_key_gets_no_suggestion() {
    let ms = minimal().to_string();
    let big = "v".repeat(BIG);
    let out = render(&ms, "", &json!({ big.clone(): "x" }).to_string());
    let d = out["diagnostics"].as_array().unwrap().iter().find(|d| d["code"] == "config/unknown-field").unwrap();
    assert!(d.get("hint").is_none());
    let out = render(&ms, &json!({ big: "x" }).to_string(), "");
    assert!(out["diagnostics"].as_array().unwrap().iter().any(|d| d["code"] == "config/unknown-field"));
    // A short typo still gets one.
    let out = render(&ms, "", r#"{"verison": "x"}"#);
    assert_eq!(diagnostic(&out, "config/unknown-field", "options.verison")["hint"], "did you mean \"version\"?");
}

/// Hang: a huge unknown field name in the ModelService (`schema::hints::closest` over the
/// allowed fields).
#[test]
fn huge_unknown_field_gets_no_suggestion() {
    let mut v = minimal();
    let big = "k".repeat(BIG);
    v["spec"][big.as_str()] = json!(1);
    let out = render(&v.to_string(), "", "");
    let d = out["diagnostics"].as_array().unwrap().iter().find(|d| d["code"] == "schema/unknown-field").unwrap();
    assert!(!d["hint"].as_str().unwrap_or("").contains("did you mean"));
}
