//! Findings about an input: data, never panics. Every diagnostic carries a Kubernetes-style
//! field path; the JS layer adds `line`/`column` when the input was text.

use serde::{Serialize, Serializer};
use std::fmt;

/// How bad a finding is (contract §2 "Diagnostics — details").
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// The API server would reject the ModelService or one of the objects made from it.
    Error,
    /// Accepted, but almost surely wrong.
    Warning,
    /// A notable default.
    Info,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "info",
        }
    }
}

/// One step of a field path.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Segment {
    /// An object field: `.name`.
    Field(String),
    /// A list item: `[2]`.
    Index(usize),
    /// A key of a string map such as `nodeSelector`: `[gpu]`.
    Key(String),
}

/// A Kubernetes field path such as `spec.engine.env[2].value` or `spec.decode.nodeSelector[gpu]`.
/// The empty path (`""`) is the whole document.
#[derive(Clone, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct FieldPath(Vec<Segment>);

impl FieldPath {
    pub fn root() -> Self {
        FieldPath(Vec::new())
    }

    /// Parses `a.b[2].c[key]` (the inverse of `Display`), for tests and tables.
    pub fn parse(s: &str) -> Self {
        let mut out = Vec::new();
        let mut rest = s;
        while !rest.is_empty() {
            if let Some(r) = rest.strip_prefix('[') {
                let end = r.find(']').unwrap_or(r.len());
                let inner = r.get(..end).unwrap_or("");
                match inner.parse::<usize>() {
                    Ok(i) => out.push(Segment::Index(i)),
                    Err(_) => out.push(Segment::Key(inner.to_string())),
                }
                rest = r.get(end + 1..).unwrap_or("");
            } else {
                let r = rest.strip_prefix('.').unwrap_or(rest);
                let end = r.find(['.', '[']).unwrap_or(r.len());
                out.push(Segment::Field(r.get(..end).unwrap_or("").to_string()));
                rest = r.get(end..).unwrap_or("");
            }
        }
        FieldPath(out)
    }

    /// `first.rest…` from field names: one list of segments, not a copy per step as `field` makes.
    pub fn fields(first: &str, rest: &[&str]) -> Self {
        let mut v = Vec::with_capacity(rest.len() + 1);
        v.push(Segment::Field(first.to_string()));
        for n in rest {
            v.push(Segment::Field((*n).to_string()));
        }
        FieldPath(v)
    }

    pub fn field(&self, name: &str) -> Self {
        self.with(Segment::Field(name.to_string()))
    }

    pub fn index(&self, i: usize) -> Self {
        self.with(Segment::Index(i))
    }

    pub fn key(&self, k: &str) -> Self {
        self.with(Segment::Key(k.to_string()))
    }

    fn with(&self, s: Segment) -> Self {
        // One allocation of the final size (`clone` + `push` would allocate twice).
        let mut v = Vec::with_capacity(self.0.len() + 1);
        v.extend_from_slice(&self.0);
        v.push(s);
        FieldPath(v)
    }

    pub fn segments(&self) -> &[Segment] {
        &self.0
    }

    pub fn is_root(&self) -> bool {
        self.0.is_empty()
    }

    /// The path without its last segment (the root stays the root).
    pub fn parent(&self) -> Self {
        let mut v = self.0.clone();
        v.pop();
        FieldPath(v)
    }
}

impl fmt::Display for FieldPath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, s) in self.0.iter().enumerate() {
            match s {
                Segment::Field(n) if i == 0 => write!(f, "{n}")?,
                Segment::Field(n) => write!(f, ".{n}")?,
                Segment::Index(n) => write!(f, "[{n}]")?,
                Segment::Key(k) => write!(f, "[{k}]")?,
            }
        }
        Ok(())
    }
}

