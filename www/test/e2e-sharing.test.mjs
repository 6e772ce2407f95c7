// End-to-end: share links, download-all, hostile input, and staying on 127.0.0.1.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { deflateRawSync, inflateRawSync } from "node:zlib";
import { parseAllDocuments } from "yaml";
import { useFixture, notFound } from "./support/fixture.mjs";
import { openPage, waitRendered, shot, listedObjects } from "./support/browser.mjs";

const fx = useFixture();

/** The page's own share format, built independently: deflate-raw + base64url behind `#s=`. */
function shareHash(state) {
  return "#s=" + deflateRawSync(Buffer.from(JSON.stringify(state))).toString("base64url");
}

async function snapshot(page) {
  return page.evaluate(() => ({
    state: window.playground.state(),
    editor: document.querySelector(".cm-content").innerText,
    selected: document.querySelector('.res-item[aria-current="true"]')?.dataset.key,
    yaml: document.querySelector("#yaml-view .cm-content").innerText,
    provider: document.getElementById("opt-provider").value,
    version: document.getElementById("opt-operatorVersion").value,
    gateway: document.getElementById("opt-defaultGatewayName").value,
    objects: [...document.querySelectorAll(".res-item")].map((e) => e.dataset.key),
    absent: [...document.querySelectorAll(".absent-list li")].map((e) => `${e.dataset.kind}/${e.dataset.name}`),
    hash: document.getElementById("config-hash").textContent,
  }));
}

test("a share link restores the identical state in a fresh page", async () => {
  const a = await openPage(fx.browser, fx.server.url);
  const { page } = a;
  // Change spec, settings and selection.
  await page.click("#examples-menu > summary");
  await page.click('[data-example="pd"]');
  await waitRendered(page);
  await page.selectOption("#opt-operatorVersion", "v0.9.0-alpha.2");
  await waitRendered(page);
  assert.equal(await page.inputValue("#opt-defaultGatewayName"), "llm-d-infra-inference-gateway");
  await page.selectOption("#opt-provider", "none");
  await waitRendered(page);
  await page.fill("#opt-tracing-otelExporterEndpoint", "http://otel:4317");
  await page.press("#opt-tracing-otelExporterEndpoint", "Enter");
  await page.check("#opt-tracing-enabled");
  await waitRendered(page);
  await page.click('.res-item[data-kind="InferencePool"]');
  await page.locator(".cm-line", { hasText: "replicas: 2" }).first().click({ position: { x: 2, y: 4 } });
  await page.keyboard.press("End");
  await page.keyboard.press("Backspace");
  await page.keyboard.type("3");
  await waitRendered(page);
  await page.click("#share");
  await page.waitForFunction(() => /^Link/.test(document.getElementById("flash").textContent));
  const url = await page.evaluate(() => location.href);
  const before = await snapshot(page);
  assert.equal(before.provider, "none");
  assert.ok(!before.objects.some((k) => k.startsWith("DestinationRule/")));
  await shot(page, "07-shared-state");

  const b = await openPage(fx.browser, url);
  const after = await snapshot(b.page);
  assert.deepEqual(after, before);
  assert.deepEqual(a.log.errors, []);
  assert.deepEqual(b.log.errors, []);
  await a.context.close();
  await b.context.close();
});

test("copy buttons put the selected YAML and the share link on the clipboard", async () => {
  const { page, context, log } = await openPage(fx.browser, fx.server.url);
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: fx.server.url });
  await page.click('.res-item[data-kind="InferencePool"]');
  await page.click("#copy-selected");
  await page.waitForFunction(() => document.getElementById("flash").textContent === "Copied");
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(copied, /^apiVersion: inference\.networking\.k8s\.io\/v1\nkind: InferencePool\nmetadata:\n  name: qwen3-0\.6b\n/);
  assert.equal(copied.trimEnd(), (await page.evaluate(() => document.querySelector("#yaml-view .cm-content").innerText)).trimEnd());
  await page.click("#share");
  await page.waitForFunction(() => document.getElementById("flash").textContent === "Link copied");
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), await page.evaluate(() => location.href));
  assert.deepEqual(log.errors, []);
  await context.close();
});

