// The first keystroke after loading used to compile the code that handles typing: CodeMirror's
// reading of the browser's change to its DOM, its update and measuring of the editor and of the
// output view. Typed once, while idle, into copies of both views that are never painted (made,
// typed into and destroyed in one task), that code is compiled before the user's first key
// (BENCHMARKS.md, "P6: the first keystroke's code").

import { createEditor, measureNow } from "./editor";
import { YamlView } from "./views/yaml-view";
import type { KubeObject } from "modelservice-render";

/** Types one character at the end of the first line of `editorText` into a hidden editor (as the
 * browser does: a keydown, then the text node changed) and shows `outputText` with one character
 * added in a hidden output view; both measured, then destroyed. Resolves to whether the editor
 * took the character from its DOM, as it takes a user's. */
export async function warmTyping(editorText: string, outputText: string): Promise<boolean> {
  const box = document.createElement("div");
  box.setAttribute("aria-hidden", "true");
  box.style.cssText = "position:fixed;left:0;top:0;width:640px;height:480px;overflow:hidden;opacity:0;pointer-events:none;contain:strict;z-index:-1";
  document.body.appendChild(box);
  try {
    const editor = createEditor(box.appendChild(document.createElement("div")), editorText, () => null, () => {}, document.createElement("div"));
    const output = new YamlView(box.appendChild(document.createElement("div")), async () => null);
    try {
      const content = editor.view.contentDOM;
      content.dispatchEvent(new KeyboardEvent("keydown", { key: "x", code: "KeyX", bubbles: true, cancelable: true }));
      const line = content.querySelector(".cm-line");
      const text = lastText(line);
      if (text) text.appendData("x");
      else line?.prepend("x"); // an empty first line holds only a <br>
      await Promise.resolve(); // CodeMirror reads DOM changes in its MutationObserver's callback
      const typed = editor.text().split("\n", 1)[0] === `${editorText.split("\n", 1)[0]}x`;
      measureNow(editor.view);
      const obj = { apiVersion: "v1", kind: "ConfigMap", metadata: { name: "warm" } } as KubeObject;
      output.show(obj, outputText);
      const mid = outputText.indexOf("\n", outputText.length >> 1);
      output.show(obj, mid < 0 ? `${outputText}x` : `${outputText.slice(0, mid)}x${outputText.slice(mid)}`);
      measureNow(output.view);
      return typed;
    } finally {
      editor.view.destroy();
      output.view.destroy();
    }
  } finally {
    box.remove();
  }
}

function lastText(node: Node | null): Text | null {
  for (let n = node?.lastChild ?? null; n; n = n.previousSibling) {
    if (n.nodeType === Node.TEXT_NODE) return n as Text;
    const inner = lastText(n);
    if (inner) return inner;
  }
  return null;
}
