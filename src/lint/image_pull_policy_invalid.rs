//! `image-pull-policy-invalid` — error.
//!
//! ## What it does
//! Checks `spec.engine.imagePullPolicy` against the values Kubernetes accepts: `Always`,
//! `IfNotPresent` and `Never` (case-sensitive). Empty means "leave it unset".
//!
//! ## Why it matters
//! The CRD has no enum on this field, so the ModelService is accepted, but the value is copied to
//! the vllm container and the API server rejects both serving Deployments.
//!
//! ## Example
//! ```yaml
//! engine: {imagePullPolicy: always}
//! ```
//!
//! ## Use instead
//! ```yaml
//! engine: {imagePullPolicy: Always}
//! ```

use super::syntax::{closest_short, short};
use super::{spec_path, Ctx};
use crate::diagnostics::{Diagnostic, Severity};

pub const CODE: &str = "image-pull-policy-invalid";
pub const SEVERITY: Severity = Severity::Error;
const POLICIES: &[&str] = &["Always", "IfNotPresent", "Never"];

pub fn check(ctx: &Ctx) -> Vec<Diagnostic> {
    let v = &ctx.ms.spec.engine.image_pull_policy;
    if v.is_empty() || POLICIES.contains(&v.as_str()) {
        return Vec::new();
    }
    let mut d = Diagnostic::new(
        CODE,
        SEVERITY,
        spec_path(&["engine", "imagePullPolicy"]),
        format!(
            "imagePullPolicy {} is not Always, IfNotPresent or Never: the API server rejects the serving Deployments",
            short(v)
        ),
    );
    if let Some(s) = closest_short(v, POLICIES) {
        d = d.with_hint(format!("did you mean {s:?}?"));
    }
    vec![d]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lint::testing::{run, table};
    use serde_json::json;

    #[test]
    fn table_() {
        let p = |v: &str| json!({"spec": {"engine": {"imagePullPolicy": v}}});
        let at: &[&str] = &["spec.engine.imagePullPolicy"];
        table(
            check,
            CODE,
            SEVERITY,
            &[
                (p(""), &[]),
                (p("Always"), &[]),
                (p("IfNotPresent"), &[]),
                (p("Never"), &[]),
                (p("always"), at),
                (p("IfNotPresnt"), at),
                (p("Sometimes"), at),
            ],
        );
        assert_eq!(run(check, &p("ifnotpresent"))[0].hint.as_deref(), Some("did you mean \"IfNotPresent\"?"));
    }
}
