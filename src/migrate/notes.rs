//! Operator settings and metadata that map to KServe another way: tracing, object names and
//! labels, the ModelService's own labels and annotations.

use super::codes::{METADATA, NAMES, NAME_RENAMED, TRACING};
use super::kmeta::child_name;
use super::kserve::Tracing;
use super::{path, Ctx};
use crate::names;
use serde_json::Value;

/// The tracing preset's endpoint when none is given (config-llm-tracing.yaml).
const PRESET_ENDPOINT: &str = "http://otel-collector:4317";

/// `--tracing-*` → `spec.tracing` (present = enabled). KServe traces the scheduler and vLLM; the
/// operator traced the endpoint picker and the routing sidecar.
pub(crate) fn tracing(cx: &mut Ctx) -> Option<Tracing> {
    let t = &cx.settings.epp.tracing;
    if !t.enabled {
        return None;
    }
    let some = |s: &String| (!s.is_empty()).then(|| s.clone());
    let endpoint = if t.otel_exporter_endpoint.is_empty() {
        format!("the operator's empty endpoint becomes the preset's {PRESET_ENDPOINT}; ")
    } else {
        String::new()
    };
    cx.push(TRACING.at(path("spec"), &[&endpoint]));
    Some(Tracing {
        exporter_endpoint: some(&t.otel_exporter_endpoint),
        exporter: "otlp".into(),
        sampler: some(&t.sampler),
        sampler_arg: some(&t.sampler_arg),
    })
}

/// KServe names Services after the LLMInferenceService (`<name>-kserve-workload-svc`,
/// `<name>-epp-service`), and Service names are DNS-1035 labels: a ModelService name with dots or
/// a leading digit becomes the operator's own EPP-name sanitisation of it.
pub(crate) fn rename(cx: &mut Ctx) {
    let n = &cx.ms.metadata.name;
    let label = n.starts_with(|c: char| c.is_ascii_lowercase())
        && n.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        && !n.ends_with('-');
    if label {
        return;
    }
    let new = names::sanitize_dns1035_label(n);
    let ns = cx.namespace().to_string();
    let (workload, epp) = (child_name(&new, "-kserve-workload-svc"), child_name(&new, "-epp-service"));
    let d = NAME_RENAMED.at(path("metadata.name"), &[n, &new, &ns, &workload, &epp]);
    cx.push(d);
    cx.svc_name = new;
}

/// Where each object the operator created goes in KServe, by name and label.
pub(crate) fn names(cx: &mut Ctx) {
    let (old, n) = (cx.ms.metadata.name.clone(), cx.name().to_string());
    let epp = names::epp_name(&old);
    let mut pairs = vec![format!("Deployment {} → {}", names::decode_name(&old), child_name(&n, "-kserve"))];
    if cx.ms.spec.prefill.is_some() {
        pairs.push(format!("Deployment {} → {}", names::prefill_name(&old), child_name(&n, "-kserve-prefill")));
    }
    pairs.extend([
        format!("endpoint picker Deployment {epp} → {}", child_name(&n, "-kserve-router-scheduler")),
        format!("Service {epp} → {}", child_name(&n, "-epp-service")),
        format!("ServiceAccount {epp} → {}", child_name(&n, "-epp-sa")),
        format!("InferencePool {} → {}", names::inference_pool_name(&old), child_name(&n, "-inference-pool")),
    ]);
    if cx.ms.spec.http_route.is_some() || !cx.settings.epp.default_gateway_name.is_empty() {
        pairs.push(format!("HTTPRoute {} → {}", names::http_route_name(&old), child_name(&n, "-kserve-route")));
    }
    cx.push(NAMES.at(path("metadata.name"), &[&pairs.join(", ")]));
}

/// The ModelService's own labels and annotations are not copied (KServe would propagate some).
pub(crate) fn metadata(cx: &mut Ctx) {
    for field in ["labels", "annotations"] {
        let keys: Vec<&str> = match cx.input.get("metadata").and_then(|m| m.get(field)) {
            Some(Value::Object(m)) => m
                .keys()
                .map(String::as_str)
                .filter(|k| *k != "kubectl.kubernetes.io/last-applied-configuration")
                .collect(),
            _ => continue,
        };
        if keys.is_empty() {
            continue;
        }
        let d = METADATA.at(path("metadata").field(field), &[field, &keys.join(", ")]);
        cx.push(d);
    }
}
