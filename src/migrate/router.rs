//! `spec.httpRoute`, the default route, and `spec.inferencePool` → `spec.router`. The operator
//! always runs an endpoint picker, so `router.scheduler` is always set (KServe then applies its
//! config-llm-scheduler preset); `router.route` is set where the operator made an HTTPRoute
//! (KServe applies config-llm-router-route), attached to the same Gateway by `router.gateway.refs`.

use super::codes::{
    EPP_CONFIG, EPP_FAILURE_MODE, EPP_FAILURE_MODE_LOST, EPP_FLAGS, EPP_METRICS_AUTH, EPP_PORT, EPP_REPLICAS_ZERO,
    IMAGE_NOT_CARRIED, IMAGE_PRESET, ROUTE_GATEWAY, ROUTE_HOSTNAMES, ROUTE_MATCH,
};
use super::kserve::{
    child_name, child_name_text, EndpointPickerRef, ExtensionRef, Gateway, GatewayRef, Pool, PoolSpec, PoolSpecAlpha,
    PoolSpecV1, PortNumber, Route, Router, Scheduler, EPP_IMAGE, EPP_PORT as KSERVE_EPP_PORT, MAIN, MODEL_HEADER,
    PART_OF, SERVING_PORT,
};
use super::{epp_resources, path, Ctx};
use crate::labels;
use k8s_openapi::api::core::v1::{Container, PodSpec};
use std::collections::BTreeMap;

/// The namespace of the operator's default route's Gateway (epp.md §12.3).
const DEFAULT_ROUTE_GATEWAY_NAMESPACE: &str = "llm-d";

pub(crate) fn build(cx: &mut Ctx) -> Router {
    let (route, gateway) = route(cx);
    Router { route, gateway, scheduler: Some(scheduler(cx)) }
}

fn route(cx: &mut Ctx) -> (Option<Route>, Option<Gateway>) {
    let (n, ns) = (cx.name().to_string(), cx.namespace().to_string());
    let old = cx.ms.metadata.name.clone();
    let at = path("spec.httpRoute");
    let gw = match &cx.ms.spec.http_route {
        Some(hr) => {
            if !hr.hostnames.is_empty() {
                cx.push(ROUTE_HOSTNAMES.at(
                    at.field("hostnames"),
                    format!(
                        "the hostnames {} are not carried: a route spec of your own replaces all of KServe's preset rules, so KServe's route matches every hostname of the Gateway's listener",
                        hr.hostnames.join(", ")
                    ),
                ).with_hint("restrict hostnames on a Gateway listener and name it in router.gateway.refs[].sectionName"));
            }
            let gns = if hr.gateway_ref.namespace.is_empty() { ns.clone() } else { hr.gateway_ref.namespace.clone() };
            GatewayRef { name: hr.gateway_ref.name.clone(), namespace: gns }
        }
        None if cx.settings.epp.default_gateway_name.is_empty() => return (None, None),
        None => {
            let g = GatewayRef {
                name: cx.settings.epp.default_gateway_name.clone(),
                namespace: DEFAULT_ROUTE_GATEWAY_NAMESPACE.into(),
            };
            cx.push(ROUTE_GATEWAY.at(
                at.clone(),
                format!(
                    "the operator's default route attached to the Gateway {}/{} (eppConfig.defaultGatewayName); router.gateway.refs keeps it there (without refs KServe uses its own ingress Gateway, kserve/kserve-ingress-gateway)",
                    g.namespace, g.name
                ),
            ));
            g
        }
    };
    let model = &cx.ms.spec.model.name;
    cx.push(ROUTE_MATCH.at(
        at,
        format!(
            "the operator's route matched the header OtterScale-Model-Name: {old} on every path; KServe's route {} (config-llm-router-route) matches the paths /{ns}/{n}/v1/{{completions,chat/completions,responses,messages}} (rewritten to /v1/…) and /publishers/{ns}/models/{model}/v1/…, and the header {MODEL_HEADER}: publishers/{ns}/models/{model} on /v1/… paths. Requests that only send OtterScale-Model-Name no longer match",
            child_name_text(&n, "-kserve-route")
        ),
    ).with_hint(format!("clients: call /{ns}/{n}/v1/chat/completions on the gateway, or send {MODEL_HEADER}: publishers/{ns}/models/{model}")));
    (Some(Route {}), Some(Gateway { refs: vec![gw] }))
}

