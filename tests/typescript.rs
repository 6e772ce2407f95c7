//! `js/index.d.ts` is generated from the Rust types; this fails when the committed file is stale.
//! `make generate` rewrites it.
#![cfg(feature = "typescript")]

#[path = "support/generated.rs"]
mod generated;

#[test]
fn index_d_ts_is_up_to_date() {
    generated::check("js/index.d.ts", &modelservice_render::typescript::declarations());
}
