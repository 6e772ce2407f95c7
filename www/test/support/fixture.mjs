// One server + one browser per test file.
import { before, after } from "node:test";
import { fileURLToPath } from "node:url";
import { existsSync } from "node:fs";
import { serve } from "./server.mjs";
import { launch } from "./browser.mjs";

// WWW_DIST: test another build of the page (e.g. one made against a newer package).
export const DIST = process.env.WWW_DIST ?? fileURLToPath(new URL("../../dist/", import.meta.url));

export function useFixture() {
  const fx = { server: null, browser: null };
  before(async () => {
    if (!existsSync(DIST + "/index.html")) throw new Error("www/dist missing: run `npm run build` (npm test does it first)");
    fx.server = await serve(DIST);
    fx.browser = await launch();
  });
  after(async () => {
    await fx.browser?.close();
    await fx.server?.close();
  });
  return fx;
}

/** Every request the server saw that it could not answer. */
export function notFound(fx) {
  return fx.server.requests.filter(([status]) => status !== 200).map(([, path]) => path);
}
