//! Objects the operator created that KServe v0.20.0 does not: the serving PodMonitors, the
//! endpoint picker's ServiceMonitor (with its metrics-reader token and RBAC) and the Istio
//! DestinationRule. Each is kept, retargeted at KServe's pods and Services by their labels
//! (pkg/controller/v1alpha2/llmisvc: singleNodeLabels, SchedulerLabels), under names that do not
//! collide with the operator's objects, and without an owner: deleting the LLMInferenceService
//! leaves them.

use super::codes::{DESTINATION_RULE, POD_MONITOR, SERVICE_MONITOR};
use super::kmeta::child_name;
use super::kserve::{
    COMPONENT_SCHEDULER, COMPONENT_WORKLOAD, COMPONENT_WORKLOAD_PREFILL, PART_OF, PD_DECODE_VLLM_PORT, SERVING_PORT,
    VLLM_PORT_NAME,
};
use super::{path, Ctx};
use crate::builders::{meta, pod_monitor};
use crate::crd::monitoring::ServiceMonitorSpec;
use crate::crd::monitoring::{
    Endpoint, PodMetricsEndpoint, PodMonitor, PodMonitorSpec, RelabelConfig, SafeAuthorization, SecretKeySelector,
    ServiceMonitor,
};
use crate::crd::{destination_rule as dr, MatchLabels};
use crate::labels::{self, Labels};
use crate::objects::{
    ClusterRole, ClusterRoleBinding, Object, ObjectMeta, PolicyRule, RoleRef, Secret, ServiceAccount, Subject,
};
use crate::plan;
use serde_json::Value;

/// An object as the JSON value `migrate` answers, through its own writer (no second serialiser).
fn to_value(o: &dyn Object) -> Value {
    crate::objects::to_value(o)
}

fn own_labels(n: &str) -> Option<Labels> {
    let mut l = Labels::new();
    l.insert(labels::NAME.into(), n.to_string().into());
    Some(l)
}

fn selector(n: &str, component: &str) -> MatchLabels {
    let mut l = Labels::new();
    for (k, v) in [(labels::COMPONENT, component), (labels::NAME, n), (labels::PART_OF, PART_OF)] {
        l.insert(k.into(), v.to_string().into());
    }
    MatchLabels { match_labels: l }
}

pub(crate) fn build(cx: &mut Ctx) -> Vec<Value> {
    let mut out = Vec::new();
    pod_monitors(cx, &mut out);
    service_monitor(cx, &mut out);
    destination_rule(cx, &mut out);
    out
}

fn pod_monitors(cx: &mut Ctx, out: &mut Vec<Value>) {
    if !plan::pod_monitors(cx.ms, cx.settings) {
        return;
    }
    let (n, ns) = (cx.name().to_string(), cx.namespace().to_string());
    let (port, metrics_path, interval) = pod_monitor::endpoint_settings(cx.ms);
    let relabelings = if cx.settings.profile().pod_monitor_relabeling {
        vec![RelabelConfig {
            action: "replace".into(),
            source_labels: vec!["__meta_kubernetes_pod_label_app_kubernetes_io_name".into()],
            target_label: "model_service".into(),
        }]
    } else {
        Vec::new()
    };
    let pd = cx.ms.spec.prefill.is_some();
    let decode_port = if pd { PD_DECODE_VLLM_PORT } else { SERVING_PORT };
    let mut made = vec![(child_name(&n, "-kserve"), COMPONENT_WORKLOAD, decode_port)];
    if pd {
        made.push((child_name(&n, "-kserve-prefill"), COMPONENT_WORKLOAD_PREFILL, SERVING_PORT));
    }
    for (name, component, _) in &made {
        out.push(to_value(&PodMonitor {
            metadata: meta(name.clone(), &ns, own_labels(&n)),
            spec: PodMonitorSpec {
                selector: selector(&n, component),
                pod_metrics_endpoints: vec![PodMetricsEndpoint {
                    port: port.clone(),
                    path: metrics_path.clone(),
                    interval: interval.clone(),
                    relabelings: relabelings.clone(),
                }],
            },
            ..Default::default()
        }));
    }
    let list: Vec<String> = made.iter().map(|(name, _, n)| format!("{name} (vLLM port {n})")).collect();
    // Only vLLM's port is named in KServe's pods (the presets name none; `migrate` names vLLM's
    // VLLM_PORT_NAME, spelled out below: a literal costs less wasm than formatting it in).
    let found = if port == VLLM_PORT_NAME {
        "the pod templates name vLLM's port so"
    } else {
        "no port of KServe's pods has that name: the pod templates name only vLLM's, http, so they scrape nothing"
    };
    cx.push(POD_MONITOR.at(path("spec.monitoring"), &[&list.join(" and "), &port, found]));
}

