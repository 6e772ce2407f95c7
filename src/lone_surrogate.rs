//! A `\ud800`-style escape in JSON text encodes half of a UTF-16 surrogate pair without its other
//! half. serde_json refuses it with a message about hex escapes at a byte column; this finds the
//! field that holds it, so the caller gets `input/lone-surrogate` at a path, in the words the JS
//! layer uses for the same problem in YAML text or JS objects.

use crate::diagnostics::{Diagnostic, FieldPath};
use crate::schema::{Kind, Node, MODEL_SERVICE};
use serde_json::Value;
use std::ops::Range;

/// A noncharacter put in place of each lone escape, to find it again in the parsed value.
const SENTINEL: char = '\u{fdd0}';

/// The diagnostic for the first lone surrogate escape of `text`, or `None` when it has none.
pub fn diagnostic(text: &str) -> Option<Diagnostic> {
    let ranges = lone_escapes(text);
    let first = ranges.first()?;
    let escape = text.get(first.clone()).unwrap_or("\\ud800").to_ascii_lowercase();
    let (path, key) = locate(text, &ranges, &escape).unwrap_or((FieldPath::root(), false));
    let what = if key { "this key" } else { "this text" };
    Some(
        Diagnostic::error(
            "input/lone-surrogate",
            path,
            format!(
                "{what} holds {escape}, half of a UTF-16 surrogate pair without its other half: not a character, so it cannot be sent to Kubernetes"
            ),
        )
        .with_hint(format!(
            "delete {escape}, or write the whole character (the character itself, or \"\\UXXXXXXXX\" with its code point)"
        )),
    )
}

/// Byte ranges of the `\uXXXX` escapes inside JSON strings that encode a lone surrogate: a high
/// half not followed at once by a low half, or a low half not preceded by a high one.
fn lone_escapes(text: &str) -> Vec<Range<usize>> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    let mut in_string = false;
    let mut high: Option<usize> = None; // a high half waiting for its low half
    let mut i = 0;
    while let Some(&c) = b.get(i) {
        if !in_string {
            in_string = c == b'"';
            i += 1;
            continue;
        }
        let unit = (c == b'\\' && b.get(i + 1) == Some(&b'u')).then(|| hex4(b, i + 2)).flatten();
        match unit {
            Some(0xD800..=0xDBFF) => out.extend(high.replace(i).map(|h| h..h + 6)),
            Some(0xDC00..=0xDFFF) => {
                if high.take().is_none() {
                    out.push(i..i + 6);
                }
            }
            _ => out.extend(high.take().map(|h| h..h + 6)),
        }
        if unit.is_some() {
            i += 6;
            continue;
        }
        in_string = c != b'"';
        i += if c == b'\\' { 2 } else { 1 };
    }
    out.extend(high.map(|h| h..h + 6));
    out
}

fn hex4(b: &[u8], at: usize) -> Option<u32> {
    b.get(at..at + 4)?.iter().try_fold(0, |acc, &c| Some(acc * 16 + char::from(c).to_digit(16)?))
}

/// Re-parses `text` with each lone escape replaced by the sentinel and finds the first string
/// or key holding it. `None` when the text already holds the sentinel or still does not parse.
fn locate(text: &str, ranges: &[Range<usize>], escape: &str) -> Option<(FieldPath, bool)> {
    if text.contains(SENTINEL) || text.as_bytes().windows(6).any(|w| w.eq_ignore_ascii_case(b"\\ufdd0")) {
        return None;
    }
    let mut fixed = String::with_capacity(text.len());
    let mut last = 0;
    for r in ranges {
        fixed.push_str(text.get(last..r.start)?);
        fixed.push_str("\\ufdd0");
        last = r.end;
    }
    fixed.push_str(text.get(last..)?);
    let value: Value = serde_json::from_str(&fixed).ok()?;
    find(&value, Some(&MODEL_SERVICE), FieldPath::root(), escape)
}

/// Depth-first in key order; map keys and object fields follow the ModelService schema.
fn find(v: &Value, node: Option<&'static Node>, path: FieldPath, escape: &str) -> Option<(FieldPath, bool)> {
    match v {
        Value::String(s) => s.contains(SENTINEL).then_some((path, false)),
        Value::Array(items) => {
            let item = node.and_then(|n| match n.kind {
                Kind::Array { item } => Some(item),
                _ => None,
            });
            items.iter().enumerate().find_map(|(i, x)| find(x, item, path.index(i), escape))
        }
        Value::Object(map) => map.iter().find_map(|(k, x)| {
            let shown = k.replace(SENTINEL, escape);
            let (child_path, child) = match node.map(|n| &n.kind) {
                Some(Kind::Map { value }) => (path.key(&shown), Some(*value)),
                Some(Kind::Object { fields }) => {
                    (path.field(&shown), fields.iter().find(|f| f.name == k).map(|f| f.node))
                }
                _ => (path.field(&shown), None),
            };
            if k.contains(SENTINEL) {
                return Some((child_path, true));
            }
            find(x, child, child_path, escape)
        }),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str) -> Option<(String, String)> {
        diagnostic(text).map(|d| (d.path.to_string(), d.message))
    }

    #[test]
    fn finds_the_escape_and_its_field() {
        assert_eq!(lone_escapes(r#"{"a":"x\ud800y"}"#), vec![7..13]);
        assert_eq!(lone_escapes(r#"{"a":"\ud83d\ude00 \udc00"}"#), vec![19..25]);
        assert_eq!(lone_escapes(r#"{"a":"\\ud800", "b": "\ud800\ud800"}"#), vec![22..28, 28..34]);
        assert_eq!(lone_escapes(r#"{"\udbff": 1}"#), vec![2..8]);
        assert_eq!(lone_escapes(r#"{"a":"\ud83d\ude00"}"#), Vec::<Range<usize>>::new());
        let (path, message) = at(r#"{"spec":{"decode":{"nodeSelector":{"gpu":"a\ud800"}}}}"#).unwrap();
        assert_eq!(path, "spec.decode.nodeSelector[gpu]");
        assert_eq!(message, "this text holds \\ud800, half of a UTF-16 surrogate pair without its other half: not a character, so it cannot be sent to Kubernetes");
        let (path, message) = at(r#"{"metadata":{"annotations":{"k\uDC01":"v"}}}"#).unwrap();
        assert_eq!(path, "metadata.annotations[k\\udc01]");
        assert!(message.starts_with("this key holds \\udc01,"));
        assert_eq!(at(r#"{"spec":{"engine":{"args":["ok","\ud800"]}}}"#).unwrap().0, "spec.engine.args[1]");
        // Text that already holds the sentinel: still the code, at the document.
        assert_eq!(at("{\"a\":\"\u{fdd0}\\ud800\"}").unwrap().0, "");
        assert_eq!(at(r#"{"a":"fine"}"#), None);
    }
}
