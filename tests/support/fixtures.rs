//! The fixture corpus as the golden tests read it: `tests/fixtures/<case>/modelservice.{yaml,json}`
//! with its `config*.json` variants, and the comparison of an answer with its reviewed YAML.

use serde_json::Value;
use std::fs;
use std::path::{Path, PathBuf};

/// Every case folder, sorted.
pub fn dirs() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut dirs: Vec<PathBuf> =
        fs::read_dir(&root).unwrap().map(|e| e.unwrap().path()).filter(|p| p.is_dir()).collect();
    dirs.sort();
    assert!(dirs.len() >= 20, "expected the fixture corpus, found {}", dirs.len());
    dirs
}

/// The case's ModelService as JSON text (`modelservice.json`, else `modelservice.yaml`).
pub fn input_json(dir: &Path) -> String {
    if let Ok(text) = fs::read_to_string(dir.join("modelservice.json")) {
        return text;
    }
    let text = fs::read_to_string(dir.join("modelservice.yaml")).expect("modelservice.yaml or .json");
    let v: Value = serde_norway::from_str(&text).expect("fixture YAML parses");
    serde_json::to_string(&v).unwrap()
}

/// `config.json` → `<stem>.yaml`; `config.<variant>.json` → `<stem>.<variant>.yaml`; no config:
/// an empty config path and `<stem>.yaml`.
pub fn variants(dir: &Path, stem: &str) -> Vec<(PathBuf, PathBuf)> {
    let mut out = Vec::new();
    for e in fs::read_dir(dir).unwrap() {
        let name = e.unwrap().file_name().into_string().unwrap();
        if let Some(mid) = name.strip_prefix("config").and_then(|r| r.strip_suffix(".json")) {
            out.push((dir.join(&name), dir.join(format!("{stem}{mid}.yaml"))));
        }
    }
    if out.is_empty() {
        out.push((PathBuf::new(), dir.join(format!("{stem}.yaml"))));
    }
    out.sort();
    out
}

/// The `eppConfig` and `options` JSON texts of a config file ("" for an empty path or a missing key).
pub fn settings(config: &Path) -> (String, String) {
    if config.as_os_str().is_empty() {
        return (String::new(), String::new());
    }
    let cfg: Value = serde_json::from_str(&fs::read_to_string(config).unwrap()).expect("config.json parses");
    let text = |k: &str| cfg.get(k).map(Value::to_string).unwrap_or_default();
    (text("eppConfig"), text("options"))
}

/// Wire diagnostics carry `segments` for the JS layer; goldens show the public shape.
pub fn public(mut v: Value) -> Value {
    if let Some(ds) = v.get_mut("diagnostics").and_then(Value::as_array_mut) {
        for d in ds {
            if let Some(o) = d.as_object_mut() {
                o.remove("segments");
            }
        }
    }
    v
}

/// Compares `got` with the reviewed YAML at `golden` (or rewrites it when `update`); a mismatch
/// or a missing file is pushed to `failures` with a diff (`verb`: "rendered", "migrated").
pub fn compare(got: &Value, golden: &Path, update: bool, verb: &str, failures: &mut Vec<String>) {
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
            "{} differs (- expected, + {verb}):\n{}",
            golden.display(),
            diff.unified_diff().context_radius(3)
        ));
    }
}
