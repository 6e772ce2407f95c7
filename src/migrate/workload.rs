//! `spec.decode` / `spec.prefill` → the decode workload inline in `spec` and `spec.prefill`: replicas,
//! tensor parallelism, role annotations, and a pod template whose `main` container KServe merges
//! (strategic merge, by container name) into its preset's (config-llm-template.yaml and the P/D
//! templates). Also the routing proxy, which exists only beside the P/D decode template.

use super::codes::{
    DATA_PARALLEL_SINGLE_POD, GPU_COUNT, IMAGE_NOT_CARRIED, IMAGE_PRESET, ROUTING_PROXY_CONNECTOR, ROUTING_PROXY_FLAG,
    ROUTING_PROXY_TARGET_PORT, ROUTING_PROXY_WITHOUT_PREFILL, ROUTING_SIDECAR_ADDED,
};
use super::engine::Engine;
use super::kserve::{Parallelism, Workload, MAIN, PD_DECODE_VLLM_PORT, SERVING_PORT, SIDECAR_CONNECTOR, SIDECAR_IMAGE};
use super::model_source::Source;
use super::{path, Ctx};
use crate::builders::routing_proxy::DEFAULT_TARGET_PORT;
use crate::builders::serving_deployment::{normalize_toleration, resources_opt};
use crate::diagnostics::FieldPath;
use crate::gpu::{gpu_count, gpu_resource_name, inject_gpu_resources};
use crate::model::RoleSpec;
use k8s_openapi::api::core::v1::{Container, PodSpec};

#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Role {
    Decode,
    Prefill,
}

impl Role {
    fn key(self) -> &'static str {
        match self {
            Role::Decode => "decode",
            Role::Prefill => "prefill",
        }
    }
}

pub(crate) fn build(cx: &mut Ctx, role: &RoleSpec, which: Role, engine: &Engine, source: &Source) -> Workload {
    let ms = cx.ms;
    let at = FieldPath::root().field("spec").field(which.key());
    let p = role.parallelism.unwrap_or_default();
    let (tensor, data, data_local) = (p.tensor.max(1), p.data.max(1), p.data_local.max(1));

    let mut args = Vec::new();
    if data > 1 || data_local > 1 {
        for (flag, v) in [("--data-parallel-size", data), ("--data-parallel-size-local", data_local)] {
            if v > 1 {
                args.extend([flag.to_string(), v.to_string()]);
            }
        }
        cx.push(DATA_PARALLEL_SINGLE_POD.at(
            at.field("parallelism"),
            format!(
                "KServe's parallelism.data/dataLocal mean multi-node data parallelism (a LeaderWorkerSet, with spec.worker); the operator ran data parallelism inside one pod, so it is carried as vLLM args ({}) and KServe does not know about it",
                args.join(" ")
            ),
        ).with_hint("for multi-node data parallelism, set parallelism.data/dataLocal and a worker template instead"));
    }
    args.extend(engine.args.iter().cloned());

    let mut resources = role.resources.clone();
    let accel = &ms.spec.accelerator.type_;
    let count = gpu_count(role.parallelism.as_ref());
    inject_gpu_resources(&mut resources, accel, count);
    let gpu = gpu_resource_name(accel);
    if accel != "cpu" && count != 0 && !gpu.is_empty() {
        cx.push(GPU_COUNT.at(
            at.field("resources"),
            format!(
                "KServe injects no accelerators; the operator's tensor × dataLocal = {tensor} × {data_local} = {count} {gpu} is written as the main container's limit and request"
            ),
        ));
    }

    let kit = source.kit.as_ref();
    let main = Container {
        name: MAIN.into(),
        image: engine.image.clone(),
        image_pull_policy: engine.pull_policy.clone(),
        args: (!args.is_empty()).then_some(args),
        env: (!engine.env.is_empty()).then(|| engine.env.clone()),
        resources: resources_opt(resources),
        volume_mounts: kit.map(|k| vec![k.mount.clone()]),
        ..Default::default()
    };
    let secrets = &ms.spec.model.image_pull_secrets;
    let template = PodSpec {
        init_containers: kit.map(|k| vec![k.init.clone()]),
        volumes: kit.map(|k| k.volumes.clone()),
        image_pull_secrets: (!secrets.is_empty()).then(|| secrets.clone()),
        node_selector: (!role.node_selector.is_empty()).then(|| role.node_selector.clone()),
        tolerations: (!role.tolerations.is_empty())
            .then(|| role.tolerations.iter().map(normalize_toleration).collect()),
        containers: vec![main],
        ..Default::default()
    };
    let bare =
        PodSpec { containers: vec![Container { name: MAIN.into(), ..Default::default() }], ..Default::default() };
    let annotations =
        if cx.settings.profile().role_annotations { role.annotations.clone() } else { Default::default() };
    Workload {
        replicas: Some(role.replicas.unwrap_or(1)),
        parallelism: (tensor > 1).then_some(Parallelism { tensor }),
        annotations,
        template: (template != bare).then_some(template),
    }
}

