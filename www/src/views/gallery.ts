// The examples gallery: a menu of cards; picking one replaces the editor text and settings.

import { h, setChildren } from "../dom";
import { EXAMPLES, type Example } from "../examples/index";

export function setupGallery(menu: HTMLDetailsElement, list: HTMLElement, onPick: (ex: Example) => void): void {
  const summary = menu.querySelector("summary");
  /** Closes the menu; focus inside it (now hidden) goes back to its button, not to the page. */
  const close = (): void => {
    const inside = menu.contains(document.activeElement);
    menu.open = false;
    if (inside) summary?.focus();
  };
  setChildren(
    list,
    EXAMPLES.map((ex) =>
      h(
        "li",
        {},
        h(
          "button",
          {
            type: "button",
            class: "example",
            "data-example": ex.id,
            onclick: () => {
              close();
              onPick(ex);
            },
          },
          h("span", { class: "example-title" }, ex.title),
          h("span", { class: "example-blurb" }, ex.blurb),
        ),
      ),
    ),
  );
  document.addEventListener("click", (e) => {
    if (menu.open && !menu.contains(e.target as Node)) menu.open = false;
  });
  document.addEventListener("keydown", (e) => {
    if (e.key === "Escape" && menu.open) close();
  });
}
