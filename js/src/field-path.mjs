// Field path steps → the Kubernetes-style path string the core writes (`spec.decode.nodeSelector[gpu]`,
// `spec.engine.env[2].value`): a schema property is `.name`, a map key `[key]`, a list item `[i]`.
// Which steps are map keys comes from the ModelService schema, the same data the core validates with.
import { schemas } from "./schemas.mjs";

const ROOT = schemas["v1.0.1"];

/** `segments`: strings (fields or keys) and numbers (list indexes). */
export function fieldPath(segments) {
  let schema = ROOT;
  let out = "";
  for (const s of segments) {
    if (typeof s === "number") {
      out += `[${s}]`;
      schema = schema?.items;
    } else if (schema?.properties?.[s] === undefined && schema?.additionalProperties && typeof schema.additionalProperties === "object") {
      out += `[${s}]`;
      schema = schema.additionalProperties;
    } else {
      out += out === "" ? s : `.${s}`;
      schema = schema?.properties?.[s];
    }
  }
  return out;
}
