//! Adversarial input through the JSON API (`render_json`, `lint_json`, and the other entry points
//! where they take the same text): every answer is valid JSON, carries the expected diagnostic,
//! and comes back quickly with bounded memory. Nothing may panic — in wasm a panic kills the page.
//!
//! Time: each case prints its time; the only bound is a hang guard (performance is `make
//! bench`'s, not a test's).
//!
//! Layering notes (what the Rust side sees):
//! - Invalid UTF-8 never reaches Rust in production: wasm-bindgen hands over a JS string, which
//!   is always valid UTF-8 once converted. The nearest Rust-side input is a lossily decoded one
//!   (U+FFFD where the bad bytes were), tested here.
//! - Duplicate keys: the JS YAML layer reports `input/duplicate-key`. In JSON text given straight
//!   to Rust, serde_json keeps the *last* value of a repeated key (as `JSON.parse` does); pinned
//!   below so a change is noticed.
//! - NaN/±Infinity have no JSON form; the JS layer sends `{"$nonFinite": "NaN"}` and the
//!   validator reports `schema/non-finite` at that path. Bare `NaN` in JSON text is invalid JSON.

use modelservice_render::api;
use serde_json::{json, Value};
use std::time::{Duration, Instant};

/// A hang guard, not a performance claim: the slowest guarded call took 2.8 s in a debug build
/// on the shared 2-core machine (render of the 2 MB env list); the guard is over 10× that.
const HANG_GUARD: Duration = Duration::from_secs(60);

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

/// `minimal()` with `value` at the JSON pointer `ptr` (parents must exist).
fn with(ptr: &str, value: Value) -> Value {
    let mut v = minimal();
    let (parent, key) = ptr.rsplit_once('/').unwrap();
    let slot = if parent.is_empty() { &mut v } else { v.pointer_mut(parent).unwrap() };
    slot.as_object_mut().unwrap().insert(key.to_string(), value);
    v
}

struct Answer {
    render: Value,
}

impl Answer {
    fn diags(&self) -> &[Value] {
        self.render["diagnostics"].as_array().unwrap()
    }
    fn errors(&self) -> Vec<(&str, &str)> {
        self.diags()
            .iter()
            .filter(|d| d["severity"] == "error")
            .map(|d| (d["code"].as_str().unwrap(), d["path"].as_str().unwrap()))
            .collect()
    }
    fn has_error(&self, code: &str, path: &str) -> bool {
        self.errors().contains(&(code, path))
    }
    fn resources(&self) -> &[Value] {
        self.render["resources"].as_array().unwrap()
    }
}

/// Runs the text through render_json and lint_json (timed), and the other entry points that take
/// a ModelService (answers must be JSON); checks the shape of every answer.
fn run(label: &str, ms: &str, epp: &str, opts: &str) -> Answer {
    let t = Instant::now();
    let render_text = api::render_json(ms, epp, opts);
    let render_time = t.elapsed();
    let t = Instant::now();
    let lint_text = api::lint_json(ms, epp, opts);
    let lint_time = t.elapsed();
    println!(
        "{label}: input {} bytes, render {render_time:?} ({} bytes out), lint {lint_time:?}",
        ms.len(),
        render_text.len()
    );
    assert!(render_time < HANG_GUARD, "{label}: render_json took {render_time:?}, past the hang guard");
    assert!(lint_time < HANG_GUARD, "{label}: lint_json took {lint_time:?}, past the hang guard");
    let render: Value = serde_json::from_str(&render_text).unwrap_or_else(|e| panic!("{label}: render_json: {e}"));
    let lint: Value = serde_json::from_str(&lint_text).unwrap_or_else(|e| panic!("{label}: lint_json: {e}"));
    for k in ["resources", "absent", "diagnostics"] {
        assert!(render[k].is_array(), "{label}: render_json has no {k} list");
    }
    assert!(render["configHash"].is_string(), "{label}: render_json has no configHash");
    assert_eq!(&lint, &render["diagnostics"], "{label}: lint_json and render_json disagree");
    for d in lint.as_array().unwrap() {
        for k in ["code", "severity", "path", "message"] {
            assert!(d[k].is_string(), "{label}: a diagnostic without {k}: {d}");
        }
        assert!(d["segments"].is_array(), "{label}: a diagnostic without segments: {d}");
    }
    // Output stays proportionate to the input: no diagnostic repeats a huge value many times
    // (`huge_list_of_wrong_items` is the exception: one diagnostic per bad item).
    assert!(
        render_text.len() <= 4 * (ms.len() + epp.len() + opts.len()) + 4_000_000,
        "{label}: {} bytes of output for {} bytes of input",
        render_text.len(),
        ms.len()
    );
    let t = Instant::now();
    for (what, out) in [
        ("names_json", api::names_json(ms, opts)),
        ("explain_json", api::explain_json(ms, epp, opts)),
        ("summary_json", api::summary_json(ms, epp, opts)),
        ("observe_status_json", api::observe_status_json(ms, "")),
    ] {
        serde_json::from_str::<Value>(&out).unwrap_or_else(|e| panic!("{label}: {what}: {e}"));
    }
    // Printed, not bounded: linear, but a debug build walks a 3.5 MB name ~50× slower than
    // release (11 s vs 0.23 s for the eight sanitised names).
    println!("{label}: names/explain/summary/status {:?}", t.elapsed());
    Answer { render }
}

