//! What the profiling examples share: the fixture directory and the number of calls from the
//! command line (`[fixture-dir] [calls]`), the fixture's ModelService and EPP config as the JSON
//! texts the API takes, and the loop of calls.

pub struct Profile {
    pub calls: usize,
    pub model_service: String,
    pub epp_config: String,
}

pub fn from_args() -> Profile {
    let mut args = std::env::args().skip(1);
    let dir = args.next().unwrap_or_else(|| "tests/fixtures/full-pd-ha-route-monitoring-tracing".into());
    let calls: usize = args.next().map_or(20, |n| n.parse().expect("calls: a number"));
    let yaml = std::fs::read_to_string(format!("{dir}/modelservice.yaml")).expect("modelservice.yaml");
    let ms: serde_json::Value = serde_norway::from_str(&yaml).expect("YAML");
    let cfg: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(format!("{dir}/config.json")).expect("config.json"))
            .expect("config JSON");
    Profile { calls, model_service: ms.to_string(), epp_config: cfg["eppConfig"].to_string() }
}

/// Calls `api(model_service, eppConfig)` the given number of times on the fixture and prints how
/// many bytes the answers held (so the calls cannot be optimised away).
pub fn run(noun: &str, api: fn(&str, &str, &str) -> String) {
    let p = from_args();
    let mut bytes = 0;
    for _ in 0..p.calls {
        bytes += api(std::hint::black_box(&p.model_service), &p.epp_config, "").len();
    }
    println!("{} {noun}, {bytes} bytes", p.calls);
}
