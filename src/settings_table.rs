//! Every operator setting, declared once: where it lives in `eppConfig`/`options`, its type, its
//! default in each operator release, the operator flag that sets it, its help text and allowed
//! values. Everything else iterates over [`SETTINGS`]: the defaults (`crate::config`), reading
//! the caller's JSON (`crate::settings_input`), explain's perturbations, and — through the
//! generated `js/src/settings.mjs` and `js/settings.d.ts` (`tests/settings_export.rs`) — the CLI's
//! flags and `--help`, the playground's settings panel and the package's types.
//!
//! A new operator flag is one entry here plus its use in a builder.

use crate::config::{OperatorVersion, Settings};

/// How the operator receives a setting.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Upstream {
    /// A command-line flag of the operator, named like the CLI flag (`--provider`).
    Flag,
    /// A Go variable set at build time (`-ldflags -X main.version=…`).
    BuildVariable(&'static str),
    /// Not an operator input (the release reproduced, the EPP's extra flags).
    None,
}

/// The value of a setting and how to reach it in [`Settings`].
#[derive(Clone, Copy)]
pub enum Field {
    /// A string; `choices` are the values the operator knows (others are warned about).
    Text {
        get: fn(&Settings) -> &String,
        set: fn(&mut Settings) -> &mut String,
        default: fn(OperatorVersion) -> &'static str,
        choices: &'static [&'static str],
    },
    Bool {
        get: fn(&Settings) -> bool,
        set: fn(&mut Settings) -> &mut bool,
        default: bool,
    },
    /// `eppConfig.flags`: extra `--key=value` EPP arguments (default: none).
    FlagMap,
    /// `options.operatorVersion`: the release reproduced; it selects every other default.
    Release,
}

/// One operator setting.
#[derive(Clone, Copy)]
pub struct Setting {
    /// Dotted path in the settings JSON: `eppConfig.tracing.enabled`, `options.images.kit`.
    pub path: &'static str,
    /// The CLI flag (without `--`); the operator's own flag name where it has one.
    pub flag: Option<&'static str>,
    pub upstream: Upstream,
    pub field: Field,
    /// What people read about it (only the generators keep it: the wasm does not need it).
    pub doc: Doc,
}

/// A setting's documentation: `doc(metavar, label, help)`.
#[cfg(feature = "typescript")]
#[derive(Clone, Copy, Debug)]
pub struct Doc {
    /// The flag's argument in `--help` (`URL`, `NAME`); empty: the choices (or none, for booleans).
    pub metavar: &'static str,
    /// Short label (the playground's field name).
    pub label: &'static str,
    /// One line saying what it does (CLI `--help`, playground tooltip, `.d.ts` docs).
    pub help: &'static str,
}

#[cfg(feature = "typescript")]
const fn doc(metavar: &'static str, label: &'static str, help: &'static str) -> Doc {
    Doc { metavar, label, help }
}

/// Without the generators the text is dropped at compile time.
#[cfg(not(feature = "typescript"))]
#[derive(Clone, Copy, Debug)]
pub struct Doc;

#[cfg(not(feature = "typescript"))]
const fn doc(_metavar: &'static str, _label: &'static str, _help: &'static str) -> Doc {
    Doc
}

impl Setting {
    /// The path's steps (`["eppConfig", "tracing", "enabled"]`).
    pub fn segments(&self) -> impl Iterator<Item = &'static str> {
        self.path.split('.')
    }

    /// The JSON field name (the path's last step).
    pub fn key(&self) -> &'static str {
        self.path.rsplit('.').next().unwrap_or(self.path)
    }

    /// What explain's `from` names when the caller left this setting at its default: the
    /// operator's flag or build variable.
    pub fn upstream_name(&self) -> Option<String> {
        match (self.upstream, self.flag) {
            (Upstream::Flag, Some(f)) => Some(format!("--{f}")),
            (Upstream::BuildVariable(v), _) => Some(v.to_string()),
            _ => None,
        }
    }

    /// The allowed values (empty: any).
    pub fn choices(&self) -> Vec<&'static str> {
        match self.field {
            Field::Text { choices, .. } => choices.to_vec(),
            Field::Release => OperatorVersion::ALL.iter().map(|v| v.as_str()).collect(),
            _ => Vec::new(),
        }
    }
}

