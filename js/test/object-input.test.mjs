// Object input (contract §2): before JSON.stringify, input.mjs walks the value once to refuse what
// it cannot send (nesting past 64 levels, cycles, more than MAX_INPUT_LENGTH / 2 object nodes
// counting shared sub-objects once per use) and to know whether the replacer is needed (NaN,
// ±Infinity, BigInt, `toJSON`). A quick walk answers for good input; any problem is walked again
// by the exact walk, which alone decides the answer: these pin each edge to its exact answer.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { diff, explain, lint, migrate, names, observeStatus, render, summary } from "./support/package.mjs";
import { EPP_G1 } from "./fixtures.mjs";
import { hangGuard } from "./support/hang-guard.mjs";

// A hang guard, not a performance claim: the slowest call here (a DAG of 2^40 paths, refused
// after ~1 M nodes) took ~190 ms on the shared 2-core machine; the guard is > 10× that.
const HANG_GUARD_MS = 5_000;

const guarded = hangGuard(HANG_GUARD_MS);

const TOO_DEEP = { code: "input/too-deep", severity: "error", path: "", message: "input is nested more than 64 levels deep (or is circular)" };
const TOO_LARGE = { code: "input/too-large", severity: "error", path: "", message: "input is larger than 2 MiB" };

const ms = () => structuredClone(EPP_G1);
/** `n` objects nested in one another (`{x: {x: … {}}}`): the innermost is `n - 1` levels below. */
function chain(n) {
  let o = {};
  for (let i = 1; i < n; i++) o = { x: o };
  return o;
}
/** 2^40 paths through 81 objects: JSON.stringify would write the leaf 2^40 times. */
function dag() {
  let o = { leaf: 1 };
  for (let i = 0; i < 40; i++) o = { a: o, b: o };
  return o;
}
const withReplicas = (value) => {
  const m = ms();
  m.spec.decode.replicas = value;
  return m;
};
const same = (a, b) => assert.equal(JSON.stringify(a), JSON.stringify(b));

describe("object input: depth, cycles and size", () => {
  it("64 nested objects are read, 65 are refused (at the root and under spec)", () => {
    assert.deepEqual(lint(chain(64)).map((d) => d.code), ["schema/required", "schema/required", "schema/unknown-field"]);
    assert.deepEqual(lint(chain(65)), [TOO_DEEP]);
    const under = (n) => {
      const m = ms();
      m.spec.extra = chain(n); // spec is level 1, extra level 2
      return m;
    };
    assert.deepEqual(lint(under(62)).map((d) => [d.code, d.path]), [["schema/unknown-field", "spec.extra"]]);
    assert.deepEqual(lint(under(63)), [TOO_DEEP]);
  });

  it("a cycle through an object or an array → input/too-deep, in every function", () => {
    const cycle = ms();
    cycle.spec.self = cycle;
    const inArray = ms();
    inArray.spec.list = [];
    inArray.spec.list.push(inArray.spec.list);
    assert.deepEqual(render(cycle), { resources: [], absent: [], configHash: "", diagnostics: [TOO_DEEP] });
    assert.deepEqual(render(inArray).diagnostics, [TOO_DEEP]);
    assert.deepEqual(lint(cycle), [TOO_DEEP]);
    assert.deepEqual(explain(cycle), { resources: [], origins: [], diagnostics: [TOO_DEEP] });
    assert.deepEqual(migrate(cycle), { resources: [], diagnostics: [TOO_DEEP] });
    for (const [name, out] of [["summary", summary(cycle)], ["names", names(cycle)], ["observeStatus", observeStatus(cycle, {})]]) {
      assert.deepEqual([out, out.diagnostics], [{}, [TOO_DEEP]], name);
    }
    assert.deepEqual(diff(EPP_G1, cycle), { changes: [], diagnostics: [{ ...TOO_DEEP, document: "after" }] });
  });

  it("a cycle beside a large shared sub-tree → input/too-deep, not input/too-large", (t) => {
    // The quick walk, first key first, goes round the cycle through the 20,000-node list until it
    // has met more than 1 M nodes; the exact walk, last child first, meets the cycle at once.
    const m = ms();
    m.spec.big = Array(20000).fill({});
    m.spec.self = m.spec;
    assert.deepEqual(guarded(t, "cycle beside 20,000 shared nodes", () => render(m).diagnostics), [TOO_DEEP]);
  });

  it("a DAG JSON.stringify would write 2^40 times over → input/too-large, quickly", (t) => {
    assert.deepEqual(guarded(t, "2^40-path DAG", () => render(dag()).diagnostics), [TOO_LARGE]);
    assert.deepEqual(guarded(t, "2^40-path DAG in options", () => render(EPP_G1, {}, { images: dag() }).diagnostics), [{ ...TOO_LARGE, path: "options" }]);
  });

  it("too deep and too large at once → whichever the walk meets first, last child first", (t) => {
    const deepThenWide = ms();
    deepThenWide.spec.deep = chain(70);
    deepThenWide.spec.wide = dag();
    assert.deepEqual(guarded(t, "deep, then wide", () => render(deepThenWide).diagnostics), [TOO_LARGE]);
    const wideThenDeep = ms();
    wideThenDeep.spec.wide = dag();
    wideThenDeep.spec.deep = chain(70);
    assert.deepEqual(guarded(t, "wide, then deep", () => render(wideThenDeep).diagnostics), [TOO_DEEP]);
  });

  it("a cycle in a settings argument → the diagnostic at the argument", () => {
    const epp = { tracing: {} };
    epp.tracing.self = epp;
    assert.deepEqual(render(EPP_G1, epp), { resources: [], absent: [], configHash: "", diagnostics: [{ ...TOO_DEEP, path: "eppConfig" }] });
  });
});

