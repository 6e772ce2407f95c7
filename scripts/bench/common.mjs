// Shared helpers for the benchmark scripts (scripts/bench.sh): fixture loading and statistics.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

export const ROOT = fileURLToPath(new URL("../../", import.meta.url));
export const FIXTURE = `${ROOT}tests/fixtures/full-pd-ha-route-monitoring-tracing`;

/** npm `yaml` from the JS package's own node_modules (scripts/ has none). */
export const YAML = createRequire(`${ROOT}js/package.json`)("yaml");

/** The P/D fixture as the public API takes it: `{obj, text, eppConfig, options}`. */
export function fixture() {
  const text = readFileSync(`${FIXTURE}/modelservice.yaml`, "utf8");
  const config = JSON.parse(readFileSync(`${FIXTURE}/config.json`, "utf8"));
  return { text, obj: YAML.parse(text), eppConfig: config.eppConfig ?? {}, options: config.options ?? {} };
}

export function quantile(values, q) {
  const s = Float64Array.from(values).sort();
  if (s.length === 0) return NaN;
  const pos = (s.length - 1) * q;
  const lo = Math.floor(pos);
  return s[lo] + (s[Math.min(lo + 1, s.length - 1)] - s[lo]) * (pos - lo);
}
export const median = (values) => quantile(values, 0.5);

/**
 * Times each named function `calls` times, interleaved in `rounds` blocks so that machine noise
 * (a shared, throttled box) hits every contender alike. Each call is timed on its own (ns).
 * Returns `{name: Float64Array of ns}`.
 */
export function interleaved(fns, { calls, rounds = 20, warmup = 200 }) {
  const names = Object.keys(fns);
  for (const n of names) for (let i = 0; i < warmup; i++) fns[n]();
  const out = Object.fromEntries(names.map((n) => [n, []]));
  const per = Math.ceil(calls / rounds);
  let sink = 0;
  for (let r = 0; r < rounds; r++) {
    for (const n of names) {
      const f = fns[n];
      const samples = out[n];
      for (let i = 0; i < per; i++) {
        const t0 = process.hrtime.bigint();
        const v = f();
        const t1 = process.hrtime.bigint();
        samples.push(Number(t1 - t0));
        if (v) sink++;
      }
    }
  }
  if (sink < 0) console.log(sink);
  return Object.fromEntries(names.map((n) => [n, Float64Array.from(out[n])]));
}

export const us = (ns) => ns / 1000;
