//! Expected strings come from serving.md §5.4 and apimachinery's own quantity_test.go
//! (TestQuantityParse, TestQuantityString, TestQuantityParseEmit, TestNewSet), plus hand-derived
//! cases following quantity.go / amount.go.

use super::*;
use std::cmp::Ordering;

fn q(s: &str) -> ParsedQuantity {
    match parse(s) {
        Ok(q) => q,
        Err(e) => panic!("{s}: {e}"),
    }
}

#[test]
fn decimal_si_matches_serving_5_4() {
    let table: &[(i64, &str)] = &[
        (1, "1"),
        (4, "4"),
        (8, "8"),
        (10, "10"),
        (16, "16"),
        (100, "100"),
        (1000, "1k"),
        (1500, "1500"),
        (2000, "2k"),
        (10000, "10k"),
        (20000, "20k"),
        (1000000, "1M"),
        (2147483647, "2147483647"),
        (0, "0"),
        (-1000, "-1k"),
        (1234000, "1234k"),
        (i64::MAX, "9223372036854775807"),
        (i64::MIN, "-9223372036854775808"),
    ];
    for (count, want) in table {
        assert_eq!(decimal_si(*count), *want, "{count}");
    }
}

#[test]
fn canonical_forms() {
    let table: &[(&str, &str)] = &[
        ("100m", "100m"),
        ("0.1", "100m"),
        ("1Gi", "1Gi"),
        ("1024Mi", "1Gi"),
        ("1000Mi", "1000Mi"),
        ("1536Mi", "1536Mi"),
        ("1.5Gi", "1536Mi"),
        ("0.5Gi", "512Mi"),
        ("1024Ki", "1Mi"),
        ("64Gi", "64Gi"),
        ("8Gi", "8Gi"),
        ("16Gi", "16Gi"),
        ("2", "2"),
        ("1e3", "1e3"),
        ("500m", "500m"),
        ("1.5", "1500m"),
        ("0", "0"),
        ("-0", "0"),
        ("0Gi", "0"),
        ("0.000", "0"),
        ("-1", "-1"),
        ("0.5Ki", "512"),
        ("1.5Ki", "1536"),
        ("1k", "1k"),
        ("1000k", "1M"),
        ("1000", "1k"),
        ("1500", "1500"),
        ("2048", "2048"),
        ("1.0", "1"),
        ("+1", "1"),
        ("007", "7"),
        ("1.", "1"),
        ("1.G", "1G"),
        ("0.1m", "100u"),
        ("12e-3", "12e-3"),
        ("1.5e3", "1500"),
        ("2E6", "2e6"),
        ("1E", "1E"),
        ("12E", "12E"),
        ("1E18", "1e18"),
        ("1e-1", "100e-3"),
        ("10e3", "10e3"),
        ("1000e3", "1e6"),
        ("0.5e0", "500e-3"),
        ("0.5e-2", "5e-3"),
        ("1.3E+6", "1300e3"),
        ("1.7E18", "1700e15"),
        ("1000M", "1G"),
        ("100.035k", "100035"),
        ("10.035M", "10035k"),
        ("1.01E", "1010P"),
        ("40.1T", "40100G"),
        ("6.987654321G", "6987654321"),
        ("-1.5Gi", "-1536Mi"),
        ("-0.5Ki", "-512"),
        ("3Ei", "3Ei"),
        ("4Pi", "4Pi"),
        ("1023", "1023"),
        ("1025Mi", "1025Mi"),
        ("0.05Gi", "53687091200m"),
        ("0.025Ti", "27487790694400m"),
        ("100.035Ki", "102435840m"),
        // rounding up below 1n (away from zero)
        (".001Ki", "1024m"),
        (".000001Ki", "1024u"),
        (".000000001Ki", "1024n"),
        (".000000000001Ki", "2n"),
        ("-.000000000001Ki", "-2n"),
        ("3.001n", "4n"),
        ("0.9n", "1n"),
        ("0.0000000001", "1n"),
        ("0.00000012345", "124n"),
        ("1.1E-9", "2e-9"),
        ("0.5e-9", "1e-9"),
        ("1e-2000000000", "1e-9"),
        // BinarySI is capped at 2^63-1
        ("8Ei", "9223372036854775807"),
        ("9Ei", "9223372036854775807"),
        ("-9Ei", "-9223372036854775807"),
        ("9223372036854775807Ki", "9223372036854775807"),
        // v0.35 drops a DecimalSI suffix beyond E
        ("1000E", "1"),
        ("1000000000000000000000", "1"),
        ("1500E", "1500E"),
    ];
    for (input, want) in table {
        assert_eq!(q(input).canonical(), *want, "{input}");
        assert_eq!(canonicalize(input).as_deref(), Some(*want), "{input}");
        // apimachinery's tests also check the negated input (TestQuantityParseEmit)
        if *want != "0" && !input.starts_with('-') {
            let neg = format!("-{}", input.trim_start_matches('+'));
            assert_eq!(q(&neg).canonical(), format!("-{want}"), "{neg}");
        }
    }
}

