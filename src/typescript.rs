//! Generates the package's TypeScript declarations (`js/index.d.ts`) from the Rust types: the
//! `ModelService` type from the schema data (`crate::schema`, the one source of truth), the
//! settings types from the settings table (`crate::settings_table`), every result type from its
//! Rust struct via `ts-rs`. Only the function signatures are written here.
//! `tests/typescript.rs` fails when the committed file is stale (`make generate` rewrites it).

use crate::config::{OperatorVersion, Profile};
use crate::schema::{Kind, Node, MODEL_SERVICE};
use crate::settings_table::{Field, Setting, SETTINGS};
use std::fmt::Write;
use ts_rs::{Config, TS};

fn cfg() -> Config {
    Config::default().with_large_int("number")
}

/// `type X = {...};` from ts-rs, exported.
fn decl<T: TS>() -> String {
    format!("export {}\n", T::decl(&cfg()))
}

fn doc(out: &mut String, indent: &str, node: &Node) {
    let mut text = node.description.replace("*/", "*\\/");
    if let Some(d) = node.default {
        let _ = write!(text, " Default: `{}`.", d.to_json());
    }
    if !text.is_empty() {
        let _ = writeln!(out, "{indent}/** {text} */");
    }
}

/// The TypeScript type of a schema node; objects are written inline with a doc per field.
fn ts_type(node: &Node, profile: &Profile, depth: usize) -> String {
    match node.kind {
        Kind::String if !node.enum_values.is_empty() => {
            node.enum_values.iter().map(|v| format!("{v:?}")).collect::<Vec<_>>().join(" | ")
        }
        Kind::String => "string".into(),
        Kind::Int32 | Kind::Int64 => "number".into(),
        Kind::Boolean => "boolean".into(),
        Kind::Quantity => "string | number".into(),
        Kind::Opaque => "Record<string, unknown>".into(),
        Kind::Array { item } => format!("Array<{}>", ts_type(item, profile, depth)),
        Kind::Map { value } => format!("Record<string, {}>", ts_type(value, profile, depth)),
        Kind::Object { fields } => {
            let indent = "  ".repeat(depth + 1);
            let mut out = String::from("{\n");
            for f in fields.iter().filter(|f| f.gate.open(profile)) {
                doc(&mut out, &indent, f.node);
                let opt = if f.required { "" } else { "?" };
                let _ = writeln!(out, "{indent}{}{opt}: {};", f.name, ts_type(f.node, profile, depth + 1));
            }
            let _ = write!(out, "{}}}", "  ".repeat(depth));
            out
        }
    }
}

/// `"a" | "b"`.
fn union(words: &[&str]) -> String {
    words.iter().map(|w| format!("{w:?}")).collect::<Vec<_>>().join(" | ")
}

/// The TypeScript type of a setting's value.
fn setting_type(s: &Setting) -> String {
    match s.field {
        Field::Text { choices: [], .. } => "string".into(),
        Field::Text { choices, .. } => union(choices),
        Field::Bool { .. } => "boolean".into(),
        Field::FlagMap => "Record<string, string>".into(),
        Field::Release => "OperatorVersion".into(),
    }
}

/// `Default: \`x\``, with the releases whose default differs.
fn setting_default(s: &Setting) -> String {
    let json = |v: OperatorVersion| match s.field {
        Field::Text { default, .. } => format!("`{:?}`", default(v)),
        Field::Bool { default, .. } => format!("`{default}`"),
        Field::FlagMap => "`{}`".into(),
        Field::Release => format!("`{:?}`", OperatorVersion::default().as_str()),
    };
    let first = json(OperatorVersion::default());
    let others: Vec<String> = OperatorVersion::ALL
        .iter()
        .filter(|v| json(**v) != first)
        .map(|v| format!("{}: {}", v.as_str(), json(*v)))
        .collect();
    if others.is_empty() {
        format!("Default: {first}.")
    } else {
        format!("Default: {first} ({}).", others.join(", "))
    }
}

