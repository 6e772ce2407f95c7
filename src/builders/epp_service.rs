//! The EPP Service (epp.md §3).

use super::{labels_opt, meta};
use crate::labels::Labels;
use crate::model::ModelService;
use crate::names::epp_name;
use crate::objects::{Service, ServicePort, ServiceSpec};
use k8s_openapi::apimachinery::pkg::util::intstr::IntOrString;

pub const DEFAULT_EXT_PROC_PORT: i32 = 9002;
pub const HEALTH_PORT: i32 = 9003;
pub const METRICS_PORT: i32 = 9090;

/// `endpointPicker.port` when the pool is set and the port positive, else 9002.
pub fn ext_proc_port(ms: &ModelService) -> i32 {
    match &ms.spec.inference_pool {
        Some(p) if p.endpoint_picker.port > 0 => p.endpoint_picker.port,
        _ => DEFAULT_EXT_PROC_PORT,
    }
}

fn port(name: &str, number: i32) -> ServicePort {
    ServicePort {
        name: Some(name.into()),
        port: number,
        target_port: Some(IntOrString::Int(number)),
        protocol: Some("TCP".into()),
    }
}

/// Upstream `BuildEPPService`: ClusterIP, ext-proc and metrics ports.
pub fn build(ms: &ModelService, labels: Option<Labels>, selector: Option<Labels>) -> Service {
    let p = ext_proc_port(ms);
    Service {
        metadata: meta(epp_name(&ms.metadata.name), &ms.metadata.namespace, labels),
        spec: Some(ServiceSpec {
            selector: labels_opt(selector),
            ports: Some(vec![port("grpc-ext-proc", p), port("http-metrics", METRICS_PORT)]),
        }),
        ..Default::default()
    }
}