fn service_monitor(cx: &mut Ctx, out: &mut Vec<Value>) {
    if !plan::service_monitor(cx.ms) {
        return;
    }
    let (n, ns) = (cx.name().to_string(), cx.namespace().to_string());
    let svc = child_name(&n, "-epp-service");
    // The token is a ServiceAccount's of our own, kept and listed before its Secret. Not KServe's
    // scheduler ServiceAccount (`<name>-epp-sa`): KServe creates that only once it reconciles the
    // LLMInferenceService, and Kubernetes' token controller deletes a token Secret whose
    // ServiceAccount does not exist (tokens_controller.go `syncSecret`). Not the operator's
    // `<n>-epp-sa-metrics-reader-secret` either: the ModelService owns it and takes it when deleted.
    let sa = format!("{n}-epp-metrics-reader");
    let secret = format!("{sa}-token");
    let auth = cx.settings.epp.metrics_endpoint_auth;
    out.push(to_value(&ServiceMonitor {
        metadata: meta(svc.clone(), &ns, own_labels(&n)),
        spec: ServiceMonitorSpec {
            selector: selector(&n, COMPONENT_SCHEDULER),
            endpoints: vec![Endpoint {
                port: "metrics".into(),
                interval: "30s".into(),
                authorization: auth.then(|| SafeAuthorization {
                    credentials: SecretKeySelector { name: secret.clone(), key: "token".into() },
                }),
            }],
        },
        ..Default::default()
    }));
    let mut kept = vec![format!("ServiceMonitor {svc}")];
    if auth {
        out.push(to_value(&ServiceAccount { metadata: meta(sa.clone(), &ns, own_labels(&n)), ..Default::default() }));
        kept.push(format!("the ServiceAccount {sa}"));
        if cx.settings.epp.provider != "gke" {
            let mut m = meta(secret.clone(), &ns, own_labels(&n));
            let mut a = Labels::new();
            a.insert("kubernetes.io/service-account.name".into(), sa.clone().into());
            m.annotations = Some(a);
            out.push(to_value(&Secret {
                metadata: m,
                type_: Some("kubernetes.io/service-account-token".into()),
                ..Default::default()
            }));
            kept.push(format!(
                "its token Secret {secret}, listed after it (Kubernetes deletes a token Secret whose ServiceAccount does not exist)"
            ));
        }
        let rbac = format!("{ns}-{n}-epp-metrics-reader");
        out.push(to_value(&ClusterRole {
            metadata: ObjectMeta { name: Some(rbac.clone()), labels: own_labels(&n), ..Default::default() },
            rules: Some(vec![PolicyRule {
                non_resource_urls: Some(&["/metrics"]),
                verbs: &["get"],
                ..Default::default()
            }]),
            ..Default::default()
        }));
        out.push(to_value(&ClusterRoleBinding {
            metadata: ObjectMeta { name: Some(rbac.clone()), labels: own_labels(&n), ..Default::default() },
            role_ref: RoleRef { api_group: "rbac.authorization.k8s.io", kind: "ClusterRole", name: rbac.clone() },
            subjects: Some(vec![Subject { kind: "ServiceAccount", name: sa.clone(), namespace: Some(ns.clone()) }]),
            ..Default::default()
        }));
        kept.push(format!("the ClusterRole and ClusterRoleBinding {rbac} that let {sa}'s token read /metrics"));
    }
    cx.push(SERVICE_MONITOR.at(path("spec.monitoring.podMonitor.enabled"), &[&kept.join(", ")]));
}

fn destination_rule(cx: &mut Ctx, out: &mut Vec<Value>) {
    if cx.settings.epp.provider != "istio" {
        return;
    }
    let (n, ns) = (cx.name().to_string(), cx.namespace().to_string());
    let svc = child_name(&n, "-epp-service");
    out.push(to_value(&dr::DestinationRule {
        metadata: meta(svc.clone(), &ns, own_labels(&n)),
        spec: dr::DestinationRuleSpec {
            host: format!("{svc}.{ns}.svc.cluster.local"),
            traffic_policy: dr::TrafficPolicy {
                tls: dr::ClientTlsSettings { mode: "SIMPLE".into(), insecure_skip_verify: true },
            },
        },
        ..Default::default()
    }));
    cx.push(DESTINATION_RULE.at(path("spec.inferencePool"), &[&svc, &ns]));
}
