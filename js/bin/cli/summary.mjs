// `modelservice render --summary`: what a ModelService costs the cluster, as a table (default),
// JSON or YAML.
import { toYaml } from "../../src/yaml-writer.mjs";

/** The summary as two aligned tables: totals by resource, then objects by kind. */
export function summaryTable(s) {
  const totals = [
    ["pods (decode)", s.pods.decode],
    ["pods (prefill)", s.pods.prefill],
    ["pods (epp)", s.pods.epp],
    ...Object.entries(s.accelerators),
    ["requests.cpu", s.requests.cpu],
    ["requests.memory", s.requests.memory],
    // A limit total exists only when every container sets that limit.
    ["limits.cpu", s.limits.cpu ?? "unbounded"],
    ["limits.memory", s.limits.memory ?? "unbounded"],
  ];
  const kinds = Object.entries(s.objects);
  const width = Math.max(...[...totals, ...kinds].map(([k]) => k.length), "RESOURCE".length) + 3;
  const row = (a, b) => `${a.padEnd(width)}${b}`;
  return [
    row("RESOURCE", "TOTAL"),
    ...totals.map(([k, v]) => row(k, v)),
    "",
    row("KIND", "COUNT"),
    ...kinds.map(([k, v]) => row(k, v)),
    "",
  ].join("\n");
}

/** `output`: "text" (the table), "json" or "yaml". */
export function formatSummary(s, output) {
  if (output === "json") return JSON.stringify(s, null, 2) + "\n";
  if (output === "yaml") return toYaml(s);
  return summaryTable(s);
}
