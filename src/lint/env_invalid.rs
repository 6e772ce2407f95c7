//! `env-invalid` — error.
//!
//! ## What it does
//! Checks each `spec.engine.env` item as the API server validates a container's env: `value` and
//! `valueFrom` are exclusive, `valueFrom` names exactly one source, a `fieldRef.fieldPath` is one
//! the downward API offers to env vars (`metadata.name`, `metadata.namespace`, `metadata.uid`,
//! `metadata.labels['…']`, `metadata.annotations['…']`, `spec.nodeName`, `spec.serviceAccountName`,
//! `status.hostIP(s)`, `status.podIP(s)`), a `resourceFieldRef.resource` is
//! `limits.`/`requests.` + `cpu`, `memory`, `ephemeral-storage` or `hugepages-…`, and a
//! `configMapKeyRef`/`secretKeyRef` has a `name` (a DNS-1123 subdomain) and a `key` (letters,
//! digits, `-`, `_`, `.`; not `.`, `..` or `..…`).
//!
//! ## Why it matters
//! The CRD only checks the shape, so the ModelService is accepted; the env is copied into the vllm
//! container and the API server rejects both serving Deployments.
//!
//! ## Example
//! ```yaml
//! engine:
//!   env:
//!   - {name: VLLM_NIXL_SIDE_CHANNEL_HOST, valueFrom: {fieldRef: {fieldPath: status.podIp}}}
//! ```
//!
//! ## Use instead
//! ```yaml
//! engine:
//!   env:
//!   - {name: VLLM_NIXL_SIDE_CHANNEL_HOST, valueFrom: {fieldRef: {fieldPath: status.podIP}}}
//! ```

use super::syntax::{closest_short, short, Short};
use super::{spec_path, Ctx};
use crate::diagnostics::{Diagnostic, FieldPath, Severity};

pub const CODE: &str = "env-invalid";
pub const SEVERITY: Severity = Severity::Error;

const FIELD_PATHS: &[&str] = &[
    "metadata.name",
    "metadata.namespace",
    "metadata.uid",
    "spec.nodeName",
    "spec.serviceAccountName",
    "status.hostIP",
    "status.hostIPs",
    "status.podIP",
    "status.podIPs",
];
const RESOURCES: &[&str] = &[
    "limits.cpu",
    "limits.memory",
    "limits.ephemeral-storage",
    "requests.cpu",
    "requests.memory",
    "requests.ephemeral-storage",
];

/// Why a downward-API field path is not allowed in an env var, if it is not.
fn field_path_problem(p: &str) -> Option<String> {
    if FIELD_PATHS.contains(&p) {
        return None;
    }
    for base in ["metadata.labels", "metadata.annotations"] {
        if let Some(sub) = p.strip_prefix(base).and_then(|r| r.strip_prefix("['")).and_then(|r| r.strip_suffix("']")) {
            let key = if base == "metadata.annotations" { sub.to_ascii_lowercase() } else { sub.to_string() };
            return super::syntax::qualified_name(&key).err().map(|e| format!("the key {}: {e}", short(sub)));
        }
    }
    Some(format!(
        "{} is not a field env vars can read (metadata.name, metadata.labels['key'], status.podIP, …)",
        short(p)
    ))
}

/// Kubernetes `IsConfigMapKey` (also used for Secret keys).
fn config_map_key(k: &str) -> Result<(), &'static str> {
    match k {
        "" => Err("is required"),
        "." | ".." => Err("must not be '.' or '..'"),
        _ if k.starts_with("..") => Err("must not start with '..'"),
        _ if k.len() > 253 => Err("must be at most 253 characters"),
        _ if !k.bytes().all(|b| b.is_ascii_alphanumeric() || b"-._".contains(&b)) => {
            Err("must consist of letters, digits, '-', '_' or '.'")
        }
        _ => Ok(()),
    }
}

fn err(path: FieldPath, msg: String) -> Diagnostic {
    Diagnostic::new(CODE, SEVERITY, path, format!("{msg}: the API server rejects the serving Deployments"))
}

