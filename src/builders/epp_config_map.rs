//! The EPP ConfigMap with its one plugin file, and `ConfigMapHash` (epp.md §9–10).

use super::meta;
use crate::labels::Labels;
use crate::model::ModelService;
use crate::names::epp_config_map_name;
use crate::objects::ConfigMap;
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

/// SHA-256 over `key + value` of each data entry in key order, lowercase hex. The data is one of
/// two constants (`config_data`), so the hash is one of two constants too: written here rather
/// than hashed on every render (~3 % of one in wasm, and sha2's code in the module). The unit test
/// below and tests/cases_epp.rs (C5–C8) compute them again with sha2.
pub fn config_map_hash(ms: &ModelService) -> String {
    if ms.spec.prefill.is_some() { PD_CONFIG_HASH } else { DEFAULT_CONFIG_HASH }.to_string()
}

/// `config_map_hash` without prefill: SHA-256 of `default-plugins.yaml` + `DEFAULT_PLUGINS_YAML`.
const DEFAULT_CONFIG_HASH: &str = "3aee930c4fc2cf8c749623ba30a077bd93d5cca0c6513c87a5fe3427b089f2f1";
/// `config_map_hash` with prefill: SHA-256 of `pd-config.yaml` + `PD_PLUGINS_YAML`.
const PD_CONFIG_HASH: &str = "da2206ceec8c17d0eef3714ea7387e412c7b565661113eef5c0d0fd2b083eb23";

/// Upstream `BuildEPPConfigMap`.
pub fn build(ms: &ModelService, labels: Option<Labels>) -> ConfigMap {
    ConfigMap {
        metadata: meta(epp_config_map_name(&ms.metadata.name), &ms.metadata.namespace, labels),
        data: Some(config_data(ms)),
        ..Default::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use sha2::{Digest, Sha256};

    /// The two hashes are what hashing the data gives, for both shapes of `config_data`.
    #[test]
    fn config_map_hash_is_sha256_of_the_data() {
        for prefill in [false, true] {
            let mut ms = ModelService::default();
            if prefill {
                ms.spec.prefill = Some(Default::default());
            }
            let mut h = Sha256::new();
            for (k, v) in config_data(&ms) {
                h.update(k.as_bytes());
                h.update(v.as_bytes());
            }
            let want: String = h.finalize().iter().map(|b| format!("{b:02x}")).collect();
            assert_eq!(config_map_hash(&ms), want, "prefill: {prefill}");
        }
        assert_ne!(DEFAULT_CONFIG_HASH, PD_CONFIG_HASH);
    }
}
