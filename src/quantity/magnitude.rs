//! A quantity's magnitude in nanos from its decimal digits and exponents: in 64-bit arithmetic
//! when the digits fit (every quantity anyone writes), else on a digit vector.

/// Multiplies a big-endian decimal digit vector by `m` (≤ 1024) in place.
fn mul_small(digits: &mut Vec<u8>, m: u32) {
    let mut carry = 0u32;
    for d in digits.iter_mut().rev() {
        let x = u32::from(*d) * m + carry;
        *d = (x % 10) as u8;
        carry = x / 10;
    }
    while carry > 0 {
        digits.insert(0, (carry % 10) as u8);
        carry /= 10;
    }
}

fn digits_to_i128(digits: &[u8]) -> Option<i128> {
    digits.iter().try_fold(0i128, |acc, d| acc.checked_mul(10)?.checked_add(i128::from(*d)))
}

/// ⌈int.frac × 10^e10 × 2^e2 × 10⁹⌉ (the magnitude in nanos, rounded up), `None` on overflow.
pub(super) fn magnitude_nanos(int: &str, frac: &str, e10: i64, e2: u32) -> Option<i128> {
    match small_mantissa(int, frac, e2) {
        Some(m) => scale_to_nanos(m, frac.len(), e10),
        None => magnitude_nanos_by_digits(int, frac, e10, e2),
    }
}

/// The digits of `int.frac` as one integer, times 2^e2, when they fit in a u64 (every quantity
/// anyone writes): no digit vector and no 128-bit multiplication per digit. Then the product
/// fits in an i128 (< 2⁶⁴ × 2⁶⁰). `None` sends the caller to [`magnitude_nanos_by_digits`].
pub(super) fn small_mantissa(int: &str, frac: &str, e2: u32) -> Option<i128> {
    let mut m: u64 = 0;
    for b in int.bytes().chain(frac.bytes()) {
        m = m.checked_mul(10)?.checked_add(u64::from(b.wrapping_sub(b'0')))?;
    }
    (e2 <= 60).then(|| i128::from(m) << e2)
}

/// `m × 10^(e10 − frac_len + 9)`, rounded up when that cuts digits; as the end of
/// [`magnitude_nanos_by_digits`] for a digit vector whose value is `m`.
fn scale_to_nanos(m: i128, frac_len: usize, e10: i64) -> Option<i128> {
    if m == 0 {
        return Some(0);
    }
    let p = e10.checked_sub(i64::try_from(frac_len).ok()?)?.checked_add(9)?;
    if p >= 0 {
        let p = u32::try_from(p).ok().filter(|p| *p <= 38)?;
        return m.checked_mul(10i128.checked_pow(p)?);
    }
    // 10^39 exceeds every i128: all of `m` is cut off, leaving only the rounding.
    let Some(unit) = u32::try_from(p.unsigned_abs()).ok().and_then(|q| 10i128.checked_pow(q)) else {
        return Some(1);
    };
    Some(m / unit + i128::from(m % unit != 0))
}

/// [`magnitude_nanos`] on a decimal digit vector, for mantissas beyond a u64.
pub(super) fn magnitude_nanos_by_digits(int: &str, frac: &str, e10: i64, e2: u32) -> Option<i128> {
    let mut digits: Vec<u8> =
        int.bytes().chain(frac.bytes()).map(|c| c.wrapping_sub(b'0')).skip_while(|d| *d == 0).collect();
    if digits.is_empty() {
        return Some(0);
    }
    let mut left = e2;
    while left > 0 {
        let step = left.min(10);
        left -= step;
        mul_small(&mut digits, 1 << step);
    }
    let p = e10.checked_sub(i64::try_from(frac.len()).ok()?)?.checked_add(9)?;
    if p >= 0 {
        let p = u32::try_from(p).ok().filter(|p| *p <= 38)?;
        return digits_to_i128(&digits)?.checked_mul(10i128.checked_pow(p)?);
    }
    let cut = usize::try_from(p.unsigned_abs()).ok().and_then(|q| digits.len().checked_sub(q)).unwrap_or(0);
    let (head, tail) = digits.split_at(cut.min(digits.len()));
    let rounding = i128::from(tail.iter().any(|d| *d != 0));
    digits_to_i128(head)?.checked_add(rounding)
}

#[cfg(test)]
mod tests;
