//! `nixl-port-duplicate` — warning.
//!
//! ## What it does
//! Flags every `VLLM_NIXL_SIDE_CHANNEL_PORT` entry of `spec.engine.env` after the first.
//!
//! ## Why it matters
//! The operator reads only the first entry for the `nixl-side` container port, while Kubernetes
//! gives the container the *last* value of a repeated variable. With different values, vLLM
//! listens on one port and the pod declares another; with equal values the entry is dead weight.
//!
//! ## Example
//! ```yaml
//! engine:
//!   env:
//!   - {name: VLLM_NIXL_SIDE_CHANNEL_PORT, value: "5557"}
//!   - {name: VLLM_NIXL_SIDE_CHANNEL_PORT, value: "5600"}
//! ```
//!
//! ## Use instead
//! ```yaml
//! engine:
//!   env:
//!   - {name: VLLM_NIXL_SIDE_CHANNEL_PORT, value: "5600"}
//! ```

use super::{spec_path, Ctx};
use crate::builders::serving_deployment::NIXL_ENV;
use crate::diagnostics::{Diagnostic, Severity};

pub const CODE: &str = "nixl-port-duplicate";
pub const SEVERITY: Severity = Severity::Warning;

pub fn check(ctx: &Ctx) -> Vec<Diagnostic> {
    let entries: Vec<(usize, Option<&str>)> = ctx
        .ms
        .spec
        .engine
        .env
        .iter()
        .enumerate()
        .filter(|(_, e)| e.name == NIXL_ENV)
        .map(|(i, e)| (i, e.value.as_deref()))
        .collect();
    let Some(((first, first_value), rest)) = entries.split_first() else { return Vec::new() };
    rest.iter()
        .map(|(i, v)| {
            let what = if v == first_value {
                "repeats the same value".to_string()
            } else {
                format!("differs from env[{first}]: the operator exposes env[{first}] as the nixl-side port, but the container (and so vLLM) gets the last value")
            };
            Diagnostic::new(
                CODE,
                SEVERITY,
                spec_path(&["engine", "env"]).index(*i).field("name"),
                format!("{NIXL_ENV} is set again (first at env[{first}]); this entry {what}"),
            )
            .with_hint("keep a single entry")
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lint::testing::table;
    use serde_json::json;

    #[test]
    fn table_() {
        let port = |v: &str| json!({"name": NIXL_ENV, "value": v});
        let env = |v: Vec<serde_json::Value>| json!({"spec": {"engine": {"env": v}}});
        table(
            check,
            CODE,
            SEVERITY,
            &[
                (env(vec![port("5557")]), &[]),
                (env(vec![port("5557"), json!({"name": "VLLM_NIXL_SIDE_CHANNEL_HOST", "value": "x"})]), &[]),
                (env(vec![port("5557"), port("5600")]), &["spec.engine.env[1].name"]),
                (
                    env(vec![port("5557"), json!({"name": "X"}), port("5557"), port("1")]),
                    &["spec.engine.env[2].name", "spec.engine.env[3].name"],
                ),
            ],
        );
    }
}
