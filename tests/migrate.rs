//! `migrate` through the public JSON API: one exact case per `migrate/*` diagnostic code (code,
//! severity, path, message, hint), and exact values of the mapping (docs/migration.md): the
//! LLMInferenceService of a minimal ModelService in full, GPU counts, parallelism, P/D, the model
//! source, the router, the scheduler, tracing, v1alpha1, and the objects kept beside it.

mod common;

use common::migrate::{codes, run, with};
use modelservice_render::diagnostics::Severity;
use modelservice_render::migrate::codes::ALL;
use serde_json::{json, Value};

struct Case {
    code: &'static str,
    patch: &'static str,
    epp: &'static str,
    options: &'static str,
    path: &'static str,
    message: &'static str,
    hint: Option<&'static str>,
}

#[rustfmt::skip]
fn cases() -> Vec<Case> {
    vec![
        Case {
            code: "migrate/no-model-source",
            patch: "{}",
            epp: "{}",
            options: r#"{"images":{"kit":""}}"#,
            path: "spec.model.image",
            message: "the kit image is empty, so the operator unpacked nothing and there is no model to carry; KServe cannot fetch the ModelKit registry.example.com/models/qwen3:v1 itself",
            hint: Some("set options.migrate.modelUri (hf://, s3://, pvc://, oci://) or a kit image (options.images.kit)"),
        },
        Case {
            code: "migrate/model-uri-unsupported",
            patch: "{}",
            epp: "{}",
            options: r#"{"migrate":{"modelUri":"kit://registry.example.com/models/qwen3:v1"}}"#,
            path: "options.migrate.modelUri",
            message: "KServe v0.20.0 fetches model URIs with the schemes hf://, s3://, pvc://, oci://, oci+native://; \"kit://registry.example.com/models/qwen3:v1\" fails its reconcile (\"unsupported schema in model URI\")",
            hint: Some("omit modelUri to keep the operator's kit unpack, or give e.g. pvc://<claim>/<path> or oci://<modelcar image>"),
        },
        Case {
            code: "migrate/model-uri-invalid",
            patch: r#"{"spec":{"model":{"name":"Qwen/Qwen3-8B","image":"qwen3:v1"},"engine":{},"accelerator":{"type":"nvidia"},"decode":{}}}"#,
            epp: "{}",
            options: "{}",
            path: "spec.model.image",
            message: "spec.model.uri would be oci://qwen3:v1, which Go's url.Parse refuses (parse \"oci://qwen3:v1\": invalid port \":v1\" after host); KServe reads the field through it (knative's apis.URL), so its webhook rejects the LLMInferenceService",
            hint: Some("write spec.model.image with its registry (<registry>/<name>:<tag>), or set options.migrate.modelUri"),
        },
        Case {
            code: "migrate/epp-resources-conflict",
            patch: r#"{"spec":{"inferencePool":{"endpointPicker":{"resources":{"requests":{"cpu":"8"}}}}}}"#,
            epp: "{}",
            options: "{}",
            path: "spec.inferencePool.endpointPicker.resources.requests[cpu]",
            message: "KServe merges its scheduler preset's resources into these (requests.memory 2Gi, limits.cpu 6, limits.memory 16Gi); the cpu request is then above the cpu limit, and the scheduler Deployment would be rejected",
            hint: Some("set limits[cpu] explicitly"),
        },
        Case {
            code: "migrate/name-renamed",
            patch: r#"{"metadata":{"name":"qwen3.5"}}"#,
            epp: "{}",
            options: "{}",
            path: "metadata.name",
            message: "KServe names Services after the LLMInferenceService (qwen3-5-kserve-workload-svc, qwen3-5-epp-service) and a Service name must be a DNS-1035 label (letters, digits and '-', a letter first), so \"qwen3.5\" becomes \"qwen3-5\": kubectl, the route's paths (/ml/qwen3-5/v1/…) and the pods' app.kubernetes.io/name use the new name",
            hint: Some("rename the ModelService to a DNS-1035 label to keep one name"),
        },
        Case {
            code: "migrate/route-match",
            patch: "{}",
            epp: "{}",
            options: "{}",
            path: "spec.httpRoute",
            message: "the operator's route matched the header OtterScale-Model-Name: qwen3 on every path; KServe's route qwen3-kserve-route (config-llm-router-route) matches the paths /ml/qwen3/v1/{completions,chat/completions,responses,messages} (rewritten to /v1/…) and /publishers/ml/models/Qwen/Qwen3-8B/v1/…, and the header X-Gateway-Model-Name: publishers/ml/models/Qwen/Qwen3-8B on /v1/… paths. Requests that only send OtterScale-Model-Name no longer match",
            hint: Some("clients: call /ml/qwen3/v1/chat/completions on the gateway, or send X-Gateway-Model-Name: publishers/ml/models/Qwen/Qwen3-8B"),
        },
        Case {
            code: "migrate/route-hostnames",
            patch: r#"{"spec":{"httpRoute":{"gatewayRef":{"name":"gw"},"hostnames":["a.example.com"]}}}"#,
            epp: "{}",
            options: "{}",
            path: "spec.httpRoute.hostnames",
            message: "the hostnames a.example.com are not carried: a route spec of your own replaces every rule of KServe's route preset, so KServe's route matches every hostname of the Gateway's listener",
            hint: Some("restrict hostnames on a Gateway listener and name it in router.gateway.refs[].sectionName"),
        },
        Case {
            code: "migrate/engine-port",
            patch: r#"{"spec":{"engine":{"port":8080}}}"#,
            epp: "{}",
            options: "{}",
            path: "spec.engine.port",
            message: "the engine listened on 8080; KServe's presets serve on 8000 (vLLM, probes, InferencePool targetPorts and the route's backends), so clients of the gateway see no change but anything that called pods on 8080 must use 8000",
            hint: Some("the port is fixed by the presets; it is not a field of LLMInferenceService"),
        },
        Case {
            code: "migrate/engine-arg-overrides-preset",
            patch: r#"{"spec":{"engine":{"args":["--port=9000"]}}}"#,
            epp: "{}",
            options: "{}",
            path: "spec.engine.args[0]",
            message: "--port is set by KServe's presets (`vllm serve /mnt/models --served-model-name <name> publishers/<namespace>/models/<name> --port 8000`); repeating it here overrides theirs, which breaks the probes (--port) or model-based routing (--served-model-name)",
            hint: Some("remove --port from spec.engine.args"),
        },
        Case {
            code: "migrate/model-name-shell",
            patch: r#"{"spec":{"model":{"name":"my model","image":"r/m:v1"}}}"#,
            epp: "{}",
            options: "{}",
            path: "spec.model.name",
            message: "KServe's presets put the model name unquoted into bash (`--served-model-name \"{{ .Spec.Model.Name }}\"` inside an eval string), so \"my model\" is split or expanded: vLLM would not serve that name",
            hint: Some("use a name of letters, digits and _@%+=:,./- only"),
        },
        Case {
            code: "migrate/data-parallel-single-pod",
            patch: r#"{"spec":{"decode":{"parallelism":{"data":4,"dataLocal":2}}}}"#,
            epp: "{}",
            options: "{}",
            path: "spec.decode.parallelism",
            message: "KServe's parallelism.data/dataLocal mean multi-node data parallelism (a LeaderWorkerSet, with spec.worker); the operator ran data parallelism inside one pod, so it is carried as vLLM args (--data-parallel-size 4 --data-parallel-size-local 2) and KServe does not know about it",
            hint: Some("for multi-node data parallelism, set parallelism.data/dataLocal and a worker template instead"),
        },
        Case {
            code: "migrate/routing-proxy-without-prefill",
            patch: r#"{"spec":{"routingProxy":{}}}"#,
            epp: "{}",
            options: "{}",
            path: "spec.routingProxy",
            message: "without prefill KServe applies config-llm-template, which has no routing sidecar: the proxy is dropped and requests reach vLLM directly on 8000",
            hint: Some("remove spec.routingProxy, or keep it only with spec.prefill"),
        },
        Case {
            code: "migrate/routing-proxy-connector",
            patch: r#"{"spec":{"prefill":{},"routingProxy":{"connector":"lmcache"}}}"#,
            epp: "{}",
            options: "{}",
            path: "spec.routingProxy.connector",
            message: "the proxy used the connector \"lmcache\"; KServe's sidecar always runs --kv-connector=nixlv2",
            hint: Some("override the sidecar's command in spec.template.initContainers[name=llm-d-routing-sidecar] to keep another connector"),
        },
        Case {
            code: "migrate/routing-proxy-flag",
            patch: r#"{"spec":{"prefill":{},"routingProxy":{"secureProxy":true}}}"#,
            epp: "{}",
            options: "{}",
            path: "spec.routingProxy.secureProxy",
            message: "routingProxy.secureProxy is not carried: KServe sets the sidecar's flags itself (TLS ones from the cluster's enableLLMInferenceServiceTLS setting)",
            hint: None,
        },
        Case {
            code: "migrate/image-not-carried",
            patch: r#"{"spec":{"inferencePool":{"endpointPicker":{"image":"mirror.example.com/epp:v0.6.0"}}}}"#,
            epp: "{}",
            options: "{}",
            path: "spec.inferencePool.endpointPicker.image",
            message: "the endpoint picker image mirror.example.com/epp:v0.6.0 is not carried: KServe's config-llm-scheduler runs ghcr.io/llm-d/llm-d-router-endpoint-picker:v0.9.0 with the flags of that release",
            hint: Some("to use a mirror, set router.scheduler.template.containers[name=main].image to a copy of ghcr.io/llm-d/llm-d-router-endpoint-picker:v0.9.0"),
        },
        Case {
            code: "migrate/epp-config",
            patch: "{}",
            epp: "{}",
            options: "{}",
            path: "spec.inferencePool",
            message: "the operator's endpoint picker ran its own plugins (default-plugins.yaml: queue 2, kv-cache-utilization 2, prefix-cache 3); KServe's scheduler runs its built-in config (queue 2, kv-cache-utilization 2, prefix-cache 3, no-hit-lru 2, max-score-picker), so pods are picked differently",
            hint: Some("to keep the operator's plugins, set router.scheduler.config.inline to its EndpointPickerConfig"),
        },
        Case {
            code: "migrate/epp-default-resources",
            patch: "{}",
            epp: "{}",
            options: "{}",
            path: "spec.inferencePool.endpointPicker.resources",
            message: "the operator's endpoint picker requested cpu 4, memory 8Gi with a memory limit of 16Gi (its defaults); KServe's scheduler preset requests cpu 1, memory 2Gi and limits cpu 6, memory 16Gi",
            hint: Some("set spec.inferencePool.endpointPicker.resources to carry explicit values"),
        },
        Case {
            code: "migrate/epp-replicas-zero",
            patch: r#"{"spec":{"inferencePool":{"endpointPicker":{"replicas":0}}}}"#,
            epp: "{}",
            options: "{}",
            path: "spec.inferencePool.endpointPicker.replicas",
            message: "the endpoint picker was scaled to 0; KServe's webhook rejects router.scheduler.replicas 0, so it is omitted and KServe runs 1 replica",
            hint: None,
        },
        Case {
            code: "migrate/epp-flags",
            patch: "{}",
            epp: r#"{"flags":{"kv-cache-usage-percentage-metric":"vllm:kv_cache_usage_perc"}}"#,
            options: "{}",
            path: "spec.inferencePool",
            message: "eppConfig.flags are carried as endpoint picker args (--kv-cache-usage-percentage-metric=vllm:kv_cache_usage_perc); they were written for the operator's picker, KServe runs ghcr.io/llm-d/llm-d-router-endpoint-picker:v0.9.0: a flag that release does not know stops it",
            hint: None,
        },
        Case {
            code: "migrate/pod-monitor",
            patch: "{}",
            epp: "{}",
            options: "{}",
            path: "spec.monitoring",
            message: "KServe creates no PodMonitor; kept as qwen3-kserve (vLLM port 8000), selecting KServe's workload pods by label and scraping the port named http (the pod templates name vLLM's port so). KServe does not own them: delete them with the LLMInferenceService",
            hint: None,
        },
        Case {
            code: "migrate/service-monitor",
            patch: r#"{"spec":{"inferencePool":{"endpointPicker":{}},"monitoring":{"podMonitor":{"enabled":true}}}}"#,
            epp: "{}",
            options: "{}",
            path: "spec.monitoring.podMonitor.enabled",
            message: "KServe creates no ServiceMonitor for the endpoint picker; kept as ServiceMonitor qwen3-epp-service, the ServiceAccount qwen3-epp-metrics-reader, its token Secret qwen3-epp-metrics-reader-token, listed after it (Kubernetes deletes a token Secret whose ServiceAccount does not exist), the ClusterRole and ClusterRoleBinding ml-qwen3-epp-metrics-reader that let qwen3-epp-metrics-reader's token read /metrics, selecting KServe's scheduler Service (port metrics). KServe does not own them: delete them with the LLMInferenceService",
            hint: None,
        },
        Case {
            code: "migrate/destination-rule",
            patch: "{}",
            epp: "{}",
            options: "{}",
            path: "spec.inferencePool",
            message: "eppConfig.provider is istio: the operator made a DestinationRule so the Istio gateway talks TLS to the endpoint picker; KServe v0.20.0 makes none (its platform networking hook is empty), so it is kept as DestinationRule qwen3-epp-service for host qwen3-epp-service.ml.svc.cluster.local. KServe does not own it: delete it with the LLMInferenceService",
            hint: None,
        },
        Case {
            code: "migrate/tracing",
            patch: "{}",
            epp: r#"{"tracing":{"enabled":true}}"#,
            options: "{}",
            path: "spec",
            message: "tracing is on (eppConfig.tracing.enabled): the operator's empty endpoint becomes the preset's http://otel-collector:4317; KServe names the scheduler's spans inference-scheduler (the operator's picker: gateway-api-inference-extension), adds vLLM's as inference-server-decode/-prefill, and does not trace the routing sidecar (llm-d-routing-sidecar)",
            hint: Some("update trace queries and dashboards that select service.name"),
        },
        Case {
            code: "migrate/model-source",
            patch: "{}",
            epp: "{}",
            options: "{}",
            path: "spec.model.image",
            message: "KServe v0.20.0 fetches hf://, s3://, pvc://, oci:// (modelcar) and oci+native:// URIs, none of which unpacks a KitOps ModelKit; the operator's model-unpack init container (ghcr.io/kitops-ml/kitops:v1.11.0) is kept in the pod templates, unpacking registry.example.com/models/qwen3:v1 into /mnt/models, with KServe's storage initializer disabled; spec.model.uri oci://registry.example.com/models/qwen3:v1 only names the source",
            hint: Some("to let KServe fetch the model, set options.migrate.modelUri (e.g. a pvc:// copy or an oci:// modelcar image)"),
        },
        Case {
            code: "migrate/gpu-count",
            patch: "{}",
            epp: "{}",
            options: "{}",
            path: "spec.decode.resources",
            message: "KServe injects no accelerators; the operator's tensor × dataLocal = 1 × 1 = 1 nvidia.com/gpu is written as the main container's limit and request",
            hint: None,
        },
        Case {
            code: "migrate/image-preset",
            patch: "{}",
            epp: "{}",
            options: "{}",
            path: "spec.engine.image",
            message: "the operator ran its default engine image ghcr.io/llm-d/llm-d-cuda:v0.5.1; KServe's config-llm-template runs ghcr.io/llm-d/llm-d-cuda:v0.8.0 instead, so no image is written",
            hint: Some("to keep ghcr.io/llm-d/llm-d-cuda:v0.5.1, set spec.template.containers[name=main].image"),
        },
        Case {
            code: "migrate/engine-arg-quoted",
            patch: r#"{"spec":{"engine":{"args":["--chat-template-content-format","{\"a\": 1}"]}}}"#,
            epp: "{}",
            options: "{}",
            path: "spec.engine.args[1]",
            message: "written as '{\"a\": 1}': KServe's presets pass args through bash `eval`, which would split or expand \"{\"a\": 1}\"; quoted, vLLM receives it unchanged",
            hint: Some("edit the quoted form in the output, not the bare one"),
        },
        Case {
            code: "migrate/model-mount-path",
            patch: r#"{"spec":{"model":{"name":"Qwen/Qwen3-8B","image":"r/m:v1","mountPath":"/data/model"}}}"#,
            epp: "{}",
            options: "{}",
            path: "spec.model.mountPath",
            message: "the model is now at /mnt/models, where KServe's presets run `vllm serve /mnt/models`, not at /data/model",
            hint: Some("engine args or env that name /data/model must name /mnt/models"),
        },
        Case {
            code: "migrate/routing-proxy-target-port",
            patch: r#"{"spec":{"prefill":{},"routingProxy":{"targetPort":8300}}}"#,
            epp: "{}",
            options: "{}",
            path: "spec.routingProxy.targetPort",
            message: "vLLM listened on 8300 behind the proxy; in KServe's P/D decode pods it listens on 8001 (inside the pod only)",
            hint: None,
        },
        Case {
            code: "migrate/routing-sidecar-added",
            patch: r#"{"spec":{"prefill":{}}}"#,
            epp: "{}",
            options: "{}",
            path: "spec.routingProxy",
            message: "KServe's P/D decode template always runs its routing sidecar (ghcr.io/llm-d/llm-d-router-disagg-sidecar:v0.9.0): decode pods now send prefill work to the prefill pods, which the operator's decode pods without routingProxy never did",
            hint: None,
        },
        Case {
            code: "migrate/route-gateway",
            patch: "{}",
            epp: "{}",
            options: "{}",
            path: "spec.httpRoute",
            message: "the operator's default route attached to the Gateway llm-d/otterscale-llm-d-infra-inference-gateway (eppConfig.defaultGatewayName); router.gateway.refs keeps it there (without refs KServe uses its own ingress Gateway, kserve/kserve-ingress-gateway)",
            hint: None,
        },
        Case {
            code: "migrate/epp-port",
            patch: r#"{"spec":{"inferencePool":{"endpointPicker":{"port":9100}}}}"#,
            epp: "{}",
            options: "{}",
            path: "spec.inferencePool.endpointPicker.port",
            message: "the endpoint picker listened on 9100; KServe's scheduler preset uses 9002 (between the Gateway and the picker only)",
            hint: None,
        },
        Case {
            code: "migrate/epp-resources-merged",
            patch: r#"{"spec":{"inferencePool":{"endpointPicker":{"resources":{"requests":{"cpu":"2"}}}}}}"#,
            epp: "{}",
            options: "{}",
            path: "spec.inferencePool.endpointPicker.resources",
            message: "KServe merges its scheduler preset's resources into these, adding requests.memory 2Gi, limits.cpu 6, limits.memory 16Gi",
            hint: None,
        },
        Case {
            code: "migrate/epp-failure-mode",
            patch: "{}",
            epp: "{}",
            options: "{}",
            path: "spec.inferencePool.endpointPicker.failureMode",
            message: "the operator's pool failed closed (FailClose); KServe's preset fails open, so router.scheduler.pool.spec is written with the preset's selector, ports and endpoint picker Service qwen3-epp-service and failureMode FailClose",
            hint: None,
        },
        Case {
            code: "migrate/epp-metrics-auth",
            patch: "{}",
            epp: r#"{"metricsEndpointAuth":false}"#,
            options: "{}",
            path: "spec.inferencePool",
            message: "eppConfig.metricsEndpointAuth is false: carried as --metrics-endpoint-auth=false (KServe's preset keeps the picker's default, metrics behind auth)",
            hint: None,
        },
        Case {
            code: "migrate/names",
            patch: "{}",
            epp: "{}",
            options: "{}",
            path: "metadata.name",
            message: "KServe names and labels what it creates itself: Deployment qwen3-decode → qwen3-kserve, endpoint picker Deployment qwen3-epp → qwen3-kserve-router-scheduler, Service qwen3-epp → qwen3-epp-service, ServiceAccount qwen3-epp → qwen3-epp-sa, InferencePool qwen3 → qwen3-inference-pool, HTTPRoute qwen3 → qwen3-kserve-route; its objects carry app.kubernetes.io/part-of: llminferenceservice instead of the operator's part-of/managed-by/version labels, and the endpoint picker's ConfigMap and Role are KServe's own",
            hint: Some("update dashboards, alerts and scripts that select the old names or labels; delete the ModelService once the LLMInferenceService serves"),
        },
        Case {
            code: "migrate/metadata",
            patch: r#"{"metadata":{"labels":{"team":"ml"}}}"#,
            epp: "{}",
            options: "{}",
            path: "metadata.labels",
            message: "the ModelService's labels (team) are not copied to the LLMInferenceService",
            hint: Some("copy those you need to metadata.labels; KServe passes some on to its Deployments (kueue.x-k8s.io/*, prometheus.io/* …)"),
        },
    ]
}

