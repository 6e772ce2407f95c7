//! What users read about each lint rule is pinned:
//! - every rule's doc "Example" (src/lint/<code>.rs, published in docs/rules.md) is run: the rule
//!   fires on it; its "Use instead" is run too: the rule does not fire;
//! - the rule's messages and hints on its Example are a reviewed snapshot,
//!   `tests/snapshots/rules/<code>.txt`, beside `<code>.cases.txt` from its unit test table
//!   (`make generate` rewrites them: read the diff).
//!
//! How an example block reads: YAML, one document or several (`---`). A document whose keys are
//! ModelService keys (`metadata`, `spec`, …) is merged over a minimal valid ModelService; any other
//! document is merged into its `spec`; a block of comments alone is the minimal ModelService. A comment line `# eppConfig: {…}` or `# options: {…}` sets
//! the operator settings. A single-document rule runs on each document alone (every Example
//! document fires, no Use-instead document does); a cross-document rule runs on the documents
//! applied together.

#[path = "support/generated.rs"]
mod generated;

use modelservice_render::api::{lint_documents_json, lint_json};
use modelservice_render::lint::{Rule, Scope, RULES};
use serde::Deserialize;
use serde_json::{json, Value};
use std::fs;
use std::path::Path;

fn base() -> Value {
    json!({
        "apiVersion": "model.otterscale.io/v1alpha1",
        "kind": "ModelService",
        "metadata": {"name": "qwen3", "namespace": "ml"},
        "spec": {
            "model": {"name": "qwen/Qwen3-8B", "image": "registry.example.com/models/qwen3:v1"},
            "engine": {},
            "accelerator": {"type": "nvidia"},
            "decode": {}
        }
    })
}

/// JSON merge patch (RFC 7386).
fn merge(target: &mut Value, patch: &Value) {
    match (target.as_object_mut(), patch.as_object()) {
        (Some(t), Some(p)) => {
            for (k, v) in p {
                if v.is_null() {
                    t.remove(k);
                } else {
                    merge(t.entry(k.clone()).or_insert(Value::Null), v);
                }
            }
        }
        _ => *target = patch.clone(),
    }
}

fn source(rule: &Rule) -> (String, String) {
    let cross = matches!(rule.scope, Scope::Documents(_));
    let file = format!("src/lint/{}{}.rs", if cross { "cross/" } else { "" }, rule.code.replace('-', "_"));
    let text = fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(&file)).unwrap();
    (file, text)
}

/// The YAML blocks of the doc-comment section `## <heading>`.
fn blocks(src: &str, heading: &str) -> Vec<String> {
    let doc: Vec<&str> = src
        .lines()
        .take_while(|l| l.starts_with("//!"))
        .map(|l| l.strip_prefix("//! ").or_else(|| l.strip_prefix("//!")).unwrap_or(""))
        .collect();
    let Some(start) = doc.iter().position(|l| *l == format!("## {heading}")) else { return Vec::new() };
    let mut out = Vec::new();
    let mut current: Option<Vec<&str>> = None;
    for l in &doc[start + 1..] {
        if l.starts_with("## ") {
            break;
        }
        match (&mut current, *l) {
            (None, "```yaml") => current = Some(Vec::new()),
            (Some(_), "```") => out.push(current.take().unwrap().join("\n") + "\n"),
            (Some(lines), l) => lines.push(l),
            (None, _) => {}
        }
    }
    out
}

/// One example: the ModelService documents and the settings.
struct Example {
    docs: Vec<Value>,
    epp: Value,
    options: Value,
}

fn example(block: &str) -> Example {
    let mut epp = Value::Null;
    let mut options = Value::Null;
    for line in block.lines() {
        for (key, slot) in [("# eppConfig: ", &mut epp), ("# options: ", &mut options)] {
            if let Some(rest) = line.trim_start().strip_prefix(key) {
                *slot = serde_norway::from_str(rest).unwrap_or_else(|e| panic!("settings comment {line:?}: {e}"));
            }
        }
    }
    let mut docs = Vec::new();
    for d in serde_norway::Deserializer::from_str(block) {
        let v = Value::deserialize(d).unwrap_or_else(|e| panic!("example YAML: {e}\n{block}"));
        let top_level = |k: &String| ["apiVersion", "kind", "metadata", "spec"].contains(&k.as_str());
        let patch = match &v {
            Value::Null => json!({}),
            Value::Object(m) if m.keys().all(top_level) => v.clone(),
            _ => json!({ "spec": v }),
        };
        let mut doc = base();
        merge(&mut doc, &patch);
        docs.push(doc);
    }
    if docs.is_empty() {
        // Only settings comments: the minimal ModelService under those settings.
        docs.push(base());
    }
    Example { docs, epp, options }
}

