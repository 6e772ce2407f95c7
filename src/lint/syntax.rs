//! Kubernetes name and label syntax (k8s.io/apimachinery `util/validation`), returning *why* a
//! string is invalid rather than a regex. Also the Prometheus duration grammar.

/// A user value for a message: quoted, and cut after 60 characters so that a huge value is not
/// repeated into the output.
pub fn short(s: &str) -> String {
    if s.chars().count() <= 64 {
        format!("{s:?}")
    } else {
        format!("{:?}", format!("{}…", s.chars().take(60).collect::<String>()))
    }
}

/// [`short`] as a `Display` value: written straight into the message it is formatted into, so a
/// rule can name a value in several messages without making a `String` first.
pub struct Short<'a>(pub &'a str);

impl std::fmt::Display for Short<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&short(self.0))
    }
}

/// A generated object name for a message: cut after 60 characters (it contains the user's name).
pub fn cut(s: &str) -> String {
    if s.chars().count() <= 64 {
        s.to_string()
    } else {
        format!("{}…", s.chars().take(60).collect::<String>())
    }
}

/// `diagnostics::closest` for short words only: a "did you mean" for a megabyte-long value is
/// useless and its edit distance slow.
pub fn closest_short<'a>(word: &str, candidates: &[&'a str]) -> Option<&'a str> {
    (word.len() <= 64).then(|| crate::diagnostics::closest(word, candidates)).flatten()
}

fn is_alnum(c: char) -> bool {
    c.is_ascii_lowercase() || c.is_ascii_digit()
}

/// `[a-z0-9]([-a-z0-9]*[a-z0-9])?`, at most `max` characters.
fn dns_part(s: &str, what: &str, allow_dot: bool) -> Result<(), String> {
    if let Some(c) = s.chars().find(|c| !(is_alnum(*c) || *c == '-' || (allow_dot && *c == '.'))) {
        let allowed = if allow_dot { "a-z, 0-9, '-' and '.'" } else { "a-z, 0-9 and '-'" };
        return Err(if c.is_ascii_uppercase() {
            format!("{what} contains the uppercase letter '{c}'; only lowercase {allowed} are allowed")
        } else {
            format!("{what} contains {c:?}; only {allowed} are allowed")
        });
    }
    // Without `allow_dot` the test above has refused every '.', so this is `s` alone.
    for p in s.split('.') {
        if p.is_empty() {
            return Err(format!("{what} has an empty part between dots (or starts or ends with '.')"));
        }
        if !p.starts_with(is_alnum) || !p.ends_with(is_alnum) {
            let around = if allow_dot { " (also around each '.')" } else { "" };
            return Err(format!("{what} must start and end with a letter or digit{around}"));
        }
    }
    Ok(())
}

/// RFC 1123 subdomain: lowercase alphanumeric parts joined by `.`, each `-` inside only, ≤ 253.
pub fn dns1123_subdomain(s: &str) -> Result<(), String> {
    if s.is_empty() {
        return Err("must not be empty".into());
    }
    let n = s.chars().count();
    if n > 253 {
        return Err(format!("it is {n} characters long; at most 253 are allowed"));
    }
    dns_part(s, "it", true)
}

/// RFC 1123 label: `[a-z0-9]([-a-z0-9]*[a-z0-9])?`, ≤ 63 (namespaces).
pub fn dns1123_label(s: &str) -> Result<(), String> {
    if s.is_empty() {
        return Err("must not be empty".into());
    }
    let n = s.chars().count();
    if n > 63 {
        return Err(format!("it is {n} characters long; at most 63 are allowed"));
    }
    dns_part(s, "it", false)
}

/// The name part of a qualified name, and a non-empty label value:
/// `[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?`, ≤ 63.
fn name_chars(s: &str, what: &str) -> Result<(), String> {
    let n = s.chars().count();
    if n > 63 {
        return Err(format!("{what} is {n} characters long; at most 63 are allowed"));
    }
    if let Some(c) = s.chars().find(|c| !(c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))) {
        return Err(format!("{what} contains {c:?}; only letters, digits, '-', '_' and '.' are allowed"));
    }
    if !s.starts_with(|c: char| c.is_ascii_alphanumeric()) || !s.ends_with(|c: char| c.is_ascii_alphanumeric()) {
        return Err(format!("{what} must start and end with a letter or digit"));
    }
    Ok(())
}

