//! Every `migrate/*` diagnostic code with its fixed severity (docs/rules.md, "Migration"):
//! info where KServe does the same thing another way, warning where behaviour changes or
//! something is lost, error only where no sound output exists without the user's input.

use crate::diagnostics::{Diagnostic, FieldPath, Severity};

pub struct Code {
    pub code: &'static str,
    pub severity: Severity,
}

impl Code {
    pub fn at(&self, path: FieldPath, message: impl Into<String>) -> Diagnostic {
        Diagnostic::new(self.code, self.severity, path, message)
    }
}

macro_rules! codes {
    ($($name:ident = $code:literal, $sev:ident;)*) => {
        $(pub const $name: Code = Code { code: $code, severity: Severity::$sev };)*
        /// Every code, in docs/rules.md order.
        pub const ALL: &[Code] = &[$($name),*];
    };
}

codes! {
    NO_MODEL_SOURCE = "migrate/no-model-source", Error;
    MODEL_URI_UNSUPPORTED = "migrate/model-uri-unsupported", Error;
    EPP_RESOURCES_CONFLICT = "migrate/epp-resources-conflict", Error;
    NAME_RENAMED = "migrate/name-renamed", Warning;
    ROUTE_MATCH = "migrate/route-match", Warning;
    ROUTE_HOSTNAMES = "migrate/route-hostnames", Warning;
    ENGINE_PORT = "migrate/engine-port", Warning;
    ENGINE_ARG_OVERRIDES_PRESET = "migrate/engine-arg-overrides-preset", Warning;
    MODEL_NAME_SHELL = "migrate/model-name-shell", Warning;
    DATA_PARALLEL_SINGLE_POD = "migrate/data-parallel-single-pod", Warning;
    ROUTING_PROXY_WITHOUT_PREFILL = "migrate/routing-proxy-without-prefill", Warning;
    ROUTING_PROXY_CONNECTOR = "migrate/routing-proxy-connector", Warning;
    ROUTING_PROXY_FLAG = "migrate/routing-proxy-flag", Warning;
    IMAGE_NOT_CARRIED = "migrate/image-not-carried", Warning;
    EPP_CONFIG = "migrate/epp-config", Warning;
    EPP_DEFAULT_RESOURCES = "migrate/epp-default-resources", Warning;
    EPP_REPLICAS_ZERO = "migrate/epp-replicas-zero", Warning;
    EPP_FLAGS = "migrate/epp-flags", Warning;
    EPP_FAILURE_MODE_LOST = "migrate/epp-failure-mode-lost", Warning;
    POD_MONITOR = "migrate/pod-monitor", Warning;
    SERVICE_MONITOR = "migrate/service-monitor", Warning;
    DESTINATION_RULE = "migrate/destination-rule", Warning;
    TRACING = "migrate/tracing", Warning;
    MODEL_SOURCE = "migrate/model-source", Info;
    GPU_COUNT = "migrate/gpu-count", Info;
    IMAGE_PRESET = "migrate/image-preset", Info;
    ENGINE_ARG_QUOTED = "migrate/engine-arg-quoted", Info;
    MODEL_MOUNT_PATH = "migrate/model-mount-path", Info;
    ROUTING_PROXY_TARGET_PORT = "migrate/routing-proxy-target-port", Info;
    ROUTING_SIDECAR_ADDED = "migrate/routing-sidecar-added", Info;
    ROUTE_GATEWAY = "migrate/route-gateway", Info;
    EPP_PORT = "migrate/epp-port", Info;
    EPP_RESOURCES_MERGED = "migrate/epp-resources-merged", Info;
    EPP_FAILURE_MODE = "migrate/epp-failure-mode", Info;
    EPP_METRICS_AUTH = "migrate/epp-metrics-auth", Info;
    NAMES = "migrate/names", Info;
    METADATA = "migrate/metadata", Info;
}
