// Reads the ModelService JSON Schema that the package exports (the same data the Rust validator
// uses), for completion and hover docs. Understands $ref, allOf, anyOf/oneOf, properties,
// additionalProperties and items — the constructs a generated Kubernetes-style schema uses.

import type { JsonSchema } from "./types";

export type Segment = string | number;

export interface FieldDoc {
  type: string;
  description?: string;
  default?: unknown;
  enum?: unknown[];
  constraints: string[];
  required: boolean;
}

export class SchemaIndex {
  constructor(private root: JsonSchema) {}

  /** Follows `$ref`s and merges `allOf` so callers see one flat schema. */
  deref(schema: JsonSchema | undefined, depth = 0): JsonSchema | undefined {
    if (!schema || depth > 32) return schema;
    let s = schema;
    if (s.$ref) {
      const target = this.lookup(s.$ref);
      const { $ref: _ignored, ...rest } = s;
      s = { ...(this.deref(target, depth + 1) ?? {}), ...rest };
    }
    if (s.allOf) {
      let merged: JsonSchema = { ...s, allOf: undefined };
      for (const part of s.allOf) {
        const p = this.deref(part, depth + 1) ?? {};
        merged = {
          ...p,
          ...merged,
          properties: { ...(p.properties ?? {}), ...(merged.properties ?? {}) },
          required: [...(p.required ?? []), ...(merged.required ?? [])],
        };
      }
      s = merged;
    }
    const alternatives = s.anyOf ?? s.oneOf;
    if (alternatives && !s.properties && !s.type) {
      // Prefer the structured branch (object/array) of a nullable or int-or-string union.
      const branches = alternatives.map((b) => this.deref(b, depth + 1) ?? {});
      const rich = branches.find((b) => b.properties || b.items || b.additionalProperties);
      const nonNull = branches.filter((b) => b.type !== "null");
      const chosen = rich ?? (nonNull.length === 1 ? nonNull[0] : undefined);
      if (chosen) s = { ...chosen, description: s.description ?? chosen.description, default: s.default ?? chosen.default };
    }
    return s;
  }

  private lookup(ref: string): JsonSchema | undefined {
    if (!ref.startsWith("#")) return undefined;
    let node: unknown = this.root;
    for (const raw of ref.slice(1).split("/").filter(Boolean)) {
      const key = raw.replace(/~1/g, "/").replace(/~0/g, "~");
      node = node && typeof node === "object" ? (node as Record<string, unknown>)[key] : undefined;
    }
    return node as JsonSchema | undefined;
  }

  /** The schema at a path of field names / map keys / list indexes, or undefined. */
  at(path: Segment[]): JsonSchema | undefined {
    let s = this.deref(this.root);
    for (const seg of path) {
      if (!s) return undefined;
      s = this.child(s, seg);
    }
    return s;
  }

  private child(s: JsonSchema, seg: Segment): JsonSchema | undefined {
    if (typeof seg === "number") {
      const items = Array.isArray(s.items) ? s.items[0] : s.items;
      return this.deref(items);
    }
    const prop = s.properties?.[seg];
    if (prop) return this.deref(prop);
    if (s.additionalProperties && typeof s.additionalProperties === "object") {
      return this.deref(s.additionalProperties);
    }
    return undefined;
  }

  /** The fields an object at `path` may have, in schema order. */
  fields(path: Segment[]): { name: string; schema: JsonSchema; required: boolean }[] {
    const s = this.at(path);
    if (!s?.properties) return [];
    const required = new Set(s.required ?? []);
    return Object.entries(s.properties).map(([name, schema]) => ({
      name,
      schema: this.deref(schema) ?? {},
      required: required.has(name),
    }));
  }

  isRequired(path: Segment[]): boolean {
    const last = path[path.length - 1];
    if (typeof last !== "string") return false;
    return (this.at(path.slice(0, -1))?.required ?? []).includes(last);
  }

  doc(path: Segment[]): FieldDoc | undefined {
    const s = this.at(path);
    if (!s) return undefined;
    return describe(s, this.isRequired(path));
  }
}

export function typeName(s: JsonSchema): string {
  if (s["x-kubernetes-int-or-string"]) return "integer | string";
  const t = Array.isArray(s.type) ? s.type.filter((x) => x !== "null").join(" | ") : s.type;
  if (t === "array") {
    const items = Array.isArray(s.items) ? s.items[0] : s.items;
    const inner = items?.type ? String(items.type) : items?.properties ? "object" : "";
    return inner ? `${inner}[]` : "array";
  }
  if (t === "object" && !s.properties && s.additionalProperties) return "map";
  if (!t && s.properties) return "object";
  if (!t && (s.anyOf || s.oneOf)) return "integer | string";
  return t || "any";
}

export function describe(s: JsonSchema, required: boolean): FieldDoc {
  const constraints: string[] = [];
  // The 32-bit limits of an int32 are in the schema for editors that ignore `format`; not news here.
  const int32 = s.format === "int32";
  if (s.minimum !== undefined && !(int32 && s.minimum === -2147483648)) constraints.push(`≥ ${s.minimum}`);
  if (s.maximum !== undefined && !(int32 && s.maximum === 2147483647)) constraints.push(`≤ ${s.maximum}`);
  if (s.minLength !== undefined) constraints.push(`length ≥ ${s.minLength}`);
  if (s.maxLength !== undefined) constraints.push(`length ≤ ${s.maxLength}`);
  if (s.pattern) constraints.push("Kubernetes quantity");
  return {
    type: typeName(s),
    description: s.description,
    default: s.default,
    enum: s.enum,
    constraints,
    required,
  };
}

export function formatPath(path: Segment[]): string {
  let out = "";
  for (const seg of path) {
    if (typeof seg === "number") out += `[${seg}]`;
    else out += out ? `.${seg}` : seg;
  }
  return out;
}
