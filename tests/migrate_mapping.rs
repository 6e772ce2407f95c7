//! Exact values of the ModelService → LLMInferenceService mapping (docs/migration.md), through
//! the public JSON API. Expected objects are written by hand from KServe v0.20.0's types and
//! presets and from the operator's behaviour (shared/spec).

mod common;

use common::migrate::{codes, run, with};
use serde_json::{json, Value};

const UNPACK: &str = "set -euo pipefail\nexport KITOPS_HOME=\"${KITOPS_HOME:-/tmp/model-oci}\"\nmkdir -p \"$KITOPS_HOME\"\nkit unpack \"$OCI_MODEL_IMAGE\" --plain-http -o -d \"$MODEL_MOUNT_PATH\"\n";

fn svc(patch: Value, epp: Value, options: Value) -> Value {
    let (resources, diags) = run(&with(&patch), &epp, &options);
    assert!(diags.iter().all(|d| d["severity"] != "error"), "{:?}", codes(&diags));
    resources[0].clone()
}

#[test]
fn minimal_in_full() {
    let (resources, _) = run(&with(&json!({})), &Value::Null, &Value::Null);
    let want = json!({
        "apiVersion": "serving.kserve.io/v1alpha2",
        "kind": "LLMInferenceService",
        "metadata": {"name": "qwen3", "namespace": "ml"},
        "spec": {
            "model": {"uri": "oci://registry.example.com/models/qwen3:v1", "name": "Qwen/Qwen3-8B"},
            "storageInitializer": {"enabled": false},
            "replicas": 1,
            "template": {
                "initContainers": [{
                    "name": "model-unpack",
                    "image": "ghcr.io/kitops-ml/kitops:v1.11.0",
                    "command": ["/bin/sh", "-c"],
                    "args": [UNPACK],
                    "env": [
                        {"name": "OCI_MODEL_IMAGE", "value": "registry.example.com/models/qwen3:v1"},
                        {"name": "MODEL_MOUNT_PATH", "value": "/mnt/models"},
                        {"name": "KITOPS_HOME", "value": "/tmp/model-oci"}
                    ],
                    "volumeMounts": [
                        {"name": "model-tmp", "mountPath": "/tmp/model-oci"},
                        {"name": "model", "mountPath": "/mnt/models"}
                    ],
                    "securityContext": {"allowPrivilegeEscalation": false, "capabilities": {"drop": ["ALL"]}}
                }],
                "containers": [{
                    "name": "main",
                    "ports": [{"name": "http", "containerPort": 8000, "protocol": "TCP"}],
                    "resources": {"limits": {"nvidia.com/gpu": "1"}, "requests": {"nvidia.com/gpu": "1"}},
                    "volumeMounts": [{"name": "model", "mountPath": "/mnt/models", "readOnly": true}]
                }],
                "volumes": [{"name": "model", "emptyDir": {}}, {"name": "model-tmp", "emptyDir": {}}]
            },
            "router": {
                "route": {},
                "gateway": {"refs": [{"name": "otterscale-llm-d-infra-inference-gateway", "namespace": "llm-d"}]},
                "scheduler": {"pool": {"spec": {
                    "endpointPickerRef": {"failureMode": "FailClose", "kind": "Service", "name": "qwen3-epp-service", "port": {"number": 9002}},
                    "selector": {"matchLabels": {
                        "app.kubernetes.io/name": "qwen3",
                        "app.kubernetes.io/part-of": "llminferenceservice",
                        "kserve.io/component": "workload"
                    }},
                    "targetPorts": [{"number": 8000}]
                }}}
            }
        }
    });
    assert_eq!(resources[0], want);
    let kinds: Vec<(&str, &str)> =
        resources.iter().map(|r| (r["kind"].as_str().unwrap(), r["metadata"]["name"].as_str().unwrap())).collect();
    assert_eq!(
        kinds,
        [("LLMInferenceService", "qwen3"), ("PodMonitor", "qwen3-kserve"), ("DestinationRule", "qwen3-epp-service")]
    );
}

