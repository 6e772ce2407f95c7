//! Migration goldens: every `tests/fixtures/<case>/modelservice.{yaml,json}` migrated through the
//! public JSON API with each `config*.json` (default `{}`), compared with `migrated*.yaml` (the
//! whole answer: resources and diagnostics), and `examples/*.yaml` with `examples/migrated/`.
//! Reviewed YAML; a mismatch prints a diff. (The playground's gallery examples have theirs in
//! www/test/golden/, with the settings each is shown with.)
//! `make generate` (`UPDATE_GENERATED=1`, only the value `1`) rewrites them.

#[path = "support/generated.rs"]
mod generated;

#[path = "support/fixtures.rs"]
mod fixtures;

use fixtures::{compare, dirs, input_json, public, settings, variants};
use serde_json::Value;
use std::fs;
use std::path::{Path, PathBuf};

fn migrate(ms: &str, config: &Path) -> Value {
    let (epp, opts) = settings(config);
    public(serde_json::from_str(&modelservice_render::api::migrate_json(ms, &epp, &opts)).unwrap())
}

#[test]
fn migrated_fixtures() {
    let update = generated::update_requested();
    let mut failures = Vec::new();
    for dir in &dirs() {
        let ms = input_json(dir);
        for (config, golden) in variants(dir, "migrated") {
            let got = migrate(&ms, &config);
            let resources = got["resources"].as_array().unwrap();
            let errors = got["diagnostics"].as_array().unwrap().iter().filter(|d| d["severity"] == "error").count();
            if errors == 0 {
                assert_eq!(resources[0]["kind"], "LLMInferenceService", "{}", golden.display());
            } else {
                assert!(resources.is_empty(), "{}: resources despite errors", golden.display());
            }
            compare(&got, &golden, update, "migrated", &mut failures);
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
        compare(&got, &golden, update, "migrated", failures);
    }
}

/// The objects `migrate` keeps beside the LLMInferenceService never take the kind and name of an
/// object the operator made for the same ModelService: the operator's are owned by the
/// ModelService and go when it is deleted, so a kept object applied over one would go with them
/// (the metrics token Secret once did: `<n>-epp-sa-metrics-reader-secret` is the operator's).
#[test]
fn kept_objects_never_take_an_operator_objects_name() {
    let key = |r: &Value| {
        let s = |k: &str| r["metadata"][k].as_str().unwrap_or_default().to_string();
        (r["kind"].as_str().unwrap().to_string(), s("namespace"), s("name"))
    };
    let mut kept_secrets = 0;
    for dir in &dirs() {
        let ms = input_json(dir);
        for (config, _) in variants(dir, "migrated") {
            let (epp, opts) = settings(&config);
            let rendered: Value =
                serde_json::from_str(&modelservice_render::api::render_json(&ms, &epp, &opts)).unwrap();
            let operator: Vec<_> = rendered["resources"].as_array().unwrap().iter().map(key).collect();
            let migrated = migrate(&ms, &config);
            for kept in migrated["resources"].as_array().unwrap().iter().skip(1) {
                let k = key(kept);
                kept_secrets += usize::from(k.0 == "Secret");
                assert!(!operator.contains(&k), "{}: kept {k:?} is the operator's", config.display());
            }
        }
    }
    assert!(kept_secrets >= 3, "the fixtures keep {kept_secrets} token Secrets: the check would not see one");
}

/// Every ServiceAccount a kept object names (a token Secret's `kubernetes.io/service-account.name`,
/// a ClusterRoleBinding's subject) is itself kept, in the same namespace, and before the Secret:
/// the token controller deletes a token Secret whose ServiceAccount does not exist
/// (kubernetes pkg/controller/serviceaccount/tokens_controller.go `syncSecret`), and the one KServe
/// makes for its scheduler (`<name>-epp-sa`) exists only after KServe reconciles.
#[test]
fn kept_service_account_references_are_kept_before_use() {
    let mut tokens = 0;
    for dir in &dirs() {
        let ms = input_json(dir);
        for (config, _) in variants(dir, "migrated") {
            let migrated = migrate(&ms, &config);
            // Empty when the ModelService has errors.
            let kept = migrated["resources"].as_array().unwrap().get(1..).unwrap_or_default();
            let sa_at = |ns: &Value, name: &Value| {
                kept.iter().position(|r| {
                    r["kind"] == "ServiceAccount" && r["metadata"]["namespace"] == *ns && r["metadata"]["name"] == *name
                })
            };
            for (i, r) in kept.iter().enumerate() {
                let ns = &r["metadata"]["namespace"];
                if r["kind"] == "Secret" && r["type"] == "kubernetes.io/service-account-token" {
                    tokens += 1;
                    let sa = &r["metadata"]["annotations"]["kubernetes.io/service-account.name"];
                    let at = sa_at(ns, sa);
                    assert!(
                        at.is_some_and(|a| a < i),
                        "{}: token Secret for {sa} without it kept before",
                        config.display()
                    );
                }
                if r["kind"] == "ClusterRoleBinding" {
                    for s in r["subjects"].as_array().unwrap().iter().filter(|s| s["kind"] == "ServiceAccount") {
                        assert!(
                            sa_at(&s["namespace"], &s["name"]).is_some(),
                            "{}: binds {s} not kept",
                            config.display()
                        );
                    }
                }
            }
        }
    }
    assert!(tokens >= 3, "the fixtures keep {tokens} token Secrets: the check would not see one");
}
