//! `name-not-dns1123` — error.
//!
//! ## What it does
//! Checks that `metadata.name` is a DNS-1123 subdomain (lowercase letters, digits, `-` and `.`,
//! starting and ending with a letter or digit, at most 253 characters) and at most 63 characters.
//!
//! ## Why it matters
//! The API server names custom resources with the DNS-1123 subdomain rule, so it rejects the
//! ModelService itself. A valid name longer than 63 characters is accepted, but the operator
//! copies the raw name into the label values `app.kubernetes.io/name` and `llm-d.ai/model` of the
//! serving Deployments, their pods, PodMonitors, InferencePool and HTTPRoute, and label values are
//! limited to 63 characters: every one of those objects is rejected.
//!
//! ## Example
//! ```yaml
//! metadata: {name: Qwen3-32B}
//! ```
//!
//! ## Use instead
//! ```yaml
//! metadata: {name: qwen3-32b}
//! ```

use super::syntax::dns1123_subdomain;
use super::Ctx;
use crate::diagnostics::{Diagnostic, FieldPath, Severity};

pub const CODE: &str = "name-not-dns1123";
pub const SEVERITY: Severity = Severity::Error;

/// A valid name close to `s`: lowercase, other characters → `-`, no empty or dashed edges, short
/// enough that the EPP name fits in 63 characters too (59, or 57 with a leading digit: `m-`).
pub fn suggest(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        if out.len() > 64 {
            break;
        }
        let c = c.to_ascii_lowercase();
        let c = if c.is_ascii_lowercase() || c.is_ascii_digit() || c == '.' { c } else { '-' };
        let last = out.chars().last();
        let sep = |x: Option<char>| matches!(x, Some('-' | '.'));
        if (c == '-' || c == '.') && (out.is_empty() || sep(last)) {
            continue;
        }
        out.push(c);
    }
    let max = if out.starts_with(|c: char| c.is_ascii_digit()) { 57 } else { 59 };
    let mut out: String = out.chars().take(max).collect();
    while out.ends_with(['-', '.']) {
        out.pop();
    }
    if out.is_empty() {
        "modelservice".into()
    } else {
        out
    }
}

pub fn check(ctx: &Ctx) -> Vec<Diagnostic> {
    let name = &ctx.ms.metadata.name;
    // Made for a finding only (an allocation per segment).
    let path = || FieldPath::root().field("metadata").field("name");
    let n = name.chars().count();
    let d = match dns1123_subdomain(name) {
        Err(why) => Diagnostic::new(
            CODE,
            SEVERITY,
            path(),
            format!(
                "metadata.name {} is not a valid object name: {why}; the API server rejects the ModelService",
                super::syntax::short(name)
            ),
        ),
        Ok(()) if n > 63 => Diagnostic::new(
            CODE,
            SEVERITY,
            path(),
            format!(
                "metadata.name is {n} characters long: the operator uses it as the label value app.kubernetes.io/name \
                 and llm-d.ai/model (at most 63 characters), so the serving Deployments, PodMonitors, InferencePool \
                 and HTTPRoute are rejected"
            ),
        ),
        Ok(()) => return Vec::new(),
    };
    vec![d.with_hint(format!("use a lowercase name of at most 59 characters (57 when it starts with a digit), so the EPP name `<name>-epp` fits too, e.g. {:?}", suggest(name)))]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lint::testing::table;
    use serde_json::json;

    #[test]
    fn table_() {
        let name = |n: &str| json!({"metadata": {"name": n}});
        let p: &[&str] = &["metadata.name"];
        table(
            check,
            CODE,
            SEVERITY,
            &[
                (name("qwen3"), &[]),
                (name("qwen3.5-32b.instruct"), &[]),
                (name("9b-chat"), &[]),
                (name(&"a".repeat(63)), &[]),
                (name("Qwen3-32B"), p),
                (name("qwen3_32b"), p),
                (name("qwen3-"), p),
                (name("a..b"), p),
                (name(&"a".repeat(64)), p),
                (name(&"a".repeat(254)), p),
            ],
        );
    }

    #[test]
    fn suggestions_are_valid() {
        for s in ["Qwen3-32B", "qwen3_32b", "-x-", "a..b", "日本", &"A".repeat(80), "a.-b"] {
            let v = suggest(s);
            assert!(dns1123_subdomain(&v).is_ok() && crate::names::epp_name(&v).len() <= 63, "{s} → {v}");
        }
        assert_eq!(suggest("Qwen3-32B"), "qwen3-32b");
    }
}