#[test]
fn gpu_count_is_tensor_times_data_local_of_the_vendor() {
    let gpus = |accel: &str, parallelism: Value, resources: Value| {
        let s = svc(
            json!({"spec": {"accelerator": {"type": accel}, "decode": {"parallelism": parallelism, "resources": resources}}}),
            Value::Null,
            Value::Null,
        );
        s["spec"]["template"]["containers"][0]["resources"].clone()
    };
    let both = |k: &str, n: &str| json!({"limits": {k: n}, "requests": {k: n}});
    assert_eq!(gpus("nvidia", json!({"tensor": 4, "dataLocal": 2, "data": 8}), json!({})), both("nvidia.com/gpu", "8"));
    assert_eq!(gpus("amd", json!({"tensor": 2}), json!({})), both("amd.com/gpu", "2"));
    assert_eq!(gpus("intel-gaudi", json!({}), json!({})), both("habana.ai/gaudi", "1"));
    assert_eq!(gpus("google", json!({"tensor": 8}), json!({})), both("google.com/tpu", "8"));
    assert_eq!(gpus("cpu", json!({"tensor": 2}), json!({"requests": {"cpu": "4"}})), json!({"requests": {"cpu": "4"}}));
    // The operator overwrites a user GPU value; other keys stay.
    assert_eq!(
        gpus("nvidia", json!({"tensor": 2}), json!({"limits": {"nvidia.com/gpu": 7, "memory": "64Gi"}})),
        json!({"limits": {"nvidia.com/gpu": "2", "memory": "64Gi"}, "requests": {"nvidia.com/gpu": "2"}})
    );
}

#[test]
fn parallelism_and_args() {
    let s = svc(
        json!({"spec": {
            "engine": {"args": ["--max-model-len=8192", "--override-generation-config", "{\"temperature\": 0.6}", "it's"]},
            "decode": {"replicas": 3, "parallelism": {"tensor": 2, "data": 4, "dataLocal": 2}}
        }}),
        Value::Null,
        Value::Null,
    );
    assert_eq!(s["spec"]["replicas"], 3);
    assert_eq!(s["spec"]["parallelism"], json!({"tensor": 2}));
    assert_eq!(
        s["spec"]["template"]["containers"][0]["args"],
        json!([
            "--data-parallel-size",
            "4",
            "--data-parallel-size-local",
            "2",
            "--max-model-len=8192",
            "--override-generation-config",
            "'{\"temperature\": 0.6}'",
            "'it'\"'\"'s'"
        ])
    );
    // tensor 1 writes no parallelism; replicas 0 stays 0.
    let s = svc(json!({"spec": {"decode": {"replicas": 0, "parallelism": {"tensor": 1}}}}), Value::Null, Value::Null);
    assert_eq!(s["spec"]["replicas"], 0);
    assert!(s["spec"].get("parallelism").is_none());
}

