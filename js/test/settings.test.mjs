// The settings table as the package ships it (`modelservice-render/settings`, generated from
// src/settings_table.rs) and what the CLI makes of it: flags, `--help`, EppConfig/RenderOptions.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { defaults, operatorVersion, render } from "./support/package.mjs";
import * as table from "modelservice-render/settings";
import { OPERATOR_HELP, OPERATOR_OPTIONS, UsageError, operatorSettings, parseCommandArgs } from "../bin/cli/args.mjs";
import { EPP_G1 } from "./fixtures.mjs";

const at = (obj, path) => path.reduce((o, k) => o?.[k], obj);

describe("settings table", () => {
  it("exports exactly the table, the releases and the providers", () => {
    assert.deepEqual(Object.keys(table).sort(), ["operatorVersions", "providers", "settings"]);
    assert.deepEqual(table.operatorVersions, ["v1.0.1", "v0.9.0-alpha.2"]);
    assert.equal(table.operatorVersions[0], operatorVersion);
    assert.deepEqual(table.providers, ["istio", "gke", "none"]);
    assert.deepEqual(
      table.settings.map((s) => s.path.join(".")),
      [
        "eppConfig.provider", "eppConfig.metricsEndpointAuth", "eppConfig.defaultGatewayName",
        "eppConfig.tracing.enabled", "eppConfig.tracing.otelExporterEndpoint", "eppConfig.tracing.sampler",
        "eppConfig.tracing.samplerArg", "eppConfig.flags", "options.images.engine", "options.images.epp",
        "options.images.routingProxy", "options.images.kit", "options.version", "options.operatorVersion",
      ],
    );
  });

  it("its defaults are the ones render uses, in every release", () => {
    for (const v of table.operatorVersions) {
      const d = defaults({ operatorVersion: v });
      for (const s of table.settings) assert.deepEqual(s.defaults[v], at(d, s.path), `${v} ${s.path.join(".")}`);
    }
    // Spot checks against the operator's own defaults (api.md §8), written out.
    const gateway = table.settings.find((s) => s.flag === "default-gateway-name");
    assert.deepEqual(gateway.defaults, {
      "v1.0.1": "otterscale-llm-d-infra-inference-gateway",
      "v0.9.0-alpha.2": "llm-d-infra-inference-gateway",
    });
    assert.equal(table.settings.find((s) => s.flag === "tracing-sampler-arg").defaults["v1.0.1"], "0.01");
  });
});

describe("CLI operator flags (from the table)", () => {
  it("one string option per flagged setting, plus --help", () => {
    assert.deepEqual(Object.keys(OPERATOR_OPTIONS), [
      "provider", "metrics-endpoint-auth", "default-gateway-name", "tracing-enabled", "tracing-otel-endpoint",
      "tracing-sampler", "tracing-sampler-arg", "default-engine-image", "default-epp-image",
      "default-routing-proxy-image", "kit-image", "version", "operator-version", "help",
    ]);
  });

  it("every flag lands at its field; booleans accept --flag, =true and =false", () => {
    const { values } = parseCommandArgs([
      "--provider", "gke", "--metrics-endpoint-auth=false", "--default-gateway-name", "gw",
      "--tracing-enabled", "--tracing-otel-endpoint", "http://otel:4317", "--tracing-sampler", "always_on",
      "--tracing-sampler-arg", "1", "--default-engine-image", "e:1", "--default-epp-image", "p:1",
      "--default-routing-proxy-image", "r:1", "--kit-image", "", "--version", "v9", "--operator-version", "v0.9.0-alpha.2",
    ], {});
    assert.deepEqual(operatorSettings(values), {
      eppConfig: {
        provider: "gke",
        metricsEndpointAuth: false,
        defaultGatewayName: "gw",
        tracing: { enabled: true, otelExporterEndpoint: "http://otel:4317", sampler: "always_on", samplerArg: "1" },
      },
      options: {
        images: { engine: "e:1", epp: "p:1", routingProxy: "r:1", kit: "" },
        version: "v9",
        operatorVersion: "v0.9.0-alpha.2",
      },
    });
    assert.deepEqual(operatorSettings(parseCommandArgs([], {}).values), { eppConfig: {}, options: {} });
    assert.throws(() => operatorSettings(parseCommandArgs(["--tracing-enabled=yes"], {}).values), UsageError);
    assert.throws(() => parseCommandArgs(["--tracing-endpoint", "x"], {}), UsageError);
  });

  it("the routing-proxy image flag reaches the rendered sidecar", () => {
    const pd = structuredClone(EPP_G1);
    pd.spec.routingProxy = {};
    pd.spec.prefill = {};
    const { eppConfig, options } = operatorSettings(parseCommandArgs(["--default-routing-proxy-image", "r:9"], {}).values);
    const decode = render(pd, eppConfig, options).resources.find((r) => r.metadata.name === "qwen3-0.6b-decode");
    const proxy = decode.spec.template.spec.initContainers.find((c) => c.name === "routing-proxy");
    assert.equal(proxy.image, "r:9");
  });

  it("--help prints every flag with its defaults, read from the table", () => {
    assert.equal(
      OPERATOR_HELP,
      `Operator flags (defaults: model-operator v1.0.1 production flags):
  --provider istio|gke|none             EPP provider (default istio)
  --metrics-endpoint-auth[=true|false]  EPP metrics auth (default true)
  --default-gateway-name NAME           gateway of the default HTTPRoute ("" = none)
                                        (default otterscale-llm-d-infra-inference-gateway;
                                        v0.9.0-alpha.2: llm-d-infra-inference-gateway)
  --tracing-enabled[=true|false]        tracing for the EPP and routing sidecar (default false)
  --tracing-otel-endpoint URL           OTLP exporter endpoint (default "")
  --tracing-sampler S                   OTEL_TRACES_SAMPLER ("" = unset)
                                        (default parentbased_traceidratio)
  --tracing-sampler-arg A               OTEL_TRACES_SAMPLER_ARG ("" = unset) (default 0.01)
  --default-engine-image I              default vLLM image (default ghcr.io/llm-d/llm-d-cuda:v0.5.1)
  --default-epp-image I                 default endpoint-picker image
                                        (default ghcr.io/llm-d/llm-d-inference-scheduler:v0.6.0)
  --default-routing-proxy-image I       default routing-sidecar image
                                        (default ghcr.io/llm-d/llm-d-routing-sidecar:v0.6.0)
  --kit-image I                         model-unpack image ("" = no init container)
                                        (default ghcr.io/kitops-ml/kitops:v1.11.0)
  --version V                           app.kubernetes.io/version label ("" = omit) (default v1.0.1;
                                        v0.9.0-alpha.2: v0.9.0-alpha.2)
  --operator-version V                  release reproduced: its behaviour and flag defaults
                                        (v1.0.1 | v0.9.0-alpha.2) (default v1.0.1)`,
    );
  });
});
