//! `lintDocuments(docs, eppConfig, options)`: lints several ModelServices applied together (a
//! multi-document file, a GitOps directory). Each document gets exactly what `lint` would answer
//! for it alone, plus the cross-document findings (`crate::lint::cross`) at that document.

use super::{load_with, sort, CallSettings, Wire};
use crate::diagnostics::{describe, Diagnostic, FieldPath};
use crate::input::parse_json;
use crate::lint::check_documents_with;
use crate::model::ModelService;
use serde_json::value::RawValue;

/// `docs` is a JSON array of ModelService objects; the answer is a JSON array with one entry per
/// document, each a wire-diagnostic array (errors first). A `docs` that is not a JSON array
/// answers one entry holding the reason.
///
/// The array is only split here (each item stays a slice of `docs`); each document is then read
/// as `lint` reads it, with its size limit, and only its typed ModelService and diagnostics are
/// kept. So a directory of 10,000 files costs 10,000 small documents, not one large one.
pub fn lint_documents_json(docs: &str, epp_config: &str, options: &str) -> String {
    let mut session = LintSession::new(epp_config, options);
    session.add(docs);
    session.finish()
}

/// `lintDocuments` fed in batches (the CLI adds the files it parsed while its helper thread parses
/// the others): `add` reads and lints each document on its own, `finish` adds the cross-document
/// findings of everything added and answers as `lint_documents_json` would for all the batches'
/// documents in one array, in the order added.
pub struct LintSession {
    settings: CallSettings,
    per_doc: Vec<Vec<Diagnostic>>,
    models: Vec<Option<ModelService>>,
}

impl LintSession {
    pub fn new(epp_config: &str, options: &str) -> LintSession {
        LintSession { settings: CallSettings::read(epp_config, options), per_doc: Vec::new(), models: Vec::new() }
    }

    /// `docs`: a JSON array of ModelServices; not an array, it is one document holding the reason.
    pub fn add(&mut self, docs: &str) {
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
                self.per_doc.push(vec![d]);
                self.models.push(None);
                return;
            }
        };
        for item in items {
            let c = load_with(item.get(), &self.settings);
            self.per_doc.push(c.prepared.diagnostics);
            self.models.push(c.prepared.model);
        }
    }

    pub fn finish(self) -> String {
        let LintSession { settings, mut per_doc, models } = self;
        let indexed: Vec<(usize, &ModelService)> =
            models.iter().enumerate().filter_map(|(i, m)| m.as_ref().map(|m| (i, m))).collect();
        if !per_doc.is_empty() {
            for (i, d) in check_documents_with(&indexed, settings.settings()) {
                if let Some(list) = per_doc.get_mut(i) {
                    list.push(d);
                }
            }
        }
        for list in &mut per_doc {
            sort(list);
        }
        crate::json_text::to_string(&per_doc.iter().map(|d| Wire(d)).collect::<Vec<_>>())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;
    use serde_json::Value;

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

    /// Batches answer exactly what one array of all their documents answers, cross-document
    /// findings between batches included (the collisions below pair batch 1 with batch 3).
    #[test]
    fn a_session_in_batches_answers_as_one_call() {
        let all =
            json!([ms("qwen3.5", "ml"), {"metadata": {"name": "x"}}, ms("qwen3-5", "ml"), ms("qwen3.5", "other")]);
        let one = lint_documents_json(&all.to_string(), r#"{"tracing": {"enabled": true}}"#, "");
        let mut session = LintSession::new(r#"{"tracing": {"enabled": true}}"#, "");
        session.add(&json!([all[0], all[1]]).to_string());
        session.add("[]");
        session.add(&json!([all[2], all[3]]).to_string());
        let batched = session.finish();
        assert_eq!(batched, one);
        assert_eq!(codes(&batched)[2], vec![("epp-name-collision".into(), "metadata.name".into())]);
        assert_eq!(codes(&batched)[3], vec![("route-match-collision".into(), "metadata.name".into())]);
        assert_eq!(LintSession::new("", "").finish(), "[]");
        let mut bad = LintSession::new("", "");
        bad.add("{}");
        bad.add(&json!([all[0]]).to_string());
        assert_eq!(codes(&bad.finish()), vec![vec![("input/not-an-object".into(), "".into())], vec![]]);
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