fn run_ms(label: &str, v: &Value) -> Answer {
    run(label, &v.to_string(), "", "")
}

/// A result with errors renders nothing.
fn assert_blocked(a: &Answer) {
    assert!(a.resources().is_empty(), "rendered despite errors: {:?}", a.errors());
    assert_eq!(a.render["configHash"], "");
}

// ---------------------------------------------------------------------------------------------
// Size

/// Just under `input::MAX_INPUT_BYTES` (4 MiB), so the value reaches the validator.
const NEAR_LIMIT: usize = 3 * 1024 * 1024 + 512 * 1024;

#[test]
fn ten_megabyte_documents_are_refused() {
    let max = modelservice_render::input::MAX_INPUT_BYTES;
    let big = "a".repeat(10 * 1024 * 1024);
    let a = run_ms("10 MB model.name", &with("/spec/model/name", json!(big)));
    assert_eq!(a.errors(), [("input/too-large", "")]);
    assert_blocked(&a);
    let env: Vec<Value> = (0..300_000).map(|i| json!({"name": format!("VAR_{i}"), "value": "some-value"})).collect();
    let text = with("/spec/engine/env", json!(env)).to_string();
    assert!(text.len() > 10_000_000, "{}", text.len());
    let a = run("10 MB env list", &text, "", "");
    assert_eq!(a.errors(), [("input/too-large", "")]);
    // The limit is on bytes, exactly.
    let pad = |n: usize| {
        let head = minimal().to_string();
        format!("{},\"status\":{{\"x\":\"{}\"}}}}", head.strip_suffix('}').unwrap(), "p".repeat(n))
    };
    let base = pad(0).len();
    let a = run("at the limit", &pad(max - base), "", "");
    assert!(a.errors().is_empty(), "{:?}", a.errors());
    let a = run("one byte over", &pad(max - base + 1), "", "");
    assert_eq!(a.errors(), [("input/too-large", "")]);
    // eppConfig and options too.
    let ms = minimal().to_string();
    let a = run("10 MB eppConfig", &ms, &json!({ "provider": big }).to_string(), "");
    assert!(a.has_error("input/too-large", ""), "{:?}", a.errors());
    let a = run("10 MB options", &ms, "", &json!({ "version": big }).to_string());
    assert!(a.has_error("input/too-large", ""), "{:?}", a.errors());
}

#[test]
fn huge_string_fields() {
    let big = "a".repeat(NEAR_LIMIT);
    let a = run_ms("3.5 MB model.name", &with("/spec/model/name", json!(big)));
    assert!(a.has_error("schema/max-length", "spec.model.name"), "{:?}", a.errors());
    assert_blocked(&a);

    let a = run_ms("3.5 MB metadata.name", &with("/metadata/name", json!(big)));
    assert!(a.has_error("name-not-dns1123", "metadata.name"), "{:?}", a.errors());
    assert_blocked(&a);
}

