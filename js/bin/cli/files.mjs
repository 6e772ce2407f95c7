// Which files a command reads: `-` (stdin), files, directories (recursive, *.yaml/*.yml/*.json)
// and globs. Anything missing or unreadable is an IoError (exit code 2).
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";

export class IoError extends Error {}

export const STDIN = "-";
const EXTENSIONS = /\.(ya?ml|json)$/i;
const SKIP_DIRS = new Set(["node_modules"]);

/**
 * @returns {Promise<Array<{ path: string, explicit: boolean }>>} in a stable order, each file once;
 *   `explicit` is false for files found by walking a directory or expanding a glob.
 */
export async function expandInputs(args) {
  let tinyglobby; // loaded for globs only: its start-up costs every other command ~10 ms
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
    } else if ((tinyglobby ??= await import("tinyglobby")).isDynamicPattern(arg)) {
      const { glob } = tinyglobby;
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
      else if (!EXTENSIONS.test(entry.name)) continue;
      // A symbolic link to a file is read, as `kubectl apply -R` reads it; links to directories
      // are not followed (nor by kubectl's walk), and a broken link is no file.
      else if (entry.isFile() || (entry.isSymbolicLink() && statOrNull(path)?.isFile())) files.push(path);
    }
  }
  return files.sort();
}

/** Text that is not UTF-8: the file is reported (`input/invalid-utf8`), not silently repaired. */
export class InvalidUtf8Error extends Error {
  constructor(path, diagnostic) {
    super(diagnostic.message);
    this.path = path;
    this.diagnostic = diagnostic;
  }
}

/** The text of a file or of stdin; a missing/unreadable file → IoError; bad UTF-8 → InvalidUtf8Error. */
export function readInput(path) {
  let bytes;
  try {
    bytes = readFileSync(path === STDIN ? 0 : path);
  } catch (e) {
    const what = path === STDIN ? "stdin" : path;
    throw new IoError(`cannot read ${what}: ${e.code === "ENOENT" ? "no such file or directory" : e.message}`);
  }
  try {
    // ignoreBOM keeps a BOM in the text: the YAML layer strips it without shifting columns.
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new InvalidUtf8Error(path, invalidUtf8(bytes));
  }
}

/** Where the first byte that is not UTF-8 sits (line, UTF-16 column, both 1-based). */
function invalidUtf8(bytes) {
  let good = 0;
  for (let lo = 0, hi = bytes.length; lo < hi; ) {
    // The longest prefix that decodes: binary search on the fatal decoder.
    const mid = Math.ceil((lo + hi) / 2);
    try {
      new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(0, mid));
      good = lo = mid;
    } catch {
      hi = mid - 1;
    }
  }
  // A truncated multi-byte sequence also fails as a prefix: step back to its first byte.
  while (good > 0 && (bytes[good] & 0xc0) === 0x80) good -= 1;
  const before = new TextDecoder("utf-8").decode(bytes.subarray(0, good));
  const lines = before.split("\n");
  const line = lines.length;
  const column = lines[lines.length - 1].length + 1;
  const byte = bytes[good]?.toString(16).padStart(2, "0") ?? "??";
  return {
    code: "input/invalid-utf8",
    severity: "error",
    path: "",
    message: `the file is not valid UTF-8: byte 0x${byte} at line ${line}, column ${column}`,
    hint: "save the file as UTF-8",
    line,
    column,
  };
}

/** How a path is shown in reports (`<stdin>` for `-`). */
export function displayPath(path) {
  return path === STDIN ? "<stdin>" : path;
}

/** A relative URI with forward slashes, for SARIF `artifactLocation.uri`. `encodeURI` leaves `#`
 * and `?` (a fragment, a query) and `:` (a scheme, before the first `/`) as they are: escaped, so
 * the URI names the file. */
export function uriOf(path) {
  if (path === STDIN) return "stdin";
  return encodeURI(relative(process.cwd(), path).split(sep).join("/")).replace(/[#?:]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
