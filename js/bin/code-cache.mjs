// Runs the CLI's CommonJS bundle (dist/cli.cjs) with V8's code cache: the functions V8 compiled
// in an earlier run of the same bundle, on the same Node, are read back instead of being parsed
// and compiled again — most of what a cold `render` spends in JavaScript before it runs
// (BENCHMARKS.md, "P5: the code cache"). Node 20 has no compile cache of its own for this
// (module.enableCompileCache is Node 22), so this is vm.Script's `cachedData`.
//
// The cache is a file per bundle in a directory of the user's own (0700): a cache file can
// change what runs, so it is never read from a place others can write, nor if another user owns
// it. Its name is a hash of the bundle text, the Node version, the platform and the flags
// (V8 itself checks only the text's length). Any problem reading or writing it just means the
// bundle is compiled as usual: the cache changes no output, only how fast it comes.
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { homedir } from "node:os";
import { dirname, join } from "node:path";
import vm from "node:vm";

/**
 * Where the cache lives: $MODELSERVICE_RENDER_CACHE_DIR (empty: no cache), else
 * $XDG_CACHE_HOME or ~/.cache, under modelservice-render/code-cache; null without a home.
 */
export function cacheDir(env = process.env) {
  const chosen = env.MODELSERVICE_RENDER_CACHE_DIR;
  if (chosen !== undefined) return chosen === "" ? null : chosen;
  let home = "";
  try {
    home = homedir();
  } catch {
    // no home directory: no cache
  }
  const base = env.XDG_CACHE_HOME || (home && join(home, ".cache"));
  return base ? join(base, "modelservice-render", "code-cache") : null;
}

/**
 * The cache file's name for `source` on this Node, platform and set of flags; one file per
 * `variant` (the command), as each compiles other functions.
 */
export function cacheName(source, variant) {
  const runtime = [process.version, process.platform, process.arch, ...process.execArgv].join("\0");
  return `cli-${createHash("sha256").update(source).update("\0").update(runtime).digest("hex").slice(0, 32)}-${variant}.v8`;
}

/**
 * Compiles and runs the CommonJS `file` as Node would (same wrapper, its own `require`), with
 * the cached code from `dir` when there is one. Returns its `module.exports`, how the cache was
 * used (`hit`, `miss`, `rejected` by V8, `off`) and `save()`, which writes the cache after a miss
 * or a rejection — call it once the program has run, so that what it compiled lazily is in.
 */
export function loadBundle(file, variant, dir = cacheDir()) {
  if (!/^[a-z]+$/.test(variant)) throw new TypeError(`loadBundle: variant must be a lower-case word, got ${variant}`);
  const source = readFileSync(file, "utf8");
  const path = dir ? join(dir, cacheName(source, variant)) : null;
  const cachedData = path ? readOwn(path) : undefined;
  const wrapped = `(function (exports, require, module, __filename, __dirname) { ${source}\n})`;
  const script = new vm.Script(wrapped, { filename: file, cachedData });
  const status = !path ? "off" : cachedData === undefined ? "miss" : script.cachedDataRejected ? "rejected" : "hit";
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(file), module, file, dirname(file));
  const save = () => {
    if (status === "miss" || status === "rejected") write(dir, path, script);
  };
  return { exports: module.exports, status, save };
}

/** The file's bytes if this user owns it, else undefined. */
function readOwn(path) {
  try {
    if (typeof process.getuid === "function" && statSync(path).uid !== process.getuid()) return undefined;
    return readFileSync(path);
  } catch {
    return undefined;
  }
}

/** Writes the cache (whole or not at all: a temp file renamed), then drops older builds' files. */
function write(dir, path, script) {
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const mine = statSync(dir);
    if (typeof process.getuid === "function" && (mine.uid !== process.getuid() || (mine.mode & 0o022) !== 0)) return;
    const tmp = `${path}.${process.pid}.tmp`;
    writeFileSync(tmp, script.createCachedData(), { mode: 0o600 });
    renameSync(tmp, path);
    // Older builds' files for the same command (the lint thread's bundle has its own variant).
    const [, hash, variant] = path.slice(dir.length + 1).split(/[-.]/);
    for (const name of readdirSync(dir)) {
      const other = /^cli-([0-9a-f]{32})-([a-z]+)\.v8$/.exec(name);
      if (other && other[1] !== hash && other[2] === variant) rmSync(join(dir, name), { force: true });
    }
  } catch {
    // a read-only or full disk: the next run compiles again
  }
}
