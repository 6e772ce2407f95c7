// The Node versions we claim: `engines.node` of every npm project in the repository (the package,
// the playground, each example) admits its lowest version, and so does every package its lock file
// installs (runtime and test-only alike), so `npm ci` on that Node prints no EBADENGINE (the
// projects' .npmrc sets engine-strict, which turns one into an install failure). The running Node
// must be in the package's range too: every CLI test in this suite runs the CLI on it.
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import semver from "semver";
import { cli } from "./cli-helpers.mjs";
import { REPO } from "./support/cases.mjs";

const json = (path) => JSON.parse(readFileSync(path, "utf8"));

/** Every npm project: js/, www/ and each examples/<name>/ that has a package.json. */
function projects() {
  const examples = readdirSync(join(REPO, "examples"), { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(join(REPO, "examples", e.name, "package.json")))
    .map((e) => `examples/${e.name}`);
  return ["js", "www", ...examples.sort()];
}

test("the package's engines range holds the running Node, and its lowest version is Node 20; the CLI runs on it", () => {
  const pkg = json(join(REPO, "js/package.json"));
  assert.equal(pkg.engines?.node, ">=20");
  assert.ok(semver.satisfies(process.version, pkg.engines.node), `running ${process.version}, engines ${pkg.engines.node}`);
  assert.deepEqual(cli(["--version"]), { code: 0, stdout: `${pkg.version}\n`, stderr: "" });
});

for (const project of projects()) {
  test(`${project}: every locked package admits the lowest Node of the project's engines range`, () => {
    const range = json(join(REPO, project, "package.json")).engines?.node;
    assert.ok(range, `${project}/package.json has no engines.node`);
    const lowest = semver.minVersion(range);
    assert.equal(lowest.major, 20, `${project}: engines ${range} must start at Node 20`);
    assert.equal(readFileSync(join(REPO, project, ".npmrc"), "utf8"), "engine-strict=true\n");
    const lock = json(join(REPO, project, "package-lock.json"));
    const refusing = [];
    let checked = 0;
    for (const [path, pkg] of Object.entries(lock.packages)) {
      const wants = typeof pkg.engines === "object" ? pkg.engines?.node : undefined;
      if (path === "" || pkg.link || wants === undefined) continue;
      checked += 1;
      if (!semver.satisfies(lowest, wants)) refusing.push(`${path}@${pkg.version} wants node ${wants}`);
    }
    assert.deepEqual(refusing, [], `${project}: packages refusing Node ${lowest}`);
    assert.ok(checked > 0, `${project}: no locked package declares engines`);
  });
}
