//! Object names (names-and-labels.md §2–3). None of them truncates: a long ModelService name
//! yields names the API server rejects, which lint reports.

/// `parts` joined, in one allocation of the exact length: names are asked for ~20 times per
/// render, and `format!` (the formatting machinery plus a growing buffer) cost more than the
/// copy (BENCHMARKS.md, "P2/P3: evening, the build path").
fn concat(parts: &[&str]) -> String {
    let mut s = String::with_capacity(parts.iter().map(|p| p.len()).sum());
    for p in parts {
        s.push_str(p);
    }
    s
}

/// `n + "-decode"`.
pub fn decode_name(n: &str) -> String {
    concat(&[n, "-decode"])
}

/// `n + "-prefill"`.
pub fn prefill_name(n: &str) -> String {
    concat(&[n, "-prefill"])
}

/// The InferencePool is named after the raw ModelService name.
pub fn inference_pool_name(n: &str) -> String {
    n.to_string()
}

/// The HTTPRoute is named after the raw ModelService name.
pub fn http_route_name(n: &str) -> String {
    n.to_string()
}

/// `n + "-" + role`: the same strings as the Deployment names.
pub fn pod_monitor_name(n: &str, role: &str) -> String {
    concat(&[n, "-", role])
}

/// `before + sanitize_dns1035_label(n) + "-epp" + after`, without a copy of the label when `n`
/// already is one (nearly always).
fn epp_name_in(before: &str, n: &str, after: &str) -> String {
    if is_sanitized(n) {
        concat(&[before, n, "-epp", after])
    } else {
        concat(&[before, &sanitize_slowly(n), "-epp", after])
    }
}

/// `sanitize_dns1035_label(n) + "-epp"`: the base of every EPP-family name.
pub fn epp_name(n: &str) -> String {
    epp_name_in("", n, "")
}

/// Same as [`epp_name`] (upstream `EPPNameForService`).
pub fn epp_name_for_service(n: &str) -> String {
    epp_name(n)
}

/// `epp_name(n) + "-config"`.
pub fn epp_config_map_name(n: &str) -> String {
    epp_name_in("", n, "-config")
}

/// `epp_name(n) + "-sa-metrics-reader-secret"`.
pub fn epp_secret_name(n: &str) -> String {
    epp_name_in("", n, "-sa-metrics-reader-secret")
}

/// Same as [`epp_name`].
pub fn epp_service_monitor_name(n: &str) -> String {
    epp_name(n)
}

/// `ns + "-" + epp_name(n)`: the namespace is used as is (cluster-scoped names must not collide).
pub fn epp_cluster_rbac_name(ns: &str, n: &str) -> String {
    epp_name_in(&concat(&[ns, "-"]), n, "")
}

/// `*p` if set, else 1.
pub fn default_replicas(p: Option<i32>) -> i32 {
    p.unwrap_or(1)
}

/// Upstream `SanitizeDNS1035Label` (names-and-labels.md §3), including its quirks: characters
/// outside `[A-Za-z0-9._-]` are dropped (not replaced), there is no length limit.
pub fn sanitize_dns1035_label(s: &str) -> String {
    // Most names are already labels, which the steps below return unchanged; render asks ~20
    // times per call (BENCHMARKS.md, "P2/P3: render speed").
    if is_sanitized(s) {
        return s.to_string();
    }
    sanitize_slowly(s)
}

/// Non-empty `[a-z0-9-]`, not starting with a digit or `-`, not ending with `-`, no `--`.
fn is_sanitized(s: &str) -> bool {
    let b = s.as_bytes();
    let inner = |c: &u8| matches!(c, b'a'..=b'z' | b'0'..=b'9' | b'-');
    b.first().is_some_and(u8::is_ascii_lowercase)
        && b.last().is_some_and(|c| *c != b'-')
        && b.iter().all(inner)
        && !b.windows(2).any(|w| w == b"--")
}

fn sanitize_slowly(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            'a'..='z' | '0'..='9' => out.push(c),
            'A'..='Z' => out.push(c.to_ascii_lowercase()),
            '.' | '_' | '-' => out.push('-'),
            _ => {}
        }
    }
    let trimmed = out.trim_matches('-');
    let mut collapsed = String::with_capacity(trimmed.len());
    for c in trimmed.chars() {
        if c == '-' && collapsed.ends_with('-') {
            continue;
        }
        collapsed.push(c);
    }
    if collapsed.is_empty() {
        return "modelservice".to_string();
    }
    if collapsed.starts_with(|c: char| c.is_ascii_digit()) {
        collapsed.insert_str(0, "m-");
    }
    if collapsed.ends_with('-') {
        collapsed.pop();
    }
    collapsed
}

// Conformance cases (SRV-HT, SRV-SAN, SRV-LT, SRV-LB, SRV-ST, EPP-N) live in tests/cases_*.rs.

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shortcut_answers_what_the_steps_answer() {
        let alphabet = ["a", "z", "0", "9", "-", "A", ".", "_", "é", "--"];
        let mut words = vec![String::new()];
        for _ in 0..4 {
            let longer: Vec<String> =
                words.iter().flat_map(|w| alphabet.iter().map(move |c| format!("{w}{c}"))).collect();
            words.extend(longer);
        }
        let mut shortcut = 0;
        for w in &words {
            assert_eq!(sanitize_dns1035_label(w), sanitize_slowly(w), "{w:?}");
            if is_sanitized(w) {
                assert_eq!(sanitize_slowly(w), *w);
                shortcut += 1;
            }
        }
        assert!(shortcut > 300, "{shortcut} of {} words took the shortcut", words.len());
        assert_eq!(epp_name("qwen3-8b"), "qwen3-8b-epp");
        assert_eq!(epp_name("9Qwen..3"), "m-9qwen-3-epp");
        assert_eq!(epp_config_map_name("9Qwen..3"), "m-9qwen-3-epp-config");
        assert_eq!(epp_secret_name("qwen3-8b"), "qwen3-8b-epp-sa-metrics-reader-secret");
        assert_eq!(epp_cluster_rbac_name("team-a", "Qwen3"), "team-a-qwen3-epp");
        assert_eq!(epp_cluster_rbac_name("", ""), "-modelservice-epp");
        assert_eq!(pod_monitor_name("m", "decode"), "m-decode");
        assert_eq!((decode_name("m"), prefill_name("")), ("m-decode".to_string(), "-prefill".to_string()));
    }
}
