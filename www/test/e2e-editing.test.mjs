// End-to-end: load, live render, diagnostics, examples (headless Chromium on the built dist).
import { test } from "node:test";
import assert from "node:assert/strict";
import { pathToFileURL } from "node:url";
import { join } from "node:path";
import { useFixture, notFound, DIST } from "./support/fixture.mjs";
import { openPage, waitRendered, shot, listedObjects } from "./support/browser.mjs";

const fx = useFixture();
// EPP-G1 (shared/spec/cases.md §6.1): the minimal example with production defaults.
const G1_HASH = "3aee930c4fc2cf8c749623ba30a077bd93d5cca0c6513c87a5fe3427b089f2f1";

async function lineEnd(page, text) {
  await page.locator(".cm-line", { hasText: text }).first().click({ position: { x: 2, y: 4 } });
  await page.keyboard.press("End");
}

test("loads clean and renders the minimal example (EPP-G1)", async () => {
  const { page, context, log } = await openPage(fx.browser, fx.server.url);
  const objects = await listedObjects(page);
  for (const o of [
    "Deployment/qwen3-0.6b-decode",
    "ServiceAccount/qwen3-0-6b-epp",
    "ConfigMap/qwen3-0-6b-epp-config",
    "Deployment/qwen3-0-6b-epp",
    "Service/qwen3-0-6b-epp",
    "InferencePool/qwen3-0.6b",
    "HTTPRoute/qwen3-0.6b",
    "DestinationRule/qwen3-0-6b-epp",
    "PodMonitor/qwen3-0.6b-decode",
  ]) {
    assert.ok(objects.includes(o), `${o} in ${objects}`);
  }
  assert.equal(await page.textContent("#config-hash"), G1_HASH);
  const groups = await page.$$eval(".res-group", (els) => els.map((e) => e.dataset.group));
  assert.deepEqual(groups, ["serving", "epp", "routing", "monitoring"]);
  const absent = await page.$$eval(".absent-list li", (els) => els.map((e) => `${e.dataset.kind}/${e.dataset.name}`));
  assert.ok(absent.includes("Secret/qwen3-0-6b-epp-sa-metrics-reader-secret"), String(absent));
  assert.ok(absent.includes("Deployment/qwen3-0.6b-prefill"));
  assert.equal(await page.locator(".diag-error, .diag-warning").count(), 0, "no errors or warnings");
  assert.equal(await page.textContent("#operator-version"), "v1.0.1");
  // The meta CSP forbids inline script; the favicon is served by the page itself.
  const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', "content");
  assert.match(csp, /script-src 'self' 'wasm-unsafe-eval'/);
  assert.doesNotMatch(csp, /script-src[^;]*'unsafe-inline'/);
  assert.equal(await page.$$eval("script:not([src])", (s) => s.length), 0);
  assert.ok(fx.server.requests.some(([s, p]) => s === 200 && p === "/favicon.svg"), "favicon served");
  assert.ok(fx.server.requests.some(([s, p]) => s === 200 && p.endsWith(".wasm")), "wasm served locally");
  await shot(page, "01-minimal-light");
  assert.deepEqual(log.errors, []);
  assert.deepEqual(log.failed, []);
  assert.deepEqual(log.external, []);
  assert.deepEqual(notFound(fx), []);
  await context.close();
});

