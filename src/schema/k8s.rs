//! Kubernetes types embedded in the ModelService schema, as the CRD (controller-gen against
//! k8s.io/api v0.35) spells them: ObjectMeta (strict: only its own fields), EnvVar, Toleration,
//! ResourceRequirements and LocalObjectReference, with their CRD defaults.

use super::{Field, Kind, Node};

pub static OBJECT_META: Node = Node::new(
    Kind::Object {
        fields: &[
            Field::req(
                "name",
                &Node::string(
                    "Name of the ModelService. Used as-is in the serving Deployment, PodMonitor, InferencePool and \
                     HTTPRoute names and labels; EPP objects use a DNS-1035-sanitized form.",
                ),
            ),
            Field::opt(
                "generateName",
                &Node::string("Prefix for a server-generated name when `name` is empty; not read by the operator."),
            ),
            Field::opt(
                "namespace",
                &Node::string(
                    "Namespace of the ModelService; every namespaced child object is created in it. Omitted: \
                     `default`.",
                ),
            ),
            Field::opt("selfLink", &Node::string("Deprecated, read-only URL of the object; ignored.")),
            Field::opt(
                "uid",
                &Node::string(
                    "Unique ID set by the API server. When given, namespaced child objects get a controller \
                     ownerReference to the ModelService.",
                ),
            ),
            Field::opt("resourceVersion", &Node::string("Opaque version set by the API server; ignored.")),
            Field::opt(
                "generation",
                &Node::int64(
                    "Spec generation set by the API server; copied into status.observedGeneration and the Ready \
                     condition.",
                ),
            ),
            Field::opt("creationTimestamp", &Node::string("Creation time (RFC 3339) set by the API server; ignored.")),
            Field::opt("deletionTimestamp", &Node::string("Deletion time (RFC 3339) set by the API server.")),
            Field::opt("deletionGracePeriodSeconds", &Node::int64("Seconds left before deletion; set by the server.")),
            Field::opt(
                "labels",
                &Node::new(
                    Kind::Map { value: &Node::string("Label value.") },
                    "Labels of the ModelService itself; not copied to any child object.",
                ),
            ),
            Field::opt(
                "annotations",
                &Node::new(
                    Kind::Map { value: &Node::string("Annotation value.") },
                    "Annotations of the ModelService itself; not copied anywhere (pod annotations go in \
                     `spec.decode.annotations` / `spec.prefill.annotations`).",
                ),
            ),
            Field::opt(
                "ownerReferences",
                &Node::new(Kind::Array { item: &OWNER_REFERENCE }, "Objects that own this ModelService."),
            ),
            Field::opt(
                "finalizers",
                &Node::new(
                    Kind::Array { item: &Node::string("A finalizer name.") },
                    "Finalizers; the operator adds `model.otterscale.io/epp-cluster-rbac` to remove the cluster-scoped \
                     EPP RBAC on deletion.",
                ),
            ),
            Field::opt(
                "managedFields",
                &Node::new(
                    Kind::Array { item: &Node::opaque("One field-manager entry.") },
                    "Server-side-apply bookkeeping written by the API server; ignored.",
                ),
            ),
        ],
    },
    "Standard object metadata. Requires `name`; only the standard ObjectMeta fields are allowed.",
);

static OWNER_REFERENCE: Node = Node::new(
    Kind::Object {
        fields: &[
            Field::req("apiVersion", &Node::string("API version of the owner.")),
            Field::req("kind", &Node::string("Kind of the owner.")),
            Field::req("name", &Node::string("Name of the owner.")),
            Field::req("uid", &Node::string("UID of the owner.")),
            Field::opt("controller", &Node::boolean("True when the owner is the managing controller.")),
            Field::opt("blockOwnerDeletion", &Node::boolean("Foreground deletion of the owner waits for this object.")),
        ],
    },
    "A reference to an owning object.",
);

pub static LOCAL_OBJECT_REFERENCE: Node = Node::new(
    Kind::Object {
        fields: &[Field::opt(
            "name",
            &Node::string("Name of a Secret in the ModelService's namespace. Default \"\" (almost surely wrong).")
                .default_str(""),
        )],
    },
    "A reference to a Secret in the same namespace.",
);

/// `corev1.ResourceRequirements`; wrapped in a `Node` with a per-use description.
pub const RESOURCES: Kind = Kind::Object {
    fields: &[
        Field::opt(
            "claims",
            &Node::new(
                Kind::Array {
                    item: &Node::new(
                        Kind::Object {
                            fields: &[
                                Field::req(
                                    "name",
                                    &Node::string("Name of an entry in the pod's spec.resourceClaims (unique here)."),
                                ),
                                Field::opt(
                                    "request",
                                    &Node::string("One request of that claim; empty makes the whole claim available."),
                                ),
                            ],
                        },
                        "A dynamic resource claim used by the container. Requires `name`.",
                    ),
                },
                "Dynamic resource claims (DRA) used by the container.",
            ),
        ),
        Field::opt("limits", &LIMITS),
        Field::opt("requests", &REQUESTS),
    ],
};

