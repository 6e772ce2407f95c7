// The note above the panes: what the page could not do with the user's link, and what to do
// instead. It stays until dismissed (renders do not clear it).

import { byId, h, setChildren, setHidden } from "../dom";
import type { TooLargeToShare } from "../share";

export function showNotice(message: string): void {
  const notice = byId("notice");
  const dismiss = h("button", { type: "button", class: "button small", onclick: () => setHidden(notice, true) }, "Dismiss");
  setChildren(notice, h("span", {}, message), dismiss);
  setHidden(notice, false);
}

/** What a sender is told about a state no link can carry, and what to do instead. */
export function tooLargeMessage(t: TooLargeToShare, hasBaseline: boolean): string {
  const mb = (n: number) => (n / 1e6).toFixed(1);
  const size = t.what === "state" ? `${mb(t.size)} MB of spec, baseline and settings` : `a link of ${mb(t.size)} MB`;
  const instead = hasBaseline
    ? "Clear the Compare baseline (the link carries it too), or send the spec as a file instead"
    : "Send the spec as a file instead";
  return `Too large for a share link: ${size}, over the ${mb(t.limit)} MB a link can open with. ${instead}. It stays autosaved in this browser.`;
}

const BROKEN_LINK = "This share link could not be read: it may have been cut short or changed. Ask for it again";

/** A link that could not be read: opened with the page (`shown`: what the page shows instead), or
 * pasted into the open tab (`null`: the spec there is kept). */
export function brokenLinkMessage(shown: "autosave" | "example" | null): string {
  if (shown === null) return `${BROKEN_LINK}; the spec here is unchanged.`;
  return `${BROKEN_LINK}; meanwhile this is ${shown === "autosave" ? "your last autosaved spec" : "the minimal example"}.`;
}
