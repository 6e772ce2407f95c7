//! Kubernetes resource quantities (k8s.io/apimachinery v0.35 `resource.Quantity`): parsing with the
//! CRD's QUANTITY_PATTERN grammar, canonical formatting as the Go client serialises them, and
//! the arithmetic the summary and lint rules need.
//!
//! A [`ParsedQuantity`] holds its exact value as a signed count of nano-units (value × 10⁹) in an `i128`,
//! plus the [`Format`] apimachinery infers from the suffix. Like apimachinery, parsing rounds a
//! value finer than 1n away from zero ("0.1n" → 1n) and caps a BinarySI magnitude at 2⁶³−1.
//! Limit: magnitudes must stay below `i128::MAX` nanos (≈ 1.7 × 10²⁹); larger values (which Go
//! keeps in an `inf.Dec`) are a [`QuantityError`] here, and checked arithmetic returns `None`.

use magnitude::magnitude_nanos;
use std::fmt;

const NANO: i128 = 1_000_000_000;
/// apimachinery silently caps a parsed BinarySI magnitude at 2⁶³−1 (`maxAllowed`).
const BINARY_CAP: i128 = i64::MAX as i128 * NANO;
/// DecimalSI suffixes and their powers of ten ("" is 10⁰).
const DEC_SUFFIXES: [(&str, i64); 9] =
    [("n", -9), ("u", -6), ("m", -3), ("k", 3), ("M", 6), ("G", 9), ("T", 12), ("P", 15), ("E", 18)];
/// BinarySI suffixes; index k is 1024^k.
const BIN_SUFFIXES: [&str; 7] = ["", "Ki", "Mi", "Gi", "Ti", "Pi", "Ei"];

/// How apimachinery formats a quantity; inferred from the suffix at parse time.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Format {
    /// `n u m "" k M G T P E` (also used for suffix-less numbers).
    DecimalSI,
    /// `Ki Mi Gi Ti Pi Ei`.
    BinarySI,
    /// `e<N>` / `E<N>`.
    DecimalExponent,
}

/// A parsed quantity. Equality and ordering compare values only (like Go's `Quantity.Cmp`/`Equal`):
/// `parse("1Ki") == parse("1024")` although their formats differ.
#[derive(Clone, Debug)]
pub struct ParsedQuantity {
    nanos: i128,
    format: Format,
    /// The input string when Go's `ParseQuantity` caches it (it then serialises it verbatim).
    text: Option<String>,
}

/// Why a string is not a quantity.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QuantityError(pub String);

impl fmt::Display for QuantityError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for QuantityError {}

enum Suffix<'a> {
    /// A DecimalSI suffix (or none), as a power of ten.
    Dec(i64),
    /// A BinarySI suffix, as a power of two.
    Bin(u32),
    /// `e`/`E`, sign, integer digits and `Some(fraction)` when the exponent has a `.`.
    Exp { negative: bool, int: &'a str, frac: Option<&'a str> },
}

struct Scanned<'a> {
    negative: bool,
    int: &'a str,
    frac: Option<&'a str>,
    suffix: Suffix<'a>,
}

fn digits_end(b: &[u8], from: usize) -> usize {
    let mut i = from;
    while b.get(i).is_some_and(u8::is_ascii_digit) {
        i += 1;
    }
    i
}

/// Scans `[0-9]+(\.[0-9]*)?|\.[0-9]+` at `start`: (integer digits, `Some(fraction)` if a `.`, end).
fn scan_number(s: &str, start: usize) -> Result<(&str, Option<&str>, usize), String> {
    let b = s.as_bytes();
    let int_end = digits_end(b, start);
    let int = s.get(start..int_end).unwrap_or("");
    let (frac, end) = if b.get(int_end) == Some(&b'.') {
        let e = digits_end(b, int_end + 1);
        (Some(s.get(int_end + 1..e).unwrap_or("")), e)
    } else {
        (None, int_end)
    };
    if int.is_empty() && frac.is_none_or(str::is_empty) {
        return Err(match s.get(start..).and_then(|r| r.chars().next()) {
            Some(c) => format!("expected a digit, found {c:?}"),
            None => "expected a digit".into(),
        });
    }
    Ok((int, frac, end))
}

