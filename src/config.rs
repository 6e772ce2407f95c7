//! Operator-level configuration: the EPP flags (`EppConfig`), images, kit image, version, and the
//! operator release whose behaviour is reproduced (`Profile`). Each setting's default, flag and
//! help are declared once, in `crate::settings_table` (api.md §8, changes-since-seed.md).

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// `--tracing-*` flags (cluster level).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct TracingConfig {
    pub enabled: bool,
    pub otel_exporter_endpoint: String,
    pub sampler: String,
    pub sampler_arg: String,
}

/// Upstream `EPPConfig`, fed by `--provider`, `--metrics-endpoint-auth`,
/// `--default-gateway-name` and the tracing flags. `flags` has no CLI flag upstream.
/// `Default` is blank (empty strings, `false`): the operator's defaults come from the table
/// (`Settings::default()`, `Profile::default_settings`).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct EppConfig {
    /// One of `settings_table::PROVIDERS`; anything else is warned about (`config/unknown-provider`).
    pub provider: String,
    pub metrics_endpoint_auth: bool,
    pub default_gateway_name: String,
    pub flags: BTreeMap<String, String>,
    pub tracing: TracingConfig,
}

/// `--default-*-image` and `--kit-image`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Images {
    pub engine: String,
    pub epp: String,
    pub routing_proxy: String,
    pub kit: String,
}

/// The operator releases whose behaviour can be reproduced.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum OperatorVersion {
    #[default]
    V1_0_1,
    V0_9_0Alpha2,
}

impl OperatorVersion {
    pub const ALL: [OperatorVersion; 2] = [OperatorVersion::V1_0_1, OperatorVersion::V0_9_0Alpha2];

    pub fn as_str(self) -> &'static str {
        match self {
            OperatorVersion::V1_0_1 => "v1.0.1",
            OperatorVersion::V0_9_0Alpha2 => "v0.9.0-alpha.2",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|v| v.as_str() == s)
    }

    /// The small named switches between releases (changes-since-seed.md §2).
    pub fn profile(self) -> Profile {
        match self {
            OperatorVersion::V1_0_1 => Profile {
                version: self,
                role_annotations: true,
                nixl_side_port: true,
                secure_proxy_always: true,
                pod_monitors_default_on: true,
                pod_monitor_relabeling: true,
                pod_monitor_kebab_label: false,
            },
            OperatorVersion::V0_9_0Alpha2 => Profile {
                version: self,
                role_annotations: false,
                nixl_side_port: false,
                secure_proxy_always: false,
                pod_monitors_default_on: false,
                pod_monitor_relabeling: false,
                pod_monitor_kebab_label: true,
            },
        }
    }
}

/// What differs between operator releases. One code path reads these switches.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Profile {
    pub version: OperatorVersion,
    /// `spec.<role>.annotations` exists and is cloned onto the pod template.
    pub role_annotations: bool,
    /// `VLLM_NIXL_SIDE_CHANNEL_PORT` becomes a `nixl-side` container port.
    pub nixl_side_port: bool,
    /// `--secure-proxy=<bool>` is always emitted (else only when `secureProxy` is set).
    pub secure_proxy_always: bool,
    /// PodMonitors exist unless `monitoring.podMonitor` says `enabled: false` (else opt-in).
    pub pod_monitors_default_on: bool,
    /// PodMonitor endpoints carry the `model_service` relabeling.
    pub pod_monitor_relabeling: bool,
    /// PodMonitor metadata labels keep `llm-d.ai/inference-serving: "true"`.
    pub pod_monitor_kebab_label: bool,
}

impl Profile {
    /// This release's defaults (from `crate::settings_table`).
    pub fn default_settings(&self) -> Settings {
        crate::settings_table::defaults(self.version)
    }

    pub fn default_epp_config(&self) -> EppConfig {
        self.default_settings().epp
    }

    pub fn default_images(&self) -> Images {
        self.default_settings().options.images
    }

    pub fn default_options(&self) -> RenderOptions {
        self.default_settings().options
    }
}

/// Resolved render options: every field has a value (`Default` is blank, as `EppConfig`'s).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RenderOptions {
    pub images: Images,
    /// Written into `app.kubernetes.io/version`; `""` omits the label.
    pub version: String,
    pub operator_version: OperatorVersion,
}

/// Everything a render needs besides the ModelService.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Settings {
    pub epp: EppConfig,
    pub options: RenderOptions,
}

/// The default release's operator defaults.
impl Default for Settings {
    fn default() -> Self {
        OperatorVersion::default().profile().default_settings()
    }
}

impl Settings {
    /// Empty strings, `false`, no flags: the table fills in the defaults. Derived, so a new
    /// setting needs no line here.
    pub(crate) fn blank(operator_version: OperatorVersion) -> Settings {
        Settings { epp: EppConfig::default(), options: RenderOptions { operator_version, ..RenderOptions::default() } }
    }

    pub fn profile(&self) -> Profile {
        self.options.operator_version.profile()
    }
}
