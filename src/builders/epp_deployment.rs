//! The Endpoint Picker Deployment (epp.md §2): upstream `BuildEPPDeployment`.

use super::epp_config_map::plugins_config_file;
use super::epp_service::{ext_proc_port, DEFAULT_EXT_PROC_PORT, HEALTH_PORT, METRICS_PORT};
use super::serving_deployment::resources_opt;
use super::{
    container_port, env, field_env, labels_opt, meta, non_empty, otel_env, restricted_container_security,
    restricted_pod_security,
};
use crate::config::EppConfig;
use crate::labels::{self, merge, Labels, LABEL_INFERENCE_POOL};
use crate::model::{EndpointPickerSpec, InferencePoolSpec, ModelService};
use crate::names::{default_replicas, epp_config_map_name, epp_name};
use crate::objects::{
    ConfigMapVolumeSource, Container, Deployment, DeploymentSpec, DeploymentStrategy, GRPCAction, LabelSelector,
    ObjectMeta, PodSpec, PodTemplateSpec, Probe, Volume, VolumeMount,
};
use k8s_openapi::api::core::v1::{EnvVar, ResourceRequirements};
use k8s_openapi::apimachinery::pkg::api::resource::Quantity;
use std::collections::BTreeMap;

pub const CONTAINER: &str = "epp";
pub const CONFIG_VOLUME: &str = "epp-config";
pub const CONFIG_MOUNT_PATH: &str = "/config";
/// Pod-template annotation holding the plugin config's hash (a change rolls the EPP).
pub const CONFIG_CHECKSUM_ANNOTATION: &str = "checksum/config";

/// The endpoint picker the controller substitutes when `spec.inferencePool` is nil.
pub fn synthetic_pool(default_epp_image: &str) -> InferencePoolSpec {
    InferencePoolSpec {
        endpoint_picker: EndpointPickerSpec {
            image: default_epp_image.to_string(),
            replicas: Some(1),
            port: DEFAULT_EXT_PROC_PORT,
            ..Default::default()
        },
    }
}

/// `requests {cpu: 4, memory: 8Gi}`, `limits {memory: 16Gi}`, no CPU limit.
pub fn default_resources() -> ResourceRequirements {
    let q = |s: &str| Quantity(s.to_string());
    ResourceRequirements {
        requests: Some(BTreeMap::from([("cpu".to_string(), q("4")), ("memory".to_string(), q("8Gi"))])),
        limits: Some(BTreeMap::from([("memory".to_string(), q("16Gi"))])),
        claims: None,
    }
}

/// The user's resources when either map is set (even empty), else the defaults.
pub fn resources(ep: &EndpointPickerSpec) -> ResourceRequirements {
    if ep.resources.requests.is_some() || ep.resources.limits.is_some() {
        ep.resources.clone()
    } else {
        default_resources()
    }
}

/// The EPP arguments in upstream order; extra flags sorted by key, appended last.
pub fn args(ms: &ModelService, cfg: &EppConfig, replicas: i32) -> Vec<String> {
    let mut a = vec![
        format!("--pool-name={}", ms.metadata.name),
        format!("--pool-namespace={}", ms.metadata.namespace),
        "--pool-group=inference.networking.k8s.io".to_string(),
        format!("--config-file=/config/{}", plugins_config_file(ms)),
        format!("--grpc-port={}", ext_proc_port(ms)),
        "--zap-encoder=json".to_string(),
    ];
    if replicas > 1 {
        a.push("--ha-enable-leader-election".into());
    }
    a.push(format!("--tracing={}", cfg.tracing.enabled));
    if !cfg.metrics_endpoint_auth {
        a.push("--metrics-endpoint-auth=false".into());
    }
    a.extend(cfg.flags.iter().map(|(k, v)| format!("--{k}={v}")));
    a
}

