// GENERATED from the Rust types by `cargo test --features typescript --test typescript`
// (src/typescript.rs). Do not edit: change the Rust types or the schema, then run
// `make generate`.

/** A ModelService (model.otterscale.io/v1alpha1, otterscale/api v1.0.0). */
export type ModelService = {
  /** API group and version: always `model.otterscale.io/v1alpha1`. May be omitted here. */
  apiVersion?: "model.otterscale.io/v1alpha1";
  /** Object kind: always `ModelService`. May be omitted here. */
  kind?: "ModelService";
  /** Standard object metadata. Requires `name`; only the standard ObjectMeta fields are allowed. */
  metadata: {
    /** Name of the ModelService. Used as-is in the serving Deployment, PodMonitor, InferencePool and HTTPRoute names and labels; EPP objects use a DNS-1035-sanitized form. */
    name: string;
    /** Prefix for a server-generated name when `name` is empty; not read by the operator. */
    generateName?: string;
    /** Namespace of the ModelService; every namespaced child object is created in it. Omitted: `default`. */
    namespace?: string;
    /** Deprecated, read-only URL of the object; ignored. */
    selfLink?: string;
    /** Unique ID set by the API server. When given, namespaced child objects get a controller ownerReference to the ModelService. */
    uid?: string;
    /** Opaque version set by the API server; ignored. */
    resourceVersion?: string;
    /** Spec generation set by the API server; copied into status.observedGeneration and the Ready condition. */
    generation?: number;
    /** Creation time (RFC 3339) set by the API server; ignored. */
    creationTimestamp?: string;
    /** Deletion time (RFC 3339) set by the API server. */
    deletionTimestamp?: string;
    /** Seconds left before deletion; set by the server. */
    deletionGracePeriodSeconds?: number;
    /** Labels of the ModelService itself; not copied to any child object. */
    labels?: Record<string, string>;
    /** Annotations of the ModelService itself; not copied anywhere (pod annotations go in `spec.decode.annotations` / `spec.prefill.annotations`). */
    annotations?: Record<string, string>;
    /** Objects that own this ModelService. */
    ownerReferences?: Array<{
      /** API version of the owner. */
      apiVersion: string;
      /** Kind of the owner. */
      kind: string;
      /** Name of the owner. */
      name: string;
      /** UID of the owner. */
      uid: string;
      /** True when the owner is the managing controller. */
      controller?: boolean;
      /** Foreground deletion of the owner waits for this object. */
      blockOwnerDeletion?: boolean;
    }>;
    /** Finalizers; the operator adds `model.otterscale.io/epp-cluster-rbac` to remove the cluster-scoped EPP RBAC on deletion. */
    finalizers?: Array<string>;
    /** Server-side-apply bookkeeping written by the API server; ignored. */
    managedFields?: Array<Record<string, unknown>>;
  };
  /** Desired serving configuration. Requires `model`, `engine`, `accelerator` and `decode`. */
  spec: {
    /** The model to serve: its OCI artifact and the name it is served under. Requires `name` and `image`. */
    model: {
      /** Model name clients use in OpenAI-style requests (e.g. `qwen/Qwen3-32B`); passed verbatim to vLLM as `--served-model-name`. 1–253 characters. */
      name: string;
      /** OCI reference of the model artifact (a ModelKit), e.g. `registry.example.com/models/qwen3-32b:v1`; unpacked by the kit init container into `mountPath`. */
      image: string;
      /** Where the model is unpacked in the serving containers; vLLM's `--model` points here. Default `/models`. Default: `"/models"`. */
      mountPath?: string;
      /** Secrets used to pull the model artifact from a private registry. */
      imagePullSecrets?: Array<{
        /** Name of a Secret in the ModelService's namespace. Default "" (almost surely wrong). Default: `""`. */
        name?: string;
      }>;
    };
    /** The inference engine (vLLM) container. */
    engine: {
      /** vLLM container image. Empty: the operator's `--default-engine-image` (ghcr.io/llm-d/llm-d-cuda:v0.5.1 by default). */
      image?: string;
      /** Pull policy of the vLLM container: Always, IfNotPresent or Never. Empty: left unset. */
      imagePullPolicy?: string;
      /** Extra vLLM arguments, appended after the generated ones (--model, --port, --served-model-name, parallelism flags). */
      args?: Array<string>;
      /** Extra environment variables of the vLLM container, appended after TP_SIZE, DP_SIZE and DP_SIZE_LOCAL. */
      env?: Array<{
        /** Name of the environment variable (printable ASCII characters except `=`). */
        name: string;
        /** Value; `$(VAR)` references to earlier variables are expanded, `$$` escapes. Default "". */
        value?: string;
        /** Where the value comes from; use instead of `value`. */
        valueFrom?: {
          /** Take the value from a key of a ConfigMap. Requires `key`. */
          configMapKeyRef?: {
            /** The key to select. */
            key: string;
            /** Name of the ConfigMap. Default "" (almost surely wrong). Default: `""`. */
            name?: string;
            /** Allow the ConfigMap or key to be missing. */
            optional?: boolean;
          };
          /** Take the value from a field of the pod. Requires `fieldPath`. */
          fieldRef?: {
            /** API version of `fieldPath`; default "v1". */
            apiVersion?: string;
            /** Pod field to select, e.g. `metadata.name`, `status.podIP`. */
            fieldPath: string;
          };
          /** Take the value from a key of an env file in a volume (EnvFiles feature gate). Requires `key`, `path` and `volumeName`. */
          fileKeyRef?: {
            /** The key within the env file. */
            key: string;
            /** Allow the file or key to be missing. Default false. Default: `false`. */
            optional?: boolean;
            /** Relative path of the env file inside the volume (no `..`). */
            path: string;
            /** Volume mount that holds the env file. */
            volumeName: string;
          };
          /** Take the value from a resource limit or request of the container. Requires `resource`. */
          resourceFieldRef?: {
            /** Container to read; default this one. */
            containerName?: string;
            /** Unit of the exposed value, a quantity; default "1". */
            divisor?: string | number;
            /** Resource to select, e.g. `limits.cpu`, `requests.memory`. */
            resource: string;
          };
          /** Take the value from a key of a Secret in the namespace. Requires `key`. */
          secretKeyRef?: {
            /** The key of the Secret to select. */
            key: string;
            /** Name of the Secret. Default "" (almost surely wrong). Default: `""`. */
            name?: string;
            /** Allow the Secret or key to be missing. */
            optional?: boolean;
          };
        };
      }>;
      /** Port clients reach vLLM on (with a routing proxy, the proxy's port; vLLM then listens on `routingProxy.targetPort`). 1–65535, default 8000. Default: `8000`. */
      port?: number;
    };
    /** The accelerator the serving pods run on. Requires `type`. */
    accelerator: {
      /** Accelerator hardware: picks the GPU resource name (e.g. nvidia.com/gpu) the operator requests tensor × dataLocal of; `cpu` requests none. */
      type: "nvidia" | "amd" | "intel-gaudi" | "google" | "cpu";
    };
    /** Decode (or unified) serving pods: without `prefill` these are the only serving pods. */
    decode: {
      /** Number of pods of this role (the Deployment's replicas). Minimum 0, default 1. Default: `1`. */
      replicas?: number;
      /** vLLM tensor/data parallelism of this role. Its fields default to 1 only when the object is present; absent, every value is treated as 1. */
      parallelism?: {
        /** Tensor-parallel size: GPUs sharding one model replica (`--tensor-parallel-size`). Minimum 1, default 1. Default: `1`. */
        tensor?: number;
        /** Data-parallel size (`--data-parallel-size`, DP_SIZE). Minimum 1, default 1. Default: `1`. */
        data?: number;
        /** Data-parallel ranks per pod (`--data-parallel-size-local`); GPUs per pod = tensor × dataLocal. Minimum 1, default 1. Default: `1`. */
        dataLocal?: number;
      };
      /** CPU/memory for the vLLM container. GPU requests and limits are set by the operator (tensor × dataLocal of the accelerator's resource) and overwrite any given here. */
      resources?: {
        /** Dynamic resource claims (DRA) used by the container. */
        claims?: Array<{
          /** Name of an entry in the pod's spec.resourceClaims (unique here). */
          name: string;
          /** One request of that claim; empty makes the whole claim available. */
          request?: string;
        }>;
        /** Maximum resources, e.g. `memory: 64Gi`. Resource name → quantity. */
        limits?: Record<string, string | number>;
        /** Minimum resources the scheduler reserves, e.g. `cpu: "8"`. Resource name → quantity; must not exceed the limit. */
        requests?: Record<string, string | number>;
      };
      /** Node labels the pods must match; copied to the pod spec. */
      nodeSelector?: Record<string, string>;
      /** Taints the pods tolerate; copied to the pod spec. */
      tolerations?: Array<{
        /** Taint key to match; empty matches every key (then `operator` must be Exists). */
        key?: string;
        /** How `value` is compared: Equal (default), Exists, Lt or Gt. */
        operator?: string;
        /** Taint value to match; empty with operator Exists. */
        value?: string;
        /** Taint effect to match: NoSchedule, PreferNoSchedule or NoExecute; empty matches all. */
        effect?: string;
        /** For NoExecute: seconds the pod stays bound after the taint appears; unset means forever. */
        tolerationSeconds?: number;
      }>;
      /** Annotations for the serving pods, copied onto the pod template (operator v1.0.1 / API v1.0.0 only). */
      annotations?: Record<string, string>;
    };
    /** Optional separate prefill pods for prefill/decode disaggregation. Absent: no prefill Deployment (an existing one is deleted). Should come with `routingProxy`. */
    prefill?: {
      /** Number of pods of this role (the Deployment's replicas). Minimum 0, default 1. Default: `1`. */
      replicas?: number;
      /** vLLM tensor/data parallelism of this role. Its fields default to 1 only when the object is present; absent, every value is treated as 1. */
      parallelism?: {
        /** Tensor-parallel size: GPUs sharding one model replica (`--tensor-parallel-size`). Minimum 1, default 1. Default: `1`. */
        tensor?: number;
        /** Data-parallel size (`--data-parallel-size`, DP_SIZE). Minimum 1, default 1. Default: `1`. */
        data?: number;
        /** Data-parallel ranks per pod (`--data-parallel-size-local`); GPUs per pod = tensor × dataLocal. Minimum 1, default 1. Default: `1`. */
        dataLocal?: number;
      };
      /** CPU/memory for the vLLM container. GPU requests and limits are set by the operator (tensor × dataLocal of the accelerator's resource) and overwrite any given here. */
      resources?: {
        /** Dynamic resource claims (DRA) used by the container. */
        claims?: Array<{
          /** Name of an entry in the pod's spec.resourceClaims (unique here). */
          name: string;
          /** One request of that claim; empty makes the whole claim available. */
          request?: string;
        }>;
        /** Maximum resources, e.g. `memory: 64Gi`. Resource name → quantity. */
        limits?: Record<string, string | number>;
        /** Minimum resources the scheduler reserves, e.g. `cpu: "8"`. Resource name → quantity; must not exceed the limit. */
        requests?: Record<string, string | number>;
      };
      /** Node labels the pods must match; copied to the pod spec. */
      nodeSelector?: Record<string, string>;
      /** Taints the pods tolerate; copied to the pod spec. */
      tolerations?: Array<{
        /** Taint key to match; empty matches every key (then `operator` must be Exists). */
        key?: string;
        /** How `value` is compared: Equal (default), Exists, Lt or Gt. */
        operator?: string;
        /** Taint value to match; empty with operator Exists. */
        value?: string;
        /** Taint effect to match: NoSchedule, PreferNoSchedule or NoExecute; empty matches all. */
        effect?: string;
        /** For NoExecute: seconds the pod stays bound after the taint appears; unset means forever. */
        tolerationSeconds?: number;
      }>;
      /** Annotations for the serving pods, copied onto the pod template (operator v1.0.1 / API v1.0.0 only). */
      annotations?: Record<string, string>;
    };
    /** The llm-d routing sidecar in the decode pods, which sends prefill work to the prefill pods. Needed with `prefill`; `connector` and `targetPort` default only when this object is present. */
    routingProxy?: {
      /** Routing sidecar image. Empty: the operator's `--default-routing-proxy-image` (ghcr.io/llm-d/llm-d-routing-sidecar:v0.6.0 by default). */
      image?: string;
      /** KV-cache transfer connector passed as `--connector` (e.g. nixlv2, lmcache). Default `nixlv2`. Default: `"nixlv2"`. */
      connector?: string;
      /** Port vLLM listens on behind the proxy; the proxy listens on `engine.port` and forwards here. 1–65535, default 8200. Default: `8200`. */
      targetPort?: number;
      /** Sidecar log encoding (`json` or `console`); omitted when empty. */
      zapEncoder?: string;
      /** Sidecar log level (e.g. `debug`, `info`, `error`); omitted when empty. */
      zapLogLevel?: string;
      /** Serve TLS on the proxy (`--secure-proxy`). Unset means false. */
      secureProxy?: boolean;
      /** Use TLS towards the prefill pods (`--prefiller-use-tls`); unset omits the flag. */
      prefillerUseTLS?: boolean;
      /** Directory of the proxy's TLS certificate; omitted when empty. */
      certPath?: string;
    };
    /** The Gateway API Inference Extension InferencePool over the serving pods. Absent: the operator still builds a default EPP and pool (FailClose). */
    inferencePool?: {
      /** The Endpoint Picker (EPP): Deployment, Service, RBAC and config the operator creates for the pool. */
      endpointPicker: {
        /** EPP image. Empty: the operator's `--default-epp-image` (ghcr.io/llm-d/llm-d-inference-scheduler:v0.6.0 by default). */
        image?: string;
        /** Number of EPP pods. Minimum 0, default 1. Default: `1`. */
        replicas?: number;
        /** EPP container resources. When both limits and requests are empty the operator uses requests cpu 4, memory 8Gi and limit memory 16Gi. */
        resources?: {
          /** Dynamic resource claims (DRA) used by the container. */
          claims?: Array<{
            /** Name of an entry in the pod's spec.resourceClaims (unique here). */
            name: string;
            /** One request of that claim; empty makes the whole claim available. */
            request?: string;
          }>;
          /** Maximum resources, e.g. `memory: 64Gi`. Resource name → quantity. */
          limits?: Record<string, string | number>;
          /** Minimum resources the scheduler reserves, e.g. `cpu: "8"`. Resource name → quantity; must not exceed the limit. */
          requests?: Record<string, string | number>;
        };
        /** gRPC (ext-proc) port of the EPP Service. 1–65535, default 9002. Default: `9002`. */
        port?: number;
        /** What the gateway does when the EPP is down: FailOpen routes anyway, FailClose rejects. Default FailOpen. Default: `"FailOpen"`. */
        failureMode?: "FailOpen" | "FailClose";
      };
    };
    /** A Gateway API HTTPRoute to the InferencePool. Requires `gatewayRef`; meant to be used with `inferencePool`. */
    httpRoute?: {
      /** The Gateway the HTTPRoute attaches to. Requires `name`. */
      gatewayRef: {
        /** Name of the Gateway. */
        name: string;
        /** Namespace of the Gateway. Empty: the ModelService's namespace. */
        namespace?: string;
      };
      /** Hostnames of the HTTPRoute. Empty: all hostnames. */
      hostnames?: Array<string>;
    };
    /** Observability settings. Absent or `{}`: PodMonitors on with defaults (operator v1.0.1). */
    monitoring?: {
      /** Prometheus PodMonitors for the serving pods. Present, its fields take CRD defaults — including enabled: false. */
      podMonitor?: {
        /** Create the PodMonitors. Default false: `podMonitor: {}` disables them, while an absent podMonitor keeps them on (operator v1.0.1). Default: `false`. */
        enabled?: boolean;
        /** Named container port to scrape. Default `http`. Default: `"http"`. */
        portName?: string;
        /** HTTP path of the metrics endpoint. Default `/metrics`. Default: `"/metrics"`. */
        path?: string;
        /** Scrape interval, e.g. `30s`. Default `30s`. Default: `"30s"`. */
        interval?: string;
      };
    };
  };
  /** Written by the controller (phase, ready/desired replicas per role, Ready condition); ignored when rendering. */
  status?: Record<string, unknown>;
};