#[test]
fn every_code_has_an_exact_case() {
    let cases = cases();
    for c in ALL {
        assert_eq!(cases.iter().filter(|k| k.code == c.code).count(), 1, "{}: one case", c.code);
    }
    assert_eq!(cases.len(), ALL.len());
    for c in &cases {
        let parse = |s: &str| -> Value { serde_json::from_str(s).unwrap() };
        let (resources, diags) = run(&with(&parse(c.patch)), &parse(c.epp), &parse(c.options));
        let found: Vec<&Value> = diags.iter().filter(|d| d["code"] == c.code && d["path"] == c.path).collect();
        assert_eq!(found.len(), 1, "{}: {:?}", c.code, codes(&diags));
        let d = found[0];
        let severity = ALL.iter().find(|k| k.code == c.code).unwrap().severity;
        let want = json!({
            "code": c.code, "severity": severity.as_str(), "path": c.path, "message": c.message,
        });
        let mut want = want.as_object().unwrap().clone();
        if let Some(h) = c.hint {
            want.insert("hint".into(), json!(h));
        }
        assert_eq!(d, &Value::Object(want), "{}", c.code);
        // Errors leave no resources; otherwise the first resource is the LLMInferenceService.
        if severity == Severity::Error {
            assert!(resources.is_empty(), "{}", c.code);
        } else {
            assert_eq!(resources[0]["kind"], "LLMInferenceService", "{}", c.code);
        }
    }
}

