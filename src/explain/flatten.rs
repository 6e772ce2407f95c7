//! Values as leaves addressed by Kubernetes field paths, and the alignment of two versions of a
//! value (used by `explain` to see which output leaves a perturbation touched, and by `diff`).
//!
//! A *leaf* is a scalar (string, number, boolean, null) or an empty object/list (`emptyDir: {}`,
//! `apiGroups: [""]` has the leaf `apiGroups[0]`). Map keys are written in brackets
//! (`metadata.labels[app.kubernetes.io/name]`), struct fields with dots (`spec.replicas`).

use crate::diagnostics::{FieldPath, Segment};
use serde_json::Value;

/// Fields whose value is a string map in Kubernetes objects and in the ModelService/settings input.
const MAP_FIELDS: &[&str] = &[
    "labels",
    "annotations",
    "matchLabels",
    "nodeSelector",
    "limits",
    "requests",
    "data",
    "binaryData",
    "stringData",
    "flags",
];

/// Is the object reached by `stack` a string map (keys written `[key]`)? `kind` is the object's
/// kind (`""` for inputs): a Service's `spec.selector` is a map, other selectors are structs.
fn is_map(kind: &str, stack: &[Segment]) -> bool {
    match stack {
        [Segment::Field(s), Segment::Field(f)] if kind == "Service" && s == "spec" && f == "selector" => true,
        [.., Segment::Field(f)] => MAP_FIELDS.contains(&f.as_str()),
        _ => false,
    }
}

/// A JSON key that can be written as `.field`.
fn plain(key: &str) -> bool {
    !key.is_empty() && key.chars().all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '$')
}

/// The segment for `key` inside the object reached by `stack`.
pub fn step(kind: &str, stack: &[Segment], key: &str) -> Segment {
    if is_map(kind, stack) || !plain(key) {
        Segment::Key(key.to_string())
    } else {
        Segment::Field(key.to_string())
    }
}

/// A `FieldPath` from segments.
pub fn path_of(stack: &[Segment]) -> FieldPath {
    stack.iter().fold(FieldPath::root(), |p, s| match s {
        Segment::Field(f) => p.field(f),
        Segment::Key(k) => p.key(k),
        Segment::Index(i) => p.index(*i),
    })
}

/// The RFC 6901 JSON pointer of a path (every segment is one token).
pub fn pointer(path: &FieldPath) -> String {
    let mut out = String::new();
    for s in path.segments() {
        out.push('/');
        match s {
            Segment::Field(f) | Segment::Key(f) => out.push_str(&f.replace('~', "~0").replace('/', "~1")),
            Segment::Index(i) => out.push_str(&i.to_string()),
        }
    }
    out
}

/// The value at `path`, if any.
pub fn get<'a>(v: &'a Value, path: &FieldPath) -> Option<&'a Value> {
    v.pointer(&pointer(path))
}

/// Every leaf of `v`, in document order, with its path.
pub fn leaves<'a>(kind: &str, v: &'a Value) -> Vec<(FieldPath, &'a Value)> {
    let mut out = Vec::new();
    leaves_at(kind, v, &mut Vec::new(), &mut out);
    out
}

/// Every leaf of `v`, which sits at `stack` inside an object of `kind`.
pub fn leaves_at<'a>(kind: &str, v: &'a Value, stack: &mut Vec<Segment>, out: &mut Vec<(FieldPath, &'a Value)>) {
    match v {
        Value::Object(m) if !m.is_empty() => {
            for (k, x) in m {
                stack.push(step(kind, stack, k));
                leaves_at(kind, x, stack, out);
                stack.pop();
            }
        }
        Value::Array(a) if !a.is_empty() => {
            for (i, x) in a.iter().enumerate() {
                stack.push(Segment::Index(i));
                leaves_at(kind, x, stack, out);
                stack.pop();
            }
        }
        _ => out.push((path_of(stack), v)),
    }
}

/// What [`walk`] reports; paths are the segments in the first (`a`) or second (`b`) value.
pub trait Visitor {
    /// Aligned positions whose values differ and are not both non-empty objects/lists.
    fn changed(&mut self, a: &[Segment], av: &Value, b: &[Segment], bv: &Value);
    /// A subtree of `a` with no counterpart in `b`.
    fn removed(&mut self, a: &[Segment], av: &Value);
    /// A subtree of `b` with no counterpart in `a`.
    fn added(&mut self, b: &[Segment], bv: &Value);
}