fn text(v: &Value) -> String {
    if v.is_null() {
        String::new()
    } else {
        v.to_string()
    }
}

/// The diagnostics each run of the example answers: one run per document (single-document
/// rules) or one run over all documents (cross-document rules, one list per document).
fn runs(rule: &Rule, ex: &Example) -> Vec<Vec<Value>> {
    let (epp, opts) = (text(&ex.epp), text(&ex.options));
    let parse = |s: String| serde_json::from_str::<Value>(&s).unwrap();
    match rule.scope {
        Scope::Document(_) => {
            ex.docs.iter().map(|d| parse(lint_json(&d.to_string(), &epp, &opts)).as_array().cloned().unwrap()).collect()
        }
        Scope::Documents(_) => {
            let all = parse(lint_documents_json(&Value::Array(ex.docs.clone()).to_string(), &epp, &opts));
            vec![all.as_array().unwrap().iter().flat_map(|d| d.as_array().cloned().unwrap()).collect()]
        }
    }
}

fn of_rule<'a>(rule: &Rule, diags: &'a [Value]) -> Vec<&'a Value> {
    diags.iter().filter(|d| d["code"] == rule.code).collect()
}

#[test]
fn every_rule_fires_on_its_example_and_not_on_its_fix() {
    let mut failures = Vec::new();
    for rule in RULES {
        let (file, src) = source(rule);
        let examples = blocks(&src, "Example");
        let fixes = blocks(&src, "Use instead");
        assert!(!examples.is_empty() && !fixes.is_empty(), "{file}: no yaml Example / Use instead block");
        for block in &examples {
            for (i, diags) in runs(rule, &example(block)).iter().enumerate() {
                let found = of_rule(rule, diags);
                if found.is_empty() {
                    let codes: Vec<&Value> = diags.iter().map(|d| &d["code"]).collect();
                    failures.push(format!("{file}: Example (document {i}) does not fire; answers {codes:?}\n{block}"));
                }
                for d in found {
                    assert_eq!(d["severity"], rule.severity.as_str(), "{file}: {d}");
                }
            }
        }
        for block in &fixes {
            for (i, diags) in runs(rule, &example(block)).iter().enumerate() {
                if !of_rule(rule, diags).is_empty() {
                    failures.push(format!("{file}: Use instead (document {i}) still fires\n{block}"));
                }
            }
        }
    }
    assert!(failures.is_empty(), "{} doc examples are wrong:\n\n{}", failures.len(), failures.join("\n"));
}

/// `severity path` then the message and hint, indented, for each diagnostic of the rule.
fn snapshot(rule: &Rule, file: &str, examples: &[String]) -> String {
    let mut out = format!(
        "# {} — messages and hints on the Example of {file}\n# Reviewed text: regenerate with `make generate`, then read the diff.\n",
        rule.code
    );
    for block in examples {
        out.push_str("\n## example\n");
        for line in block.lines() {
            out.push_str(&format!("   | {line}\n"));
        }
        for diags in runs(rule, &example(block)) {
            for d in of_rule(rule, &diags) {
                out.push_str(&format!("{} {}\n", d["severity"].as_str().unwrap(), d["path"].as_str().unwrap()));
                out.push_str(&format!("  message: {}\n", d["message"].as_str().unwrap()));
                if let Some(h) = d["hint"].as_str() {
                    out.push_str(&format!("  hint: {h}\n"));
                }
            }
        }
    }
    out
}

#[test]
fn messages_and_hints_match_their_reviewed_snapshots() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/snapshots/rules");
    if generated::update_requested() {
        fs::create_dir_all(&dir).unwrap();
    }
    for rule in RULES {
        let (file, src) = source(rule);
        let name = format!("{}.txt", rule.code);
        generated::check(&format!("tests/snapshots/rules/{name}"), &snapshot(rule, &file, &blocks(&src, "Example")));
    }
    // No snapshot of a rule that no longer exists (`<code>.cases.txt` come from the rules' unit
    // tables, src/lint/testing.rs).
    for entry in fs::read_dir(&dir).unwrap() {
        let name = entry.unwrap().file_name().into_string().unwrap();
        let code = name.strip_suffix(".cases.txt").or_else(|| name.strip_suffix(".txt")).unwrap_or("");
        assert!(RULES.iter().any(|r| r.code == code), "tests/snapshots/rules/{name}: no rule `{code}`");
    }
}
