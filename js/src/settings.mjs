// GENERATED from the settings table (src/settings_table.rs) by `make generate`
// (tests/settings_export.rs). Do not edit: change the table, then run `make generate`.

/** The operator releases reproduced; the first is the default. */
export const operatorVersions = ["v1.0.1","v0.9.0-alpha.2"];

/** The EPP providers the operator tells apart. */
export const providers = ["istio","gke","none"];

/** Every operator setting (see settings.d.ts). */
export const settings = [
  { path: ["eppConfig","provider"], flag: "provider", upstream: "--provider", type: "string", choices: ["istio","gke","none"], metavar: "", label: "Provider", help: "EPP provider", defaults: {"v0.9.0-alpha.2":"istio","v1.0.1":"istio"} },
  { path: ["eppConfig","metricsEndpointAuth"], flag: "metrics-endpoint-auth", upstream: "--metrics-endpoint-auth", type: "boolean", choices: [], metavar: "", label: "Metrics endpoint auth", help: "EPP metrics auth", defaults: {"v0.9.0-alpha.2":true,"v1.0.1":true} },
  { path: ["eppConfig","defaultGatewayName"], flag: "default-gateway-name", upstream: "--default-gateway-name", type: "string", choices: [], metavar: "NAME", label: "Default gateway", help: "gateway of the default HTTPRoute (\"\" = none)", defaults: {"v0.9.0-alpha.2":"llm-d-infra-inference-gateway","v1.0.1":"otterscale-llm-d-infra-inference-gateway"} },
  { path: ["eppConfig","tracing","enabled"], flag: "tracing-enabled", upstream: "--tracing-enabled", type: "boolean", choices: [], metavar: "", label: "Enabled", help: "tracing for the EPP and routing sidecar", defaults: {"v0.9.0-alpha.2":false,"v1.0.1":false} },
  { path: ["eppConfig","tracing","otelExporterEndpoint"], flag: "tracing-otel-endpoint", upstream: "--tracing-otel-endpoint", type: "string", choices: [], metavar: "URL", label: "OTel endpoint", help: "OTLP exporter endpoint", defaults: {"v0.9.0-alpha.2":"","v1.0.1":""} },
  { path: ["eppConfig","tracing","sampler"], flag: "tracing-sampler", upstream: "--tracing-sampler", type: "string", choices: [], metavar: "S", label: "Sampler", help: "OTEL_TRACES_SAMPLER (\"\" = unset)", defaults: {"v0.9.0-alpha.2":"parentbased_traceidratio","v1.0.1":"parentbased_traceidratio"} },
  { path: ["eppConfig","tracing","samplerArg"], flag: "tracing-sampler-arg", upstream: "--tracing-sampler-arg", type: "string", choices: [], metavar: "A", label: "Sampler arg", help: "OTEL_TRACES_SAMPLER_ARG (\"\" = unset)", defaults: {"v0.9.0-alpha.2":"0.01","v1.0.1":"0.01"} },
  { path: ["eppConfig","flags"], flag: null, upstream: null, type: "flags", choices: [], metavar: "", label: "Extra EPP flags", help: "extra EPP arguments, passed as --key=value sorted by key", defaults: {"v0.9.0-alpha.2":{},"v1.0.1":{}} },
  { path: ["options","images","engine"], flag: "default-engine-image", upstream: "--default-engine-image", type: "string", choices: [], metavar: "I", label: "Engine", help: "default vLLM image", defaults: {"v0.9.0-alpha.2":"ghcr.io/llm-d/llm-d-cuda:v0.5.1","v1.0.1":"ghcr.io/llm-d/llm-d-cuda:v0.5.1"} },
  { path: ["options","images","epp"], flag: "default-epp-image", upstream: "--default-epp-image", type: "string", choices: [], metavar: "I", label: "EPP", help: "default endpoint-picker image", defaults: {"v0.9.0-alpha.2":"ghcr.io/llm-d/llm-d-inference-scheduler:v0.6.0","v1.0.1":"ghcr.io/llm-d/llm-d-inference-scheduler:v0.6.0"} },
  { path: ["options","images","routingProxy"], flag: "default-routing-proxy-image", upstream: "--default-routing-proxy-image", type: "string", choices: [], metavar: "I", label: "Routing proxy", help: "default routing-sidecar image", defaults: {"v0.9.0-alpha.2":"ghcr.io/llm-d/llm-d-routing-sidecar:v0.6.0","v1.0.1":"ghcr.io/llm-d/llm-d-routing-sidecar:v0.6.0"} },
  { path: ["options","images","kit"], flag: "kit-image", upstream: "--kit-image", type: "string", choices: [], metavar: "I", label: "Kit (model unpack)", help: "model-unpack image (\"\" = no init container)", defaults: {"v0.9.0-alpha.2":"ghcr.io/kitops-ml/kitops:v1.11.0","v1.0.1":"ghcr.io/kitops-ml/kitops:v1.11.0"} },
  { path: ["options","version"], flag: "version", upstream: "main.version", type: "string", choices: [], metavar: "V", label: "Version label", help: "app.kubernetes.io/version label (\"\" = omit)", defaults: {"v0.9.0-alpha.2":"v0.9.0-alpha.2","v1.0.1":"v1.0.1"} },
  { path: ["options","operatorVersion"], flag: "operator-version", upstream: null, type: "release", choices: ["v1.0.1","v0.9.0-alpha.2"], metavar: "V", label: "Operator release", help: "release reproduced: its behaviour and flag defaults", defaults: {"v0.9.0-alpha.2":"v0.9.0-alpha.2","v1.0.1":"v1.0.1"} },
];
