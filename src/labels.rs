//! Label keys, values and every label set (names-and-labels.md §4–6).

use crate::names::{epp_name, http_route_name, inference_pool_name};
use std::borrow::Cow;
use std::collections::BTreeMap;

/// A label key or value: borrowed when it is one of the constants below (every key, most
/// values), owned when it is a name or a version. A render builds ~150 label entries; as owned
/// `String`s each was an allocation, a copy and a free (BENCHMARKS.md, "P2/P3: evening, the build
/// path"). Ordered, compared and written as the text it holds.
pub type Label = Cow<'static, str>;

/// A label or annotation map of an output object (keys in kubectl's sorted order).
pub type Labels = BTreeMap<Label, Label>;

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

/// An owned label value (a name or a version).
fn owned(v: &str) -> Label {
    Cow::Owned(v.to_string())
}

/// A constant label value or key.
const fn fixed(v: &'static str) -> Label {
    Cow::Borrowed(v)
}

/// `{key: value}`: one constant key and an owned value.
pub fn one(key: &'static str, value: String) -> Labels {
    let mut l = Labels::new();
    l.insert(fixed(key), Cow::Owned(value));
    l
}

/// A map the user wrote (node selector, annotations) as an output object's map.
pub fn from_user(m: &BTreeMap<String, String>) -> Labels {
    let mut l = Labels::new();
    for (k, v) in m {
        l.insert(owned(k), owned(v));
    }
    l
}

/// `labels.Selector`: name, component, part-of, managed-by (empty values kept).
pub fn selector(name: &str, component: &'static str) -> Labels {
    // Inserted one by one, not collected: `collect` into a BTreeMap sorts first, a stable sort
    // compiled once per map type (≈3 KB of wasm each).
    let mut l = Labels::new();
    l.insert(fixed(NAME), owned(name));
    l.insert(fixed(COMPONENT), fixed(component));
    l.insert(fixed(PART_OF), fixed(SYSTEM));
    l.insert(fixed(MANAGED_BY), fixed(OPERATOR));
    l
}

/// `labels.Standard`: the selector plus `app.kubernetes.io/version` when the version is non-empty.
pub fn standard(name: &str, component: &'static str, version: &str) -> Labels {
    let mut l = selector(name, component);
    if !version.is_empty() {
        l.insert(fixed(VERSION), owned(version));
    }
    l
}

/// `SelectorLabelsForRole`: 7 keys, never a version.
pub fn selector_labels_for_role(n: &str, component: &'static str, role: &'static str) -> Labels {
    let mut l = selector(n, component);
    l.insert(fixed(LABEL_INFERENCE_SERVING), fixed(LABEL_VALUE_TRUE));
    l.insert(fixed(LABEL_MODEL), owned(n));
    l.insert(fixed(LABEL_ROLE), fixed(role));
    l
}

/// `LabelsForRole`: standard labels plus the kebab-case `llm-d.ai/inference-serving`.
pub fn labels_for_role(n: &str, component: &'static str, version: &str) -> Labels {
    let mut l = standard(n, component, version);
    l.insert(fixed(LABEL_INFERENCE_SERVER), fixed(LABEL_VALUE_TRUE));
    l
}

/// `PodLabelsForRole`: the role selector plus the version.
pub fn pod_labels_for_role(n: &str, component: &'static str, version: &str, role: &'static str) -> Labels {
    let mut l = standard(n, component, version);
    l.insert(fixed(LABEL_INFERENCE_SERVING), fixed(LABEL_VALUE_TRUE));
    l.insert(fixed(LABEL_ROLE), fixed(role));
    l.insert(fixed(LABEL_MODEL), owned(n));
    l
}

/// Deployment and (v1.0.1) PodMonitor metadata labels: `LabelsForRole` minus the kebab key.
pub fn serving_object_labels(n: &str, component: &'static str, version: &str) -> Labels {
    standard(n, component, version)
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
    // Built without the component rather than removing it: no `remove` is compiled for this map
    // type (its rebalancing code is ~2.7 KB of wasm).
    let mut l = Labels::new();
    l.insert(fixed(NAME), owned(n));
    l.insert(fixed(PART_OF), fixed(SYSTEM));
    l.insert(fixed(MANAGED_BY), fixed(OPERATOR));
    l.insert(fixed(LABEL_INFERENCE_SERVING), fixed(LABEL_VALUE_TRUE));
    l.insert(fixed(LABEL_MODEL), owned(n));
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