#[test]
fn every_code_is_in_the_rules_doc_with_its_severity() {
    let md = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/rules.md")).unwrap();
    for c in ALL {
        let heading = format!("#### `{}`\n", c.code);
        let at = md.find(&heading).unwrap_or_else(|| panic!("docs/rules.md has no heading `{}`", c.code));
        let body = &md[at + heading.len()..];
        let severity = c.severity.as_str();
        let word = format!("{}{}:", severity[..1].to_uppercase(), &severity[1..]);
        assert!(body.starts_with(&word), "docs/rules.md `{}` must start with \"{word}\"", c.code);
    }
}

/// A renamed name too long for `parent + suffix`: the Services the message names are knative's
/// hash-shortened `kmeta.ChildName`s (values from knative's Go `ChildName`; the whole answer of
/// this name, P/D, is tests/fixtures/long-name-pd/migrated.yaml).
#[test]
fn renamed_long_name_names_hashed_services() {
    let patch = json!({"metadata": {"name": "mistral-small-24b-instruct-2501-fp8.disaggregated.prod-eu-1"}});
    let (_, diags) = run(&with(&patch), &json!({}), &json!({}));
    let d = diags.iter().find(|d| d["code"] == "migrate/name-renamed").expect("migrate/name-renamed");
    assert_eq!(
        d["message"],
        "KServe names Services after the LLMInferenceService (mistral-sma923277b0da6536cb7d8243d1b7cf4753-kserve-workload-svc, \
         mistral-small-24b-i923277b0da6536cb7d8243d1b7cf4753-epp-service) and a Service name must be a DNS-1035 label (letters, \
         digits and '-', a letter first), so \"mistral-small-24b-instruct-2501-fp8.disaggregated.prod-eu-1\" becomes \
         \"mistral-small-24b-instruct-2501-fp8-disaggregated-prod-eu-1\": kubectl, the route's paths \
         (/ml/mistral-small-24b-instruct-2501-fp8-disaggregated-prod-eu-1/v1/…) and the pods' app.kubernetes.io/name use the new name"
    );
}

/// A `modelUri` of the user's that Go's `url.Parse` refuses is the same error, at the option.
#[test]
fn model_uri_option_that_go_cannot_parse() {
    let (resources, diags) =
        run(&with(&json!({})), &json!({}), &json!({"migrate": {"modelUri": "oci://qwen3@sha256:0123abcd"}}));
    assert!(resources.is_empty());
    let d = diags.iter().find(|d| d["code"] == "migrate/model-uri-invalid").expect("migrate/model-uri-invalid");
    assert_eq!(d["severity"], "error");
    assert_eq!(d["path"], "options.migrate.modelUri");
    assert_eq!(
        d["message"],
        "spec.model.uri would be oci://qwen3@sha256:0123abcd, which Go's url.Parse refuses (parse \"oci://qwen3@sha256:0123abcd\": invalid port \":0123abcd\" after host); KServe reads the field through it (knative's apis.URL), so its webhook rejects the LLMInferenceService"
    );
    assert_eq!(
        d["hint"],
        "give the URI's host as a host, or a number after its ':' (e.g. oci://<registry>/<name>:<tag>)"
    );
    assert!(!codes(&diags).contains(&"migrate/model-source"), "{diags:?}");
}
