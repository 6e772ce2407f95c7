//! The ModelService itself (model.otterscale.io/v1alpha1, otterscale/api v1.0.0): every field, its
//! constraints, its CRD default and a one-line description (shared/spec/api.md §2, §3, §7).

use super::k8s::{ENV_VAR, LOCAL_OBJECT_REFERENCE, OBJECT_META, RESOURCES, TOLERATION};
use super::{Field, Gate, Kind, Node};

pub static MODEL_SERVICE: Node = Node::new(
    Kind::Object {
        fields: &[
            Field::opt(
                "apiVersion",
                &Node::string("API group and version: always `model.otterscale.io/v1alpha1`. May be omitted here.")
                    .one_of(&["model.otterscale.io/v1alpha1"])
                    .enum_code("schema/api-version"),
            ),
            Field::opt(
                "kind",
                &Node::string("Object kind: always `ModelService`. May be omitted here.")
                    .one_of(&["ModelService"])
                    .enum_code("schema/kind"),
            ),
            Field::req("metadata", &OBJECT_META),
            Field::req("spec", &SPEC),
            Field::opt("status", &STATUS),
        ],
    },
    "A ModelService serves one OCI-packaged model with vLLM, optionally with prefill/decode \
     disaggregation, an Endpoint Picker (InferencePool) and a Gateway API HTTPRoute.",
);

static STATUS: Node = Node::opaque(
    "Written by the controller (phase, ready/desired replicas per role, Ready condition); ignored when rendering.",
);

static SPEC: Node = Node::new(
    Kind::Object {
        fields: &[
            Field::req("model", &MODEL),
            Field::req("engine", &ENGINE),
            Field::req("accelerator", &ACCELERATOR),
            Field::req(
                "decode",
                &role("Decode (or unified) serving pods: without `prefill` these are the only serving pods."),
            ),
            Field::opt(
                "prefill",
                &role(
                    "Optional separate prefill pods for prefill/decode disaggregation. Absent: no prefill \
                     Deployment (an existing one is deleted). Should come with `routingProxy`.",
                ),
            ),
            Field::opt("routingProxy", &ROUTING_PROXY),
            Field::opt("inferencePool", &INFERENCE_POOL),
            Field::opt("httpRoute", &HTTP_ROUTE),
            Field::opt("monitoring", &MONITORING),
        ],
    },
    "Desired serving configuration. Requires `model`, `engine`, `accelerator` and `decode`.",
);

static MODEL: Node = Node::new(
    Kind::Object {
        fields: &[
            Field::req(
                "name",
                &Node::string(
                    "Model name clients use in OpenAI-style requests (e.g. `qwen/Qwen3-32B`); passed verbatim to \
                     vLLM as `--served-model-name`. 1–253 characters.",
                )
                .min_len(1)
                .max_len(253),
            ),
            Field::req(
                "image",
                &Node::string(
                    "OCI reference of the model artifact (a ModelKit), e.g. `registry.example.com/models/qwen3-32b:v1`; \
                     unpacked by the kit init container into `mountPath`.",
                )
                .min_len(1),
            ),
            Field::opt(
                "mountPath",
                &Node::string(
                    "Where the model is unpacked in the serving containers; vLLM's `--model` points here. Default `/models`.",
                )
                .default_str("/models"),
            ),
            Field::opt(
                "imagePullSecrets",
                &Node::new(
                    Kind::Array { item: &LOCAL_OBJECT_REFERENCE },
                    "Secrets used to pull the model artifact from a private registry.",
                ),
            ),
        ],
    },
    "The model to serve: its OCI artifact and the name it is served under. Requires `name` and `image`.",
);

static ENGINE: Node = Node::new(
    Kind::Object {
        fields: &[
            Field::opt(
                "image",
                &Node::string(
                    "vLLM container image. Empty: the operator's `--default-engine-image` \
                     (ghcr.io/llm-d/llm-d-cuda:v0.5.1 by default).",
                ),
            ),
            Field::opt(
                "imagePullPolicy",
                &Node::string("Pull policy of the vLLM container: Always, IfNotPresent or Never. Empty: left unset."),
            ),
            Field::opt(
                "args",
                &Node::new(
                    Kind::Array { item: &Node::string("One extra vLLM command-line argument.") },
                    "Extra vLLM arguments, appended after the generated ones (--model, --port, --served-model-name, \
                     parallelism flags).",
                ),
            ),
            Field::opt(
                "env",
                &Node::new(
                    Kind::Array { item: &ENV_VAR },
                    "Extra environment variables of the vLLM container, appended after TP_SIZE, DP_SIZE and \
                     DP_SIZE_LOCAL.",
                ),
            ),
            Field::opt(
                "port",
                &Node::int32(
                    "Port clients reach vLLM on (with a routing proxy, the proxy's port; vLLM then listens on \
                     `routingProxy.targetPort`). 1–65535, default 8000.",
                )
                .min(1)
                .max(65535)
                .default_int(8000),
            ),
        ],
    },
    "The inference engine (vLLM) container.",
);

