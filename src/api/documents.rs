//! `lintDocuments(docs, eppConfig, options)`: lints several ModelServices applied together (a
//! multi-document file, a GitOps directory). Each document gets exactly what `lint` would answer
//! for it alone, plus the cross-document findings (`crate::lint::cross`) at that document.

use super::{load_with, sort, to_text, wire, CallSettings};
use crate::diagnostics::{describe, Diagnostic, FieldPath};
use crate::input::parse_json;
use crate::lint::check_documents_with;
use crate::model::ModelService;
use serde_json::value::RawValue;
use serde_json::Value;

/// `docs` is a JSON array of ModelService objects; the answer is a JSON array with one entry per
/// document, each a wire-diagnostic array (errors first). A `docs` that is not a JSON array
/// answers one entry holding the reason.
///
/// The array is only split here (each item stays a slice of `docs`); each document is then read
/// as `lint` reads it, with its size limit, and only its typed ModelService and diagnostics are
/// kept. So a directory of 10,000 files costs 10,000 small documents, not one large one.
pub fn lint_documents_json(docs: &str, epp_config: &str, options: &str) -> String {
    let text = docs.strip_prefix('\u{feff}').unwrap_or(docs);
    let items: Vec<&RawValue> = match serde_json::from_str(text) {
        Ok(items) => items,
        Err(_) => {
            let d = match parse_json(docs) {
                Ok(other) => Diagnostic::error(
                    "input/not-an-object",
                    FieldPath::root(),
                    format!("expected a JSON array of ModelService objects, got {}", describe(&other)),
                ),
                Err(d) => d,
            };
            return to_text(&Value::Array(vec![wire(&[d])]));
        }
    };
    let settings = CallSettings::read(epp_config, options);
    let (mut per_doc, models): (Vec<Vec<Diagnostic>>, Vec<Option<ModelService>>) = items
        .iter()
        .map(|item| {
            let c = load_with(item.get(), &settings);
            (c.prepared.diagnostics, c.prepared.model)
        })
        .unzip();
    let indexed: Vec<(usize, &ModelService)> =
        models.iter().enumerate().filter_map(|(i, m)| m.as_ref().map(|m| (i, m))).collect();
    if !items.is_empty() {
        for (i, d) in check_documents_with(&indexed, settings.settings()) {
            if let Some(list) = per_doc.get_mut(i) {
                list.push(d);
            }
        }
    }
    for list in &mut per_doc {
        sort(list);
    }
    to_text(&Value::Array(per_doc.iter().map(|d| wire(d)).collect()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn ms(name: &str, ns: &str) -> Value {
        json!({
            "metadata": {"name": name, "namespace": ns},
            "spec": {"model": {"name": "m", "image": "r/m:v1"}, "engine": {}, "accelerator": {"type": "nvidia"}, "decode": {}}
        })
    }

    fn codes(out: &str) -> Vec<Vec<(String, String)>> {
        let v: Value = serde_json::from_str(out).unwrap();
        v.as_array()
            .unwrap()
            .iter()
            .map(|doc| {
                doc.as_array()
                    .unwrap()
                    .iter()
                    .filter(|d| d["severity"] != "info")
                    .map(|d| (d["code"].as_str().unwrap().to_string(), d["path"].as_str().unwrap().to_string()))
                    .collect()
            })
            .collect()
    }

    #[test]
    fn one_entry_per_document_with_cross_findings_at_the_later_one() {
        let docs =
            json!([ms("qwen3.5", "ml"), ms("qwen3-5", "ml"), {"metadata": {"name": "x"}}, ms("qwen3.5", "other")]);
        let got = codes(&lint_documents_json(&docs.to_string(), "", ""));
        assert_eq!(got.len(), 4);
        assert_eq!(got[0], vec![]);
        assert_eq!(got[1], vec![("epp-name-collision".into(), "metadata.name".into())]);
        assert_eq!(got[2].first().map(|(c, _)| c.as_str()), Some("schema/required"));
        assert_eq!(got[3], vec![("route-match-collision".into(), "metadata.name".into())]);
        let wire: Value = serde_json::from_str(&lint_documents_json(&docs.to_string(), "", "")).unwrap();
        assert_eq!(wire[1][0]["segments"], json!(["metadata", "name"]));
    }

    #[test]
    fn settings_apply_and_bad_input_is_reported() {
        let docs = json!([ms("q", "a"), ms("q", "b")]).to_string();
        assert_eq!(codes(&lint_documents_json(&docs, r#"{"defaultGatewayName": ""}"#, ""))[1], vec![]);
        assert_eq!(lint_documents_json("[]", "", ""), "[]");
        assert_eq!(codes(&lint_documents_json("{}", "", "")), vec![vec![("input/not-an-object".into(), "".into())]]);
        assert_eq!(codes(&lint_documents_json("[", "", ""))[0][0].0, "input/invalid-json");
    }

    /// The size limit is per document, as for `lint`: a directory whose documents together are
    /// larger than one document may be is linted whole.
    #[test]
    fn the_size_limit_applies_per_document() {
        let padded = |name: &str| {
            let mut v = ms(name, "ml");
            v["status"] = json!({"note": "p".repeat(100_000)});
            v
        };
        let mut docs: Vec<Value> = (0..50).map(|i| padded(&format!("m{i}"))).collect();
        docs.push(padded("m0"));
        docs.push(json!({"metadata": {"name": "big"}, "status": {"note": "p".repeat(crate::input::MAX_INPUT_BYTES)}}));
        let text = Value::Array(docs).to_string();
        assert!(text.len() > 2 * crate::input::MAX_INPUT_BYTES);
        let got = codes(&lint_documents_json(&text, "", ""));
        assert_eq!(got.len(), 52);
        assert!(got[..50].iter().all(Vec::is_empty), "{:?}", &got[..50]);
        assert_eq!(got[50], vec![("duplicate-name".into(), "metadata.name".into())]);
        assert_eq!(got[51], vec![("input/too-large".into(), "".into())]);
    }
}
