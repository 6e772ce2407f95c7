//! P3 (BENCHMARKS.md): native `render` of the full P/D fixture, against the floor of
//! serialising its output with `serde_json::to_string`, measured in the same run.
//! `scripts/bench.sh` reads both medians from target/criterion and prints the ratio.

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use criterion::Criterion;
    use modelservice_render::api::render_json;
    use std::hint::black_box;

    const FIXTURE: &str = "tests/fixtures/full-pd-ha-route-monitoring-tracing";

    fn inputs() -> (String, String) {
        let yaml = std::fs::read_to_string(format!("{FIXTURE}/modelservice.yaml")).unwrap();
        let v: serde_json::Value = serde_norway::from_str(&yaml).unwrap();
        let cfg: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(format!("{FIXTURE}/config.json")).unwrap()).unwrap();
        (v.to_string(), cfg["eppConfig"].to_string())
    }

    fn bench(c: &mut Criterion) {
        let (ms, epp) = inputs();
        let out = render_json(&ms, &epp, "");
        let result: serde_json::Value = serde_json::from_str(&out).unwrap();
        assert!(result["resources"].as_array().is_some_and(|r| r.len() > 10), "fixture must render");
        c.bench_function("p3_render_json", |b| b.iter(|| render_json(black_box(&ms), black_box(&epp), "")));
        let resources = result["resources"].clone();
        c.bench_function("p3_floor_to_string", |b| b.iter(|| serde_json::to_string(black_box(&resources)).unwrap()));
    }

    pub fn main() {
        let mut c = Criterion::default().configure_from_args();
        bench(&mut c);
        c.final_summary();
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    native::main();
}

#[cfg(target_arch = "wasm32")]
fn main() {}