pub fn check(ctx: &Ctx) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for (i, e) in ctx.ms.spec.engine.env.iter().enumerate() {
        let Some(from) = &e.value_from else { continue };
        // Both made for a finding only (an allocation each, and one per segment).
        let name = Short(&e.name);
        let p = || spec_path(&["engine", "env"]).index(i).field("valueFrom");
        let sources = [
            from.field_ref.is_some(),
            from.resource_field_ref.is_some(),
            from.config_map_key_ref.is_some(),
            from.secret_key_ref.is_some(),
            from.file_key_ref.is_some(),
        ];
        let n = sources.iter().filter(|s| **s).count();
        if n == 0 {
            out.push(err(
                p(),
                format!(
                    "{}: valueFrom must name one of fieldRef, resourceFieldRef, configMapKeyRef or secretKeyRef",
                    name
                ),
            ));
            continue;
        }
        if e.value.as_deref().is_some_and(|v| !v.is_empty()) {
            out.push(err(p(), format!("{}: valueFrom may not be given together with a non-empty value", name)));
            continue;
        }
        if n > 1 {
            out.push(err(p(), format!("{}: valueFrom names {n} sources; exactly one is allowed", name)));
            continue;
        }
        if let Some(f) = &from.field_ref {
            let api = f.api_version.as_deref().unwrap_or("v1");
            if api != "v1" && !api.is_empty() {
                out.push(err(
                    p().field("fieldRef").field("apiVersion"),
                    format!("{}: fieldRef.apiVersion must be v1, not {}", name, short(api)),
                ));
            } else if let Some(why) = field_path_problem(&f.field_path) {
                let mut d = err(p().field("fieldRef").field("fieldPath"), format!("{}: {why}", name));
                if let Some(s) = closest_short(&f.field_path, FIELD_PATHS) {
                    d = d.with_hint(format!("did you mean {s:?}?"));
                }
                out.push(d);
            }
        }
        let key_refs = [
            ("configMapKeyRef", "ConfigMap", from.config_map_key_ref.as_ref().map(|k| (&k.name, &k.key))),
            ("secretKeyRef", "Secret", from.secret_key_ref.as_ref().map(|k| (&k.name, &k.key))),
        ];
        for (field, kind, refs) in key_refs {
            let Some((ref_name, key)) = refs else { continue };
            let at = p().field(field);
            if let Err(why) = super::syntax::dns1123_subdomain(ref_name) {
                let what = if ref_name.is_empty() {
                    "has no name".to_string()
                } else {
                    format!("name {}: {why}", short(ref_name))
                };
                out.push(err(at.field("name"), format!("{name}: {field} {what} (the {kind} it reads from)")));
            }
            if let Err(why) = config_map_key(key) {
                out.push(err(at.field("key"), format!("{name}: {field}.key {}: {why}", short(key))));
            }
        }
        if let Some(r) = &from.resource_field_ref {
            if !RESOURCES.contains(&r.resource.as_str())
                && !r.resource.starts_with("limits.hugepages-")
                && !r.resource.starts_with("requests.hugepages-")
            {
                let mut d = err(
                    p().field("resourceFieldRef").field("resource"),
                    format!(
                        "{}: resource {} is not limits.* or requests.* of cpu, memory, ephemeral-storage or hugepages",
                        name,
                        short(&r.resource)
                    ),
                );
                if let Some(s) = closest_short(&r.resource, RESOURCES) {
                    d = d.with_hint(format!("did you mean {s:?}?"));
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
    use crate::lint::testing::table;
    use serde_json::json;

    #[test]
    fn table_() {
        let env = |v: serde_json::Value| json!({"spec": {"engine": {"env": [{"name": "A", "value": "1"}, v]}}});
        let field = |p: &str| env(json!({"name": "X", "valueFrom": {"fieldRef": {"fieldPath": p}}}));
        let vf: &[&str] = &["spec.engine.env[1].valueFrom"];
        table(
            check,
            CODE,
            SEVERITY,
            &[
                (field("status.podIP"), &[]),
                (field("metadata.labels['app.kubernetes.io/name']"), &[]),
                (field("metadata.annotations['Example.com/X']"), &[]),
                (env(json!({"name": "X", "valueFrom": {"resourceFieldRef": {"resource": "limits.memory"}}})), &[]),
                (env(json!({"name": "X", "valueFrom": {"secretKeyRef": {"name": "s", "key": "k"}}})), &[]),
                (
                    env(json!({"name": "X", "valueFrom": {"configMapKeyRef": {"name": "cfg.v1", "key": ".env_A-1"}}})),
                    &[],
                ),
                (
                    env(json!({"name": "X", "valueFrom": {"secretKeyRef": {"name": "", "key": "k"}}})),
                    &["spec.engine.env[1].valueFrom.secretKeyRef.name"],
                ),
                (
                    env(json!({"name": "X", "valueFrom": {"configMapKeyRef": {"key": "k"}}})),
                    &["spec.engine.env[1].valueFrom.configMapKeyRef.name"],
                ),
                (
                    env(json!({"name": "X", "valueFrom": {"configMapKeyRef": {"name": "Cfg", "key": "a/b"}}})),
                    &[
                        "spec.engine.env[1].valueFrom.configMapKeyRef.name",
                        "spec.engine.env[1].valueFrom.configMapKeyRef.key",
                    ],
                ),
                (
                    env(json!({"name": "X", "valueFrom": {"secretKeyRef": {"name": "s", "key": ".."}}})),
                    &["spec.engine.env[1].valueFrom.secretKeyRef.key"],
                ),
                (field("status.podIp"), &["spec.engine.env[1].valueFrom.fieldRef.fieldPath"]),
                (field("metadata.labels"), &["spec.engine.env[1].valueFrom.fieldRef.fieldPath"]),
                (field("metadata.labels['a/b/c']"), &["spec.engine.env[1].valueFrom.fieldRef.fieldPath"]),
                (
                    env(
                        json!({"name": "X", "valueFrom": {"fieldRef": {"fieldPath": "status.podIP", "apiVersion": "v2"}}}),
                    ),
                    &["spec.engine.env[1].valueFrom.fieldRef.apiVersion"],
                ),
                (env(json!({"name": "X", "value": "1", "valueFrom": {"fieldRef": {"fieldPath": "status.podIP"}}})), vf),
                (env(json!({"name": "X", "valueFrom": {}})), vf),
                (
                    env(
                        json!({"name": "X", "valueFrom": {"fieldRef": {"fieldPath": "status.podIP"}, "secretKeyRef": {"name": "s", "key": "k"}}}),
                    ),
                    vf,
                ),
                (
                    env(json!({"name": "X", "valueFrom": {"resourceFieldRef": {"resource": "limits.gpu"}}})),
                    &["spec.engine.env[1].valueFrom.resourceFieldRef.resource"],
                ),
            ],
        );
    }
}
