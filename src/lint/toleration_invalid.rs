//! `toleration-invalid` — error.
//!
//! ## What it does
//! Checks each `spec.<role>.tolerations` item as the API server validates pod tolerations:
//! `operator` is `Exists` or `Equal` (empty means `Equal`); an empty `key` requires `Exists`;
//! `Exists` takes no `value`; an `Equal` value is a valid label value; `effect` is empty,
//! `NoSchedule`, `PreferNoSchedule` or `NoExecute`; `tolerationSeconds` only with `NoExecute`;
//! a non-empty `key` is a valid label key. All comparisons are case-sensitive.
//!
//! ## Why it matters
//! The CRD does not validate tolerations; they are copied to the pod template and the API server
//! rejects the Deployment. The report points at the field to change (for `tolerationSeconds`
//! without `NoExecute`, at `tolerationSeconds`; the API server reports it at `effect`).
//!
//! ## Example
//! ```yaml
//! decode:
//!   tolerations:
//!   - {key: nvidia.com/gpu, operator: Exists, value: "true", effect: NoSchedule}
//!   - {key: node.kubernetes.io/unreachable, operator: exists, tolerationSeconds: 30}
//! ```
//!
//! ## Use instead
//! ```yaml
//! decode:
//!   tolerations:
//!   - {key: nvidia.com/gpu, operator: Exists, effect: NoSchedule}
//!   - {key: node.kubernetes.io/unreachable, operator: Exists, effect: NoExecute, tolerationSeconds: 30}
//! ```

use super::syntax::{closest_short, label_value, qualified_name, short};
use super::Ctx;
use crate::diagnostics::{Diagnostic, Severity};
use k8s_openapi::api::core::v1::Toleration;

pub const CODE: &str = "toleration-invalid";
pub const SEVERITY: Severity = Severity::Error;
const OPERATORS: &[&str] = &["Exists", "Equal"];
const EFFECTS: &[&str] = &["NoSchedule", "PreferNoSchedule", "NoExecute"];

/// `(field, message, hint)` of every problem of one toleration.
fn problems(t: &Toleration) -> Vec<(&'static str, String, Option<String>)> {
    let s = |o: &Option<String>| o.clone().unwrap_or_default();
    let (key, op, value, effect) = (s(&t.key), s(&t.operator), s(&t.value), s(&t.effect));
    let mut out = Vec::new();
    if !key.is_empty() {
        if let Err(e) = qualified_name(&key) {
            out.push(("key", format!("key {} is not a valid label key: {e}", short(&key)), None));
        }
    }
    match op.as_str() {
        "" | "Equal" => {
            if key.is_empty() {
                out.push((
                    "operator",
                    "an empty key matches every taint only with operator Exists".into(),
                    Some("set operator: Exists, or name the taint key".into()),
                ));
            }
            if let Err(e) = label_value(&value) {
                out.push(("value", format!("value {} is not a valid label value: {e}", short(&value)), None));
            }
        }
        "Exists" => {
            if !value.is_empty() {
                out.push((
                    "value",
                    format!("operator Exists matches any value, so value must be empty (got {})", short(&value)),
                    Some("remove value, or use operator: Equal".into()),
                ));
            }
        }
        other => out.push((
            "operator",
            format!("operator {} is not Exists or Equal", short(other)),
            closest_short(other, OPERATORS).map(|c| format!("did you mean {c:?}?")),
        )),
    }
    if !effect.is_empty() && !EFFECTS.contains(&effect.as_str()) {
        out.push((
            "effect",
            format!("effect {} is not NoSchedule, PreferNoSchedule or NoExecute", short(&effect)),
            closest_short(&effect, EFFECTS).map(|c| format!("did you mean {c:?}?")),
        ));
    }
    if t.toleration_seconds.is_some() && effect != "NoExecute" {
        out.push((
            "tolerationSeconds",
            "tolerationSeconds is only allowed with effect NoExecute".into(),
            Some("set effect: NoExecute, or remove tolerationSeconds".into()),
        ));
    }
    out
}

pub fn check(ctx: &Ctx) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for (role, r) in ctx.roles() {
        for (i, t) in r.tolerations.iter().enumerate() {
            for (field, msg, hint) in problems(t) {
                let mut d = Diagnostic::new(
                    CODE,
                    SEVERITY,
                    role.path().field("tolerations").index(i).field(field),
                    format!("{msg}; the API server rejects the {role} Deployment"),
                );
                if let Some(h) = hint {
                    d = d.with_hint(h);
                }
                out.push(d);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lint::testing::{run, table};
    use serde_json::json;

    #[test]
    fn table_() {
        let tol = |t: serde_json::Value| json!({"spec": {"decode": {"tolerations": [{"operator": "Exists"}, t]}}});
        let at = |f: &str| format!("spec.decode.tolerations[1].{f}");
        let (op, val, eff, secs, key) = (at("operator"), at("value"), at("effect"), at("tolerationSeconds"), at("key"));
        table(
            check,
            CODE,
            SEVERITY,
            &[
                (tol(json!({"key": "nvidia.com/gpu", "operator": "Exists", "effect": "NoSchedule"})), &[]),
                (tol(json!({"key": "dedicated", "value": "gpu"})), &[]),
                (
                    tol(
                        json!({"key": "dedicated", "operator": "Equal", "value": "gpu", "effect": "NoExecute", "tolerationSeconds": 30}),
                    ),
                    &[],
                ),
                (tol(json!({"key": "x", "operator": "exists"})), &[op.as_str()]),
                (tol(json!({"value": "x"})), &[op.as_str()]),
                (tol(json!({"key": "x", "operator": "Exists", "value": "true"})), &[val.as_str()]),
                (tol(json!({"key": "x", "value": "a b"})), &[val.as_str()]),
                (tol(json!({"key": "x", "operator": "Exists", "effect": "NoSchedul"})), &[eff.as_str()]),
                (
                    tol(json!({"key": "x", "operator": "Exists", "effect": "NoSchedule", "tolerationSeconds": 5})),
                    &[secs.as_str()],
                ),
                (tol(json!({"key": "a b", "operator": "Exists"})), &[key.as_str()]),
            ],
        );
        let d = run(check, &tol(json!({"key": "x", "operator": "exists"})));
        assert_eq!(d[0].hint.as_deref(), Some("did you mean \"Exists\"?"));
    }
}
