// Deliberate mistakes a consumer could make; test/types.test.mjs runs `tsc --strict` on this file
// and asserts that exactly the lines marked `// expect TSxxxx` fail, each with that error code.
import { diff, lint, migrate, observeStatus, render, summary, type ModelService } from "modelservice-render";

const ms: ModelService = {
  metadata: { name: "qwen3-0.6b" },
  spec: {
    model: { name: "Qwen/Qwen3-0.6B", image: "registry.example.com/models/qwen3:v1" },
    engine: {},
    accelerator: { type: "nvidia" },
    decode: {},
  },
};

render(ms, { provider: "nginx" }); // expect TS2322 wrong provider
render(ms, {}, { operatorVersion: "v2" }); // expect TS2322 unknown operator version
render(ms).manifests; // expect TS2339 no such result field
render(ms, 42); // expect TS2559 a number as eppConfig
lint(ms, { metricsEndpointAuth: "false" }); // expect TS2322 a string for a boolean flag
summary(ms).pods.total; // expect TS2339 no such summary field
diff(ms).changes; // expect TS2554 diff needs before and after
observeStatus(ms, { decode: { status: { readyReplicas: "1" } } }); // expect TS2322 readyReplicas is a number
const gpu: ModelService["spec"]["accelerator"] = { type: "tpu" }; // expect TS2322 unknown accelerator
export const bad: ModelService = { spec: ms.spec }; // expect TS2741 metadata is required
for (const c of diff(ms, ms).changes) if (c.action === "modify") console.log(c, gpu); // expect TS2367 no such action
migrate(ms, {}, { migrate: { apiVersion: "serving.kserve.io/v1beta1" } }); // expect TS2820 unknown LLMInferenceService version
migrate(ms).absent; // expect TS2339 migrate answers no absent list