static LIMITS: Node = Node::new(
    Kind::Map { value: &QUANTITY_VALUE },
    "Maximum resources, e.g. `memory: 64Gi`. Resource name → quantity.",
);

static REQUESTS: Node = Node::new(
    Kind::Map { value: &QUANTITY_VALUE },
    "Minimum resources the scheduler reserves, e.g. `cpu: \"8\"`. Resource name → quantity; must not exceed \
     the limit.",
);

static QUANTITY_VALUE: Node =
    Node::quantity("A Kubernetes quantity: an integer or a string such as `500m`, `2`, `1.5`, `64Gi`, `1e3`.");

pub static TOLERATION: Node = Node::new(
    Kind::Object {
        fields: &[
            Field::opt(
                "key",
                &Node::string("Taint key to match; empty matches every key (then `operator` must be Exists)."),
            ),
            Field::opt("operator", &Node::string("How `value` is compared: Equal (default), Exists, Lt or Gt.")),
            Field::opt("value", &Node::string("Taint value to match; empty with operator Exists.")),
            Field::opt(
                "effect",
                &Node::string("Taint effect to match: NoSchedule, PreferNoSchedule or NoExecute; empty matches all."),
            ),
            Field::opt(
                "tolerationSeconds",
                &Node::int64(
                    "For NoExecute: seconds the pod stays bound after the taint appears; unset means forever.",
                ),
            ),
        ],
    },
    "A taint the pods tolerate (key, operator, value, effect).",
);

pub static ENV_VAR: Node = Node::new(
    Kind::Object {
        fields: &[
            Field::req(
                "name",
                &Node::string("Name of the environment variable (printable ASCII characters except `=`)."),
            ),
            Field::opt(
                "value",
                &Node::string(
                    "Value; `$(VAR)` references to earlier variables are expanded, `$$` escapes. Default \"\".",
                ),
            ),
            Field::opt("valueFrom", &ENV_VAR_SOURCE),
        ],
    },
    "An environment variable of the vLLM container. Requires `name`; give `value` or `valueFrom`.",
);

static ENV_VAR_SOURCE: Node = Node::new(
    Kind::Object {
        fields: &[
            Field::opt(
                "configMapKeyRef",
                &Node::new(
                    Kind::Object {
                        fields: &[
                            Field::req("key", &Node::string("The key to select.")),
                            Field::opt("name", &CONFIG_NAME),
                            Field::opt("optional", &Node::boolean("Allow the ConfigMap or key to be missing.")),
                        ],
                    },
                    "Take the value from a key of a ConfigMap. Requires `key`.",
                ),
            ),
            Field::opt(
                "fieldRef",
                &Node::new(
                    Kind::Object {
                        fields: &[
                            Field::opt("apiVersion", &Node::string("API version of `fieldPath`; default \"v1\".")),
                            Field::req(
                                "fieldPath",
                                &Node::string("Pod field to select, e.g. `metadata.name`, `status.podIP`."),
                            ),
                        ],
                    },
                    "Take the value from a field of the pod. Requires `fieldPath`.",
                ),
            ),
            Field::opt(
                "fileKeyRef",
                &Node::new(
                    Kind::Object {
                        fields: &[
                            Field::req("key", &Node::string("The key within the env file.")),
                            Field::opt(
                                "optional",
                                &Node::boolean("Allow the file or key to be missing. Default false.")
                                    .default_bool(false),
                            ),
                            Field::req(
                                "path",
                                &Node::string("Relative path of the env file inside the volume (no `..`)."),
                            ),
                            Field::req("volumeName", &Node::string("Volume mount that holds the env file.")),
                        ],
                    },
                    "Take the value from a key of an env file in a volume (EnvFiles feature gate). Requires `key`, \
                     `path` and `volumeName`.",
                ),
            ),
            Field::opt(
                "resourceFieldRef",
                &Node::new(
                    Kind::Object {
                        fields: &[
                            Field::opt("containerName", &Node::string("Container to read; default this one.")),
                            Field::opt(
                                "divisor",
                                &Node::quantity("Unit of the exposed value, a quantity; default \"1\"."),
                            ),
                            Field::req(
                                "resource",
                                &Node::string("Resource to select, e.g. `limits.cpu`, `requests.memory`."),
                            ),
                        ],
                    },
                    "Take the value from a resource limit or request of the container. Requires `resource`.",
                ),
            ),
            Field::opt(
                "secretKeyRef",
                &Node::new(
                    Kind::Object {
                        fields: &[
                            Field::req("key", &Node::string("The key of the Secret to select.")),
                            Field::opt("name", &SECRET_NAME),
                            Field::opt("optional", &Node::boolean("Allow the Secret or key to be missing.")),
                        ],
                    },
                    "Take the value from a key of a Secret in the namespace. Requires `key`.",
                ),
            ),
        ],
    },
    "Where the value comes from; use instead of `value`.",
);

static CONFIG_NAME: Node = Node::string("Name of the ConfigMap. Default \"\" (almost surely wrong).").default_str("");
static SECRET_NAME: Node = Node::string("Name of the Secret. Default \"\" (almost surely wrong).").default_str("");
