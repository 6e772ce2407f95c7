//! Native side of the wasm parity test (js/test/parity.test.mjs).
//!
//! Reads a JSON array of cases from stdin, each
//! `{"fn"?: "render"|"lint"|"explain"|"summary"|"migrate", "modelService", "eppConfig"?, "options"?}`,
//! where each argument is the exact JSON text handed to the wasm export (a JSON string) or a JSON
//! value (written compactly here; `null`/absent = `""`). Prints one answer of
//! `modelservice_render::api::<fn>_json(...)` per line, in order, so the caller can compare it
//! byte for byte with what the wasm build returns for the same text.
//!
//! `cargo run --release --example render_json < cases.json`

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    use serde_json::Value;
    use std::io::{Read, Write};

    fn arg(case: &Value, key: &str) -> String {
        match case.get(key) {
            None | Some(Value::Null) => String::new(),
            Some(Value::String(s)) => s.clone(),
            Some(v) => serde_json::to_string(v).unwrap(),
        }
    }

    let mut input = String::new();
    std::io::stdin().read_to_string(&mut input).unwrap();
    let cases: Vec<Value> = serde_json::from_str(&input).expect("stdin: a JSON array of cases");
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    for (i, case) in cases.iter().enumerate() {
        let (ms, epp, opts) = (arg(case, "modelService"), arg(case, "eppConfig"), arg(case, "options"));
        let answer = match case.get("fn").and_then(Value::as_str).unwrap_or("render") {
            "render" => modelservice_render::api::render_json(&ms, &epp, &opts),
            "lint" => modelservice_render::api::lint_json(&ms, &epp, &opts),
            "explain" => modelservice_render::api::explain_json(&ms, &epp, &opts),
            "summary" => modelservice_render::api::summary_json(&ms, &epp, &opts),
            "migrate" => modelservice_render::api::migrate_json(&ms, &epp, &opts),
            other => panic!("case {i}: unknown fn {other:?}"),
        };
        // Compact serde_json output never holds a raw newline, so one answer = one line.
        assert!(!answer.contains('\n'), "case {i}: answer spans several lines");
        writeln!(out, "{answer}").unwrap();
    }
    out.flush().unwrap();
}

#[cfg(target_arch = "wasm32")]
fn main() {}
