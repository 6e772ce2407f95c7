// Command-line flags → EppConfig / RenderOptions. Flag names are the operator's own
// (`--provider`, `--metrics-endpoint-auth`, `--default-epp-image`, …) so operators feel at home.
import { parseArgs } from "node:util";

/** A usage problem: printed with a pointer to --help, exit code 2. */
export class UsageError extends Error {}

/** The operator flags shared by `render` and `lint`. */
export const OPERATOR_OPTIONS = {
  provider: { type: "string" },
  "metrics-endpoint-auth": { type: "string" },
  "default-gateway-name": { type: "string" },
  "tracing-enabled": { type: "string" },
  "tracing-otel-endpoint": { type: "string" },
  "tracing-sampler": { type: "string" },
  "tracing-sampler-arg": { type: "string" },
  "default-engine-image": { type: "string" },
  "default-epp-image": { type: "string" },
  "default-routing-proxy-image": { type: "string" },
  "kit-image": { type: "string" },
  version: { type: "string" },
  "operator-version": { type: "string" },
  help: { type: "boolean", short: "h" },
};

// Go-style boolean flags: `--flag` means true, `--flag=false` is allowed too.
const BOOLEAN_FLAGS = new Set(["--tracing-enabled", "--metrics-endpoint-auth"]);

/** Parses `argv` with `extra` options on top of the operator flags; unknown flags → UsageError. */
export function parseCommandArgs(argv, extra) {
  const args = argv.map((a) => (BOOLEAN_FLAGS.has(a) ? `${a}=true` : a));
  try {
    return parseArgs({ args, options: { ...OPERATOR_OPTIONS, ...extra }, allowPositionals: true, strict: true });
  } catch (e) {
    throw new UsageError(e.message);
  }
}

function bool(name, value) {
  if (value === undefined) return undefined;
  if (value === "true") return true;
  if (value === "false") return false;
  throw new UsageError(`--${name} must be true or false, got "${value}"`);
}

/** Only the flags that were given: everything else keeps the operator v1.0.1 defaults. */
export function operatorSettings(values) {
  const eppConfig = {};
  const set = (obj, key, v) => {
    if (v !== undefined) obj[key] = v;
  };
  set(eppConfig, "provider", values.provider);
  set(eppConfig, "metricsEndpointAuth", bool("metrics-endpoint-auth", values["metrics-endpoint-auth"]));
  set(eppConfig, "defaultGatewayName", values["default-gateway-name"]);
  const tracing = {};
  set(tracing, "enabled", bool("tracing-enabled", values["tracing-enabled"]));
  set(tracing, "otelExporterEndpoint", values["tracing-otel-endpoint"]);
  set(tracing, "sampler", values["tracing-sampler"]);
  set(tracing, "samplerArg", values["tracing-sampler-arg"]);
  if (Object.keys(tracing).length > 0) eppConfig.tracing = tracing;

  const options = {};
  const images = {};
  set(images, "engine", values["default-engine-image"]);
  set(images, "epp", values["default-epp-image"]);
  set(images, "routingProxy", values["default-routing-proxy-image"]);
  set(images, "kit", values["kit-image"]);
  if (Object.keys(images).length > 0) options.images = images;
  set(options, "version", values.version);
  set(options, "operatorVersion", values["operator-version"]);
  return { eppConfig, options };
}

/** Checks a flag against its allowed values. */
export function oneOf(name, value, allowed) {
  if (!allowed.includes(value)) throw new UsageError(`--${name} must be one of ${allowed.join(", ")}, got "${value}"`);
  return value;
}

export const OPERATOR_HELP = `Operator flags (defaults: model-operator v1.0.1 production flags):
  --provider istio|gke|none             EPP provider (default istio)
  --metrics-endpoint-auth[=true|false]  EPP metrics auth (default true)
  --default-gateway-name NAME           gateway of the default HTTPRoute ("" = none)
  --tracing-enabled[=true|false]        tracing for the EPP and routing sidecar
  --tracing-otel-endpoint URL           OTLP exporter endpoint
  --tracing-sampler S                   (default parentbased_traceidratio)
  --tracing-sampler-arg A               (default 0.01)
  --default-engine-image I              default vLLM image
  --default-epp-image I                 default endpoint-picker image
  --default-routing-proxy-image I       default routing-sidecar image
  --kit-image I                         model-unpack image ("" = no init container)
  --version V                           app.kubernetes.io/version label ("" = omit)
  --operator-version V                  release reproduced: v1.0.1 (default) | v0.9.0-alpha.2`;