#[test]
fn prefill_engine_and_pod_placement() {
    let s = svc(
        json!({"spec": {
            "model": {"name": "m", "image": "r/m:v1", "imagePullSecrets": [{"name": "pull"}]},
            "engine": {"image": "mirror/vllm:v1", "imagePullPolicy": "Always", "env": [{"name": "A", "value": "1"}, {"name": "E", "value": ""}]},
            "decode": {"nodeSelector": {"gpu": "h100"}, "tolerations": [{"key": "k", "operator": "Exists", "value": ""}], "annotations": {"a": "b"}},
            "prefill": {"replicas": 2, "parallelism": {"tensor": 2}, "resources": {"requests": {"cpu": "4"}}},
            "routingProxy": {"connector": "nixlv2"}
        }}),
        Value::Null,
        Value::Null,
    );
    let spec = &s["spec"];
    assert_eq!(spec["annotations"], json!({"a": "b"}));
    assert_eq!(spec["template"]["nodeSelector"], json!({"gpu": "h100"}));
    assert_eq!(spec["template"]["tolerations"], json!([{"key": "k", "operator": "Exists"}]));
    assert_eq!(spec["template"]["imagePullSecrets"], json!([{"name": "pull"}]));
    let p = &spec["prefill"];
    assert_eq!(p["replicas"], 2);
    assert_eq!(p["parallelism"], json!({"tensor": 2}));
    assert!(p.get("annotations").is_none());
    assert!(p["template"].get("nodeSelector").is_none());
    let main = &p["template"]["containers"][0];
    assert_eq!(main["name"], "main");
    assert_eq!(main["image"], "mirror/vllm:v1");
    assert_eq!(main["imagePullPolicy"], "Always");
    assert_eq!(main["env"], json!([{"name": "A", "value": "1"}, {"name": "E"}]));
    assert_eq!(
        main["resources"],
        json!({"limits": {"nvidia.com/gpu": "2"}, "requests": {"cpu": "4", "nvidia.com/gpu": "2"}})
    );
    assert_eq!(p["template"]["imagePullSecrets"], json!([{"name": "pull"}]));
    // The kit reads the first pull secret as its docker config, in both pods.
    assert_eq!(p["template"]["volumes"][2]["secret"]["secretName"], "pull");
    assert_eq!(p["template"]["initContainers"][0]["env"][3], json!({"name": "DOCKER_CONFIG", "value": "/.docker"}));
}

#[test]
fn model_uri_replaces_the_kit() {
    for uri in ["hf://Qwen/Qwen3-8B", "pvc://models/qwen3", "oci://r/modelcar:v1", "oci+native://r/m:v1", "s3://b/k"] {
        let s = svc(json!({}), Value::Null, json!({"migrate": {"modelUri": uri}}));
        assert_eq!(s["spec"]["model"], json!({"uri": uri, "name": "Qwen/Qwen3-8B"}));
        assert!(s["spec"].get("storageInitializer").is_none());
        assert_eq!(
            s["spec"]["template"],
            json!({"containers": [{
                "name": "main",
                "ports": [{"name": "http", "containerPort": 8000, "protocol": "TCP"}],
                "resources": {"limits": {"nvidia.com/gpu": "1"}, "requests": {"nvidia.com/gpu": "1"}}
            }]})
        );
    }
    // Without accelerator, only vLLM's port name is written.
    let s = svc(
        json!({"spec": {"accelerator": {"type": "cpu"}}}),
        Value::Null,
        json!({"migrate": {"modelUri": "hf://a/b"}}),
    );
    assert_eq!(
        s["spec"]["template"],
        json!({"containers": [{"name": "main", "ports": [{"name": "http", "containerPort": 8000, "protocol": "TCP"}]}]})
    );
    // The kit image comes from the settings.
    let s = svc(json!({}), Value::Null, json!({"images": {"kit": "mirror/kitops:v1"}}));
    assert_eq!(s["spec"]["template"]["initContainers"][0]["image"], "mirror/kitops:v1");
}

#[test]
fn router_follows_the_operator_route() {
    let router = |patch: Value, epp: Value| svc(patch, epp, Value::Null)["spec"]["router"].clone();
    let pool = |r: &Value| r["scheduler"]["pool"].clone();
    // Explicit route: the gatewayRef's namespace, or the ModelService's.
    let r = router(json!({"spec": {"httpRoute": {"gatewayRef": {"name": "gw", "namespace": "infra"}}}}), Value::Null);
    assert_eq!(r["gateway"], json!({"refs": [{"name": "gw", "namespace": "infra"}]}));
    assert_eq!(r["route"], json!({}));
    let r = router(
        json!({"spec": {"httpRoute": {"gatewayRef": {"name": "gw"}, "hostnames": ["h.example.com"]}}}),
        Value::Null,
    );
    assert_eq!(r["gateway"], json!({"refs": [{"name": "gw", "namespace": "ml"}]}));
    // No default gateway and no httpRoute: no route (the operator made none).
    let r = router(json!({}), json!({"defaultGatewayName": ""}));
    assert_eq!(r.as_object().unwrap().keys().collect::<Vec<_>>(), ["scheduler"]);
    // FailOpen is KServe's default: no pool spec; replicas carried.
    let r = router(
        json!({"spec": {"inferencePool": {"endpointPicker": {"failureMode": "FailOpen", "replicas": 3}}}}),
        Value::Null,
    );
    assert_eq!(r["scheduler"], json!({"replicas": 3}));
    let r = router(json!({"spec": {"inferencePool": {"endpointPicker": {"failureMode": "FailClose"}}}}), Value::Null);
    assert_eq!(pool(&r)["spec"]["endpointPickerRef"]["failureMode"], "FailClose");
}