/// `export type NAME = {…};` of the settings directly under `prefix`; `nested` names the type of
/// each sub-object.
fn settings_object(out: &mut String, name: &str, doc: &str, prefix: &str, nested: &[(&str, &str)]) {
    let _ = writeln!(out, "/** {doc} */\nexport type {name} = {{");
    for s in SETTINGS.iter().filter(|s| s.path.strip_prefix(prefix).is_some_and(|r| r.matches('.').count() == 1)) {
        let how = match (s.upstream_name(), s.flag) {
            (Some(u), _) => format!("`{u}`: "),
            (None, Some(f)) => format!("CLI `--{f}`: "),
            (None, None) => String::new(),
        };
        let _ = writeln!(out, "  /** {how}{}. {} */", s.doc.help.replace("*/", "*\\/"), setting_default(s));
        let _ = writeln!(out, "  {}: {};", s.key(), setting_type(s));
    }
    for (field, ty) in nested {
        let _ = writeln!(out, "  {field}: {ty};");
    }
    out.push_str("};\n");
}

/// The resolved settings types, from the settings table.
fn settings_types(out: &mut String) {
    let versions: Vec<&str> = OperatorVersion::ALL.iter().map(|v| v.as_str()).collect();
    let _ = writeln!(out, "/** The operator releases whose behaviour is reproduced. */");
    let _ = writeln!(out, "export type OperatorVersion = {};", union(&versions));
    settings_object(out, "TracingConfig", "`eppConfig.tracing`, every field resolved.", "eppConfig.tracing", &[]);
    settings_object(
        out,
        "ResolvedEppConfig",
        "`eppConfig`, every field resolved.",
        "eppConfig",
        &[("tracing", "TracingConfig")],
    );
    settings_object(out, "Images", "`options.images`, every field resolved.", "options.images", &[]);
    settings_object(
        out,
        "ResolvedRenderOptions",
        "`options`, every field resolved.",
        "options",
        &[("images", "Images")],
    );
}

const HEADER: &str = "\
// GENERATED from the Rust types by `cargo test --features typescript --test typescript`
// (src/typescript.rs). Do not edit: change the Rust types or the schema, then run
// `make generate`.

";

const API: &str = r#"
/** A Kubernetes object as the operator would send it. */
export type KubeObject = { apiVersion: string; kind: string; metadata: Record<string, unknown>; [key: string]: unknown };

/** A diagnostic as the package returns it: `line`/`column` (1-based, UTF-16 columns) whenever the input was text. */
export type Diagnostic = DiagnosticCore & { line?: number; column?: number };

/** Operator flags (`--provider`, `--metrics-endpoint-auth`, …); omitted fields, at every depth, take the release's defaults. */
export type EppConfig = Partial<Omit<ResolvedEppConfig, "tracing">> & { tracing?: Partial<TracingConfig> };

/** Images, version label and the operator release reproduced; omitted fields take the release's defaults. */
export type RenderOptions = Partial<Omit<ResolvedRenderOptions, "images">> & {
  images?: Partial<Images>;
  /** Read by `migrate` only. */
  migrate?: MigrateOptions;
};

/** What `migrate` answers: `resources[0]` is the LLMInferenceService, then the objects kept beside it. */
export type MigrateResult = { resources: KubeObject[]; diagnostics: Diagnostic[] };

export type RenderResult = {
  resources: KubeObject[];
  absent: ObjectRef[];
  /** The EPP pod-template `checksum/config`. */
  configHash: string;
  diagnostics: Diagnostic[];
};

/** What `defaults()` answers: every operator flag and option of the selected release. */
export type Defaults = {
  eppConfig: ResolvedEppConfig;
  options: ResolvedRenderOptions;
};

/** A diagnostic of `diff`: `document` says which input it is about; settings diagnostics have none. */
export type DiffDiagnostic = Diagnostic & { document?: "before" | "after" };

/** Problems found while answering; not enumerable, so the record keeps its documented shape. */
export interface WithDiagnostics {
  readonly diagnostics: Diagnostic[];
}

type Input = ModelService | string;
type DeploymentLike = { spec?: { replicas?: number }; status?: { readyReplicas?: number }; [key: string]: unknown };

