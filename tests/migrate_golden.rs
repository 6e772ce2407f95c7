//! Migration goldens: every `tests/fixtures/<case>/modelservice.{yaml,json}` migrated through the
//! public JSON API with each `config*.json` (default `{}`), compared with `migrated*.yaml` (the
//! whole answer: resources and diagnostics), and `examples/*.yaml` with `examples/migrated/`.
//! Reviewed YAML; a mismatch prints a diff. (The playground's gallery examples have theirs in
//! www/test/golden/, with the settings each is shown with.)
//! `make generate` (`UPDATE_GENERATED=1`, only the value `1`) rewrites them.

#[path = "support/generated.rs"]
mod generated;

use serde_json::Value;
use std::fs;
use std::path::{Path, PathBuf};

fn input_json(dir: &Path) -> String {
    if let Ok(text) = fs::read_to_string(dir.join("modelservice.json")) {
        return text;
    }
    let text = fs::read_to_string(dir.join("modelservice.yaml")).expect("modelservice.yaml or .json");
    let v: Value = serde_norway::from_str(&text).expect("fixture YAML parses");
    serde_json::to_string(&v).unwrap()
}

/// `config.json` → `migrated.yaml`; `config.<variant>.json` → `migrated.<variant>.yaml`.
fn variants(dir: &Path) -> Vec<(PathBuf, PathBuf)> {
    let mut out = Vec::new();
    for e in fs::read_dir(dir).unwrap() {
        let name = e.unwrap().file_name().into_string().unwrap();
        if let Some(mid) = name.strip_prefix("config").and_then(|r| r.strip_suffix(".json")) {
            out.push((dir.join(&name), dir.join(format!("migrated{mid}.yaml"))));
        }
    }
    if out.is_empty() {
        out.push((PathBuf::new(), dir.join("migrated.yaml")));
    }
    out.sort();
    out
}

fn migrate(ms: &str, config: &Path) -> Value {
    let cfg: Value = if config.as_os_str().is_empty() {
        Value::Null
    } else {
        serde_json::from_str(&fs::read_to_string(config).unwrap()).expect("config.json parses")
    };
    let epp = cfg.get("eppConfig").map(Value::to_string).unwrap_or_default();
    let opts = cfg.get("options").map(Value::to_string).unwrap_or_default();
    let mut v: Value = serde_json::from_str(&modelservice_render::api::migrate_json(ms, &epp, &opts)).unwrap();
    // Wire diagnostics carry `segments` for the JS layer; goldens show the public shape.
    for d in v["diagnostics"].as_array_mut().unwrap() {
        d.as_object_mut().unwrap().remove("segments");
    }
    v
}

#[test]
fn migrated_fixtures() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let update = generated::update_requested();
    let mut dirs: Vec<PathBuf> =
        fs::read_dir(&root).unwrap().map(|e| e.unwrap().path()).filter(|p| p.is_dir()).collect();
    dirs.sort();
    assert!(dirs.len() >= 20, "expected the fixture corpus, found {}", dirs.len());
    let mut failures = Vec::new();
    for dir in &dirs {
        let ms = input_json(dir);
        for (config, golden) in variants(dir) {
            let got = migrate(&ms, &config);
            let resources = got["resources"].as_array().unwrap();
            let errors = got["diagnostics"].as_array().unwrap().iter().filter(|d| d["severity"] == "error").count();
            if errors == 0 {
                assert_eq!(resources[0]["kind"], "LLMInferenceService", "{}", golden.display());
            } else {
                assert!(resources.is_empty(), "{}: resources despite errors", golden.display());
            }
            compare(&got, &golden, update, &mut failures);
        }
    }
    check_examples(update, &mut failures);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// `examples/<name>.yaml` → `examples/migrated/<name>.yaml`.
fn check_examples(update: bool, failures: &mut Vec<String>) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples");
    let mut inputs: Vec<PathBuf> = fs::read_dir(&root)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "yaml"))
        .collect();
    inputs.sort();
    assert!(!inputs.is_empty(), "no examples/*.yaml");
    for input in inputs {
        let v: Value = serde_norway::from_str(&fs::read_to_string(&input).unwrap()).expect("example YAML parses");
        let got = migrate(&serde_json::to_string(&v).unwrap(), Path::new(""));
        let golden = root.join("migrated").join(input.file_name().unwrap());
        compare(&got, &golden, update, failures);
    }
}

fn compare(got: &Value, golden: &Path, update: bool, failures: &mut Vec<String>) {
    let got_yaml = serde_norway::to_string(got).unwrap();
    if update {
        fs::create_dir_all(golden.parent().unwrap()).unwrap();
        fs::write(golden, &got_yaml).unwrap();
        return;
    }
    let Ok(want_yaml) = fs::read_to_string(golden) else {
        failures.push(format!("{}: missing (run `make generate`)", golden.display()));
        return;
    };
    if serde_norway::from_str::<Value>(&want_yaml).unwrap() != *got {
        let diff = similar::TextDiff::from_lines(&want_yaml, &got_yaml);
        failures.push(format!(
            "{} differs (- expected, + migrated):\n{}",
            golden.display(),
            diff.unified_diff().context_radius(3)
        ));
    }
}
