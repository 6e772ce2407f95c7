//! A loop of `render_json` over one fixture, for instruction-count profiles (BENCHMARKS.md,
//! "P2/P3: render speed"): deterministic where wall time on a shared machine is not.
//!
//! `cargo build --release --example profile_render`, then
//! `valgrind --tool=callgrind target/release/examples/profile_render [fixture-dir] [calls]`;
//! instructions per render = (total − the run with 0 calls) ÷ calls.

#[cfg(not(target_arch = "wasm32"))]
mod common;

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    let p = common::from_args();
    let mut bytes = 0;
    for _ in 0..p.calls {
        bytes += modelservice_render::api::render_json(std::hint::black_box(&p.model_service), &p.epp_config, "").len();
    }
    println!("{} renders, {bytes} bytes", p.calls);
}

#[cfg(target_arch = "wasm32")]
fn main() {}