export type Severity = "error" | "warning" | "info";
export type DiagnosticCore = { code: string, severity: Severity, 
/**
 * Kubernetes field path, e.g. `spec.engine.env[2].value`; `""` for the document.
 */
path: string, message: string, hint?: string, };
/** The operator releases whose behaviour is reproduced. */
export type OperatorVersion = "v1.0.1" | "v0.9.0-alpha.2";
/** `eppConfig.tracing`, every field resolved. */
export type TracingConfig = {
  /** `--tracing-enabled`: tracing for the EPP and routing sidecar. Default: `false`. */
  enabled: boolean;
  /** `--tracing-otel-endpoint`: OTLP exporter endpoint. Default: `""`. */
  otelExporterEndpoint: string;
  /** `--tracing-sampler`: OTEL_TRACES_SAMPLER ("" = unset). Default: `"parentbased_traceidratio"`. */
  sampler: string;
  /** `--tracing-sampler-arg`: OTEL_TRACES_SAMPLER_ARG ("" = unset). Default: `"0.01"`. */
  samplerArg: string;
};
/** `eppConfig`, every field resolved. */
export type ResolvedEppConfig = {
  /** `--provider`: EPP provider. Default: `"istio"`. */
  provider: "istio" | "gke" | "none";
  /** `--metrics-endpoint-auth`: EPP metrics auth. Default: `true`. */
  metricsEndpointAuth: boolean;
  /** `--default-gateway-name`: gateway of the default HTTPRoute ("" = none). Default: `"otterscale-llm-d-infra-inference-gateway"` (v0.9.0-alpha.2: `"llm-d-infra-inference-gateway"`). */
  defaultGatewayName: string;
  /** extra EPP arguments, passed as --key=value sorted by key. Default: `{}`. */
  flags: Record<string, string>;
  tracing: TracingConfig;
};
/** `options.images`, every field resolved. */
export type Images = {
  /** `--default-engine-image`: default vLLM image. Default: `"ghcr.io/llm-d/llm-d-cuda:v0.5.1"`. */
  engine: string;
  /** `--default-epp-image`: default endpoint-picker image. Default: `"ghcr.io/llm-d/llm-d-inference-scheduler:v0.6.0"`. */
  epp: string;
  /** `--default-routing-proxy-image`: default routing-sidecar image. Default: `"ghcr.io/llm-d/llm-d-routing-sidecar:v0.6.0"`. */
  routingProxy: string;
  /** `--kit-image`: model-unpack image ("" = no init container). Default: `"ghcr.io/kitops-ml/kitops:v1.11.0"`. */
  kit: string;
};
/** `options`, every field resolved. */
export type ResolvedRenderOptions = {
  /** `main.version`: app.kubernetes.io/version label ("" = omit). Default: `"v1.0.1"` (v0.9.0-alpha.2: `"v0.9.0-alpha.2"`). */
  version: string;
  /** CLI `--operator-version`: release reproduced: its behaviour and flag defaults. Default: `"v1.0.1"`. */
  operatorVersion: OperatorVersion;
  images: Images;
};
export type ObjectRef = { apiVersion: string, kind: string, name: string, namespace?: string, };
export type Condition = { type: string, status: string, reason: string, message: string, observedGeneration?: number, };
export type ModelServiceStatus = { observedGeneration?: number, phase: string, decodeReady: number, decodeReplicas: number, prefillReady: number, prefillReplicas: number, conditions: Array<Condition>, };
export type OriginKind = "spec" | "crd-default" | "operator-default" | "derived" | "constant";
export type Origin = { kind: string, name: string, path: string, origin: OriginKind, from?: Array<string>, rule?: string, };
export type Action = "create" | "delete" | "update";
export type Change = { apiVersion: string, kind: string, name: string, namespace?: string, action: Action, 
/**
 * Updates only: the changed field paths (in `after`; removed ones as they were in `before`).
 */
paths?: Array<string>, 
/**
 * Deployment updates only: the pod template changed, so the pods are replaced.
 */
rollout?: boolean, };
export type Pods = { decode: number, prefill: number, epp: number, };
export type Requests = { cpu: string, memory: string, };
export type Limits = { cpu?: string, memory?: string, };
export type Summary = { pods: Pods, accelerators: Record<string, number>, requests: Requests, limits: Limits, objects: Record<string, number>, };
/** `options.migrate`: what `migrate` writes. */
export type MigrateOptions = {
  /** The LLMInferenceService version. Default: `"serving.kserve.io/v1alpha2"` (KServe's storage version). */
  apiVersion?: "serving.kserve.io/v1alpha2" | "serving.kserve.io/v1alpha1";
  /** `spec.model.uri`, verbatim (hf://, s3://, pvc://, oci://, oci+native://). Omitted: the operator's kit unpack is kept. */
  modelUri?: string;
};