#[test]
fn formats_inferred_like_apimachinery() {
    let table: &[(&str, Format)] = &[
        ("0", Format::DecimalSI),
        ("0Ki", Format::BinarySI),
        ("1", Format::DecimalSI),
        ("1Mi", Format::BinarySI),
        ("5n", Format::DecimalSI),
        ("1E", Format::DecimalSI),
        ("1E-3", Format::DecimalExponent),
        ("0.5e0", Format::DecimalExponent),
        ("0.000000000001Ki", Format::DecimalSI), // rounds up to 2n and changes format
        ("0.5Ki", Format::BinarySI),
    ];
    for (input, want) in table {
        assert_eq!(q(input).format(), *want, "{input}");
    }
}

#[test]
fn go_string_keeps_inputs_go_caches() {
    // (input, what Go's String()/MarshalJSON emit after ParseQuantity)
    let table: &[(&str, &str)] = &[
        // TestQuantityString: canonical strings are cached, alternates are re-canonicalised
        ("1Gi", "1Gi"),
        ("1024Mi", "1Gi"),
        ("300Mi", "300Mi"),
        ("307200Ki", "300Mi"),
        ("1001Gi", "1001Gi"),
        ("1025024Mi", "1001Gi"),
        ("1Ti", "1Ti"),
        ("1024Gi", "1Ti"),
        ("5000m", "5"),
        ("0.5", "500m"),
        ("1000M", "1G"),
        ("0.001T", "1G"),
        ("1000u", "1m"),
        ("1.08", "1080m"),
        ("1080000000n", "1080m"),
        (".001e12", "1e9"),
        ("0.001e0", "1e-3"),
        ("1000e-12", "1e-9"),
        ("00", "0"),
        ("1234567M", "1234567M"),
        // non-canonical spellings Go keeps verbatim
        ("+1", "+1"),
        ("007", "007"),
        ("1E3", "1E3"),
        ("1e+3", "1e+3"),
        ("1e0", "1e0"),
        ("1.500", "1.500"),
        ("1.k", "1.k"),
        ("+1Gi", "+1Gi"),
        ("012Gi", "012Gi"),
        ("1.Gi", "1.Gi"),
        // ...and ones it does not
        ("+8Gi", "8Gi"),
        ("1.000", "1"),
        ("0.500", "500m"),
        ("1.5Gi", "1536Mi"),
        ("100000", "100k"),
        ("1Pi", "1Pi"),
        ("1234567890123456789", "1234567890123456789"),
    ];
    for (input, want) in table {
        assert_eq!(go_string(input).as_deref(), Some(*want), "{input}");
    }
    // arithmetic clears the cached string, as Go's Add/Mul do
    assert_eq!(q("+1").add(&q("0")).map(|x| x.go_string()).as_deref(), Some("1"));
    assert_eq!(q("1E3").mul_int(1).map(|x| x.go_string()).as_deref(), Some("1e3"));
}

