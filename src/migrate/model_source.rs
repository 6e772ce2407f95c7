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
use crate::model::ModelService;
use crate::objects::{Container, Volume, VolumeMount};

/// URI schemes an LLMInferenceService serves (pkg/constants: HfURIPrefix, S3URIPrefix,
/// PvcURIPrefix, OciURIPrefix, OciNativeURIPrefix).
pub const SCHEMES: [&str; 5] = ["hf", "s3", "pvc", "oci", "oci+native"];

pub(crate) struct Source {
    pub uri: String,
    pub storage_initializer: Option<StorageInitializer>,
    /// The kit image when the operator's unpack is carried.
    pub kit: Option<String>,
}

/// The operator's unpack moved to where the presets read the model: the init container, the
/// volumes, and the `main` container's mount. Built per pod template (no deep copies).
pub(crate) fn kit_parts(ms: &ModelService, kit_image: &str) -> Option<(Container, Vec<Volume>, VolumeMount)> {
    let mut moved = ms.clone();
    moved.spec.model.mount_path = MODEL_PATH.to_string();
    let init = model_unpack::build(&moved, kit_image)?;
    let mount = VolumeMount { name: model_unpack::MODEL_VOLUME, mount_path: MODEL_PATH.into(), read_only: Some(true) };
    Some((init, serving_deployment::volumes(ms), mount))
}

pub(crate) fn resolve(cx: &mut Ctx) -> Source {
    let ms = cx.ms;
    let image = ms.spec.model.image.as_str();
    let mount = model_unpack::mount_path(ms);
    if mount != model_unpack::DEFAULT_MOUNT_PATH && mount != MODEL_PATH {
        cx.push(MODEL_MOUNT_PATH.at(path("spec.model.mountPath"), &[MODEL_PATH, mount]));
    }
    let at = path("spec.model.image");
    if let Some(uri) = cx.opts.model_uri.clone() {
        let scheme = uri.split_once("://").map(|(s, _)| s);
        if scheme.is_some_and(|s| SCHEMES.contains(&s)) {
            let msg = format!(
                "spec.model.uri is {uri} (options.migrate.modelUri, verbatim): KServe fetches it instead of the operator unpacking the ModelKit {image}; it must hold the same model"
            );
            cx.push(MODEL_SOURCE.at(at, &[&msg, "check that the URI holds the same model as the ModelKit"]));
        } else {
            let schemes = format!("{}://", SCHEMES.join("://, "));
            cx.push(MODEL_URI_UNSUPPORTED.at(path("options.migrate.modelUri"), &[&schemes, &uri]));
        }
        return Source { uri, storage_initializer: None, kit: None };
    }
    let kit_image = cx.settings.options.images.kit.clone();
    let uri = format!("oci://{image}");
    if kit_image.is_empty() {
        cx.push(NO_MODEL_SOURCE.at(at, &[image]));
        return Source { uri, storage_initializer: None, kit: None };
    }
    let msg = format!(
        "KServe v0.20.0 fetches hf://, s3://, pvc://, oci:// (modelcar) and oci+native:// URIs, none of which unpacks a KitOps ModelKit; the operator's model-unpack init container ({kit_image}) is kept in the pod templates, unpacking {image} into {MODEL_PATH}, with KServe's storage initializer disabled; spec.model.uri {uri} only names the source"
    );
    let hint =
        "to let KServe fetch the model, set options.migrate.modelUri (e.g. a pvc:// copy or an oci:// modelcar image)";
    cx.push(MODEL_SOURCE.at(at, &[&msg, hint]));
    Source { uri, storage_initializer: Some(StorageInitializer { enabled: false }), kit: Some(kit_image) }
}
