// End-to-end: the page's layout at the widths people use, with the settings pane shown or hidden.
import { test } from "node:test";
import assert from "node:assert/strict";
import { useFixture } from "./support/fixture.mjs";
import { openPage, shot, waitRendered } from "./support/browser.mjs";

const fx = useFixture();

/** Left, right and width of the three panes, rounded to the pixel. */
function panes(page) {
  return page.evaluate(() =>
    Object.fromEntries(
      ["settings", "input", "output"].map((name) => {
        const b = document.querySelector(`.layout > .${name}`).getBoundingClientRect();
        return [name, { left: Math.round(b.left), right: Math.round(b.right), width: Math.round(b.width) }];
      }),
    ),
  );
}

test("hiding the settings leaves the editor and the output side by side over the whole width", async () => {
  const { page, context, log } = await openPage(fx.browser, fx.server.url, { viewport: { width: 1440, height: 900 } });
  assert.deepEqual(await panes(page), {
    settings: { left: 0, right: 250, width: 250 },
    input: { left: 251, right: 753, width: 502 },
    output: { left: 754, right: 1440, width: 686 },
  });
  await page.click("#toggle-settings");
  assert.equal(await page.getAttribute("#toggle-settings", "aria-expanded"), "false");
  // 1440 px less the 1 px gap, shared 1 : 1.3.
  assert.deepEqual(await panes(page), {
    settings: { left: 0, right: 0, width: 0 },
    input: { left: 0, right: 626, width: 626 },
    output: { left: 627, right: 1440, width: 813 },
  });
  const editor = await page.locator("#editor .cm-content").boundingBox();
  assert.ok(editor.width > 500, `the editor is ${editor.width} px wide`);
  await shot(page, "14-settings-hidden");
  await page.click("#toggle-settings");
  assert.equal(await page.getAttribute("#toggle-settings", "aria-expanded"), "true");
  assert.equal((await panes(page)).input.width, 502);
  assert.deepEqual(log.errors, []);
  await context.close();
});

/** Every button, code and the render time of the visible pane heads that lies outside its head. */
function clippedInHeads(page) {
  return page.evaluate(() => {
    const out = [];
    for (const head of document.querySelectorAll(".pane-head, .sub-head")) {
      if (head.offsetParent === null) continue;
      const hb = head.getBoundingClientRect();
      for (const el of head.querySelectorAll("button, code, .timing")) {
        const b = el.getBoundingClientRect();
        if (b.right > Math.min(hb.right, innerWidth) + 0.5 || b.bottom > hb.bottom + 0.5) out.push(el.id || el.className);
      }
    }
    return out;
  });
}