/// Explains why `rest` (everything after the number) is not a valid suffix.
fn bad_suffix(rest: &str) -> String {
    let odd = |c: char| !(c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'));
    if let Some(c) = rest.chars().find(|c| odd(*c)) {
        return format!("unexpected {c:?}");
    }
    if rest.starts_with(['e', 'E']) && rest.len() > 1 {
        return format!("malformed exponent {rest:?}");
    }
    if let Some(c) = rest.chars().find(|c| !c.is_ascii_alphanumeric()) {
        return format!("unexpected {c:?}");
    }
    format!("unknown suffix {rest:?} (expected n u m k M G T P E, Ki Mi Gi Ti Pi Ei, or an exponent like e3)")
}

fn scan_suffix(rest: &str) -> Result<Suffix<'_>, String> {
    let b = rest.as_bytes();
    let Some(&c) = b.first() else { return Ok(Suffix::Dec(0)) };
    let whole = |len: usize, suffix| if len == b.len() { Ok(suffix) } else { Err(bad_suffix(rest)) };
    if let Some(k) = BIN_SUFFIXES.iter().position(|s| !s.is_empty() && rest.starts_with(s)) {
        return whole(2, Suffix::Bin(10 * k as u32));
    }
    if matches!(c, b'e' | b'E') && b.len() > 1 {
        let (negative, start) = match b.get(1) {
            Some(b'-') => (true, 2),
            Some(b'+') => (false, 2),
            _ => (false, 1),
        };
        let (int, frac, end) = scan_number(rest, start).map_err(|_| bad_suffix(rest))?;
        return whole(end, Suffix::Exp { negative, int, frac });
    }
    match DEC_SUFFIXES.iter().find(|(s, _)| rest.starts_with(s)) {
        Some((_, e)) => whole(1, Suffix::Dec(*e)),
        None => Err(bad_suffix(rest)),
    }
}

/// Scans exactly QUANTITY_PATTERN.
fn scan(s: &str) -> Result<Scanned<'_>, String> {
    let (negative, start) = match s.as_bytes().first() {
        None => return Err("empty string".into()),
        Some(b'-') => (true, 1),
        Some(b'+') => (false, 1),
        Some(_) => (false, 0),
    };
    let (int, frac, end) = scan_number(s, start)?;
    let suffix = scan_suffix(s.get(end..).unwrap_or(""))?;
    Ok(Scanned { negative, int, frac, suffix })
}

/// Whether `s` matches the CRD's QUANTITY_PATTERN. [`parse`] accepts the same strings except those
/// Go's `ParseQuantity` rejects: a fractional exponent ("1e1.5"), an exponent outside i32, and
/// values beyond this module's range.
pub fn matches_pattern(s: &str) -> bool {
    scan(s).is_ok()
}

/// Whether Go's `ParseQuantity` takes its int64 fast path and keeps the input as the cached
/// string that `String()`/`MarshalJSON` then return verbatim (quantity.go, "canonical form").
fn go_caches(sc: &Scanned<'_>, e10: i64) -> bool {
    let num = match sc.int.trim_start_matches('0') {
        "" => "0",
        n => n,
    };
    let denom = sc.frac.unwrap_or("");
    if let Suffix::Bin(e2) = sc.suffix {
        // precision = 15 - len(num) - exponent*3/10 - 1 must be >= 0; then cache iff value&7 != 0.
        let fits = num.len() + (e2 as usize * 3 / 10) < 15;
        return denom.is_empty() && fits && num.parse::<i64>().is_ok_and(|v| v & 7 != 0);
    }
    let scale = i64::try_from(denom.len()).ok().and_then(|l| e10.checked_sub(l));
    // Go tests the text `num + denom`; read it in place rather than concatenated.
    let len = num.len() + denom.len();
    let ends_000 = len >= 3 && num.bytes().chain(denom.bytes()).skip(len - 3).all(|b| b == b'0');
    len <= 18 && scale.is_some_and(|s| s >= -9 && s % 3 == 0) && !ends_000 && !num.starts_with('0')
}

/// Parses a quantity string (QUANTITY_PATTERN in shared/spec/api.md), with apimachinery's value
/// semantics: rounding up below 1n, the BinarySI cap, BinarySI values in (0, 1) becoming DecimalSI.
pub fn parse(s: &str) -> Result<ParsedQuantity, QuantityError> {
    let (mut q, cached) = parse_uncached(s)?;
    if cached {
        q.text = Some(s.to_string());
    }
    Ok(q)
}