pub const PROVIDER_ISTIO: &str = "istio";
pub const PROVIDER_GKE: &str = "gke";
pub const PROVIDER_NONE: &str = "none";
/// The EPP providers the operator tells apart (compared exactly).
pub const PROVIDERS: &[&str] = &[PROVIDER_ISTIO, PROVIDER_GKE, PROVIDER_NONE];

/// `--default-gateway-name`'s default changed with the OtterScale rename.
fn default_gateway(v: OperatorVersion) -> &'static str {
    match v {
        OperatorVersion::V1_0_1 => "otterscale-llm-d-infra-inference-gateway",
        OperatorVersion::V0_9_0Alpha2 => "llm-d-infra-inference-gateway",
    }
}

/// Every setting, in the order the CLI help, explain's inputs and the playground list them.
pub static SETTINGS: &[Setting] = &[
    Setting {
        path: "eppConfig.provider",
        flag: Some("provider"),
        upstream: Upstream::Flag,
        field: Field::Text {
            get: |s| &s.epp.provider,
            set: |s| &mut s.epp.provider,
            default: |_| PROVIDER_ISTIO,
            choices: PROVIDERS,
        },
        doc: doc("", "Provider", "EPP provider"),
    },
    Setting {
        path: "eppConfig.metricsEndpointAuth",
        flag: Some("metrics-endpoint-auth"),
        upstream: Upstream::Flag,
        field: Field::Bool {
            get: |s| s.epp.metrics_endpoint_auth,
            set: |s| &mut s.epp.metrics_endpoint_auth,
            default: true,
        },
        doc: doc("", "Metrics endpoint auth", "EPP metrics auth"),
    },
    Setting {
        path: "eppConfig.defaultGatewayName",
        flag: Some("default-gateway-name"),
        upstream: Upstream::Flag,
        field: Field::Text {
            get: |s| &s.epp.default_gateway_name,
            set: |s| &mut s.epp.default_gateway_name,
            default: default_gateway,
            choices: &[],
        },
        doc: doc("NAME", "Default gateway", "gateway of the default HTTPRoute (\"\" = none)"),
    },
    Setting {
        path: "eppConfig.tracing.enabled",
        flag: Some("tracing-enabled"),
        upstream: Upstream::Flag,
        field: Field::Bool { get: |s| s.epp.tracing.enabled, set: |s| &mut s.epp.tracing.enabled, default: false },
        doc: doc("", "Enabled", "tracing for the EPP and routing sidecar"),
    },
    Setting {
        path: "eppConfig.tracing.otelExporterEndpoint",
        flag: Some("tracing-otel-endpoint"),
        upstream: Upstream::Flag,
        field: Field::Text {
            get: |s| &s.epp.tracing.otel_exporter_endpoint,
            set: |s| &mut s.epp.tracing.otel_exporter_endpoint,
            default: |_| "",
            choices: &[],
        },
        doc: doc("URL", "OTel endpoint", "OTLP exporter endpoint"),
    },
    Setting {
        path: "eppConfig.tracing.sampler",
        flag: Some("tracing-sampler"),
        upstream: Upstream::Flag,
        field: Field::Text {
            get: |s| &s.epp.tracing.sampler,
            set: |s| &mut s.epp.tracing.sampler,
            default: |_| "parentbased_traceidratio",
            choices: &[],
        },
        doc: doc("S", "Sampler", "OTEL_TRACES_SAMPLER (\"\" = unset)"),
    },
    Setting {
        path: "eppConfig.tracing.samplerArg",
        flag: Some("tracing-sampler-arg"),
        upstream: Upstream::Flag,
        field: Field::Text {
            get: |s| &s.epp.tracing.sampler_arg,
            set: |s| &mut s.epp.tracing.sampler_arg,
            default: |_| "0.01",
            choices: &[],
        },
        doc: doc("A", "Sampler arg", "OTEL_TRACES_SAMPLER_ARG (\"\" = unset)"),
    },
    Setting {
        path: "eppConfig.flags",
        flag: None,
        upstream: Upstream::None,
        field: Field::FlagMap,
        doc: doc("", "Extra EPP flags", "extra EPP arguments, passed as --key=value sorted by key"),
    },
    Setting {
        path: "options.images.engine",
        flag: Some("default-engine-image"),
        upstream: Upstream::Flag,
        field: Field::Text {
            get: |s| &s.options.images.engine,
            set: |s| &mut s.options.images.engine,
            default: |_| "ghcr.io/llm-d/llm-d-cuda:v0.5.1",
            choices: &[],
        },
        doc: doc("I", "Engine", "default vLLM image"),
    },
    Setting {
        path: "options.images.epp",
        flag: Some("default-epp-image"),
        upstream: Upstream::Flag,
        field: Field::Text {
            get: |s| &s.options.images.epp,
            set: |s| &mut s.options.images.epp,
            default: |_| "ghcr.io/llm-d/llm-d-inference-scheduler:v0.6.0",
            choices: &[],
        },
        doc: doc("I", "EPP", "default endpoint-picker image"),
    },
    Setting {
        path: "options.images.routingProxy",
        flag: Some("default-routing-proxy-image"),
        upstream: Upstream::Flag,
        field: Field::Text {
            get: |s| &s.options.images.routing_proxy,
            set: |s| &mut s.options.images.routing_proxy,
            default: |_| "ghcr.io/llm-d/llm-d-routing-sidecar:v0.6.0",
            choices: &[],
        },
        doc: doc("I", "Routing proxy", "default routing-sidecar image"),
    },
    Setting {
        path: "options.images.kit",
        flag: Some("kit-image"),
        upstream: Upstream::Flag,
        field: Field::Text {
            get: |s| &s.options.images.kit,
            set: |s| &mut s.options.images.kit,
            default: |_| "ghcr.io/kitops-ml/kitops:v1.11.0",
            choices: &[],
        },
        doc: doc("I", "Kit (model unpack)", "model-unpack image (\"\" = no init container)"),
    },
    Setting {
        path: "options.version",
        flag: Some("version"),
        upstream: Upstream::BuildVariable("main.version"),
        field: Field::Text {
            get: |s| &s.options.version,
            set: |s| &mut s.options.version,
            default: OperatorVersion::as_str,
            choices: &[],
        },
        doc: doc("V", "Version label", "app.kubernetes.io/version label (\"\" = omit)"),
    },
    Setting {
        path: "options.operatorVersion",
        flag: Some("operator-version"),
        upstream: Upstream::None,
        field: Field::Release,
        doc: doc("V", "Operator release", "release reproduced: its behaviour and flag defaults"),
    },
];

