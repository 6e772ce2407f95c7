//! The EPP ConfigMap with its one plugin file, and `ConfigMapHash` (epp.md §9–10).

use super::meta;
use crate::labels::Labels;
use crate::model::ModelService;
use crate::names::epp_config_map_name;
use crate::objects::ConfigMap;
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;

pub const DEFAULT_PLUGINS_FILE: &str = "default-plugins.yaml";
pub const PD_PLUGINS_FILE: &str = "pd-config.yaml";

/// `default-plugins.yaml`, byte for byte (367 bytes).
pub const DEFAULT_PLUGINS_YAML: &str = "apiVersion: inference.networking.x-k8s.io/v1alpha1
kind: EndpointPickerConfig
plugins:
- type: queue-scorer
- type: kv-cache-utilization-scorer
- type: prefix-cache-scorer
schedulingProfiles:
- name: default
  plugins:
  - pluginRef: queue-scorer
    weight: 2
  - pluginRef: kv-cache-utilization-scorer
    weight: 2
  - pluginRef: prefix-cache-scorer
    weight: 3
";

/// `pd-config.yaml`, byte for byte (905 bytes).
pub const PD_PLUGINS_YAML: &str = "apiVersion: inference.networking.x-k8s.io/v1alpha1
kind: EndpointPickerConfig
featureGates:
- prepareDataPlugins
plugins:
- type: prefill-header-handler
- type: prefix-cache-scorer
  parameters:
    maxPrefixBlocksToMatch: 256
    lruCapacityPerServer: 31250
- type: queue-scorer
- type: prefill-filter
- type: decode-filter
- type: max-score-picker
- type: prefix-based-pd-decider
  parameters:
    nonCachedTokens: 16
- type: pd-profile-handler
  parameters:
    primaryPort: 0
    deciderPluginName: prefix-based-pd-decider
schedulingProfiles:
- name: prefill
  plugins:
  - pluginRef: prefill-filter
  - pluginRef: max-score-picker
  - pluginRef: prefix-cache-scorer
    weight: 2
  - pluginRef: queue-scorer
    weight: 1
- name: decode
  plugins:
  - pluginRef: decode-filter
  - pluginRef: max-score-picker
  - pluginRef: prefix-cache-scorer
    weight: 2
  - pluginRef: queue-scorer
    weight: 1
";

/// `pd-config.yaml` when `spec.prefill` is set (whatever it holds), else `default-plugins.yaml`.
pub fn plugins_config_file(ms: &ModelService) -> &'static str {
    if ms.spec.prefill.is_some() {
        PD_PLUGINS_FILE
    } else {
        DEFAULT_PLUGINS_FILE
    }
}

/// The ConfigMap `data`: exactly one key.
pub fn config_data(ms: &ModelService) -> BTreeMap<String, String> {
    let body = if ms.spec.prefill.is_some() { PD_PLUGINS_YAML } else { DEFAULT_PLUGINS_YAML };
    BTreeMap::from([(plugins_config_file(ms).to_string(), body.to_string())])
}

/// SHA-256 over `key + value` of each data entry in key order, lowercase hex.
pub fn config_map_hash(ms: &ModelService) -> String {
    let mut h = Sha256::new();
    for (k, v) in config_data(ms) {
        h.update(k.as_bytes());
        h.update(v.as_bytes());
    }
    hex(&h.finalize())
}

/// Lower-case hex, two digits a byte (`format!` per byte was most of the hash's own cost).
fn hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let digit = |n: u8| char::from(DIGITS.get(usize::from(n & 0xf)).copied().unwrap_or(b'0'));
    let mut s = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        s.push(digit(b >> 4));
        s.push(digit(*b));
    }
    s
}

/// Upstream `BuildEPPConfigMap`.
pub fn build(ms: &ModelService, labels: Option<Labels>) -> ConfigMap {
    ConfigMap {
        metadata: meta(&epp_config_map_name(&ms.metadata.name), &ms.metadata.namespace, labels),
        data: Some(config_data(ms)),
        ..Default::default()
    }
}
