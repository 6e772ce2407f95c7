//! Wording helpers for schema diagnostics: how to name a JSON value and a schema type, and the
//! "did you mean" suggestions (edit distance, case-insensitive, separators ignored).

use super::{Kind, Node};
use crate::diagnostics::edit_distance;
use serde_json::Value;

/// `string "two"`, `number 1.5`, `boolean true`, `null`, `a list`, `an object`.
pub fn describe(v: &Value) -> String {
    match v {
        Value::Null => "null".into(),
        Value::Bool(b) => format!("boolean {b}"),
        Value::Number(n) => format!("number {n}"),
        Value::String(s) => format!("string {}", quote(s)),
        Value::Array(_) => "a list".into(),
        Value::Object(_) => "an object".into(),
    }
}

/// A JSON-quoted string, shortened to about 60 characters.
pub fn quote(s: &str) -> String {
    const MAX: usize = 60;
    // JSON text of our own writer: `Value`'s `Display` would link serde_json's writer again.
    if s.chars().count() <= MAX {
        return crate::json_text::to_string(s);
    }
    let short: String = s.chars().take(MAX).collect();
    let q = crate::json_text::to_string(&short);
    format!("{}…\"", q.strip_suffix('"').unwrap_or(&q))
}

/// "a string", "an integer", … for `expected …` messages.
pub fn expected(node: &Node) -> &'static str {
    match node.kind {
        Kind::String => "a string",
        Kind::Int32 | Kind::Int64 => "an integer",
        Kind::Boolean => "a boolean (true or false)",
        Kind::Quantity => "a quantity (an integer, or a string such as \"500m\" or \"64Gi\")",
        Kind::Object { .. } | Kind::Opaque => "an object",
        Kind::Array { .. } => "a list",
        Kind::Map { value } => match value.kind {
            Kind::Quantity => "a map of resource names to quantities",
            _ => "a map of string keys to string values",
        },
    }
}

/// A hint for a value of the wrong type, when an obvious fix exists.
pub fn type_hint(node: &Node, v: &Value) -> Option<String> {
    // The value as JSON text by our writer (`Value`'s `Display` would link serde_json's again).
    let text = || crate::json_text::to_string(v);
    match (&node.kind, v) {
        (Kind::String, Value::Number(_) | Value::Bool(_)) => Some(format!("quote it: \"{}\"", text())),
        (Kind::Int32 | Kind::Int64, Value::String(s)) if s.trim().parse::<i64>().is_ok() => {
            Some(format!("remove the quotes: {}", s.trim()))
        }
        (Kind::Int32 | Kind::Int64, Value::Number(_)) => Some("use a whole number".into()),
        (Kind::Boolean, Value::String(s)) if s == "true" || s == "false" => Some(format!("remove the quotes: {s}")),
        (Kind::Quantity, Value::Number(n)) => Some(format!("write it as a string: \"{n}\"")),
        (Kind::Array { .. }, Value::String(_) | Value::Number(_) | Value::Bool(_)) => {
            Some(format!("write it as a list: [{}]", text()))
        }
        (Kind::Array { .. }, Value::Object(_)) => Some("write it as a list: each item starts with `- ` in YAML".into()),
        (Kind::Map { .. }, Value::Array(_)) => Some("write it as `key: value` pairs, not as a list".into()),
        _ => None,
    }
}

/// The candidate closest to `input`, if it is close enough to be a likely typo: equal ignoring
/// case and `-`/`_`, contained in it (enum values such as `gaudi` → `intel-gaudi`), or within a
/// small edit distance.
pub fn closest<'a>(input: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    // Candidates are short names: a long input is no typo of one, and its edit distance is slow
    // (a 10 MB value took seconds).
    if input.len() > 64 {
        return None;
    }
    let norm = |s: &str| s.chars().filter(|c| *c != '-' && *c != '_').flat_map(char::to_lowercase).collect::<String>();
    let want = norm(input);
    if want.is_empty() {
        return None;
    }
    let limit = (want.chars().count() / 3).clamp(1, 3);
    let mut best: Option<(usize, &'a str)> = None;
    for c in candidates {
        let have = norm(c);
        let d = if have == want {
            0
        } else if want.chars().count() >= 4 && have.contains(&want) {
            limit
        } else {
            edit_distance(&want, &have)
        };
        if d <= limit && best.is_none_or(|(bd, _)| d < bd) {
            best = Some((d, c));
        }
    }
    best.map(|(_, c)| c)
}

