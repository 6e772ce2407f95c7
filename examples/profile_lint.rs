//! A loop of `lint_json` over one fixture: the reading and lint half of a render (parse, schema
//! walk, CRD defaulting, quantity normalisation, typed read, lint), for instruction-count profiles
//! (BENCHMARKS.md, "P2/P4: evening, the read and lint path").
//!
//! `cargo build --release --example profile_lint`, then
//! `valgrind --tool=callgrind target/release/examples/profile_lint [fixture-dir] [calls]`;
//! instructions per lint = (total − the run with 0 calls) ÷ calls.

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    let mut args = std::env::args().skip(1);
    let dir = args.next().unwrap_or_else(|| "tests/fixtures/full-pd-ha-route-monitoring-tracing".into());
    let calls: usize = args.next().map_or(20, |n| n.parse().expect("calls: a number"));
    let yaml = std::fs::read_to_string(format!("{dir}/modelservice.yaml")).expect("modelservice.yaml");
    let ms: serde_json::Value = serde_norway::from_str(&yaml).expect("YAML");
    let cfg: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(format!("{dir}/config.json")).expect("config.json"))
            .expect("config JSON");
    let (ms, epp) = (ms.to_string(), cfg["eppConfig"].to_string());
    let mut bytes = 0;
    for _ in 0..calls {
        bytes += modelservice_render::api::lint_json(std::hint::black_box(&ms), &epp, "").len();
    }
    println!("{calls} lints, {bytes} bytes");
}

#[cfg(target_arch = "wasm32")]
fn main() {}