/// [`parse`] without keeping Go's cached input string: for comparing and printing by value
/// (`==`, `<`, `Display`, `nanos`), which never read it; `go_string` would answer the canonical
/// form. One allocation less per quantity (the lint targets parse every limit and request).
pub fn parse_value(s: &str) -> Result<ParsedQuantity, QuantityError> {
    parse_uncached(s).map(|(q, _)| q)
}

/// [`parse`] without keeping the input: the quantity, and whether Go would cache `s` (then
/// [`ParsedQuantity::go_string`] must answer `s` itself).
fn parse_uncached(s: &str) -> Result<(ParsedQuantity, bool), QuantityError> {
    let err = |why: String| QuantityError(format!("{s:?} is not a Kubernetes quantity: {why}"));
    let sc = scan(s).map_err(err)?;
    let (format, e10, e2) = match sc.suffix {
        Suffix::Dec(e) => (Format::DecimalSI, e, 0),
        Suffix::Bin(e2) => (Format::BinarySI, 0, e2),
        Suffix::Exp { frac: Some(_), .. } => return Err(err("Kubernetes accepts only an integer exponent".into())),
        Suffix::Exp { negative, int, frac: None } => {
            // Go reads the exponent with ParseInt and then truncates it to int32; we reject instead.
            let digits = match int.trim_start_matches('0') {
                "" => "0",
                d => d,
            };
            let e = digits.parse::<i64>().ok().map(|e| if negative { -e } else { e });
            let e = e.filter(|e| i32::try_from(*e).is_ok()).ok_or_else(|| err("exponent out of range".into()))?;
            (Format::DecimalExponent, e, 0)
        }
    };
    let mag = match magnitude_nanos(sc.int, sc.frac.unwrap_or(""), e10, e2) {
        Some(m) if format == Format::BinarySI => m.min(BINARY_CAP),
        Some(m) => m,
        None if format == Format::BinarySI => BINARY_CAP,
        None => return Err(err("magnitude too large (this tool supports up to about 1.7e29)".into())),
    };
    let format = if format == Format::BinarySI && mag > 0 && mag < NANO { Format::DecimalSI } else { format };
    let cached = s == "0" || go_caches(&sc, e10);
    Ok((ParsedQuantity { nanos: if sc.negative { -mag } else { mag }, format, text: None }, cached))
}

/// `parse(s)` then [`ParsedQuantity::canonical`], or `None` when `s` does not parse.
pub fn canonicalize(s: &str) -> Option<String> {
    parse(s).ok().map(|q| q.canonical())
}

/// `parse(s)` then [`ParsedQuantity::go_string`]: the exact string the Go client sends for a quantity it
/// decoded from `s` (the input itself when Go caches it, e.g. "+1", "1E3", "1.500"; else canonical).
pub fn go_string(s: &str) -> Option<String> {
    parse(s).ok().map(|q| q.go_string())
}

/// [`go_string`] only where it differs from `s`: `None` when the Go client sends `s` itself (or
/// `s` does not parse), so a normalised document keeps its strings instead of copies of them.
pub fn go_string_if_changed(s: &str) -> Option<String> {
    let (q, cached) = parse_uncached(s).ok()?;
    if cached {
        return None;
    }
    Some(q.canonical()).filter(|c| c != s)
}

/// Canonical DecimalSI string of an integer count (serving.md §5.4): 1000 → "1k", 1500 → "1500".
pub fn decimal_si(count: i64) -> String {
    ParsedQuantity::from_int(count, Format::DecimalSI).canonical()
}

/// Removes factors of `base` from `v`: (v / base^k, k) with k maximal.
fn strip_factors(mut v: u128, base: u128) -> (u128, i64) {
    // In u64 when it fits (nearly always): a 128-bit division is a library call.
    if let (Ok(mut w), Ok(b)) = (u64::try_from(v), u64::try_from(base)) {
        let mut k = 0;
        while w >= b && w % b == 0 {
            w /= b;
            k += 1;
        }
        return (u128::from(w), k);
    }
    let mut k = 0;
    while v >= base && v % base == 0 {
        v /= base;
        k += 1;
    }
    (v, k)
}

impl ParsedQuantity {
    /// An integer quantity, like Go's `NewQuantity(value, format)`.
    pub fn from_int(value: i64, format: Format) -> ParsedQuantity {
        ParsedQuantity { nanos: i128::from(value).saturating_mul(NANO), format, text: None }
    }

    /// A quantity of `nanos` × 10⁻⁹ (`None` for `i128::MIN`, whose magnitude does not fit).
    pub fn from_nanos(nanos: i128, format: Format) -> Option<ParsedQuantity> {
        (nanos != i128::MIN).then_some(ParsedQuantity { nanos, format, text: None })
    }

