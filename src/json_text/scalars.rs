//! Strings and integers as JSON text: strings copied in runs between the bytes that need
//! escaping, found a word at a time.

/// `s` as a JSON string, escaped as serde_json escapes (`\"`, `\\`, `\b\f\n\r\t`, other
/// control characters as `\u00xx`; nothing else).
pub fn write_str(out: &mut Vec<u8>, s: &str) {
    out.reserve(s.len() + 2);
    out.push(b'"');
    let bytes = s.as_bytes();
    if clean(bytes) {
        out.extend_from_slice(bytes);
    } else {
        write_escaped(out, bytes);
    }
    out.push(b'"');
}

/// Whether no byte needs escaping: a word at a time, the last one padded.
#[inline(always)]
fn clean(bytes: &[u8]) -> bool {
    let mut words = bytes.chunks_exact(8);
    for w in &mut words {
        if w.try_into().map_or(true, |w| needs_escape(u64::from_le_bytes(w))) {
            return false;
        }
    }
    let rest = words.remainder();
    let mut last = [b' '; 8];
    if let Some(head) = last.get_mut(..rest.len()) {
        head.copy_from_slice(rest);
    }
    !needs_escape(u64::from_le_bytes(last))
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