#[test]
fn huge_enum_value_and_key() {
    // Enum values get a "did you mean" by edit distance; a huge value must not make that slow.
    let big = "nvidiaX".repeat(NEAR_LIMIT / 7);
    let a = run_ms("3.5 MB accelerator.type", &with("/spec/accelerator/type", json!(big)));
    assert!(a.has_error("schema/enum", "spec.accelerator.type"), "{:?}", a.errors());

    // An unknown field with a 3.5 MB name.
    let a = run_ms("3.5 MB unknown key", &with(&format!("/spec/{}", "k".repeat(NEAR_LIMIT)), json!(1)));
    assert!(a.errors().iter().any(|(c, _)| *c == "schema/unknown-field"), "{:?}", a.errors().len());
}

#[test]
fn two_megabyte_env_list_renders() {
    // The JS layer's limit is 2 MiB of YAML text: the largest valid env list a page can send.
    let env: Vec<Value> = (0..60_000).map(|i| json!({"name": format!("VAR_{i}"), "value": "some-value"})).collect();
    let text = with("/spec/engine/env", json!(env)).to_string();
    assert!(text.len() > 2_000_000, "{}", text.len());
    let a = run("2 MB env list", &text, "", "");
    assert!(a.errors().is_empty(), "{:?}", a.errors());
    let decode = &a.resources()[0];
    assert_eq!(decode["spec"]["template"]["spec"]["containers"][0]["env"].as_array().unwrap().len(), 60_003);
}

#[test]
fn five_thousand_env_entries_render() {
    let env: Vec<Value> = (0..5000).map(|i| json!({"name": format!("VAR_{i}"), "value": i.to_string()})).collect();
    let a = run_ms("5,000 env", &with("/spec/engine/env", json!(env)));
    assert!(a.errors().is_empty(), "{:?}", a.errors());
    let env = a.resources()[0]["spec"]["template"]["spec"]["containers"][0]["env"].as_array().unwrap().clone();
    assert_eq!(env.len(), 5003);
    assert_eq!(env[3], json!({"name": "VAR_0", "value": "0"}));
    assert_eq!(env[5002], json!({"name": "VAR_4999", "value": "4999"}));
}

#[test]
fn huge_list_of_wrong_items() {
    // 20,000 bad items: the first 500 diagnostics are reported, then one that counts the rest,
    // so the answer stays small whatever the input.
    let items: Vec<Value> = (0..20_000).map(|_| json!(5)).collect();
    let a = run_ms("20k bad args", &with("/spec/engine/args", json!(items)));
    assert!(a.has_error("schema/type", "spec.engine.args[0]"));
    assert!(a.has_error("schema/type", "spec.engine.args[499]"));
    assert!(!a.has_error("schema/type", "spec.engine.args[500]"));
    let diags = a.diags();
    assert_eq!(diags.len(), 501);
    assert_eq!(diags[500]["code"], "diagnostics/truncated");
    assert_eq!(diags[500]["severity"], "info");
}

// ---------------------------------------------------------------------------------------------
// Nesting

fn nested_list(depth: usize) -> String {
    format!("{}{}", "[".repeat(depth), "]".repeat(depth))
}