fn scheduler(cx: &mut Ctx) -> Scheduler {
    let ms = cx.ms;
    let pool = ms.spec.inference_pool.as_ref();
    let at = path("spec.inferencePool.endpointPicker");
    let ep = pool.map(|p| &p.endpoint_picker);

    let plugins = if ms.spec.prefill.is_some() {
        "pd-config.yaml: prefix-based P/D decider (nonCachedTokens 16), prefix-cache and queue scorers"
    } else {
        "default-plugins.yaml: queue 2, kv-cache-utilization 2, prefix-cache 3"
    };
    let kserve_plugins = if ms.spec.prefill.is_some() {
        "always-disagg P/D decider; prefill: prefix-cache 3, queue 2, kv-cache-utilization 2; decode: active-request 2, prefix-cache 3"
    } else {
        "queue 2, kv-cache-utilization 2, prefix-cache 3, no-hit-lru 2, max-score-picker"
    };
    cx.push(EPP_CONFIG.at(
        path("spec.inferencePool"),
        format!("the operator's endpoint picker ran its own plugins ({plugins}); KServe's scheduler runs its built-in config ({kserve_plugins}), so pods are picked differently"),
    ).with_hint("to keep the operator's plugins, set router.scheduler.config.inline to its EndpointPickerConfig"));

    let defaults = cx.settings.profile().default_images();
    let image = match ep.filter(|e| !e.image.is_empty()) {
        Some(e) => e.image.clone(),
        None => cx.settings.options.images.epp.clone(),
    };
    if image == defaults.epp {
        cx.push(IMAGE_PRESET.at(
            at.field("image"),
            format!("the operator's default endpoint picker {image} is replaced by KServe's {EPP_IMAGE} (config-llm-scheduler.yaml)"),
        ));
    } else {
        cx.push(IMAGE_NOT_CARRIED.at(
            at.field("image"),
            format!("the endpoint picker image {image} is not carried: KServe's scheduler preset runs {EPP_IMAGE} with the flags of that release"),
        ).with_hint(format!("to use a mirror, set router.scheduler.template.containers[name={MAIN}].image to a copy of {EPP_IMAGE}")));
    }

    let replicas = match ep.and_then(|e| e.replicas) {
        Some(0) => {
            cx.push(EPP_REPLICAS_ZERO.at(
                at.field("replicas"),
                "the endpoint picker was scaled to 0; KServe's webhook rejects router.scheduler.replicas 0, so it is omitted and KServe runs 1 replica",
            ));
            None
        }
        r => r,
    };
    if let Some(port) = ep.map(|e| e.port).filter(|p| *p > 0 && *p != KSERVE_EPP_PORT) {
        cx.push(EPP_PORT.at(
            at.field("port"),
            format!("the endpoint picker listened on {port}; KServe's scheduler preset uses {KSERVE_EPP_PORT} (between the Gateway and the picker only)"),
        ));
    }

    let mut args: Vec<String> = cx.settings.epp.flags.iter().map(|(k, v)| format!("--{k}={v}")).collect();
    if !args.is_empty() {
        cx.push(EPP_FLAGS.at(
            path("spec.inferencePool"),
            format!(
                "eppConfig.flags are carried as endpoint picker args ({}); they were written for the operator's picker, KServe runs {EPP_IMAGE}: a flag that release does not know stops it",
                args.join(" ")
            ),
        ));
    }
    if !cx.settings.epp.metrics_endpoint_auth {
        args.push("--metrics-endpoint-auth=false".into());
        cx.push(EPP_METRICS_AUTH.at(
            path("spec.inferencePool"),
            "eppConfig.metricsEndpointAuth is false: carried as --metrics-endpoint-auth=false (KServe's preset keeps the picker's default, metrics behind auth)",
        ));
    }
    let resources = epp_resources::carry(cx, ep);
    let template = (!args.is_empty() || resources.is_some()).then(|| PodSpec {
        containers: vec![Container {
            name: MAIN.into(),
            args: (!args.is_empty()).then_some(args),
            resources,
            ..Default::default()
        }],
        ..Default::default()
    });
    Scheduler { replicas, pool: failure_mode(cx), template }
}

/// The pool fails open in KServe's preset; where the operator's failed closed, the pool spec is
/// written with the preset's values and `FailClose`.
fn failure_mode(cx: &mut Ctx) -> Option<Pool> {
    let ep = cx.ms.spec.inference_pool.as_ref().map(|p| &p.endpoint_picker);
    let mode = ep.map(|e| e.failure_mode.as_str()).filter(|m| !m.is_empty()).unwrap_or("FailClose");
    if mode == "FailOpen" {
        return None;
    }
    let at = path("spec.inferencePool.endpointPicker.failureMode");
    let n = cx.name().to_string();
    let Some(epp_service) = child_name(&n, "-epp-service") else {
        cx.push(EPP_FAILURE_MODE_LOST.at(
            at,
            format!("the operator's pool failed closed ({mode}); KServe's preset pool fails open, and the name {n:?} is too long to write the pool spec here (KServe shortens its EPP Service name with a hash)"),
        ).with_hint("after the first reconcile, copy the pool spec KServe wrote and set failureMode: FailClose"));
        return None;
    };
    cx.push(EPP_FAILURE_MODE.at(
        at,
        format!("the operator's pool failed closed ({mode}); KServe's preset fails open, so router.scheduler.pool.spec is written with the preset's selector, ports and endpoint picker Service {epp_service} and failureMode {mode}"),
    ));
    let selector: BTreeMap<String, String> =
        [(labels::NAME, n.as_str()), (labels::PART_OF, PART_OF), ("kserve.io/component", "workload")]
            .into_iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
    let spec = if cx.opts.is_v1alpha1() {
        PoolSpec::Alpha(PoolSpecAlpha {
            extension_ref: ExtensionRef { failure_mode: mode.into(), name: epp_service, port_number: KSERVE_EPP_PORT },
            selector,
            target_port_number: SERVING_PORT,
        })
    } else {
        PoolSpec::V1(PoolSpecV1 {
            endpoint_picker_ref: EndpointPickerRef {
                failure_mode: mode.into(),
                kind: "Service",
                name: epp_service,
                port: PortNumber { number: KSERVE_EPP_PORT },
            },
            selector: crate::crd::MatchLabels { match_labels: selector },
            target_ports: vec![PortNumber { number: SERVING_PORT }],
        })
    };
    Some(Pool { spec })
}