static ACCELERATOR: Node = Node::new(
    Kind::Object {
        fields: &[Field::req(
            "type",
            &Node::string(
                "Accelerator hardware: picks the GPU resource name (e.g. nvidia.com/gpu) the operator requests \
                 tensor × dataLocal of; `cpu` requests none.",
            )
            .one_of(&crate::gpu::ACCELERATOR_TYPES),
        )],
    },
    "The accelerator the serving pods run on. Requires `type`.",
);

/// `spec.decode` and `spec.prefill` share one shape; only the description differs.
const fn role(description: &'static str) -> Node {
    Node::new(Kind::Object { fields: ROLE_FIELDS }, description)
}

static ROLE_FIELDS: &[Field] = &[
    Field::opt(
        "replicas",
        &Node::int32("Number of pods of this role (the Deployment's replicas). Minimum 0, default 1.")
            .min(0)
            .default_int(1),
    ),
    Field::opt("parallelism", &PARALLELISM),
    Field::opt(
        "resources",
        &Node::new(
            RESOURCES,
            "CPU/memory for the vLLM container. GPU requests and limits are set by the operator \
             (tensor × dataLocal of the accelerator's resource) and overwrite any given here.",
        ),
    ),
    Field::opt(
        "nodeSelector",
        &Node::new(
            Kind::Map { value: &Node::string("Required node label value.") },
            "Node labels the pods must match; copied to the pod spec.",
        ),
    ),
    Field::opt(
        "tolerations",
        &Node::new(Kind::Array { item: &TOLERATION }, "Taints the pods tolerate; copied to the pod spec."),
    ),
    Field::opt(
        "annotations",
        &Node::new(
            Kind::Map { value: &Node::string("Annotation value.") },
            "Annotations for the serving pods, copied onto the pod template (operator v1.0.1 / API v1.0.0 only).",
        ),
    )
    .gated(Gate::RoleAnnotations),
];

static PARALLELISM: Node = Node::new(
    Kind::Object {
        fields: &[
            Field::opt(
                "tensor",
                &Node::int32(
                    "Tensor-parallel size: GPUs sharding one model replica (`--tensor-parallel-size`). Minimum 1, \
                     default 1.",
                )
                .min(1)
                .default_int(1),
            ),
            Field::opt(
                "data",
                &Node::int32("Data-parallel size (`--data-parallel-size`, DP_SIZE). Minimum 1, default 1.")
                    .min(1)
                    .default_int(1),
            ),
            Field::opt(
                "dataLocal",
                &Node::int32(
                    "Data-parallel ranks per pod (`--data-parallel-size-local`); GPUs per pod = tensor × dataLocal. \
                     Minimum 1, default 1.",
                )
                .min(1)
                .default_int(1),
            ),
        ],
    },
    "vLLM tensor/data parallelism of this role. Its fields default to 1 only when the object is present; \
     absent, every value is treated as 1.",
);

static ROUTING_PROXY: Node = Node::new(
    Kind::Object {
        fields: &[
            Field::opt(
                "image",
                &Node::string(
                    "Routing sidecar image. Empty: the operator's `--default-routing-proxy-image` \
                     (ghcr.io/llm-d/llm-d-routing-sidecar:v0.6.0 by default).",
                ),
            ),
            Field::opt(
                "connector",
                &Node::string(
                    "KV-cache transfer connector passed as `--connector` (e.g. nixlv2, lmcache). Default `nixlv2`.",
                )
                .default_str("nixlv2"),
            ),
            Field::opt(
                "targetPort",
                &Node::int32(
                    "Port vLLM listens on behind the proxy; the proxy listens on `engine.port` and forwards here. \
                     1–65535, default 8200.",
                )
                .min(1)
                .max(65535)
                .default_int(8200),
            ),
            Field::opt("zapEncoder", &Node::string("Sidecar log encoding (`json` or `console`); omitted when empty.")),
            Field::opt(
                "zapLogLevel",
                &Node::string("Sidecar log level (e.g. `debug`, `info`, `error`); omitted when empty."),
            ),
            Field::opt("secureProxy", &Node::boolean("Serve TLS on the proxy (`--secure-proxy`). Unset means false.")),
            Field::opt(
                "prefillerUseTLS",
                &Node::boolean("Use TLS towards the prefill pods (`--prefiller-use-tls`); unset omits the flag."),
            ),
            Field::opt("certPath", &Node::string("Directory of the proxy's TLS certificate; omitted when empty.")),
        ],
    },
    "The llm-d routing sidecar in the decode pods, which sends prefill work to the prefill pods. Needed with \
     `prefill`; `connector` and `targetPort` default only when this object is present.",
);

