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
  /** null after a restart until the next request needs one. */
  private worker: Worker | null;
  private nextId = 1;
  /** The render the worker is on. */
  private inFlight: RenderRequest | null = null;
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
    /** The worker stopped (`why`) and was dropped. `resent`: the render it was on went to a new
     * one (true), or had already killed one and waits for the next request (false); null: it was
     * on no render, and the next request starts a new one. */
    private onRestart: (why: string, resent: boolean | null) => void = () => {},
  ) {
    let resolveReady!: (msg: ReadyMessage) => void;
    this.ready = new Promise((resolve) => (resolveReady = resolve));
    this.resolveReady = resolveReady;
    this.worker = this.startWorker();
    void this.ready.then(() => msr.init()).then(
      () => {
        this.page = msr;
        this.warmPage();
      },
      () => {}, // the worker renders everything then
    );
  }

  private resolveReady: (msg: ReadyMessage) => void;

  private startWorker(): Worker {
    const worker = new Worker(new URL("./worker.ts", import.meta.url), { type: "module" });
    worker.onmessage = (event: MessageEvent<WorkerResponse>) => {
      if (worker !== this.worker) return; // one dropped in a restart
      const msg = event.data;
      if (msg.type === "ready") this.resolveReady(msg); // a restarted worker's: already resolved
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
    // An exception the worker did not catch (or its script failing to load) leaves its request
    // unanswered; a message that cannot be read likewise. Either way: a new worker.
    worker.onerror = (event) => {
      if (worker !== this.worker) return;
      event.preventDefault();
      this.restart(event.message || "it failed");
    };
    worker.onmessageerror = () => {
      if (worker === this.worker) this.restart("its answer could not be read");
    };
    return worker;
  }

  /** No answer to a render after this long: the worker is taken for dead (out of memory, a crash,
   * closed) and replaced. The largest input the package takes (2 MiB of YAML) is answered in
   * 1.1–1.5 s on the Summary tab, ~1 s on Compare against a 2 MiB baseline (2 shared cores):
   * this leaves a slow machine 13× that. No event tells a crash or `self.close()` apart. */
  answerWithinMs = 20_000;
  /** The single watchdog timer (0: none): armed when a render goes to the worker and none is
   * armed; on firing it checks the render in flight, and re-arms only while one is. */
  private watchdog = 0;
  /** The render last re-sent after a restart: one that was on the new worker too when it stopped
   * is not sent again, so an input that kills every worker (or a worker that cannot load) costs
   * two workers per request, never a loop. */
  private resent: RenderRequest | null = null;

  private armWatchdog(): void {
    if (this.watchdog) return;
    const check = (): void => {
      this.watchdog = 0;
      if (!this.inFlight) return;
      const waited = performance.now() - (this.sentAt.get(this.inFlight.id) ?? performance.now());
      if (waited >= this.answerWithinMs) this.restart(`no answer in ${Math.round(waited / 1000)} s`);
      else this.watchdog = window.setTimeout(check, this.answerWithinMs - waited);
    };
    this.watchdog = window.setTimeout(check, this.answerWithinMs);
  }

  /** Drops the worker, answers its explain/profile waiters empty, and re-sends the render it was
   * on (or the newer one waiting) to a new worker, unless that render was re-sent already: then
   * the next request starts the next worker. */
  private restart(why: string): void {
    this.worker?.terminate();
    this.worker = null;
    for (const resolve of this.explainWaiters.values()) resolve([]);
    for (const resolve of this.profileWaiters.values()) resolve({});
    this.explainWaiters.clear();
    this.profileWaiters.clear();
    const lost = this.pending ?? this.inFlight;
    this.inFlight = null;
    this.pending = null;
    if (!lost) return this.onRestart(why, null);
    const again = lost !== this.resent;
    this.resent = again ? lost : null;
    if (again) this.send(lost);
    this.onRestart(why, again);
  }

  /** The worker, started anew after a restart. */
  private live(): Worker {
    return (this.worker ??= this.startWorker());
  }

  /** Sets `answerWithinMs` from now on (the end-to-end tests shorten it). */
  setAnswerWithin(ms: number): void {
    this.answerWithinMs = ms;
    window.clearTimeout(this.watchdog);
    this.watchdog = 0;
    if (this.inFlight) this.armWatchdog();
  }

  /** Stops the worker as a crash would, without a word (for the end-to-end tests). */
  killWorker(): void {
    this.worker?.terminate();
  }

  /** Fires the worker's `error` event as an uncaught exception in it would (end-to-end tests). */
  failWorker(): void {
    this.worker?.dispatchEvent(new ErrorEvent("error", { message: "test: uncaught in the worker" }));
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

  /** Warms the page's renderer again with the next request it may render: the user picked another
   * example, whose first keystrokes would otherwise compile code for it. */
  rewarm(): void {
    this.warm = false;
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
      this.live().postMessage({
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
      this.live().postMessage({ type: "profile", id, text: input.text, eppConfig: input.eppConfig, options: input.options, runs });
    });
  }

  private send(req: RenderRequest): void {
    this.inFlight = req;
    this.sentAt.set(req.id, performance.now());
    this.live().postMessage(req);
    this.armWatchdog();
  }

  private finish(deliver: () => void): void {
    this.inFlight = null;
    const next = this.pending;
    this.pending = null;
    if (next) this.send(next);
    deliver();
  }
}
