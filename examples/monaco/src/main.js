// A ModelService editor in Monaco, as a web console would embed it: monaco-yaml gives hover docs
// and completion from the package's JSON Schema; the markers are lint's findings, computed with the
// rendered objects in a Web Worker (as the playground does) so typing never waits on the wasm.
import * as monaco from "monaco-editor/esm/vs/editor/edcore.main.js";
import "monaco-editor/esm/vs/basic-languages/yaml/yaml.contribution.js";
import EditorWorker from "monaco-editor/esm/vs/editor/editor.worker.js?worker";
import { configureMonacoYaml } from "monaco-yaml";
import SAMPLE from "../../minimal.yaml?raw";
import { toMarkers } from "./markers.js";
import RenderWorker from "./render.worker.js?worker";
import YamlWorker from "./yaml.worker.js?worker";

const $ = (id) => document.getElementById(id);
const SCHEMA_URI = "inmemory://modelservice-render/modelservice.schema.json";
const MODEL_URI = monaco.Uri.parse("file:///modelservice.yaml");

self.MonacoEnvironment = {
  getWorker: (_id, label) => (label === "yaml" ? new YamlWorker() : new EditorWorker()),
};

function item(text, data) {
  const li = document.createElement("li");
  li.textContent = text;
  Object.assign(li.dataset, data);
  return li;
}

function show(model, { resources, diagnostics }) {
  monaco.editor.setModelMarkers(model, "modelservice", toMarkers(monaco, model, diagnostics));
  $("problems").replaceChildren(
    ...diagnostics.map((d) => item(`${d.line}:${d.column} ${d.severity} ${d.code}: ${d.message}`, { severity: d.severity })),
  );
  const objects = resources.map((r) => {
    const li = item("", { kind: r.kind, name: r.metadata.name });
    const details = document.createElement("details");
    const summary = document.createElement("summary");
    const pre = document.createElement("pre");
    summary.textContent = `${r.kind} ${r.metadata.name}`;
    pre.textContent = JSON.stringify(r, null, 2); // JSON: read the same way by every tool, kubectl included
    details.append(summary, pre);
    li.append(details);
    return li;
  });
  $("objects").replaceChildren(...objects);
  const errors = diagnostics.filter((d) => d.severity === "error").length;
  $("status").textContent = errors > 0 ? `${errors} error${errors === 1 ? "" : "s"}: no objects` : `${resources.length} objects`;
}

async function main() {
  const worker = new RenderWorker();
  const { schema } = await new Promise((resolve, reject) => {
    worker.onmessage = ({ data }) => data.type === "ready" && resolve(data);
    worker.onerror = (e) => reject(new Error(e.message || "the render worker failed to start"));
  });
  // Lint reports everything the schema would (and more), so monaco-yaml only assists.
  configureMonacoYaml(monaco, {
    enableSchemaRequest: false,
    validate: false,
    hover: true,
    completion: true,
    schemas: [{ uri: SCHEMA_URI, fileMatch: [MODEL_URI.toString()], schema }],
  });
  const model = monaco.editor.createModel(SAMPLE, "yaml", MODEL_URI);
  const editor = monaco.editor.create($("editor"), { model, automaticLayout: true, minimap: { enabled: false }, tabSize: 2 });

  // Latest wins: while a render runs, only the newest text waits.
  let busy = false;
  let waiting = false;
  const request = () => {
    if (busy) return void (waiting = true);
    busy = true;
    worker.postMessage({ version: model.getVersionId(), text: model.getValue() });
  };
  worker.onmessage = ({ data }) => {
    busy = false;
    if (waiting) {
      waiting = false;
      request();
      return;
    }
    show(model, data);
    document.body.dataset.version = String(data.version); // the model version now shown
  };
  model.onDidChangeContent(request);
  request();
  // For tests and the browser console.
  window.modelServiceEditor = { monaco, editor, model };
}

main().then(
  () => (document.body.dataset.state = "ready"),
  (e) => {
    document.body.dataset.state = "failed";
    $("status").textContent = `Failed: ${e.message}`;
    throw e;
  },
);