describe("object input: what JSON.stringify writes", () => {
  it("inherited enumerable properties are not input, not even a cycle or NaN", () => {
    const proto = { bad: NaN };
    proto.loop = proto;
    const m = ms();
    m.spec = Object.assign(Object.create(proto), m.spec);
    same(render(m), render(EPP_G1));
  });

  it("toJSON is called; the replacer then sees its answer", () => {
    same(render(withReplicas({ toJSON: () => 2 })), render(withReplicas(2)));
    assert.deepEqual(render(withReplicas({ toJSON: () => NaN })).diagnostics, [
      {
        code: "schema/non-finite",
        hint: "YAML .nan and .inf have no JSON form, so the API server cannot accept them; write a finite number",
        message: "NaN is not allowed: numbers must be finite",
        path: "spec.decode.replicas",
        severity: "error",
      },
    ]);
  });

  it("a safe BigInt and a Number object are their numbers", () => {
    same(render(withReplicas(2n)), render(withReplicas(2)));
    same(render(withReplicas(Object(2))), render(withReplicas(2)));
  });

  it("functions, symbols and undefined values are left out, as JSON.stringify leaves them", () => {
    const m = ms();
    m.spec.fn = () => 1;
    m.spec.sym = Symbol("s");
    m.spec.none = undefined;
    m[Symbol("key")] = 1;
    same(render(m), render(EPP_G1));
  });

  it("a getter that calls the API while its input is walked changes nothing of the outer call", () => {
    const m = withReplicas(NaN); // walked before the getter: the outer call needs the replacer
    Object.defineProperty(m.spec, "x", { enumerable: true, get: () => void render(EPP_G1) });
    assert.deepEqual(render(m).diagnostics.map((d) => [d.code, d.path]), [["schema/non-finite", "spec.decode.replicas"]]);
  });

  it("a getter that throws → input/invalid-json with its message", () => {
    const m = ms();
    Object.defineProperty(m.spec, "x", { enumerable: true, get: () => { throw new Error("boom"); } });
    assert.deepEqual(render(m), {
      resources: [],
      absent: [],
      configHash: "",
      diagnostics: [{ code: "input/invalid-json", severity: "error", path: "", message: "input cannot be written as JSON: boom" }],
    });
  });
});
