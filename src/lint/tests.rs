//! Registry-wide tests: unique codes, one severity per code, real console specs stay clean.

use super::testing::{console_specs, doc, prepare, settings};
use super::*;
use crate::config::OperatorVersion;
use serde_json::json;
use std::collections::BTreeSet;

fn lint(d: serde_json::Value, s: &Settings) -> Vec<Diagnostic> {
    let p = prepare(d, s);
    check(p.model.as_ref().unwrap(), &p.defaulted, &p.defaulted_paths, s)
}

#[test]
fn codes_are_unique_kebab_case_and_summarised() {
    let mut seen = BTreeSet::new();
    for r in RULES {
        assert!(seen.insert(r.code), "duplicate code {}", r.code);
        assert!(r.code.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'), "{}", r.code);
        assert!(!r.summary.is_empty());
        assert_eq!(rule(r.code).map(|x| x.code), Some(r.code));
    }
}

#[test]
fn console_specs_have_no_errors_or_warnings() {
    for v in [OperatorVersion::V1_0_1, OperatorVersion::V0_9_0Alpha2] {
        for spec in console_specs() {
            let mut spec = spec;
            if v == OperatorVersion::V0_9_0Alpha2 {
                for role in ["decode", "prefill"] {
                    if let Some(r) = spec.pointer_mut(&format!("/spec/{role}")).and_then(|r| r.as_object_mut()) {
                        r.remove("annotations");
                    }
                }
            }
            let got = lint(doc(&spec), &settings(v));
            let bad: Vec<_> = got.iter().filter(|d| d.severity != Severity::Info).collect();
            assert!(bad.is_empty(), "{v:?}: {bad:#?}");
        }
    }
}

/// Every diagnostic any rule emits carries its registered severity (the per-rule tables check
/// their own rule; this runs them all on a spec that trips most of them).
#[test]
fn emitted_severities_match_the_registry() {
    let broken = json!({
        "metadata": {"name": "Bad_Name"},
        "spec": {
            "model": {"imagePullSecrets": [{}]},
            "engine": {
                "port": 8200,
                "imagePullPolicy": "always",
                "args": ["--port", "1", "--max-model-len 8192"],
                "env": [{"name": "VLLM_NIXL_SIDE_CHANNEL_PORT", "value": "8000"}, {"name": "VLLM_NIXL_SIDE_CHANNEL_PORT", "value": "x"},
                        {"name": "H", "valueFrom": {"fieldRef": {"fieldPath": "status.podIp"}}}]
            },
            "accelerator": {"type": "amd"},
            "decode": {
                "parallelism": {"data": 3, "dataLocal": 2},
                "resources": {"limits": {"amd.com/gpu": 1, "nvidia.com/gpu": 1, "memroy": "1Gi", "memory": "1Gi", "example.com/x": "0.5"},
                              "requests": {"memory": "2Gi", "example.com/y": 1}},
                "nodeSelector": {"a": "b c"},
                "tolerations": [{"operator": "exists"}],
                "annotations": {"a b": "x"}
            },
            "prefill": {},
            "routingProxy": {"connector": "mooncake", "image": "x/llm-d-router-disagg-sidecar:v1"},
            "httpRoute": {"gatewayRef": {"name": "gw"}, "hostnames": ["A.example.com"]},
            "monitoring": {"podMonitor": {"interval": "1.5m"}}
        }
    });
    let mut s = settings(OperatorVersion::V1_0_1);
    s.options.version = "v1+x".into();
    let got = lint(doc(&broken), &s);
    let codes: BTreeSet<&str> = got.iter().map(|d| d.code).collect();
    assert!(codes.len() >= 20, "{codes:?}");
    for d in &got {
        let r = rule(d.code).unwrap_or_else(|| panic!("unregistered code {}", d.code));
        assert_eq!(d.severity, r.severity, "{}", d.code);
    }
}

/// A huge user value is quoted only in part: messages and hints stay short.
#[test]
fn huge_values_are_not_repeated() {
    let big = "A".repeat(1 << 20);
    let spec = json!({
        "metadata": {"name": big},
        "spec": {
            "engine": {"imagePullPolicy": big, "args": [format!("--port={big}")],
                       "env": [{"name": "VLLM_NIXL_SIDE_CHANNEL_PORT", "value": big}]},
            "decode": {"nodeSelector": {"a": big}, "tolerations": [{"key": "k", "operator": big}], "annotations": {big.clone(): "x"}},
            "httpRoute": {"gatewayRef": {"name": "gw", "namespace": big}, "hostnames": [big]},
            "monitoring": {"podMonitor": {"enabled": true, "interval": big, "portName": big}}
        }
    });
    let mut s = settings(OperatorVersion::V1_0_1);
    s.options.version = big.clone();
    let t = std::time::Instant::now();
    let got = lint(doc(&spec), &s);
    assert!(t.elapsed() < std::time::Duration::from_secs(5), "{:?}", t.elapsed());
    assert!(got.len() >= 10, "{got:#?}");
    for d in &got {
        assert!(d.message.len() + d.hint.as_ref().map_or(0, String::len) < 1000, "{}: {}", d.code, d.message.len());
    }
}