export function render(modelService: Input, eppConfig?: EppConfig, options?: RenderOptions): RenderResult;
export function lint(modelService: Input, eppConfig?: EppConfig, options?: RenderOptions): Diagnostic[];
export function observeStatus(
  modelService: Input,
  deployments: { decode?: DeploymentLike | null; prefill?: DeploymentLike | null },
): ModelServiceStatus & WithDiagnostics;
export function defaults(options?: Pick<RenderOptions, "operatorVersion">): Defaults;
export function names(modelService: Input, options?: RenderOptions): Record<string, string> & WithDiagnostics;
export function explain(
  modelService: Input,
  eppConfig?: EppConfig,
  options?: RenderOptions,
): { resources: KubeObject[]; origins: Origin[]; diagnostics: Diagnostic[] };
export function diff(
  before: Input,
  after: Input,
  eppConfig?: EppConfig,
  options?: RenderOptions,
): { changes: Change[]; diagnostics: DiffDiagnostic[] };
export function summary(modelService: Input, eppConfig?: EppConfig, options?: RenderOptions): Summary & WithDiagnostics;
/** The KServe LLMInferenceService (v0.20.0) equivalent, and a `migrate/*` diagnostic for every change or loss. */
export function migrate(modelService: Input, eppConfig?: EppConfig, options?: RenderOptions): MigrateResult;
/** The ModelService JSON Schema (with descriptions) of the selected operator release. */
export function schema(options?: Pick<RenderOptions, "operatorVersion">): Record<string, unknown>;
/**
 * YAML of a JSON value that kubectl (YAML 1.1, go-yaml v2) and YAML 1.2 readers both read back
 * as that value: strings such as `on`, `yes`, `0755`, `1_000` (keys too) are quoted. One document,
 * no `---`. Needs no `init`.
 */
export function toYaml(value: unknown): string;
/** Several values as one multi-document stream (`---` before each), for `kubectl apply -f -`. */
export function toYamlStream(values: readonly unknown[]): string;
/** The default operator release reproduced: `"v1.0.1"`. */
export const operatorVersion: string;
/** Loads the wasm (browsers); idempotent; a no-op in Node. */
export function init(input?: URL | string | Request | Response | BufferSource | WebAssembly.Module): Promise<void>;
/** Synchronous init from bytes or a compiled module (Web Workers); idempotent; a no-op in Node. */
export function initSync(input: BufferSource | WebAssembly.Module): void;
"#;

/// `options.migrate` (`crate::migrate::options`).
fn migrate_options() -> String {
    use crate::migrate::kserve::{V1ALPHA1, V1ALPHA2};
    format!(
        "/** `options.migrate`: what `migrate` writes. */
export type MigrateOptions = {{
  /** The LLMInferenceService version. Default: `\"{V1ALPHA2}\"` (KServe's storage version). */
  apiVersion?: \"{V1ALPHA2}\" | \"{V1ALPHA1}\";
  /** `spec.model.uri`, verbatim (hf://, s3://, pvc://, oci://, oci+native://). Omitted: the operator's kit unpack is kept. */
  modelUri?: string;
}};
"
    )
}

/// The whole `js/index.d.ts`.
pub fn declarations() -> String {
    use crate::diagnostics::{Diagnostic, Severity};
    let profile = crate::config::OperatorVersion::V1_0_1.profile();
    let mut out = String::from(HEADER);
    out.push_str("/** A ModelService (model.otterscale.io/v1alpha1, otterscale/api v1.0.0). */\n");
    let _ = writeln!(out, "export type ModelService = {};\n", ts_type(&MODEL_SERVICE, &profile, 0));
    out.push_str(&decl::<Severity>());
    out.push_str(&decl::<Diagnostic>().replacen("type Diagnostic =", "type DiagnosticCore =", 1));
    settings_types(&mut out);
    out.push_str(&decl::<crate::resource::ObjectRef>());
    out.push_str(&decl::<crate::status::Condition>());
    out.push_str(&decl::<crate::status::ModelServiceStatus>());
    out.push_str(&decl::<crate::explain::OriginKind>());
    out.push_str(&decl::<crate::explain::Origin>());
    out.push_str(&decl::<crate::diff::Action>());
    out.push_str(&decl::<crate::diff::Change>());
    out.push_str(&decl::<crate::summary::Pods>());
    out.push_str(&decl::<crate::summary::Requests>());
    out.push_str(&decl::<crate::summary::Limits>());
    out.push_str(&decl::<crate::summary::Summary>());
    out.push_str(&migrate_options());
    out.push_str(API);
    out
}
