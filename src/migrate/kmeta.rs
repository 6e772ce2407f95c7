//! knative's `kmeta.ChildName(parent, suffix)`, which names every object KServe's
//! LLMInferenceService controller creates (knative.dev/pkg at the commit KServe v0.20.0 pins,
//! `kmeta/names.go`; docs/migration.md, "How KServe builds the objects"). Lengths are in bytes, as
//! in Go; the names it is given here are DNS labels, so ASCII.

use super::md5;

/// The longest Kubernetes object name a child gets.
const LONGEST: usize = 63;
/// What is left of the 63 for the parent (and a short suffix) beside a 32-digit MD5.
const HEAD: usize = LONGEST - 32;

/// `parent + suffix` when it fits in 63 bytes. Otherwise, for a suffix shorter than 31 bytes,
/// the parent's first `31 - len(suffix)` bytes, the MD5 of the parent, then the suffix (63 bytes).
/// For a suffix of 31 bytes or more, the parent's first 31 bytes, the MD5 of `parent + suffix`,
/// the suffix's start up to 63 bytes, and no trailing non-alphanumeric character.
pub fn child_name(parent: &str, suffix: &str) -> String {
    if parent.len() + suffix.len() <= LONGEST {
        return [parent, suffix].concat();
    }
    let whole = suffix.len() >= HEAD;
    let (keep, hashed) =
        if whole { (HEAD, [parent, suffix].concat()) } else { (HEAD - suffix.len(), parent.to_string()) };
    let mut name = [prefix(parent, keep), &md5::hex(hashed.as_bytes())].concat();
    let mut tail = suffix;
    if whole {
        let pad = prefix(suffix, LONGEST.saturating_sub(name.len()));
        // Go's makeValidName: no trailing non-alphanumeric byte (the hash before it is hex).
        let end = pad.bytes().rposition(|b| b.is_ascii_alphanumeric()).map_or(0, |i| i + 1);
        tail = pad.get(..end).unwrap_or("");
    }
    name.push_str(tail);
    name
}

/// The first `n` bytes of `s` (Go's `s[:n]`), shortened to a character boundary: Go cuts inside a
/// character, which no valid name has.
fn prefix(s: &str, n: usize) -> &str {
    (0..=n.min(s.len())).rev().find_map(|i| s.get(..i)).unwrap_or("")
}
