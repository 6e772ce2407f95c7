// The editor's cursor blinks from a timer, not from CodeMirror's CSS animation.
//
// CodeMirror's `drawSelection` blinks its cursor with an infinite CSS animation. While it runs,
// the browser's compositor produces a frame at every vsync, so a keystroke's output always waits
// for the next vsync. With no animation running, Chromium starts the frame for a keystroke as soon
// as the key's task ends: the output is shown up to a frame sooner (BENCHMARKS.md, "P6: keys at a
// typing pace"). So `drawSelection` runs with blinking off and this plugin hides and shows the
// cursor every half cycle, as the browser's own caret does: one frame per toggle, none between. The
// cursor stays shown while the user types or moves it, and blinks again after half a cycle.

import { ViewPlugin, type EditorView, type ViewUpdate } from "@codemirror/view";

/** CodeMirror's own cycle: shown for 600 ms, hidden for 600 ms. */
export const BLINK_CYCLE_MS = 1200;

export const cursorBlink = ViewPlugin.fromClass(
  class {
    private timer: ReturnType<typeof setTimeout> | undefined;
    private hidden = false;

    constructor(readonly view: EditorView) {
      this.restart();
    }

    update(update: ViewUpdate): void {
      if (update.docChanged || update.selectionSet || update.focusChanged) this.restart();
    }

    destroy(): void {
      clearTimeout(this.timer);
    }

    /** Shows the cursor and blinks again after half a cycle, while the editor has focus. */
    private restart(): void {
      clearTimeout(this.timer);
      this.timer = undefined;
      this.show(true);
      if (this.view.hasFocus) this.timer = setTimeout(() => this.toggle(), BLINK_CYCLE_MS / 2);
    }

    private toggle(): void {
      if (!this.view.hasFocus) return this.restart();
      this.show(this.hidden);
      this.timer = setTimeout(() => this.toggle(), BLINK_CYCLE_MS / 2);
    }

    private show(shown: boolean): void {
      if (this.hidden === !shown) return;
      this.hidden = !shown;
      // The layer CodeMirror draws the cursors in; it never writes its `visibility`.
      const layer = this.view.scrollDOM.querySelector<HTMLElement>(":scope > .cm-cursorLayer");
      if (layer) layer.style.visibility = this.hidden ? "hidden" : "";
    }
  },
);