static INFERENCE_POOL: Node = Node::new(
    Kind::Object {
        fields: &[Field::req(
            "endpointPicker",
            &Node::new(
                Kind::Object {
                    fields: &[
                        Field::opt(
                            "image",
                            &Node::string(
                                "EPP image. Empty: the operator's `--default-epp-image` \
                                 (ghcr.io/llm-d/llm-d-inference-scheduler:v0.6.0 by default).",
                            ),
                        ),
                        Field::opt(
                            "replicas",
                            &Node::int32("Number of EPP pods. Minimum 0, default 1.").min(0).default_int(1),
                        ),
                        Field::opt(
                            "resources",
                            &Node::new(
                                RESOURCES,
                                "EPP container resources. When both limits and requests are empty the operator \
                                 uses requests cpu 4, memory 8Gi and limit memory 16Gi.",
                            ),
                        ),
                        Field::opt(
                            "port",
                            &Node::int32("gRPC (ext-proc) port of the EPP Service. 1–65535, default 9002.")
                                .min(1)
                                .max(65535)
                                .default_int(9002),
                        ),
                        Field::opt(
                            "failureMode",
                            &Node::string(
                                "What the gateway does when the EPP is down: FailOpen routes anyway, FailClose \
                                 rejects. Default FailOpen.",
                            )
                            .one_of(&["FailOpen", "FailClose"])
                            .default_str("FailOpen"),
                        ),
                    ],
                },
                "The Endpoint Picker (EPP): Deployment, Service, RBAC and config the operator creates for the pool.",
            ),
        )],
    },
    "The Gateway API Inference Extension InferencePool over the serving pods. Absent: the operator still \
     builds a default EPP and pool (FailClose).",
);

static HTTP_ROUTE: Node = Node::new(
    Kind::Object {
        fields: &[
            Field::req(
                "gatewayRef",
                &Node::new(
                    Kind::Object {
                        fields: &[
                            Field::req("name", &Node::string("Name of the Gateway.").min_len(1)),
                            Field::opt(
                                "namespace",
                                &Node::string("Namespace of the Gateway. Empty: the ModelService's namespace."),
                            ),
                        ],
                    },
                    "The Gateway the HTTPRoute attaches to. Requires `name`.",
                ),
            ),
            Field::opt(
                "hostnames",
                &Node::new(
                    Kind::Array { item: &Node::string("A hostname the route matches.") },
                    "Hostnames of the HTTPRoute. Empty: all hostnames.",
                ),
            ),
        ],
    },
    "A Gateway API HTTPRoute to the InferencePool. Requires `gatewayRef`; meant to be used with `inferencePool`.",
);

static MONITORING: Node = Node::new(
    Kind::Object {
        fields: &[Field::opt(
            "podMonitor",
            &Node::new(
                Kind::Object {
                    fields: &[
                        Field::opt(
                            "enabled",
                            &Node::boolean(
                                "Create the PodMonitors. Default false: `podMonitor: {}` disables them, while an \
                                 absent podMonitor keeps them on (operator v1.0.1).",
                            )
                            .default_bool(false),
                        ),
                        Field::opt(
                            "portName",
                            &Node::string("Named container port to scrape. Default `http`.").default_str("http"),
                        ),
                        Field::opt(
                            "path",
                            &Node::string("HTTP path of the metrics endpoint. Default `/metrics`.")
                                .default_str("/metrics"),
                        ),
                        Field::opt(
                            "interval",
                            &Node::string("Scrape interval, e.g. `30s`. Default `30s`.").default_str("30s"),
                        ),
                    ],
                },
                "Prometheus PodMonitors for the serving pods. Present, its fields take CRD defaults — including \
                 enabled: false.",
            ),
        )],
    },
    "Observability settings. Absent or `{}`: PodMonitors on with defaults (operator v1.0.1).",
);
