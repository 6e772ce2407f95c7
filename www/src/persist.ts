// Where the state lives between visits: the URL hash (for sharing) and localStorage (autosave).
// Writes are coalesced so typing does not rewrite either on every keystroke: a keystroke's time
// goes to its render (localStorage writes are synchronous). Leaving or hiding the page writes the
// autosave at once, so closing the tab right after an edit loses nothing. The hash cannot be
// written then (encoding it is asynchronous), so the same moment also keeps the state for this
// tab (sessionStorage) over the hash it is newer than: a reload, or the tab reopened, at that
// hash shows the newer state rather than the hash's older one. A share link opened and not edited
// is not autosaved: viewing it leaves the user's own autosaved work in place.
// A state too large for a link that opens (share.ts `TooLargeToShare`) gets no hash: the one there
// goes (it would open an older state, or not at all), and the state stays in the autosave and,
// over the bare URL, in this tab's storage (docs/decisions.md, "A share link too large to open").

import { TooLargeToShare, clearTab, decodeState, encodeState, isShareHash, loadLocal, loadTab, saveLocal, saveTab } from "./share";
import type { AppState } from "./types";

/** What writing the state gave: the link to share, or why there is none. */
export type Flushed = { url: string } | { tooLarge: TooLargeToShare };

/** What a user writes in a state (not which object is selected). */
const contentOf = (s: AppState): string => JSON.stringify([s.yaml, s.eppConfig, s.options, s.baseline ?? null]);

export class Persist {
  private timer = 0;
  private lastHash = "";
  private seq = 0;
  /** The state whose hash is not written yet. */
  private unsaved: AppState | null = null;
  /** The content of a share link opened here and not edited since (`contentOf`): it is not
   * autosaved, so viewing a colleague's link does not replace the user's own autosaved work. */
  private linked: string | null = null;

  constructor() {
    const save = () => this.saveNow();
    window.addEventListener("pagehide", save);
    document.addEventListener("visibilitychange", () => {
      if (document.visibilityState === "hidden") save();
    });
  }

  /** Set by `initial()` when the page was opened with a share link it could not read (cut
   * short, or changed): the page then starts from the autosave, and says so. */
  brokenLink = false;

  /** The state to start from: this tab's state newer than its hash, the link's hash, then the
   * autosave. */
  async initial(): Promise<AppState | null> {
    const tab = loadTab(location.hash);
    if (tab) return tab;
    const shared = await decodeState(location.hash);
    if (shared) {
      this.linked = contentOf(shared);
      return shared;
    }
    this.brokenLink = isShareHash(location.hash);
    return loadLocal();
  }

  schedule(state: AppState): void {
    this.unsaved = state;
    window.clearTimeout(this.timer);
    this.timer = window.setTimeout(() => void this.flush(state), 300);
  }

  private saveNow(): void {
    if (!this.unsaved) return;
    this.autosave(this.unsaved);
    saveTab(location.hash, this.unsaved);
  }

  /** The localStorage autosave, unless `state` is still a linked state as it was opened. */
  private autosave(state: AppState): void {
    if (this.linked !== null && contentOf(state) === this.linked) return;
    this.linked = null; // edited: the user's work from now on
    saveLocal(state);
  }

  /** Called when the state becomes too large for a link (not again while it stays so). */
  onTooLarge: (tooLarge: TooLargeToShare) => void = () => {};
  private wasTooLarge = false;

  /** Writes now; resolves to the shareable URL, or to why there is none. */
  async flush(state: AppState): Promise<Flushed> {
    window.clearTimeout(this.timer);
    this.autosave(state);
    const seq = ++this.seq;
    const base = location.href.split("#")[0];
    let hash: string;
    try {
      hash = "#" + (await encodeState(state, base));
    } catch (err) {
      if (!(err instanceof TooLargeToShare)) throw err;
      if (seq !== this.seq) return { tooLarge: err };
      if (isShareHash(location.hash)) history.replaceState(null, "", base);
      this.lastHash = "";
      // `unsaved` stays: leaving the page keeps the state for this tab over the bare URL too.
      if (!this.wasTooLarge) this.onTooLarge(err);
      this.wasTooLarge = true;
      return { tooLarge: err };
    }
    this.wasTooLarge = false;
    // Encoding is async: an older flush that finishes late must not overwrite a newer state.
    if (seq !== this.seq) return { url: location.href };
    if (hash !== this.lastHash) {
      this.lastHash = hash;
      history.replaceState(null, "", hash);
    }
    // Until here the page can be left with the hash behind the state (saveNow keeps it then).
    if (this.unsaved === state) {
      this.unsaved = null;
      clearTab();
    }
    return { url: location.href };
  }

  /** Calls back when the user pastes or navigates to a different shared state (`broken`: to a
   * share link that cannot be read; the state is left as it is). */
  onExternalChange(apply: (state: AppState) => void, broken: () => void): void {
    window.addEventListener("hashchange", async () => {
      if (location.hash === this.lastHash) return;
      const state = await decodeState(location.hash);
      if (state) {
        this.lastHash = location.hash;
        this.linked = contentOf(state);
        apply(state);
      } else if (isShareHash(location.hash)) broken();
    });
  }
}
