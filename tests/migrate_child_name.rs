//! `migrate::kmeta::child_name`, knative's `kmeta.ChildName`, with exact values: the cases of
//! knative.dev/pkg's own test (`kmeta/names_test.go` at 4a022ed9999a, the commit KServe v0.20.0
//! pins), then names computed with that `ChildName` in Go 1.19 outside this repository: every
//! suffix KServe's LLMInferenceService controller uses, over names of 50 to 80 characters, names
//! ending in '-', and suffixes of 29 to 70 characters around the 31-character switch to hashing
//! the whole name. Then its shape over any input (proptest).

use modelservice_render::migrate::kmeta::child_name;

/// knative's own cases (parent, suffix, name).
#[test]
fn knative_test_cases() {
    let f63 = "f".repeat(63);
    let cases = [
        ("asdf".to_string(), "-deployment".to_string(), "asdf-deployment"),
        (f63.clone(), "-deployment".to_string(), "ffffffffffffffffffff105d7597f637e83cc711605ac3ea4957-deployment"),
        (f63.clone(), "-deploy".to_string(), "ffffffffffffffffffffffff105d7597f637e83cc711605ac3ea4957-deploy"),
        (f63.clone(), f63.clone(), "fffffffffffffffffffffffffffffff0502661254f13c89973cb3a83e0cbec0"),
        ("a".to_string(), f63.clone(), "ab5cfd486935decbc0d305799f4ce4414ffffffffffffffffffffffffffffff"),
        ("b".repeat(32), "f".repeat(32), "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb329c7c81b9ab3ba71aa139066aa5625d"),
        ("aaaa".to_string(), "b---a".repeat(20), "aaaa7a3f7966594e3f0849720eced8212c18b---ab---ab---ab---ab---ab"),
        (
            "a".repeat(17),
            "a.-.-.-.-.-.-.aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa".to_string(),
            "aaaaaaaaaaaaaaaaaa1eb10dc911444f8434af83b7225442da",
        ),
    ];
    for (parent, suffix, want) in cases {
        assert_eq!(child_name(&parent, &suffix), want, "{parent:?} {suffix:?}");
    }
}

/// The names below are prefixes of this one (80 characters).
const BASE: &str = "mistral-small-24b-instruct-2501-fp8-disaggregated-prod-east1-canary-rollout-ab-x";

fn base(len: usize) -> &'static str {
    BASE.get(..len).expect("a prefix of BASE")
}