#[test]
fn scheduler_template_carries_flags_auth_and_resources() {
    let s = svc(
        json!({"spec": {"inferencePool": {"endpointPicker": {"failureMode": "FailOpen",
            "resources": {"requests": {"cpu": "2", "memory": "4Gi"}, "limits": {"cpu": "2", "memory": "4Gi"}}}}}}),
        json!({"metricsEndpointAuth": false, "flags": {"z": "1", "a": "x y"}}),
        Value::Null,
    );
    assert_eq!(
        s["spec"]["router"]["scheduler"],
        json!({"replicas": 1, "template": {"containers": [{
            "name": "main",
            "args": ["--a=x y", "--z=1", "--metrics-endpoint-auth=false"],
            "resources": {"requests": {"cpu": "2", "memory": "4Gi"}, "limits": {"cpu": "2", "memory": "4Gi"}}
        }]}})
    );
}

#[test]
fn tracing_is_present_only_when_enabled() {
    let t = |epp: Value| svc(json!({}), epp, Value::Null)["spec"].get("tracing").cloned();
    assert_eq!(t(Value::Null), None);
    assert_eq!(
        t(json!({"tracing": {"enabled": true, "otelExporterEndpoint": "http://otel:4317", "samplerArg": "0.5"}})),
        Some(
            json!({"exporter": "otlp", "exporterEndpoint": "http://otel:4317", "sampler": "parentbased_traceidratio", "samplerArg": "0.5"})
        )
    );
    assert_eq!(
        t(json!({"tracing": {"enabled": true, "sampler": "", "samplerArg": ""}})),
        Some(json!({"exporter": "otlp"}))
    );
}

#[test]
fn v1alpha1_has_the_older_pool_fields() {
    let s = svc(json!({}), Value::Null, json!({"migrate": {"apiVersion": "serving.kserve.io/v1alpha1"}}));
    assert_eq!(s["apiVersion"], "serving.kserve.io/v1alpha1");
    assert_eq!(
        s["spec"]["router"]["scheduler"]["pool"],
        json!({"spec": {
            "extensionRef": {"failureMode": "FailClose", "name": "qwen3-epp-service", "portNumber": 9002},
            "selector": {"app.kubernetes.io/name": "qwen3", "app.kubernetes.io/part-of": "llminferenceservice", "kserve.io/component": "workload"},
            "targetPortNumber": 8000
        }})
    );
}

