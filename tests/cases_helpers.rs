//! cases.md §2.2–2.4 helper cases: SRV-HT-1 … SRV-HT-9 (= EPP-N1 … EPP-N11), SRV-LT-1 … SRV-LT-7,
//! SRV-NM-1, SRV-SAN-1 … SRV-SAN-31 and SRV-LB-1.

mod common;

use common::labels as l;
use k8s_openapi::api::core::v1::ResourceRequirements;
use k8s_openapi::apimachinery::pkg::api::resource::Quantity;
use modelservice_render::gpu::{gpu_count, gpu_resource_name, inject_gpu_resources};
use modelservice_render::labels::*;
use modelservice_render::model::Parallelism;
use modelservice_render::names::*;

// ---- SRV-HT (helpers_test.go) ------------------------------------------------------------------

#[test]
fn srv_ht_1_gpu_resource_name() {
    assert_eq!(gpu_resource_name("nvidia"), "nvidia.com/gpu");
    assert_eq!(gpu_resource_name("amd"), "amd.com/gpu");
    assert_eq!(gpu_resource_name("intel-gaudi"), "habana.ai/gaudi");
    assert_eq!(gpu_resource_name("google"), "google.com/tpu");
    assert_eq!(gpu_resource_name("cpu"), "");
}

#[test]
fn srv_ht_2_gpu_count() {
    let p = |tensor, data, data_local| Some(Parallelism { tensor, data, data_local });
    assert_eq!(gpu_count(p(0, 0, 0).as_ref()), 1);
    assert_eq!(gpu_count(p(4, 0, 0).as_ref()), 4);
    assert_eq!(gpu_count(p(4, 0, 2).as_ref()), 8);
    assert_eq!(gpu_count(p(1, 0, 1).as_ref()), 1);
    assert_eq!(gpu_count(p(2, 8, 0).as_ref()), 2);
    assert_eq!(gpu_count(None), 1);
}

#[test]
fn srv_ht_3_inject_gpu_nvidia() {
    let mut r = ResourceRequirements::default();
    inject_gpu_resources(&mut r, "nvidia", 4);
    assert_eq!(r.limits, Some([("nvidia.com/gpu".to_string(), Quantity("4".into()))].into()));
    assert_eq!(r.requests, Some([("nvidia.com/gpu".to_string(), Quantity("4".into()))].into()));
}

#[test]
fn srv_ht_4_inject_gpu_cpu() {
    let mut r = ResourceRequirements::default();
    inject_gpu_resources(&mut r, "cpu", 4);
    assert!(r.limits.is_none() && r.requests.is_none());
}

#[test]
fn srv_ht_5_inject_gpu_zero_count() {
    let mut r = ResourceRequirements::default();
    inject_gpu_resources(&mut r, "nvidia", 0);
    assert!(r.limits.is_none() && r.requests.is_none());
}

#[test]
fn srv_ht_6_naming_helpers() {
    assert_eq!(decode_name("qwen3"), "qwen3-decode");
    assert_eq!(prefill_name("qwen3"), "qwen3-prefill");
    assert_eq!(inference_pool_name("qwen3"), "qwen3");
    assert_eq!(pod_monitor_name("qwen3", "decode"), "qwen3-decode");
    assert_eq!(epp_name("qwen3"), "qwen3-epp");
    assert_eq!(epp_name_for_service("qwen3-0.6b-fp8-dynamic"), "qwen3-0-6b-fp8-dynamic-epp");
    assert_eq!(epp_name_for_service("qwen3"), "qwen3-epp");
    assert_eq!(sanitize_dns1035_label("qwen3-0.6b-fp8-dynamic"), "qwen3-0-6b-fp8-dynamic");
    assert_eq!(sanitize_dns1035_label("MyModel_1.0"), "mymodel-1-0");
    assert_eq!(sanitize_dns1035_label("0.6b"), "m-0-6b");
    assert_eq!(epp_config_map_name("qwen3"), "qwen3-epp-config");
    assert_eq!(epp_secret_name("qwen3"), "qwen3-epp-sa-metrics-reader-secret");
    assert_eq!(epp_service_monitor_name("qwen3"), "qwen3-epp");
}

fn pool_labels() -> Labels {
    l(&[
        (NAME, "qwen3"),
        (COMPONENT, "epp"),
        (PART_OF, "otterscale-system"),
        (MANAGED_BY, "model-operator"),
        (VERSION, "devel"),
    ])
}

#[test]
fn srv_ht_7_inference_pool_labels() {
    assert_eq!(inference_pool_labels("qwen3", "devel"), pool_labels());
}

#[test]
fn srv_ht_8_http_route_labels() {
    assert_eq!(http_route_labels("qwen3", "devel"), pool_labels());
}