/// NAMESPACE and POD_NAME, then the OTEL variables when tracing is on.
pub fn env_vars(cfg: &EppConfig) -> Vec<EnvVar> {
    let mut e = vec![field_env("NAMESPACE", "metadata.namespace", None), field_env("POD_NAME", "metadata.name", None)];
    let t = &cfg.tracing;
    if t.enabled {
        e.extend(otel_env(
            "gateway-api-inference-extension",
            t,
            [
                field_env("OTEL_RESOURCE_ATTRIBUTES_NODE_NAME", "spec.nodeName", Some("v1")),
                field_env("OTEL_RESOURCE_ATTRIBUTES_POD_NAME", "metadata.name", Some("v1")),
                env(
                    "OTEL_RESOURCE_ATTRIBUTES",
                    "k8s.namespace.name=$(NAMESPACE),k8s.node.name=$(OTEL_RESOURCE_ATTRIBUTES_NODE_NAME),k8s.pod.name=$(OTEL_RESOURCE_ATTRIBUTES_POD_NAME)",
                ),
            ],
        ));
    }
    e
}

fn grpc_probe(service: &'static str, initial_delay: Option<i32>, period: i32) -> Probe {
    Probe {
        grpc: Some(GRPCAction { port: HEALTH_PORT, service: Some(service) }),
        initial_delay_seconds: initial_delay,
        period_seconds: Some(period),
    }
}

/// Upstream `BuildEPPDeployment`. `ms.spec.inferencePool` must be set (the controller substitutes
/// [`synthetic_pool`] when it is not); a missing pool is treated the same way here.
pub fn build(
    ms: &ModelService,
    cfg: &EppConfig,
    metadata_labels: Option<Labels>,
    selector_labels: Option<Labels>,
    config_hash: &str,
) -> Deployment {
    let synthetic;
    let pool = match &ms.spec.inference_pool {
        Some(p) => p,
        None => {
            synthetic = synthetic_pool("");
            &synthetic
        }
    };
    let ep = &pool.endpoint_picker;
    let replicas = default_replicas(ep.replicas);
    let name = epp_name(&ms.metadata.name);
    let pool_label = labels::one(LABEL_INFERENCE_POOL, name.clone());
    let sel = selector_labels.unwrap_or_default();
    let meta_l = metadata_labels.clone().unwrap_or_default();
    let (ready, live) =
        if replicas > 1 { ("readiness", "liveness") } else { ("inference-extension", "inference-extension") };
    let annotations =
        (!config_hash.is_empty()).then(|| labels::one(CONFIG_CHECKSUM_ANNOTATION, config_hash.to_string()));
    Deployment {
        metadata: meta(name.clone(), &ms.metadata.namespace, metadata_labels),
        spec: Some(DeploymentSpec {
            replicas: Some(replicas),
            strategy: Some(DeploymentStrategy { type_: Some("Recreate") }),
            selector: LabelSelector { match_labels: labels_opt(Some(merge(&[&sel, &pool_label]))) },
            template: PodTemplateSpec {
                metadata: Some(ObjectMeta {
                    labels: labels_opt(Some(merge(&[&sel, &meta_l, &pool_label]))),
                    annotations,
                    ..Default::default()
                }),
                spec: Some(PodSpec {
                    service_account_name: Some(name.clone()),
                    termination_grace_period_seconds: Some(130),
                    security_context: Some(restricted_pod_security()),
                    containers: vec![Container {
                        name: CONTAINER,
                        image: non_empty(&ep.image),
                        image_pull_policy: Some("IfNotPresent".into()),
                        args: Some(args(ms, cfg, replicas)),
                        env: Some(env_vars(cfg)),
                        resources: resources_opt(resources(ep)),
                        ports: Some(vec![
                            container_port("grpc-ext-proc", ext_proc_port(ms)),
                            container_port("grpc-health", HEALTH_PORT),
                            container_port("http-metrics", METRICS_PORT),
                        ]),
                        volume_mounts: Some(vec![VolumeMount {
                            name: CONFIG_VOLUME,
                            mount_path: CONFIG_MOUNT_PATH.into(),
                            read_only: Some(true),
                        }]),
                        readiness_probe: Some(grpc_probe(ready, None, 2)),
                        liveness_probe: Some(grpc_probe(live, Some(5), 10)),
                        security_context: Some(restricted_container_security()),
                        ..Default::default()
                    }],
                    volumes: Some(vec![Volume {
                        name: CONFIG_VOLUME,
                        config_map: Some(ConfigMapVolumeSource {
                            name: epp_config_map_name(&ms.metadata.name),
                            optional: Some(true),
                        }),
                        ..Default::default()
                    }]),
                    ..Default::default()
                }),
            },
        }),
        ..Default::default()
    }
}