#[test]
fn kept_objects_follow_the_operator_settings() {
    let kinds = |patch: Value, epp: Value| -> Vec<String> {
        let (resources, _) = run(&with(&patch), &epp, &Value::Null);
        resources
            .iter()
            .skip(1)
            .map(|r| format!("{}/{}", r["kind"].as_str().unwrap(), r["metadata"]["name"].as_str().unwrap()))
            .collect()
    };
    let monitored = json!({"spec": {"inferencePool": {"endpointPicker": {}}, "monitoring": {"podMonitor": {"enabled": true}}, "prefill": {}}});
    assert_eq!(
        kinds(monitored.clone(), Value::Null),
        [
            "PodMonitor/qwen3-kserve",
            "PodMonitor/qwen3-kserve-prefill",
            "ServiceMonitor/qwen3-epp-service",
            "ServiceAccount/qwen3-epp-metrics-reader",
            "Secret/qwen3-epp-metrics-reader-token",
            "ClusterRole/ml-qwen3-epp-metrics-reader",
            "ClusterRoleBinding/ml-qwen3-epp-metrics-reader",
            "DestinationRule/qwen3-epp-service"
        ]
    );
    // gke: no token Secret, no DestinationRule; without metrics auth no reader or RBAC either.
    assert_eq!(
        kinds(monitored.clone(), json!({"provider": "gke"})),
        [
            "PodMonitor/qwen3-kserve",
            "PodMonitor/qwen3-kserve-prefill",
            "ServiceMonitor/qwen3-epp-service",
            "ServiceAccount/qwen3-epp-metrics-reader",
            "ClusterRole/ml-qwen3-epp-metrics-reader",
            "ClusterRoleBinding/ml-qwen3-epp-metrics-reader"
        ]
    );
    assert_eq!(
        kinds(monitored, json!({"provider": "none", "metricsEndpointAuth": false})),
        ["PodMonitor/qwen3-kserve", "PodMonitor/qwen3-kserve-prefill", "ServiceMonitor/qwen3-epp-service"]
    );
    // PodMonitors off: nothing kept but the DestinationRule.
    assert_eq!(
        kinds(json!({"spec": {"monitoring": {"podMonitor": {}}}}), Value::Null),
        ["DestinationRule/qwen3-epp-service"]
    );
    // The PodMonitors scrape the port named `http`: vLLM's, 8001 on P/D decode pods, 8000 on prefill pods.
    let (resources, _) = run(&with(&json!({"spec": {"prefill": {}}})), &Value::Null, &Value::Null);
    let ports: Vec<&Value> = resources[1..3].iter().map(|r| &r["spec"]["podMetricsEndpoints"][0]["port"]).collect();
    assert_eq!(ports, [&json!("http"), &json!("http")]);
    let spec = &resources[0]["spec"];
    let port = |n: i32| json!([{"name": "http", "containerPort": n, "protocol": "TCP"}]);
    assert_eq!(spec["template"]["containers"][0]["ports"], port(8001));
    assert_eq!(spec["prefill"]["template"]["containers"][0]["ports"], port(8000));
    assert_eq!(
        resources[2]["spec"]["selector"],
        json!({"matchLabels": {"app.kubernetes.io/component": "llminferenceservice-workload-prefill", "app.kubernetes.io/name": "qwen3", "app.kubernetes.io/part-of": "llminferenceservice"}})
    );
}

/// The metrics token's chain names one ServiceAccount of the kept objects' own, applied before its
/// Secret: Kubernetes' token controller deletes a token Secret whose ServiceAccount does not exist
/// (kubernetes pkg/controller/serviceaccount/tokens_controller.go `syncSecret`), and KServe's own
/// scheduler ServiceAccount `<name>-epp-sa` appears only once KServe reconciles.
#[test]
fn the_metrics_token_belongs_to_a_kept_service_account() {
    let patch =
        json!({"spec": {"inferencePool": {"endpointPicker": {}}, "monitoring": {"podMonitor": {"enabled": true}}}});
    let (resources, _) = run(&with(&patch), &Value::Null, &Value::Null);
    let find = |kind: &str| resources.iter().position(|r| r["kind"] == kind).unwrap();
    let (sa, secret) = (find("ServiceAccount"), find("Secret"));
    assert!(sa < secret, "the ServiceAccount comes after its token Secret");
    assert_eq!(
        resources[sa],
        json!({"apiVersion": "v1", "kind": "ServiceAccount", "metadata": {
            "labels": {"app.kubernetes.io/name": "qwen3"}, "name": "qwen3-epp-metrics-reader", "namespace": "ml"}})
    );
    assert_eq!(
        resources[secret]["metadata"]["annotations"],
        json!({"kubernetes.io/service-account.name": "qwen3-epp-metrics-reader"})
    );
    assert_eq!(resources[secret]["metadata"]["name"], "qwen3-epp-metrics-reader-token");
    assert_eq!(
        resources[find("ServiceMonitor")]["spec"]["endpoints"][0]["authorization"],
        json!({"credentials": {"key": "token", "name": "qwen3-epp-metrics-reader-token"}})
    );
    assert_eq!(
        resources[find("ClusterRoleBinding")]["subjects"],
        json!([{"kind": "ServiceAccount", "name": "qwen3-epp-metrics-reader", "namespace": "ml"}])
    );
}

