//! `version-label-invalid` — error.
//!
//! ## What it does
//! Checks `options.version` — the operator version written into the `app.kubernetes.io/version`
//! label of every generated object — as a label value: empty (the label is omitted), or at most
//! 63 characters of letters, digits, `-`, `_` and `.`, starting and ending with a letter or digit.
//!
//! ## Why it matters
//! Every generated object carries the label, so an invalid version (a `+build` suffix, a `/`)
//! makes the API server reject all of them.
//!
//! ## Example
//! ```yaml
//! # options: {version: v1.0.1+g3c2d1}
//! ```
//!
//! ## Use instead
//! ```yaml
//! # options: {version: v1.0.1-g3c2d1}
//! ```

use super::syntax::label_value;
use super::Ctx;
use crate::diagnostics::{Diagnostic, FieldPath, Severity};

pub const CODE: &str = "version-label-invalid";
pub const SEVERITY: Severity = Severity::Error;

pub fn check(ctx: &Ctx) -> Vec<Diagnostic> {
    let v = &ctx.settings.options.version;
    let Err(e) = label_value(v) else { return Vec::new() };
    vec![Diagnostic::new(
        CODE,
        SEVERITY,
        FieldPath::root().field("options").field("version"),
        format!(
            "version {} is not a valid label value ({e}): every generated object carries it as app.kubernetes.io/version, so all are rejected",
            super::syntax::short(v)
        ),
    )
    .with_hint("use the operator's git-describe version with '+' replaced by '-', or \"\" to omit the label")]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Settings;
    use crate::lint::testing::table_with;
    use serde_json::json;

    #[test]
    fn table_() {
        for (v, want) in [
            ("v1.0.1", &[][..]),
            ("", &[]),
            ("devel", &[]),
            ("v1.0.1+g3c2d1", &["options.version"]),
            ("v1/2", &["options.version"]),
        ] {
            let mut s = Settings::default();
            s.options.version = v.into();
            table_with(check, CODE, SEVERITY, &s, &[(json!({}), want)]);
        }
    }
}
