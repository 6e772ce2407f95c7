// The public API over the wasm exports, shared by the Node, browser and CommonJS entries.
// Each call: check argument types (TypeError) → text/object → JSON for wasm → JSON.parse the
// answer → locate diagnostics in the text → drop wire-only fields. User content never throws: a
// failure inside becomes an `internal` diagnostic. A build without every export this file calls is
// broken, not old: the first call throws and names what is missing (no fallbacks to hide it).
import { sortBySeverity } from "./ambiguities.mjs";
import { inputError, modelServiceWire, parseSingle, toWireJson } from "./input.mjs";
import { finishDiagnostics } from "./positions.mjs";
import { schemas } from "./schemas.mjs";

/** Every wasm export the API calls; the package always ships them all. */
export const WASM_EXPORTS = ["render", "lint", "LintSession", "observeStatus", "defaults", "names", "explain", "diff", "summary", "migrate", "operatorVersion"];

/** `wasm` itself, or an Error naming the exports it lacks. */
export function checkExports(wasm) {
  const missing = WASM_EXPORTS.filter((name) => typeof wasm?.[name] !== "function");
  if (missing.length === 0) return wasm;
  throw new Error(`modelservice-render: this build of the wasm core lacks ${missing.map((m) => `\`${m}\``).join(", ")}; the package is broken, rebuild it`);
}

/**
 * @param {() => Record<string, Function>} getWasm the wasm-bindgen exports; throws if not ready.
 */
export function createApi(getWasm) {
  let checked; // the exports object that passed checkExports
  const wasmExports = () => {
    const wasm = getWasm();
    if (wasm !== checked) checked = checkExports(wasm);
    return wasm;
  };

  /**
   * Runs one API call. `args` are already type-checked wire inputs; `body(wasm, inputs)` returns
   * the parsed answer. Input problems and unexpected throws become `fallback(diagnostics)`.
   */
  function run(fallback, args, body) {
    const wasm = wasmExports(); // not initialised or a broken build: thrown on purpose
    try {
      const early = [];
      for (const a of args) if (a.diagnostics?.length) for (const d of finishDiagnostics(a.diagnostics, a.located)) early.push(d);
      if (early.length > 0) return fallback(early);
      return body(wasm, args);
    } catch (e) {
      return fallback([internalError(e, args.some((a) => a.located))]);
    }
  }

  /** Calls a `(modelService, eppConfig, options)` export; `empty()` is the answer's shape on failure. */
  function standard(fn, exportName, empty, [modelService, eppConfig, options]) {
    const args = [modelServiceArg(fn, modelService), configArg(fn, "eppConfig", eppConfig), configArg(fn, "options", options)];
    return run((diagnostics) => ({ ...empty(), diagnostics }), args, (wasm, [ms, epp, opts]) => {
      const out = JSON.parse(wasm[exportName](ms.json, epp.json, opts.json));
      out.diagnostics = finishDiagnostics(out.diagnostics, ms.located);
      return out;
    });
  }

  const render = (...a) => standard("render", "render", emptyRender, a);
  const explain = (...a) => standard("explain", "explain", emptyExplain, a);
  const migrate = (...a) => standard("migrate", "migrate", emptyMigrate, a);

  function summary(...a) {
    const out = standard("summary", "summary", emptySummary, a);
    return withDiagnostics(out.summary, out.diagnostics);
  }

  function lint(modelService, eppConfig, options) {
    const args = [modelServiceArg("lint", modelService), configArg("lint", "eppConfig", eppConfig), configArg("lint", "options", options)];
    return run((diagnostics) => diagnostics, args, (wasm, [ms, epp, opts]) =>
      finishDiagnostics(JSON.parse(wasm.lint(ms.json, epp.json, opts.json)), ms.located),
    );
  }

  function observeStatus(modelService, deployments) {
    const args = [modelServiceArg("observeStatus", modelService), configArg("observeStatus", "deployments", deployments)];
    const out = run((diagnostics) => ({ status: null, diagnostics }), args, (wasm, [ms, deps]) => {
      const answer = JSON.parse(wasm.observeStatus(ms.json, deps.json));
      return { status: answer.status, diagnostics: finishDiagnostics(answer.diagnostics, ms.located) };
    });
    return withDiagnostics(out.status, out.diagnostics);
  }

  function names(modelService, options) {
    const args = [modelServiceArg("names", modelService), configArg("names", "options", options)];
    const out = run((diagnostics) => ({ names: null, diagnostics }), args, (wasm, [ms, opts]) => {
      const answer = JSON.parse(wasm.names(ms.json, opts.json));
      return { names: answer.names, diagnostics: finishDiagnostics(answer.diagnostics, ms.located) };
    });
    return withDiagnostics(out.names, out.diagnostics);
  }

  /** Each diagnostic says which input it is about (`document: "before" | "after"`), located in
   * that text; settings diagnostics (`eppConfig.…`, `options.…`) have no `document`. */
  function diff(before, after, eppConfig, options) {
    const sides = { before: modelServiceArg("diff", before, "before"), after: modelServiceArg("diff", after, "after") };
    // Each side's findings are finished once (its text's ambiguities join them) and tagged.
    const finish = (diagnostics, document) => finishDiagnostics(diagnostics, sides[document].located).map((d) => ({ ...d, document }));
    for (const [document, side] of Object.entries(sides)) {
      if (side.diagnostics?.length) {
        side.diagnostics = finish(side.diagnostics, document);
        side.located = side.located && { ...side.located, ambiguities: [] };
      }
    }
    const args = [sides.before, sides.after, configArg("diff", "eppConfig", eppConfig), configArg("diff", "options", options)];
    return run((diagnostics) => ({ changes: [], diagnostics }), args, (wasm, [a, b, epp, opts]) => {
      const out = JSON.parse(wasm.diff(a.json, b.json, epp.json, opts.json));
      const of = (document) => (out.diagnostics ?? []).filter((d) => d.document === document);
      const all = [finishDiagnostics(of(undefined), null), finish(of("before"), "before"), finish(of("after"), "after")];
      out.diagnostics = sortBySeverity(all.flat());
      return out;
    });
  }

  function defaults(options) {
    const args = [configArg("defaults", "options", options)];
    return run(() => ({}), args, (wasm, [opts]) => JSON.parse(wasm.defaults(opts.json)));
  }

  /** The schema is generated from the Rust schema data at build time (src/schemas.mjs), so the
   * descriptions do not weigh on the wasm. An unknown `operatorVersion` answers the default's. */
  function schema(options) {
    configArg("schema", "options", options);
    const version = options?.operatorVersion;
    return withMarkdown(schemas[version] ?? schemas["v1.0.1"]);
  }

  /**
   * For the CLI: lints ModelServices applied together (every document of every file), so the
   * cross-document rules (EPP name collisions, …) see them all. `documents` are
   * `[{value, located}]` with `located` = `{doc, lineCounter}` from input.mjs `parseStream`;
   * the answer has one diagnostic list per document, positions in each document's own file.
   */
  function lintDocuments(documents, eppConfig, options) {
    const session = lintSession(eppConfig, options);
    session.add(documents.map((d) => modelServiceWire(d.value)));
    const out = session.finish();
    if (out.shared) return documents.map(() => out.shared);
    try {
      return documents.map((d, i) => finishDiagnostics(out.answers[i], d.located));
    } catch (e) {
      const shared = [internalError(e, false)];
      return documents.map(() => shared);
    }
  }

  /**
   * The wasm half of `lintDocuments`, fed in batches, for a caller that keeps the parsed documents
   * elsewhere (the CLI, whose helper thread parses some files): `add(wires)` (`toWireJson`
   * answers, one per document) has the core read and lint those documents now; `finish()` answers
   * `{shared}`, finished diagnostics every document gets (bad settings, a crash), or `{answers}`:
   * per wire added, in order, wire diagnostics (cross-document findings included) that
   * `finishDiagnostics` with the document's `located` makes public.
   */
  function lintSession(eppConfig, options) {
    const args = [configArg("lint", "eppConfig", eppConfig), configArg("lint", "options", options)];
    const started = run((diagnostics) => ({ shared: diagnostics }), args, (wasm, [epp, opts]) => ({ core: new wasm.LintSession(epp.json, opts.json) }));
    let shared = started.shared ?? null;
    const answers = []; // per wire: its own diagnostics, replaced by the core's for those it reads
    const sent = []; // the indices of `answers` the core answers, in the order sent
    const crashed = (e) => {
      shared = [internalError(e, false)];
    };
    return {
      add(wires) {
        const json = [];
        for (const w of wires) {
          if (w.json !== undefined) {
            sent.push(answers.length);
            json.push(w.json);
          }
          answers.push(w.diagnostics ?? []);
        }
        if (shared || json.length === 0) return;
        try {
          started.core.add(`[${json.join(",")}]`);
        } catch (e) {
          crashed(e);
        }
      },
      finish() {
        if (!shared) {
          try {
            const core = JSON.parse(started.core.finish());
            sent.forEach((i, k) => {
              answers[i] = core[k] ?? [];
            });
          } catch (e) {
            crashed(e);
          }
        }
        return shared ? { shared } : { answers };
      },
    };
  }

  return { render, lint, observeStatus, defaults, names, explain, diff, summary, migrate, schema, lintDocuments, lintSession };
}

// The answers' shapes on failure (`standard`'s `empty`), fresh objects each time.
const emptyRender = () => ({ resources: [], absent: [], configHash: "" });
const emptyExplain = () => ({ resources: [], origins: [] });
const emptyMigrate = () => ({ resources: [] });
const emptySummary = () => ({ summary: null });

/** A ModelService argument → `{json, located}` or `{diagnostics, located}` (TypeError on a wrong type). */
export function modelServiceArg(fn, value, name = "modelService") {
  if (typeof value === "string") {
    try {
      const parsed = parseSingle(value);
      // `located` without a doc still marks the input as text (diagnostics then sit at 1:1).
      const where = parsed.located ?? { doc: null };
      if (parsed.diagnostics.length > 0) return { diagnostics: parsed.diagnostics, located: where };
      const wire = modelServiceWire(parsed.value); // a fresh object: completed in place
      wire.located = where;
      return wire;
    } catch (e) {
      return { diagnostics: [inputError("internal", `internal error: ${e?.message ?? e}`)], located: { doc: null } };
    }
  }
  if (typeof value === "object" && value !== null) {
    const wire = modelServiceWire(value); // a fresh object: completed in place
    for (const d of wire.diagnostics ?? []) located(d, false);
    wire.located = null;
    return wire;
  }
  throw new TypeError(`${fn}(): \`${name}\` must be a ModelService object or YAML/JSON text, got ${describe(value)}`);
}