/// The setting at `path`, if the table has it.
pub fn setting(path: &str) -> Option<&'static Setting> {
    SETTINGS.iter().find(|s| s.path == path)
}

/// The default of the text setting at `path` for `version` ("" if there is none): one value
/// without building every default (`defaults`).
pub fn default_text(version: OperatorVersion, path: &str) -> &'static str {
    match setting(path).map(|s| s.field) {
        Some(Field::Text { default, .. }) => default(version),
        _ => "",
    }
}

/// Every setting at its default for `version`.
pub fn defaults(version: OperatorVersion) -> Settings {
    let mut s = Settings::blank(version);
    for setting in SETTINGS {
        match setting.field {
            Field::Text { set, default, .. } => *set(&mut s) = default(version).to_string(),
            Field::Bool { set, default, .. } => *set(&mut s) = default,
            Field::FlagMap | Field::Release => {}
        }
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    /// One default read alone is the one `defaults` fills in, for every text setting and release.
    #[test]
    fn default_text_is_the_default() {
        for version in OperatorVersion::ALL {
            let all = defaults(version);
            let mut texts = 0;
            for s in SETTINGS {
                if let Field::Text { get, .. } = s.field {
                    assert_eq!(default_text(version, s.path), get(&all).as_str(), "{}", s.path);
                    texts += 1;
                }
            }
            assert_eq!(texts, 10);
            assert_eq!(default_text(version, "options.images.routingProxy"), all.options.images.routing_proxy);
            assert_eq!(default_text(version, "eppConfig.tracing.enabled"), "");
            assert_eq!(default_text(version, "no.such.setting"), "");
        }
    }
}