/// KServe's suffixes (src/migrate: Deployments, Services, ServiceAccount, Role, RoleBinding,
/// InferencePool, HTTPRoute) on names of 50 to 80 characters: (name length, suffix, child name).
/// Only the pairs over 63 characters are listed; `fits_unchanged` covers the rest.
#[test]
fn kserve_suffixes_on_long_names() {
    let cases = [
        (50, "-kserve-prefill", "mistral-small-244f075a1fd16f7bf0dbbdff41f9c5c4f7-kserve-prefill"),
        (50, "-kserve-router-scheduler", "mistral4f075a1fd16f7bf0dbbdff41f9c5c4f7-kserve-router-scheduler"),
        (50, "-inference-pool", "mistral-small-244f075a1fd16f7bf0dbbdff41f9c5c4f7-inference-pool"),
        (50, "-kserve-workload-svc", "mistral-sma4f075a1fd16f7bf0dbbdff41f9c5c4f7-kserve-workload-svc"),
        (56, "-kserve-prefill", "mistral-small-24b2ce27a13d46837f3f8cd10d88be9612-kserve-prefill"),
        (56, "-kserve-router-scheduler", "mistralb2ce27a13d46837f3f8cd10d88be9612-kserve-router-scheduler"),
        (56, "-epp-service", "mistral-small-24b-ib2ce27a13d46837f3f8cd10d88be9612-epp-service"),
        (56, "-inference-pool", "mistral-small-24b2ce27a13d46837f3f8cd10d88be9612-inference-pool"),
        (56, "-kserve-route", "mistral-small-24b-b2ce27a13d46837f3f8cd10d88be9612-kserve-route"),
        (56, "-kserve-workload-svc", "mistral-smab2ce27a13d46837f3f8cd10d88be9612-kserve-workload-svc"),
        (56, "-epp-role", "mistral-small-24b-instb2ce27a13d46837f3f8cd10d88be9612-epp-role"),
        (57, "-kserve", "mistral-small-24b-instru66c71ba04efacc6da3757d05676c80df-kserve"),
        (57, "-kserve-prefill", "mistral-small-2466c71ba04efacc6da3757d05676c80df-kserve-prefill"),
        (57, "-kserve-router-scheduler", "mistral66c71ba04efacc6da3757d05676c80df-kserve-router-scheduler"),
        (57, "-epp-service", "mistral-small-24b-i66c71ba04efacc6da3757d05676c80df-epp-service"),
        (57, "-epp-sa", "mistral-small-24b-instru66c71ba04efacc6da3757d05676c80df-epp-sa"),
        (57, "-inference-pool", "mistral-small-2466c71ba04efacc6da3757d05676c80df-inference-pool"),
        (57, "-kserve-route", "mistral-small-24b-66c71ba04efacc6da3757d05676c80df-kserve-route"),
        (57, "-kserve-workload-svc", "mistral-sma66c71ba04efacc6da3757d05676c80df-kserve-workload-svc"),
        (57, "-epp-role", "mistral-small-24b-inst66c71ba04efacc6da3757d05676c80df-epp-role"),
        (57, "-epp-rb", "mistral-small-24b-instru66c71ba04efacc6da3757d05676c80df-epp-rb"),
        (60, "-kserve", "mistral-small-24b-instruc50d38ccbf8e7d4dba3c689710f527d8-kserve"),
        (60, "-kserve-prefill", "mistral-small-24c50d38ccbf8e7d4dba3c689710f527d8-kserve-prefill"),
        (60, "-kserve-router-scheduler", "mistralc50d38ccbf8e7d4dba3c689710f527d8-kserve-router-scheduler"),
        (60, "-epp-service", "mistral-small-24b-ic50d38ccbf8e7d4dba3c689710f527d8-epp-service"),
        (60, "-epp-sa", "mistral-small-24b-instruc50d38ccbf8e7d4dba3c689710f527d8-epp-sa"),
        (60, "-inference-pool", "mistral-small-24c50d38ccbf8e7d4dba3c689710f527d8-inference-pool"),
        (60, "-kserve-route", "mistral-small-24b-c50d38ccbf8e7d4dba3c689710f527d8-kserve-route"),
        (60, "-kserve-workload-svc", "mistral-smac50d38ccbf8e7d4dba3c689710f527d8-kserve-workload-svc"),
        (60, "-epp-role", "mistral-small-24b-instc50d38ccbf8e7d4dba3c689710f527d8-epp-role"),
        (60, "-epp-rb", "mistral-small-24b-instruc50d38ccbf8e7d4dba3c689710f527d8-epp-rb"),
        (61, "-kserve", "mistral-small-24b-instru617133efebbb6d87859e5d72518bbfe5-kserve"),
        (61, "-kserve-prefill", "mistral-small-24617133efebbb6d87859e5d72518bbfe5-kserve-prefill"),
        (61, "-kserve-router-scheduler", "mistral617133efebbb6d87859e5d72518bbfe5-kserve-router-scheduler"),
        (61, "-epp-service", "mistral-small-24b-i617133efebbb6d87859e5d72518bbfe5-epp-service"),
        (61, "-epp-sa", "mistral-small-24b-instru617133efebbb6d87859e5d72518bbfe5-epp-sa"),
        (61, "-inference-pool", "mistral-small-24617133efebbb6d87859e5d72518bbfe5-inference-pool"),
        (61, "-kserve-route", "mistral-small-24b-617133efebbb6d87859e5d72518bbfe5-kserve-route"),
        (61, "-kserve-workload-svc", "mistral-sma617133efebbb6d87859e5d72518bbfe5-kserve-workload-svc"),
        (61, "-epp-role", "mistral-small-24b-inst617133efebbb6d87859e5d72518bbfe5-epp-role"),
        (61, "-epp-rb", "mistral-small-24b-instru617133efebbb6d87859e5d72518bbfe5-epp-rb"),
        (63, "-kserve", "mistral-small-24b-instru58575fa1d4663907d3d61e3eb00c4e77-kserve"),
        (63, "-kserve-prefill", "mistral-small-2458575fa1d4663907d3d61e3eb00c4e77-kserve-prefill"),
        (63, "-kserve-router-scheduler", "mistral58575fa1d4663907d3d61e3eb00c4e77-kserve-router-scheduler"),
        (63, "-epp-service", "mistral-small-24b-i58575fa1d4663907d3d61e3eb00c4e77-epp-service"),
        (63, "-epp-sa", "mistral-small-24b-instru58575fa1d4663907d3d61e3eb00c4e77-epp-sa"),
        (63, "-inference-pool", "mistral-small-2458575fa1d4663907d3d61e3eb00c4e77-inference-pool"),
        (63, "-kserve-route", "mistral-small-24b-58575fa1d4663907d3d61e3eb00c4e77-kserve-route"),
        (63, "-kserve-workload-svc", "mistral-sma58575fa1d4663907d3d61e3eb00c4e77-kserve-workload-svc"),
        (63, "-epp-role", "mistral-small-24b-inst58575fa1d4663907d3d61e3eb00c4e77-epp-role"),
        (63, "-epp-rb", "mistral-small-24b-instru58575fa1d4663907d3d61e3eb00c4e77-epp-rb"),
        (64, "-kserve", "mistral-small-24b-instru3b6f8de35efc6e194a20de5ff908b181-kserve"),
        (64, "-kserve-prefill", "mistral-small-243b6f8de35efc6e194a20de5ff908b181-kserve-prefill"),
        (64, "-kserve-router-scheduler", "mistral3b6f8de35efc6e194a20de5ff908b181-kserve-router-scheduler"),
        (64, "-epp-service", "mistral-small-24b-i3b6f8de35efc6e194a20de5ff908b181-epp-service"),
        (64, "-epp-sa", "mistral-small-24b-instru3b6f8de35efc6e194a20de5ff908b181-epp-sa"),
        (64, "-inference-pool", "mistral-small-243b6f8de35efc6e194a20de5ff908b181-inference-pool"),
        (64, "-kserve-route", "mistral-small-24b-3b6f8de35efc6e194a20de5ff908b181-kserve-route"),
        (64, "-kserve-workload-svc", "mistral-sma3b6f8de35efc6e194a20de5ff908b181-kserve-workload-svc"),
        (64, "-epp-role", "mistral-small-24b-inst3b6f8de35efc6e194a20de5ff908b181-epp-role"),
        (64, "-epp-rb", "mistral-small-24b-instru3b6f8de35efc6e194a20de5ff908b181-epp-rb"),
        (70, "-kserve", "mistral-small-24b-instrueaae2ed0d5dafb9991072663bb33650b-kserve"),
        (70, "-kserve-prefill", "mistral-small-24eaae2ed0d5dafb9991072663bb33650b-kserve-prefill"),
        (70, "-kserve-router-scheduler", "mistraleaae2ed0d5dafb9991072663bb33650b-kserve-router-scheduler"),
        (70, "-epp-service", "mistral-small-24b-ieaae2ed0d5dafb9991072663bb33650b-epp-service"),
        (70, "-epp-sa", "mistral-small-24b-instrueaae2ed0d5dafb9991072663bb33650b-epp-sa"),
        (70, "-inference-pool", "mistral-small-24eaae2ed0d5dafb9991072663bb33650b-inference-pool"),
        (70, "-kserve-route", "mistral-small-24b-eaae2ed0d5dafb9991072663bb33650b-kserve-route"),
        (70, "-kserve-workload-svc", "mistral-smaeaae2ed0d5dafb9991072663bb33650b-kserve-workload-svc"),
        (70, "-epp-role", "mistral-small-24b-insteaae2ed0d5dafb9991072663bb33650b-epp-role"),
        (70, "-epp-rb", "mistral-small-24b-instrueaae2ed0d5dafb9991072663bb33650b-epp-rb"),
        (79, "-kserve", "mistral-small-24b-instrufd76dccd47724474ad821504d828a61d-kserve"),
        (79, "-kserve-prefill", "mistral-small-24fd76dccd47724474ad821504d828a61d-kserve-prefill"),
        (79, "-kserve-router-scheduler", "mistralfd76dccd47724474ad821504d828a61d-kserve-router-scheduler"),
        (79, "-epp-service", "mistral-small-24b-ifd76dccd47724474ad821504d828a61d-epp-service"),
        (79, "-epp-sa", "mistral-small-24b-instrufd76dccd47724474ad821504d828a61d-epp-sa"),
        (79, "-inference-pool", "mistral-small-24fd76dccd47724474ad821504d828a61d-inference-pool"),
        (79, "-kserve-route", "mistral-small-24b-fd76dccd47724474ad821504d828a61d-kserve-route"),
        (79, "-kserve-workload-svc", "mistral-smafd76dccd47724474ad821504d828a61d-kserve-workload-svc"),
        (79, "-epp-role", "mistral-small-24b-instfd76dccd47724474ad821504d828a61d-epp-role"),
        (79, "-epp-rb", "mistral-small-24b-instrufd76dccd47724474ad821504d828a61d-epp-rb"),
        (80, "-kserve", "mistral-small-24b-instru883eb8699a53a72edd4e19dff8098d68-kserve"),
        (80, "-kserve-prefill", "mistral-small-24883eb8699a53a72edd4e19dff8098d68-kserve-prefill"),
        (80, "-kserve-router-scheduler", "mistral883eb8699a53a72edd4e19dff8098d68-kserve-router-scheduler"),
        (80, "-epp-service", "mistral-small-24b-i883eb8699a53a72edd4e19dff8098d68-epp-service"),
        (80, "-epp-sa", "mistral-small-24b-instru883eb8699a53a72edd4e19dff8098d68-epp-sa"),
        (80, "-inference-pool", "mistral-small-24883eb8699a53a72edd4e19dff8098d68-inference-pool"),
        (80, "-kserve-route", "mistral-small-24b-883eb8699a53a72edd4e19dff8098d68-kserve-route"),
        (80, "-kserve-workload-svc", "mistral-sma883eb8699a53a72edd4e19dff8098d68-kserve-workload-svc"),
        (80, "-epp-role", "mistral-small-24b-inst883eb8699a53a72edd4e19dff8098d68-epp-role"),
        (80, "-epp-rb", "mistral-small-24b-instru883eb8699a53a72edd4e19dff8098d68-epp-rb"),
    ];
    for (len, suffix, want) in cases {
        assert_eq!(child_name(base(len), suffix), want, "{len} {suffix}");
        assert_eq!(want.len(), 63, "{want}");
    }
}