/// A label or annotation key: an optional DNS-1123-subdomain prefix (≤ 253) and `/`, then a
/// name of ≤ 63 characters `[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?`.
pub fn qualified_name(s: &str) -> Result<(), String> {
    let name =
        match s.split_once('/') {
            None => s,
            Some((prefix, name)) if !name.contains('/') => {
                if prefix.is_empty() {
                    return Err("the prefix before '/' must not be empty".into());
                }
                dns1123_subdomain(prefix)
                    .map_err(|e| format!("the prefix {} {}", short(prefix), e.replacen("it ", "", 1)))?;
                name
            }
            _ => return Err(
                "it contains more than one '/' (at most one: an optional prefix such as `example.com/`, then a name)"
                    .into(),
            ),
        };
    if name.is_empty() {
        return Err("the name part must not be empty".into());
    }
    name_chars(name, "the name part")
}

/// A label value: empty, or ≤ 63 characters `[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?`.
pub fn label_value(s: &str) -> Result<(), String> {
    if s.is_empty() {
        return Ok(());
    }
    name_chars(s, "the value")
}

/// Prometheus duration as the monitoring.coreos.com CRDs validate it:
/// `^(0|(([0-9]+)y)?(([0-9]+)w)?(([0-9]+)d)?(([0-9]+)h)?(([0-9]+)m)?(([0-9]+)s)?(([0-9]+)ms)?)$`.
pub fn prometheus_duration(s: &str) -> bool {
    const UNITS: [&str; 7] = ["y", "w", "d", "h", "m", "s", "ms"];
    if s == "0" {
        return true;
    }
    let mut rest = s;
    let mut next_unit = 0;
    while !rest.is_empty() {
        let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
        if digits == 0 {
            return false;
        }
        rest = rest.get(digits..).unwrap_or("");
        // "ms" before "m": the regex would backtrack to "ms" when "m" leaves an "s" without digits.
        let unit = if rest.starts_with("ms") { "ms" } else { rest.get(..1).unwrap_or("") };
        match UNITS.iter().skip(next_unit).position(|u| *u == unit) {
            Some(i) => next_unit += i + 1,
            None => return false,
        }
        rest = rest.get(unit.len()..).unwrap_or("");
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn subdomains_and_labels() {
        for ok in ["a", "qwen3", "qwen3.5-32b.instruct", "9b-chat", "a-b.c-d"] {
            assert!(dns1123_subdomain(ok).is_ok(), "{ok}");
        }
        for bad in ["", "Qwen3", "a..b", ".a", "a.", "-a", "a-", "a.-b", "a_b", "a b", &"a".repeat(254)] {
            assert!(dns1123_subdomain(bad).is_err(), "{bad}");
        }
        assert!(dns1123_subdomain("Qwen3").unwrap_err().contains("uppercase letter 'Q'"));
        assert!(dns1123_label("llm-d").is_ok());
        assert!(dns1123_label("a.b").is_err());
        assert!(dns1123_label(&"a".repeat(64)).is_err());
    }

    #[test]
    fn qualified_names_and_values() {
        for ok in ["gpu", "kubernetes.io/hostname", "nvidia.com/use-gputype", "A_b.c", "x/Y"] {
            assert!(qualified_name(ok).is_ok(), "{ok}");
        }
        for bad in ["", "/a", "a/", "a/b/c", "Example.com/a", "-a", "a b", &"a".repeat(64), "ex ample.com/a"] {
            assert!(qualified_name(bad).is_err(), "{bad}");
        }
        assert!(qualified_name("Example.com/a").unwrap_err().starts_with("the prefix \"Example.com\""));
        for ok in ["", "true", "A100", "gpu-node_1.x"] {
            assert!(label_value(ok).is_ok(), "{ok}");
        }
        for bad in ["-x", "x-", "a,b", "a b", &"v".repeat(64)] {
            assert!(label_value(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn short_values() {
        let long = "é".repeat(70);
        for s in ["qwen3", "a\"b", long.as_str()] {
            assert_eq!(Short(s).to_string(), short(s));
        }
        assert_eq!(Short("a\"b").to_string(), r#""a\"b""#);
        assert_eq!(Short(&long).to_string(), format!("\"{}…\"", "é".repeat(60)));
    }

    #[test]
    fn durations() {
        for ok in ["", "0", "30s", "1m", "1h30m", "1y2w3d4h5m6s7ms", "500ms", "5m30s", "10ms"] {
            assert!(prometheus_duration(ok), "{ok}");
        }
        for bad in ["30", "30S", "1.5m", "30 s", "s", "1m1h", "1s1s", "-1s", "0s0", "1ms1s", "1us"] {
            assert!(!prometheus_duration(bad), "{bad}");
        }
    }
}
