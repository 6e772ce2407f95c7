//! The InferencePool (epp.md §11): explicit and default builders.

use super::epp_service::DEFAULT_EXT_PROC_PORT;
use super::meta;
use super::serving_deployment::engine_port;
use crate::crd::inference_pool::{EndpointPickerRef, InferencePool, InferencePoolSpec, Port};
use crate::crd::MatchLabels;
use crate::labels::{inference_pool_selector_labels, Labels};
use crate::model::ModelService;
use crate::names::{epp_name, inference_pool_name};

/// The failure mode of the default pool, and of an explicit one that leaves it empty.
pub const DEFAULT_FAILURE_MODE: &str = "FailClose";

fn pool(ms: &ModelService, labels: Option<Labels>, port: i32, failure_mode: String) -> InferencePool {
    let n = &ms.metadata.name;
    InferencePool {
        metadata: meta(inference_pool_name(n), &ms.metadata.namespace, labels),
        spec: InferencePoolSpec {
            selector: MatchLabels { match_labels: inference_pool_selector_labels(n) },
            target_ports: vec![Port { number: engine_port(ms) }],
            endpoint_picker_ref: EndpointPickerRef {
                group: String::new(),
                kind: "Service".into(),
                name: epp_name(n),
                port: Port { number: port },
                failure_mode,
            },
        },
        ..Default::default()
    }
}

/// Upstream `BuildInferencePool` (`spec.inferencePool` set). Only port 0 falls back to 9002; a
/// negative port is copied as is. An empty failure mode means `FailClose`.
pub fn build(ms: &ModelService, labels: Option<Labels>) -> InferencePool {
    let ep = ms.spec.inference_pool.as_ref().map(|p| &p.endpoint_picker);
    let port = match ep.map(|e| e.port) {
        Some(0) | None => DEFAULT_EXT_PROC_PORT,
        Some(p) => p,
    };
    let mode =
        ep.map(|e| e.failure_mode.clone()).filter(|m| !m.is_empty()).unwrap_or_else(|| DEFAULT_FAILURE_MODE.into());
    pool(ms, labels, port, mode)
}

/// Upstream `BuildDefaultInferencePool` (`spec.inferencePool` nil): port 9002, `FailClose`.
pub fn build_default(ms: &ModelService, labels: Option<Labels>) -> InferencePool {
    pool(ms, labels, DEFAULT_EXT_PROC_PORT, DEFAULT_FAILURE_MODE.into())
}