/** A Kubernetes object as the operator would send it. */
export type KubeObject = { apiVersion: string; kind: string; metadata: Record<string, unknown>; [key: string]: unknown };

/** A diagnostic as the package returns it: `line`/`column` (1-based, UTF-16 columns) whenever the input was text. */
export type Diagnostic = DiagnosticCore & { line?: number; column?: number };

/** Operator flags (`--provider`, `--metrics-endpoint-auth`, …); omitted fields, at every depth, take the release's defaults. */
export type EppConfig = Partial<Omit<ResolvedEppConfig, "tracing">> & { tracing?: Partial<TracingConfig> };

/** Images, version label and the operator release reproduced; omitted fields take the release's defaults. */
export type RenderOptions = Partial<Omit<ResolvedRenderOptions, "images">> & {
  images?: Partial<Images>;
  /** Read by `migrate` only. */
  migrate?: MigrateOptions;
};

/** What `migrate` answers: `resources[0]` is the LLMInferenceService, then the objects kept beside it. */
export type MigrateResult = { resources: KubeObject[]; diagnostics: Diagnostic[] };

export type RenderResult = {
  resources: KubeObject[];
  absent: ObjectRef[];
  /** The EPP pod-template `checksum/config`. */
  configHash: string;
  diagnostics: Diagnostic[];
};

