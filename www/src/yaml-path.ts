// The field path of the scalar under an offset in well-formed YAML (the output view), with real
// list indexes — the form `explain` origins use (`spec.template.spec.containers[0].args[4]`).

import { parseDocument, isMap, isSeq, isScalar, isPair, type Node as YNode } from "yaml";

export type PathSeg = string | number;

export interface LeafHit {
  path: PathSeg[];
  from: number;
  to: number;
}

function within(node: YNode | null | undefined, offset: number): boolean {
  const r = node?.range;
  return !!r && offset >= r[0] && offset <= r[1];
}

export function leafAt(text: string, offset: number): LeafHit | null {
  const doc = parseDocument(text);
  let node = doc.contents as YNode | null;
  const path: PathSeg[] = [];
  for (let guard = 0; node && guard < 256; guard++) {
    if (isMap(node)) {
      const pair = node.items.find(
        (p) => isPair(p) && (within(p.key as YNode, offset) || within(p.value as YNode, offset)),
      );
      if (!pair) return node.items.length === 0 && node.range ? { path, from: node.range[0], to: node.range[1] } : null;
      const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
      path.push(key);
      if (within(pair.key as YNode, offset) && !within(pair.value as YNode, offset)) {
        const r = (pair.key as YNode).range!;
        return { path, from: r[0], to: r[1] };
      }
      node = pair.value as YNode;
    } else if (isSeq(node)) {
      const i = node.items.findIndex((it) => within(it as YNode, offset));
      if (i < 0) return node.items.length === 0 && node.range ? { path, from: node.range[0], to: node.range[1] } : null;
      path.push(i);
      node = node.items[i] as YNode;
    } else if (isScalar(node)) {
      const r = node.range!;
      return { path, from: r[0], to: r[1] };
    } else return null;
  }
  return null;
}

/** Splits `a.b[0][app.kubernetes.io/name].c` into segments (indexes and keys as strings). */
export function splitPath(path: string): string[] {
  const out: string[] = [];
  const re = /\[([^\]]*)\]|\.?([^.[\]]+)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(path))) out.push(m[1] ?? m[2]);
  return out;
}

export function pathKey(segments: (string | number)[]): string {
  return segments.map(String).join("\u0000");
}
