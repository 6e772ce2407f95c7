// Runs renders: on the page while they are fast, else in the render worker.
//
// A keystroke's output reaches the screen with the frame that echoes the key only if its render
// is done before that frame. On the page it is (it runs right after CodeMirror's update); in the
// worker, the answer waits for the worker thread to wake and then behind the echo frame, so the
// output comes a frame or two later (BENCHMARKS P6). So the page renders while renders are quick
// (the quickest of the last three, render and printing, within PAGE_BUDGET_MS, and the text at
// most about twice the last one): typing never waits long on the renderer, and a large input
// goes to the worker, as do the extras of the Summary, Compare and KServe tabs. In the worker, latest-wins: while one render is in flight
// only the newest request waits, so a burst of keystrokes costs at most one stale render.

import * as msr from "modelservice-render";
import type { EppConfig, Origin, RenderOptions } from "modelservice-render";
import { answer } from "./render-answer";
import { whenIdle } from "./dom";
import type { ReadyMessage, RenderRequest, RenderResponse, WorkerResponse } from "./types";

/** The longest a render may take to stay on the page's thread: well within a frame (16.7 ms), so
 * the echo of the key is not late either; the P/D example takes ~3 ms on a quiet machine. */
export const PAGE_BUDGET_MS = 10;

export interface RenderInput {
  text: string;
  eppConfig: EppConfig;
  options: RenderOptions;
  /** Print the object to show (`selected`, or what replaces it) as YAML too. */
  print?: boolean;
  selected?: string;
  summary?: boolean;
  baseline?: string;
  migrate?: boolean;
}

/**
 * Whether the page may render `req` itself, given the latest renders' times (render + printing,
 * ms) and the length of the latest text: only without the other tabs' extras, while the quickest
 * of the last three stayed within PAGE_BUDGET_MS, and for a text at most about twice the last one
 * (a paste or another example is timed in the worker first: the page never blocks on an input it
 * has not seen render quickly).
 */
export function pageMayRender(req: RenderRequest, recentMs: number[], recentChars: number): boolean {
  const extras = req.summary || req.baseline !== undefined || req.migrate;
  const similar = req.text.length <= 2 * recentChars + 1024;
  return !extras && similar && recentMs.length > 0 && Math.min(...recentMs.slice(-3)) <= PAGE_BUDGET_MS;
}

/** The longest the latest render may have taken for the page to warm its renderer with its
 * request: the warm-up costs about that, cold, while the page is idle. The worker's first render
 * after loading (its own cold start, ~130 ms) is over it, so the page warms after the next one. */
export const WARM_BUDGET_MS = 60;

/** Whether the page may warm its renderer with `req` (see `RenderClient.warmPage`): a plain
 * render (no extras) of a text whose latest render, on either thread, took at most
 * WARM_BUDGET_MS. */
export function pageMayWarm(req: RenderRequest, recentMs: number[]): boolean {
  const extras = req.summary || req.baseline !== undefined || req.migrate;
  const latest = recentMs[recentMs.length - 1];
  return !extras && latest !== undefined && latest <= WARM_BUDGET_MS;
}

export class RenderClient {
  private worker: Worker;
  private nextId = 1;
  private inFlight = false;
  private pending: RenderRequest | null = null;
  private sentAt = new Map<number, number>();
  private explainWaiters = new Map<number, (origins: Origin[]) => void>();
  private profileWaiters = new Map<number, (stages: Record<string, number>) => void>();
  /** The package on the page, once loaded (after the worker's, so it never delays the first render). */
  private page: typeof msr | null = null;
  private pageQueued: RenderRequest | null = null;
  /** Render + printing times of the latest renders, either thread. */
  private recent: number[] = [];
  /** Length of the text of the latest render, either thread. */
  private recentChars = 0;
  /** The latest request, and whether the page's renderer has run once (`warmPage`). */
  private latest: RenderRequest | null = null;
  private warm = false;
  /** Whether the warm-up render on the page has run (for the end-to-end tests). */
  warmed = false;
  readonly ready: Promise<ReadyMessage>;

