// A hang guard for tests of hostile input: not a performance claim (those are `make bench`'s).
import assert from "node:assert/strict";

/** `guarded(t, label, f)`: runs `f`, prints its time, fails past `limitMs`, returns what `f` did. */
export function hangGuard(limitMs) {
  return function guarded(t, label, f) {
    const started = performance.now();
    const out = f();
    const ms = performance.now() - started;
    t.diagnostic(`${label}: ${ms.toFixed(0)} ms`);
    assert.ok(ms < limitMs, `${label} took ${ms.toFixed(0)} ms: past the ${limitMs} ms hang guard`);
    return out;
  };
}