#[test]
fn rejects_non_quantities() {
    let bad = [
        "",
        " 1",
        "1 ",
        "1.5.2",
        "Gi",
        "1Gb",
        "1ki",
        "--1",
        "+-1",
        "1e",
        "0x10",
        "∞",
        ".",
        "-.",
        "+",
        "1K",
        "1mi",
        "1.1.M",
        "1+1.0M",
        "0.1mi",
        "0.1am",
        "aoeu",
        ".5i",
        "1i",
        "-3.01i",
        "-3.01e-",
        "1e+",
        "1E3.",
        "1,5",
        "1_000",
        "1Gi ",
        "1\n",
        "1e1.5",
        "1e.5",
        "1e99999999999",
        "1e2147483648",
        "1e100",
        "1000000000000000000000000000000",
    ];
    for s in bad {
        assert!(parse(s).is_err(), "{s:?} parsed");
        assert_eq!(canonicalize(s), None, "{s:?}");
    }
    // pattern-valid but rejected (Go cannot parse a fractional exponent; huge values are out of range)
    for s in ["1e1.5", "1e.5", "1E3.", "1e100", "1e2147483648"] {
        assert!(matches_pattern(s), "{s:?}");
    }
    for s in ["", " 1", "1 ", "1Gb", "1ki", "1e", "--1", ".", "1e+"] {
        assert!(!matches_pattern(s), "{s:?}");
    }
    assert!(parse("1e2147483647").is_err());
    assert!(parse("1e-2147483648").is_ok());
}

#[test]
fn error_messages_are_short() {
    let msg = |s: &str| parse(s).err().map(|e| e.to_string()).unwrap_or_default();
    assert_eq!(msg("1.5 Gi"), "\"1.5 Gi\" is not a Kubernetes quantity: unexpected ' '");
    assert_eq!(msg(""), "\"\" is not a Kubernetes quantity: empty string");
    assert_eq!(msg("Gi"), "\"Gi\" is not a Kubernetes quantity: expected a digit, found 'G'");
    assert_eq!(msg("--1"), "\"--1\" is not a Kubernetes quantity: expected a digit, found '-'");
    assert_eq!(msg("1.5.2"), "\"1.5.2\" is not a Kubernetes quantity: unexpected '.'");
    assert_eq!(msg("1e1.5"), "\"1e1.5\" is not a Kubernetes quantity: Kubernetes accepts only an integer exponent");
    assert_eq!(msg("1e+"), "\"1e+\" is not a Kubernetes quantity: malformed exponent \"e+\"");
    assert!(msg("1Gb").contains("unknown suffix \"Gb\""), "{}", msg("1Gb"));
    assert!(msg("1ki").contains("unknown suffix \"ki\""));
}

#[test]
fn values_and_limits() {
    assert_eq!(q("1.5Gi").nanos(), 1_610_612_736 * NANO);
    assert_eq!(q("100m").nanos(), 100_000_000);
    assert_eq!(q("1.1").value(), Some(2));
    assert_eq!(q("-1.1").value(), Some(-2));
    assert_eq!(q("1n").milli_value(), Some(1));
    assert_eq!(q("64Gi").value(), Some(68_719_476_736));
    assert_eq!(q("100E").value(), None);
    // the largest accepted magnitude is just below i128::MAX nanos
    assert!(parse("170141183460469231731687303715e0").is_ok());
    assert!(parse("170141183460469231731687303716").is_err());
    assert!(parse("1e29").is_ok());
    assert!(parse("1e30").is_err());
    assert_eq!(q("100E").canonical(), "100E");
}

