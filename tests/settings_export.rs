//! `js/src/settings.mjs` and `js/settings.d.ts` are generated from the settings table
//! (src/settings_table.rs); this fails when the committed files are stale. `make generate`
//! rewrites them.
#![cfg(feature = "typescript")]

#[path = "support/generated.rs"]
mod generated;

use modelservice_render::settings_export::{declarations, module};

#[test]
fn settings_module_is_up_to_date() {
    generated::check("js/src/settings.mjs", &module());
}

#[test]
fn settings_declarations_are_up_to_date() {
    generated::check("js/settings.d.ts", &declarations());
}

#[test]
fn only_update_generated_1_rewrites() {
    assert!(generated::rewrites(Some("1")));
    for other in [None, Some("0"), Some(""), Some("true"), Some("yes"), Some("01"), Some(" 1")] {
        assert!(!generated::rewrites(other), "{other:?}");
    }
}
