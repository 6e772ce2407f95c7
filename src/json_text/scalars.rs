//! Strings and integers as JSON text: strings copied in runs between the bytes that need
//! escaping, found a word at a time.

/// `s` as a JSON string, escaped as serde_json escapes (`\"`, `\\`, `\b\f\n\r\t`, other
/// control characters as `\u00xx`; nothing else).
///
/// Checked and copied eight bytes at a time, the last word padded with spaces and the padding cut
/// off again: a copy of a run of unknown length is a `memory.copy`, which V8 runs out of line
/// (~6 ns a call, more than copying a short string word by word); nearly all strings of an
/// answer are short keys, names and labels.
pub fn write_str(out: &mut Vec<u8>, s: &str) {
    let bytes = s.as_bytes();
    reserve(out, bytes.len() + 2 + 7);
    out.push(b'"');
    let start = out.len();
    if !copy_unescaped(out, bytes) {
        return escaped(out, start, bytes);
    }
    out.push(b'"');
}

/// `,"key":` of a struct field (no comma before the first): the separator, the name and the
/// colon with one reservation and one call, where a field cost a call for its comma and a
/// `write_str` (a third of the strings of an answer are field names). A name that needs
/// escaping (none of ours; serde allows any) goes the long way.
pub(super) fn write_field_key(out: &mut Vec<u8>, comma: bool, key: &str) {
    let bytes = key.as_bytes();
    reserve(out, bytes.len() + 3 + 7);
    if comma {
        out.push(b',');
    }
    out.push(b'"');
    let start = out.len();
    if !copy_unescaped(out, bytes) {
        escaped(out, start, bytes);
    } else {
        out.push(b'"');
    }
    out.push(b':');
}

/// Appends `bytes` a word at a time; `false` (with part of `bytes` appended) as soon as a word
/// may need escaping. No loop per byte: a string of 8 bytes or more ends with its last eight
/// bytes, written over the tail of what was copied; a shorter one is read in at most three
/// pieces (4, 2 and 1 bytes, as its length has those bits) and written as one word padded with
/// spaces, the padding cut off again.
#[inline(always)]
fn copy_unescaped(out: &mut Vec<u8>, bytes: &[u8]) -> bool {
    let start = out.len();
    let n = bytes.len();
    if n >= 8 {
        let mut words = bytes.chunks_exact(8);
        for w in &mut words {
            let w = w.try_into().map_or(u64::MAX, u64::from_le_bytes);
            if needs_escape(w) {
                return false;
            }
            put_word(out, w);
        }
        if !words.remainder().is_empty() {
            let last = word_at(bytes, n - 8);
            if needs_escape(last) {
                return false;
            }
            out.truncate(start + n - 8);
            put_word(out, last);
        }
    } else if n > 0 {
        let w = short_word(bytes);
        if needs_escape(w) {
            return false;
        }
        put_word(out, w);
        out.truncate(start + n);
    }
    true
}

/// Appends `w`'s eight bytes (little-endian). The callers reserved room first, so this is one
/// store: `extend_from_slice` called `Vec::reserve` out of line for every word (~3 % of a wasm
/// render), which `opt-level = "z"` does not inline.
#[inline(always)]
fn put_word(out: &mut Vec<u8>, w: u64) {
    let len = out.len();
    if out.capacity() - len >= 8 {
        // SAFETY: the eight bytes after `len` are within the capacity; they are written (one
        // unaligned store) before the length covers them.
        unsafe {
            out.as_mut_ptr().add(len).cast::<u64>().write_unaligned(w.to_le());
            out.set_len(len + 8);
        }
    } else {
        out.extend_from_slice(&w.to_le_bytes());
    }
}

/// The eight bytes of `b` from `at` as a little-endian word (`at + 8 <= b.len()`).
#[inline(always)]
fn word_at(b: &[u8], at: usize) -> u64 {
    b.get(at..at + 8).and_then(|w| w.try_into().ok()).map_or(u64::MAX, u64::from_le_bytes)
}

