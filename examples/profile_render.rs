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
    common::run("renders", modelservice_render::api::render_json);
}

#[cfg(target_arch = "wasm32")]
fn main() {}
