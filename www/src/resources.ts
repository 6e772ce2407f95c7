// Identity and grouping of rendered objects, and the multi-document YAML for `kubectl apply`.

import { toYaml as kubectlSafeYaml, type KubeObject, type ObjectRef } from "modelservice-render";
import { PartPrinter } from "./yaml-parts";

export type Group = "serving" | "epp" | "routing" | "monitoring";

export const GROUPS: { id: Group; title: string }[] = [
  { id: "serving", title: "Serving" },
  { id: "epp", title: "Endpoint picker (EPP)" },
  { id: "routing", title: "Routing" },
  { id: "monitoring", title: "Monitoring" },
];

const text = (v: unknown): string => (typeof v === "string" ? v : "");

export function keyOf(obj: KubeObject | ObjectRef): string {
  if ("metadata" in obj) return `${obj.kind}/${text(obj.metadata.namespace)}/${nameOf(obj)}`;
  return `${obj.kind}/${obj.namespace ?? ""}/${obj.name}`;
}

export function nameOf(obj: KubeObject): string {
  return text(obj.metadata.name);
}

/**
 * The object to show: the user's pick (`selected` key) while it exists; when it is gone (e.g.
 * renamed), the first object of the same kind, else the first object. The worker prints this one
 * ahead of the page, so both must pick the same.
 */
export function pickSelected(resources: KubeObject[], selected: string | undefined): string | undefined {
  if (!resources.length || resources.some((r) => keyOf(r) === selected)) return selected;
  const kind = selected?.split("/")[0];
  return keyOf(resources.find((r) => r.kind === kind) ?? resources[0]);
}

export function groupOf(obj: KubeObject): Group {
  switch (obj.kind) {
    case "PodMonitor":
    case "ServiceMonitor":
      return "monitoring";
    case "InferencePool":
    case "HTTPRoute":
    case "DestinationRule":
      return "routing";
    case "Deployment": {
      const labels = obj.metadata.labels as Record<string, string> | undefined;
      const component = labels?.["app.kubernetes.io/component"] ?? "";
      return component === "epp" || nameOf(obj).endsWith("-epp") ? "epp" : "serving";
    }
    default:
      return "epp";
  }
}

const TOP = ["apiVersion", "kind", "metadata"];
const META = ["name", "namespace", "labels", "annotations", "ownerReferences"];

function reorder<T extends object>(obj: T, first: string[]): T {
  const out: Record<string, unknown> = {};
  const src = obj as Record<string, unknown>;
  for (const k of first) if (k in src) out[k] = src[k];
  for (const [k, v] of Object.entries(src)) if (!(k in out)) out[k] = v;
  return out as T;
}

/** Kubernetes reading order (apiVersion, kind, metadata first); the values are untouched. */
export function forDisplay(obj: KubeObject): KubeObject {
  const top = reorder(obj, TOP);
  if (top.metadata && typeof top.metadata === "object") top.metadata = reorder(top.metadata, META);
  return top;
}

/** The package's writer: kubectl (YAML 1.1) and YAML 1.2 read it back the same (`"on"` quoted). */
export function toYaml(obj: unknown): string {
  const value = obj && typeof obj === "object" && !Array.isArray(obj) ? forDisplay(obj as KubeObject) : obj;
  return kubectlSafeYaml(value);
}

const shownPrinter = new PartPrinter();

/** `toYaml`'s text, re-printing only what changed since the last object printed here: for the
 * object on screen, printed again after every edit (yaml-parts.ts). */
export function toYamlAgain(obj: KubeObject): string {
  return shownPrinter.print(forDisplay(obj));
}

/** Every resource as one multi-document YAML stream, ready for `kubectl apply -f -`. */
export function allToYaml(resources: KubeObject[]): string {
  return resources.map((r) => `---\n${toYaml(r)}`).join("");
}
