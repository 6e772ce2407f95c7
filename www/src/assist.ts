// Completion and hover docs for ModelService fields, driven by the schema the package exports
// (the one the validator uses), read at the cursor by yaml-context.

import type { CompletionContext, CompletionResult, Completion } from "@codemirror/autocomplete";
import { startCompletion } from "@codemirror/autocomplete";
import type { EditorView, Tooltip } from "@codemirror/view";
import { h, withCode } from "./dom";
import { SchemaIndex, describe, formatPath, type FieldDoc, type Segment } from "./schema";
import { cursorContext, keyAt } from "./yaml-context";

export function docNode(path: Segment[], doc: FieldDoc): HTMLElement {
  const facts = [doc.type];
  if (doc.required) facts.push("required");
  if (doc.default !== undefined) facts.push(`default ${JSON.stringify(doc.default)}`);
  facts.push(...doc.constraints);
  return h(
    "div",
    { class: "field-doc" },
    path.length ? h("div", { class: "field-doc-path" }, formatPath(path)) : null,
    h("div", { class: "field-doc-facts" }, facts.join(" · ")),
    doc.description ? h("p", { class: "field-doc-text" }, withCode(doc.description)) : null,
    doc.enum?.length ? h("div", { class: "field-doc-enum" }, "one of: ", doc.enum.map(String).join(" | ")) : null,
  );
}

function scalarLiteral(value: unknown): string {
  if (typeof value === "string") return /^[\w./:@-]+$/.test(value) && !/^(true|false|null|~|\d)/i.test(value) ? value : JSON.stringify(value);
  return JSON.stringify(value);
}

export function schemaCompletion(getIndex: () => SchemaIndex | null) {
  return (ctx: CompletionContext): CompletionResult | null => {
    const index = getIndex();
    if (!index) return null;
    const doc = ctx.state.doc.toString();
    const cur = cursorContext(doc, ctx.pos);
    if (!cur) return null;
    if (cur.from === cur.to && !ctx.explicit && cur.kind === "key") {
      // Only pop up unasked on an empty line when something is being typed.
      return null;
    }
    if (cur.kind === "key") {
      const present = new Set(cur.siblings);
      const indent = " ".repeat(cur.keyCol);
      const options: Completion[] = index
        .fields(cur.path)
        .filter((f) => !present.has(f.name))
        .map((f) => {
          const d = describe(f.schema, f.required);
          const t = d.type;
          const isObject = t === "object" || t === "map";
          const isList = t.endsWith("[]") || t === "array";
          const insert = isObject
            ? `${f.name}:\n${indent}  `
            : isList
              ? `${f.name}:\n${indent}${t === "object[]" ? "- " : "- "}`
              : `${f.name}: `;
          const reopen = !isObject && !isList && (d.enum?.length || t === "boolean" || d.default !== undefined);
          return {
            label: f.name,
            type: "property",
            detail: f.required ? `${t} · required` : t,
            boost: f.required ? 1 : 0,
            info: () => docNode([...cur.path, f.name], d),
            apply: (view: EditorView, _c: Completion, from: number, to: number) => {
              view.dispatch({
                changes: { from, to, insert },
                selection: { anchor: from + insert.length },
                userEvent: "input.complete",
              });
              if (reopen) window.setTimeout(() => startCompletion(view), 0);
            },
          };
        });
      return options.length ? { from: cur.from, to: cur.to, options, validFor: /^[\w.-]*$/ } : null;
    }
    const s = index.at(cur.path);
    if (!s) return null;
    const d = describe(s, index.isRequired(cur.path));
    const values = new Map<string, string>();
    for (const v of d.enum ?? []) values.set(scalarLiteral(v), "enum");
    if (d.type === "boolean") for (const v of ["true", "false"]) values.set(v, "boolean");
    if (d.default !== undefined && (typeof d.default !== "object" || d.default === null)) {
      values.set(scalarLiteral(d.default), "default");
    }
    if (!values.size) return null;
    return {
      from: cur.from,
      to: cur.to,
      options: [...values].map(([label, detail]) => ({
        label,
        detail,
        type: "enum",
        boost: detail === "default" ? 1 : 0,
        info: () => docNode(cur.path, d),
      })),
      validFor: /^[\w."'-]*$/,
    };
  };
}

export function schemaHover(getIndex: () => SchemaIndex | null) {
  return (view: EditorView, pos: number): Tooltip | null => {
    const index = getIndex();
    if (!index) return null;
    const hit = keyAt(view.state.doc.toString(), pos);
    if (!hit) return null;
    const doc = index.doc(hit.path);
    if (!doc) return null;
    return {
      pos: hit.from,
      end: hit.to,
      above: true,
      create: () => ({ dom: docNode(hit.path, doc) }),
    };
  };
}