test("every tab, button and figure of the pane heads is on screen from 320 to 1440 px wide", async () => {
  const { page, context, log } = await openPage(fx.browser, fx.server.url, { viewport: { width: 1440, height: 900 } });
  for (const settings of ["shown", "hidden"]) {
    if (settings === "hidden") await page.click("#toggle-settings");
    for (const width of [320, 375, 414, 600, 700, 800, 1100, 1101, 1150, 1180, 1200, 1280, 1366, 1400, 1440]) {
      await page.setViewportSize({ width, height: 800 });
      assert.deepEqual(await clippedInHeads(page), [], `${width} px, settings ${settings}`);
    }
  }
  await page.setViewportSize({ width: 375, height: 740 });
  await shot(page, "15-narrow");
  // The examples menu fits a 320 px screen.
  await page.setViewportSize({ width: 320, height: 700 });
  await page.click("#examples-menu > summary");
  const outside = await page.$$eval(".example", (els) => els.filter((e) => e.getBoundingClientRect().right > innerWidth).length);
  assert.equal(outside, 0);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test("the output YAML view, reached with Tab, shows its focus inside its box", async () => {
  for (const colorScheme of ["light", "dark"]) {
    const { page, context } = await openPage(fx.browser, fx.server.url, { colorScheme });
    await page.focus("#copy-selected");
    await page.keyboard.press("Tab");
    // CodeMirror marks its focus a moment after the focus event.
    await page.waitForFunction(() => document.activeElement.closest(".cm-editor")?.classList.contains("cm-focused"));
    const ring = await page.evaluate(() => {
      const focused = document.activeElement;
      const ed = focused.closest(".cm-editor");
      const cs = getComputedStyle(ed);
      const accent = getComputedStyle(document.documentElement).getPropertyValue("--accent").trim();
      return {
        view: focused.getAttribute("aria-label"),
        focusedClass: ed.classList.contains("cm-focused"),
        outline: `${cs.outlineStyle} ${cs.outlineWidth} offset ${cs.outlineOffset}`,
        accent: cs.outlineColor === getComputedStyle(Object.assign(document.body.appendChild(document.createElement("i")), { style: `color:${accent}` })).color,
      };
    });
    // Inset by its width: drawn within the view, which the pane's `overflow: hidden` would clip otherwise.
    assert.deepEqual(ring, { view: "Selected object as YAML", focusedClass: true, outline: "solid 2px offset -2px", accent: true }, colorScheme);
    await context.close();
  }
});

test("the examples menu by keyboard: Escape or a pick closes it and leaves focus on its button", async () => {
  const { page, context, log } = await openPage(fx.browser, fx.server.url);
  const focused = () => page.evaluate(() => { const a = document.activeElement; return a.closest("#examples-menu") && a.tagName === "SUMMARY" ? "menu button" : a.dataset.example ?? a.tagName; });
  await page.focus("#examples-menu > summary");
  await page.keyboard.press("Enter");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Tab");
  assert.equal(await focused(), "pd");
  await page.keyboard.press("Escape");
  assert.equal(await page.evaluate(() => document.getElementById("examples-menu").open), false);
  assert.equal(await focused(), "menu button");
  // Open again and pick with Enter: the example is loaded, focus stays on the menu's button.
  await page.keyboard.press("Enter");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");
  await waitRendered(page);
  assert.match(await page.evaluate(() => window.playground.state().yaml), /name: llama-3-1-8b/);
  assert.equal(await focused(), "menu button");
  await page.keyboard.press("Tab");
  assert.equal(await page.evaluate(() => document.activeElement.id), "toggle-settings");
  assert.deepEqual(log.errors, []);
  await context.close();
});

/** WCAG contrast ratio of two `rgb(…)` colours. */
function contrast(a, b) {
  const lum = (c) => {
    const [r, g, bl] = c.match(/\d+(\.\d+)?/g).slice(0, 3).map((v) => {
      const s = Number(v) / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

test("the editor's search panel (Ctrl-F), lint panel and fold placeholder are readable in light and dark", async () => {
  for (const colorScheme of ["light", "dark"]) {
    const { page, context, log } = await openPage(fx.browser, fx.server.url, { colorScheme });
    await page.click("#editor .cm-content");
    await page.keyboard.press("Control+f");
    await page.locator("#editor .cm-search").waitFor();
    const parts = await page.$$eval("#editor .cm-search .cm-button, #editor .cm-search .cm-textfield", (els) =>
      els.map((e) => {
        const cs = getComputedStyle(e);
        return { name: e.name || e.textContent, color: cs.color, background: cs.backgroundColor, image: cs.backgroundImage };
      }),
    );
    assert.ok(parts.length >= 5, `${parts.length} buttons and fields`);
    for (const p of parts) {
      // No image under the text: the colour pair alone decides.
      assert.equal(p.image, "none", `${colorScheme} ${p.name}`);
      assert.ok(contrast(p.color, p.background) >= 4.5, `${colorScheme} ${p.name}: ${p.color} on ${p.background}`);
    }
    // The lint panel (Ctrl-Shift-M) with its selected row, unfocused, and a folded line's placeholder.
    await page.keyboard.press("Escape");
    await page.evaluate(() => window.playground.setText(window.playground.state().yaml.replace("replicas: 1", "replicas: x")));
    await waitRendered(page);
    await page.click("#editor .cm-content");
    await page.keyboard.press("Control+Shift+KeyM");
    await page.locator("#editor .cm-panel-lint [aria-selected]").waitFor();
    await page.click("#editor .cm-content");
    await page.click('#editor .cm-foldGutter span[title="Fold line"] >> nth=0');
    const more = await page.$$eval("#editor .cm-panel-lint [aria-selected], #editor .cm-foldPlaceholder", (els) =>
      els.map((e) => ({ name: e.className, color: getComputedStyle(e).color, background: getComputedStyle(e).backgroundColor })),
    );
    assert.equal(more.length, 2);
    for (const p of more) assert.ok(contrast(p.color, p.background) >= 4.5, `${colorScheme} ${p.name}: ${p.color} on ${p.background}`);
    assert.deepEqual(log.errors, []);
    await context.close();
  }
});

test("every text on the page keeps 4.5:1 contrast (3:1 large) in light and dark", async () => {
  for (const colorScheme of ["light", "dark"]) {
    const { page, context, log } = await openPage(fx.browser, fx.server.url, { colorScheme });
    // A warning and an info with its hint and path listed, nothing stale (dimmed on purpose).
    await page.evaluate(() => window.playground.setText(window.playground.state().yaml + "# a comment\n"));
    await waitRendered(page);
    const texts = await page.evaluate(() => {
      const out = [];
      const bgOf = (el) => {
        for (let e = el; e; e = e.parentElement) {
          const c = getComputedStyle(e).backgroundColor.match(/[\d.]+/g).map(Number);
          if (c.length === 3 || c[3] > 0.5) return `rgb(${c.slice(0, 3).join(", ")})`;
        }
        return "rgb(255, 255, 255)";
      };
      for (const el of document.querySelectorAll("body *")) {
        const own = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim());
        if (!own || !el.getClientRects().length || getComputedStyle(el).visibility !== "visible") continue;
        const cs = getComputedStyle(el);
        const large = parseFloat(cs.fontSize) >= 18.66 || (parseFloat(cs.fontSize) >= 14 && Number(cs.fontWeight) >= 700);
        out.push({ what: `${el.tagName.toLowerCase()}.${el.className} "${el.textContent.trim().slice(0, 20)}"`, color: cs.color, background: bgOf(el), large });
      }
      return out;
    });
    assert.ok(texts.length > 100, `${texts.length} texts`);
    const low = texts.filter((t) => contrast(t.color, t.background) < (t.large ? 3 : 4.5)).map((t) => `${t.what}: ${contrast(t.color, t.background).toFixed(2)}`);
    assert.deepEqual([...new Set(low)], [], colorScheme);
    assert.deepEqual(log.errors, []);
    await context.close();
  }
});

test("the output tabs follow the arrow keys, Home and End", async () => {
  const { page, context, log } = await openPage(fx.browser, fx.server.url);
  const at = () => page.evaluate(() => [document.activeElement.id, document.querySelector('[role=tab][aria-selected="true"]').id, [...document.querySelectorAll("[role=tabpanel]")].filter((p) => !p.hidden).map((p) => p.id)]);
  await page.focus("#tab-objects");
  await page.keyboard.press("ArrowRight");
  assert.deepEqual(await at(), ["tab-summary", "tab-summary", ["panel-summary"]]);
  await page.keyboard.press("End");
  assert.deepEqual(await at(), ["tab-kserve", "tab-kserve", ["panel-kserve"]]);
  await page.keyboard.press("ArrowRight");
  assert.deepEqual(await at(), ["tab-objects", "tab-objects", ["panel-objects"]]);
  await page.keyboard.press("ArrowLeft");
  assert.deepEqual(await at(), ["tab-kserve", "tab-kserve", ["panel-kserve"]]);
  await page.keyboard.press("Home");
  assert.deepEqual(await at(), ["tab-objects", "tab-objects", ["panel-objects"]]);
  assert.deepEqual(log.errors, []);
  await context.close();
});
