// The ModelService a console might hold: EPP-G1 of shared/spec/cases.md (production defaults).
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
  accelerator:
    type: nvidia
  decode:
    replicas: 1
`;
