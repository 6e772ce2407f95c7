// Runs the real CLI (bin/modelservice.cjs) in a child process, in a temp directory of real files.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const BIN = fileURLToPath(new URL("../bin/modelservice.cjs", import.meta.url));
// The CLI's code cache (bin/code-cache.cjs) of these runs: a temp directory, not the user's.
const CACHE_DIR = mkdtempSync(join(tmpdir(), "msr-cache-"));

/** A fresh temp dir holding `files` ({relative path: text}). */
export function workspace(files) {
  const dir = mkdtempSync(join(tmpdir(), "msr-cli-"));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

/**
 * `modelservice ...args` in `cwd`; returns { code, stdout, stderr }. A crash fails the test: the
 * CLI's own (exit 70) and one the API caught and reported as an `internal` diagnostic, which
 * every report format prints with the message "internal error: …".
 */
export function cli(args, { cwd, input } = {}) {
  const env = { ...process.env, MODELSERVICE_RENDER_CACHE_DIR: CACHE_DIR };
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, input: input ?? "", encoding: "utf8", env });
  const out = { code: r.status, stdout: r.stdout, stderr: r.stderr };
  assert.notEqual(out.code, 70, `modelservice ${args.join(" ")} crashed:\n${out.stderr}`);
  assert.doesNotMatch(`${out.stdout}\n${out.stderr}`, /internal error/, `modelservice ${args.join(" ")} reported a crash`);
  return out;
}