#[test]
fn arithmetic_and_ordering() {
    let sum = q("1Gi").add(&q("512Mi"));
    assert_eq!(sum.as_ref().map(ParsedQuantity::canonical).as_deref(), Some("1536Mi"));
    // the receiver's format wins; a zero receiver takes the other's (TestQuantityAddZeroPreservesSuffix)
    assert_eq!(q("1k").add(&q("1Ki")).map(|x| x.canonical()).as_deref(), Some("2024"));
    assert_eq!(q("1Ki").add(&q("1k")).map(|x| x.canonical()).as_deref(), Some("2024"));
    assert_eq!(q("1Ki").add(&q("1Ki")).map(|x| x.canonical()).as_deref(), Some("2Ki"));
    assert_eq!(q("0").add(&q("1Gi")).map(|x| x.canonical()).as_deref(), Some("1Gi"));
    assert_eq!(q("1Gi").add(&q("0")).map(|x| x.canonical()).as_deref(), Some("1Gi"));
    assert_eq!(q("0").add(&q("100m")).map(|x| x.canonical()).as_deref(), Some("100m"));
    assert_eq!(q("0").sub(&q("1Gi")).map(|x| x.canonical()).as_deref(), Some("-1Gi"));
    assert_eq!(q("1").sub(&q("100m")).map(|x| x.canonical()).as_deref(), Some("900m"));
    assert_eq!(q("8Gi").mul_int(4).map(|x| x.canonical()).as_deref(), Some("32Gi"));
    assert_eq!(q("500m").mul_int(3).map(|x| x.canonical()).as_deref(), Some("1500m"));
    assert_eq!(q("1").mul_int(0).map(|x| x.canonical()).as_deref(), Some("0"));
    assert_eq!(q("8Ei").mul_int(256).map(|x| x.canonical()).as_deref(), Some("2361183241434822606592"));
    assert_eq!(q("1Ei").mul_int(1024).map(|x| x.canonical()).as_deref(), Some("1")); // v0.35 drops the suffix
    assert!(q("1e29").mul_int(2).is_none());
    assert!(q("1e29").add(&q("1e29")).is_none());
    assert!(q("-1e29").sub(&q("1e29")).is_none());
    assert!(q("100m") > q("50m"));
    assert!(q("10000T") > q("100Gi"));
    assert!(q("-1") < q("0"));
    assert_eq!(q("1Ki"), q("1024"));
    assert_eq!(q("1Gi"), q("1024Mi"));
    assert_eq!(q("1Ki").cmp(&q("1.024k")), Ordering::Equal);
    assert!(q("0Gi").is_zero() && !q("1n").is_zero() && q("-1n").is_negative());
    assert_eq!(
        ParsedQuantity::from_nanos(1_500_000_000, Format::DecimalSI).map(|x| x.to_string()).as_deref(),
        Some("1500m")
    );
    assert!(ParsedQuantity::from_nanos(i128::MIN, Format::DecimalSI).is_none());
    assert_eq!(ParsedQuantity::from_int(1024, Format::BinarySI).canonical(), "1Ki");
    assert_eq!(ParsedQuantity::from_int(1000000, Format::DecimalExponent).canonical(), "1e6");
}

/// `go_string_if_changed` is `go_string` where that is not the input, and `None` elsewhere.
#[test]
fn go_string_if_changed_is_go_string_minus_the_unchanged() {
    for s in [
        "1Gi", "1024Mi", "0.5", "+1", "007", "1E3", "1.500", "+8Gi", "1.000", "100000", "0", "00", "64Gi", "8", "500m",
        "0.1", "1e3", "x", "", "1e100", "1.5Gi", "-0", "2k", "2000",
    ] {
        let want = go_string(s).filter(|g| g != s);
        assert_eq!(go_string_if_changed(s), want, "{s:?}");
    }
    assert_eq!(go_string_if_changed("0.5").as_deref(), Some("500m"));
    assert_eq!(go_string_if_changed("+1"), None);
    assert_eq!(go_string_if_changed("64Gi"), None);
}

/// `strip_factors` answers alike on both sides of its u64 shortcut.
#[test]
fn strip_factors_across_the_u64_limit() {
    let cases: &[(u128, u128, (u128, i64))] = &[
        (0, 10, (0, 0)),
        (7, 10, (7, 0)),
        (4_000_000_000, 10, (4, 9)),
        (10u128.pow(19), 10, (1, 19)),
        (10u128.pow(20), 10, (1, 20)),
        (123 * 10u128.pow(30), 10, (123, 30)),
        (u128::from(u64::MAX), 10, (u128::from(u64::MAX), 0)),
        (u128::from(u64::MAX) + 1, 1024, (16, 6)),
        (3 << 70, 1024, (3, 7)),
        (68_719_476_736, 1024, (64, 3)),
    ];
    for &(v, base, want) in cases {
        assert_eq!(strip_factors(v, base), want, "{v} / {base}");
    }
}

/// `parse_value` is `parse` without the cached text: the same value, format and errors.
#[test]
fn parse_value_is_parse_without_the_text() {
    for s in
        ["1", "+1", "1E3", "1.500", "0.5", "32Gi", "500m", "-1", "1e3", "bad", "", "12345678901234567890123", "1.5Gi"]
    {
        match (parse(s), parse_value(s)) {
            (Ok(a), Ok(b)) => {
                assert_eq!((a.nanos, a.format, a.canonical()), (b.nanos, b.format, b.canonical()), "{s}");
                assert_eq!(b.text, None, "{s}");
            }
            (Err(a), Err(b)) => assert_eq!(a, b, "{s}"),
            (a, b) => panic!("{s}: {a:?} vs {b:?}"),
        }
    }
    assert_eq!(parse("+1").map(|q| q.text), Ok(Some("+1".to_string())));
}
