//! The serving PodMonitors (serving.md §11): upstream `BuildPodMonitor`.

use super::meta;
use crate::config::Profile;
use crate::crd::monitoring::{PodMetricsEndpoint, PodMonitor, PodMonitorSpec, RelabelConfig};
use crate::crd::MatchLabels;
use crate::labels::Labels;
use crate::model::ModelService;
use crate::role::Role;

pub const DEFAULT_PORT_NAME: &str = "http";
pub const DEFAULT_PATH: &str = "/metrics";
pub const DEFAULT_INTERVAL: &str = "30s";

/// `(portName, path, interval)`: each non-empty `monitoring.podMonitor` field overrides its default.
pub fn endpoint_settings(ms: &ModelService) -> (String, String, String) {
    let pm = ms.spec.monitoring.as_ref().and_then(|m| m.pod_monitor.as_ref());
    let pick = |v: Option<&String>, d: &str| v.filter(|s| !s.is_empty()).cloned().unwrap_or_else(|| d.to_string());
    (
        pick(pm.map(|p| &p.port_name), DEFAULT_PORT_NAME),
        pick(pm.map(|p| &p.path), DEFAULT_PATH),
        pick(pm.map(|p| &p.interval), DEFAULT_INTERVAL),
    )
}

pub fn build(
    ms: &ModelService,
    role: Role,
    selector_labels: Labels,
    metadata_labels: Option<Labels>,
    profile: &Profile,
) -> PodMonitor {
    let (port, path, interval) = endpoint_settings(ms);
    // v1.0.1 copies the pod's app.kubernetes.io/name (the ModelService name) into model_service.
    let relabelings = if profile.pod_monitor_relabeling {
        vec![RelabelConfig {
            action: "replace".into(),
            source_labels: vec!["__meta_kubernetes_pod_label_app_kubernetes_io_name".into()],
            target_label: "model_service".into(),
        }]
    } else {
        Vec::new()
    };
    PodMonitor {
        metadata: meta(role.pod_monitor_name(&ms.metadata.name), &ms.metadata.namespace, metadata_labels),
        spec: PodMonitorSpec {
            selector: MatchLabels { match_labels: selector_labels },
            pod_metrics_endpoints: vec![PodMetricsEndpoint { port, path, interval, relabelings }],
        },
        ..Default::default()
    }
}