#[test]
fn srv_ht_9_inference_pool_selector_labels() {
    assert_eq!(
        inference_pool_selector_labels("qwen3"),
        l(&[
            (NAME, "qwen3"),
            (PART_OF, "otterscale-system"),
            (MANAGED_BY, "model-operator"),
            ("llm-d.ai/inferenceServing", "true"),
            ("llm-d.ai/model", "qwen3")
        ])
    );
}

/// EPP-N1 … EPP-N11 are the SRV-HT-6 … SRV-HT-9 assertions under their EPP IDs.
#[test]
fn epp_n1_to_n11_aliases() {
    assert_eq!(inference_pool_name("qwen3"), "qwen3"); // N1
    assert_eq!(epp_name("qwen3"), "qwen3-epp"); // N2
    assert_eq!(
        (epp_name_for_service("qwen3-0.6b-fp8-dynamic"), epp_name_for_service("qwen3")),
        ("qwen3-0-6b-fp8-dynamic-epp".into(), "qwen3-epp".into())
    ); // N3
    assert_eq!(sanitize_dns1035_label("MyModel_1.0"), "mymodel-1-0"); // N4
    assert_eq!(epp_config_map_name("qwen3"), "qwen3-epp-config"); // N5
    assert_eq!(epp_secret_name("qwen3"), "qwen3-epp-sa-metrics-reader-secret"); // N6
    assert_eq!(epp_service_monitor_name("qwen3"), "qwen3-epp"); // N7
    for m in [inference_pool_labels("qwen3", "devel"), http_route_labels("qwen3", "devel")] {
        assert_eq!((m.get(COMPONENT).map(|v| &**v), m.get(NAME).map(|v| &**v)), (Some("epp"), Some("qwen3")));
        // N8, N9
    }
    let sel = inference_pool_selector_labels("qwen3");
    assert_eq!(sel.get("llm-d.ai/inferenceServing").map(|v| &**v), Some("true")); // N10
    assert_eq!(sel.get("llm-d.ai/model").map(|v| &**v), Some("qwen3"));
    assert_eq!(
        [decode_name("qwen3"), prefill_name("qwen3"), pod_monitor_name("qwen3", "decode")],
        ["qwen3-decode", "qwen3-prefill", "qwen3-decode"]
    ); // N11
}

// ---- SRV-LT (labels_test.go) -------------------------------------------------------------------

fn my_app() -> Labels {
    l(&[(NAME, "my-app"), (COMPONENT, "controller"), (PART_OF, "otterscale-system"), (MANAGED_BY, "model-operator")])
}

#[test]
fn srv_lt_1_selector() {
    assert_eq!(selector("my-app", "controller"), my_app());
    assert!(!selector("my-app", "controller").contains_key(VERSION));
}

#[test]
fn srv_lt_2_selector_subset_of_standard() {
    let std = standard("my-app", "controller", "v1.0.0");
    assert!(selector("my-app", "controller").iter().all(|(k, v)| std.get(k) == Some(v)));
}

#[test]
fn srv_lt_3_standard_with_version() {
    let mut want = my_app();
    want.insert(VERSION.into(), "v1.2.3".into());
    assert_eq!(standard("my-app", "controller", "v1.2.3"), want);
}

#[test]
fn srv_lt_4_standard_without_version() {
    assert_eq!(standard("my-app", "controller", ""), my_app());
}

#[test]
fn srv_lt_5_pass_through() {
    for (name, comp, version) in
        [("model-artifact", "controller", "v0.1.0"), ("model-artifact", "controller", ""), ("", "", "")]
    {
        let m = standard(name, comp, version);
        assert_eq!(m.get(NAME).map(|v| &**v), Some(name));
        assert_eq!(m.get(COMPONENT).map(|v| &**v), Some(comp));
        assert_eq!(m.get(VERSION).map(|v| &**v), (!version.is_empty()).then_some(version));
    }
}

#[test]
fn srv_lt_6_fixed_labels() {
    for (name, comp, version) in [("any", "any", "v1.0.0"), ("any", "any", ""), ("", "", "")] {
        let m = standard(name, comp, version);
        assert_eq!(m.get(PART_OF).map(|v| &**v), Some("otterscale-system"));
        assert_eq!(m.get(MANAGED_BY).map(|v| &**v), Some("model-operator"));
    }
}

#[test]
fn srv_lt_7_constants() {
    assert_eq!((SYSTEM, OPERATOR), ("otterscale-system", "model-operator"));
}

// ---- SRV-NM-1, SRV-LB-1 ------------------------------------------------------------------------

