//! A loop of `lint_json` over one fixture: the reading and lint half of a render (parse, schema
//! walk, CRD defaulting, quantity normalisation, typed read, lint), for instruction-count profiles
//! (BENCHMARKS.md, "P2/P4: evening, the read and lint path").
//!
//! `cargo build --release --example profile_lint`, then
//! `valgrind --tool=callgrind target/release/examples/profile_lint [fixture-dir] [calls]`;
//! instructions per lint = (total − the run with 0 calls) ÷ calls.

#[cfg(not(target_arch = "wasm32"))]
mod common;

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    common::run("lints", modelservice_render::api::lint_json);
}

#[cfg(target_arch = "wasm32")]
fn main() {}