test("editing changes the output; a bad value is flagged at its line and clears when fixed", async () => {
  const { page, context, log } = await openPage(fx.browser, fx.server.url);
  await page.click('.res-item[data-key="Deployment/ml-serving/qwen3-0.6b-decode"]');
  await lineEnd(page, "replicas: 1");
  await page.keyboard.press("Backspace");
  await page.keyboard.press("End");
  await page.keyboard.type("3");
  await waitRendered(page);
  assert.match(await page.textContent("#yaml-view"), /replicas: 3/);

  await page.keyboard.press("Backspace");
  await page.keyboard.type("-1");
  await waitRendered(page);
  const diag = page.locator(".diag", { hasText: "at least 0" });
  assert.equal(await diag.count(), 1);
  assert.equal(await diag.getAttribute("data-code"), "schema/minimum");
  const yaml = await page.evaluate(() => window.playground.state().yaml);
  const line = yaml.split("\n").findIndex((l) => l.startsWith("    replicas:")) + 1;
  assert.equal(await diag.getAttribute("data-line"), String(line));
  // The squiggle sits on that line of the editor.
  const squiggleLine = await page.$eval(".cm-lintRange-error", (el) => el.closest(".cm-line")?.textContent);
  assert.equal(squiggleLine, "    replicas: -1");
  // The last valid output stays on screen, marked stale.
  assert.equal(await page.isVisible("#stale-note"), true);
  assert.ok(await page.$eval("#output", (e) => e.classList.contains("stale")));
  assert.ok((await page.locator(".res-item").count()) > 0);
  await shot(page, "02-diagnostic");

  // Click the diagnostic: the cursor lands on its line/column.
  await page.locator(".cm-line", { hasText: "kind: ModelService" }).click({ position: { x: 2, y: 4 } });
  assert.equal(await page.textContent(".cm-activeLineGutter"), String(yaml.split("\n").indexOf("kind: ModelService") + 1));
  await diag.click();
  assert.equal(await page.textContent(".cm-activeLineGutter"), String(line));
  const caret = await page.evaluate(() => {
    const sel = window.getSelection();
    const line = sel.anchorNode.parentElement.closest(".cm-line");
    const range = document.createRange();
    range.setStart(line, 0);
    range.setEnd(sel.anchorNode, sel.anchorOffset);
    return range.toString().length + 1;
  });
  assert.equal(caret, Number(await diag.getAttribute("data-column")));

  await lineEnd(page, "replicas: -1");
  await page.keyboard.press("Backspace");
  await page.keyboard.press("Backspace");
  await page.keyboard.type("2");
  await waitRendered(page);
  assert.equal(await page.locator(".diag-error").count(), 0);
  assert.equal(await page.locator(".cm-lintRange-error").count(), 0);
  assert.equal(await page.isVisible("#stale-note"), false);
  assert.ok((await listedObjects(page)).includes("Deployment/qwen3-0.6b-decode"));
  assert.match(await page.textContent("#yaml-view"), /replicas: 2/);
  assert.deepEqual(log.errors, []);
  assert.deepEqual(log.external, []);
  await context.close();
});

test("completion and hover docs come from the package's schema", async () => {
  const { page, context } = await openPage(fx.browser, fx.server.url);
  await lineEnd(page, "replicas: 1");
  await page.keyboard.press("Enter");
  await page.keyboard.type("paral");
  const option = page.locator(".cm-tooltip-autocomplete li", { hasText: "parallelism" });
  await option.waitFor();
  await page.waitForTimeout(150); // CodeMirror ignores Enter for 75 ms after the list opens
  await page.keyboard.press("Enter");
  await page.keyboard.type("ten");
  await page.locator(".cm-tooltip-autocomplete li", { hasText: "tensor" }).waitFor();
  await page.waitForTimeout(150);
  await shot(page, "03-completion");
  await page.keyboard.press("Enter");
  await page.keyboard.type("2");
  await waitRendered(page);
  assert.equal(await page.locator(".diag-error").count(), 0);

  await page.mouse.move(0, 0);
  await page.locator(".cm-line", { hasText: "accelerator:" }).locator("text=accelerator").hover();
  const doc = page.locator(".cm-tooltip-hover .field-doc");
  await doc.waitFor();
  assert.match(await doc.textContent(), /spec\.accelerator/);
  await page.locator(".cm-line", { hasText: "type: nvidia" }).locator("text=type").hover();
  await page.locator(".cm-tooltip-hover .field-doc", { hasText: "nvidia" }).waitFor();
  assert.match(await page.textContent(".cm-tooltip-hover .field-doc"), /intel-gaudi/);
  await shot(page, "04-hover-docs");
  // Values complete too: the enum of accelerator.type.
  await lineEnd(page, "type: nvidia");
  for (let i = 0; i < "nvidia".length; i++) await page.keyboard.press("Backspace");
  await page.keyboard.press("Control+Space");
  const values = page.locator(".cm-tooltip-autocomplete li");
  await values.first().waitFor();
  const labels = await values.allTextContents();
  for (const v of ["nvidia", "amd", "intel-gaudi", "google", "cpu"]) {
    assert.ok(labels.some((l) => l.startsWith(v)), `${v} in ${labels}`);
  }
  await context.close();
});