fn nested_object(depth: usize) -> String {
    format!("{}1{}", r#"{"a":"#.repeat(depth), "}".repeat(depth))
}

#[test]
fn ten_thousand_deep_nesting() {
    for (label, text) in [("10k-deep lists", nested_list(10_000)), ("10k-deep objects", nested_object(10_000))] {
        let a = run(label, &text, "", "");
        assert_eq!(a.errors(), [("input/too-deep", "")], "{label}");
        assert_blocked(&a);
    }
    // Inside a valid document, at a field that accepts anything (status is opaque) and one that
    // does not (nodeSelector).
    for ptr in ["/status", "/spec/decode/nodeSelector"] {
        let marker = "\"@@DEEP@@\"";
        let text = with(ptr, json!("@@DEEP@@")).to_string().replace(marker, &nested_object(10_000));
        let a = run(&format!("10k-deep at {ptr}"), &text, "", "");
        assert_eq!(a.errors(), [("input/too-deep", "")]);
    }
    // In eppConfig and options.
    let ms = minimal().to_string();
    let a = run("10k-deep eppConfig", &ms, &nested_object(10_000), "");
    assert!(a.has_error("input/too-deep", ""), "{:?}", a.errors());
    let a = run("10k-deep options", &ms, "", &nested_list(10_000));
    assert!(a.has_error("input/too-deep", ""), "{:?}", a.errors());
    // Every other entry point too.
    let deep = nested_list(10_000);
    for out in [api::defaults_json(&deep), api::observe_status_json(&ms, &deep), api::diff_json(&ms, &deep, "", "")] {
        serde_json::from_str::<Value>(&out).unwrap();
    }
}

#[test]
fn nesting_just_under_and_over_the_limit() {
    // serde_json's limit is 128 levels; the document itself uses a few.
    let ok = with("/status", json!({"x": serde_json::from_str::<Value>(&nested_list(100)).unwrap()}));
    let a = run_ms("100-deep status", &ok);
    assert!(a.errors().is_empty(), "{:?}", a.errors());
    let a = run("200-deep", &nested_list(200), "", "");
    assert_eq!(a.errors(), [("input/too-deep", "")]);
}

// ---------------------------------------------------------------------------------------------
// Encoding

#[test]
fn invalid_utf8_decoded_lossily() {
    // Bad bytes inside a string value: U+FFFD ends up in the name.
    let mut bytes = minimal().to_string().into_bytes();
    let at = bytes.windows(10).position(|w| w == b"qwen3-0.6b").unwrap();
    bytes.splice(at + 5..at + 5, [0xFF, 0xFE, 0xC3]);
    let text = String::from_utf8_lossy(&bytes);
    assert!(text.contains('\u{FFFD}'));
    let a = run("invalid UTF-8 in a string", &text, "", "");
    assert!(a.has_error("name-not-dns1123", "metadata.name"), "{:?}", a.errors());
    assert_blocked(&a);

    // Bad bytes between tokens: not JSON.
    let mut bytes = minimal().to_string().into_bytes();
    bytes.insert(1, 0x80);
    let a = run("invalid UTF-8 between tokens", &String::from_utf8_lossy(&bytes), "", "");
    assert_eq!(a.errors(), [("input/invalid-json", "")]);

    // Only bad bytes.
    let a = run("only invalid UTF-8", &String::from_utf8_lossy(&[0xFF; 64]), "", "");
    assert_eq!(a.errors(), [("input/invalid-json", "")]);
}

#[test]
fn byte_order_mark() {
    // JSON text should not start with a BOM (RFC 8259 §8.1), but editors write one: it is read
    // past, exactly like the JS layer does before YAML parsing.
    let text = format!("\u{FEFF}{}", minimal());
    let a = run("BOM", &text, "", "");
    assert_eq!(a.errors(), []);
    let plain = run("no BOM", &minimal().to_string(), "", "");
    assert_eq!(a.diags(), plain.diags());
    // A BOM inside a string value is just a character.
    let a = run_ms("BOM in the name", &with("/metadata/name", json!("\u{FEFF}qwen3")));
    assert!(a.has_error("name-not-dns1123", "metadata.name"), "{:?}", a.errors());
}

#[test]
fn crlf_line_endings() {
    let pretty = serde_json::to_string_pretty(&minimal()).unwrap().replace('\n', "\r\n");
    let a = run("CRLF", &pretty, "", "");
    assert!(a.errors().is_empty(), "{:?}", a.errors());
    let lf = run_ms("LF", &minimal());
    assert_eq!(a.render, lf.render, "CRLF and LF render differently");
    // CR/LF inside values is reported where it matters.
    let a = run_ms("CRLF in the name", &with("/metadata/name", json!("qwen3\r\n")));
    assert!(a.has_error("name-not-dns1123", "metadata.name"), "{:?}", a.errors());
}

#[test]
fn control_characters_and_nul() {
    let a = run_ms("NUL in the name", &with("/metadata/name", json!("qwen\u{0}3")));
    assert!(a.has_error("name-not-dns1123", "metadata.name"), "{:?}", a.errors());
    // A raw (unescaped) control character in a JSON string is invalid JSON.
    let text = minimal().to_string().replace("qwen3-0.6b", "qwen3\u{1}");
    let a = run("raw control character", &text, "", "");
    assert_eq!(a.errors(), [("input/invalid-json", "")]);
    // A lone surrogate escape (not a character, so invalid JSON for serde_json) is located at
    // its field and said in words.
    let text = minimal().to_string().replace("qwen3-0.6b", "qwen\\ud800x");
    let a = run("lone surrogate", &text, "", "");
    assert_eq!(a.errors(), [("input/lone-surrogate", "metadata.name")]);
    assert_eq!(
        a.diags()[0]["message"],
        "this text holds \\ud800, half of a UTF-16 surrogate pair without its other half: not a character, so it cannot be sent to Kubernetes"
    );
    // A whole pair is a character like any other.
    let text = minimal().to_string().replace("qwen3-0.6b", "qwen\\ud83d\\ude00x");
    assert!(!run("surrogate pair", &text, "", "").errors().iter().any(|(c, _)| c.starts_with("input/")));
}

#[test]
fn empty_and_non_object_documents() {
    for (label, text, code) in [
        ("empty", "", "input/invalid-json"),
        ("whitespace", " \r\n\t", "input/invalid-json"),
        ("null", "null", "input/not-an-object"),
        ("number", "42", "input/not-an-object"),
        ("string", "\"ModelService\"", "input/not-an-object"),
        ("list", "[]", "input/not-an-object"),
        ("non-finite stand-in", r#"{"$nonFinite":"NaN"}"#, "input/not-an-object"),
        ("two documents", "{} {}", "input/invalid-json"),
        ("trailing comma", r#"{"metadata":{},}"#, "input/invalid-json"),
        ("truncated", r#"{"metadata":{"name":"#, "input/invalid-json"),
    ] {
        let a = run(label, text, "", "");
        assert_eq!(a.errors(), [(code, "")], "{label}");
        assert_blocked(&a);
    }
}

// ---------------------------------------------------------------------------------------------
// Keys and numbers

#[test]
fn duplicate_keys_keep_the_last_value() {
    let text = minimal().to_string().replace(r#""name":"qwen3-0.6b""#, r#""name":"first","name":"second""#);
    let a = run("duplicate key", &text, "", "");
    assert!(a.errors().is_empty(), "{:?}", a.errors());
    assert_eq!(a.resources()[0]["metadata"]["name"], "second-decode");
    // A duplicated object key merges nothing: the last object wins whole.
    let text = minimal().to_string().replace(r#""engine":{}"#, r#""engine":{"port":9000},"engine":{}"#);
    let a = run("duplicate object", &text, "", "");
    assert_eq!(a.resources()[0]["spec"]["template"]["spec"]["containers"][0]["ports"][0]["containerPort"], 8000);
}

#[test]
fn non_finite_numbers() {
    for which in ["NaN", "Infinity", "-Infinity"] {
        let nf = json!({"$nonFinite": which});
        for (ptr, path) in [
            ("/spec/decode/replicas", "spec.decode.replicas"),
            ("/spec/engine/port", "spec.engine.port"),
            ("/metadata/generation", "metadata.generation"),
            ("/spec/model/name", "spec.model.name"),
        ] {
            let a = run_ms(&format!("{which} at {path}"), &with(ptr, nf.clone()));
            assert!(a.has_error("schema/non-finite", path), "{which} at {path}: {:?}", a.errors());
            assert_blocked(&a);
        }
        // Inside a quantity map and a string map.
        let a =
            run_ms(&format!("{which} in requests"), &with("/spec/decode/resources", json!({"requests": {"cpu": nf}})));
        assert!(a.has_error("schema/non-finite", "spec.decode.resources.requests[cpu]"), "{:?}", a.errors());
        // In the opaque status: still reported (the API server could not store it).
        let a = run_ms(&format!("{which} in status"), &with("/status", json!({"x": [nf]})));
        assert!(a.errors().iter().any(|(c, _)| *c == "schema/non-finite"), "{:?}", a.errors());
        // As eppConfig/options values: a type error, not a panic.
        let a = run(
            &format!("{which} in eppConfig"),
            &minimal().to_string(),
            &json!({"metricsEndpointAuth": nf}).to_string(),
            "",
        );
        assert!(a.has_error("config/type", "eppConfig.metricsEndpointAuth"), "{:?}", a.errors());
    }
    // Bare NaN/Infinity text is not JSON.
    for bare in ["NaN", "Infinity", "-Infinity"] {
        let text = minimal().to_string().replace(r#""decode":{}"#, &format!(r#""decode":{{"replicas":{bare}}}"#));
        let a = run(&format!("bare {bare}"), &text, "", "");
        assert_eq!(a.errors(), [("input/invalid-json", "")]);
    }
}

#[test]
fn huge_integers() {
    let cases: &[(&str, &str, &str, &str)] = &[
        // (pointer, literal, path, code)
        ("/spec/decode/replicas", "1e30", "spec.decode.replicas", "schema/int32-range"),
        ("/spec/decode/replicas", "9223372036854775808", "spec.decode.replicas", "schema/int32-range"),
        ("/spec/decode/replicas", "18446744073709551616", "spec.decode.replicas", "schema/int32-range"),
        ("/spec/decode/replicas", "2147483648", "spec.decode.replicas", "schema/int32-range"),
        ("/spec/engine/port", "-2147483649", "spec.engine.port", "schema/int32-range"),
        ("/spec/engine/port", "-2147483648", "spec.engine.port", "schema/minimum"),
        ("/spec/engine/port", "65536", "spec.engine.port", "schema/maximum"),
        ("/metadata/generation", "9223372036854775808", "metadata.generation", "schema/type"),
        ("/metadata/generation", "-1e300", "metadata.generation", "schema/type"),
        ("/spec/decode/replicas", "1.5", "spec.decode.replicas", "schema/type"),
        ("/spec/decode/replicas", "-0.0001", "spec.decode.replicas", "schema/type"),
        ("/spec/decode/replicas", "\"3\"", "spec.decode.replicas", "schema/type"),
        ("/spec/decode/resources", r#"{"requests":{"cpu":1e30}}"#, "", ""),
    ];
    for (ptr, lit, path, code) in cases {
        let text = with(ptr, json!("@@N@@")).to_string().replace("\"@@N@@\"", lit);
        let a = run(&format!("{lit} at {ptr}"), &text, "", "");
        if code.is_empty() {
            // A huge quantity is a valid quantity: rendered, or reported, but never a panic.
            continue;
        }
        assert!(a.has_error(code, path), "{lit} at {path}: {:?}", a.errors());
        assert_blocked(&a);
    }
    // Beyond f64: serde_json rejects the number itself.
    let text = with("/spec/decode/replicas", json!("@@N@@")).to_string().replace("\"@@N@@\"", "1e400");
    let a = run("1e400", &text, "", "");
    assert_eq!(a.errors(), [("input/invalid-json", "")]);
    // A 100,000-digit integer.
    let digits = "9".repeat(100_000);
    let text = with("/spec/decode/replicas", json!("@@N@@")).to_string().replace("\"@@N@@\"", &digits);
    let a = run("100k digits", &text, "", "");
    assert_eq!(a.errors().len(), 1, "{:?}", a.errors());
}

#[test]
fn zero_values() {
    // replicas 0 is allowed and kept.
    let a = run_ms("replicas 0", &with("/spec/decode/replicas", json!(0)));
    assert!(a.errors().is_empty(), "{:?}", a.errors());
    assert_eq!(a.resources()[0]["spec"]["replicas"], 0);
    // tensor 0 and port 0 are below the schema minimum.
    let a = run_ms("tensor 0", &with("/spec/decode/parallelism", json!({"tensor": 0})));
    assert!(a.has_error("schema/minimum", "spec.decode.parallelism.tensor"), "{:?}", a.errors());
    let a = run_ms("port 0", &with("/spec/engine/port", json!(0)));
    assert!(a.has_error("schema/minimum", "spec.engine.port"), "{:?}", a.errors());
    // An empty name is an error.
    let a = run_ms("empty name", &with("/metadata/name", json!("")));
    assert!(a.has_error("name-not-dns1123", "metadata.name"), "{:?}", a.errors());
    assert_blocked(&a);
    let a = run_ms("no name", &{
        let mut v = minimal();
        v["metadata"].as_object_mut().unwrap().remove("name");
        v
    });
    assert!(a.has_error("schema/required", "metadata.name"), "{:?}", a.errors());
    assert_blocked(&a);
}

#[test]
fn zero_values_in_the_typed_model() {
    // A raw typed object (not from JSON, so never schema-checked, as upstream's unit tests
    // build them): tensor 0 is treated as 1, port 0 as 8000, a nil parallelism as all 1s.
    use modelservice_render::{model::Parallelism, render, ModelService, Settings};
    let mut ms: ModelService = serde_json::from_value(minimal()).unwrap();
    ms.spec.decode.parallelism = Some(Parallelism { tensor: 0, data: 0, data_local: 0 });
    ms.spec.engine.port = 0;
    let r = render(&ms, &Settings::default());
    let dep = serde_json::to_value(&r.resources[0]).unwrap();
    let c = &dep["spec"]["template"]["spec"]["containers"][0];
    assert_eq!(c["ports"][0]["containerPort"], 8000);
    assert_eq!(c["env"][0], json!({"name": "TP_SIZE", "value": "1"}));
    assert_eq!(c["resources"]["limits"]["nvidia.com/gpu"], "1");
    assert!(!c["args"].as_array().unwrap().iter().any(|a| a == "--tensor-parallel-size"));
    let pool =
        r.resources.iter().map(|r| serde_json::to_value(r).unwrap()).find(|r| r["kind"] == "InferencePool").unwrap();
    assert_eq!(pool["spec"]["targetPorts"], json!([{"number": 8000}]));
}

// ---------------------------------------------------------------------------------------------
// Settings arguments

#[test]
fn adversarial_settings() {
    let ms = minimal().to_string();
    let big = "f".repeat(NEAR_LIMIT);
    let a = run("3.5 MB provider", &ms, &json!({"provider": big}).to_string(), "");
    assert!(a.diags().iter().any(|d| d["code"] == "config/unknown-provider"));
    let a = run("3.5 MB unknown option", &ms, "", &json!({ big.clone(): 1 }).to_string());
    assert!(a.errors().iter().any(|(c, _)| *c == "config/unknown-field"));
    let a = run("3.5 MB unknown eppConfig field", &ms, &json!({ big.clone(): 1 }).to_string(), "");
    assert!(a.errors().iter().any(|(c, _)| *c == "config/unknown-field"));
    let a = run("operatorVersion huge", &ms, "", &json!({"operatorVersion": big}).to_string());
    assert!(a.has_error("config/enum", "options.operatorVersion"), "{:?}", a.errors());
    let a = run("eppConfig list", &ms, "[1,2]", "");
    assert!(a.has_error("config/type", "eppConfig"), "{:?}", a.errors());
    let a = run("eppConfig BOM", &ms, "\u{FEFF}{}", "");
    assert!(a.errors().is_empty(), "{:?}", a.errors());
    let flags: serde_json::Map<String, Value> = (0..50_000).map(|i| (format!("flag-{i}"), json!("x"))).collect();
    let a = run("50k EPP flags", &ms, &json!({"flags": flags}).to_string(), "");
    assert!(a.errors().is_empty(), "{:?}", a.errors());
}

// ---------------------------------------------------------------------------------------------
// Found here, fixed in 753b895

/// `explain_json` used to do work quadratic in the length of the lists it explains (EPP flags,
/// env entries): 50,000 EPP flags took 18.5 GB of memory before the OOM killer stopped it (in
/// wasm: an out-of-memory trap, the page dies); 5,000 env entries took seconds. Its work is
/// bounded now.
#[test]
fn explain_with_long_lists() {
    let ms = minimal().to_string();
    for n in [250, 500, 1000, 2000] {
        let flags: serde_json::Map<String, Value> = (0..n).map(|i| (format!("flag-{i}"), json!("x"))).collect();
        let epp = json!({ "flags": flags }).to_string();
        let t = Instant::now();
        let out = api::explain_json(&ms, &epp, "");
        println!("explain, {n} EPP flags: {:?}, {} bytes out", t.elapsed(), out.len());
        assert!(
            t.elapsed() < HANG_GUARD,
            "explain_json with {n} EPP flags took {:?}, past the hang guard",
            t.elapsed()
        );
    }
    for n in [1000, 2000, 5000] {
        let env: Vec<Value> = (0..n).map(|i| json!({"name": format!("VAR_{i}"), "value": "x"})).collect();
        let ms = with("/spec/engine/env", json!(env)).to_string();
        let t = Instant::now();
        let out = api::explain_json(&ms, "", "");
        println!("explain, {n} env entries: {:?}, {} bytes out", t.elapsed(), out.len());
        assert!(
            t.elapsed() < HANG_GUARD,
            "explain_json with {n} env entries took {:?}, past the hang guard",
            t.elapsed()
        );
    }
}
