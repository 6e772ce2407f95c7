// The render worker, as the playground runs it: loads the wasm once, then answers each text with
// render()'s answer. render() lints first, so its diagnostics are exactly what lint() returns.
import { init, render, schema } from "modelservice-render";

const ready = init().then(() => self.postMessage({ type: "ready", schema: schema() }));

self.onmessage = async ({ data }) => {
  await ready;
  const { resources, diagnostics } = render(data.text);
  self.postMessage({ type: "result", version: data.version, resources, diagnostics });
};
