//! Label keys, values and every label set (names-and-labels.md §4–6).

use crate::names::{epp_name, http_route_name, inference_pool_name};
use std::collections::BTreeMap;

pub type Labels = BTreeMap<String, String>;

pub const NAME: &str = "app.kubernetes.io/name";
pub const COMPONENT: &str = "app.kubernetes.io/component";
pub const PART_OF: &str = "app.kubernetes.io/part-of";
pub const MANAGED_BY: &str = "app.kubernetes.io/managed-by";
pub const VERSION: &str = "app.kubernetes.io/version";
pub const SYSTEM: &str = "otterscale-system";
pub const OPERATOR: &str = "model-operator";

pub const LABEL_ROLE: &str = "llm-d.ai/role";
/// Kebab-case: only in `labels_for_role`, stripped from every v1.0.1 object.
pub const LABEL_INFERENCE_SERVER: &str = "llm-d.ai/inference-serving";
/// Camel-case: on serving pods and selectors.
pub const LABEL_INFERENCE_SERVING: &str = "llm-d.ai/inferenceServing";
pub const LABEL_MODEL: &str = "llm-d.ai/model";
/// On EPP pods only; its value is the EPP name, not the InferencePool name.
pub const LABEL_INFERENCE_POOL: &str = "inferencepool";
pub const LABEL_VALUE_TRUE: &str = "true";

/// The EPP family's component; the serving roles' are `crate::role::Role::component`.
pub const COMPONENT_EPP: &str = "epp";

fn set(pairs: &[(&str, &str)]) -> Labels {
    // Inserted one by one, not collected: `collect` into a BTreeMap sorts first, a stable sort
    // compiled once per map type (≈3 KB of wasm each).
    let mut l = Labels::new();
    for (k, v) in pairs {
        l.insert(k.to_string(), v.to_string());
    }
    l
}

/// `labels.Selector`: name, component, part-of, managed-by (empty values kept).
pub fn selector(name: &str, component: &str) -> Labels {
    set(&[(NAME, name), (COMPONENT, component), (PART_OF, SYSTEM), (MANAGED_BY, OPERATOR)])
}

/// `labels.Standard`: the selector plus `app.kubernetes.io/version` when the version is non-empty.
pub fn standard(name: &str, component: &str, version: &str) -> Labels {
    let mut l = selector(name, component);
    if !version.is_empty() {
        l.insert(VERSION.into(), version.into());
    }
    l
}

/// `SelectorLabelsForRole`: 7 keys, never a version.
pub fn selector_labels_for_role(n: &str, component: &str, role: &str) -> Labels {
    let mut l = selector(n, component);
    l.insert(LABEL_INFERENCE_SERVING.into(), LABEL_VALUE_TRUE.into());
    l.insert(LABEL_MODEL.into(), n.into());
    l.insert(LABEL_ROLE.into(), role.into());
    l
}

/// `LabelsForRole`: standard labels plus the kebab-case `llm-d.ai/inference-serving`.
pub fn labels_for_role(n: &str, component: &str, version: &str) -> Labels {
    let mut l = standard(n, component, version);
    l.insert(LABEL_INFERENCE_SERVER.into(), LABEL_VALUE_TRUE.into());
    l
}

/// `PodLabelsForRole`: the role selector plus the version.
pub fn pod_labels_for_role(n: &str, component: &str, version: &str, role: &str) -> Labels {
    let mut l = labels_for_role(n, component, version);
    l.remove(LABEL_INFERENCE_SERVER);
    l.insert(LABEL_INFERENCE_SERVING.into(), LABEL_VALUE_TRUE.into());
    l.insert(LABEL_ROLE.into(), role.into());
    l.insert(LABEL_MODEL.into(), n.into());
    l
}

/// Deployment and (v1.0.1) PodMonitor metadata labels: `LabelsForRole` minus the kebab key.
pub fn serving_object_labels(n: &str, component: &str, version: &str) -> Labels {
    let mut l = labels_for_role(n, component, version);
    l.remove(LABEL_INFERENCE_SERVER);
    l
}

/// `InferencePoolLabels`: standard labels of the pool name with component `epp`.
pub fn inference_pool_labels(n: &str, version: &str) -> Labels {
    standard(&inference_pool_name(n), COMPONENT_EPP, version)
}

/// `HTTPRouteLabels`: identical to the InferencePool labels.
pub fn http_route_labels(n: &str, version: &str) -> Labels {
    standard(&http_route_name(n), COMPONENT_EPP, version)
}

/// `InferencePoolSelectorLabels`: 5 keys, no component and no role, so both roles match.
pub fn inference_pool_selector_labels(n: &str) -> Labels {
    let mut l = selector(n, crate::role::Role::Decode.component());
    l.remove(COMPONENT);
    l.insert(LABEL_INFERENCE_SERVING.into(), LABEL_VALUE_TRUE.into());
    l.insert(LABEL_MODEL.into(), n.into());
    l
}

/// `EPPLabels`: standard labels of the EPP name.
pub fn epp_labels(n: &str, version: &str) -> Labels {
    standard(&epp_name(n), COMPONENT_EPP, version)
}

/// `EPPSelectorLabels`: the 4 selector keys of the EPP name.
pub fn epp_selector_labels(n: &str) -> Labels {
    selector(&epp_name(n), COMPONENT_EPP)
}

/// `merge(a, b, …)`: later maps override earlier ones.
pub fn merge(maps: &[&Labels]) -> Labels {
    let mut out = Labels::new();
    for m in maps {
        out.extend(m.iter().map(|(k, v)| (k.clone(), v.clone())));
    }
    out
}

// Conformance cases (SRV-HT, SRV-SAN, SRV-LT, SRV-LB, SRV-ST, EPP-N) live in tests/cases_*.rs.