/** An optional plain-object argument → `{json}` (`{}` when omitted) or `{diagnostics}`. */
function configArg(fn, name, value) {
  if (value === undefined || value === null) return { json: "{}", located: null };
  if (typeof value !== "object" || Array.isArray(value)) {
    throw new TypeError(`${fn}(): \`${name}\` must be an object, got ${describe(value)}`);
  }
  const wire = toWireJson(value, (segments) => segments.reduce((p, s) => (typeof s === "number" ? `${p}[${s}]` : `${p}.${s}`), name));
  for (const d of wire.diagnostics ?? []) {
    if (d.code !== "input/lone-surrogate") d.path = name;
    delete d.line;
    delete d.column;
  }
  wire.located = null; // `wire` is a fresh object: completed in place
  return wire;
}

/**
 * `names`, `observeStatus` and `summary` answer a plain record; their diagnostics ride along as a
 * non-enumerable `diagnostics` property so the record itself keeps exactly the documented shape.
 */
function withDiagnostics(record, diagnostics) {
  const out = record !== null && typeof record === "object" ? record : {};
  Object.defineProperty(out, "diagnostics", { value: diagnostics ?? [], enumerable: false, writable: true, configurable: true });
  return out;
}

/** The diagnostic of a crash caught by the API (located at 1:1 for text input). */
function internalError(e, text) {
  return located(inputError("internal", `internal error: ${e?.message ?? e}`), text);
}

/** Keeps `line`/`column` only for text input. */
function located(d, text) {
  if (!text) {
    delete d.line;
    delete d.column;
  }
  return d;
}

function describe(value) {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return typeof value === "object" ? "an object" : `a ${typeof value}`;
}

/**
 * A deep copy of a schema where every `description` also appears as `markdownDescription`: the
 * descriptions are Markdown (`code` spans), and yaml-language-server, VS Code and monaco-yaml
 * render only `markdownDescription` as Markdown (a plain `description` has its backticks escaped).
 * Added here rather than generated, so the bundled schemas stay half the size.
 */
function withMarkdown(node) {
  if (Array.isArray(node)) return node.map(withMarkdown);
  if (node === null || typeof node !== "object") return node;
  const out = {};
  for (const [key, value] of Object.entries(node)) {
    out[key] = withMarkdown(value);
    if (key === "description" && typeof value === "string") out.markdownDescription = value;
  }
  return out;
}
