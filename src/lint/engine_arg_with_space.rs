//! `engine-arg-with-space` — warning.
//!
//! ## What it does
//! Flags a `spec.engine.args` item that starts with `-` and contains whitespace, such as
//! `"--max-model-len 8192"`: a flag and its value written as one list item.
//!
//! ## Why it matters
//! Each item is one argv element; no shell splits it. Python's argparse treats an argument that
//! starts with `-` but contains a space as a positional value, so `vllm serve` stops with
//! "unrecognized arguments" and the pods crash-loop. (`--flag=value with spaces` is fine.)
//!
//! ## Example
//! ```yaml
//! engine: {args: ["--max-model-len 8192"]}
//! ```
//!
//! ## Use instead
//! ```yaml
//! engine: {args: ["--max-model-len", "8192"]}
//! ```

use super::syntax::short;
use super::{spec_path, Ctx};
use crate::diagnostics::{Diagnostic, Severity};

pub const CODE: &str = "engine-arg-with-space";
pub const SEVERITY: Severity = Severity::Warning;

pub fn check(ctx: &Ctx) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for (i, arg) in ctx.ms.spec.engine.args.iter().enumerate() {
        let looks_like_flag =
            arg.starts_with('-') && arg.chars().nth(1).is_some_and(|c| c.is_ascii_alphabetic() || c == '-');
        // Tested first: a value (often long JSON) is then not scanned for whitespace.
        if !looks_like_flag {
            continue;
        }
        let flag = arg.split_once('=').map_or(arg.as_str(), |(f, _)| f);
        let Some((name, value)) = flag.split_once(char::is_whitespace) else { continue };
        // JSON text by our writer: a `Value`'s `Display` would link serde_json's writer again.
        let split = crate::json_text::to_string(&[name, value.trim()]);
        out.push(
            Diagnostic::new(
                CODE,
                SEVERITY,
                spec_path(&["engine", "args"]).index(i),
                format!(
                    "{} is one argument: vLLM's argument parser reads an item with a space as a positional \
                     value, not as {} with a value, and vllm serve exits with \"unrecognized arguments\"",
                    short(arg),
                    short(name)
                ),
            )
            .with_hint(if arg.len() <= 200 {
                format!("split it into two items: {split}, or write {name}={}", value.trim())
            } else {
                "split it into two items".into()
            }),
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
                (args(json!(["--max-model-len", "8192"])), &[]),
                (args(json!(["--chat-template=a b c", "{\"a\": 1}", "-1 2", "hello world"])), &[]),
                (args(json!(["--max-model-len 8192"])), &["spec.engine.args[0]"]),
                (args(json!(["--x", "-tp 2"])), &["spec.engine.args[1]"]),
            ],
        );
    }
}
