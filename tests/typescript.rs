//! `js/index.d.ts` is generated from the Rust types; this fails when the committed file is stale.
//! `UPDATE_TYPES=1 cargo test --features typescript --test typescript` rewrites it.
#![cfg(feature = "typescript")]

#[test]
fn index_d_ts_is_up_to_date() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("js/index.d.ts");
    let generated = modelservice_render::typescript::declarations();
    if std::env::var_os("UPDATE_TYPES").is_some() {
        std::fs::write(&path, &generated).unwrap();
        return;
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == generated,
        "js/index.d.ts is stale: run `UPDATE_TYPES=1 cargo test --features typescript --test typescript`\n{}",
        similar::TextDiff::from_lines(&committed, &generated).unified_diff().context_radius(2)
    );
}
