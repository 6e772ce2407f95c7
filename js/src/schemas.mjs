// GENERATED from the Rust schema data (src/schema/) by `cargo test --test schema_export`.
// Do not edit: `UPDATE_SCHEMAS=1 cargo test --test schema_export` rewrites it.
export const schemas = {
  "v1.0.1": {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "additionalProperties": false,
    "description": "A ModelService serves one OCI-packaged model with vLLM, optionally with prefill/decode disaggregation, an Endpoint Picker (InferencePool) and a Gateway API HTTPRoute.",
    "properties": {
      "apiVersion": {
        "description": "API group and version: always `model.otterscale.io/v1alpha1`. May be omitted here.",
        "enum": [
          "model.otterscale.io/v1alpha1"
        ],
        "type": "string"
      },
      "kind": {
        "description": "Object kind: always `ModelService`. May be omitted here.",
        "enum": [
          "ModelService"
        ],
        "type": "string"
      },
      "metadata": {
        "additionalProperties": false,
        "description": "Standard object metadata. Requires `name`; only the standard ObjectMeta fields are allowed.",
        "properties": {
          "annotations": {
            "additionalProperties": {
              "description": "Annotation value.",
              "type": "string"
            },
            "description": "Annotations of the ModelService itself; not copied anywhere (pod annotations go in `spec.decode.annotations` / `spec.prefill.annotations`).",
            "type": "object"
          },
          "creationTimestamp": {
            "description": "Creation time (RFC 3339) set by the API server; ignored.",
            "type": "string"
          },
          "deletionGracePeriodSeconds": {
            "description": "Seconds left before deletion; set by the server.",
            "format": "int64",
            "type": "integer"
          },
          "deletionTimestamp": {
            "description": "Deletion time (RFC 3339) set by the API server.",
            "type": "string"
          },
          "finalizers": {
            "description": "Finalizers; the operator adds `model.otterscale.io/epp-cluster-rbac` to remove the cluster-scoped EPP RBAC on deletion.",
            "items": {
              "description": "A finalizer name.",
              "type": "string"
            },
            "type": "array"
          },
          "generateName": {
            "description": "Prefix for a server-generated name when `name` is empty; not read by the operator.",
            "type": "string"
          },
          "generation": {
            "description": "Spec generation set by the API server; copied into status.observedGeneration and the Ready condition.",
            "format": "int64",
            "type": "integer"
          },
          "labels": {
            "additionalProperties": {
              "description": "Label value.",
              "type": "string"
            },
            "description": "Labels of the ModelService itself; not copied to any child object.",
            "type": "object"
          },
          "managedFields": {
            "description": "Server-side-apply bookkeeping written by the API server; ignored.",
            "items": {
              "description": "One field-manager entry.",
              "type": "object",
              "x-kubernetes-preserve-unknown-fields": true
            },
            "type": "array"
          },
          "name": {
            "description": "Name of the ModelService. Used as-is in the serving Deployment, PodMonitor, InferencePool and HTTPRoute names and labels; EPP objects use a DNS-1035-sanitized form.",
            "type": "string"
          },
          "namespace": {
            "description": "Namespace of the ModelService; every namespaced child object is created in it. Omitted: `default`.",
            "type": "string"
          },
          "ownerReferences": {
            "description": "Objects that own this ModelService.",
            "items": {
              "additionalProperties": false,
              "description": "A reference to an owning object.",
              "properties": {
                "apiVersion": {
                  "description": "API version of the owner.",
                  "type": "string"
                },
                "blockOwnerDeletion": {
                  "description": "Foreground deletion of the owner waits for this object.",
                  "type": "boolean"
                },
                "controller": {
                  "description": "True when the owner is the managing controller.",
                  "type": "boolean"
                },
                "kind": {
                  "description": "Kind of the owner.",
                  "type": "string"
                },
                "name": {
                  "description": "Name of the owner.",
                  "type": "string"
                },
                "uid": {
                  "description": "UID of the owner.",
                  "type": "string"
                }
              },
              "required": [
                "apiVersion",
                "kind",
                "name",
                "uid"
              ],
              "type": "object"
            },
            "type": "array"
          },
          "resourceVersion": {
            "description": "Opaque version set by the API server; ignored.",
            "type": "string"
          },
          "selfLink": {
            "description": "Deprecated, read-only URL of the object; ignored.",
            "type": "string"
          },
          "uid": {
            "description": "Unique ID set by the API server. When given, namespaced child objects get a controller ownerReference to the ModelService.",
            "type": "string"
          }
        },
        "required": [
          "name"
        ],
        "type": "object"
      },
      "spec": {
        "additionalProperties": false,
        "description": "Desired serving configuration. Requires `model`, `engine`, `accelerator` and `decode`.",
        "properties": {
          "accelerator": {
            "additionalProperties": false,
            "description": "The accelerator the serving pods run on. Requires `type`.",
            "properties": {
              "type": {
                "description": "Accelerator hardware: picks the GPU resource name (e.g. nvidia.com/gpu) the operator requests tensor × dataLocal of; `cpu` requests none.",
                "enum": [
                  "nvidia",
                  "amd",
                  "intel-gaudi",
                  "google",
                  "cpu"
                ],
                "type": "string"
              }
            },
            "required": [
              "type"
            ],
            "type": "object"
          },
          "decode": {
            "additionalProperties": false,
            "description": "Decode (or unified) serving pods: without `prefill` these are the only serving pods.",
            "properties": {
              "annotations": {
                "additionalProperties": {
                  "description": "Annotation value.",
                  "type": "string"
                },
                "description": "Annotations for the serving pods, copied onto the pod template (operator v1.0.1 / API v1.0.0 only).",
                "type": "object"
              },
              "nodeSelector": {
                "additionalProperties": {
                  "description": "Required node label value.",
                  "type": "string"
                },
                "description": "Node labels the pods must match; copied to the pod spec.",
                "type": "object"
              },
              "parallelism": {
                "additionalProperties": false,
                "description": "vLLM tensor/data parallelism of this role. Its fields default to 1 only when the object is present; absent, every value is treated as 1.",
                "properties": {
                  "data": {
                    "default": 1,
                    "description": "Data-parallel size (`--data-parallel-size`, DP_SIZE). Minimum 1, default 1.",
                    "format": "int32",
                    "minimum": 1,
                    "type": "integer"
                  },
                  "dataLocal": {
                    "default": 1,
                    "description": "Data-parallel ranks per pod (`--data-parallel-size-local`); GPUs per pod = tensor × dataLocal. Minimum 1, default 1.",
                    "format": "int32",
                    "minimum": 1,
                    "type": "integer"
                  },
                  "tensor": {
                    "default": 1,
                    "description": "Tensor-parallel size: GPUs sharding one model replica (`--tensor-parallel-size`). Minimum 1, default 1.",
                    "format": "int32",
                    "minimum": 1,
                    "type": "integer"
                  }
                },
                "type": "object"
              },
              "replicas": {
                "default": 1,
                "description": "Number of pods of this role (the Deployment's replicas). Minimum 0, default 1.",
                "format": "int32",
                "minimum": 0,
                "type": "integer"
              },
              "resources": {
                "additionalProperties": false,
                "description": "CPU/memory for the vLLM container. GPU requests and limits are set by the operator (tensor × dataLocal of the accelerator's resource) and overwrite any given here.",
                "properties": {
                  "claims": {
                    "description": "Dynamic resource claims (DRA) used by the container.",
                    "items": {
                      "additionalProperties": false,
                      "description": "A dynamic resource claim used by the container. Requires `name`.",
                      "properties": {
                        "name": {
                          "description": "Name of an entry in the pod's spec.resourceClaims (unique here).",
                          "type": "string"
                        },
                        "request": {
                          "description": "One request of that claim; empty makes the whole claim available.",
                          "type": "string"
                        }
                      },
                      "required": [
                        "name"
                      ],
                      "type": "object"
                    },
                    "type": "array"
                  },
                  "limits": {
                    "additionalProperties": {
                      "anyOf": [
                        {
                          "type": "integer"
                        },
                        {
                          "pattern": "^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$",
                          "type": "string"
                        }
                      ],
                      "description": "A Kubernetes quantity: an integer or a string such as `500m`, `2`, `1.5`, `64Gi`, `1e3`.",
                      "x-kubernetes-int-or-string": true
                    },
                    "description": "Maximum resources, e.g. `memory: 64Gi`. Resource name → quantity.",
                    "type": "object"
                  },
                  "requests": {
                    "additionalProperties": {
                      "anyOf": [
                        {
                          "type": "integer"
                        },
                        {
                          "pattern": "^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$",
                          "type": "string"
                        }
                      ],
                      "description": "A Kubernetes quantity: an integer or a string such as `500m`, `2`, `1.5`, `64Gi`, `1e3`.",
                      "x-kubernetes-int-or-string": true
                    },
                    "description": "Minimum resources the scheduler reserves, e.g. `cpu: \"8\"`. Resource name → quantity; must not exceed the limit.",
                    "type": "object"
                  }
                },
                "type": "object"
              },
              "tolerations": {
                "description": "Taints the pods tolerate; copied to the pod spec.",
                "items": {
                  "additionalProperties": false,
                  "description": "A taint the pods tolerate (key, operator, value, effect).",
                  "properties": {
                    "effect": {
                      "description": "Taint effect to match: NoSchedule, PreferNoSchedule or NoExecute; empty matches all.",
                      "type": "string"
                    },
                    "key": {
                      "description": "Taint key to match; empty matches every key (then `operator` must be Exists).",
                      "type": "string"
                    },
                    "operator": {
                      "description": "How `value` is compared: Equal (default), Exists, Lt or Gt.",
                      "type": "string"
                    },
                    "tolerationSeconds": {
                      "description": "For NoExecute: seconds the pod stays bound after the taint appears; unset means forever.",
                      "format": "int64",
                      "type": "integer"
                    },
                    "value": {
                      "description": "Taint value to match; empty with operator Exists.",
                      "type": "string"
                    }
                  },
                  "type": "object"
                },
                "type": "array"
              }
            },
            "type": "object"
          },
          "engine": {
            "additionalProperties": false,
            "description": "The inference engine (vLLM) container.",
            "properties": {
              "args": {
                "description": "Extra vLLM arguments, appended after the generated ones (--model, --port, --served-model-name, parallelism flags).",
                "items": {
                  "description": "One extra vLLM command-line argument.",
                  "type": "string"
                },
                "type": "array"
              },
              "env": {
                "description": "Extra environment variables of the vLLM container, appended after TP_SIZE, DP_SIZE and DP_SIZE_LOCAL.",
                "items": {
                  "additionalProperties": false,
                  "description": "An environment variable of the vLLM container. Requires `name`; give `value` or `valueFrom`.",
                  "properties": {
                    "name": {
                      "description": "Name of the environment variable (printable ASCII characters except `=`).",
                      "type": "string"
                    },
                    "value": {
                      "description": "Value; `$(VAR)` references to earlier variables are expanded, `$$` escapes. Default \"\".",
                      "type": "string"
                    },
                    "valueFrom": {
                      "additionalProperties": false,
                      "description": "Where the value comes from; use instead of `value`.",
                      "properties": {
                        "configMapKeyRef": {
                          "additionalProperties": false,
                          "description": "Take the value from a key of a ConfigMap. Requires `key`.",
                          "properties": {
                            "key": {
                              "description": "The key to select.",
                              "type": "string"
                            },
                            "name": {
                              "default": "",
                              "description": "Name of the ConfigMap. Default \"\" (almost surely wrong).",
                              "type": "string"
                            },
                            "optional": {
                              "description": "Allow the ConfigMap or key to be missing.",
                              "type": "boolean"
                            }
                          },
                          "required": [
                            "key"
                          ],
                          "type": "object"
                        },
                        "fieldRef": {
                          "additionalProperties": false,
                          "description": "Take the value from a field of the pod. Requires `fieldPath`.",
                          "properties": {
                            "apiVersion": {
                              "description": "API version of `fieldPath`; default \"v1\".",
                              "type": "string"
                            },
                            "fieldPath": {
                              "description": "Pod field to select, e.g. `metadata.name`, `status.podIP`.",
                              "type": "string"
                            }
                          },
                          "required": [
                            "fieldPath"
                          ],
                          "type": "object"
                        },
                        "fileKeyRef": {
                          "additionalProperties": false,
                          "description": "Take the value from a key of an env file in a volume (EnvFiles feature gate). Requires `key`, `path` and `volumeName`.",
                          "properties": {
                            "key": {
                              "description": "The key within the env file.",
                              "type": "string"
                            },
                            "optional": {
                              "default": false,
                              "description": "Allow the file or key to be missing. Default false.",
                              "type": "boolean"
                            },
                            "path": {
                              "description": "Relative path of the env file inside the volume (no `..`).",
                              "type": "string"
                            },
                            "volumeName": {
                              "description": "Volume mount that holds the env file.",
                              "type": "string"
                            }
                          },
                          "required": [
                            "key",
                            "path",
                            "volumeName"
                          ],
                          "type": "object"
                        },
                        "resourceFieldRef": {
                          "additionalProperties": false,
                          "description": "Take the value from a resource limit or request of the container. Requires `resource`.",
                          "properties": {
                            "containerName": {
                              "description": "Container to read; default this one.",
                              "type": "string"
                            },
                            "divisor": {
                              "anyOf": [
                                {
                                  "type": "integer"
                                },
                                {
                                  "pattern": "^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$",
                                  "type": "string"
                                }
                              ],
                              "description": "Unit of the exposed value, a quantity; default \"1\".",
                              "x-kubernetes-int-or-string": true
                            },
                            "resource": {
                              "description": "Resource to select, e.g. `limits.cpu`, `requests.memory`.",
                              "type": "string"
                            }
                          },
                          "required": [
                            "resource"
                          ],
                          "type": "object"
                        },
                        "secretKeyRef": {
                          "additionalProperties": false,
                          "description": "Take the value from a key of a Secret in the namespace. Requires `key`.",
                          "properties": {
                            "key": {
                              "description": "The key of the Secret to select.",
                              "type": "string"
                            },
                            "name": {
                              "default": "",
                              "description": "Name of the Secret. Default \"\" (almost surely wrong).",
                              "type": "string"
                            },
                            "optional": {
                              "description": "Allow the Secret or key to be missing.",
                              "type": "boolean"
                            }
                          },
                          "required": [
                            "key"
                          ],
                          "type": "object"
                        }
                      },
                      "type": "object"
                    }
                  },
                  "required": [
                    "name"
                  ],
                  "type": "object"
                },
                "type": "array"
              },
              "image": {
                "description": "vLLM container image. Empty: the operator's `--default-engine-image` (ghcr.io/llm-d/llm-d-cuda:v0.5.1 by default).",
                "type": "string"
              },
              "imagePullPolicy": {
                "description": "Pull policy of the vLLM container: Always, IfNotPresent or Never. Empty: left unset.",
                "type": "string"
              },
              "port": {
                "default": 8000,
                "description": "Port clients reach vLLM on (with a routing proxy, the proxy's port; vLLM then listens on `routingProxy.targetPort`). 1–65535, default 8000.",
                "format": "int32",
                "maximum": 65535,
                "minimum": 1,
                "type": "integer"
              }
            },
            "type": "object"
          },
          "httpRoute": {
            "additionalProperties": false,
            "description": "A Gateway API HTTPRoute to the InferencePool. Requires `gatewayRef`; meant to be used with `inferencePool`.",
            "properties": {
              "gatewayRef": {
                "additionalProperties": false,
                "description": "The Gateway the HTTPRoute attaches to. Requires `name`.",
                "properties": {
                  "name": {
                    "description": "Name of the Gateway.",
                    "minLength": 1,
                    "type": "string"
                  },
                  "namespace": {
                    "description": "Namespace of the Gateway. Empty: the ModelService's namespace.",
                    "type": "string"
                  }
                },
                "required": [
                  "name"
                ],
                "type": "object"
              },
              "hostnames": {
                "description": "Hostnames of the HTTPRoute. Empty: all hostnames.",
                "items": {
                  "description": "A hostname the route matches.",
                  "type": "string"
                },
                "type": "array"
              }
            },
            "required": [
              "gatewayRef"
            ],
            "type": "object"
          },
          "inferencePool": {
            "additionalProperties": false,
            "description": "The Gateway API Inference Extension InferencePool over the serving pods. Absent: the operator still builds a default EPP and pool (FailClose).",
            "properties": {
              "endpointPicker": {
                "additionalProperties": false,
                "description": "The Endpoint Picker (EPP): Deployment, Service, RBAC and config the operator creates for the pool.",
                "properties": {
                  "failureMode": {
                    "default": "FailOpen",
                    "description": "What the gateway does when the EPP is down: FailOpen routes anyway, FailClose rejects. Default FailOpen.",
                    "enum": [
                      "FailOpen",
                      "FailClose"
                    ],
                    "type": "string"
                  },
                  "image": {
                    "description": "EPP image. Empty: the operator's `--default-epp-image` (ghcr.io/llm-d/llm-d-inference-scheduler:v0.6.0 by default).",
                    "type": "string"
                  },
                  "port": {
                    "default": 9002,
                    "description": "gRPC (ext-proc) port of the EPP Service. 1–65535, default 9002.",
                    "format": "int32",
                    "maximum": 65535,
                    "minimum": 1,
                    "type": "integer"
                  },
                  "replicas": {
                    "default": 1,
                    "description": "Number of EPP pods. Minimum 0, default 1.",
                    "format": "int32",
                    "minimum": 0,
                    "type": "integer"
                  },
                  "resources": {
                    "additionalProperties": false,
                    "description": "EPP container resources. When both limits and requests are empty the operator uses requests cpu 4, memory 8Gi and limit memory 16Gi.",
                    "properties": {
                      "claims": {
                        "description": "Dynamic resource claims (DRA) used by the container.",
                        "items": {
                          "additionalProperties": false,
                          "description": "A dynamic resource claim used by the container. Requires `name`.",
                          "properties": {
                            "name": {
                              "description": "Name of an entry in the pod's spec.resourceClaims (unique here).",
                              "type": "string"
                            },
                            "request": {
                              "description": "One request of that claim; empty makes the whole claim available.",
                              "type": "string"
                            }
                          },
                          "required": [
                            "name"
                          ],
                          "type": "object"
                        },
                        "type": "array"
                      },
                      "limits": {
                        "additionalProperties": {
                          "anyOf": [
                            {
                              "type": "integer"
                            },
                            {
                              "pattern": "^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$",
                              "type": "string"
                            }
                          ],
                          "description": "A Kubernetes quantity: an integer or a string such as `500m`, `2`, `1.5`, `64Gi`, `1e3`.",
                          "x-kubernetes-int-or-string": true
                        },
                        "description": "Maximum resources, e.g. `memory: 64Gi`. Resource name → quantity.",
                        "type": "object"
                      },
                      "requests": {
                        "additionalProperties": {
                          "anyOf": [
                            {
                              "type": "integer"
                            },
                            {
                              "pattern": "^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$",
                              "type": "string"
                            }
                          ],
                          "description": "A Kubernetes quantity: an integer or a string such as `500m`, `2`, `1.5`, `64Gi`, `1e3`.",
                          "x-kubernetes-int-or-string": true
                        },
                        "description": "Minimum resources the scheduler reserves, e.g. `cpu: \"8\"`. Resource name → quantity; must not exceed the limit.",
                        "type": "object"
                      }
                    },
                    "type": "object"
                  }
                },
                "type": "object"
              }
            },
            "required": [
              "endpointPicker"
            ],
            "type": "object"
          },
          "model": {
            "additionalProperties": false,
            "description": "The model to serve: its OCI artifact and the name it is served under. Requires `name` and `image`.",
            "properties": {
              "image": {
                "description": "OCI reference of the model artifact (a ModelKit), e.g. `registry.example.com/models/qwen3-32b:v1`; unpacked by the kit init container into `mountPath`.",
                "minLength": 1,
                "type": "string"
              },
              "imagePullSecrets": {
                "description": "Secrets used to pull the model artifact from a private registry.",
                "items": {
                  "additionalProperties": false,
                  "description": "A reference to a Secret in the same namespace.",
                  "properties": {
                    "name": {
                      "default": "",
                      "description": "Name of a Secret in the ModelService's namespace. Default \"\" (almost surely wrong).",
                      "type": "string"
                    }
                  },
                  "type": "object"
                },
                "type": "array"
              },
              "mountPath": {
                "default": "/models",
                "description": "Where the model is unpacked in the serving containers; vLLM's `--model` points here. Default `/models`.",
                "type": "string"
              },
              "name": {
                "description": "Model name clients use in OpenAI-style requests (e.g. `qwen/Qwen3-32B`); passed verbatim to vLLM as `--served-model-name`. 1–253 characters.",
                "maxLength": 253,
                "minLength": 1,
                "type": "string"
              }
            },
            "required": [
              "name",
              "image"
            ],
            "type": "object"
          },
          "monitoring": {
            "additionalProperties": false,
            "description": "Observability settings. Absent or `{}`: PodMonitors on with defaults (operator v1.0.1).",
            "properties": {
              "podMonitor": {
                "additionalProperties": false,
                "description": "Prometheus PodMonitors for the serving pods. Present, its fields take CRD defaults — including enabled: false.",
                "properties": {
                  "enabled": {
                    "default": false,
                    "description": "Create the PodMonitors. Default false: `podMonitor: {}` disables them, while an absent podMonitor keeps them on (operator v1.0.1).",
                    "type": "boolean"
                  },
                  "interval": {
                    "default": "30s",
                    "description": "Scrape interval, e.g. `30s`. Default `30s`.",
                    "type": "string"
                  },
                  "path": {
                    "default": "/metrics",
                    "description": "HTTP path of the metrics endpoint. Default `/metrics`.",
                    "type": "string"
                  },
                  "portName": {
                    "default": "http",
                    "description": "Named container port to scrape. Default `http`.",
                    "type": "string"
                  }
                },
                "type": "object"
              }
            },
            "type": "object"
          },
          "prefill": {
            "additionalProperties": false,
            "description": "Optional separate prefill pods for prefill/decode disaggregation. Absent: no prefill Deployment (an existing one is deleted). Should come with `routingProxy`.",
            "properties": {
              "annotations": {
                "additionalProperties": {
                  "description": "Annotation value.",
                  "type": "string"
                },
                "description": "Annotations for the serving pods, copied onto the pod template (operator v1.0.1 / API v1.0.0 only).",
                "type": "object"
              },
              "nodeSelector": {
                "additionalProperties": {
                  "description": "Required node label value.",
                  "type": "string"
                },
                "description": "Node labels the pods must match; copied to the pod spec.",
                "type": "object"
              },
              "parallelism": {
                "additionalProperties": false,
                "description": "vLLM tensor/data parallelism of this role. Its fields default to 1 only when the object is present; absent, every value is treated as 1.",
                "properties": {
                  "data": {
                    "default": 1,
                    "description": "Data-parallel size (`--data-parallel-size`, DP_SIZE). Minimum 1, default 1.",
                    "format": "int32",
                    "minimum": 1,
                    "type": "integer"
                  },
                  "dataLocal": {
                    "default": 1,
                    "description": "Data-parallel ranks per pod (`--data-parallel-size-local`); GPUs per pod = tensor × dataLocal. Minimum 1, default 1.",
                    "format": "int32",
                    "minimum": 1,
                    "type": "integer"
                  },
                  "tensor": {
                    "default": 1,
                    "description": "Tensor-parallel size: GPUs sharding one model replica (`--tensor-parallel-size`). Minimum 1, default 1.",
                    "format": "int32",
                    "minimum": 1,
                    "type": "integer"
                  }
                },
                "type": "object"
              },
              "replicas": {
                "default": 1,
                "description": "Number of pods of this role (the Deployment's replicas). Minimum 0, default 1.",
                "format": "int32",
                "minimum": 0,
                "type": "integer"
              },
              "resources": {
                "additionalProperties": false,
                "description": "CPU/memory for the vLLM container. GPU requests and limits are set by the operator (tensor × dataLocal of the accelerator's resource) and overwrite any given here.",
                "properties": {
                  "claims": {
                    "description": "Dynamic resource claims (DRA) used by the container.",
                    "items": {
                      "additionalProperties": false,
                      "description": "A dynamic resource claim used by the container. Requires `name`.",
                      "properties": {
                        "name": {
                          "description": "Name of an entry in the pod's spec.resourceClaims (unique here).",
                          "type": "string"
                        },
                        "request": {
                          "description": "One request of that claim; empty makes the whole claim available.",
                          "type": "string"
                        }
                      },
                      "required": [
                        "name"
                      ],
                      "type": "object"
                    },
                    "type": "array"
                  },
                  "limits": {
                    "additionalProperties": {
                      "anyOf": [
                        {
                          "type": "integer"
                        },
                        {
                          "pattern": "^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$",
                          "type": "string"
                        }
                      ],
                      "description": "A Kubernetes quantity: an integer or a string such as `500m`, `2`, `1.5`, `64Gi`, `1e3`.",
                      "x-kubernetes-int-or-string": true
                    },
                    "description": "Maximum resources, e.g. `memory: 64Gi`. Resource name → quantity.",
                    "type": "object"
                  },
                  "requests": {
                    "additionalProperties": {
                      "anyOf": [
                        {
                          "type": "integer"
                        },
                        {
                          "pattern": "^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$",
                          "type": "string"
                        }
                      ],
                      "description": "A Kubernetes quantity: an integer or a string such as `500m`, `2`, `1.5`, `64Gi`, `1e3`.",
                      "x-kubernetes-int-or-string": true
                    },
                    "description": "Minimum resources the scheduler reserves, e.g. `cpu: \"8\"`. Resource name → quantity; must not exceed the limit.",
                    "type": "object"
                  }
                },
                "type": "object"
              },
              "tolerations": {
                "description": "Taints the pods tolerate; copied to the pod spec.",
                "items": {
                  "additionalProperties": false,
                  "description": "A taint the pods tolerate (key, operator, value, effect).",
                  "properties": {
                    "effect": {
                      "description": "Taint effect to match: NoSchedule, PreferNoSchedule or NoExecute; empty matches all.",
                      "type": "string"
                    },
                    "key": {
                      "description": "Taint key to match; empty matches every key (then `operator` must be Exists).",
                      "type": "string"
                    },
                    "operator": {
                      "description": "How `value` is compared: Equal (default), Exists, Lt or Gt.",
                      "type": "string"
                    },
                    "tolerationSeconds": {
                      "description": "For NoExecute: seconds the pod stays bound after the taint appears; unset means forever.",
                      "format": "int64",
                      "type": "integer"
                    },
                    "value": {
                      "description": "Taint value to match; empty with operator Exists.",
                      "type": "string"
                    }
                  },
                  "type": "object"
                },
                "type": "array"
              }
            },
            "type": "object"
          },
          "routingProxy": {
            "additionalProperties": false,
            "description": "The llm-d routing sidecar in the decode pods, which sends prefill work to the prefill pods. Needed with `prefill`; `connector` and `targetPort` default only when this object is present.",
            "properties": {
              "certPath": {
                "description": "Directory of the proxy's TLS certificate; omitted when empty.",
                "type": "string"
              },
              "connector": {
                "default": "nixlv2",
                "description": "KV-cache transfer connector passed as `--connector` (e.g. nixlv2, lmcache). Default `nixlv2`.",
                "type": "string"
              },
              "image": {
                "description": "Routing sidecar image. Empty: the operator's `--default-routing-proxy-image` (ghcr.io/llm-d/llm-d-routing-sidecar:v0.6.0 by default).",
                "type": "string"
              },
              "prefillerUseTLS": {
                "description": "Use TLS towards the prefill pods (`--prefiller-use-tls`); unset omits the flag.",
                "type": "boolean"
              },
              "secureProxy": {
                "description": "Serve TLS on the proxy (`--secure-proxy`). Unset means false.",
                "type": "boolean"
              },
              "targetPort": {
                "default": 8200,
                "description": "Port vLLM listens on behind the proxy; the proxy listens on `engine.port` and forwards here. 1–65535, default 8200.",
                "format": "int32",
                "maximum": 65535,
                "minimum": 1,
                "type": "integer"
              },
              "zapEncoder": {
                "description": "Sidecar log encoding (`json` or `console`); omitted when empty.",
                "type": "string"
              },
              "zapLogLevel": {
                "description": "Sidecar log level (e.g. `debug`, `info`, `error`); omitted when empty.",
                "type": "string"
              }
            },
            "type": "object"
          }
        },
        "required": [
          "model",
          "engine",
          "accelerator",
          "decode"
        ],
        "type": "object"
      },
      "status": {
        "description": "Written by the controller (phase, ready/desired replicas per role, Ready condition); ignored when rendering.",
        "type": "object",
        "x-kubernetes-preserve-unknown-fields": true
      }
    },
    "required": [
      "metadata",
      "spec"
    ],
    "title": "ModelService",
    "type": "object",
    "x-operator-version": "v1.0.1"
  },
  "v0.9.0-alpha.2": {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "additionalProperties": false,
    "description": "A ModelService serves one OCI-packaged model with vLLM, optionally with prefill/decode disaggregation, an Endpoint Picker (InferencePool) and a Gateway API HTTPRoute.",
    "properties": {
      "apiVersion": {
        "description": "API group and version: always `model.otterscale.io/v1alpha1`. May be omitted here.",
        "enum": [
          "model.otterscale.io/v1alpha1"
        ],
        "type": "string"
      },
      "kind": {
        "description": "Object kind: always `ModelService`. May be omitted here.",
        "enum": [
          "ModelService"
        ],
        "type": "string"
      },
      "metadata": {
        "additionalProperties": false,
        "description": "Standard object metadata. Requires `name`; only the standard ObjectMeta fields are allowed.",
        "properties": {
          "annotations": {
            "additionalProperties": {
              "description": "Annotation value.",
              "type": "string"
            },
            "description": "Annotations of the ModelService itself; not copied anywhere (pod annotations go in `spec.decode.annotations` / `spec.prefill.annotations`).",
            "type": "object"
          },
          "creationTimestamp": {
            "description": "Creation time (RFC 3339) set by the API server; ignored.",
            "type": "string"
          },
          "deletionGracePeriodSeconds": {
            "description": "Seconds left before deletion; set by the server.",
            "format": "int64",
            "type": "integer"
          },
          "deletionTimestamp": {
            "description": "Deletion time (RFC 3339) set by the API server.",
            "type": "string"
          },
          "finalizers": {
            "description": "Finalizers; the operator adds `model.otterscale.io/epp-cluster-rbac` to remove the cluster-scoped EPP RBAC on deletion.",
            "items": {
              "description": "A finalizer name.",
              "type": "string"
            },
            "type": "array"
          },
          "generateName": {
            "description": "Prefix for a server-generated name when `name` is empty; not read by the operator.",
            "type": "string"
          },
          "generation": {
            "description": "Spec generation set by the API server; copied into status.observedGeneration and the Ready condition.",
            "format": "int64",
            "type": "integer"
          },
          "labels": {
            "additionalProperties": {
              "description": "Label value.",
              "type": "string"
            },
            "description": "Labels of the ModelService itself; not copied to any child object.",
            "type": "object"
          },
          "managedFields": {
            "description": "Server-side-apply bookkeeping written by the API server; ignored.",
            "items": {
              "description": "One field-manager entry.",
              "type": "object",
              "x-kubernetes-preserve-unknown-fields": true
            },
            "type": "array"
          },
          "name": {
            "description": "Name of the ModelService. Used as-is in the serving Deployment, PodMonitor, InferencePool and HTTPRoute names and labels; EPP objects use a DNS-1035-sanitized form.",
            "type": "string"
          },
          "namespace": {
            "description": "Namespace of the ModelService; every namespaced child object is created in it. Omitted: `default`.",
            "type": "string"
          },
          "ownerReferences": {
            "description": "Objects that own this ModelService.",
            "items": {
              "additionalProperties": false,
              "description": "A reference to an owning object.",
              "properties": {
                "apiVersion": {
                  "description": "API version of the owner.",
                  "type": "string"
                },
                "blockOwnerDeletion": {
                  "description": "Foreground deletion of the owner waits for this object.",
                  "type": "boolean"
                },
                "controller": {
                  "description": "True when the owner is the managing controller.",
                  "type": "boolean"
                },
                "kind": {
                  "description": "Kind of the owner.",
                  "type": "string"
                },
                "name": {
                  "description": "Name of the owner.",
                  "type": "string"
                },
                "uid": {
                  "description": "UID of the owner.",
                  "type": "string"
                }
              },
              "required": [
                "apiVersion",
                "kind",
                "name",
                "uid"
              ],
              "type": "object"
            },
            "type": "array"
          },
          "resourceVersion": {
            "description": "Opaque version set by the API server; ignored.",
            "type": "string"
          },
          "selfLink": {
            "description": "Deprecated, read-only URL of the object; ignored.",
            "type": "string"
          },
          "uid": {
            "description": "Unique ID set by the API server. When given, namespaced child objects get a controller ownerReference to the ModelService.",
            "type": "string"
          }
        },
        "required": [
          "name"
        ],
        "type": "object"
      },
      "spec": {
        "additionalProperties": false,
        "description": "Desired serving configuration. Requires `model`, `engine`, `accelerator` and `decode`.",
        "properties": {
          "accelerator": {
            "additionalProperties": false,
            "description": "The accelerator the serving pods run on. Requires `type`.",
            "properties": {
              "type": {
                "description": "Accelerator hardware: picks the GPU resource name (e.g. nvidia.com/gpu) the operator requests tensor × dataLocal of; `cpu` requests none.",
                "enum": [
                  "nvidia",
                  "amd",
                  "intel-gaudi",
                  "google",
                  "cpu"
                ],
                "type": "string"
              }
            },
            "required": [
              "type"
            ],
            "type": "object"
          },
          "decode": {
            "additionalProperties": false,
            "description": "Decode (or unified) serving pods: without `prefill` these are the only serving pods.",
            "properties": {
              "nodeSelector": {
                "additionalProperties": {
                  "description": "Required node label value.",
                  "type": "string"
                },
                "description": "Node labels the pods must match; copied to the pod spec.",
                "type": "object"
              },
              "parallelism": {
                "additionalProperties": false,
                "description": "vLLM tensor/data parallelism of this role. Its fields default to 1 only when the object is present; absent, every value is treated as 1.",
                "properties": {
                  "data": {
                    "default": 1,
                    "description": "Data-parallel size (`--data-parallel-size`, DP_SIZE). Minimum 1, default 1.",
                    "format": "int32",
                    "minimum": 1,
                    "type": "integer"
                  },
                  "dataLocal": {
                    "default": 1,
                    "description": "Data-parallel ranks per pod (`--data-parallel-size-local`); GPUs per pod = tensor × dataLocal. Minimum 1, default 1.",
                    "format": "int32",
                    "minimum": 1,
                    "type": "integer"
                  },
                  "tensor": {
                    "default": 1,
                    "description": "Tensor-parallel size: GPUs sharding one model replica (`--tensor-parallel-size`). Minimum 1, default 1.",
                    "format": "int32",
                    "minimum": 1,
                    "type": "integer"
                  }
                },
                "type": "object"
              },
              "replicas": {
                "default": 1,
                "description": "Number of pods of this role (the Deployment's replicas). Minimum 0, default 1.",
                "format": "int32",
                "minimum": 0,
                "type": "integer"
              },
              "resources": {
                "additionalProperties": false,
                "description": "CPU/memory for the vLLM container. GPU requests and limits are set by the operator (tensor × dataLocal of the accelerator's resource) and overwrite any given here.",
                "properties": {
                  "claims": {
                    "description": "Dynamic resource claims (DRA) used by the container.",
                    "items": {
                      "additionalProperties": false,
                      "description": "A dynamic resource claim used by the container. Requires `name`.",
                      "properties": {
                        "name": {
                          "description": "Name of an entry in the pod's spec.resourceClaims (unique here).",
                          "type": "string"
                        },
                        "request": {
                          "description": "One request of that claim; empty makes the whole claim available.",
                          "type": "string"
                        }
                      },
                      "required": [
                        "name"
                      ],
                      "type": "object"
                    },
                    "type": "array"
                  },
                  "limits": {
                    "additionalProperties": {
                      "anyOf": [
                        {
                          "type": "integer"
                        },
                        {
                          "pattern": "^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$",
                          "type": "string"
                        }
                      ],
                      "description": "A Kubernetes quantity: an integer or a string such as `500m`, `2`, `1.5`, `64Gi`, `1e3`.",
                      "x-kubernetes-int-or-string": true
                    },
                    "description": "Maximum resources, e.g. `memory: 64Gi`. Resource name → quantity.",
                    "type": "object"
                  },
                  "requests": {
                    "additionalProperties": {
                      "anyOf": [
                        {
                          "type": "integer"
                        },
                        {
                          "pattern": "^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$",
                          "type": "string"
                        }
                      ],
                      "description": "A Kubernetes quantity: an integer or a string such as `500m`, `2`, `1.5`, `64Gi`, `1e3`.",
                      "x-kubernetes-int-or-string": true
                    },
                    "description": "Minimum resources the scheduler reserves, e.g. `cpu: \"8\"`. Resource name → quantity; must not exceed the limit.",
                    "type": "object"
                  }
                },
                "type": "object"
              },
              "tolerations": {
                "description": "Taints the pods tolerate; copied to the pod spec.",
                "items": {
                  "additionalProperties": false,
                  "description": "A taint the pods tolerate (key, operator, value, effect).",
                  "properties": {
                    "effect": {
                      "description": "Taint effect to match: NoSchedule, PreferNoSchedule or NoExecute; empty matches all.",
                      "type": "string"
                    },
                    "key": {
                      "description": "Taint key to match; empty matches every key (then `operator` must be Exists).",
                      "type": "string"
                    },
                    "operator": {
                      "description": "How `value` is compared: Equal (default), Exists, Lt or Gt.",
                      "type": "string"
                    },
                    "tolerationSeconds": {
                      "description": "For NoExecute: seconds the pod stays bound after the taint appears; unset means forever.",
                      "format": "int64",
                      "type": "integer"
                    },
                    "value": {
                      "description": "Taint value to match; empty with operator Exists.",
                      "type": "string"
                    }
                  },
                  "type": "object"
                },
                "type": "array"
              }
            },
            "type": "object"
          },
          "engine": {
            "additionalProperties": false,
            "description": "The inference engine (vLLM) container.",
            "properties": {
              "args": {
                "description": "Extra vLLM arguments, appended after the generated ones (--model, --port, --served-model-name, parallelism flags).",
                "items": {
                  "description": "One extra vLLM command-line argument.",
                  "type": "string"
                },
                "type": "array"
              },
              "env": {
                "description": "Extra environment variables of the vLLM container, appended after TP_SIZE, DP_SIZE and DP_SIZE_LOCAL.",
                "items": {
                  "additionalProperties": false,
                  "description": "An environment variable of the vLLM container. Requires `name`; give `value` or `valueFrom`.",
                  "properties": {
                    "name": {
                      "description": "Name of the environment variable (printable ASCII characters except `=`).",
                      "type": "string"
                    },
                    "value": {
                      "description": "Value; `$(VAR)` references to earlier variables are expanded, `$$` escapes. Default \"\".",
                      "type": "string"
                    },
                    "valueFrom": {
                      "additionalProperties": false,
                      "description": "Where the value comes from; use instead of `value`.",
                      "properties": {
                        "configMapKeyRef": {
                          "additionalProperties": false,
                          "description": "Take the value from a key of a ConfigMap. Requires `key`.",
                          "properties": {
                            "key": {
                              "description": "The key to select.",
                              "type": "string"
                            },
                            "name": {
                              "default": "",
                              "description": "Name of the ConfigMap. Default \"\" (almost surely wrong).",
                              "type": "string"
                            },
                            "optional": {
                              "description": "Allow the ConfigMap or key to be missing.",
                              "type": "boolean"
                            }
                          },
                          "required": [
                            "key"
                          ],
                          "type": "object"
                        },
                        "fieldRef": {
                          "additionalProperties": false,
                          "description": "Take the value from a field of the pod. Requires `fieldPath`.",
                          "properties": {
                            "apiVersion": {
                              "description": "API version of `fieldPath`; default \"v1\".",
                              "type": "string"
                            },
                            "fieldPath": {
                              "description": "Pod field to select, e.g. `metadata.name`, `status.podIP`.",
                              "type": "string"
                            }
                          },
                          "required": [
                            "fieldPath"
                          ],
                          "type": "object"
                        },
                        "fileKeyRef": {
                          "additionalProperties": false,
                          "description": "Take the value from a key of an env file in a volume (EnvFiles feature gate). Requires `key`, `path` and `volumeName`.",
                          "properties": {
                            "key": {
                              "description": "The key within the env file.",
                              "type": "string"
                            },
                            "optional": {
                              "default": false,
                              "description": "Allow the file or key to be missing. Default false.",
                              "type": "boolean"
                            },
                            "path": {
                              "description": "Relative path of the env file inside the volume (no `..`).",
                              "type": "string"
                            },
                            "volumeName": {
                              "description": "Volume mount that holds the env file.",
                              "type": "string"
                            }
                          },
                          "required": [
                            "key",
                            "path",
                            "volumeName"
                          ],
                          "type": "object"
                        },
                        "resourceFieldRef": {
                          "additionalProperties": false,
                          "description": "Take the value from a resource limit or request of the container. Requires `resource`.",
                          "properties": {
                            "containerName": {
                              "description": "Container to read; default this one.",
                              "type": "string"
                            },
                            "divisor": {
                              "anyOf": [
                                {
                                  "type": "integer"
                                },
                                {
                                  "pattern": "^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$",
                                  "type": "string"
                                }
                              ],
                              "description": "Unit of the exposed value, a quantity; default \"1\".",
                              "x-kubernetes-int-or-string": true
                            },
                            "resource": {
                              "description": "Resource to select, e.g. `limits.cpu`, `requests.memory`.",
                              "type": "string"
                            }
                          },
                          "required": [
                            "resource"
                          ],
                          "type": "object"
                        },
                        "secretKeyRef": {
                          "additionalProperties": false,
                          "description": "Take the value from a key of a Secret in the namespace. Requires `key`.",
                          "properties": {
                            "key": {
                              "description": "The key of the Secret to select.",
                              "type": "string"
                            },
                            "name": {
                              "default": "",
                              "description": "Name of the Secret. Default \"\" (almost surely wrong).",
                              "type": "string"
                            },
                            "optional": {
                              "description": "Allow the Secret or key to be missing.",
                              "type": "boolean"
                            }
                          },
                          "required": [
                            "key"
                          ],
                          "type": "object"
                        }
                      },
                      "type": "object"
                    }
                  },
                  "required": [
                    "name"
                  ],
                  "type": "object"
                },
                "type": "array"
              },
              "image": {
                "description": "vLLM container image. Empty: the operator's `--default-engine-image` (ghcr.io/llm-d/llm-d-cuda:v0.5.1 by default).",
                "type": "string"
              },
              "imagePullPolicy": {
                "description": "Pull policy of the vLLM container: Always, IfNotPresent or Never. Empty: left unset.",
                "type": "string"
              },
              "port": {
                "default": 8000,
                "description": "Port clients reach vLLM on (with a routing proxy, the proxy's port; vLLM then listens on `routingProxy.targetPort`). 1–65535, default 8000.",
                "format": "int32",
                "maximum": 65535,
                "minimum": 1,
                "type": "integer"
              }
            },
            "type": "object"
          },
          "httpRoute": {
            "additionalProperties": false,
            "description": "A Gateway API HTTPRoute to the InferencePool. Requires `gatewayRef`; meant to be used with `inferencePool`.",
            "properties": {
              "gatewayRef": {
                "additionalProperties": false,
                "description": "The Gateway the HTTPRoute attaches to. Requires `name`.",
                "properties": {
                  "name": {
                    "description": "Name of the Gateway.",
                    "minLength": 1,
                    "type": "string"
                  },
                  "namespace": {
                    "description": "Namespace of the Gateway. Empty: the ModelService's namespace.",
                    "type": "string"
                  }
                },
                "required": [
                  "name"
                ],
                "type": "object"
              },
              "hostnames": {
                "description": "Hostnames of the HTTPRoute. Empty: all hostnames.",
                "items": {
                  "description": "A hostname the route matches.",
                  "type": "string"
                },
                "type": "array"
              }
            },
            "required": [
              "gatewayRef"
            ],
            "type": "object"
          },
          "inferencePool": {
            "additionalProperties": false,
            "description": "The Gateway API Inference Extension InferencePool over the serving pods. Absent: the operator still builds a default EPP and pool (FailClose).",
            "properties": {
              "endpointPicker": {
                "additionalProperties": false,
                "description": "The Endpoint Picker (EPP): Deployment, Service, RBAC and config the operator creates for the pool.",
                "properties": {
                  "failureMode": {
                    "default": "FailOpen",
                    "description": "What the gateway does when the EPP is down: FailOpen routes anyway, FailClose rejects. Default FailOpen.",
                    "enum": [
                      "FailOpen",
                      "FailClose"
                    ],
                    "type": "string"
                  },
                  "image": {
                    "description": "EPP image. Empty: the operator's `--default-epp-image` (ghcr.io/llm-d/llm-d-inference-scheduler:v0.6.0 by default).",
                    "type": "string"
                  },
                  "port": {
                    "default": 9002,
                    "description": "gRPC (ext-proc) port of the EPP Service. 1–65535, default 9002.",
                    "format": "int32",
                    "maximum": 65535,
                    "minimum": 1,
                    "type": "integer"
                  },
                  "replicas": {
                    "default": 1,
                    "description": "Number of EPP pods. Minimum 0, default 1.",
                    "format": "int32",
                    "minimum": 0,
                    "type": "integer"
                  },
                  "resources": {
                    "additionalProperties": false,
                    "description": "EPP container resources. When both limits and requests are empty the operator uses requests cpu 4, memory 8Gi and limit memory 16Gi.",
                    "properties": {
                      "claims": {
                        "description": "Dynamic resource claims (DRA) used by the container.",
                        "items": {
                          "additionalProperties": false,
                          "description": "A dynamic resource claim used by the container. Requires `name`.",
                          "properties": {
                            "name": {
                              "description": "Name of an entry in the pod's spec.resourceClaims (unique here).",
                              "type": "string"
                            },
                            "request": {
                              "description": "One request of that claim; empty makes the whole claim available.",
                              "type": "string"
                            }
                          },
                          "required": [
                            "name"
                          ],
                          "type": "object"
                        },
                        "type": "array"
                      },
                      "limits": {
                        "additionalProperties": {
                          "anyOf": [
                            {
                              "type": "integer"
                            },
                            {
                              "pattern": "^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$",
                              "type": "string"
                            }
                          ],
                          "description": "A Kubernetes quantity: an integer or a string such as `500m`, `2`, `1.5`, `64Gi`, `1e3`.",
                          "x-kubernetes-int-or-string": true
                        },
                        "description": "Maximum resources, e.g. `memory: 64Gi`. Resource name → quantity.",
                        "type": "object"
                      },
                      "requests": {
                        "additionalProperties": {
                          "anyOf": [
                            {
                              "type": "integer"
                            },
                            {
                              "pattern": "^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$",
                              "type": "string"
                            }
                          ],
                          "description": "A Kubernetes quantity: an integer or a string such as `500m`, `2`, `1.5`, `64Gi`, `1e3`.",
                          "x-kubernetes-int-or-string": true
                        },
                        "description": "Minimum resources the scheduler reserves, e.g. `cpu: \"8\"`. Resource name → quantity; must not exceed the limit.",
                        "type": "object"
                      }
                    },
                    "type": "object"
                  }
                },
                "type": "object"
              }
            },
            "required": [
              "endpointPicker"
            ],
            "type": "object"
          },
          "model": {
            "additionalProperties": false,
            "description": "The model to serve: its OCI artifact and the name it is served under. Requires `name` and `image`.",
            "properties": {
              "image": {
                "description": "OCI reference of the model artifact (a ModelKit), e.g. `registry.example.com/models/qwen3-32b:v1`; unpacked by the kit init container into `mountPath`.",
                "minLength": 1,
                "type": "string"
              },
              "imagePullSecrets": {
                "description": "Secrets used to pull the model artifact from a private registry.",
                "items": {
                  "additionalProperties": false,
                  "description": "A reference to a Secret in the same namespace.",
                  "properties": {
                    "name": {
                      "default": "",
                      "description": "Name of a Secret in the ModelService's namespace. Default \"\" (almost surely wrong).",
                      "type": "string"
                    }
                  },
                  "type": "object"
                },
                "type": "array"
              },
              "mountPath": {
                "default": "/models",
                "description": "Where the model is unpacked in the serving containers; vLLM's `--model` points here. Default `/models`.",
                "type": "string"
              },
              "name": {
                "description": "Model name clients use in OpenAI-style requests (e.g. `qwen/Qwen3-32B`); passed verbatim to vLLM as `--served-model-name`. 1–253 characters.",
                "maxLength": 253,
                "minLength": 1,
                "type": "string"
              }
            },
            "required": [
              "name",
              "image"
            ],
            "type": "object"
          },
          "monitoring": {
            "additionalProperties": false,
            "description": "Observability settings. Absent or `{}`: PodMonitors on with defaults (operator v1.0.1).",
            "properties": {
              "podMonitor": {
                "additionalProperties": false,
                "description": "Prometheus PodMonitors for the serving pods. Present, its fields take CRD defaults — including enabled: false.",
                "properties": {
                  "enabled": {
                    "default": false,
                    "description": "Create the PodMonitors. Default false: `podMonitor: {}` disables them, while an absent podMonitor keeps them on (operator v1.0.1).",
                    "type": "boolean"
                  },
                  "interval": {
                    "default": "30s",
                    "description": "Scrape interval, e.g. `30s`. Default `30s`.",
                    "type": "string"
                  },
                  "path": {
                    "default": "/metrics",
                    "description": "HTTP path of the metrics endpoint. Default `/metrics`.",
                    "type": "string"
                  },
                  "portName": {
                    "default": "http",
                    "description": "Named container port to scrape. Default `http`.",
                    "type": "string"
                  }
                },
                "type": "object"
              }
            },
            "type": "object"
          },
          "prefill": {
            "additionalProperties": false,
            "description": "Optional separate prefill pods for prefill/decode disaggregation. Absent: no prefill Deployment (an existing one is deleted). Should come with `routingProxy`.",
            "properties": {
              "nodeSelector": {
                "additionalProperties": {
                  "description": "Required node label value.",
                  "type": "string"
                },
                "description": "Node labels the pods must match; copied to the pod spec.",
                "type": "object"
              },
              "parallelism": {
                "additionalProperties": false,
                "description": "vLLM tensor/data parallelism of this role. Its fields default to 1 only when the object is present; absent, every value is treated as 1.",
                "properties": {
                  "data": {
                    "default": 1,
                    "description": "Data-parallel size (`--data-parallel-size`, DP_SIZE). Minimum 1, default 1.",
                    "format": "int32",
                    "minimum": 1,
                    "type": "integer"
                  },
                  "dataLocal": {
                    "default": 1,
                    "description": "Data-parallel ranks per pod (`--data-parallel-size-local`); GPUs per pod = tensor × dataLocal. Minimum 1, default 1.",
                    "format": "int32",
                    "minimum": 1,
                    "type": "integer"
                  },
                  "tensor": {
                    "default": 1,
                    "description": "Tensor-parallel size: GPUs sharding one model replica (`--tensor-parallel-size`). Minimum 1, default 1.",
                    "format": "int32",
                    "minimum": 1,
                    "type": "integer"
                  }
                },
                "type": "object"
              },
              "replicas": {
                "default": 1,
                "description": "Number of pods of this role (the Deployment's replicas). Minimum 0, default 1.",
                "format": "int32",
                "minimum": 0,
                "type": "integer"
              },
              "resources": {
                "additionalProperties": false,
                "description": "CPU/memory for the vLLM container. GPU requests and limits are set by the operator (tensor × dataLocal of the accelerator's resource) and overwrite any given here.",
                "properties": {
                  "claims": {
                    "description": "Dynamic resource claims (DRA) used by the container.",
                    "items": {
                      "additionalProperties": false,
                      "description": "A dynamic resource claim used by the container. Requires `name`.",
                      "properties": {
                        "name": {
                          "description": "Name of an entry in the pod's spec.resourceClaims (unique here).",
                          "type": "string"
                        },
                        "request": {
                          "description": "One request of that claim; empty makes the whole claim available.",
                          "type": "string"
                        }
                      },
                      "required": [
                        "name"
                      ],
                      "type": "object"
                    },
                    "type": "array"
                  },
                  "limits": {
                    "additionalProperties": {
                      "anyOf": [
                        {
                          "type": "integer"
                        },
                        {
                          "pattern": "^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$",
                          "type": "string"
                        }
                      ],
                      "description": "A Kubernetes quantity: an integer or a string such as `500m`, `2`, `1.5`, `64Gi`, `1e3`.",
                      "x-kubernetes-int-or-string": true
                    },
                    "description": "Maximum resources, e.g. `memory: 64Gi`. Resource name → quantity.",
                    "type": "object"
                  },
                  "requests": {
                    "additionalProperties": {
                      "anyOf": [
                        {
                          "type": "integer"
                        },
                        {
                          "pattern": "^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$",
                          "type": "string"
                        }
                      ],
                      "description": "A Kubernetes quantity: an integer or a string such as `500m`, `2`, `1.5`, `64Gi`, `1e3`.",
                      "x-kubernetes-int-or-string": true
                    },
                    "description": "Minimum resources the scheduler reserves, e.g. `cpu: \"8\"`. Resource name → quantity; must not exceed the limit.",
                    "type": "object"
                  }
                },
                "type": "object"
              },
              "tolerations": {
                "description": "Taints the pods tolerate; copied to the pod spec.",
                "items": {
                  "additionalProperties": false,
                  "description": "A taint the pods tolerate (key, operator, value, effect).",
                  "properties": {
                    "effect": {
                      "description": "Taint effect to match: NoSchedule, PreferNoSchedule or NoExecute; empty matches all.",
                      "type": "string"
                    },
                    "key": {
                      "description": "Taint key to match; empty matches every key (then `operator` must be Exists).",
                      "type": "string"
                    },
                    "operator": {
                      "description": "How `value` is compared: Equal (default), Exists, Lt or Gt.",
                      "type": "string"
                    },
                    "tolerationSeconds": {
                      "description": "For NoExecute: seconds the pod stays bound after the taint appears; unset means forever.",
                      "format": "int64",
                      "type": "integer"
                    },
                    "value": {
                      "description": "Taint value to match; empty with operator Exists.",
                      "type": "string"
                    }
                  },
                  "type": "object"
                },
                "type": "array"
              }
            },
            "type": "object"
          },
          "routingProxy": {
            "additionalProperties": false,
            "description": "The llm-d routing sidecar in the decode pods, which sends prefill work to the prefill pods. Needed with `prefill`; `connector` and `targetPort` default only when this object is present.",
            "properties": {
              "certPath": {
                "description": "Directory of the proxy's TLS certificate; omitted when empty.",
                "type": "string"
              },
              "connector": {
                "default": "nixlv2",
                "description": "KV-cache transfer connector passed as `--connector` (e.g. nixlv2, lmcache). Default `nixlv2`.",
                "type": "string"
              },
              "image": {
                "description": "Routing sidecar image. Empty: the operator's `--default-routing-proxy-image` (ghcr.io/llm-d/llm-d-routing-sidecar:v0.6.0 by default).",
                "type": "string"
              },
              "prefillerUseTLS": {
                "description": "Use TLS towards the prefill pods (`--prefiller-use-tls`); unset omits the flag.",
                "type": "boolean"
              },
              "secureProxy": {
                "description": "Serve TLS on the proxy (`--secure-proxy`). Unset means false.",
                "type": "boolean"
              },
              "targetPort": {
                "default": 8200,
                "description": "Port vLLM listens on behind the proxy; the proxy listens on `engine.port` and forwards here. 1–65535, default 8200.",
                "format": "int32",
                "maximum": 65535,
                "minimum": 1,
                "type": "integer"
              },
              "zapEncoder": {
                "description": "Sidecar log encoding (`json` or `console`); omitted when empty.",
                "type": "string"
              },
              "zapLogLevel": {
                "description": "Sidecar log level (e.g. `debug`, `info`, `error`); omitted when empty.",
                "type": "string"
              }
            },
            "type": "object"
          }
        },
        "required": [
          "model",
          "engine",
          "accelerator",
          "decode"
        ],
        "type": "object"
      },
      "status": {
        "description": "Written by the controller (phase, ready/desired replicas per role, Ready condition); ignored when rendering.",
        "type": "object",
        "x-kubernetes-preserve-unknown-fields": true
      }
    },
    "required": [
      "metadata",
      "spec"
    ],
    "title": "ModelService",
    "type": "object",
    "x-operator-version": "v0.9.0-alpha.2"
  },
};
