// Syntax colours as CSS variables, so one highlight style follows the light/dark theme.
import { HighlightStyle, syntaxHighlighting } from "@codemirror/language";
import { tags as t } from "@lezer/highlight";

export const themedHighlighting = syntaxHighlighting(
  HighlightStyle.define([
    { tag: [t.propertyName, t.definition(t.propertyName)], color: "var(--hl-key)" },
    { tag: [t.string, t.special(t.string), t.content], color: "var(--hl-string)" },
    { tag: [t.number, t.bool, t.null, t.atom], color: "var(--hl-atom)" },
    { tag: [t.comment, t.lineComment], color: "var(--hl-comment)", fontStyle: "italic" },
    { tag: [t.keyword, t.typeName, t.labelName, t.meta], color: "var(--hl-keyword)" },
    { tag: [t.punctuation, t.separator, t.squareBracket, t.brace], color: "var(--hl-punct)" },
  ]),
);