/// A field path while a walker descends a document: each step borrows its parent on the stack,
/// so nothing is allocated unless a finding needs the path ([`Loc::to_path`]). The schema walk
/// and CRD defaulting visit every field; building a `FieldPath` per step was ~8 % of a render.
#[derive(Clone, Copy, Debug)]
pub enum Loc<'a> {
    Root,
    Field(&'a Loc<'a>, &'a str),
    Index(&'a Loc<'a>, usize),
    Key(&'a Loc<'a>, &'a str),
}

impl<'a> Loc<'a> {
    pub fn field(&'a self, name: &'a str) -> Loc<'a> {
        Loc::Field(self, name)
    }

    pub fn index(&'a self, i: usize) -> Loc<'a> {
        Loc::Index(self, i)
    }

    pub fn key(&'a self, k: &'a str) -> Loc<'a> {
        Loc::Key(self, k)
    }

    pub fn is_root(&self) -> bool {
        matches!(self, Loc::Root)
    }

    pub fn to_path(&self) -> FieldPath {
        let mut segments = Vec::new();
        self.push_to(&mut segments);
        FieldPath(segments)
    }

    fn push_to(&self, out: &mut Vec<Segment>) {
        match *self {
            Loc::Root => {}
            Loc::Field(parent, name) => {
                parent.push_to(out);
                out.push(Segment::Field(name.to_string()));
            }
            Loc::Index(parent, i) => {
                parent.push_to(out);
                out.push(Segment::Index(i));
            }
            Loc::Key(parent, k) => {
                parent.push_to(out);
                out.push(Segment::Key(k.to_string()));
            }
        }
    }
}

impl fmt::Display for Loc<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.to_path().fmt(f)
    }
}

impl Serialize for FieldPath {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// A located finding. `code` is stable and documented in `docs/rules.md`.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS), ts(optional_fields))]
pub struct Diagnostic {
    pub code: &'static str,
    pub severity: Severity,
    /// Kubernetes field path, e.g. `spec.engine.env[2].value`; `""` for the document.
    #[cfg_attr(feature = "typescript", ts(type = "string"))]
    pub path: FieldPath,
    pub message: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hint: Option<String>,
}

impl Diagnostic {
    pub fn new(code: &'static str, severity: Severity, path: FieldPath, message: impl Into<String>) -> Self {
        Diagnostic { code, severity, path, message: message.into(), hint: None }
    }

    pub fn error(code: &'static str, path: FieldPath, message: impl Into<String>) -> Self {
        Self::new(code, Severity::Error, path, message)
    }

    pub fn warning(code: &'static str, path: FieldPath, message: impl Into<String>) -> Self {
        Self::new(code, Severity::Warning, path, message)
    }

    pub fn info(code: &'static str, path: FieldPath, message: impl Into<String>) -> Self {
        Self::new(code, Severity::Info, path, message)
    }

    pub fn with_hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }
}

/// True when any diagnostic is an error (then `render` returns no resources).
pub fn has_errors(diags: &[Diagnostic]) -> bool {
    diags.iter().any(|d| d.severity == Severity::Error)
}

/// The candidate closest to `word`, for "did you mean" hints (one implementation for the
/// schema, the settings and the rules: `crate::schema::hints`).
pub fn closest<'a>(word: &str, candidates: &[&'a str]) -> Option<&'a str> {
    crate::schema::hints::closest(word, candidates.iter().copied())
}

pub use crate::schema::hints::describe;

/// Levenshtein distance over chars.
pub fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut cur = Vec::with_capacity(b.len() + 1);
        cur.push(i + 1);
        for (j, cb) in b.iter().enumerate() {
            let sub = prev.get(j).copied().unwrap_or(0) + usize::from(ca != *cb);
            let del = prev.get(j + 1).copied().unwrap_or(0) + 1;
            let ins = cur.get(j).copied().unwrap_or(0) + 1;
            cur.push(sub.min(del).min(ins));
        }
        prev = cur;
    }
    prev.last().copied().unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn path_display_and_parse_round_trip() {
        for s in ["", "spec", "spec.decode.replicas", "spec.engine.env[2].value", "spec.decode.nodeSelector[gpu]"] {
            assert_eq!(FieldPath::parse(s).to_string(), s);
        }
        let p = FieldPath::root().field("spec").field("engine").field("env").index(2).field("value");
        assert_eq!(p.to_string(), "spec.engine.env[2].value");
        assert_eq!(
            FieldPath::root().field("spec").key("kubernetes.io/hostname").to_string(),
            "spec[kubernetes.io/hostname]"
        );
    }

    #[test]
    fn a_loc_becomes_the_path_it_walked() {
        let root = Loc::Root;
        let spec = root.field("spec");
        let engine = spec.field("engine");
        let env = engine.field("env");
        let item = env.index(2);
        let value = item.field("value");
        assert_eq!(value.key("k").to_path(), FieldPath::parse("spec.engine.env[2].value[k]"));
        assert_eq!(value.key("k").to_string(), "spec.engine.env[2].value[k]");
        assert_eq!(root.to_path(), FieldPath::root());
        assert!(root.is_root() && !spec.is_root());
        assert_eq!(spec.to_string(), "spec");
    }
}
