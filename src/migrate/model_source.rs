//! `spec.model.image` (a KitOps ModelKit) → `spec.model.uri`. KServe v0.20.0 fetches `hf://`,
//! `s3://`, `pvc://`, `oci://` (a modelcar image) and `oci+native://` (an image volume)
//! (pkg/controller/v1alpha2/llmisvc/workload_storage.go); none of them unpacks a ModelKit. The
//! faithful default is the operator's own unpack: its `model-unpack` init container (same kit
//! image, script and pull secret) in the pod template, with KServe's storage initializer off.
//! `options.migrate.modelUri` replaces all of that with a URI KServe fetches itself.

use super::codes::{MODEL_MOUNT_PATH, MODEL_SOURCE, MODEL_URI_UNSUPPORTED, NO_MODEL_SOURCE};
use super::kserve::{StorageInitializer, MODEL_PATH};
use super::{path, Ctx};
use crate::builders::{model_unpack, serving_deployment};
use k8s_openapi::api::core::v1::{Container, Volume, VolumeMount};

/// URI schemes an LLMInferenceService serves (pkg/constants: HfURIPrefix, S3URIPrefix,
/// PvcURIPrefix, OciURIPrefix, OciNativeURIPrefix).
pub const SCHEMES: [&str; 5] = ["hf", "s3", "pvc", "oci", "oci+native"];

/// The operator's unpack, moved to where the presets read the model.
#[derive(Clone)]
pub(crate) struct Kit {
    pub init: Container,
    pub volumes: Vec<Volume>,
    pub mount: VolumeMount,
}

pub(crate) struct Source {
    pub uri: String,
    pub storage_initializer: Option<StorageInitializer>,
    pub kit: Option<Kit>,
}

pub(crate) fn resolve(cx: &mut Ctx) -> Source {
    let ms = cx.ms;
    let image = ms.spec.model.image.as_str();
    let mount = model_unpack::mount_path(ms).to_string();
    if mount != model_unpack::DEFAULT_MOUNT_PATH && mount != MODEL_PATH {
        cx.push(MODEL_MOUNT_PATH.at(
            path("spec.model.mountPath"),
            format!("the model is now at {MODEL_PATH}, where KServe's presets run `vllm serve {MODEL_PATH}`, not at {mount}"),
        ).with_hint(format!("engine args or env that name {mount} must name {MODEL_PATH}")));
    }
    if let Some(uri) = cx.opts.model_uri.clone() {
        let scheme = uri.split_once("://").map(|(s, _)| s);
        if scheme.is_some_and(|s| SCHEMES.contains(&s)) {
            cx.push(MODEL_SOURCE.at(
                path("spec.model.image"),
                format!(
                    "spec.model.uri is {uri} (options.migrate.modelUri, verbatim): KServe fetches it instead of the operator unpacking the ModelKit {image}; it must hold the same model"
                ),
            ));
        } else {
            cx.push(
                MODEL_URI_UNSUPPORTED
                    .at(
                        path("options.migrate.modelUri"),
                        format!(
                            "KServe v0.20.0 serves model URIs with the schemes {}://; {uri:?} fails its reconcile (\"unsupported schema in model URI\")",
                            SCHEMES.join("://, ")
                        ),
                    )
                    .with_hint("omit modelUri to keep the operator's kit unpack, or give e.g. pvc://<claim>/<path> or oci://<modelcar image>"),
            );
        }
        return Source { uri, storage_initializer: None, kit: None };
    }
    let kit_image = cx.settings.options.images.kit.clone();
    let uri = format!("oci://{image}");
    if kit_image.is_empty() {
        cx.push(
            NO_MODEL_SOURCE
                .at(
                    path("spec.model.image"),
                    format!(
                        "the kit image is empty, so the operator unpacked nothing and there is no model to carry; KServe cannot fetch the ModelKit {image} itself"
                    ),
                )
                .with_hint("set options.migrate.modelUri (hf://, s3://, pvc://, oci://) or a kit image (options.images.kit)"),
        );
        return Source { uri, storage_initializer: None, kit: None };
    }
    let mut moved = ms.clone();
    moved.spec.model.mount_path = MODEL_PATH.to_string();
    let Some(init) = model_unpack::build(&moved, &kit_image) else {
        // model_unpack builds whenever both images are non-empty; the schema requires the model image.
        return Source { uri, storage_initializer: None, kit: None };
    };
    cx.push(MODEL_SOURCE.at(
        path("spec.model.image"),
        format!(
            "KServe v0.20.0 fetches hf://, s3://, pvc://, oci:// (modelcar) and oci+native:// URIs, none of which unpacks a KitOps ModelKit; the operator's model-unpack init container ({kit_image}) is kept in the pod templates, unpacking {image} into {MODEL_PATH}, with KServe's storage initializer disabled; spec.model.uri {uri} only names the source"
        ),
    ).with_hint("to let KServe fetch the model, set options.migrate.modelUri (e.g. a pvc:// copy or an oci:// modelcar image)"));
    Source {
        uri,
        storage_initializer: Some(StorageInitializer { enabled: false }),
        kit: Some(Kit {
            init,
            volumes: serving_deployment::volumes(ms),
            mount: VolumeMount {
                name: model_unpack::MODEL_VOLUME.into(),
                mount_path: MODEL_PATH.into(),
                read_only: Some(true),
                ..Default::default()
            },
        }),
    }
}
