// The examples gallery: real-world ModelServices (see shared/design/users.md), each with the
// operator settings it is meant to be seen with.

import type { EppConfig, RenderOptions } from "modelservice-render";
import minimal from "./minimal.yaml?raw";
import pd from "./pd-disaggregation.yaml?raw";
import privateRegistry from "./private-registry.yaml?raw";
import gke from "./gke-provider.yaml?raw";
import monitoring from "./monitoring.yaml?raw";
import haEpp from "./ha-epp.yaml?raw";
import httpRoute from "./explicit-httproute.yaml?raw";

export interface Example {
  id: string;
  title: string;
  blurb: string;
  yaml: string;
  eppConfig?: EppConfig;
  options?: RenderOptions;
}

export const EXAMPLES: Example[] = [
  { id: "minimal", title: "Minimal", blurb: "One decode role; operator defaults decide the rest.", yaml: minimal },
  { id: "pd", title: "P/D disaggregation", blurb: "Prefill + decode, routing sidecar, NIXL, HAMi GPU sharing.", yaml: pd },
  {
    id: "private-registry",
    title: "Private registry",
    blurb: "Harbor model pack, pull secret, mirrored operator images.",
    yaml: privateRegistry,
    options: {
      images: {
        epp: "harbor.internal.example/mirror/llm-d-inference-scheduler:v0.6.0",
        kit: "harbor.internal.example/mirror/kitops:v1.11.0",
      },
    },
  },
  { id: "gke", title: "GKE provider", blurb: "--provider=gke: no DestinationRule, no token Secret.", yaml: gke, eppConfig: { provider: "gke" } },
  { id: "monitoring", title: "Monitoring on", blurb: "PodMonitors every 15 s and an EPP ServiceMonitor.", yaml: monitoring },
  { id: "ha-epp", title: "HA EPP", blurb: "3 EPP replicas with leader election, fail-open.", yaml: haEpp },
  { id: "httproute", title: "Explicit HTTPRoute", blurb: "Your gateway and hostnames instead of the default route.", yaml: httpRoute },
];

export const DEFAULT_EXAMPLE = EXAMPLES[0];
