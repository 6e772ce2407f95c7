//! Object names (names-and-labels.md §2–3). None of them truncates: a long ModelService name
//! yields names the API server rejects, which lint reports.

/// `n + "-decode"`.
pub fn decode_name(n: &str) -> String {
    format!("{n}-decode")
}

/// `n + "-prefill"`.
pub fn prefill_name(n: &str) -> String {
    format!("{n}-prefill")
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
    format!("{n}-{role}")
}

/// `sanitize_dns1035_label(n) + "-epp"`: the base of every EPP-family name.
pub fn epp_name(n: &str) -> String {
    format!("{}-epp", sanitize_dns1035_label(n))
}

/// Same as [`epp_name`] (upstream `EPPNameForService`).
pub fn epp_name_for_service(n: &str) -> String {
    epp_name(n)
}

/// `epp_name(n) + "-config"`.
pub fn epp_config_map_name(n: &str) -> String {
    format!("{}-config", epp_name(n))
}

/// `epp_name(n) + "-sa-metrics-reader-secret"`.
pub fn epp_secret_name(n: &str) -> String {
    format!("{}-sa-metrics-reader-secret", epp_name(n))
}

/// Same as [`epp_name`].
pub fn epp_service_monitor_name(n: &str) -> String {
    epp_name(n)
}

/// `ns + "-" + epp_name(n)`: the namespace is used as is (cluster-scoped names must not collide).
pub fn epp_cluster_rbac_name(ns: &str, n: &str) -> String {
    format!("{ns}-{}", epp_name(n))
}

/// `*p` if set, else 1.
pub fn default_replicas(p: Option<i32>) -> i32 {
    p.unwrap_or(1)
}

/// Upstream `SanitizeDNS1035Label` (names-and-labels.md §3), including its quirks: characters
/// outside `[A-Za-z0-9._-]` are dropped (not replaced), there is no length limit.
pub fn sanitize_dns1035_label(s: &str) -> String {
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

#[cfg(test)]
mod tests {
    use super::*;

    /// SRV-SAN-1 … SRV-SAN-31 (names-and-labels.md §3 edge table).
    #[test]
    fn sanitize_edge_table() {
        let rows: &[(&str, &str)] = &[
            ("qwen3-0.6b-fp8-dynamic", "qwen3-0-6b-fp8-dynamic"),
            ("MyModel_1.0", "mymodel-1-0"),
            ("0.6b", "m-0-6b"),
            ("qwen3", "qwen3"),
            ("", "modelservice"),
            ("...", "modelservice"),
            ("___", "modelservice"),
            ("日本", "modelservice"),
            ("-a-", "a"),
            ("a..b", "a-b"),
            ("a_-_b", "a-b"),
            ("a--b", "a-b"),
            ("a__b", "a-b"),
            ("a.-b", "a-b"),
            ("x..y", "x-y"),
            ("Qwen3-0.6B", "qwen3-0-6b"),
            ("x - y", "x-y"),
            ("a/b", "ab"),
            ("ÄBc", "bc"),
            ("é-x", "x"),
            ("123", "m-123"),
            ("9", "m-9"),
            ("9x", "m-9x"),
            ("_1a", "m-1a"),
            ("-9z", "m-9z"),
            (".9a", "m-9a"),
            ("llama.3.1-8b", "llama-3-1-8b"),
            ("UPPER", "upper"),
            ("a.b.c.d", "a-b-c-d"),
            ("Qwen3.5-32B_Instruct", "qwen3-5-32b-instruct"),
            ("a\u{212A}", "a"),
        ];
        for (i, (input, want)) in rows.iter().enumerate() {
            assert_eq!(sanitize_dns1035_label(input), *want, "SRV-SAN-{} input {input:?}", i + 1);
        }
    }

    /// SRV-HT-6 / EPP-N1…N11, SRV-NM-1, EPP-R4.
    #[test]
    fn name_helpers() {
        assert_eq!(decode_name("qwen3"), "qwen3-decode");
        assert_eq!(prefill_name("qwen3"), "qwen3-prefill");
        assert_eq!(inference_pool_name("qwen3"), "qwen3");
        assert_eq!(http_route_name("qwen3"), "qwen3");
        assert_eq!(pod_monitor_name("qwen3", "decode"), "qwen3-decode");
        assert_eq!(epp_name("qwen3"), "qwen3-epp");
        assert_eq!(epp_name_for_service("qwen3-0.6b-fp8-dynamic"), "qwen3-0-6b-fp8-dynamic-epp");
        assert_eq!(epp_name_for_service("qwen3"), "qwen3-epp");
        assert_eq!(epp_config_map_name("qwen3"), "qwen3-epp-config");
        assert_eq!(epp_secret_name("qwen3"), "qwen3-epp-sa-metrics-reader-secret");
        assert_eq!(epp_service_monitor_name("qwen3"), "qwen3-epp");
        let n = "qwen3-0.6b-fp8-dynamic";
        assert_eq!(decode_name(n), "qwen3-0.6b-fp8-dynamic-decode");
        assert_eq!(prefill_name(n), "qwen3-0.6b-fp8-dynamic-prefill");
        assert_eq!(pod_monitor_name(n, "prefill"), "qwen3-0.6b-fp8-dynamic-prefill");
        assert_eq!(epp_secret_name(n), "qwen3-0-6b-fp8-dynamic-epp-sa-metrics-reader-secret");
        assert_eq!(epp_cluster_rbac_name("ns1", n), "ns1-qwen3-0-6b-fp8-dynamic-epp");
        assert_eq!(epp_name(""), "modelservice-epp");
        assert_eq!(epp_name("9b"), "m-9b-epp");
        assert_eq!(epp_name("qwen3.5"), "qwen3-5-epp");
        assert_eq!(epp_cluster_rbac_name("my-namespace", "my-model"), "my-namespace-my-model-epp");
        assert_eq!(default_replicas(None), 1);
        assert_eq!(default_replicas(Some(0)), 0);
        assert_eq!(default_replicas(Some(3)), 3);
    }
}
