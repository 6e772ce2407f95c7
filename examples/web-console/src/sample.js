// The ModelService a console might hold: EPP-G1 of shared/spec/cases.md (production defaults),
// with env values and a node selector that kubectl would misread unquoted.
export const SAMPLE = `apiVersion: model.otterscale.io/v1alpha1
kind: ModelService
metadata:
  name: qwen3-0.6b
  namespace: ml-serving
spec:
  model:
    name: Qwen/Qwen3-0.6B
    image: registry.example.com/models/qwen3:v1
  engine:
    port: 8000
    env:
      - name: VLLM_ALLOW_LONG_MAX_MODEL_LEN
        value: "yes"
      - name: UMASK
        value: "0755"
  accelerator:
    type: nvidia
  decode:
    replicas: 1
    nodeSelector:
      nvidia.com/gpu.present: "true"
`;
