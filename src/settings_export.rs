//! Writes the settings table (`crate::settings_table`) as the package's `js/src/settings.mjs`
//! (the CLI's flags and `--help`, the playground's settings panel) and its types
//! `js/settings.d.ts`. A committed, generated module rather than a wasm export: the CLI reads it
//! without loading the wasm, and the wasm does not grow. `tests/settings_export.rs` fails when the
//! committed files are stale (`make generate` rewrites them).

use crate::config::OperatorVersion;
use crate::settings_table::{Field, Setting, PROVIDERS, SETTINGS};
use serde_json::{json, Map, Value};
use std::fmt::Write;

const HEADER: &str = "\
// GENERATED from the settings table (src/settings_table.rs) by `make generate`
// (tests/settings_export.rs). Do not edit: change the table, then run `make generate`.
";

fn default_value(s: &Setting, v: OperatorVersion) -> Value {
    match s.field {
        Field::Text { default, .. } => Value::String(default(v).into()),
        Field::Bool { default, .. } => Value::Bool(default),
        Field::FlagMap => json!({}),
        Field::Release => Value::String(v.as_str().into()),
    }
}

fn entry(s: &Setting) -> String {
    let kind = match s.field {
        Field::Text { .. } => "string",
        Field::Bool { .. } => "boolean",
        Field::FlagMap => "flags",
        Field::Release => "release",
    };
    let defaults: Map<String, Value> =
        OperatorVersion::ALL.iter().map(|v| (v.as_str().to_string(), default_value(s, *v))).collect();
    // Written field by field: the keys in reading order, not sorted.
    let fields = [
        ("path", json!(s.segments().collect::<Vec<_>>())),
        ("flag", json!(s.flag)),
        ("upstream", json!(s.upstream_name())),
        ("type", json!(kind)),
        ("choices", json!(s.choices())),
        ("metavar", json!(s.doc.metavar)),
        ("label", json!(s.doc.label)),
        ("help", json!(s.doc.help)),
        ("defaults", Value::Object(defaults)),
    ];
    let body: Vec<String> = fields.iter().map(|(k, v)| format!("{k}: {}", line(v))).collect();
    format!("{{ {} }}", body.join(", "))
}

fn line(v: &Value) -> String {
    serde_json::to_string(v).unwrap_or_default()
}

/// `js/src/settings.mjs`.
pub fn module() -> String {
    let versions: Vec<&str> = OperatorVersion::ALL.iter().map(|v| v.as_str()).collect();
    let mut out = String::from(HEADER);
    let _ = writeln!(out, "\n/** The operator releases reproduced; the first is the default. */");
    let _ = writeln!(out, "export const operatorVersions = {};", line(&json!(versions)));
    let _ = writeln!(out, "\n/** The EPP providers the operator tells apart. */");
    let _ = writeln!(out, "export const providers = {};", line(&json!(PROVIDERS)));
    let _ = writeln!(out, "\n/** Every operator setting (see settings.d.ts). */");
    out.push_str("export const settings = [\n");
    for s in SETTINGS {
        let _ = writeln!(out, "  {},", entry(s));
    }
    out.push_str("];\n");
    out
}

/// The body of `js/settings.d.ts`; `ROOTS` becomes the union of the settings' first steps.
const DECLARATIONS: &str = r#"
import type { OperatorVersion } from "./index.js";

/** One operator setting: where it lives in `eppConfig`/`options`, its flag, type, help and defaults. */
export interface Setting {
  /** Steps in the settings objects, e.g. `["eppConfig", "tracing", "enabled"]`. */
  readonly path: readonly [ROOTS, ...string[]];
  /** The CLI flag without `--` (the operator's own flag name where it has one); `null`: none. */
  readonly flag: string | null;
  /** How the operator receives it: a flag (`--provider`) or build variable (`main.version`); `null`: not an operator input. */
  readonly upstream: string | null;
  /** `flags`: extra `--key=value` EPP arguments; `release`: the operator release reproduced. */
  readonly type: "string" | "boolean" | "flags" | "release";
  /** The values the operator knows; empty: any. */
  readonly choices: readonly string[];
  /** The flag's argument in `--help` (`URL`, `NAME`); empty: the choices (or none, for booleans). */
  readonly metavar: string;
  /** A short name for forms. */
  readonly label: string;
  /** One line saying what it does. */
  readonly help: string;
  /** The default in each operator release. */
  readonly defaults: Readonly<Record<OperatorVersion, string | boolean | Readonly<Record<string, string>>>>;
}

/** The operator releases reproduced; the first is the default. */
export declare const operatorVersions: readonly OperatorVersion[];
/** The EPP providers the operator tells apart. */
export declare const providers: readonly string[];
/** Every operator setting, in the order the CLI help lists them. */
export declare const settings: readonly Setting[];
"#;

/// `js/settings.d.ts`.
pub fn declarations() -> String {
    let mut roots: Vec<&str> = SETTINGS.iter().filter_map(|s| s.segments().next()).collect();
    roots.sort_unstable();
    roots.dedup();
    let roots = roots.iter().map(|x| format!("{x:?}")).collect::<Vec<_>>().join(" | ");
    format!("{HEADER}{}", DECLARATIONS.replace("ROOTS", &roots))
}
