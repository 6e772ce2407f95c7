// Talks to the render worker. Latest-wins: while one render is in flight only the newest
// request waits, so a burst of keystrokes costs at most one stale render.

import type { EppConfig, Origin, RenderOptions } from "modelservice-render";
import type { ReadyMessage, RenderRequest, RenderResponse, WorkerResponse } from "./types";

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

export class RenderClient {
  private worker: Worker;
  private nextId = 1;
  private inFlight = false;
  private pending: RenderRequest | null = null;
  private sentAt = new Map<number, number>();
  private explainWaiters = new Map<number, (origins: Origin[]) => void>();
  private profileWaiters = new Map<number, (stages: Record<string, number>) => void>();
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
        this.sentAt.delete(msg.id);
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
  }

  /** Requests a render; returns the id its response will carry. */
  render(input: RenderInput): number {
    const req: RenderRequest = { type: "render", id: this.nextId++, ...input };
    if (this.inFlight) this.pending = req;
    else this.send(req);
    return req.id;
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
