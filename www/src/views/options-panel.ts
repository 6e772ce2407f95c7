// The operator settings panel: EppConfig (the operator's flags) and render options. Each field
// shows the effective value; only fields the user changed are kept (and shared), so switching
// the operator version moves untouched fields to that release's defaults.

import { h, setChildren } from "../dom";
import { deleteAt, getAt, hasAt, setAt, type Obj } from "../overrides";
import type { Defaults, EppConfig, RenderOptions } from "modelservice-render";
import { OPERATOR_VERSIONS } from "../types";

type Kind = "select" | "checkbox" | "text" | "flags";
interface Field {
  path: string[]; // first element: "eppConfig" | "options"
  label: string;
  flag?: string;
  kind: Kind;
  choices?: readonly string[];
}

const SECTIONS: { title: string; fields: Field[] }[] = [
  {
    title: "Operator",
    fields: [
      { path: ["options", "operatorVersion"], label: "Operator release", kind: "select", choices: OPERATOR_VERSIONS },
      { path: ["options", "version"], label: "Version label", flag: "app.kubernetes.io/version", kind: "text" },
    ],
  },
  {
    title: "EPP config",
    fields: [
      { path: ["eppConfig", "provider"], label: "Provider", flag: "--provider", kind: "select", choices: ["istio", "gke", "none"] },
      { path: ["eppConfig", "defaultGatewayName"], label: "Default gateway", flag: "--default-gateway-name", kind: "text" },
      { path: ["eppConfig", "metricsEndpointAuth"], label: "Metrics endpoint auth", flag: "--metrics-endpoint-auth", kind: "checkbox" },
      { path: ["eppConfig", "flags"], label: "Extra EPP flags", flag: "key=value per line", kind: "flags" },
    ],
  },
  {
    title: "Tracing",
    fields: [
      { path: ["eppConfig", "tracing", "enabled"], label: "Enabled", flag: "--tracing-enabled", kind: "checkbox" },
      { path: ["eppConfig", "tracing", "otelExporterEndpoint"], label: "OTel endpoint", flag: "--tracing-otel-endpoint", kind: "text" },
      { path: ["eppConfig", "tracing", "sampler"], label: "Sampler", flag: "--tracing-sampler", kind: "text" },
      { path: ["eppConfig", "tracing", "samplerArg"], label: "Sampler arg", flag: "--tracing-sampler-arg", kind: "text" },
    ],
  },
  {
    title: "Images",
    fields: [
      { path: ["options", "images", "engine"], label: "Engine", flag: "--default-engine-image", kind: "text" },
      { path: ["options", "images", "epp"], label: "EPP", flag: "--default-epp-image", kind: "text" },
      { path: ["options", "images", "routingProxy"], label: "Routing proxy", flag: "--default-routing-proxy-image", kind: "text" },
      { path: ["options", "images", "kit"], label: "Kit (model unpack)", flag: "--kit-image", kind: "text" },
    ],
  },
];

export interface Overrides {
  eppConfig: EppConfig;
  options: RenderOptions;
}

function flagsToText(v: unknown): string {
  if (!v || typeof v !== "object") return "";
  return Object.entries(v as Record<string, string>).map(([k, x]) => `${k}=${x}`).join("\n");
}

function textToFlags(text: string): Record<string, string> {
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
    private defaultsFor: (operatorVersion: string) => Defaults,
    private defaultVersion: string,
    private onChange: (o: Overrides) => void,
  ) {}

  private effectiveDefaults(): Obj {
    const version = (this.overrides.options.operatorVersion as string | undefined) ?? this.defaultVersion;
    const d = this.defaultsFor(version);
    return {
      eppConfig: d.eppConfig ?? {},
      options: { ...(d.options ?? {}), operatorVersion: (d.options?.operatorVersion as string) ?? version },
    };
  }

  set(o: Overrides): void {
    this.overrides = { eppConfig: { ...o.eppConfig }, options: { ...o.options } };
    this.draw();
  }

  private update(field: Field, value: unknown): void {
    const defaults = this.effectiveDefaults();
    const [top, ...rest] = field.path;
    const key = top as keyof Overrides;
    const current = this.overrides[key] as Obj;
    const dflt = getAt(defaults, field.path);
    const same = JSON.stringify(value ?? null) === JSON.stringify(dflt ?? (field.kind === "flags" ? {} : null));
    this.overrides = {
      ...this.overrides,
      [key]: same ? deleteAt(current, rest) : setAt(current, rest, value),
    };
    this.draw();
    this.onChange(this.overrides);
  }

  private reset(field: Field): void {
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
      SECTIONS.map((section) =>
        h(
          "fieldset",
          { class: "opt-section" },
          h("legend", {}, section.title),
          section.fields.map((f) => {
            const id = `opt-${f.path.slice(1).join("-")}`;
            const overridden = hasAt(all, f.path);
            const value = overridden ? getAt(all, f.path) : getAt(defaults, f.path);
            let input: HTMLElement;
            if (f.kind === "select") {
              const sel = h("select", { id, onchange: () => this.update(f, sel.value) },
                (f.choices ?? []).map((c) => h("option", { value: c }, c)));
              if (typeof value === "string" && !(f.choices ?? []).includes(value)) sel.append(h("option", { value }, value));
              sel.value = String(value ?? "");
              input = sel;
            } else if (f.kind === "checkbox") {
              const box = h("input", { id, type: "checkbox", onchange: () => this.update(f, box.checked) });
              box.checked = Boolean(value);
              input = box;
            } else if (f.kind === "flags") {
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
              { class: `opt-field opt-${f.kind}${overridden ? " overridden" : ""}`, "data-path": f.path.join(".") },
              h("label", { for: id }, f.label, f.flag ? h("span", { class: "opt-flag" }, f.flag) : null),
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
