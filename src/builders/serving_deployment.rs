//! The vLLM serving Deployments, decode and prefill (serving.md §2–8): upstream `BuildDeployment`.

use super::{
    container_port, env, labels_opt, meta, model_unpack, non_empty, restricted_container_security,
    restricted_pod_security, routing_proxy,
};
use crate::config::{Profile, TracingConfig};
use crate::gpu::{gpu_count, inject_gpu_resources};
use crate::labels::{self, Labels};
use crate::model::{ModelService, RoleSpec};
use crate::names::default_replicas;
use crate::objects::{
    Container, Deployment, DeploymentSpec, EmptyDirVolumeSource, KeyToPath, LabelSelector, ObjectMeta, PodSpec,
    PodTemplateSpec, PullSecret, SecretVolumeSource, Volume, VolumeMount,
};
use crate::role::Role;
use k8s_openapi::api::core::v1::{EnvVar, ResourceRequirements, Toleration};

pub const DEFAULT_ENGINE_PORT: i32 = 8000;
pub const VLLM_CONTAINER: &str = "vllm";
pub const NIXL_ENV: &str = "VLLM_NIXL_SIDE_CHANNEL_PORT";

/// `spec.engine.port` when positive, else 8000.
pub fn engine_port(ms: &ModelService) -> i32 {
    if ms.spec.engine.port > 0 {
        ms.spec.engine.port
    } else {
        DEFAULT_ENGINE_PORT
    }
}

/// The port vLLM listens on: the proxy's target port on decode pods with a proxy, else the engine port.
pub fn vllm_port(ms: &ModelService, role: Role) -> i32 {
    if role.has_routing_proxy(ms) {
        routing_proxy::target_port(ms)
    } else {
        engine_port(ms)
    }
}

/// Go `strconv.ParseInt(v, 10, 32)`: optional sign, ASCII digits (leading zeros allowed), int32 range.
pub fn parse_go_int32(v: &str) -> Option<i32> {
    let digits = v.strip_prefix(['+', '-']).unwrap_or(v);
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let s = v.strip_prefix('+').unwrap_or(v);
    s.parse::<i32>().ok()
}

/// The NIXL side-channel port: the first `VLLM_NIXL_SIDE_CHANNEL_PORT` entry only, 1–65535.
pub fn nixl_side_port(env: &[EnvVar]) -> Option<i32> {
    let first = env.iter().find(|e| e.name == NIXL_ENV)?;
    let p = parse_go_int32(first.value.as_deref().unwrap_or(""))?;
    (1..=65535).contains(&p).then_some(p)
}

/// The vLLM arguments, in upstream order; user args are appended verbatim.
pub fn vllm_args(ms: &ModelService, spec: &RoleSpec, role: Role) -> Vec<String> {
    let p = spec.parallelism.unwrap_or_default();
    let mut a = vec![
        model_unpack::mount_path(ms).to_string(),
        "--port".into(),
        vllm_port(ms, role).to_string(),
        "--served-model-name".into(),
        ms.spec.model.name.clone(),
    ];
    for (flag, v) in [
        ("--tensor-parallel-size", p.tensor),
        ("--data-parallel-size", p.data),
        ("--data-parallel-size-local", p.data_local),
    ] {
        if v.max(1) > 1 {
            a.extend([flag.to_string(), v.to_string()]);
        }
    }
    a.extend(ms.spec.engine.args.iter().cloned());
    a
}

/// A user env entry as the Go client sends it (`crate::omitempty`; `render` already clears its
/// copy, other readers of the ModelService use this).
pub(crate) fn normalize_env(e: &EnvVar) -> EnvVar {
    let mut e = e.clone();
    crate::omitempty::env_var(&mut e);
    e
}

/// A user toleration as the Go client sends it (`crate::omitempty`).
pub(crate) fn normalize_toleration(t: &Toleration) -> Toleration {
    let mut t = t.clone();
    crate::omitempty::toleration(&mut t);
    t
}

/// Empty limits/requests/claims are omitted; `None` when nothing is left.
pub(crate) fn resources_opt(mut r: ResourceRequirements) -> Option<ResourceRequirements> {
    r.limits = r.limits.filter(|m| !m.is_empty());
    r.requests = r.requests.filter(|m| !m.is_empty());
    r.claims = r.claims.filter(|c| !c.is_empty());
    (r != ResourceRequirements::default()).then_some(r)
}

