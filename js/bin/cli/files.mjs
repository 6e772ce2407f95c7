// Which files a command reads: `-` (stdin), files, directories (recursive, *.yaml/*.yml/*.json)
// and globs. Anything missing or unreadable is an IoError (exit code 2).
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { glob, isDynamicPattern } from "tinyglobby";

export class IoError extends Error {}

export const STDIN = "-";
const EXTENSIONS = /\.(ya?ml|json)$/i;
const SKIP_DIRS = new Set(["node_modules"]);

/**
 * @returns {Promise<Array<{ path: string, explicit: boolean }>>} in a stable order, each file once;
 *   `explicit` is false for files found by walking a directory or expanding a glob.
 */
export async function expandInputs(args) {
  const out = [];
  const seen = new Set();
  const add = (path, explicit) => {
    if (!seen.has(path)) {
      seen.add(path);
      out.push({ path, explicit });
    }
  };
  for (const arg of args) {
    if (arg === STDIN) {
      add(STDIN, true);
      continue;
    }
    const stat = statOrNull(arg);
    if (stat?.isDirectory()) {
      for (const file of walk(arg)) add(file, false);
    } else if (stat) {
      add(arg, true);
    } else if (isDynamicPattern(arg)) {
      const matches = (await glob(arg, { onlyFiles: true, expandDirectories: false })).sort();
      if (matches.length === 0) throw new IoError(`${arg}: no files match`);
      for (const file of matches) add(file.split("/").join(sep), false);
    } else {
      throw new IoError(`${arg}: no such file or directory`);
    }
  }
  return out;
}

function statOrNull(path) {
  try {
    return statSync(path);
  } catch {
    return null;
  }
}

function walk(dir) {
  const files = [];
  const pending = [dir];
  while (pending.length > 0) {
    const current = pending.pop();
    let entries;
    try {
      entries = readdirSync(current, { withFileTypes: true });
    } catch (e) {
      throw new IoError(`${current}: ${e.message}`);
    }
    for (const entry of entries) {
      if (entry.name.startsWith(".") || SKIP_DIRS.has(entry.name)) continue;
      const path = join(current, entry.name);
      if (entry.isDirectory()) pending.push(path);
      else if (entry.isFile() && EXTENSIONS.test(entry.name)) files.push(path);
    }
  }
  return files.sort();
}

/** The text of a file or of stdin; a missing/unreadable file → IoError. */
export function readInput(path) {
  try {
    return readFileSync(path === STDIN ? 0 : path, "utf8");
  } catch (e) {
    const what = path === STDIN ? "stdin" : path;
    throw new IoError(`cannot read ${what}: ${e.code === "ENOENT" ? "no such file or directory" : e.message}`);
  }
}

/** How a path is shown in reports (`<stdin>` for `-`). */
export function displayPath(path) {
  return path === STDIN ? "<stdin>" : path;
}

/** A relative URI with forward slashes, for SARIF `artifactLocation.uri`. */
export function uriOf(path) {
  if (path === STDIN) return "stdin";
  return encodeURI(relative(process.cwd(), path).split(sep).join("/"));
}