/// A `portName` other than `http` names no port of KServe's pods (the presets name none, and
/// `migrate` names only vLLM's `http`): the message says the kept PodMonitors scrape nothing.
#[test]
fn pod_monitors_on_another_port_name_say_they_scrape_nothing() {
    let message = |port: &str| {
        let patch = json!({"spec": {"monitoring": {"podMonitor": {"enabled": true, "portName": port}}}});
        let (resources, diags) = run(&with(&patch), &Value::Null, &Value::Null);
        assert_eq!(resources[1]["spec"]["podMetricsEndpoints"][0]["port"], port);
        diags.iter().find(|d| d["code"] == "migrate/pod-monitor").unwrap()["message"].clone()
    };
    assert_eq!(
        message("metrics"),
        "KServe creates no PodMonitor; kept as qwen3-kserve (vLLM port 8000), selecting KServe's workload pods by label and scraping the port named metrics (no port of KServe's pods has that name: the pod templates name only vLLM's, http, so they scrape nothing). KServe does not own them: delete them with the LLMInferenceService"
    );
    assert_eq!(
        message("http"),
        "KServe creates no PodMonitor; kept as qwen3-kserve (vLLM port 8000), selecting KServe's workload pods by label and scraping the port named http (the pod templates name vLLM's port so). KServe does not own them: delete them with the LLMInferenceService"
    );
}

#[test]
fn input_errors_stop_the_migration() {
    let (resources, diags) = run(&json!({"metadata": {"name": "x"}, "spec": {}}), &Value::Null, &Value::Null);
    assert!(resources.is_empty());
    assert!(diags.iter().any(|d| d["code"] == "schema/required"), "{:?}", codes(&diags));
    let (resources, diags) = run(&with(&json!({})), &Value::Null, &json!({"migrate": {"apiVersion": "v1"}}));
    assert!(resources.is_empty());
    assert_eq!(codes(&diags)[0], "config/enum");
    assert!(diags.iter().skip(1).all(|d| d["severity"] != "error"));
    // Errors first, then warnings, then infos.
    let (_, diags) = run(&with(&json!({})), &Value::Null, &Value::Null);
    let rank = |d: &Value| ["error", "warning", "info"].iter().position(|s| d["severity"] == *s).unwrap();
    assert!(diags.windows(2).all(|w| rank(&w[0]) <= rank(&w[1])));
}

#[test]
fn options_migrate_is_read_by_migrate_only() {
    let ms = with(&json!({})).to_string();
    let opts = json!({"migrate": {"modelUri": "hf://a/b"}}).to_string();
    let out: Value = serde_json::from_str(&modelservice_render::api::render_json(&ms, "", &opts)).unwrap();
    assert!(out["diagnostics"].as_array().unwrap().iter().all(|d| !d["code"].as_str().unwrap().starts_with("config/")));
    let bad = json!({"migrat": {}}).to_string();
    let out: Value = serde_json::from_str(&modelservice_render::api::render_json(&ms, "", &bad)).unwrap();
    let d = &out["diagnostics"][0];
    assert_eq!((d["code"].as_str(), d["path"].as_str()), (Some("config/unknown-field"), Some("options.migrat")));
    assert_eq!(d["hint"], "did you mean \"migrate\"?");
}