#[test]
fn srv_nm_1_names_not_sanitized() {
    let n = "qwen3-0.6b-fp8-dynamic";
    assert_eq!(decode_name(n), "qwen3-0.6b-fp8-dynamic-decode");
    assert_eq!(prefill_name(n), "qwen3-0.6b-fp8-dynamic-prefill");
    assert_eq!(pod_monitor_name(n, "prefill"), "qwen3-0.6b-fp8-dynamic-prefill");
    assert_eq!(epp_secret_name(n), "qwen3-0-6b-fp8-dynamic-epp-sa-metrics-reader-secret");
    assert_eq!(epp_cluster_rbac_name("ns1", n), "ns1-qwen3-0-6b-fp8-dynamic-epp");
    assert_eq!(epp_name(""), "modelservice-epp");
    assert_eq!(epp_name("9b"), "m-9b-epp");
}

#[test]
fn srv_lb_1_label_sets() {
    let sel7 = l(&[
        (NAME, "qwen3-32b"),
        (COMPONENT, "model-prefill"),
        (PART_OF, "otterscale-system"),
        (MANAGED_BY, "model-operator"),
        ("llm-d.ai/inferenceServing", "true"),
        ("llm-d.ai/model", "qwen3-32b"),
        ("llm-d.ai/role", "prefill"),
    ]);
    assert_eq!(selector_labels_for_role("qwen3-32b", "model-prefill", "prefill"), sel7);
    let mut lfr = standard("qwen3-32b", "model-decode", "v1");
    lfr.insert("llm-d.ai/inference-serving".into(), "true".into());
    assert_eq!(labels_for_role("qwen3-32b", "model-decode", "v1"), lfr);
    assert_eq!(labels_for_role("qwen3-32b", "model-decode", "").len(), 5);
    let mut pod = selector_labels_for_role("qwen3-32b", "model-decode", "decode");
    pod.insert(VERSION.into(), "v1".into());
    assert_eq!(pod_labels_for_role("qwen3-32b", "model-decode", "v1", "decode"), pod);
    assert_eq!(pod.len(), 8);
    assert_eq!(
        epp_labels("qwen3.5", "v1"),
        l(&[
            (NAME, "qwen3-5-epp"),
            (COMPONENT, "epp"),
            (PART_OF, "otterscale-system"),
            (MANAGED_BY, "model-operator"),
            (VERSION, "v1")
        ])
    );
    assert_eq!(
        epp_selector_labels("qwen3.5"),
        l(&[(NAME, "qwen3-5-epp"), (COMPONENT, "epp"), (PART_OF, "otterscale-system"), (MANAGED_BY, "model-operator")])
    );
}

// ---- SRV-SAN-1 … SRV-SAN-31 ---------------------------------------------------------------------

macro_rules! san {
    ($($id:ident: $input:expr => $output:expr;)*) => {$(
        #[test]
        fn $id() {
            assert_eq!(sanitize_dns1035_label($input), $output);
        }
    )*};
}

san! {
    srv_san_1: "qwen3-0.6b-fp8-dynamic" => "qwen3-0-6b-fp8-dynamic";
    srv_san_2: "MyModel_1.0" => "mymodel-1-0";
    srv_san_3: "0.6b" => "m-0-6b";
    srv_san_4: "qwen3" => "qwen3";
    srv_san_5: "" => "modelservice";
    srv_san_6: "..." => "modelservice";
    srv_san_7: "___" => "modelservice";
    srv_san_8: "日本" => "modelservice";
    srv_san_9: "-a-" => "a";
    srv_san_10: "a..b" => "a-b";
    srv_san_11: "a_-_b" => "a-b";
    srv_san_12: "a--b" => "a-b";
    srv_san_13: "a__b" => "a-b";
    srv_san_14: "a.-b" => "a-b";
    srv_san_15: "x..y" => "x-y";
    srv_san_16: "Qwen3-0.6B" => "qwen3-0-6b";
    srv_san_17: "x - y" => "x-y";
    srv_san_18: "a/b" => "ab";
    srv_san_19: "ÄBc" => "bc";
    srv_san_20: "é-x" => "x";
    srv_san_21: "123" => "m-123";
    srv_san_22: "9" => "m-9";
    srv_san_23: "9x" => "m-9x";
    srv_san_24: "_1a" => "m-1a";
    srv_san_25: "-9z" => "m-9z";
    srv_san_26: ".9a" => "m-9a";
    srv_san_27: "llama.3.1-8b" => "llama-3-1-8b";
    srv_san_28: "UPPER" => "upper";
    srv_san_29: "a.b.c.d" => "a-b-c-d";
    srv_san_30: "Qwen3.5-32B_Instruct" => "qwen3-5-32b-instruct";
    srv_san_31: "a\u{212A}" => "a";
}
