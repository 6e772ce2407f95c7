// The examples gallery: a menu of cards; picking one replaces the editor text and settings.

import { h, setChildren } from "../dom";
import { EXAMPLES, type Example } from "../examples/index";

export function setupGallery(menu: HTMLDetailsElement, list: HTMLElement, onPick: (ex: Example) => void): void {
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
              menu.open = false;
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
    if (e.key === "Escape" && menu.open) menu.open = false;
  });
}