/// Why `s` is not a quantity and what was probably meant.
pub fn quantity_hint(s: &str) -> String {
    let valid = |c: &str| crate::quantity::parse(c).is_ok();
    let compact: String = s.chars().filter(|c| !c.is_whitespace()).collect();
    if compact != s && valid(&compact) {
        return format!("remove the spaces: \"{compact}\"");
    }
    let split =
        compact.find(|c: char| !(c.is_ascii_digit() || c == '.' || c == '+' || c == '-')).unwrap_or(compact.len());
    let (num, suffix) = compact.split_at(split);
    if !num.is_empty() && valid(num) {
        let lower = suffix.to_ascii_lowercase();
        let byte_units = ["kb", "mb", "gb", "tb", "pb", "eb", "kib", "mib", "gib", "tib", "pib", "eib"];
        if byte_units.contains(&lower.as_str()) {
            // `lower` is one of `byte_units`: ASCII, so no Unicode case tables are linked.
            let first = lower.get(..1).unwrap_or("").to_ascii_uppercase();
            let decimal = if lower.starts_with('k') { "k".to_string() } else { first.clone() };
            let binary = format!("{first}i");
            return format!(
                "Kubernetes units have no B: use \"{num}{binary}\" (powers of 1024) or \"{num}{decimal}\" (powers of 1000)"
            );
        }
        let fixes: [(&str, &str); 9] = [
            ("ki", "Ki"),
            ("mi", "Mi"),
            ("gi", "Gi"),
            ("ti", "Ti"),
            ("pi", "Pi"),
            ("ei", "Ei"),
            ("K", "k"),
            ("g", "G"),
            ("t", "T"),
        ];
        if let Some((_, fix)) = fixes.iter().find(|(bad, _)| suffix == *bad || (bad.len() == 2 && lower == *bad)) {
            let candidate = format!("{num}{fix}");
            if valid(&candidate) {
                return format!("did you mean \"{candidate}\"?");
            }
        }
    }
    "a quantity is a number with an optional suffix, e.g. 500m, 2, 1.5, 64Gi, 1e3 \
     (suffixes: m k M G T P E, Ki Mi Gi Ti Pi Ei)"
        .into()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn byte_units_get_both_kubernetes_spellings() {
        let hint = |num: &str, bin: &str, dec: &str| {
            format!(
                "Kubernetes units have no B: use \"{num}{bin}\" (powers of 1024) or \"{num}{dec}\" (powers of 1000)"
            )
        };
        assert_eq!(quantity_hint("10GB"), hint("10", "Gi", "G"));
        assert_eq!(quantity_hint("4kb"), hint("4", "Ki", "k"));
        assert_eq!(quantity_hint("1.5MiB"), hint("1.5", "Mi", "M"));
        assert_eq!(quantity_hint("2 eb"), hint("2", "Ei", "E"));
    }

    #[test]
    fn closest_finds_typos_and_case() {
        let fields = ["replicas", "parallelism", "resources", "nodeSelector", "tolerations"];
        assert_eq!(closest("paralelism", fields), Some("parallelism"));
        assert_eq!(closest("Replicas", fields), Some("replicas"));
        assert_eq!(closest("node_selector", fields), Some("nodeSelector"));
        assert_eq!(closest("foo", fields), None);
        assert_eq!(closest("gaudi", ["nvidia", "amd", "intel-gaudi"]), Some("intel-gaudi"));
        assert_eq!(closest("nvida", ["nvidia", "amd", "intel-gaudi"]), Some("nvidia"));
        assert_eq!(closest("FailClosed", ["FailOpen", "FailClose"]), Some("FailClose"));
    }

    #[test]
    fn describes_values() {
        assert_eq!(describe(&Value::from("two")), "string \"two\"");
        assert_eq!(describe(&serde_json::json!(1.5)), "number 1.5");
        assert_eq!(quote(&"x".repeat(100)).chars().count(), 63);
    }
}