test("Ctrl-K Ctrl-I shows the hover docs of the field at the cursor, read out, and Escape closes them", async () => {
  const { page, context, log } = await openPage(fx.browser, fx.server.url);
  // Where the page lists its keys.
  assert.equal(await page.textContent(".pane.input .hint"), "Ctrl-Space: complete · Ctrl-K Ctrl-I or hover: field docs");
  assert.equal(await page.getAttribute(".pane.input .hint", "title"), "Ctrl-Space: complete. Ctrl-K Ctrl-I (⌘K ⌘I on a Mac) or hovering a field: its docs; Esc closes them.");
  // Shown whole, not cut short by the pane's width.
  assert.equal(await page.$eval(".pane.input .hint", (e) => e.scrollWidth <= e.clientWidth), true);
  const open = () =>
    page.evaluate(() => {
      const tip = document.querySelector(".cm-tooltip");
      return {
        tip: tip ? { id: tip.id, role: tip.getAttribute("role"), text: [...tip.children].map((c) => c.textContent) } : null,
        describedBy: document.querySelector("#editor .cm-content").getAttribute("aria-describedby"),
        live: document.getElementById("field-doc-live").textContent,
        liveRole: document.getElementById("field-doc-live").getAttribute("aria-live"),
        focused: document.activeElement === document.querySelector("#editor .cm-content"),
      };
    });
  const closed = { tip: null, describedBy: null, live: "", liveRole: "polite", focused: true };
  await lineEnd(page, "replicas: 1"); // on the value
  await page.keyboard.press("Control+k");
  await page.keyboard.press("Control+i");
  await page.locator(".cm-tooltip .field-doc-path").waitFor();
  const replicas = ["spec.decode.replicas", "integer · default 1 · ≥ 0", "Number of pods of this role (the Deployment's replicas). Minimum 0, default 1."];
  assert.deepEqual(await open(), {
    tip: { id: "field-doc-tooltip", role: "tooltip", text: replicas },
    describedBy: "field-doc-tooltip",
    live: replicas.join(". "),
    liveRole: "polite",
    focused: true,
  });
  // The mouse's docs, the same.
  await page.mouse.move(0, 0);
  await page.locator("#editor .cm-line", { hasText: "replicas: 1" }).locator("text=replicas").hover();
  await page.locator(".cm-tooltip-hover .field-doc").waitFor();
  assert.deepEqual(await page.$$eval(".cm-tooltip-hover .field-doc > *", (els) => els.map((e) => e.textContent)), replicas);
  await page.mouse.move(0, 0);
  await page.locator(".cm-tooltip-hover").waitFor({ state: "detached" });
  await shot(page, "04b-keyboard-docs");
  await page.keyboard.press("Escape");
  assert.deepEqual(await open(), closed);
  assert.equal(await page.evaluate(() => window.playground.state().yaml.includes("  decode:\n    replicas: 1\n")), true, "the keys typed nothing");
  // On the key, at its first character; moving the cursor closes them.
  await page.keyboard.press("Home");
  await page.keyboard.press("ArrowUp");
  await page.keyboard.press("Control+k");
  await page.keyboard.press("Control+i");
  await page.locator(".cm-tooltip .field-doc-path").waitFor();
  assert.equal((await open()).tip.text[0], "spec.decode");
  await page.keyboard.press("ArrowDown");
  assert.deepEqual(await open(), closed);
  // Where there is no field: said so.
  await page.locator(".cm-line", { hasText: "# The smallest useful" }).click({ position: { x: 2, y: 4 } });
  await page.keyboard.press("Control+k");
  await page.keyboard.press("Control+i");
  await page.locator("#field-doc-tooltip").waitFor();
  assert.deepEqual(await open(), {
    tip: { id: "field-doc-tooltip", role: "tooltip", text: [] },
    describedBy: "field-doc-tooltip",
    live: "No field documentation here.",
    liveRole: "polite",
    focused: true,
  });
  assert.equal(await page.textContent("#field-doc-tooltip"), "No field documentation here.");
  await page.keyboard.press("Escape");
  assert.deepEqual(await open(), closed);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test("examples gallery switches spec and settings", async () => {
  const { page, context, log } = await openPage(fx.browser, fx.server.url);
  const pick = async (id) => {
    await page.click("#examples-menu > summary");
    await page.click(`[data-example="${id}"]`);
    await waitRendered(page);
  };
  await pick("pd");
  let objects = await listedObjects(page);
  assert.ok(objects.includes("Deployment/llama-3-1-8b-prefill"), String(objects));
  assert.ok(objects.includes("PodMonitor/llama-3-1-8b-prefill"));
  assert.match(await page.textContent(".cm-content"), /routingProxy:/);
  await shot(page, "05-example-pd");

  await pick("gke");
  objects = await listedObjects(page);
  assert.equal(await page.inputValue("#opt-provider"), "gke");
  assert.ok(!objects.some((o) => o.startsWith("DestinationRule/")), String(objects));
  assert.ok(objects.includes("ClusterRole/serving-gemma-3-4b-epp"), String(objects));
  const absent = await page.$$eval(".absent-list li", (els) => els.map((e) => `${e.dataset.kind}/${e.dataset.name}`));
  assert.ok(absent.includes("DestinationRule/gemma-3-4b-epp"), String(absent));

  await pick("ha-epp");
  await page.click('.res-item[data-key="Deployment/ml-serving/qwen3-32b-epp"]');
  const yaml = await page.textContent("#yaml-view");
  assert.match(yaml, /--ha-enable-leader-election/);
  await pick("monitoring");
  assert.ok((await listedObjects(page)).includes("ServiceMonitor/qwen3-8b-epp"));
  assert.deepEqual(log.errors, []);
  await context.close();
});

test("examples: the private registry and the explicit route render exactly what they describe", async () => {
  const { page, context, log } = await openPage(fx.browser, fx.server.url);
  const pick = async (id) => {
    await page.click("#examples-menu > summary");
    await page.click(`[data-example="${id}"]`);
    await waitRendered(page);
    return page.evaluate(() => window.playground.result());
  };
  const names = (r) => r.resources.map((o) => `${o.kind}/${o.metadata.name}`);
  const findings = (r) => r.diagnostics.map((d) => `${d.line}:${d.column} ${d.severity} ${d.code}`);
  const MIRROR = "harbor.internal.example/mirror";

  const pr = await pick("private-registry");
  const serving = ["Deployment/qwen3-32b-decode", "ServiceAccount/qwen3-32b-epp", "ConfigMap/qwen3-32b-epp-config", "Deployment/qwen3-32b-epp", "Service/qwen3-32b-epp"];
  assert.deepEqual(names(pr), [...serving, "Role/qwen3-32b-epp", "RoleBinding/qwen3-32b-epp", "InferencePool/qwen3-32b", "HTTPRoute/qwen3-32b", "DestinationRule/qwen3-32b-epp", "PodMonitor/qwen3-32b-decode"]);
  assert.deepEqual((await listedObjects(page)).sort(), names(pr).sort(), "the object list shows them all");
  assert.deepEqual(findings(pr), ["32:3 info routing-proxy-without-prefill", "10:1 info epp-default-resources"]);
  const pod = pr.resources.find((o) => o.metadata.name === "qwen3-32b-decode").spec.template;
  // The example's options (Operator settings → Images) mirror the kit and EPP images.
  assert.deepEqual(pod.spec.initContainers.map((c) => [c.name, c.image]), [
    ["model-unpack", `${MIRROR}/kitops:v1.11.0`],
    ["routing-proxy", `${MIRROR}/llm-d-routing-sidecar:v0.6.0`],
  ]);
  assert.deepEqual(pod.spec.containers.map((c) => [c.name, c.image, c.imagePullPolicy, c.resources]), [
    ["vllm", `${MIRROR}/llm-d-cuda:v0.5.1`, "IfNotPresent", { limits: { "nvidia.com/gpu": "4" }, requests: { "nvidia.com/gpu": "4" } }],
  ]);
  assert.deepEqual(pod.spec.imagePullSecrets, [{ name: "workspace-image-pull-secret" }]);
  assert.deepEqual(pod.spec.nodeSelector, { "kubernetes.io/hostname": "gpu-node-01" });
  assert.deepEqual(pod.metadata.annotations, { "nvidia.com/use-gputype": "A100,H100" });
  const epp = pr.resources.find((o) => o.kind === "Deployment" && o.metadata.name === "qwen3-32b-epp");
  assert.deepEqual(epp.spec.template.spec.containers.map((c) => c.image), [`${MIRROR}/llm-d-inference-scheduler:v0.6.0`]);

  const hr = await pick("httproute");
  assert.deepEqual(names(hr), [
    ...serving, "Secret/qwen3-32b-epp-sa-metrics-reader-secret", "Role/qwen3-32b-epp", "RoleBinding/qwen3-32b-epp",
    "ClusterRole/ml-serving-qwen3-32b-epp", "ClusterRoleBinding/ml-serving-qwen3-32b-epp", "InferencePool/qwen3-32b",
    "HTTPRoute/qwen3-32b", "DestinationRule/qwen3-32b-epp", "PodMonitor/qwen3-32b-decode",
  ]);
  assert.deepEqual(findings(hr), ["22:5 info epp-default-resources"]);
  const route = hr.resources.find((o) => o.kind === "HTTPRoute");
  assert.deepEqual(route.spec, {
    hostnames: ["models.example.com"],
    parentRefs: [{ name: "inference-gateway", namespace: "infra" }],
    rules: [
      {
        backendRefs: [{ group: "inference.networking.k8s.io", kind: "InferencePool", name: "qwen3-32b" }],
        matches: [{ headers: [{ name: "OtterScale-Model-Name", type: "Exact", value: "qwen3-32b" }], path: { type: "PathPrefix", value: "/" } }],
      },
    ],
  });
  assert.deepEqual(log.errors, []);
  await context.close();
});

test("dark theme follows the system and the toggle", async () => {
  const { page, context, log } = await openPage(fx.browser, fx.server.url, { colorScheme: "dark" });
  const bg = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  assert.equal(await bg(), "rgb(20, 23, 28)");
  await shot(page, "06-minimal-dark");
  await page.click("#theme-toggle"); // system → light
  assert.equal(await bg(), "rgb(246, 247, 249)");
  await page.click("#theme-toggle"); // light → dark
  assert.equal(await bg(), "rgb(20, 23, 28)");
  assert.deepEqual(log.errors, []);
  await context.close();
});

test("the output view colours keys and values and folds by indentation (no YAML parser there)", async () => {
  const { page, context, log } = await openPage(fx.browser, fx.server.url);
  await page.click('.res-item[data-kind="Deployment"]');
  const view = page.locator("#yaml-view");
  const colour = (name) => page.evaluate((n) => getComputedStyle(document.body).getPropertyValue(n).trim(), name);
  const [key, string] = [await colour("--hl-key"), await colour("--hl-string")];
  const rgb = (hex) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(", ")})`;
  const spans = await view.locator(".cm-line", { hasText: /^kind: Deployment$/ }).first().locator("span").evaluateAll((els) =>
    els.map((e) => [e.textContent, getComputedStyle(e).color]),
  );
  assert.deepEqual(spans, [["kind", rgb(key)], [":", spans[1]?.[1]], ["Deployment", rgb(string)]]);
  assert.notEqual(spans[1][1], rgb(key));
  // `spec:` folds over everything under it; the view then ends before the containers.
  const before = await view.locator(".cm-line").count();
  await view.locator(".cm-foldGutter .cm-gutterElement", { hasText: "⌄" }).first().click();
  await page.waitForFunction((n) => document.querySelectorAll("#yaml-view .cm-line").length < n, before);
  assert.equal(await view.locator(".cm-foldPlaceholder").count(), 1);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test("a renderer that cannot load is reported on the page", async () => {
  const { page, context, log } = await openPage(fx.browser, fx.server.url, {
    wait: false,
    setup: (ctx) => ctx.route("**/*.wasm", (route) => route.fulfill({ status: 404, body: "gone" })),
  });
  const banner = page.locator("#banner");
  await banner.waitFor();
  assert.match(await banner.textContent(), /Could not load the renderer/);
  assert.ok(log.failed.some((f) => f.includes(".wasm")));
  await context.close();
});

test("an error on a line with a long run of spaces is underlined without freezing the page", async () => {
  const { page, context, log } = await openPage(fx.browser, fx.server.url);
  const yaml = await page.evaluate(() => window.playground.state().yaml);
  const line = yaml.split("\n").length;
  // Finding where the underline ends used to backtrack over the spaces: ~10 s on this line.
  const text = yaml + "bogus: a" + " ".repeat(150_000) + "b\n";
  const ms = await page.evaluate(async (t) => {
    const t0 = performance.now();
    window.playground.setText(t);
    const out = document.getElementById("output");
    while (out.dataset.renderedRev !== out.dataset.inputRev) await new Promise((r) => setTimeout(r, 5));
    return performance.now() - t0;
  }, text);
  await waitRendered(page);
  assert.ok(ms < 2000, `the render of this text took ${ms.toFixed(0)} ms to show`);
  assert.deepEqual(
    await page.$$eval(".diag", (els) => els.map((e) => [e.dataset.code, e.dataset.line, e.dataset.column])),
    [["schema/unknown-field", String(line), "1"]],
  );
  assert.deepEqual(log.errors, []);
  await context.close();
});

test("opened from disk (file://), the page says how to serve it instead of staying blank", async () => {
  const context = await fx.browser.newContext();
  const page = await context.newPage();
  await page.goto(pathToFileURL(join(DIST, "index.html")).href);
  const note = page.locator("#boot-note");
  // Shown after 3 s, once the script has had its chance (it removes the note first thing).
  await page.waitForFunction(() => getComputedStyle(document.getElementById("boot-note")).visibility === "visible", null, { timeout: 10_000 });
  assert.match(await note.textContent(), /The playground did not start\. It must be served over HTTP: run make run, or any\s+static server/);
  assert.equal(await page.evaluate(() => document.getElementById("output").dataset.renderedRev), "0");
  await context.close();
  // Served, the note is gone before anything renders.
  const served = await openPage(fx.browser, fx.server.url);
  assert.equal(await served.page.$("#boot-note"), null);
  assert.deepEqual(served.log.errors, []);
  await served.context.close();
});

test("the problem counts read as words to a screen reader, the symbols only for the eye", async () => {
  const { page, context, log } = await openPage(fx.browser, fx.server.url);
  assert.equal(await page.locator("#problem-counts").ariaSnapshot(), "- text: 0 errors 0 warnings 1 infos");
  // The words are off screen; the counts show number and symbol.
  assert.deepEqual(await page.$$eval("#problem-counts .offscreen", (els) => els.map((e) => e.getBoundingClientRect().right < 0)), [true, true, true]);
  assert.deepEqual(await page.$$eval("#problem-counts .sev-count", (els) => els.map((e) => e.firstChild.textContent + e.children[0].textContent)), ["0 ✕", "0 ⚠", "1 ℹ"]);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test("the cursor blinks from a timer: no animation runs while the editor waits, and typing shows it", async () => {
  const { page, context, log } = await openPage(fx.browser, fx.server.url);
  await lineEnd(page, "replicas:");
  const layer = "#editor .cm-scroller > .cm-cursorLayer";
  const visibility = () => page.$eval(layer, (el) => getComputedStyle(el).visibility);
  // Hidden and shown in turn, each half of CodeMirror's 1.2 s cycle.
  await page.waitForFunction((sel) => getComputedStyle(document.querySelector(sel)).visibility === "hidden", layer, { timeout: 2000 });
  await page.waitForFunction((sel) => getComputedStyle(document.querySelector(sel)).visibility === "visible", layer, { timeout: 2000 });
  await page.waitForFunction((sel) => getComputedStyle(document.querySelector(sel)).visibility === "hidden", layer, { timeout: 2000 });
  // A keystroke that moves it shows it at once, and it stays shown for half a cycle.
  await page.waitForFunction((sel) => getComputedStyle(document.querySelector(sel)).visibility === "hidden", layer, { timeout: 2000 });
  await page.keyboard.press("Home");
  assert.equal(await visibility(), "visible");
  await page.waitForTimeout(300);
  assert.equal(await visibility(), "visible");
  // No CSS animation runs: the browser can start a keystroke's frame as soon as its task ends
  // instead of at the next vsync (BENCHMARKS.md, "P6: keys at a typing pace").
  await page.keyboard.press("End");
  await page.keyboard.type("3");
  await waitRendered(page);
  assert.deepEqual(await page.evaluate(() => document.getAnimations().map((a) => a.animationName ?? String(a))), []);
  // Unfocused, it is left shown (CodeMirror hides an unfocused editor's cursor) and not toggled.
  await page.click("#yaml-view");
  await page.waitForTimeout(1300);
  assert.equal(await page.$eval(layer, (el) => el.style.visibility), "");
  assert.deepEqual(log.errors, []);
  await context.close();
});

test("an example opened after a long line was typed shows its start, not the old scroll position", async () => {
  const { page, context, log } = await openPage(fx.browser, fx.server.url);
  await lineEnd(page, "name:");
  await page.keyboard.type("x".repeat(150));
  await waitRendered(page);
  const scroller = "#editor .cm-scroller";
  assert.ok((await page.$eval(scroller, (el) => el.scrollLeft)) > 0, "typing past the right edge scrolled the editor");
  await page.click("#examples-menu > summary");
  await page.click('[data-example="pd"]');
  await waitRendered(page);
  assert.deepEqual(await page.$eval(scroller, (el) => [el.scrollLeft, el.scrollTop]), [0, 0]);
  // The cursor is on the first line (the active line is the one it is on).
  const first = await page.evaluate(() => window.playground.state().yaml.split("\n")[0]);
  assert.match(first, /^# Prefill\/decode disaggregation /);
  assert.equal(await page.textContent("#editor .cm-activeLine"), first);
  assert.deepEqual(log.errors, []);
  await context.close();
});
