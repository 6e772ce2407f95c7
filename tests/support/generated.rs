//! The staleness check shared by every test that owns a generated file: the committed file must
//! equal what the generator writes now. `UPDATE_GENERATED=1` (what `make generate` sets) rewrites
//! the file instead; any other value, or none, only checks.
// Each test crate that includes this module uses part of it.
#![allow(dead_code)]

use std::path::Path;

/// True only for `UPDATE_GENERATED=1`.
pub fn update_requested() -> bool {
    rewrites(std::env::var("UPDATE_GENERATED").ok().as_deref())
}

/// Whether this value of `UPDATE_GENERATED` asks for a rewrite: only `1` does.
pub fn rewrites(value: Option<&str>) -> bool {
    value == Some("1")
}

/// Compares `relative` (from the repository root) with `want`, or rewrites it on request.
pub fn check(relative: &str, want: &str) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(relative);
    if update_requested() {
        std::fs::write(&path, want).unwrap_or_else(|e| panic!("writing {relative}: {e}"));
        return;
    }
    let have = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        have == want,
        "{relative} is stale: run `make generate` and review the diff\n{}",
        similar::TextDiff::from_lines(have.as_str(), want).unified_diff().context_radius(2)
    );
}
