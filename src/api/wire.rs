//! The diagnostics as they cross the boundary: the public `Diagnostic` plus `segments`, which lets
//! the JS layer find line/column. Written straight into the answer's text (keys in sorted order,
//! as a `Value` map prints them): building a `Value` map per diagnostic and then writing it was
//! ~3 % of a wasm `lint` call, more for `LintSession`'s thousands of documents.

use crate::diagnostics::{Diagnostic, Segment};
use serde::ser::{Serialize, SerializeMap, Serializer};
use serde_json::Value;

/// A list of diagnostics in wire form.
pub(crate) struct Wire<'a>(pub(crate) &'a [Diagnostic]);

impl Serialize for Wire<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.0.iter().map(One))
    }
}

/// The wire form as a `Value`, for the answers that add to it (`diff` marks each document's).
pub(crate) fn wire(diags: &[Diagnostic]) -> Value {
    crate::objects::value_of(&Wire(diags))
}

struct One<'a>(&'a Diagnostic);

impl Serialize for One<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let d = self.0;
        let mut m = s.serialize_map(None)?;
        m.serialize_entry("code", d.code)?;
        if let Some(h) = &d.hint {
            m.serialize_entry("hint", h)?;
        }
        m.serialize_entry("message", &d.message)?;
        m.serialize_entry("path", &d.path.to_string())?;
        m.serialize_entry("segments", &Segments(d.path.segments()))?;
        m.serialize_entry("severity", d.severity.as_str())?;
        m.end()
    }
}

struct Segments<'a>(&'a [Segment]);

impl Serialize for Segments<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.0.iter().map(Step))
    }
}

/// A field or key as its name, a list index as a number.
struct Step<'a>(&'a Segment);

impl Serialize for Step<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self.0 {
            Segment::Field(f) | Segment::Key(f) => s.serialize_str(f),
            Segment::Index(i) => s.serialize_u64(*i as u64),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostics::FieldPath;
    use serde_json::json;

    /// The text is what the `Value` of each diagnostic, built field by field, prints.
    #[test]
    fn writes_what_a_value_map_prints() {
        let path = FieldPath::root().field("spec").field("decode").key("a\"b").index(3);
        let diags = [
            Diagnostic::error("schema/type", path.clone(), "bad \u{1} \"x\"").with_hint("fix é"),
            Diagnostic::info("namespace-defaulted", FieldPath::root(), "no hint"),
        ];
        let want = json!([
            {"code": "schema/type", "hint": "fix é", "message": "bad \u{1} \"x\"", "path": path.to_string(),
             "segments": ["spec", "decode", "a\"b", 3], "severity": "error"},
            {"code": "namespace-defaulted", "message": "no hint", "path": "", "segments": [], "severity": "info"},
        ]);
        assert_eq!(crate::json_text::to_string(&Wire(&diags)), want.to_string());
        assert_eq!(wire(&diags), want);
        assert_eq!(crate::json_text::to_string(&Wire(&[])), "[]");
    }
}