/// `spec.routingProxy`: KServe's routing sidecar is part of the P/D decode template only.
pub(crate) fn routing_proxy_notes(cx: &mut Ctx) {
    let ms = cx.ms;
    let at = path("spec.routingProxy");
    let Some(rp) = &ms.spec.routing_proxy else {
        if ms.spec.prefill.is_some() {
            cx.push(ROUTING_SIDECAR_ADDED.at(
                at,
                format!("KServe's P/D decode template always runs its routing sidecar ({SIDECAR_IMAGE}): decode pods now send prefill work to the prefill pods, which the operator's decode pods without routingProxy never did"),
            ));
        }
        return;
    };
    if ms.spec.prefill.is_none() {
        cx.push(ROUTING_PROXY_WITHOUT_PREFILL.at(
            at,
            format!(
                "without prefill KServe applies config-llm-template, which has no routing sidecar: the proxy is dropped and requests reach vLLM directly on {SERVING_PORT}"
            ),
        ).with_hint("remove spec.routingProxy, or keep it only with spec.prefill"));
        return;
    }
    let defaults = cx.settings.profile().default_images();
    let image = if rp.image.is_empty() { cx.settings.options.images.routing_proxy.as_str() } else { rp.image.as_str() };
    if image == defaults.routing_proxy {
        cx.push(IMAGE_PRESET.at(
            at.field("image"),
            format!("the operator's default routing proxy {image} is replaced by KServe's P/D sidecar {SIDECAR_IMAGE} (config-llm-decode-template.yaml)"),
        ));
    } else {
        cx.push(IMAGE_NOT_CARRIED.at(
            at.field("image"),
            format!("the routing proxy image {image} is not carried: KServe's P/D decode template runs {SIDECAR_IMAGE} with the flags of that release"),
        ).with_hint(format!("to use a mirror, set spec.template.initContainers[name=llm-d-routing-sidecar].image to a copy of {SIDECAR_IMAGE}")));
    }
    if rp.connector != SIDECAR_CONNECTOR {
        cx.push(ROUTING_PROXY_CONNECTOR.at(
            at.field("connector"),
            format!("the proxy used the connector {:?}; KServe's sidecar always runs --kv-connector={SIDECAR_CONNECTOR}", rp.connector),
        ).with_hint("override the sidecar's command in spec.template.initContainers[name=llm-d-routing-sidecar] to keep another connector"));
    }
    let set_flags = [
        ("zapEncoder", !rp.zap_encoder.is_empty()),
        ("zapLogLevel", !rp.zap_log_level.is_empty()),
        ("secureProxy", rp.secure_proxy == Some(true)),
        ("prefillerUseTLS", rp.prefiller_use_tls.is_some()),
        ("certPath", !rp.cert_path.is_empty()),
    ];
    for (field, _) in set_flags.iter().filter(|(_, set)| *set) {
        cx.push(ROUTING_PROXY_FLAG.at(
            at.field(field),
            format!("routingProxy.{field} is not carried: KServe sets the sidecar's flags itself (TLS ones from the cluster's enableLLMInferenceServiceTLS setting)"),
        ));
    }
    if rp.target_port > 0 && rp.target_port != DEFAULT_TARGET_PORT {
        cx.push(ROUTING_PROXY_TARGET_PORT.at(
            at.field("targetPort"),
            format!(
                "vLLM listened on {} behind the proxy; in KServe's P/D decode pods it listens on {PD_DECODE_VLLM_PORT} (inside the pod only)",
                rp.target_port
            ),
        ));
    }
}