/// Up to 63 characters the name is `parent + suffix`, whatever it ends with.
#[test]
fn fits_unchanged() {
    assert_eq!(child_name(base(56), "-kserve"), "mistral-small-24b-instruct-2501-fp8-disaggregated-prod-e-kserve");
    assert_eq!(child_name(base(49), "-epp-service"), "mistral-small-24b-instruct-2501-fp8-disaggregated-epp-service");
    assert_eq!(child_name("", &"x".repeat(63)), "x".repeat(63));
    assert_eq!(child_name("a-", "-"), "a--");
}

/// Parents ending in '-' (parent, suffix, child name): a short suffix follows the hash whole, its
/// own trailing '-' too; with a long one the hash is of parent and suffix, after the parent's first
/// 31 characters, '-' included.
#[test]
fn parents_ending_in_dash() {
    let cases = [
        (
            "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa-",
            "-kserve",
            "aaaaaaaaaaaaaaaaaaaaaaaa2b98b8ffc16ff58b3561f4e5a116029c-kserve",
        ),
        (
            "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa-",
            "-kserve-router-scheduler",
            "aaaaaaa2b98b8ffc16ff58b3561f4e5a116029c-kserve-router-scheduler",
        ),
        (
            "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa-",
            "-cccccccccccccccccccccccccccccccccccccccc-",
            "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaeba9f8226137f52475e53a6cd3ec9799",
        ),
        (
            "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa-",
            "-cccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccc",
            "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa1643dac0ba01bffeb1557f16e9b38fa1",
        ),
        (
            "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa-bbbbbbbbbbbbbbbbbbbbbbbbbbbbbb-",
            "-kserve",
            "aaaaaaaaaaaaaaaaaaaaaaaa41f2c91f7da27e26ea86d3845571ab7d-kserve",
        ),
        (
            "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa-bbbbbbbbbbbbbbbbbbbbbbbbbbbbbb-",
            "-kserve-router-scheduler",
            "aaaaaaa41f2c91f7da27e26ea86d3845571ab7d-kserve-router-scheduler",
        ),
        (
            "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa-bbbbbbbbbbbbbbbbbbbbbbbbbbbbbb-",
            "-cccccccccccccccccccccccccccccccccccccccc-",
            "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa-e5b04fbc50fe34a5688579372a81473f",
        ),
        (
            "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa-bbbbbbbbbbbbbbbbbbbbbbbbbbbbbb-",
            "-cccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccc",
            "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa-81e67cc09fc2aa4a872a180e54523715",
        ),
        ("-", "-kserve", "--kserve"),
        ("-", "-kserve-router-scheduler", "--kserve-router-scheduler"),
        ("-", "-cccccccccccccccccccccccccccccccccccccccc-", "--cccccccccccccccccccccccccccccccccccccccc-"),
        (
            "-",
            "-cccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccc",
            "-0e33ee175e65f3730f29541e6da2efba-ccccccccccccccccccccccccccccc",
        ),
    ];
    for (parent, suffix, want) in cases {
        assert_eq!(child_name(parent, suffix), want, "{parent:?} {suffix:?}");
    }
}