/// Compares two versions of an object of `kind`. Lists are aligned (equal items first, then items
/// with the same `name`, then by position), so an inserted argument does not shift the others.
pub fn walk(kind: &str, a: &Value, b: &Value, v: &mut impl Visitor) {
    walk_at(kind, a, b, &mut Vec::new(), &mut Vec::new(), v);
}

fn walk_at(kind: &str, a: &Value, b: &Value, sa: &mut Vec<Segment>, sb: &mut Vec<Segment>, v: &mut impl Visitor) {
    if a == b {
        return;
    }
    match (a, b) {
        (Value::Object(ma), Value::Object(mb)) if !ma.is_empty() && !mb.is_empty() => {
            for (k, x) in ma {
                sa.push(step(kind, sa, k));
                match mb.get(k) {
                    Some(y) => {
                        sb.push(step(kind, sb, k));
                        walk_at(kind, x, y, sa, sb, v);
                        sb.pop();
                    }
                    None => v.removed(sa, x),
                }
                sa.pop();
            }
            for (k, y) in mb.iter().filter(|(k, _)| !ma.contains_key(*k)) {
                sb.push(step(kind, sb, k));
                v.added(sb, y);
                sb.pop();
            }
        }
        (Value::Array(xa), Value::Array(xb)) if !xa.is_empty() && !xb.is_empty() => {
            for pair in align(xa, xb) {
                match pair {
                    (Some(i), Some(j)) => {
                        if let (Some(x), Some(y)) = (xa.get(i), xb.get(j)) {
                            sa.push(Segment::Index(i));
                            sb.push(Segment::Index(j));
                            walk_at(kind, x, y, sa, sb, v);
                            sa.pop();
                            sb.pop();
                        }
                    }
                    (Some(i), None) => {
                        if let Some(x) = xa.get(i) {
                            sa.push(Segment::Index(i));
                            v.removed(sa, x);
                            sa.pop();
                        }
                    }
                    (None, Some(j)) => {
                        if let Some(y) = xb.get(j) {
                            sb.push(Segment::Index(j));
                            v.added(sb, y);
                            sb.pop();
                        }
                    }
                    (None, None) => {}
                }
            }
        }
        _ => v.changed(sa, a, sb, b),
    }
}

/// Above this many item comparisons, the middle of two lists is aligned by position only.
const LCS_BUDGET: usize = 40_000;

/// Pairs the items of two lists: `(Some(i), Some(j))` aligned, `(Some(i), None)` only in `a`,
/// `(None, Some(j))` only in `b`. Equal items are matched by a longest common subsequence;
/// the unequal items between two matches are paired by `name`, then by position.
pub fn align(a: &[Value], b: &[Value]) -> Vec<(Option<usize>, Option<usize>)> {
    let prefix = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let (ra, rb) = (a.get(prefix..).unwrap_or(&[]), b.get(prefix..).unwrap_or(&[]));
    let suffix = ra.iter().rev().zip(rb.iter().rev()).take_while(|(x, y)| x == y).count();
    let (ma, mb) = (ra.len() - suffix, rb.len() - suffix);
    let mid_a = ra.get(..ma).unwrap_or(&[]);
    let mid_b = rb.get(..mb).unwrap_or(&[]);
    let anchors = if ma.saturating_mul(mb) <= LCS_BUDGET { lcs(mid_a, mid_b) } else { Vec::new() };

    let mut out: Vec<(Option<usize>, Option<usize>)> = (0..prefix).map(|i| (Some(i), Some(i))).collect();
    let (mut i, mut j) = (0, 0);
    for (ai, bj) in anchors.into_iter().chain(std::iter::once((ma, mb))) {
        pair_gap(mid_a, mid_b, i..ai, j..bj, prefix, &mut out);
        if ai < ma && bj < mb {
            out.push((Some(prefix + ai), Some(prefix + bj)));
        }
        (i, j) = (ai + 1, bj + 1);
    }
    out.extend((0..suffix).map(|k| (Some(prefix + ma + k), Some(prefix + mb + k))));
    out
}

fn name_of(v: Option<&Value>) -> Option<&str> {
    v?.get("name")?.as_str()
}