test("the state is autosaved to localStorage", async () => {
  const { page, context } = await openPage(fx.browser, fx.server.url);
  await page.selectOption("#opt-provider", "gke");
  await waitRendered(page);
  await page.goto(fx.server.url); // right away, without a hash: the autosave is used
  await waitRendered(page);
  assert.equal(await page.inputValue("#opt-provider"), "gke");
  await context.close();
});

test("an edit just before a reload survives it, although the URL hash was not written yet", async () => {
  const { page, context, log } = await openPage(fx.browser, fx.server.url);
  await page.waitForFunction(() => location.hash.startsWith("#s="));
  const before = await page.evaluate(() => location.hash);
  const edited = (await page.evaluate(() => window.playground.state().yaml)) + "# typed right before the reload\n";
  // The edit and the reload in one task: the hash (written 300 ms after the last edit) still
  // holds the state before the edit when the page unloads.
  const stale = await page.evaluate((text) => {
    window.playground.setText(text);
    const hash = location.hash;
    location.reload();
    return hash;
  }, edited);
  assert.equal(stale, before);
  await page.waitForLoadState("load");
  await waitRendered(page);
  assert.equal(await page.evaluate(() => window.playground.state().yaml), edited);
  // Then the hash catches up with the state, and a different link still opens as it is.
  await page.waitForFunction((old) => location.hash.startsWith("#s=") && location.hash !== old, before);
  const caughtUp = await page.evaluate(() => location.hash);
  assert.equal(JSON.parse(inflateRawSync(Buffer.from(caughtUp.slice(3), "base64url")).toString()).yaml, edited);
  const other = { yaml: "kind: ModelService\n# another link\n", eppConfig: {}, options: {} };
  await page.goto(fx.server.url + "?fresh" + shareHash(other));
  await waitRendered(page);
  assert.equal(await page.evaluate(() => window.playground.state().yaml), other.yaml);
  // The page at the first hash again (the tab's newer state was written into its hash): the link's state.
  await page.goto(fx.server.url + before);
  await waitRendered(page);
  assert.equal(await page.evaluate(() => window.playground.state().yaml), edited.replace("# typed right before the reload\n", ""));
  assert.deepEqual(log.errors, []);
  await context.close();
});