    /// The exact value × 10⁹.
    pub fn nanos(&self) -> i128 {
        self.nanos
    }

    pub fn format(&self) -> Format {
        self.format
    }

    pub fn is_zero(&self) -> bool {
        self.nanos == 0
    }

    pub fn is_negative(&self) -> bool {
        self.nanos < 0
    }

    /// The value rounded away from zero to an integer (Go's `Value()`), `None` if it exceeds i64.
    pub fn value(&self) -> Option<i64> {
        self.scaled_ceil(NANO)
    }

    /// ⌈value × 1000⌉ away from zero (Go's `MilliValue()`), `None` if it exceeds i64.
    pub fn milli_value(&self) -> Option<i64> {
        self.scaled_ceil(1_000_000)
    }

    fn scaled_ceil(&self, unit: i128) -> Option<i64> {
        let (q, r) = (self.nanos.checked_div(unit)?, self.nanos.checked_rem(unit)?);
        i64::try_from(q.checked_add(r.signum())?).ok()
    }

    /// apimachinery's canonical form (`CanonicalizeBytes`), ignoring Go's cached input string.
    pub fn canonical(&self) -> String {
        if self.nanos == 0 {
            return "0".into();
        }
        let sign = if self.nanos < 0 { "-" } else { "" };
        let mag = self.nanos.unsigned_abs();
        let nano = NANO.unsigned_abs();
        if self.format == Format::BinarySI && mag >= 1024 * nano && mag % nano == 0 {
            let (m, k) = strip_factors(mag / nano, 1024);
            // v0.35 drops a suffix beyond Ei (2^70 → "1"), as it does for DecimalSI.
            let suffix = usize::try_from(k).ok().and_then(|k| BIN_SUFFIXES.get(k)).copied().unwrap_or("");
            return format!("{sign}{m}{suffix}");
        }
        // DecimalSI, DecimalExponent, and BinarySI below 1024 or with a fraction.
        let (mut m, t) = strip_factors(mag, 10);
        let mut exp = t - 9;
        while exp.rem_euclid(3) != 0 {
            // Cannot overflow: the exponent never drops below -9, so m stays ≤ mag.
            m = m.saturating_mul(10);
            exp -= 1;
        }
        match self.format {
            Format::DecimalExponent if exp != 0 => format!("{sign}{m}e{exp}"),
            Format::DecimalExponent => format!("{sign}{m}"),
            // v0.35 (fixed upstream later) drops a missing SI suffix: 10²¹ serialises as "1".
            _ => format!("{sign}{m}{}", DEC_SUFFIXES.iter().find(|(_, e)| *e == exp).map_or("", |(s, _)| s)),
        }
    }

    /// What Go's `String()`/`MarshalJSON` return: the parsed input when `ParseQuantity` cached it,
    /// otherwise [`ParsedQuantity::canonical`]. Arithmetic results never carry a cached string.
    pub fn go_string(&self) -> String {
        self.text.clone().unwrap_or_else(|| self.canonical())
    }

    fn with_nanos(&self, other: &ParsedQuantity, nanos: Option<i128>) -> Option<ParsedQuantity> {
        let nanos = nanos.filter(|n| *n != i128::MIN)?;
        // Go's Add/Sub: a zero receiver takes the other operand's format.
        let format = if self.is_zero() { other.format } else { self.format };
        Some(ParsedQuantity { nanos, format, text: None })
    }

    /// `self + other` (Go's `Add`: keeps the receiver's format unless it is zero), `None` on overflow.
    pub fn add(&self, other: &ParsedQuantity) -> Option<ParsedQuantity> {
        self.with_nanos(other, self.nanos.checked_add(other.nanos))
    }

    /// `self - other` (Go's `Sub`, same format rule as [`ParsedQuantity::add`]), `None` on overflow.
    pub fn sub(&self, other: &ParsedQuantity) -> Option<ParsedQuantity> {
        self.with_nanos(other, self.nanos.checked_sub(other.nanos))
    }

    /// `self × n` (Go's `Mul`: keeps the format), `None` on overflow.
    pub fn mul_int(&self, n: i64) -> Option<ParsedQuantity> {
        self.with_nanos(self, self.nanos.checked_mul(i128::from(n)))
    }
}

mod magnitude;
mod ordering;

#[cfg(test)]
mod tests;
