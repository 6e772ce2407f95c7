// Where a keystroke's time goes (P6 in BENCHMARKS.md): one trace per input revision, every time in
// this page's performance.now() milliseconds. The latency e2e test reads the traces beside its own
// keydown → frame measurement to report the breakdown; recording costs a few performance.now().

/** What a render reports (in the worker or on the page): its thread's clock (timeOrigin + now)
 * at start and end, and its steps. */
export interface WorkerTimes {
  start: number;
  end: number;
  /** Milliseconds per step (`render`: the package's render of the text; `print`: the YAML). */
  stages: Record<string, number>;
}

export interface Trace {
  rev: number;
  /** The editor handed the changed text over (CodeMirror read the key, before its own update). */
  edit: number;
  /** Which thread rendered this revision (render-client.ts decides). */
  where?: "page" | "worker";
  /** The request carrying this revision left for the worker (or the page started rendering it). */
  post?: number;
  /** Render start/end converted to this page's clock. */
  workerStart?: number;
  workerEnd?: number;
  /** Milliseconds per render step. */
  worker?: Record<string, number>;
  /** The answer reached the page (right at the end for a render on the page). */
  receive?: number;
  /** Milliseconds per output view update. */
  views: Record<string, number>;
  /** The output shows this revision (data-rendered-rev set). */
  shown?: number;
}

const KEEP = 500;
const traces = new Map<number, Trace>();

/** A reading of `workerClock` on either thread (absolute: timeOrigin + now) as this page's
 * performance.now(). */
export const fromWorkerClock = (t: number): number => t - performance.timeOrigin;
export const workerClock = (): number => performance.timeOrigin + performance.now();

export function traceEdit(rev: number): void {
  traces.set(rev, { rev, edit: performance.now(), views: {} });
  if (traces.size > KEEP) traces.delete(traces.keys().next().value as number);
}

export function trace(rev: number): Trace | undefined {
  return traces.get(rev);
}

/** Runs `fn`, adding its time to `views[name]` of the trace of `rev` (when there is one). */
export function timed<T>(rev: number, name: string, fn: () => T): T {
  const t0 = performance.now();
  try {
    return fn();
  } finally {
    const t = traces.get(rev);
    if (t) t.views[name] = (t.views[name] ?? 0) + performance.now() - t0;
  }
}

export function allTraces(): Trace[] {
  return [...traces.values()].map((t) => structuredClone(t));
}
