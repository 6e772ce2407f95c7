// The render status in the header: how long the last render shown took, dimmed while a render
// the eye waits on is under way. Typing does not restyle it on every keystroke: the busy mark is
// set only for a render not shown after BUSY_AFTER_MS (a quick render on the page would add and
// remove it unseen), and the time is written at most every TIMING_EVERY_MS, the last one of a
// burst always (each write reflows the header).

import { setText } from "../dom";

/** A render not shown after this long is marked busy. */
export const BUSY_AFTER_MS = 100;
/** The render time shown while typing is written at most this often. */
export const TIMING_EVERY_MS = 250;

export class RenderStatus {
  private busyTimer: ReturnType<typeof setTimeout> | undefined;
  private timingTimer: ReturnType<typeof setTimeout> | undefined;
  private written = 0;

  constructor(private readonly el: HTMLElement) {}

  /** A render was requested; `waiting()` tells, BUSY_AFTER_MS later, whether it still is. */
  requested(waiting: () => boolean): void {
    clearTimeout(this.busyTimer);
    this.busyTimer = setTimeout(() => {
      if (waiting()) this.el.classList.add("busy");
    }, BUSY_AFTER_MS);
  }

  /** Render `rev` is shown: `text` the time, `title` its parts. */
  shown(text: string, title: string, rev: number): void {
    clearTimeout(this.busyTimer);
    if (this.el.classList.contains("busy")) this.el.classList.remove("busy");
    const write = (): void => {
      this.written = performance.now();
      setText(this.el, text);
      if (this.el.title !== title) this.el.title = title;
      this.el.dataset.rev = String(rev); // which render the time is of
    };
    clearTimeout(this.timingTimer);
    const wait = this.written + TIMING_EVERY_MS - performance.now();
    if (wait <= 0) write();
    else this.timingTimer = setTimeout(write, wait);
  }

  /** The renderer failed; no time written later replaces the message. */
  failed(): void {
    clearTimeout(this.timingTimer);
    clearTimeout(this.busyTimer);
    this.el.classList.remove("busy"); // nothing is under way any more
    this.el.textContent = "render failed";
  }
}
