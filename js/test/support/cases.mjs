// The golden fixtures of the Rust suite (tests/fixtures/<case>/modelservice.{yaml,json} with each
// config*.json), as wire-ready cases for the JS parity and upstream-schema tests.
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";

export const REPO = fileURLToPath(new URL("../../../", import.meta.url));
export const FIXTURES = join(REPO, "tests", "fixtures");

/**
 * A file of the team's `shared/` directory (upstream schemas: test data, never copied into the
 * project), which sits beside the checkout (as on CI) or beside the main checkout of a git
 * worktree. Throws, saying where it is expected, when it is in neither place.
 */
export function sharedFile(...relative) {
  const roots = [join(REPO, "..")];
  try {
    const common = execFileSync("git", ["rev-parse", "--path-format=absolute", "--git-common-dir"], { cwd: REPO, encoding: "utf8" }).trim();
    roots.push(join(dirname(common), "..")); // <main checkout>/.git → beside the main checkout
  } catch {
    // not a git checkout: only the directory beside it counts
  }
  const candidates = [...new Set(roots.map((r) => join(r, "shared", ...relative)))];
  const found = candidates.find((p) => existsSync(p));
  if (found) return found;
  throw new Error(`${join("shared", ...relative)} is missing: expected at ${candidates.join(" or ")} (the shared/ directory beside the checkout, as on CI)`);
}

/**
 * One case per fixture × config: `{label, modelService, eppConfig, options}` where each argument
 * is the exact JSON text for the wasm export (`""` = defaults). YAML fixtures are converted with
 * npm `yaml`; a JSON fixture is passed as its own text.
 */
export function fixtureCases() {
  const out = [];
  for (const name of readdirSync(FIXTURES).sort()) {
    const dir = join(FIXTURES, name);
    let modelService;
    if (existsSync(join(dir, "modelservice.json"))) modelService = readFileSync(join(dir, "modelservice.json"), "utf8");
    else if (existsSync(join(dir, "modelservice.yaml"))) modelService = JSON.stringify(parse(readFileSync(join(dir, "modelservice.yaml"), "utf8")));
    else continue;
    const configs = readdirSync(dir).filter((f) => /^config.*\.json$/.test(f)).sort();
    for (const config of configs.length > 0 ? configs : [null]) {
      const cfg = config ? JSON.parse(readFileSync(join(dir, config), "utf8")) : {};
      out.push({
        label: `${name}${config ? `/${config}` : ""}`,
        modelService,
        eppConfig: cfg.eppConfig === undefined ? "" : JSON.stringify(cfg.eppConfig),
        options: cfg.options === undefined ? "" : JSON.stringify(cfg.options),
      });
    }
  }
  return out;
}
