//! `spec.decode` / `spec.prefill` → the decode workload inline in `spec` and `spec.prefill`: replicas,
//! tensor parallelism, role annotations, and a pod template whose `main` container KServe merges
//! (strategic merge, by container name) into its preset's (config-llm-template.yaml and the P/D
//! templates). Also the routing proxy, which exists only beside the P/D decode template.

use super::codes::{
    DATA_PARALLEL_SINGLE_POD, GPU_COUNT, IMAGE_NOT_CARRIED, IMAGE_PRESET, ROUTING_PROXY_CONNECTOR, ROUTING_PROXY_FLAG,
    ROUTING_PROXY_TARGET_PORT, ROUTING_PROXY_WITHOUT_PREFILL, ROUTING_SIDECAR_ADDED,
};
use super::engine::Engine;
use super::kserve::{
    MainContainer, Parallelism, PodTemplate, Workload, MAIN, PD_DECODE_VLLM_PORT, SERVING_PORT, SIDECAR_CONNECTOR,
    SIDECAR_IMAGE, VLLM_PORT_NAME,
};
use super::model_source::{kit_parts, Source};
use super::{path, Ctx};
use crate::builders::container_port;
use crate::builders::routing_proxy::DEFAULT_TARGET_PORT;
use crate::builders::serving_deployment::{normalize_toleration, resources_opt};
use crate::gpu::{gpu_count, gpu_resource_name, inject_gpu_resources};
use crate::model::RoleSpec;
use crate::role::Role;

pub(crate) fn build(cx: &mut Ctx, role: &RoleSpec, which: Role, engine: &Engine, source: &Source) -> Workload {
    let ms = cx.ms;
    let at = which.path();
    let p = role.parallelism.unwrap_or_default();
    let (tensor, data, data_local) = (p.tensor.max(1), p.data.max(1), p.data_local.max(1));

    let mut args = Vec::new();
    if data > 1 || data_local > 1 {
        for (flag, v) in [("--data-parallel-size", data), ("--data-parallel-size-local", data_local)] {
            if v > 1 {
                args.extend([flag.to_string(), v.to_string()]);
            }
        }
        cx.push(DATA_PARALLEL_SINGLE_POD.at(at.field("parallelism"), &[&args.join(" ")]));
    }
    args.extend(engine.args.iter().cloned());

    let mut resources = role.resources.clone();
    let accel = &ms.spec.accelerator.type_;
    let count = gpu_count(role.parallelism.as_ref());
    inject_gpu_resources(&mut resources, accel, count);
    let gpu = gpu_resource_name(accel);
    if accel != "cpu" && count != 0 && !gpu.is_empty() {
        let n = [tensor.to_string(), data_local.to_string(), count.to_string()];
        cx.push(GPU_COUNT.at(at.field("resources"), &[&n[0], &n[1], &n[2], gpu]));
    }

    let mut template = PodTemplate {
        image_pull_secrets: ms.spec.model.image_pull_secrets.clone(),
        node_selector: role.node_selector.clone(),
        tolerations: role.tolerations.iter().map(normalize_toleration).collect(),
        ..Default::default()
    };
    // vLLM's port in the preset for this role, named as the operator named it (PodMonitors use it).
    let vllm_port = if which == Role::Decode && ms.spec.prefill.is_some() { PD_DECODE_VLLM_PORT } else { SERVING_PORT };
    let mut main = MainContainer {
        name: MAIN,
        ports: vec![container_port(VLLM_PORT_NAME, vllm_port)],
        image: engine.image.clone(),
        image_pull_policy: engine.pull_policy.clone(),
        args,
        env: engine.env.clone(),
        resources: resources_opt(resources),
        volume_mounts: Vec::new(),
    };
    if let Some((init, volumes, mount)) = source.kit.as_deref().and_then(|k| kit_parts(ms, k)) {
        template.init_containers.push(init);
        template.volumes = volumes;
        main.volume_mounts.push(mount);
    }
    template.containers.push(main);
    let annotations =
        if cx.settings.profile().role_annotations { role.annotations.clone() } else { Default::default() };
    Workload {
        replicas: Some(crate::names::default_replicas(role.replicas)),
        parallelism: (tensor > 1).then_some(Parallelism { tensor }),
        annotations,
        template: (!template.is_bare()).then_some(template),
    }
}

/// `spec.routingProxy`: KServe's routing sidecar is part of the P/D decode template only.
pub(crate) fn routing_proxy_notes(cx: &mut Ctx) {
    let ms = cx.ms;
    let at = path("spec.routingProxy");
    let Some(rp) = &ms.spec.routing_proxy else {
        if ms.spec.prefill.is_some() {
            cx.push(ROUTING_SIDECAR_ADDED.at(at, &[SIDECAR_IMAGE]));
        }
        return;
    };
    if ms.spec.prefill.is_none() {
        cx.push(ROUTING_PROXY_WITHOUT_PREFILL.at(at, &[&SERVING_PORT.to_string()]));
        return;
    }
    let defaults = cx.settings.profile().default_images();
    let image = if rp.image.is_empty() { cx.settings.options.images.routing_proxy.as_str() } else { rp.image.as_str() };
    let carried = [
        "routing proxy",
        image,
        "config-llm-decode-template",
        SIDECAR_IMAGE,
        "spec.template.initContainers[name=llm-d-routing-sidecar]",
    ];
    if image == defaults.routing_proxy {
        cx.push(IMAGE_PRESET.at(at.field("image"), &carried));
    } else {
        cx.push(IMAGE_NOT_CARRIED.at(at.field("image"), &carried));
    }
    if rp.connector != SIDECAR_CONNECTOR {
        cx.push(ROUTING_PROXY_CONNECTOR.at(at.field("connector"), &[&rp.connector, SIDECAR_CONNECTOR]));
    }
    let set_flags = [
        ("zapEncoder", !rp.zap_encoder.is_empty()),
        ("zapLogLevel", !rp.zap_log_level.is_empty()),
        ("secureProxy", rp.secure_proxy == Some(true)),
        ("prefillerUseTLS", rp.prefiller_use_tls.is_some()),
        ("certPath", !rp.cert_path.is_empty()),
    ];
    for (field, _) in set_flags.iter().filter(|(_, set)| *set) {
        cx.push(ROUTING_PROXY_FLAG.at(at.field(field), &[field]));
    }
    if rp.target_port > 0 && rp.target_port != DEFAULT_TARGET_PORT {
        let ports = [rp.target_port.to_string(), PD_DECODE_VLLM_PORT.to_string()];
        cx.push(ROUTING_PROXY_TARGET_PORT.at(at.field("targetPort"), &[&ports[0], &ports[1]]));
    }
}
