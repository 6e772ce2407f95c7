// Where the state lives between visits: the URL hash (for sharing) and localStorage (autosave).
// Writes are coalesced so typing does not rewrite the URL on every keystroke.

import { decodeState, encodeState, loadLocal, saveLocal } from "./share";
import type { AppState } from "./types";

export class Persist {
  private timer = 0;
  private lastHash = "";
  private seq = 0;

  /** The state to start from: the link's hash first, then the autosave. */
  async initial(): Promise<AppState | null> {
    return (await decodeState(location.hash)) ?? loadLocal();
  }

  schedule(state: AppState): void {
    // The autosave is synchronous and cheap, so closing the tab right after an edit loses
    // nothing; only the URL rewrite (compression) is coalesced.
    saveLocal(state);
    window.clearTimeout(this.timer);
    this.timer = window.setTimeout(() => void this.flush(state), 300);
  }

  /** Writes now; resolves to the shareable URL. */
  async flush(state: AppState): Promise<string> {
    window.clearTimeout(this.timer);
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
