//! P3 (BENCHMARKS.md): native `render` of the full P/D fixture, against the floor of
//! serialising its output with `serde_json::to_string`, measured in the same run.
//! The figure is the interleaved measurement (`interleaved`): render and floor timed in
//! alternating blocks, so a change of machine speed during the run hits both alike; it is written
//! as JSON to `$P3_OUT` for `scripts/bench.sh`. Criterion's two benchmarks (run one after the
//! other) stay for their statistics and reports.

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use criterion::Criterion;
    use modelservice_render::api::render_json;
    use std::hint::black_box;
    use std::time::Instant;

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

    /// Nanoseconds per call of each contender: `ROUNDS` rounds, each timing a block of `CALLS`
    /// render calls then a block of `CALLS` floor calls (the order alternates between rounds);
    /// medians of the blocks' per-call means.
    fn interleaved() -> (f64, f64) {
        const ROUNDS: usize = 60;
        const CALLS: u32 = 40;
        let (ms, epp) = inputs();
        let out = render_json(&ms, &epp, "");
        let result: serde_json::Value = serde_json::from_str(&out).unwrap();
        let resources = result["resources"].clone();
        let render = || drop(black_box(render_json(black_box(&ms), black_box(&epp), "")));
        let floor = || drop(black_box(serde_json::to_string(black_box(&resources)).unwrap()));
        let block = |f: &dyn Fn()| {
            let t = Instant::now();
            for _ in 0..CALLS {
                f();
            }
            t.elapsed().as_nanos() as f64 / f64::from(CALLS)
        };
        for _ in 0..CALLS * 5 {
            render();
            floor();
        }
        let (mut r, mut f) = (Vec::with_capacity(ROUNDS), Vec::with_capacity(ROUNDS));
        for round in 0..ROUNDS {
            if round % 2 == 0 {
                r.push(block(&render));
                f.push(block(&floor));
            } else {
                f.push(block(&floor));
                r.push(block(&render));
            }
        }
        (median(r), median(f))
    }

    fn median(mut v: Vec<f64>) -> f64 {
        v.sort_by(f64::total_cmp);
        v[v.len() / 2]
    }

    pub fn main() {
        let mut c = Criterion::default().configure_from_args();
        bench(&mut c);
        c.final_summary();
        let (render_ns, floor_ns) = interleaved();
        let json = format!(
            r#"{{"renderNs":{render_ns:.0},"floorNs":{floor_ns:.0},"ratio":{:.4},"method":"interleaved"}}"#,
            render_ns / floor_ns
        );
        println!("P3 interleaved: {json}");
        if let Ok(path) = std::env::var("P3_OUT") {
            std::fs::write(path, json).unwrap();
        }
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    native::main();
}

#[cfg(target_arch = "wasm32")]
fn main() {}
