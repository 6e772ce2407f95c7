// Runs the CLI's CommonJS bundle (dist/cli.cjs) with V8's code cache: the functions V8 compiled
// in an earlier run of the same bundle, on the same Node, are read back instead of being parsed
// and compiled again — most of what a cold `render` spends in JavaScript before it runs
// (BENCHMARKS.md, "P5: the code cache"). Node 20 has no compile cache of its own for this
// (module.enableCompileCache is Node 22), so this is vm.Script's `cachedData`.
//
// The cache is a file per bundle in a directory of the user's own (0700): a cache file can
// change what runs, so it is never read from a place others can write, nor if another user owns
// it. Its name is a hash of the bundle's identity — the sha-256 of its text, written on its first
// line by js/scripts/build.mjs, and the file's size and modification time, which a hand edit
// changes — with the Node version, the platform and the flags (V8 itself checks only the text's
// length, its version and its flags). Hashing the bundle here would cost more than it saves:
// loading node:crypto alone is ~3 ms of a ~150 ms cold `render`. Any problem reading or writing
// the cache just means the bundle is compiled as usual: it changes no output, only how fast it comes.
"use strict";
const { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } = require("node:fs");
const { createRequire } = require("node:module");
const { homedir } = require("node:os");
const { dirname, join } = require("node:path");
const vm = require("node:vm");

/**
 * Where the cache lives: $MODELSERVICE_RENDER_CACHE_DIR (empty: no cache), else
 * $XDG_CACHE_HOME or ~/.cache, under modelservice-render/code-cache; null without a home.
 */
function cacheDir(env = process.env) {
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

/** The first line js/scripts/build.mjs gives a bundle: `// bundle <sha-256 of the rest>`. */
const BUNDLE_ID = /^\/\/ bundle ([0-9a-f]{64})\n/;

/**
 * The cache file's name for the bundle at `file` (its text `source`, its `stat`: size, mtimeMs)
 * on this Node, platform and set of flags: `cli-<where>-<what>-<variant>.v8`. <where> is the
 * bundle's path (two installs of the package keep a file each instead of replacing each other's),
 * <what> its identity and the runtime; one file per `variant` (the command), as each compiles other
 * functions. Null for a text without the build's id line (then nothing is cached).
 */
function cacheName(file, source, variant, stat) {
  const id = BUNDLE_ID.exec(source)?.[1];
  if (!id) return null;
  const key = [id, stat.size, stat.mtimeMs, process.version, process.platform, process.arch, ...process.execArgv].join("\0");
  return `cli-${hash128(file).slice(0, 8)}-${hash128(key)}-${variant}.v8`;
}

/** 128 bits of FNV-1a (four 32-bit lanes, each its own offset) as 32 hex digits: a file name. */
function hash128(text) {
  let out = "";
  for (const offset of [0x811c9dc5, 0x050c5d1f, 0x2b7e1516, 0x6a09e667]) {
    let h = offset;
    for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
    out += (h >>> 0).toString(16).padStart(8, "0");
  }
  return out;
}

/**
 * Compiles and runs the CommonJS `file` as Node would (same wrapper, its own `require`), with
 * the cached code from `dir` when there is one. Returns its `module.exports`, how the cache was
 * used (`hit`, `miss`, `rejected` by V8, `off`) and `save()`, which writes the cache after a miss
 * or a rejection — call it once the program has run, so that what it compiled lazily is in.
 */
function loadBundle(file, variant, dir = cacheDir()) {
  if (!/^[a-z]+$/.test(variant)) throw new TypeError(`loadBundle: variant must be a lower-case word, got ${variant}`);
  const source = readFileSync(file, "utf8");
  const name = dir ? cacheName(file, source, variant, statSync(file)) : null;
  const path = name ? join(dir, name) : null;
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
    // Older builds' files of this bundle (same path) for the same command.
    const [, where, what, variant] = path.slice(dir.length + 1).split(/[-.]/);
    for (const name of readdirSync(dir)) {
      const other = /^cli-([0-9a-f]{8})-([0-9a-f]{32})-([a-z]+)\.v8$/.exec(name);
      if (other && other[1] === where && other[2] !== what && other[3] === variant) rmSync(join(dir, name), { force: true });
    }
  } catch {
    // a read-only or full disk: the next run compiles again
  }
}

module.exports = { BUNDLE_ID, cacheDir, cacheName, loadBundle };
