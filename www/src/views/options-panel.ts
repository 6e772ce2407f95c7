// The operator settings panel: EppConfig (the operator's flags) and render options. Each field
// shows the effective value; only fields the user changed are kept (and shared), so switching
// the operator version moves untouched fields to that release's defaults. The fields, their
// flags, help and per-release defaults come from the package's settings table.

import type { EppConfig, OperatorVersion, RenderOptions } from "modelservice-render";
import { operatorVersions, settings, type Setting } from "modelservice-render/settings";
import { h, setChildren } from "../dom";
import { deleteAt, getAt, hasAt, setAt, type Obj } from "../overrides";

type Kind = "select" | "checkbox" | "text" | "flags";

/** The panel's sections: a setting goes to the one with the longest matching path prefix. */
const SECTIONS: { title: string; prefix: string[] }[] = [
  { title: "Operator", prefix: ["options"] },
  { title: "EPP config", prefix: ["eppConfig"] },
  { title: "Tracing", prefix: ["eppConfig", "tracing"] },
  { title: "Images", prefix: ["options", "images"] },
];

function sectionOf(s: Setting): string {
  const starts = (p: string[]) => p.every((k, i) => s.path[i] === k);
  return SECTIONS.filter((x) => starts(x.prefix)).sort((a, b) => b.prefix.length - a.prefix.length)[0]?.title ?? "";
}

function kindOf(s: Setting): Kind {
  if (s.type === "boolean") return "checkbox";
  if (s.type === "flags") return "flags";
  return s.choices.length ? "select" : "text";
}

/** The settings of each section, the release first (it selects every other default). */
const GROUPS = SECTIONS.map((x) => ({
  title: x.title,
  fields: settings
    .filter((s) => sectionOf(s) === x.title)
    .sort((a, b) => Number(b.type === "release") - Number(a.type === "release")),
}));

/** What the field's caption shows beside its label: the CLI flag, or how to type the flags box. */
function flagText(s: Setting): string {
  return s.flag ? `--${s.flag}` : "key=value per line";
}

export interface Overrides {
  eppConfig: EppConfig;
  options: RenderOptions;
}

export function flagsToText(v: unknown): string {
  if (!v || typeof v !== "object") return "";
  return Object.entries(v as Record<string, string>).map(([k, x]) => `${k}=${x}`).join("\n");
}

/** One `key=value` (or `--key=value`, or a bare `key` = "") per line; blank lines are skipped. */
export function textToFlags(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of text.split("\n")) {
    const t = line.trim().replace(/^--/, "");
    if (!t) continue;
    const eq = t.indexOf("=");
    if (eq < 0) out[t] = "";
    else out[t.slice(0, eq).trim()] = t.slice(eq + 1).trim();
  }
  return out;
}

export class OptionsPanel {
  private overrides: Overrides = { eppConfig: {}, options: {} };

  constructor(
    private root: HTMLElement,
    private defaultVersion: string,
    private onChange: (o: Overrides) => void,
  ) {}

  /** The selected release's default of every setting, as `{eppConfig, options}`; an unknown
   * release (a hand-edited link) shows the default release's values. */
  private effectiveDefaults(): Obj {
    const chosen = this.overrides.options.operatorVersion ?? this.defaultVersion;
    const known = (v: string): v is OperatorVersion => (operatorVersions as readonly string[]).includes(v);
    const version = known(chosen) ? chosen : known(this.defaultVersion) ? this.defaultVersion : operatorVersions[0];
    let out: Obj = { eppConfig: {}, options: {} };
    for (const s of settings) out = setAt(out, [...s.path], s.defaults[version]);
    return out;
  }

  set(o: Overrides): void {
    this.overrides = { eppConfig: { ...o.eppConfig }, options: { ...o.options } };
    this.draw();
  }

  private update(field: Setting, value: unknown): void {
    const defaults = this.effectiveDefaults();
    const [top, ...rest] = field.path;
    const key = top as keyof Overrides;
    const current = this.overrides[key] as Obj;
    const dflt = getAt(defaults, [...field.path]);
    const same = JSON.stringify(value ?? null) === JSON.stringify(dflt ?? null);
    this.overrides = {
      ...this.overrides,
      [key]: same ? deleteAt(current, rest) : setAt(current, rest, value),
    };
    this.draw();
    this.onChange(this.overrides);
  }

  private reset(field: Setting): void {
    const [top, ...rest] = field.path;
    const key = top as keyof Overrides;
    this.overrides = { ...this.overrides, [key]: deleteAt(this.overrides[key] as Obj, rest) };
    this.draw();
    this.onChange(this.overrides);
  }

  draw(): void {
    const defaults = this.effectiveDefaults();
    const all = this.overrides as unknown as Obj;
    setChildren(
      this.root,
      GROUPS.map((section) =>
        h(
          "fieldset",
          { class: "opt-section" },
          h("legend", {}, section.title),
          section.fields.map((f) => {
            const path = [...f.path];
            const kind = kindOf(f);
            const id = `opt-${path.slice(1).join("-")}`;
            const overridden = hasAt(all, path);
            const value = overridden ? getAt(all, path) : getAt(defaults, path);
            let input: HTMLElement;
            if (kind === "select") {
              const sel = h("select", { id, onchange: () => this.update(f, sel.value) },
                f.choices.map((c) => h("option", { value: c }, c)));
              if (typeof value === "string" && !f.choices.includes(value)) sel.append(h("option", { value }, value));
              sel.value = String(value ?? "");
              input = sel;
            } else if (kind === "checkbox") {
              const box = h("input", { id, type: "checkbox", onchange: () => this.update(f, box.checked) });
              box.checked = Boolean(value);
              input = box;
            } else if (kind === "flags") {
              const area = h("textarea", { id, rows: 2, spellcheck: "false", placeholder: "v=2", onchange: () => this.update(f, textToFlags(area.value)) });
              area.value = flagsToText(value);
              input = area;
            } else {
              const text = h("input", { id, type: "text", spellcheck: "false", placeholder: "(empty)", onchange: () => this.update(f, text.value) });
              text.value = String(value ?? "");
              input = text;
            }
            return h(
              "div",
              { class: `opt-field opt-${kind}${overridden ? " overridden" : ""}`, "data-path": path.join(".") },
              h("label", { for: id, title: f.help }, f.label, h("span", { class: "opt-flag" }, flagText(f))),
              h("div", { class: "opt-control" },
                input,
                overridden
                  ? h("button", { type: "button", class: "opt-reset", title: "Back to the default", "aria-label": `Reset ${f.label}`, onclick: () => this.reset(f) }, "↺")
                  : null),
            );
          }),
        ),
      ),
    );
  }
}
