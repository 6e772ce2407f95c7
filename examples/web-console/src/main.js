// What a web console does with the package: load the wasm once, render, list the objects.
import { init, render, toYamlStream } from "modelservice-render";
import { SAMPLE } from "./sample.js";

const $ = (id) => document.getElementById(id);

function item(text, data) {
  const li = document.createElement("li");
  li.textContent = text;
  Object.assign(li.dataset, data);
  return li;
}

async function main() {
  await init(); // the .wasm is bundled by Vite next to the script
  const { resources, diagnostics } = render(SAMPLE);
  $("name").textContent = "qwen3-0.6b";
  $("objects").replaceChildren(...resources.map((r) => item(`${r.kind} ${r.metadata.name}`, { kind: r.kind, name: r.metadata.name })));
  $("diagnostics").replaceChildren(
    ...diagnostics.map((d) => item(`${d.line}:${d.column} ${d.severity} ${d.code}: ${d.message}`, { severity: d.severity })),
  );
  // What `kubectl apply -f -` would take: the package's writer quotes what kubectl misreads.
  $("manifests").textContent = toYamlStream(resources);
  $("status").textContent = `${resources.length} objects`;
}

main().then(
  () => (document.body.dataset.state = "ready"),
  (e) => {
    document.body.dataset.state = "failed";
    $("status").textContent = `Failed: ${e.message}`;
    throw e;
  },
);
