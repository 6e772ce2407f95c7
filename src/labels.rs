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

pub const COMPONENT_DECODE: &str = "model-decode";
pub const COMPONENT_PREFILL: &str = "model-prefill";
pub const COMPONENT_EPP: &str = "epp";
pub const ROLE_DECODE: &str = "decode";
pub const ROLE_PREFILL: &str = "prefill";

fn set(pairs: &[(&str, &str)]) -> Labels {
    pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect()
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
    let mut l = selector(n, COMPONENT_DECODE);
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

#[cfg(test)]
mod tests {
    use super::*;

    fn l(pairs: &[(&str, &str)]) -> Labels {
        set(pairs)
    }

    #[test]
    fn labels_package() {
        // SRV-LT-1 … SRV-LT-7
        let sel = selector("my-app", "controller");
        assert_eq!(
            sel,
            l(&[
                (NAME, "my-app"),
                (COMPONENT, "controller"),
                (PART_OF, "otterscale-system"),
                (MANAGED_BY, "model-operator")
            ])
        );
        let std = standard("my-app", "controller", "v1.0.0");
        assert!(sel.iter().all(|(k, v)| std.get(k) == Some(v)));
        let mut want = sel.clone();
        want.insert(VERSION.into(), "v1.2.3".into());
        assert_eq!(standard("my-app", "controller", "v1.2.3"), want);
        assert_eq!(standard("my-app", "controller", ""), sel);
        let empty = standard("", "", "");
        assert_eq!(empty.get(NAME).map(String::as_str), Some(""));
        assert_eq!(empty.get(COMPONENT).map(String::as_str), Some(""));
        assert!(!empty.contains_key(VERSION));
        assert_eq!(SYSTEM, "otterscale-system");
        assert_eq!(OPERATOR, "model-operator");
    }

    #[test]
    fn helper_label_sets() {
        // SRV-HT-7/8/9, SRV-LB-1
        let pool =
            l(&[(NAME, "qwen3"), (COMPONENT, "epp"), (PART_OF, SYSTEM), (MANAGED_BY, OPERATOR), (VERSION, "devel")]);
        assert_eq!(inference_pool_labels("qwen3", "devel"), pool);
        assert_eq!(http_route_labels("qwen3", "devel"), pool);
        assert_eq!(
            inference_pool_selector_labels("qwen3"),
            l(&[
                (NAME, "qwen3"),
                (PART_OF, SYSTEM),
                (MANAGED_BY, OPERATOR),
                (LABEL_INFERENCE_SERVING, "true"),
                (LABEL_MODEL, "qwen3")
            ])
        );
        let sel7 = l(&[
            (NAME, "qwen3-32b"),
            (COMPONENT, "model-prefill"),
            (PART_OF, SYSTEM),
            (MANAGED_BY, OPERATOR),
            (LABEL_INFERENCE_SERVING, "true"),
            (LABEL_MODEL, "qwen3-32b"),
            (LABEL_ROLE, "prefill"),
        ]);
        assert_eq!(selector_labels_for_role("qwen3-32b", "model-prefill", "prefill"), sel7);
        let lfr = labels_for_role("qwen3-32b", "model-decode", "v1");
        assert_eq!(lfr.len(), 6);
        assert_eq!(lfr.get(LABEL_INFERENCE_SERVER).map(String::as_str), Some("true"));
        assert_eq!(labels_for_role("qwen3-32b", "model-decode", "").len(), 5);
        let mut pod = selector_labels_for_role("qwen3-32b", "model-decode", "decode");
        pod.insert(VERSION.into(), "v1".into());
        assert_eq!(pod_labels_for_role("qwen3-32b", "model-decode", "v1", "decode"), pod);
        assert_eq!(
            epp_labels("qwen3.5", "v1"),
            l(&[(NAME, "qwen3-5-epp"), (COMPONENT, "epp"), (PART_OF, SYSTEM), (MANAGED_BY, OPERATOR), (VERSION, "v1")])
        );
        assert_eq!(
            epp_selector_labels("qwen3.5"),
            l(&[(NAME, "qwen3-5-epp"), (COMPONENT, "epp"), (PART_OF, SYSTEM), (MANAGED_BY, OPERATOR)])
        );
        assert_eq!(
            serving_object_labels("qwen3-32b", "model-decode", "v1.0.1"),
            standard("qwen3-32b", "model-decode", "v1.0.1")
        );
    }
}
