// The pre-commit hook (.pre-commit-hooks.yaml) run by real pre-commit (PyPI, pinned in
// scripts/pre-commit-requirements.txt, installed in a cached venv by scripts/install-pre-commit.sh)
// on a user repository configured as the README shows. The hook repository holds this checkout's
// .pre-commit-hooks.yaml and package.json verbatim; the one substitution is the package pre-commit
// installs: the user config's additional_dependencies names the tarball `npm pack` makes of js/
// instead of the registry's modelservice-render@<version>. Node comes from the system (pre-commit's
// default when node and npm are on PATH), so nothing is downloaded but npm's own packages.
import assert from "node:assert/strict";
import { execFileSync, spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { before, describe, it } from "node:test";
import { parse } from "yaml";
import { cli, workspace } from "./cli-helpers.mjs";
import { CLEAN_YAML } from "./fixtures.mjs";
import { REPO } from "./support/cases.mjs";

const HOOKS = parse(readFileSync(join(REPO, ".pre-commit-hooks.yaml"), "utf8"));
const VERSION = JSON.parse(readFileSync(join(REPO, "js/package.json"), "utf8")).version;
const MODEL_SERVICE = CLEAN_YAML;
const BROKEN = MODEL_SERVICE.replace("replicas: 1", "replicas: two");
const OTHER = {
  ".github/workflows/ci.yaml": "on: push\njobs: {}\n", // YAML without kind: not ours
  "deploy/configmap.yaml": "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\n",
  "deploy/values.json": '{"replicas": "two"}\n',
  "notes/draft.yaml": "key: [unclosed\n", // a YAML error in a file that is not a ModelService
};

const git = (cwd, ...args) => execFileSync("git", ["-c", "user.name=t", "-c", "user.email=t@example.com", "-c", "commit.gpgsign=false", ...args], { cwd, encoding: "utf8" });

describe("--require-kind (the hook's flag): only documents of kind ModelService", () => {
  it("named files without the kind are skipped, ModelServices linted", () => {
    const dir = workspace({ "deploy/ms.yaml": BROKEN, ...OTHER });
    const files = ["deploy/ms.yaml", ...Object.keys(OTHER)];
    const r = cli(["lint", "--require-kind", ...files], { cwd: dir });
    assert.equal(r.code, 1, r.stderr);
    assert.equal(r.stdout, 'deploy/ms.yaml:18:5: error schema/type: expected an integer, got string "two"\n1 problem (1 error, 0 warnings, 0 infos) in 1 document in 5 files\n');
    // Without the flag every named file is a ModelService to lint.
    assert.equal(cli(["lint", "notes/draft.yaml"], { cwd: dir }).code, 1);
    assert.equal(cli(["lint", "--require-kind", "notes/draft.yaml"], { cwd: dir }).stdout, "no problems in 0 documents in 1 file\n");
  });
});

describe("pre-commit runs the modelservice-lint hook", () => {
  let user;
  let env;

  before(() => {
    const install = spawnSync("bash", [join(REPO, "scripts/install-pre-commit.sh")], { encoding: "utf8" });
    assert.equal(install.status, 0, `scripts/install-pre-commit.sh failed:\n${install.stderr}`);
    env = {
      ...process.env,
      PATH: `${install.stdout.trim()}:${process.env.PATH}`,
      PRE_COMMIT_HOME: mkdtempSync(join(tmpdir(), "msr-pre-commit-home-")),
      npm_config_prefer_offline: "true",
    };
    // The hook repository: this checkout's hook manifest and root package.json, committed.
    const hookRepo = mkdtempSync(join(tmpdir(), "msr-hook-repo-"));
    git(hookRepo, "init", "-q");
    for (const f of [".pre-commit-hooks.yaml", "package.json"]) copyFileSync(join(REPO, f), join(hookRepo, f));
    git(hookRepo, "add", ".");
    git(hookRepo, "commit", "-q", "-m", "hooks");
    const rev = git(hookRepo, "rev-parse", "HEAD").trim();

    const dest = mkdtempSync(join(tmpdir(), "msr-pack-"));
    const pack = spawnSync("npm", ["pack", "--ignore-scripts", "--pack-destination", dest, "--json"], { cwd: join(REPO, "js"), encoding: "utf8" });
    assert.equal(pack.status, 0, pack.stderr);
    const tarball = join(dest, JSON.parse(pack.stdout)[0].filename);

    // The user's repository, configured as the README's snippet.
    user = workspace({ "deploy/ms.yaml": MODEL_SERVICE, ...OTHER });
    writeFileSync(
      join(user, ".pre-commit-config.yaml"),
      `repos:\n  - repo: ${hookRepo}\n    rev: ${rev}\n    hooks:\n      - id: modelservice-lint\n        additional_dependencies: ["${tarball}"]\n`,
    );
    git(user, "init", "-q");
    git(user, "add", ".");
    git(user, "commit", "-q", "-m", "init");
  });

  const preCommit = (...args) => spawnSync("pre-commit", args, { cwd: user, env, encoding: "utf8" });

  it("the hook: node, every YAML/JSON file, serial, the package at this version", () => {
    assert.deepEqual(HOOKS.map((h) => h.id), ["modelservice-lint"]);
    const [hook] = HOOKS;
    assert.deepEqual(
      { language: hook.language, entry: hook.entry, types_or: hook.types_or, require_serial: hook.require_serial, deps: hook.additional_dependencies },
      { language: "node", entry: "modelservice lint --require-kind", types_or: ["yaml", "json"], require_serial: true, deps: [`modelservice-render@${VERSION}`] },
    );
  });

  it("passes on a clean repository; fails on a staged broken ModelService, naming the line", () => {
    const clean = preCommit("run", "--all-files");
    assert.equal(clean.status, 0, clean.stdout + clean.stderr);
    assert.match(clean.stdout, /^modelservice lint\.+Passed$/m);

    writeFileSync(join(user, "deploy/ms.yaml"), BROKEN);
    git(user, "add", "deploy/ms.yaml");
    const broken = preCommit("run"); // what `git commit` runs: the staged files
    assert.equal(broken.status, 1, broken.stdout + broken.stderr);
    assert.match(broken.stdout, /^modelservice lint\.+Failed$/m);
    assert.ok(
      broken.stdout.includes('\ndeploy/ms.yaml:18:5: error schema/type: expected an integer, got string "two"\n1 problem (1 error, 0 warnings, 0 infos) in 1 document in 1 file\n'),
      broken.stdout,
    );
    const all = preCommit("run", "--all-files");
    assert.equal(all.status, 1);
    assert.ok(all.stdout.includes("1 problem (1 error, 0 warnings, 0 infos) in 1 document in 6 files\n"), all.stdout); // the 5 others and .pre-commit-config.yaml
  });
});
