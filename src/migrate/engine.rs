//! `spec.engine` and `spec.model.name`: what goes onto the `main` container of both workloads.

use super::codes::{ENGINE_ARG_OVERRIDES_PRESET, ENGINE_ARG_QUOTED, ENGINE_PORT, IMAGE_PRESET, MODEL_NAME_SHELL};
use super::kserve::{ENGINE_IMAGE, SERVING_PORT};
use super::{path, shell, Ctx};
use crate::builders::serving_deployment::{engine_port, normalize_env};
use k8s_openapi::api::core::v1::EnvVar;

/// The engine settings carried to every `main` container.
pub(crate) struct Engine {
    /// `None`: the preset's image (the operator ran its default image).
    pub image: Option<String>,
    pub pull_policy: Option<String>,
    /// `spec.engine.args`, quoted for the preset's `eval`.
    pub args: Vec<String>,
    pub env: Vec<EnvVar>,
}

/// Flags the presets set in `vllm serve` whose override breaks KServe's probes or routing.
const PRESET_FLAGS: [&str; 2] = ["--port", "--served-model-name"];

pub(crate) fn carry(cx: &mut Ctx) -> Engine {
    let ms = cx.ms;
    let e = &ms.spec.engine;
    let defaults = cx.settings.profile().default_images();
    let effective = if e.image.is_empty() { cx.settings.options.images.engine.as_str() } else { e.image.as_str() };
    let image = if effective == defaults.engine {
        cx.push(IMAGE_PRESET.at(
            path("spec.engine.image"),
            &["engine", effective, "config-llm-template", ENGINE_IMAGE, "spec.template.containers[name=main]"],
        ));
        None
    } else {
        Some(effective.to_string())
    };

    let port = engine_port(ms);
    if port != SERVING_PORT {
        cx.push(ENGINE_PORT.at(path("spec.engine.port"), &[&port.to_string(), &SERVING_PORT.to_string()]));
    }
    if !shell::is_plain(&ms.spec.model.name) {
        cx.push(MODEL_NAME_SHELL.at(path("spec.model.name"), &[&ms.spec.model.name]));
    }

    let mut args = Vec::with_capacity(e.args.len());
    for (i, a) in e.args.iter().enumerate() {
        let at = path("spec.engine.args").index(i);
        if let Some(flag) =
            PRESET_FLAGS.iter().find(|f| a.strip_prefix(**f).is_some_and(|r| r.is_empty() || r.starts_with('=')))
        {
            cx.push(ENGINE_ARG_OVERRIDES_PRESET.at(at.clone(), &[flag]));
        }
        let q = shell::quote(a);
        if q != *a {
            cx.push(ENGINE_ARG_QUOTED.at(at, &[&q, a]));
        }
        args.push(q);
    }

    Engine {
        image,
        pull_policy: (!e.image_pull_policy.is_empty()).then(|| e.image_pull_policy.clone()),
        args,
        env: e.env.iter().map(normalize_env).collect(),
    }
}
