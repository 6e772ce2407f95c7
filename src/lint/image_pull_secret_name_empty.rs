//! `image-pull-secret-name-empty` — error.
//!
//! ## What it does
//! Flags a first `spec.model.imagePullSecrets` item without a `name` (or with `name: ""`).
//!
//! ## Why it matters
//! The operator turns the first pull secret into the `docker-config` Secret volume the kit init
//! container reads. A Secret volume needs a `secretName`, so the API server rejects both serving
//! Deployments. (The CRD defaults a missing `name` to `""`, so an item like `- {}` is accepted on
//! the ModelService and fails only on the Deployment.)
//!
//! ## Example
//! ```yaml
//! model: {imagePullSecrets: [{}]}
//! ```
//!
//! ## Use instead
//! ```yaml
//! model: {imagePullSecrets: [{name: workspace-image-pull-secret}]}
//! ```

use super::{spec_path, Ctx};
use crate::diagnostics::{Diagnostic, Severity};

pub const CODE: &str = "image-pull-secret-name-empty";
pub const SEVERITY: Severity = Severity::Error;

pub fn check(ctx: &Ctx) -> Vec<Diagnostic> {
    match ctx.ms.spec.model.image_pull_secrets.first() {
        Some(s) if s.name.is_empty() => vec![Diagnostic::new(
            CODE,
            SEVERITY,
            spec_path(&["model", "imagePullSecrets"]).index(0).field("name"),
            "the first imagePullSecret has no name: it becomes the serving pods' docker-config Secret volume, which \
             needs a secretName, so the API server rejects the serving Deployments",
        )
        .with_hint("name the Secret that holds the registry credentials (type kubernetes.io/dockerconfigjson)")],
        _ => Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lint::testing::table;
    use serde_json::json;

    #[test]
    fn table_() {
        let secrets = |v: serde_json::Value| json!({"spec": {"model": {"imagePullSecrets": v}}});
        table(
            check,
            CODE,
            SEVERITY,
            &[
                (json!({}), &[]),
                (secrets(json!([{"name": "pull"}])), &[]),
                (secrets(json!([{"name": "pull"}, {}])), &[]),
                (secrets(json!([{}])), &["spec.model.imagePullSecrets[0].name"]),
                (secrets(json!([{"name": ""}, {"name": "pull"}])), &["spec.model.imagePullSecrets[0].name"]),
            ],
        );
    }
}
