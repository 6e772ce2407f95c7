// The render status in the header: how long the last render shown took, dimmed while a render
// the eye waits on is under way. Typing does not restyle it on every keystroke: the busy mark is
// set only for a render not shown after BUSY_AFTER_MS (a quick render on the page would add and
// remove it unseen), and the time is written at most every TIMING_EVERY_MS while typing, in a
// keystroke's task, and the last one of a burst once typing pauses (each write reflows the header).

import { setText } from "../dom";

/** A render not shown after this long is marked busy. */
export const BUSY_AFTER_MS = 100;
/** The render time shown while typing is written at most this often. */
export const TIMING_EVERY_MS = 250;

export class RenderStatus {
  private busyTimer: ReturnType<typeof setTimeout> | undefined;
  private timingTimer: ReturnType<typeof setTimeout> | undefined;
  private written = -Infinity; // the first time is written at once

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
    if (performance.now() - this.written >= TIMING_EVERY_MS) write();
    // The last render of a burst is written once typing pauses, not between keystrokes: a write
    // there is a frame of its own, and a key arriving just after that frame waits for the next
    // vsync instead of being shown as soon as its task ends (BENCHMARKS.md, "P6: keys at a typing
    // pace").
    else this.timingTimer = setTimeout(write, TIMING_EVERY_MS);
  }

  /** The renderer failed; no time written later replaces the message. */
  failed(): void {
    clearTimeout(this.timingTimer);
    clearTimeout(this.busyTimer);
    this.el.classList.remove("busy"); // nothing is under way any more
    this.el.textContent = "render failed";
  }
}
