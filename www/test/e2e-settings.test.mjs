// End-to-end: the operator settings panel (built from the package's settings table). Each field
// is driven through the DOM and checked three ways: the kept overrides (what is shared), the
// field's own display (value, "overridden", reset button) and the rendered objects.
import { test } from "node:test";
import assert from "node:assert/strict";
import { useFixture } from "./support/fixture.mjs";
import { openPage, waitRendered } from "./support/browser.mjs";

const fx = useFixture();

// Decode + prefill with a routing proxy and no images of its own: every default image is used.
const PD = `apiVersion: model.otterscale.io/v1alpha1
kind: ModelService
metadata:
  name: m
  namespace: ns
spec:
  model:
    name: org/m
    image: registry.example.com/m:v1
  engine: {}
  accelerator:
    type: nvidia
  decode: {}
  prefill: {}
  routingProxy: {}
`;

async function open() {
  const opened = await openPage(fx.browser, fx.server.url);
  await opened.page.evaluate((t) => window.playground.setText(t), PD);
  await waitRendered(opened.page);
  return opened;
}

const state = (page) => page.evaluate(() => window.playground.state());
const result = (page) => page.evaluate(() => window.playground.result());

/** The rendered object `kind/name`. */
async function object(page, kind, name) {
  const r = await result(page);
  const o = r.resources.find((x) => x.kind === kind && x.metadata.name === name);
  assert.ok(o, `${kind}/${name} not rendered: ${r.resources.map((x) => `${x.kind}/${x.metadata.name}`)}`);
  return o;
}
const pod = async (page, name) => (await object(page, "Deployment", name)).spec.template.spec;
const eppContainer = async (page) => (await pod(page, "m-epp")).containers[0];

/** Types into a text field and commits it (change event), then waits for the render. */
async function typeInto(page, id, text) {
  await page.fill(`#${id}`, text);
  await page.press(`#${id}`, "Tab");
  await waitRendered(page);
}

/** `{overridden, reset}` of the field at `path`. */
function fieldState(page, path) {
  return page.$eval(`.opt-field[data-path="${path}"]`, (el) => ({
    overridden: el.classList.contains("overridden"),
    reset: el.querySelector(".opt-reset") !== null,
  }));
}

