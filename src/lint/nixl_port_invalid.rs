//! `nixl-port-invalid` — warning.
//!
//! ## What it does
//! Checks the value of the first `VLLM_NIXL_SIDE_CHANNEL_PORT` entry of `spec.engine.env` (the
//! only one the operator reads). Operator v1.0.1 parses it like Go `strconv.ParseInt(v, 10, 32)`
//! — an optional sign and ASCII digits only, no spaces or underscores — and exposes it as the
//! `nixl-side` container port only when it is 1–65535. Entries using `valueFrom` are not checked.
//!
//! ## Why it matters
//! An invalid value is silently dropped: no `nixl-side` port on the serving pods. vLLM (Python
//! `int()`) may still accept values Go rejects (`" 5557"`, `"5_557"`), so the port the pods use
//! and the port they declare differ; a value outside 1–65535 is one vLLM cannot listen on at all.
//! Under operator v0.9.0-alpha.2 (no `nixl-side` port) only values vLLM cannot use are reported.
//!
//! ## Example
//! ```yaml
//! engine: {env: [{name: VLLM_NIXL_SIDE_CHANNEL_PORT, value: "5557 "}]}
//! ```
//!
//! ## Use instead
//! ```yaml
//! engine: {env: [{name: VLLM_NIXL_SIDE_CHANNEL_PORT, value: "5557"}]}
//! ```

use super::syntax::short;
use super::{spec_path, Ctx};
use crate::builders::serving_deployment::{parse_go_int32, NIXL_ENV};
use crate::diagnostics::{Diagnostic, Severity};

pub const CODE: &str = "nixl-port-invalid";
pub const SEVERITY: Severity = Severity::Warning;

/// Python `int(v)`: surrounding whitespace and `_` between digits are accepted.
fn python_int(v: &str) -> Option<i64> {
    let t = v.trim();
    let digits = t.strip_prefix(['+', '-']).unwrap_or(t);
    if digits.is_empty() || digits.starts_with('_') || digits.ends_with('_') || digits.contains("__") {
        return None;
    }
    t.replace('_', "").parse().ok()
}

pub fn check(ctx: &Ctx) -> Vec<Diagnostic> {
    let env = &ctx.ms.spec.engine.env;
    let Some((i, e)) = env.iter().enumerate().find(|(_, e)| e.name == NIXL_ENV) else { return Vec::new() };
    if e.value.as_deref().unwrap_or("").is_empty() && e.value_from.is_some() {
        return Vec::new();
    }
    let v = e.value.as_deref().unwrap_or("");
    let in_range = |p: i64| (1..=65535).contains(&p);
    let go_ok = parse_go_int32(v).is_some_and(|p| in_range(i64::from(p)));
    let py_ok = python_int(v).is_some_and(in_range);
    let msg = match (go_ok, py_ok) {
        (true, _) => return Vec::new(),
        (false, true) if !ctx.profile.nixl_side_port => return Vec::new(),
        (false, true) => format!(
            "{NIXL_ENV}={}: vLLM reads it, but the operator parses ports strictly (digits only) and adds no \
             nixl-side container port, so the pods declare no NIXL port",
            short(v)
        ),
        (false, false) => {
            format!("{NIXL_ENV}={} is not a port number 1–65535: vLLM cannot listen on it for NIXL transfers", short(v))
        }
    };
    vec![Diagnostic::new(CODE, SEVERITY, spec_path(&["engine", "env"]).index(i).field("value"), msg)
        .with_hint("write the port as plain digits, e.g. \"5557\"")]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::OperatorVersion;
    use crate::lint::testing::{settings, table, table_with};
    use serde_json::json;

    fn env(vals: &[serde_json::Value]) -> serde_json::Value {
        json!({"spec": {"engine": {"env": vals}}})
    }

    #[test]
    fn table_() {
        let port = |v: &str| json!({"name": NIXL_ENV, "value": v});
        let other = json!({"name": "UCX_TLS", "value": "tcp"});
        let at1: &[&str] = &["spec.engine.env[1].value"];
        let rows = [
            (env(&[port("5557")]), &[][..]),
            (env(&[port("+5557")]), &[]),
            (env(&[port("05557")]), &[]),
            (env(&[json!({"name": NIXL_ENV, "valueFrom": {"fieldRef": {"fieldPath": "metadata.uid"}}})]), &[]),
            (env(&[port("5557"), port("x")]), &[]),
            (env(&[other.clone(), port(" 5557")]), at1),
            (env(&[other.clone(), port("5_557")]), at1),
            (env(&[other.clone(), port("0")]), at1),
            (env(&[other.clone(), port("70000")]), at1),
            (env(&[other.clone(), port("")]), at1),
            (env(&[other.clone(), port("x"), port("5557")]), at1),
        ];
        table(check, CODE, SEVERITY, &rows);
        // The seed exposes no port: only values vLLM cannot use either.
        let seed = settings(OperatorVersion::V0_9_0Alpha2);
        table_with(
            check,
            CODE,
            SEVERITY,
            &seed,
            &[(env(&[port(" 5557")]), &[]), (env(&[port("70000")]), &["spec.engine.env[0].value"])],
        );
    }
}