fn vllm_container(ms: &ModelService, spec: &RoleSpec, role: Role, profile: &Profile) -> Container {
    let p = spec.parallelism.unwrap_or_default();
    let port = vllm_port(ms, role);
    let mut ports = vec![container_port("http", port)];
    if profile.nixl_side_port {
        if let Some(nixl) = nixl_side_port(&ms.spec.engine.env).filter(|n| *n != port) {
            ports.push(container_port("nixl-side", nixl));
        }
    }
    let mut envs = vec![
        env("TP_SIZE", &p.tensor.max(1).to_string()),
        env("DP_SIZE", &p.data.max(1).to_string()),
        env("DP_SIZE_LOCAL", &p.data_local.max(1).to_string()),
    ];
    envs.extend(ms.spec.engine.env.iter().cloned());
    let mut resources = spec.resources.clone();
    inject_gpu_resources(&mut resources, &ms.spec.accelerator.type_, gpu_count(spec.parallelism.as_ref()));
    Container {
        name: VLLM_CONTAINER,
        image: non_empty(&ms.spec.engine.image),
        image_pull_policy: non_empty(&ms.spec.engine.image_pull_policy),
        command: Some(&["vllm", "serve"]),
        args: Some(vllm_args(ms, spec, role)),
        env: Some(envs),
        ports: Some(ports),
        volume_mounts: Some(vec![VolumeMount {
            name: model_unpack::MODEL_VOLUME,
            mount_path: model_unpack::mount_path(ms).into(),
            read_only: Some(true),
        }]),
        resources: resources_opt(resources),
        security_context: Some(restricted_container_security()),
        ..Default::default()
    }
}

pub(crate) fn volumes(ms: &ModelService) -> Vec<Volume> {
    let empty_dir =
        |name: &'static str| Volume { name, empty_dir: Some(EmptyDirVolumeSource::default()), ..Default::default() };
    let mut v = vec![empty_dir(model_unpack::MODEL_VOLUME), empty_dir(model_unpack::MODEL_TMP_VOLUME)];
    // Only the first pull secret becomes the kit's docker config.
    if let Some(first) = ms.spec.model.image_pull_secrets.first() {
        v.push(Volume {
            name: model_unpack::DOCKER_CONFIG_VOLUME,
            secret: Some(SecretVolumeSource {
                secret_name: non_empty(&first.name),
                items: Some(vec![KeyToPath {
                    key: ".dockerconfigjson".into(),
                    path: "config.json".into(),
                    mode: None,
                }]),
            }),
            ..Default::default()
        });
    }
    v
}

/// Inputs of [`build`] besides the ModelService, as upstream passes them.
pub struct DeploymentArgs<'a> {
    pub spec: &'a RoleSpec,
    pub role: Role,
    pub deploy_name: &'a str,
    pub pod_labels: Option<Labels>,
    pub metadata_labels: Option<Labels>,
    pub selector_labels: Option<Labels>,
    pub tracing: &'a TracingConfig,
    pub kit_image: &'a str,
    pub profile: &'a Profile,
}

/// Upstream `BuildDeployment`. Role-specific behaviour is the decode role's routing proxy.
pub fn build(ms: &ModelService, a: DeploymentArgs<'_>) -> Deployment {
    let spec = a.spec;
    let mut init = Vec::new();
    init.extend(model_unpack::build(ms, a.kit_image));
    if a.role.has_routing_proxy(ms) {
        init.extend(routing_proxy::build(ms, engine_port(ms), a.tracing, a.profile));
    }
    let annotations =
        if a.profile.role_annotations { labels_opt(Some(labels::from_user(&spec.annotations))) } else { None };
    let secrets = &ms.spec.model.image_pull_secrets;
    Deployment {
        metadata: meta(a.deploy_name.to_string(), &ms.metadata.namespace, a.metadata_labels),
        spec: Some(DeploymentSpec {
            replicas: Some(default_replicas(spec.replicas)),
            selector: LabelSelector { match_labels: labels_opt(a.selector_labels) },
            template: PodTemplateSpec {
                metadata: Some(ObjectMeta { labels: labels_opt(a.pod_labels), annotations, ..Default::default() }),
                spec: Some(PodSpec {
                    init_containers: (!init.is_empty()).then_some(init),
                    containers: vec![vllm_container(ms, spec, a.role, a.profile)],
                    volumes: Some(volumes(ms)),
                    image_pull_secrets: (!secrets.is_empty())
                        .then(|| secrets.iter().map(|s| PullSecret { name: s.name.clone() }).collect()),
                    automount_service_account_token: Some(false),
                    security_context: Some(restricted_pod_security()),
                    node_selector: labels_opt(Some(labels::from_user(&spec.node_selector))),
                    tolerations: (!spec.tolerations.is_empty()).then(|| spec.tolerations.clone()),
                    ..Default::default()
                }),
            },
            ..Default::default()
        }),
        ..Default::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn go_parse_int() {
        assert_eq!(parse_go_int32("6123"), Some(6123));
        assert_eq!(parse_go_int32("+6123"), Some(6123));
        assert_eq!(parse_go_int32("06123"), Some(6123));
        assert_eq!(parse_go_int32("-5"), Some(-5));
        assert_eq!(parse_go_int32(" 6123"), None);
        assert_eq!(parse_go_int32("6_123"), None);
        assert_eq!(parse_go_int32("61.5"), None);
        assert_eq!(parse_go_int32(""), None);
        assert_eq!(parse_go_int32("+"), None);
        assert_eq!(parse_go_int32("+-1"), None);
        assert_eq!(parse_go_int32("2147483648"), None);
        assert_eq!(parse_go_int32("2147483647"), Some(i32::MAX));
    }
}