  constructor(
    private onResult: (res: RenderResponse) => void,
    private onFailure: (message: string) => void,
  ) {
    this.worker = new Worker(new URL("./worker.ts", import.meta.url), { type: "module" });
    let resolveReady!: (msg: ReadyMessage) => void;
    this.ready = new Promise((resolve) => (resolveReady = resolve));
    this.worker.onmessage = (event: MessageEvent<WorkerResponse>) => {
      const msg = event.data;
      if (msg.type === "ready") resolveReady(msg);
      else if (msg.type === "render") {
        msg.arrived = performance.now();
        msg.sent = this.sentAt.get(msg.id);
        msg.where = "worker";
        this.sentAt.delete(msg.id);
        this.record(msg);
        this.finish(() => this.onResult(msg));
      }
      else if (msg.type === "explain") {
        this.explainWaiters.get(msg.id)?.(msg.origins);
        this.explainWaiters.delete(msg.id);
      } else if (msg.type === "profile") {
        this.profileWaiters.get(msg.id)?.(msg.stages);
        this.profileWaiters.delete(msg.id);
      } else if (msg.type === "failure") {
        if (msg.id !== undefined && this.explainWaiters.has(msg.id)) {
          this.explainWaiters.get(msg.id)?.([]);
          this.explainWaiters.delete(msg.id);
        } else if (msg.id !== undefined && this.profileWaiters.has(msg.id)) {
          this.profileWaiters.get(msg.id)?.({});
          this.profileWaiters.delete(msg.id);
        } else this.finish(() => this.onFailure(msg.message));
      }
    };
    this.worker.onerror = (event) => this.onFailure(event.message || "render worker failed");
    void this.ready.then(() => msr.init()).then(
      () => {
        this.page = msr;
        this.warmPage();
      },
      () => {}, // the worker renders everything then
    );
  }

  /** Requests a render; returns the id its response will carry. */
  render(input: RenderInput): number {
    const req: RenderRequest = { type: "render", id: this.nextId++, ...input };
    this.latest = req;
    if (this.onPage(req)) {
      // After the current task (CodeMirror's update): the page then shows it in the same frame.
      if (!this.pageQueued) queueMicrotask(() => this.renderOnPage());
      this.pageQueued = req;
      this.pending = null; // a queued worker render would only be older
    } else if (this.inFlight) this.pending = req;
    else this.send(req);
    return req.id;
  }

  private onPage(req: RenderRequest): boolean {
    return this.page !== null && pageMayRender(req, this.recent, this.recentChars);
  }

  private renderOnPage(): void {
    const req = this.pageQueued;
    this.pageQueued = null;
    if (!req || !this.page) return;
    const sent = performance.now();
    let res: RenderResponse;
    try {
      res = answer(this.page, req);
    } catch (err) {
      this.onFailure(String(err));
      return;
    }
    Object.assign(res, { sent, arrived: performance.now(), where: "page" });
    this.record(res);
    this.onResult(res);
  }

  private record(res: RenderResponse): void {
    this.recent = [...this.recent.slice(-2), (res.times.stages.render ?? 0) + (res.times.stages.print ?? 0)];
    this.recentChars = res.chars;
    this.warmPage();
  }

  /**
   * Once the page has its renderer and a request it may render, renders that request there while
   * the page is idle and throws the answer away. The first render on the page compiles the
   * package's code there (the wasm lazily, the JavaScript cold): without this it fell on the first
   * keystroke, which took ~45 ms to show instead of ~15 (BENCHMARKS P6).
   */
  private warmPage(): void {
    if (this.warm || !this.page || !this.latest || !pageMayWarm(this.latest, this.recent)) return;
    this.warm = true;
    const run = (): void => {
      const req = this.latest;
      if (!req || !this.page || !pageMayWarm(req, this.recent)) {
        this.warm = false; // try again with the next answer
        return;
      }
      try {
        answer(this.page, req);
        this.warmed = true;
      } catch {
        // Nothing to report: the same request's own render reports its failure.
      }
    };
    whenIdle(run);
  }

  explain(input: RenderInput): Promise<Origin[]> {
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.explainWaiters.set(id, resolve);
      this.worker.postMessage({
        type: "explain",
        id,
        text: input.text,
        eppConfig: input.eppConfig,
        options: input.options,
      });
    });
  }

  /** Median times of the worker's steps on this input (see worker.ts `onProfile`). */
  profile(input: RenderInput, runs: number): Promise<Record<string, number>> {
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.profileWaiters.set(id, resolve);
      this.worker.postMessage({ type: "profile", id, text: input.text, eppConfig: input.eppConfig, options: input.options, runs });
    });
  }

  private send(req: RenderRequest): void {
    this.inFlight = true;
    this.sentAt.set(req.id, performance.now());
    this.worker.postMessage(req);
  }

  private finish(deliver: () => void): void {
    this.inFlight = false;
    const next = this.pending;
    this.pending = null;
    if (next) this.send(next);
    deliver();
  }
}
