// Runs the real CLI (bin/modelservice.mjs) in a child process, in a temp directory of real files.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const BIN = fileURLToPath(new URL("../bin/modelservice.mjs", import.meta.url));

/** A fresh temp dir holding `files` ({relative path: text}). */
export function workspace(files) {
  const dir = mkdtempSync(join(tmpdir(), "msr-cli-"));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

/** `modelservice ...args` in `cwd`; returns { code, stdout, stderr }. */
export function cli(args, { cwd, input } = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, input: input ?? "", encoding: "utf8" });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