/** What `defaults()` answers: every operator flag and option of the selected release. */
export type Defaults = {
  eppConfig: ResolvedEppConfig;
  options: ResolvedRenderOptions;
};

/** A diagnostic of `diff`: `document` says which input it is about; settings diagnostics have none. */
export type DiffDiagnostic = Diagnostic & { document?: "before" | "after" };

/** Problems found while answering; not enumerable, so the record keeps its documented shape. */
export interface WithDiagnostics {
  readonly diagnostics: Diagnostic[];
}

type Input = ModelService | string;
type DeploymentLike = { spec?: { replicas?: number }; status?: { readyReplicas?: number }; [key: string]: unknown };

export function render(modelService: Input, eppConfig?: EppConfig, options?: RenderOptions): RenderResult;
export function lint(modelService: Input, eppConfig?: EppConfig, options?: RenderOptions): Diagnostic[];
export function observeStatus(
  modelService: Input,
  deployments: { decode?: DeploymentLike | null; prefill?: DeploymentLike | null },
): ModelServiceStatus & WithDiagnostics;
export function defaults(options?: Pick<RenderOptions, "operatorVersion">): Defaults;
export function names(modelService: Input, options?: RenderOptions): Record<string, string> & WithDiagnostics;
export function explain(
  modelService: Input,
  eppConfig?: EppConfig,
  options?: RenderOptions,
): { resources: KubeObject[]; origins: Origin[]; diagnostics: Diagnostic[] };
export function diff(
  before: Input,
  after: Input,
  eppConfig?: EppConfig,
  options?: RenderOptions,
): { changes: Change[]; diagnostics: DiffDiagnostic[] };
export function summary(modelService: Input, eppConfig?: EppConfig, options?: RenderOptions): Summary & WithDiagnostics;
/** The KServe LLMInferenceService (v0.20.0) equivalent, and a `migrate/*` diagnostic for every change or loss. */
export function migrate(modelService: Input, eppConfig?: EppConfig, options?: RenderOptions): MigrateResult;
/** The ModelService JSON Schema (with descriptions) of the selected operator release. */
export function schema(options?: Pick<RenderOptions, "operatorVersion">): Record<string, unknown>;
/**
 * YAML of a JSON value that kubectl (YAML 1.1, go-yaml v2) and YAML 1.2 readers both read back
 * as that value: strings such as `on`, `yes`, `0755`, `1_000` (keys too) are quoted. One document,
 * no `---`. Needs no `init`.
 */
export function toYaml(value: unknown): string;
/** Several values as one multi-document stream (`---` before each), for `kubectl apply -f -`. */
export function toYamlStream(values: readonly unknown[]): string;
/** The default operator release reproduced: `"v1.0.1"`. */
export const operatorVersion: string;
/** Loads the wasm (browsers); idempotent; a no-op in Node. */
export function init(input?: URL | string | Request | Response | BufferSource | WebAssembly.Module): Promise<void>;
/** Synchronous init from bytes or a compiled module (Web Workers); idempotent; a no-op in Node. */
export function initSync(input: BufferSource | WebAssembly.Module): void;
