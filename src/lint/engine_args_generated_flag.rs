//! `engine-args-generated-flag` — warning.
//!
//! ## What it does
//! Flags `spec.engine.args` items that set a vLLM flag the operator already generates:
//! `--port`, `--served-model-name`, `--tensor-parallel-size` (`-tp`), `--data-parallel-size`
//! (`-dp`), `--data-parallel-size-local` (`-dpl`) and `--model`, in every spelling vLLM accepts
//! (`--flag value`, `--flag=value`, underscores instead of dashes).
//!
//! ## Why it matters
//! User args are appended after the generated ones and vLLM keeps the last value, so the user's
//! value wins inside vLLM while everything the operator derives from the field keeps the old
//! value: the container port, the routing proxy and the InferencePool target the generated
//! `--port`; the GPU count (`tensor × dataLocal`) and `TP_SIZE`/`DP_SIZE` follow `parallelism`;
//! the same args go to decode *and* prefill, which listen on different ports behind a proxy.
//!
//! ## Example
//! ```yaml
//! engine: {args: ["--tensor-parallel-size", "4", "--port=9000"]}
//! ```
//!
//! ## Use instead
//! ```yaml
//! engine: {port: 9000}
//! decode: {parallelism: {tensor: 4}}
//! ```

use super::{spec_path, Ctx};
use crate::diagnostics::{Diagnostic, Severity};

pub const CODE: &str = "engine-args-generated-flag";
pub const SEVERITY: Severity = Severity::Warning;

/// `(canonical flag, what it is generated from, what to set instead)`.
const GENERATED: &[(&str, &str, &str)] = &[
    ("--port", "the vLLM port (routingProxy.targetPort on decode pods with a proxy, else engine.port), which the container port, the routing proxy and the InferencePool also use", "spec.engine.port or spec.routingProxy.targetPort"),
    ("--served-model-name", "spec.model.name", "spec.model.name"),
    ("--tensor-parallel-size", "parallelism.tensor, which also sets the GPU count (tensor × dataLocal) and TP_SIZE", "spec.<role>.parallelism.tensor"),
    ("--data-parallel-size", "parallelism.data, which also sets DP_SIZE", "spec.<role>.parallelism.data"),
    ("--data-parallel-size-local", "parallelism.dataLocal, which also sets the GPU count (tensor × dataLocal) and DP_SIZE_LOCAL", "spec.<role>.parallelism.dataLocal"),
    ("--model", "the positional model path (spec.model.mountPath)", "spec.model.mountPath"),
];

/// The canonical generated flag an argument sets, if any.
pub fn generated_flag(arg: &str) -> Option<&'static str> {
    let flag = arg.split_once('=').map_or(arg, |(f, _)| f);
    let long = match flag.strip_prefix("--") {
        Some(l) => format!("--{}", l.replace('_', "-")),
        None => match flag {
            "-tp" => "--tensor-parallel-size".into(),
            "-dp" => "--data-parallel-size".into(),
            "-dpl" => "--data-parallel-size-local".into(),
            _ => return None,
        },
    };
    GENERATED.iter().map(|(f, _, _)| *f).find(|f| *f == long)
}

pub fn check(ctx: &Ctx) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for (i, arg) in ctx.ms.spec.engine.args.iter().enumerate() {
        let Some(flag) = generated_flag(arg) else { continue };
        let Some((_, from, instead)) = GENERATED.iter().find(|(f, _, _)| *f == flag) else { continue };
        let effect = if flag == "--model" {
            "vllm serve ignores --model when the model path is given positionally, so this one has no effect"
        } else {
            "vLLM keeps the last value, so this one wins inside vLLM while the rest of the generated objects keep \
             the generated value"
        };
        out.push(
            Diagnostic::new(
                CODE,
                SEVERITY,
                spec_path(&["engine", "args"]).index(i),
                format!(
                    "{} repeats {flag}, which the operator generates from {from}; {effect}",
                    super::syntax::short(arg)
                ),
            )
            .with_hint(format!("remove it and set {instead}")),
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lint::testing::table;
    use serde_json::json;

    #[test]
    fn table_() {
        let args = |v: serde_json::Value| json!({"spec": {"engine": {"args": v}}});
        table(
            check,
            CODE,
            SEVERITY,
            &[
                (args(json!(["--max-model-len", "8192", "--disable-uvicorn-access-log"])), &[]),
                (args(json!(["--port-range", "--portal", "-t", "--pipeline-parallel-size", "2", "-pp", "2"])), &[]),
                (args(json!(["--port", "9000"])), &["spec.engine.args[0]"]),
                (args(json!(["--max-model-len", "8192", "--port=9000"])), &["spec.engine.args[2]"]),
                (
                    args(json!(["-tp", "4", "--served_model_name", "x", "-dpl=2"])),
                    &["spec.engine.args[0]", "spec.engine.args[2]", "spec.engine.args[4]"],
                ),
                (
                    args(json!([
                        "--tensor-parallel-size=2",
                        "--data-parallel-size",
                        "2",
                        "--data-parallel-size-local",
                        "1",
                        "-dp",
                        "2",
                        "--model",
                        "/m"
                    ])),
                    &[
                        "spec.engine.args[0]",
                        "spec.engine.args[1]",
                        "spec.engine.args[3]",
                        "spec.engine.args[5]",
                        "spec.engine.args[7]",
                    ],
                ),
            ],
        );
    }
}