/// Suffixes of 29 to 70 characters ("-abc-abc-…" cut to length) on name prefixes of 0 to 40
/// characters: (name length, suffix length, child name). From 31 characters on the whole name is
/// hashed, and the suffix only pads what is left after the hash, trailing '-' removed.
#[test]
fn suffix_lengths_around_the_switch() {
    let suffix = |len: usize| "-abc".repeat(20).get(..len).expect("long enough").to_string();
    let cases = [
        (40, 29, "mi42eef1e5b828d829780078ad47c808ee-abc-abc-abc-abc-abc-abc-abc-"),
        (40, 30, "m42eef1e5b828d829780078ad47c808ee-abc-abc-abc-abc-abc-abc-abc-a"),
        (33, 31, "mistral-small-24b-instruct-2501e613c7d965b178858869241feb5aae79"),
        (40, 31, "mistral-small-24b-instruct-25016a2fb7b403c090629c4fe52ff5bbd86a"),
        (32, 32, "mistral-small-24b-instruct-25019ab2e31672167905570697b2c5136eea"),
        (33, 32, "mistral-small-24b-instruct-250132a604abd4c8255cac4e2f179b148da7"),
        (40, 32, "mistral-small-24b-instruct-25010a83ab510ff8849338eedd5a23802e67"),
        (26, 40, "mistral-small-24b-instruct41876f3f6f22a88e613fb21ecbd432cb-abc"),
        (30, 40, "mistral-small-24b-instruct-250cddc0077ea9f2eb91284132c3c7a64ff"),
        (31, 40, "mistral-small-24b-instruct-2501f1bbe3575477fa14d549c5134f4cda69"),
        (32, 40, "mistral-small-24b-instruct-250143e06233d8ea68592e90cc73615f9bdb"),
        (33, 40, "mistral-small-24b-instruct-2501fb3ef61daee88bea9aae6bafa87d692b"),
        (40, 40, "mistral-small-24b-instruct-250141953f8f12fb2d838853198c0e6165e1"),
        (1, 63, "mb0cda45ed79a0db55f8645f12503dc31-abc-abc-abc-abc-abc-abc-abc-a"),
        (20, 63, "mistral-small-24b-in4863d6449bfcf446db1f3b3353e61d3f-abc-abc-ab"),
        (22, 63, "mistral-small-24b-inst0a098bd7e1197b28151c5ec6f8bbb034-abc-abc"),
        (26, 63, "mistral-small-24b-instruct2f1348c0e32f865b39a9b1879a14830d-abc"),
        (30, 63, "mistral-small-24b-instruct-2509f485b1d7fe701d356d9b05c14caf78f"),
        (31, 63, "mistral-small-24b-instruct-25015809daebb8d580e34e49fd134db39a20"),
        (32, 63, "mistral-small-24b-instruct-25014d1ae1c5c2802be61369608a29295d7a"),
        (33, 63, "mistral-small-24b-instruct-2501e274e69953339aa9b70b01ba9fddb5ec"),
        (40, 63, "mistral-small-24b-instruct-25015c5b49638264701b41320e9c40ede73d"),
        (0, 64, "5842bf50f62ff488ffd859a7cf1e83e2-abc-abc-abc-abc-abc-abc-abc-ab"),
        (1, 64, "m6350159e0f9f4e701662b6107f1bf2d2-abc-abc-abc-abc-abc-abc-abc-a"),
        (20, 64, "mistral-small-24b-inad2acec28e70ef6b811a53ce7b4f7cf7-abc-abc-ab"),
        (22, 64, "mistral-small-24b-instf3385cc1bbdd771c849f535e79d955c6-abc-abc"),
        (26, 64, "mistral-small-24b-instruct2e319cf0e781d912dec4d99e139e950c-abc"),
        (30, 64, "mistral-small-24b-instruct-250e6298978e3ee054e4facb9b0054b5d98"),
        (31, 64, "mistral-small-24b-instruct-250131e01e43a42b1f50f8a7211b0a22384a"),
        (32, 64, "mistral-small-24b-instruct-25013eae6eaeddc4577eb888d26b7899aac7"),
        (33, 64, "mistral-small-24b-instruct-25017e3767033ff75a31cd8d05dd1ce07e24"),
        (40, 64, "mistral-small-24b-instruct-25017edcaef28108263df77ec24ac6ce99b8"),
        (0, 70, "53fc7b2262e43f26520c891096e2e9d6-abc-abc-abc-abc-abc-abc-abc-ab"),
        (1, 70, "mf71ab571ca07d54df90089eb9641c626-abc-abc-abc-abc-abc-abc-abc-a"),
        (20, 70, "mistral-small-24b-in2995575ba21be9994c7b015be8884de4-abc-abc-ab"),
        (22, 70, "mistral-small-24b-instbee7fa0367b1d5500439b9afc75ccd2f-abc-abc"),
        (26, 70, "mistral-small-24b-instruct16f6e465fddf8d3f83119722e605e6c0-abc"),
        (30, 70, "mistral-small-24b-instruct-2502269a7918f29698bb7cac1ecb38aeaec"),
        (31, 70, "mistral-small-24b-instruct-25011ac17387819bc31f04039e19860d2348"),
        (32, 70, "mistral-small-24b-instruct-250193949fa7b6db7c0c56d152680edc3f65"),
        (33, 70, "mistral-small-24b-instruct-25019f6e44b60309d994d1f102d734348569"),
        (40, 70, "mistral-small-24b-instruct-250196a5630dd059240781e6eed783f0f3e0"),
    ];
    for (len, suffix_len, want) in cases {
        assert_eq!(child_name(base(len), &suffix(suffix_len)), want, "{len} {suffix_len}");
    }
}