test("a share link that cannot be read (cut short) is said, not silently replaced", async () => {
  const shared = { yaml: "kind: ModelService\n# the shared spec\n", eppConfig: {}, options: {} };
  const link = shareHash(shared);
  const cut = link.slice(0, link.length - 12);
  const fresh = await openPage(fx.browser, fx.server.url + cut);
  const { page, context, log } = fresh;
  const notice = () => page.evaluate(() => { const n = document.getElementById("notice"); return n.hidden ? null : n.querySelector("span").textContent; });
  assert.equal(await notice(), "This share link could not be read: it may have been cut short or changed. Ask for it again; meanwhile this is the minimal example.");
  assert.match(await page.evaluate(() => window.playground.state().yaml), /^# The smallest useful ModelService/);
  // Renders do not clear it; Dismiss does.
  await page.evaluate(() => window.playground.setText(window.playground.state().yaml + "# edit\n"));
  await waitRendered(page);
  assert.notEqual(await notice(), null);
  await page.click("#notice button");
  assert.equal(await notice(), null);
  // The same link cut short, pasted into this tab (once the edit is in its URL): said, and the
  // spec here is kept.
  await page.waitForFunction((c) => location.hash !== c, cut);
  const before = await page.evaluate(() => window.playground.state().yaml);
  await page.evaluate((h) => (location.hash = h), cut);
  await page.waitForFunction(() => !document.getElementById("notice").hidden);
  assert.equal(await notice(), "This share link could not be read: it may have been cut short or changed. Ask for it again; the spec here is unchanged.");
  assert.equal(await page.evaluate(() => window.playground.state().yaml), before);
  // The whole link opens as it is, with no note; a cut one in a browser with an autosave says so.
  await page.goto(fx.server.url + "?whole" + link);
  await waitRendered(page);
  assert.equal(await page.evaluate(() => window.playground.state().yaml), shared.yaml);
  assert.equal(await notice(), null);
  await page.waitForTimeout(400); // past the autosave's delay (a link not edited is not autosaved)
  await page.goto(fx.server.url + "?again" + cut);
  await waitRendered(page);
  assert.equal(await notice(), "This share link could not be read: it may have been cut short or changed. Ask for it again; meanwhile this is your last autosaved spec.");
  assert.equal(await page.evaluate(() => window.playground.state().yaml), before);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test("a state too large for a link that opens gets no hash, the sender is told, and nothing is lost", async () => {
  const { page, context, log } = await openPage(fx.browser, fx.server.url);
  const base = fx.server.url;
  await page.waitForFunction(() => location.hash.startsWith("#s="));
  const notice = () => page.evaluate(() => { const n = document.getElementById("notice"); return n.hidden ? null : n.querySelector("span").textContent; });
  // ~1.2 MB of spec: a link still; pinned as the Compare baseline too, over the 2 MB a link opens.
  const big = await page.evaluate(() => window.playground.state().yaml + "# filler\n".repeat(130_000));
  await page.evaluate((t) => window.playground.setText(t), big);
  await waitRendered(page);
  await page.waitForTimeout(400); // past the autosave's delay: that state still has its link
  assert.match(await page.evaluate(() => location.hash), /^#s=/);
  assert.equal(await notice(), null);
  await page.click("#tab-compare");
  await page.click("#set-baseline");
  await waitRendered(page);
  await page.waitForFunction(() => !document.getElementById("notice").hidden);
  const bytes = await page.evaluate(() => new TextEncoder().encode(JSON.stringify(window.playground.state())).length);
  assert.ok(bytes > 2_000_000, String(bytes));
  const told = `Too large for a share link: ${(bytes / 1e6).toFixed(1)} MB of spec, baseline and settings, over the 2.0 MB a link can open with. Clear the Compare baseline (the link carries it too), or send the spec as a file instead. It stays autosaved in this browser.`;
  assert.equal(await notice(), told);
  // The older link left the address bar: it would open an older state.
  assert.equal(await page.evaluate(() => location.href), base);
  // The Share button says so too, and writes no link.
  await page.click("#notice button");
  await page.click("#share");
  await page.waitForFunction(() => document.getElementById("flash").textContent !== "");
  assert.equal(await page.textContent("#flash"), "Link too large");
  assert.equal(await notice(), told);
  assert.equal(await page.evaluate(() => location.href), base);
  // Reloaded: the autosave has all of it.
  await page.reload();
  await waitRendered(page);
  assert.deepEqual(await page.evaluate(() => { const s = window.playground.state(); return [s.yaml.length, s.baseline?.length]; }), [big.length, big.length]);
  await page.waitForFunction(() => !document.getElementById("notice").hidden);
  assert.equal(await notice(), told);
  // Without the baseline it fits again: the link is back, and opens this state.
  await page.click("#tab-compare");
  await page.click("#clear-baseline");
  await waitRendered(page);
  await page.waitForFunction(() => location.hash.startsWith("#s="));
  const url = await page.evaluate(() => location.href);
  const b = await openPage(fx.browser, url);
  assert.equal(await b.page.evaluate(() => window.playground.state().yaml), big);
  assert.equal(await b.page.evaluate(() => window.playground.state().baseline), undefined);
  assert.deepEqual(log.errors, []);
  assert.deepEqual(b.log.errors, []);
  await b.context.close();
  await context.close();
});

test("viewing a colleague's share link leaves one's own autosaved work in place, until it is edited", async () => {
  const { page, context, log } = await openPage(fx.browser, fx.server.url);
  const KEY = "modelservice-render.playground.v1";
  const autosaved = (p) => p.evaluate((k) => JSON.parse(localStorage.getItem(k) ?? "null")?.yaml, KEY);
  const mine = "# my own work\n" + (await page.evaluate(() => window.playground.state().yaml));
  await page.evaluate((t) => window.playground.setText(t), mine);
  await waitRendered(page);
  await page.waitForFunction((k) => localStorage.getItem(k)?.includes("# my own work"), KEY);
  // A colleague's link, in another tab of the same browser: shown, not autosaved.
  const theirs = { yaml: "# a colleague's spec\n" + mine.replace("# my own work\n", ""), eppConfig: { provider: "gke" }, options: {} };
  const link = await context.newPage();
  await link.goto(fx.server.url + shareHash(theirs));
  await waitRendered(link);
  assert.equal(await link.evaluate(() => window.playground.state().yaml), theirs.yaml);
  await link.waitForTimeout(600); // past the autosave's 300 ms
  await link.evaluate(() => document.dispatchEvent(new Event("visibilitychange")));
  await link.close({ runBeforeUnload: true });
  assert.equal(await autosaved(page), mine);
  const fresh = await context.newPage();
  await fresh.goto(fx.server.url);
  await waitRendered(fresh);
  assert.equal(await fresh.evaluate(() => window.playground.state().yaml), mine);
  // Edited, the linked spec is the user's work: autosaved as any other.
  await fresh.goto(fx.server.url + "?again" + shareHash(theirs));
  await waitRendered(fresh);
  await fresh.evaluate(() => window.playground.setText(window.playground.state().yaml.replace("replicas: 1", "replicas: 2")));
  await waitRendered(fresh);
  await fresh.waitForFunction((k) => localStorage.getItem(k)?.includes("replicas: 2"), KEY);
  assert.equal(await autosaved(fresh), theirs.yaml.replace("replicas: 1", "replicas: 2"));
  assert.deepEqual(log.errors, []);
  await context.close();
});

test("download-all yields multi-document YAML that parses into the shown objects", async () => {
  const { page, context, log } = await openPage(fx.browser, fx.server.url);
  const [download] = await Promise.all([page.waitForEvent("download"), page.click("#download-all")]);
  assert.equal(download.suggestedFilename(), "qwen3-0.6b.yaml");
  const text = await readFile(await download.path(), "utf8");
  const docs = parseAllDocuments(text);
  assert.ok(docs.every((d) => d.errors.length === 0));
  const objects = docs.map((d) => d.toJS());
  const shown = await page.evaluate(() => window.playground.result().resources);
  assert.deepEqual(objects, shown);
  const listed = await listedObjects(page);
  assert.deepEqual(objects.map((o) => `${o.kind}/${o.metadata.name}`).sort(), [...listed].sort());
  assert.match(text, /^---\napiVersion: apps\/v1\nkind: Deployment\n/);
  assert.deepEqual(log.errors, []);
  await context.close();
});

const HOSTILE = `apiVersion: model.otterscale.io/v1alpha1
kind: ModelService
metadata:
  name: "<img src=x onerror=window.__pwned=1>"
  namespace: "<script>window.__pwned=2</script>"
  annotations:
    note: "<svg onload=alert(3)>"
spec:
  model:
    name: "<script>alert(4)</script>"
    image: "\\"><img src=y onerror=alert(5)>"
  engine:
    args: ["<iframe src=javascript:alert(6)>"]
  accelerator:
    type: "<b onmouseover=alert(7)>nvidia</b>"
  decode:
    replicas: 1
    nodeSelector:
      "<img src=z onerror=alert(8)>": "x"
`;

async function assertInert(page, log) {
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.deepEqual(log.dialogs, []);
  assert.equal(await page.$$eval("#diagnostics img, #diagnostics script, #diagnostics svg, #resource-list img, #yaml-view img, .cm-content img, .cm-content script", (e) => e.length), 0);
  // The payload is shown as text.
  assert.match(await page.textContent(".cm-content"), /<img src=x onerror=window.__pwned=1>/);
  assert.match(await page.textContent("#diagnostics"), /</);
}

test("hostile strings in a spec (typed or via a share link) execute nothing", async () => {
  const { page, context, log } = await openPage(fx.browser, fx.server.url);
  await page.evaluate((t) => window.playground.setText(t), HOSTILE);
  await waitRendered(page);
  await page.hover(".diag");
  await assertInert(page, log);
  await shot(page, "08-hostile-input");
  // A spec that renders with hostile values in it: the YAML view shows them as text.
  const renders = HOSTILE.replace(/name: "<img[^\n]*/, "name: qwen3").replace(/namespace: [^\n]*/, "namespace: ml")
    .replace(/type: [^\n]*/, "type: nvidia").replace(/\n    nodeSelector:[\s\S]*$/, "\n");
  await page.evaluate((t) => window.playground.setText(t), renders);
  await waitRendered(page);
  await page.click('.res-item[data-key="Deployment/ml/qwen3-decode"]');
  assert.match(await page.textContent("#yaml-view"), /<script>alert\(4\)<\/script>/);
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.deepEqual(log.dialogs, []);
  await context.close();

  const state = {
    yaml: HOSTILE,
    eppConfig: { provider: "<img src=q onerror=alert(9)>", defaultGatewayName: "<script>alert(10)</script>" },
    options: { version: "<img src=v onerror=alert(11)>" },
    selected: "<img src=s onerror=alert(12)>",
  };
  const viaLink = await openPage(fx.browser, fx.server.url + shareHash(state));
  await assertInert(viaLink.page, viaLink.log);
  assert.equal(await viaLink.page.inputValue("#opt-defaultGatewayName"), "<script>alert(10)</script>");
  assert.equal(await viaLink.page.inputValue("#opt-provider"), "<img src=q onerror=alert(9)>");
  assert.deepEqual(viaLink.log.failed, [], "no image payload was fetched");
  await viaLink.context.close();
});

test("nothing leaves 127.0.0.1, nothing 404s", async () => {
  const { page, context, log } = await openPage(fx.browser, fx.server.url);
  // Exercise every view once more, then check the whole run's traffic.
  await page.click('.res-item[data-kind="ConfigMap"]');
  await page.click("#theme-toggle");
  await page.click("#toggle-settings");
  await page.click("#toggle-settings");
  assert.deepEqual(log.external, []);
  assert.deepEqual(log.failed, []);
  assert.deepEqual(notFound(fx), []);
  // The CSP itself refuses other origins too (the route interception above is the witness).
  const blocked = await page.evaluate(() => fetch("http://198.51.100.7/x").then(() => false, () => true));
  assert.equal(blocked, true);
  assert.deepEqual(log.external, [], "blocked by CSP before any request was made");
  await context.close();
});

test("the typing warm-up leaves the user's document alone, and runs on a first line that is empty", async () => {
  // The warm-up types into hidden copies of the editor and the output view (warm-typing.ts).
  const yaml = "\napiVersion: model.otterscale.io/v1alpha1\nkind: ModelService\nmetadata:\n  name: qwen3\n  namespace: ml\nspec:\n  model:\n    name: Qwen/Qwen3-0.6B\n";
  const { page, context, log } = await openPage(fx.browser, fx.server.url + shareHash({ yaml, eppConfig: {}, options: {} }));
  await page.waitForFunction(() => window.playground.typingWarmed(), null, { timeout: 10_000 });
  assert.equal(await page.locator(".cm-editor").count(), 2, "the editor and the output view only");
  assert.equal(await page.evaluate(() => window.playground.state().yaml), yaml);
  // Nothing was typed into the user's editor: undo has nothing to take back.
  await page.click(".cm-content");
  await page.keyboard.press("Control+z");
  await waitRendered(page);
  assert.equal(await page.evaluate(() => window.playground.state().yaml), yaml);
  assert.deepEqual(log.errors, []);
  await context.close();
});
