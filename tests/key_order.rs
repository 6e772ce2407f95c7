//! The answers print every object's keys in kubectl's sorted order. The objects write their own
//! JSON (`crate::objects`: fields declared in key order, no sorting `Value` step), so this checks
//! the text itself: re-printing the parsed answer through a `Value` (whose maps sort their keys)
//! must give the very same bytes, for every fixture, config and answering function.

use serde_json::Value;
use std::fs;
use std::path::Path;

fn fixture_inputs() -> Vec<(String, String, String, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut dirs: Vec<_> = fs::read_dir(&root).unwrap().map(|e| e.unwrap().path()).filter(|p| p.is_dir()).collect();
    dirs.sort();
    let mut out = Vec::new();
    for dir in dirs {
        let ms = match fs::read_to_string(dir.join("modelservice.json")) {
            Ok(text) => text,
            Err(_) => {
                let yaml = fs::read_to_string(dir.join("modelservice.yaml")).unwrap();
                serde_json::to_string(&serde_norway::from_str::<Value>(&yaml).unwrap()).unwrap()
            }
        };
        let mut configs: Vec<_> = fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().into_string().unwrap())
            .filter(|n| n.starts_with("config") && n.ends_with(".json"))
            .collect();
        configs.sort();
        if configs.is_empty() {
            out.push((dir.display().to_string(), ms.clone(), String::new(), String::new()));
        }
        for c in configs {
            let cfg: Value = serde_json::from_str(&fs::read_to_string(dir.join(&c)).unwrap()).unwrap();
            let arg = |k: &str| cfg.get(k).map(Value::to_string).unwrap_or_default();
            out.push((format!("{}/{c}", dir.display()), ms.clone(), arg("eppConfig"), arg("options")));
        }
    }
    out
}

#[test]
fn answers_print_keys_sorted() {
    use modelservice_render::api::{explain_json, render_json, summary_json};
    let inputs = fixture_inputs();
    assert!(inputs.len() >= 25, "expected the fixture corpus, found {}", inputs.len());
    let mut objects = 0;
    for (label, ms, epp, opts) in &inputs {
        for (f, text) in [
            ("render", render_json(ms, epp, opts)),
            ("explain", explain_json(ms, epp, opts)),
            ("summary", summary_json(ms, epp, opts)),
        ] {
            let v: Value = serde_json::from_str(&text).unwrap();
            let sorted = v.to_string();
            if sorted != text {
                let at = sorted.bytes().zip(text.bytes()).take_while(|(a, b)| a == b).count();
                let near = |s: &str| s.get(at.saturating_sub(80)..(at + 80).min(s.len())).unwrap_or("").to_string();
                panic!(
                    "{f} of {label}: keys out of order at byte {at}:\n  sorted: …{}…\n  answer: …{}…",
                    near(&sorted),
                    near(&text)
                );
            }
            objects += v["resources"].as_array().map_or(0, Vec::len);
        }
    }
    // Most fixtures render their objects, so the check covered them.
    assert!(objects > 25 * 10 * 2, "only {objects} objects were checked");
}
