//! The EPP ServiceMonitor (epp.md §8).

use super::meta;
use crate::crd::monitoring::{Endpoint, SafeAuthorization, SecretKeySelector, ServiceMonitor, ServiceMonitorSpec};
use crate::crd::MatchLabels;
use crate::labels::{epp_selector_labels, Labels};
use crate::model::ModelService;
use crate::names::{epp_secret_name, epp_service_monitor_name};

/// Bearer auth with the SA-token Secret whenever metrics auth is on (whatever the provider).
pub fn build(ms: &ModelService, labels: Option<Labels>, metrics_endpoint_auth: bool) -> ServiceMonitor {
    let n = &ms.metadata.name;
    let authorization = metrics_endpoint_auth.then(|| SafeAuthorization {
        credentials: SecretKeySelector { name: epp_secret_name(n), key: "token".into() },
    });
    ServiceMonitor {
        metadata: meta(epp_service_monitor_name(n), &ms.metadata.namespace, labels),
        spec: ServiceMonitorSpec {
            selector: MatchLabels { match_labels: epp_selector_labels(n) },
            endpoints: vec![Endpoint { port: "http-metrics".into(), interval: "30s".into(), authorization }],
        },
        ..Default::default()
    }
}