/// 1–7 bytes as a little-endian word, the bytes above them spaces.
#[inline(always)]
fn short_word(b: &[u8]) -> u64 {
    let n = b.len();
    let mut w = 0;
    let mut at = 0;
    if n & 4 != 0 {
        w = b.get(..4).and_then(|p| p.try_into().ok()).map_or(0, |p| u64::from(u32::from_le_bytes(p)));
        at = 4;
    }
    if n & 2 != 0 {
        let p = b.get(at..at + 2).and_then(|p| p.try_into().ok()).map_or(0, |p| u64::from(u16::from_le_bytes(p)));
        w |= p << (8 * at);
        at += 2;
    }
    if n & 1 != 0 {
        w |= u64::from(b.get(at).copied().unwrap_or(0)) << (8 * at);
    }
    w | SPACES << (8 * (n & 7))
}

/// `out.reserve(additional)` with the check inline: `reserve` is a call at `opt-level = "z"`, made
/// for every string although the buffer seldom needs to grow.
#[inline(always)]
fn reserve(out: &mut Vec<u8>, additional: usize) {
    if out.capacity() - out.len() < additional {
        out.reserve(additional);
    }
}

const SPACES: u64 = 0x2020_2020_2020_2020;

/// The rest of `write_str` for a string that needs escaping: what was copied goes again.
#[cold]
fn escaped(out: &mut Vec<u8>, start: usize, bytes: &[u8]) {
    out.truncate(start);
    write_escaped(out, bytes);
    out.push(b'"');
}

fn write_escaped(out: &mut Vec<u8>, bytes: &[u8]) {
    let mut run = 0;
    let mut i = 0;
    while i < bytes.len() {
        // Eight bytes at a time while none needs escaping (most strings: names, labels, keys).
        if let Some(word) = bytes.get(i..i + 8).and_then(|w| <[u8; 8]>::try_from(w).ok()) {
            if !needs_escape(u64::from_le_bytes(word)) {
                i += 8;
                continue;
            }
        }
        let Some(&b) = bytes.get(i) else { break };
        i += 1;
        let short = match b {
            b'"' => b'"',
            b'\\' => b'\\',
            b'\n' => b'n',
            b'\r' => b'r',
            b'\t' => b't',
            0x08 => b'b',
            0x0c => b'f',
            0..=0x1f => b'u',
            _ => continue,
        };
        out.extend_from_slice(bytes.get(run..i - 1).unwrap_or_default());
        run = i;
        out.extend_from_slice(&[b'\\', short]);
        if short == b'u' {
            const HEX: &[u8; 16] = b"0123456789abcdef";
            let hex = |n: u8| HEX.get(usize::from(n & 0xf)).copied().unwrap_or(b'0');
            out.extend_from_slice(&[b'0', b'0', hex(b >> 4), hex(b)]);
        }
    }
    out.extend_from_slice(bytes.get(run..).unwrap_or_default());
}

/// Whether any of the eight bytes may be a control character, `"` or `\\`: the classic "has a
/// zero byte" test for the three at once. Never wrong when it says no; a rare yes is checked
/// byte by byte.
#[inline(always)]
fn needs_escape(w: u64) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let control = w.wrapping_sub(ONES * 0x20);
    let quote = (w ^ (ONES * u64::from(b'"'))).wrapping_sub(ONES);
    let backslash = (w ^ (ONES * u64::from(b'\\'))).wrapping_sub(ONES);
    (control | quote | backslash) & !w & HIGH != 0
}

pub(super) fn write_u64(out: &mut Vec<u8>, mut n: u64) {
    let mut digits = [0u8; 20];
    let mut at = digits.len();
    loop {
        at -= 1;
        if let Some(d) = digits.get_mut(at) {
            *d = b'0' + (n % 10) as u8;
        }
        n /= 10;
        if n == 0 {
            break;
        }
    }
    out.extend_from_slice(digits.get(at..).unwrap_or_default());
}

pub(super) fn write_i64(out: &mut Vec<u8>, n: i64) {
    if n < 0 {
        out.push(b'-');
    }
    write_u64(out, n.unsigned_abs());
}