/// Pairs the unequal items `a[ra]` and `b[rb]` between two anchors (indexes offset by `base`).
fn pair_gap(
    a: &[Value],
    b: &[Value],
    ra: std::ops::Range<usize>,
    rb: std::ops::Range<usize>,
    base: usize,
    out: &mut Vec<(Option<usize>, Option<usize>)>,
) {
    let mut partner: Vec<Option<usize>> = vec![None; ra.len()];
    let mut taken = vec![false; rb.len()];
    // Same `name` first (env vars, containers, ports, volumes).
    for (pi, i) in ra.clone().enumerate() {
        let Some(n) = name_of(a.get(i)) else { continue };
        if let Some(pj) = rb
            .clone()
            .enumerate()
            .position(|(pj, j)| !taken.get(pj).copied().unwrap_or(true) && name_of(b.get(j)) == Some(n))
        {
            if let (Some(p), Some(t)) = (partner.get_mut(pi), taken.get_mut(pj)) {
                *p = Some(pj);
                *t = true;
            }
        }
    }
    // Then by position among the rest.
    let mut free = (0..rb.len()).filter(|pj| !taken.get(*pj).copied().unwrap_or(true)).collect::<Vec<_>>().into_iter();
    for p in partner.iter_mut().filter(|p| p.is_none()) {
        *p = free.next();
    }
    let mut pairs: Vec<(Option<usize>, Option<usize>)> = partner
        .iter()
        .enumerate()
        .map(|(pi, p)| (Some(base + ra.start + pi), p.map(|pj| base + rb.start + pj)))
        .collect();
    pairs.extend(free.map(|pj| (None, Some(base + rb.start + pj))));
    out.extend(pairs);
}

/// Index pairs of a longest common subsequence of equal items, in order.
fn lcs(a: &[Value], b: &[Value]) -> Vec<(usize, usize)> {
    let (n, m) = (a.len(), b.len());
    if n == 0 || m == 0 {
        return Vec::new();
    }
    let w = m + 1;
    let mut t = vec![0u32; (n + 1) * w];
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            let v = if a.get(i) == b.get(j) {
                t.get((i + 1) * w + j + 1).copied().unwrap_or(0) + 1
            } else {
                let down = t.get((i + 1) * w + j).copied().unwrap_or(0);
                let right = t.get(i * w + j + 1).copied().unwrap_or(0);
                down.max(right)
            };
            if let Some(c) = t.get_mut(i * w + j) {
                *c = v;
            }
        }
    }
    let mut out = Vec::new();
    let (mut i, mut j) = (0, 0);
    while i < n && j < m {
        if a.get(i) == b.get(j) {
            out.push((i, j));
            i += 1;
            j += 1;
        } else if t.get((i + 1) * w + j) >= t.get(i * w + j + 1) {
            i += 1;
        } else {
            j += 1;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn paths_use_brackets_for_map_keys() {
        let v = json!({"metadata": {"labels": {"app.kubernetes.io/name": "x"}}, "spec": {"selector": {"a": "b"}, "x": [{}]}});
        let got: Vec<String> = leaves("Service", &v).iter().map(|(p, _)| p.to_string()).collect();
        assert_eq!(got, ["metadata.labels[app.kubernetes.io/name]", "spec.selector[a]", "spec.x[0]"]);
        let got: Vec<String> = leaves("Deployment", &v).iter().map(|(p, _)| p.to_string()).collect();
        assert_eq!(got[1], "spec.selector.a");
        assert_eq!(pointer(&FieldPath::parse("metadata.labels[a/b]")), "/metadata/labels/a~1b");
    }

    #[test]
    fn alignment_survives_insertions() {
        let a: Vec<Value> = ["--a", "1", "--tracing=false"].iter().map(|s| json!(s)).collect();
        let b: Vec<Value> = ["--a", "2", "--ha", "--tracing=false"].iter().map(|s| json!(s)).collect();
        assert_eq!(align(&a, &b), [(Some(0), Some(0)), (Some(1), Some(1)), (None, Some(2)), (Some(2), Some(3))]);
        let a = vec![json!({"name": "A", "value": "1"}), json!({"name": "B", "value": "2"})];
        let b = vec![json!({"name": "B", "value": "3"})];
        assert_eq!(align(&a, &b), [(Some(0), None), (Some(1), Some(0))]);
    }
}
