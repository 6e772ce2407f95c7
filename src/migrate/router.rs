//! `spec.httpRoute`, the default route, and `spec.inferencePool` → `spec.router`. The operator
//! always runs an endpoint picker, so `router.scheduler` is always set (KServe then applies its
//! config-llm-scheduler preset); `router.route` is set where the operator made an HTTPRoute
//! (KServe applies config-llm-router-route), attached to the same Gateway by `router.gateway.refs`.

use super::codes::{
    EPP_CONFIG, EPP_FAILURE_MODE, EPP_FLAGS, EPP_METRICS_AUTH, EPP_PORT, EPP_REPLICAS_ZERO, IMAGE_NOT_CARRIED,
    IMAGE_PRESET, ROUTE_GATEWAY, ROUTE_HOSTNAMES, ROUTE_MATCH,
};
use super::kmeta::child_name;
use super::kserve::{
    EndpointPickerRef, ExtensionRef, Gateway, GatewayRef, MainContainer, PodTemplate, Pool, PoolSpec, PoolSpecAlpha,
    PoolSpecV1, PortNumber, Route, Router, Scheduler, EPP_IMAGE, EPP_PORT as KSERVE_EPP_PORT, MAIN, MODEL_HEADER,
    PART_OF, SERVING_PORT,
};
use super::{epp_resources, path, Ctx};
use crate::labels;
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
                cx.push(ROUTE_HOSTNAMES.at(at.field("hostnames"), &[&hr.hostnames.join(", ")]));
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
            cx.push(ROUTE_GATEWAY.at(at.clone(), &[&g.namespace, &g.name]));
            g
        }
    };
    let model = cx.ms.spec.model.name.clone();
    let route = child_name(&n, "-kserve-route");
    cx.push(ROUTE_MATCH.at(at, &[&old, &n, &ns, &model, MODEL_HEADER, &route]));
    (Some(Route {}), Some(Gateway { refs: vec![gw] }))
}

fn scheduler(cx: &mut Ctx) -> Scheduler {
    let ms = cx.ms;
    let pool = ms.spec.inference_pool.as_ref();
    let at = path("spec.inferencePool.endpointPicker");
    let ep = pool.map(|p| &p.endpoint_picker);

    let (plugins, kserve_plugins) = if ms.spec.prefill.is_some() {
        (
            "pd-config.yaml: prefix-based P/D decider (nonCachedTokens 16), prefix-cache and queue scorers",
            "always-disagg P/D decider; prefill: prefix-cache 3, queue 2, kv-cache-utilization 2; decode: active-request 2, prefix-cache 3",
        )
    } else {
        (
            "default-plugins.yaml: queue 2, kv-cache-utilization 2, prefix-cache 3",
            "queue 2, kv-cache-utilization 2, prefix-cache 3, no-hit-lru 2, max-score-picker",
        )
    };
    cx.push(EPP_CONFIG.at(path("spec.inferencePool"), &[plugins, kserve_plugins]));

    let defaults = cx.settings.profile().default_images();
    let image = match ep.filter(|e| !e.image.is_empty()) {
        Some(e) => e.image.clone(),
        None => cx.settings.options.images.epp.clone(),
    };
    let carried = [
        "endpoint picker",
        &image,
        "config-llm-scheduler",
        EPP_IMAGE,
        "router.scheduler.template.containers[name=main]",
    ];
    if image == defaults.epp {
        cx.push(IMAGE_PRESET.at(at.field("image"), &carried));
    } else {
        cx.push(IMAGE_NOT_CARRIED.at(at.field("image"), &carried));
    }

    let replicas = match ep.and_then(|e| e.replicas) {
        Some(0) => {
            cx.push(EPP_REPLICAS_ZERO.at(at.field("replicas"), &[]));
            None
        }
        r => r,
    };
    if let Some(port) = ep.map(|e| e.port).filter(|p| *p > 0 && *p != KSERVE_EPP_PORT) {
        cx.push(EPP_PORT.at(at.field("port"), &[&port.to_string(), &KSERVE_EPP_PORT.to_string()]));
    }

    let mut args: Vec<String> = cx.settings.epp.flags.iter().map(|(k, v)| format!("--{k}={v}")).collect();
    if !args.is_empty() {
        cx.push(EPP_FLAGS.at(path("spec.inferencePool"), &[&args.join(" "), EPP_IMAGE]));
    }
    if !cx.settings.epp.metrics_endpoint_auth {
        args.push("--metrics-endpoint-auth=false".into());
        cx.push(EPP_METRICS_AUTH.at(path("spec.inferencePool"), &[]));
    }
    let resources = epp_resources::carry(cx, ep);
    let template = (!args.is_empty() || resources.is_some()).then(|| PodTemplate {
        containers: vec![MainContainer { name: MAIN, args, resources, ..Default::default() }],
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
    let epp_service = child_name(&n, "-epp-service");
    cx.push(EPP_FAILURE_MODE.at(at, &[mode, &epp_service]));
    // Inserted, not collected: `collect` into a map compiles a stable sort for it.
    let mut selector = BTreeMap::new();
    for (k, v) in [(labels::NAME, n.as_str()), (labels::PART_OF, PART_OF), ("kserve.io/component", "workload")] {
        selector.insert(k.to_string(), v.to_string());
    }
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
            selector: crate::crd::MatchLabels { match_labels: labels::from_user(&selector) },
            target_ports: vec![PortNumber { number: SERVING_PORT }],
        })
    };
    Some(Pool { spec })
}