/// KServe's ClusterRoleBinding to system:auth-delegator: `ChildName(namespace, "-" + name +
/// "-epp-auth-rb")`, a suffix that grows with the name (namespace "ml"; name length, child name).
#[test]
fn auth_delegator_binding() {
    let cases = [
        (20, "ml-mistral-small-24b-in-epp-auth-rb"),
        (48, "ml-mistral-small-24b-instruct-2501-fp8-disaggregate-epp-auth-rb"),
        (49, "ml062c3ac901e8801dc3ab069b06fa921f-mistral-small-24b-instruct-2"),
        (52, "ml7fb9a67f942b35e1cda0e409b79c4452-mistral-small-24b-instruct-2"),
        (60, "mle95fecb146e813e4b5597827a3d2dc36-mistral-small-24b-instruct-2"),
        (63, "ml89cfd69bff424604ac4ce03554954a4c-mistral-small-24b-instruct-2"),
    ];
    for (len, want) in cases {
        assert_eq!(child_name("ml", &format!("-{}-epp-auth-rb", base(len))), want, "{len}");
    }
}

/// Over any parent and suffix: at most 63 bytes, `parent + suffix` exactly when that fits, else a
/// prefix of the parent, and the suffix whole (63 bytes in all) when it is under 31 bytes or no
/// trailing non-alphanumeric character when it is not. Non-ASCII input is cut on a character
/// boundary instead of inside one (Go's byte cut; no valid name has one), without panicking.
#[cfg(not(target_arch = "wasm32"))]
mod properties {
    use super::child_name;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn shape(parent in "[a-z0-9-]{0,90}", suffix in "[a-z0-9.-]{0,90}") {
            let name = child_name(&parent, &suffix);
            prop_assert!(name.len() <= 63, "{} bytes: {}", name.len(), name);
            if parent.len() + suffix.len() <= 63 {
                prop_assert_eq!(name, format!("{parent}{suffix}"));
            } else {
                let keep = if suffix.len() < 31 { 31 - suffix.len() } else { parent.len().min(31) };
                prop_assert!(name.starts_with(&parent[..keep]), "{}", name);
                if suffix.len() < 31 {
                    prop_assert!(name.ends_with(&suffix) && name.len() == 63, "{}", name);
                } else {
                    prop_assert!(name.ends_with(|c: char| c.is_ascii_alphanumeric()), "{}", name);
                }
            }
        }

        #[test]
        fn non_ascii_does_not_panic(parent in "\\PC{0,70}", suffix in "\\PC{0,70}") {
            prop_assert!(child_name(&parent, &suffix).len() <= 63);
        }
    }
}
