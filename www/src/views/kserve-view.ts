// The KServe tab: the LLMInferenceService that replaces this ModelService on KServe (v0.20.0),
// the objects kept beside it, and every migration diagnostic, each linked to its ModelService line.

import { h, setChildren } from "../dom";
import { allToYaml, nameOf, toYaml } from "../resources";
import { showDiagnostics } from "./diagnostics-list";
import type { MigrateOptions, MigrateResult } from "modelservice-render";

const VERSIONS = ["serving.kserve.io/v1alpha2", "serving.kserve.io/v1alpha1"] as const;

export interface KserveHandlers {
  /** `options.migrate` changed (undefined when both fields are back to their defaults). */
  setOptions: (o: MigrateOptions | undefined) => void;
  goTo: (line: number, column: number) => void;
  /** Shows the field of a setting (`options.…`, `eppConfig.…`). */
  goToSetting: (path: string) => void;
  download: (yaml: string, name: string) => void;
  /** Download asked with no objects to download (the spec has errors). */
  nothingToDownload: () => void;
}

export class KserveView {
  private controls: HTMLElement;
  private counter = h("span", { class: "problem-counts" });
  private diagnostics = h("div", { class: "kserve-diagnostics" });
  private objects = h("div", { class: "kserve-objects" });
  private apiVersion: HTMLSelectElement;
  private modelUri: HTMLInputElement;
  private resources: MigrateResult["resources"] = [];

  constructor(
    root: HTMLElement,
    private on: KserveHandlers,
  ) {
    this.apiVersion = h("select", { id: "kserve-api-version", onchange: () => this.emit() }, VERSIONS.map((v) => h("option", { value: v }, v))) as HTMLSelectElement;
    this.modelUri = h("input", {
      id: "kserve-model-uri",
      type: "text",
      placeholder: "keep the operator's kit unpack",
      spellcheck: "false",
      onchange: () => this.emit(),
    }) as HTMLInputElement;
    this.controls = h(
      "div",
      { class: "kserve-controls" },
      h("label", {}, "apiVersion ", this.apiVersion),
      h("label", {}, "spec.model.uri ", this.modelUri),
      h("button", { type: "button", class: "button small", id: "kserve-download", onclick: () => this.download() }, "Download YAML"),
    );
    setChildren(
      root,
      h("p", { class: "kserve-intro" }, "What KServe's LLMInferenceService makes of this ModelService, and what changes or is lost (docs/migration.md)."),
      this.controls,
      h("h3", {}, "Migration ", this.counter),
      this.diagnostics,
      h("h3", {}, "Objects"),
      this.objects,
    );
  }

  /** Reflects `options.migrate` (shared state) in the controls. */
  set(o: MigrateOptions | undefined): void {
    this.apiVersion.value = o?.apiVersion ?? VERSIONS[0];
    this.modelUri.value = o?.modelUri ?? "";
  }

  show(result: MigrateResult | undefined): void {
    if (!result) return;
    showDiagnostics(this.diagnostics, this.counter, result.diagnostics, this.on.goTo, this.on.goToSetting);
    this.resources = result.resources;
    if (!result.resources.length) {
      setChildren(this.objects, h("p", { class: "empty" }, "No objects (fix the errors first)."));
      return;
    }
    setChildren(
      this.objects,
      result.resources.map((r, i) =>
        h(
          "details",
          { class: "kserve-object", open: i === 0, "data-kind": r.kind, "data-name": nameOf(r) },
          h("summary", {}, h("span", { class: "res-kind" }, r.kind), " ", h("span", { class: "res-name" }, nameOf(r))),
          h("pre", { class: "yaml kserve-yaml" }, toYaml(r)),
        ),
      ),
    );
  }

  private emit(): void {
    const o: MigrateOptions = {};
    if (this.apiVersion.value !== VERSIONS[0]) o.apiVersion = this.apiVersion.value as MigrateOptions["apiVersion"];
    if (this.modelUri.value.trim() !== "") o.modelUri = this.modelUri.value.trim();
    this.on.setOptions(Object.keys(o).length ? o : undefined);
  }

  private download(): void {
    const first = this.resources[0];
    if (first) this.on.download(allToYaml(this.resources), `${nameOf(first)}-llminferenceservice`);
    else this.on.nothingToDownload();
  }
}
