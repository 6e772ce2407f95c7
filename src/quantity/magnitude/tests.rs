use super::*;

/// The u64 fast path of `magnitude_nanos` answers as the digit-vector path it short-cuts, on
/// mantissas around the u64 limit, leading and trailing zeros, every binary suffix and decimal
/// exponents from far below 1n to past the i128 range.
#[test]
fn fast_magnitude_matches_the_digit_path() {
    let ints = [
        "",
        "0",
        "000",
        "1",
        "7",
        "10",
        "999",
        "1000",
        "0012",
        "123456789",
        "18446744073709551615",
        "18446744073709551616",
        "99999999999999999999",
        "170141183460469231731687303715",
    ];
    let fracs = ["", "0", "5", "001", "000", "123456789", "9999999999", "00000000000000000001"];
    let e10s: Vec<i64> = (-45..=45).chain([i64::MIN, -100, 100, i64::MAX]).collect();
    let mut compared = 0;
    for int in ints {
        for frac in fracs {
            for &e10 in &e10s {
                for e2 in (0..=60).step_by(10) {
                    let fast = magnitude_nanos(int, frac, e10, e2);
                    assert_eq!(fast, magnitude_nanos_by_digits(int, frac, e10, e2), "{int}.{frac} e10={e10} e2={e2}");
                    compared += 1;
                }
            }
        }
    }
    assert_eq!(compared, 14 * 8 * 95 * 7);
    // both paths are taken above
    assert!(small_mantissa("18446744073709551615", "", 60).is_some());
    assert!(small_mantissa("18446744073709551616", "", 0).is_none());
}
