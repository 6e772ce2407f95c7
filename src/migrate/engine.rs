//! `spec.engine` and `spec.model.name`: what goes onto the `main` container of both workloads.

use super::codes::{ENGINE_ARG_OVERRIDES_PRESET, ENGINE_ARG_QUOTED, ENGINE_PORT, IMAGE_PRESET, MODEL_NAME_SHELL};
use super::kserve::{ENGINE_IMAGE, MAIN, SERVING_PORT};
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
            format!(
                "the operator ran its default engine image {effective}; KServe's presets run {ENGINE_IMAGE} (config-llm-template.yaml), so no image is written"
            ),
        ).with_hint(format!("to keep {effective}, set spec.template.containers[name={MAIN}].image (and spec.prefill.template's)")));
        None
    } else {
        Some(effective.to_string())
    };

    let port = engine_port(ms);
    if port != SERVING_PORT {
        cx.push(
            ENGINE_PORT
                .at(
                    path("spec.engine.port"),
                    format!(
                        "the engine listened on {port}; KServe's presets serve on {SERVING_PORT} (vLLM, probes, InferencePool targetPorts and the route's backends), so clients of the gateway see no change but anything that called pods on {port} must use {SERVING_PORT}"
                    ),
                )
                .with_hint("the port is fixed by the presets; it is not a field of LLMInferenceService"),
        );
    }

    if !shell::is_plain(&ms.spec.model.name) {
        cx.push(MODEL_NAME_SHELL.at(
            path("spec.model.name"),
            format!(
                "KServe's presets put the model name unquoted into bash (`--served-model-name \"{{{{ .Spec.Model.Name }}}}\"` inside an eval string), so \"{}\" is split or expanded: vLLM would not serve that name",
                ms.spec.model.name
            ),
        ).with_hint("use a name of letters, digits and _@%+=:,./- only"));
    }

    let mut args = Vec::with_capacity(e.args.len());
    for (i, a) in e.args.iter().enumerate() {
        let at = path("spec.engine.args").index(i);
        if let Some(flag) = PRESET_FLAGS.iter().find(|f| a == *f || a.starts_with(&format!("{f}="))) {
            cx.push(ENGINE_ARG_OVERRIDES_PRESET.at(
                at.clone(),
                format!(
                    "{flag} is set by KServe's presets (`vllm serve /mnt/models --served-model-name <name> publishers/<namespace>/models/<name> --port {SERVING_PORT}`); repeating it here overrides theirs, which breaks the probes (--port) or model-based routing (--served-model-name)"
                ),
            ).with_hint(format!("remove {flag} from spec.engine.args")));
        }
        let q = shell::quote(a);
        if q != *a {
            cx.push(
                ENGINE_ARG_QUOTED
                    .at(
                        at,
                        format!(
                            "written as {q}: KServe's presets pass args through bash `eval`, which would split or expand {a:?}; quoted, vLLM receives it unchanged"
                        ),
                    )
                    .with_hint("edit the quoted form in the output, not the bare one"),
            );
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
