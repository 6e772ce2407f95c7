//! `spec.model.image` (a KitOps ModelKit) → `spec.model.uri`. KServe v0.20.0 fetches `hf://`,
//! `s3://`, `pvc://`, `oci://` (a modelcar image) and `oci+native://` (an image volume)
//! (pkg/controller/v1alpha2/llmisvc/workload_storage.go); none of them unpacks a ModelKit. The
//! faithful default is the operator's own unpack: its `model-unpack` init container (same kit
//! image, script and pull secret) in the pod template, with KServe's storage initializer off.
//! `options.migrate.modelUri` replaces all of that with a URI KServe fetches itself.

use super::codes::{MODEL_MOUNT_PATH, MODEL_SOURCE, MODEL_URI_INVALID, MODEL_URI_UNSUPPORTED, NO_MODEL_SOURCE};
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
        if let Some(why) = go_url_refuses(&uri) {
            let hint = "give the URI's host as a host, or a number after its ':' (e.g. oci://<registry>/<name>:<tag>)";
            cx.push(MODEL_URI_INVALID.at(path("options.migrate.modelUri"), &[&uri, &why, hint]));
        } else if scheme.is_some_and(|s| SCHEMES.contains(&s)) {
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
    if let Some(why) = go_url_refuses(&uri) {
        let hint =
            "write spec.model.image with its registry (<registry>/<name>:<tag>), or set options.migrate.modelUri";
        cx.push(MODEL_URI_INVALID.at(at.clone(), &[&uri, &why, hint]));
    }
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

/// Why Go's `url.Parse` refuses `uri` (its error text), for the way a model reference makes it
/// fail: after `scheme://`, the host (what follows a userinfo `@`) ends in `:` and a port that is
/// not a number. An image without a registry puts its tag or digest there: `oci://qwen3:v1`,
/// `oci://qwen3@sha256:…` (net/url `parseHost`, `validOptionalPort`; the URIs of this check's
/// tests were run through Go's `url.Parse`). KServe decodes `spec.model.uri` as knative's
/// `apis.URL`, which is that parser.
pub(crate) fn go_url_refuses(uri: &str) -> Option<String> {
    let (_, rest) = uri.split_once("://")?;
    let authority = rest.split(['/', '?', '#']).next().unwrap_or(rest);
    let host = authority.rsplit('@').next().unwrap_or(authority);
    if host.starts_with('[') {
        return None; // an IPv6 literal: not a model reference
    }
    let (_, port) = host.rsplit_once(':')?;
    let numeric = port.bytes().all(|b| b.is_ascii_digit());
    (!numeric).then(|| format!("parse \"{uri}\": invalid port \":{port}\" after host"))
}

#[cfg(test)]
mod tests {
    use super::go_url_refuses;

    /// Each URI with Go 1.19's `url.Parse` error (`None`: it parses), run in Go outside the
    /// repository.
    #[test]
    fn refuses_what_go_url_parse_refuses() {
        let cases: [(&str, Option<&str>); 17] = [
            ("oci://qwen3:v1", Some(r#"parse "oci://qwen3:v1": invalid port ":v1" after host"#)),
            ("oci://qwen3", None),
            ("oci://registry.example.com/models/qwen3:v1", None),
            ("oci://localhost:5000/qwen3:v1", None),
            (
                "oci://qwen3@sha256:0123abcd",
                Some(r#"parse "oci://qwen3@sha256:0123abcd": invalid port ":0123abcd" after host"#),
            ),
            ("oci://registry:5000", None),
            ("oci://qwen3:", None),
            ("oci://qwen3:123", None),
            ("oci://a:b/c:d", Some(r#"parse "oci://a:b/c:d": invalid port ":b" after host"#)),
            ("oci://user:pw@host/x", None),
            ("oci://[::1]:5000/x", None),
            ("hf://Qwen/Qwen3-8B", None),
            ("pvc://claim/path", None),
            ("oci://qwen3:v1@sha256:abc", Some(r#"parse "oci://qwen3:v1@sha256:abc": invalid port ":abc" after host"#)),
            ("oci://Qwen3:V1", Some(r#"parse "oci://Qwen3:V1": invalid port ":V1" after host"#)),
            ("oci://host:80:90/x", None),
            ("oci://h:1?q=a:b", None),
        ];
        for (uri, want) in cases {
            assert_eq!(go_url_refuses(uri).as_deref(), want, "{uri}");
        }
    }
}