test("the panel lists every setting of the table, by section, with its flag", async () => {
  const { page, context, log } = await open();
  const sections = await page.$$eval(".opt-section", (els) =>
    els.map((s) => [
      s.querySelector("legend").textContent,
      [...s.querySelectorAll(".opt-field")].map((f) => [f.dataset.path, f.querySelector(".opt-flag").textContent]),
    ]),
  );
  assert.deepEqual(sections, [
    ["Operator", [["options.operatorVersion", "--operator-version"], ["options.version", "--version"]]],
    [
      "EPP config",
      [
        ["eppConfig.provider", "--provider"],
        ["eppConfig.metricsEndpointAuth", "--metrics-endpoint-auth"],
        ["eppConfig.defaultGatewayName", "--default-gateway-name"],
        ["eppConfig.flags", "key=value per line"],
      ],
    ],
    [
      "Tracing",
      [
        ["eppConfig.tracing.enabled", "--tracing-enabled"],
        ["eppConfig.tracing.otelExporterEndpoint", "--tracing-otel-endpoint"],
        ["eppConfig.tracing.sampler", "--tracing-sampler"],
        ["eppConfig.tracing.samplerArg", "--tracing-sampler-arg"],
      ],
    ],
    [
      "Images",
      [
        ["options.images.engine", "--default-engine-image"],
        ["options.images.epp", "--default-epp-image"],
        ["options.images.routingProxy", "--default-routing-proxy-image"],
        ["options.images.kit", "--kit-image"],
      ],
    ],
  ]);
  // Defaults shown, nothing overridden; the help is the label's tooltip.
  assert.equal(await page.inputValue("#opt-images-kit"), "ghcr.io/kitops-ml/kitops:v1.11.0");
  assert.equal(await page.inputValue("#opt-tracing-sampler"), "parentbased_traceidratio");
  assert.equal(await page.inputValue("#opt-version"), "v1.0.1");
  assert.equal(await page.getAttribute('label[for="opt-images-kit"]', "title"), 'model-unpack image ("" = no init container)');
  assert.equal(await page.$$eval(".opt-field.overridden", (els) => els.length), 0);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test("extra EPP flags: the box's lines become sorted --key=value EPP arguments", async () => {
  const { page, context, log } = await open();
  await typeInto(page, "opt-flags", "v=2\n--kv-cache=on\n\n  spaced = y \nbare\n");
  assert.deepEqual((await state(page)).eppConfig.flags, { v: "2", "kv-cache": "on", spaced: "y", bare: "" });
  const args = (await eppContainer(page)).args;
  assert.deepEqual(args.slice(-4), ["--bare=", "--kv-cache=on", "--spaced=y", "--v=2"]);
  // Redrawn as the parser read it, one key=value per line.
  assert.equal(await page.inputValue("#opt-flags"), "v=2\nkv-cache=on\nspaced=y\nbare=");
  assert.deepEqual(await fieldState(page, "eppConfig.flags"), { overridden: true, reset: true });
  // An empty box is the default: nothing kept, no extra argument.
  await typeInto(page, "opt-flags", "");
  assert.equal((await state(page)).eppConfig.flags, undefined);
  assert.ok(!(await eppContainer(page)).args.some((a) => a.startsWith("--v=")));
  assert.deepEqual(await fieldState(page, "eppConfig.flags"), { overridden: false, reset: false });
  assert.deepEqual(log.errors, []);
  await context.close();
});

test("the four image fields set the default images; an empty kit image drops the init container", async () => {
  const { page, context, log } = await open();
  await typeInto(page, "opt-images-engine", "reg.example/vllm:1");
  await typeInto(page, "opt-images-epp", "reg.example/epp:2");
  await typeInto(page, "opt-images-routingProxy", "reg.example/proxy:3");
  await typeInto(page, "opt-images-kit", "reg.example/kit:4");
  assert.deepEqual((await state(page)).options.images, {
    engine: "reg.example/vllm:1",
    epp: "reg.example/epp:2",
    routingProxy: "reg.example/proxy:3",
    kit: "reg.example/kit:4",
  });
  const decode = await pod(page, "m-decode");
  assert.equal(decode.containers[0].image, "reg.example/vllm:1");
  assert.deepEqual(decode.initContainers.map((c) => [c.name, c.image]), [
    ["model-unpack", "reg.example/kit:4"],
    ["routing-proxy", "reg.example/proxy:3"],
  ]);
  assert.equal((await pod(page, "m-prefill")).containers[0].image, "reg.example/vllm:1");
  assert.equal((await eppContainer(page)).image, "reg.example/epp:2");

  await typeInto(page, "opt-images-kit", "");
  assert.equal((await state(page)).options.images.kit, "");
  assert.deepEqual((await pod(page, "m-decode")).initContainers.map((c) => c.name), ["routing-proxy"]);
  assert.equal((await pod(page, "m-prefill")).initContainers, undefined);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test("metrics auth off: the flag, no token Secret, no cluster RBAC", async () => {
  const { page, context, log } = await open();
  const pooled = PD.replace("  routingProxy: {}\n", "  routingProxy: {}\n  inferencePool:\n    endpointPicker: {}\n");
  await page.evaluate((t) => window.playground.setText(t), pooled);
  await waitRendered(page);
  assert.ok((await result(page)).resources.some((r) => r.kind === "Secret"));
  assert.equal(await page.isChecked("#opt-metricsEndpointAuth"), true);
  await page.uncheck("#opt-metricsEndpointAuth");
  await waitRendered(page);
  assert.equal((await state(page)).eppConfig.metricsEndpointAuth, false);
  assert.ok((await eppContainer(page)).args.includes("--metrics-endpoint-auth=false"));
  const r = await result(page);
  assert.deepEqual(r.resources.filter((x) => ["Secret", "ClusterRole", "ClusterRoleBinding"].includes(x.kind)), []);
  assert.deepEqual(
    r.absent.filter((a) => ["Secret", "ClusterRole"].includes(a.kind)).map((a) => `${a.kind}/${a.name}`),
    ["Secret/m-epp-sa-metrics-reader-secret", "ClusterRole/ns-m-epp"],
  );
  assert.deepEqual(log.errors, []);
  await context.close();
});

test("version label: a value is written, empty omits the label, the release sets the default", async () => {
  const { page, context, log } = await open();
  const label = async () => (await object(page, "Service", "m-epp")).metadata.labels["app.kubernetes.io/version"];
  assert.equal(await label(), "v1.0.1");
  await typeInto(page, "opt-version", "v7");
  assert.equal(await label(), "v7");
  await typeInto(page, "opt-version", "");
  assert.equal((await state(page)).options.version, "");
  assert.equal(await label(), undefined);
  // Back to the default, then another release: the untouched field follows its default.
  await page.click('.opt-field[data-path="options.version"] .opt-reset');
  await waitRendered(page);
  await page.selectOption("#opt-operatorVersion", "v0.9.0-alpha.2");
  await waitRendered(page);
  assert.equal(await page.inputValue("#opt-version"), "v0.9.0-alpha.2");
  assert.equal(await label(), "v0.9.0-alpha.2");
  assert.deepEqual((await state(page)).options, { operatorVersion: "v0.9.0-alpha.2" });
  assert.deepEqual(log.errors, []);
  await context.close();
});

test("sampler fields reach the EPP and the routing sidecar; empty means unset", async () => {
  const { page, context, log } = await open();
  await page.check("#opt-tracing-enabled");
  await waitRendered(page);
  await typeInto(page, "opt-tracing-sampler", "always_on");
  await typeInto(page, "opt-tracing-samplerArg", "");
  assert.deepEqual((await state(page)).eppConfig.tracing, { enabled: true, sampler: "always_on", samplerArg: "" });
  const otel = (env) => Object.fromEntries(env.filter((e) => e.name.startsWith("OTEL_TRACES_")).map((e) => [e.name, e.value]));
  assert.deepEqual(otel((await eppContainer(page)).env), { OTEL_TRACES_EXPORTER: "otlp", OTEL_TRACES_SAMPLER: "always_on" });
  const proxy = (await pod(page, "m-decode")).initContainers.find((c) => c.name === "routing-proxy");
  assert.deepEqual(otel(proxy.env), { OTEL_TRACES_EXPORTER: "otlp", OTEL_TRACES_SAMPLER: "always_on" });
  await typeInto(page, "opt-tracing-samplerArg", "0.5");
  assert.equal(otel((await eppContainer(page)).env).OTEL_TRACES_SAMPLER_ARG, "0.5");
  assert.deepEqual(log.errors, []);
  await context.close();
});

test("per-field reset drops only that override and shows the default again", async () => {
  const { page, context, log } = await open();
  await page.selectOption("#opt-provider", "gke");
  await waitRendered(page);
  await typeInto(page, "opt-defaultGatewayName", "my-gw");
  assert.deepEqual((await state(page)).eppConfig, { provider: "gke", defaultGatewayName: "my-gw" });
  assert.deepEqual(await fieldState(page, "eppConfig.provider"), { overridden: true, reset: true });
  assert.equal(await page.getAttribute('.opt-field[data-path="eppConfig.provider"] .opt-reset', "aria-label"), "Reset Provider");
  assert.ok(!(await result(page)).resources.some((r) => r.kind === "DestinationRule"));

  await page.click('.opt-field[data-path="eppConfig.provider"] .opt-reset');
  await waitRendered(page);
  assert.deepEqual((await state(page)).eppConfig, { defaultGatewayName: "my-gw" });
  assert.equal(await page.inputValue("#opt-provider"), "istio");
  assert.deepEqual(await fieldState(page, "eppConfig.provider"), { overridden: false, reset: false });
  assert.deepEqual(await fieldState(page, "eppConfig.defaultGatewayName"), { overridden: true, reset: true });
  assert.ok((await result(page)).resources.some((r) => r.kind === "DestinationRule"));
  // Setting a field back to its default by hand is no override either.
  await typeInto(page, "opt-defaultGatewayName", "otterscale-llm-d-infra-inference-gateway");
  assert.deepEqual((await state(page)).eppConfig, {});
  assert.equal(await page.$$eval(".opt-field.overridden", (els) => els.length), 0);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test("a setting's problem points at its field, not at the spec's first line", async () => {
  const { page, context, log } = await open();
  await typeInto(page, "opt-version", "bad label!");
  const item = '#diagnostics .diag[data-code="version-label-invalid"]';
  assert.deepEqual(
    await page.$eval(item, (b) => [b.querySelector(".diag-loc").textContent, b.dataset.setting, b.dataset.line]),
    ["⚙setting", "options.version", undefined],
  );
  // Nothing underlined in the spec (the package places a setting's diagnostic at 1:1).
  assert.equal(await page.$$eval("#editor .cm-lintRange-error", (e) => e.length), 0);
  // With the settings hidden, the problem opens them on its field.
  await page.click("#toggle-settings");
  assert.equal(await page.getAttribute("#toggle-settings", "aria-expanded"), "false");
  await page.click(item);
  assert.equal(await page.getAttribute("#toggle-settings", "aria-expanded"), "true");
  assert.equal(await page.evaluate(() => document.activeElement.id), "opt-version");
  await page.click('.opt-field[data-path="options.version"] .opt-reset');
  await waitRendered(page);
  // The KServe tab's own setting: its problem goes to its field there.
  await page.click("#tab-kserve");
  await page.fill("#kserve-model-uri", "ftp://models/m");
  await page.press("#kserve-model-uri", "Tab");
  await waitRendered(page);
  const uri = '#panel-kserve .diag[data-code="migrate/model-uri-unsupported"]';
  await page.locator(uri).waitFor();
  assert.equal(await page.textContent(`${uri} .diag-loc`), "⚙setting");
  await page.click(uri);
  assert.equal(await page.evaluate(() => document.activeElement.id), "kserve-model-uri");
  assert.deepEqual(log.errors, []);
  await context.close();
});
