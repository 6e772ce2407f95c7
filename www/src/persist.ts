// Where the state lives between visits: the URL hash (for sharing) and localStorage (autosave).
// Writes are coalesced so typing does not rewrite either on every keystroke: a keystroke's time
// goes to its render (localStorage writes are synchronous). Leaving or hiding the page writes the
// autosave at once, so closing the tab right after an edit loses nothing.

import { decodeState, encodeState, loadLocal, saveLocal } from "./share";
import type { AppState } from "./types";

export class Persist {
  private timer = 0;
  private lastHash = "";
  private seq = 0;
  /** The state not yet autosaved. */
  private unsaved: AppState | null = null;

  constructor() {
    const save = () => this.saveNow();
    window.addEventListener("pagehide", save);
    document.addEventListener("visibilitychange", () => {
      if (document.visibilityState === "hidden") save();
    });
  }

  /** The state to start from: the link's hash first, then the autosave. */
  async initial(): Promise<AppState | null> {
    return (await decodeState(location.hash)) ?? loadLocal();
  }

  schedule(state: AppState): void {
    this.unsaved = state;
    window.clearTimeout(this.timer);
    this.timer = window.setTimeout(() => void this.flush(state), 300);
  }

  private saveNow(): void {
    if (this.unsaved) saveLocal(this.unsaved);
    this.unsaved = null;
  }

  /** Writes now; resolves to the shareable URL. */
  async flush(state: AppState): Promise<string> {
    window.clearTimeout(this.timer);
    this.unsaved = null;
    saveLocal(state);
    const seq = ++this.seq;
    const hash = "#" + (await encodeState(state));
    // Encoding is async: an older flush that finishes late must not overwrite a newer state.
    if (seq !== this.seq) return location.href;
    if (hash !== this.lastHash) {
      this.lastHash = hash;
      history.replaceState(null, "", hash);
    }
    return location.href;
  }

  /** Calls back when the user pastes or navigates to a different shared state. */
  onExternalChange(apply: (state: AppState) => void): void {
    window.addEventListener("hashchange", async () => {
      if (location.hash === this.lastHash) return;
      const state = await decodeState(location.hash);
      if (state) {
        this.lastHash = location.hash;
        apply(state);
      }
    });
  }
}
