//! The `model-unpack` init container: `kit unpack` of the ModelPack image into the `model`
//! emptyDir (serving.md §6).

use super::{env, restricted_container_security};
use crate::model::ModelService;
use crate::objects::{Container, VolumeMount};

pub const NAME: &str = "model-unpack";
pub const MODEL_VOLUME: &str = "model";
pub const MODEL_TMP_VOLUME: &str = "model-tmp";
pub const MODEL_TMP_MOUNT_PATH: &str = "/tmp/model-oci";
pub const DOCKER_CONFIG_VOLUME: &str = "docker-config";
pub const DOCKER_CONFIG_MOUNT_PATH: &str = "/.docker";
pub const DEFAULT_MOUNT_PATH: &str = "/models";

/// The exact script (163 bytes, SHA-256 b1b06b9a…).
pub const SCRIPT: &str = "set -euo pipefail\nexport KITOPS_HOME=\"${KITOPS_HOME:-/tmp/model-oci}\"\nmkdir -p \"$KITOPS_HOME\"\nkit unpack \"$OCI_MODEL_IMAGE\" --plain-http -o -d \"$MODEL_MOUNT_PATH\"\n";

/// `spec.model.mountPath`, or `/models` when empty.
pub fn mount_path(ms: &ModelService) -> &str {
    if ms.spec.model.mount_path.is_empty() {
        DEFAULT_MOUNT_PATH
    } else {
        &ms.spec.model.mount_path
    }
}

/// Present only when both the kit image and `spec.model.image` are non-empty.
pub fn build(ms: &ModelService, kit_image: &str) -> Option<Container> {
    if kit_image.is_empty() || ms.spec.model.image.is_empty() {
        return None;
    }
    let mount = mount_path(ms);
    let has_secrets = !ms.spec.model.image_pull_secrets.is_empty();
    let mut envs = vec![
        env("OCI_MODEL_IMAGE", &ms.spec.model.image),
        env("MODEL_MOUNT_PATH", mount),
        env("KITOPS_HOME", MODEL_TMP_MOUNT_PATH),
    ];
    let mut mounts = vec![
        VolumeMount { name: MODEL_TMP_VOLUME, mount_path: MODEL_TMP_MOUNT_PATH.into(), ..Default::default() },
        VolumeMount { name: MODEL_VOLUME, mount_path: mount.into(), ..Default::default() },
    ];
    if has_secrets {
        envs.push(env("DOCKER_CONFIG", DOCKER_CONFIG_MOUNT_PATH));
        mounts.push(VolumeMount {
            name: DOCKER_CONFIG_VOLUME,
            mount_path: DOCKER_CONFIG_MOUNT_PATH.into(),
            read_only: Some(true),
        });
    }
    Some(Container {
        name: NAME,
        image: Some(kit_image.into()),
        command: Some(&["/bin/sh", "-c"]),
        args: Some(vec![SCRIPT.into()]),
        env: Some(envs),
        volume_mounts: Some(mounts),
        security_context: Some(restricted_container_security()),
        ..Default::default()
    })
}
