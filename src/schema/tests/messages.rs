//! The wording of messages and hints: precise, friendly, with the fix when there is one.

use super::*;
use serde_json::json;

#[test]
fn messages_and_hints_say_what_is_wrong() {
    let p = v101();
    let d = find(&with(json!({"spec": {"decode": {"paralelism": {}}}})), &p, "spec.decode.paralelism");
    assert_eq!(d.message, "unknown field \"paralelism\" in spec.decode");
    assert_eq!(d.hint.as_deref(), Some("did you mean `parallelism`?"));

    let d = find(&with(json!({"spec": {"decode": {"Replicas": 1}}})), &p, "spec.decode.Replicas");
    assert_eq!(d.hint.as_deref(), Some("did you mean `replicas`?"));

    let d = find(&with(json!({"spec": {"accelerator": {"type": "nvida"}}})), &p, "spec.accelerator.type");
    assert_eq!(d.message, "must be one of nvidia, amd, intel-gaudi, google, cpu; got \"nvida\"");
    assert_eq!(d.hint.as_deref(), Some("did you mean \"nvidia\"?"));

    let d = find(&with(json!({"spec": {"decode": {"replicas": "two"}}})), &p, "spec.decode.replicas");
    assert_eq!(d.message, "expected an integer, got string \"two\"");
    let d = find(&with(json!({"spec": {"decode": {"replicas": "2"}}})), &p, "spec.decode.replicas");
    assert_eq!(d.hint.as_deref(), Some("remove the quotes: 2"));

    let d =
        find(&with(json!({"spec": {"decode": {"parallelism": {"tensor": 0}}}})), &p, "spec.decode.parallelism.tensor");
    assert_eq!(d.message, "must be at least 1, got 0");
    let d = find(&with(json!({"spec": {"engine": {"port": 70000}}})), &p, "spec.engine.port");
    assert_eq!(d.message, "must be at most 65535, got 70000");
    let d = find(&with(json!({"spec": {"decode": {"replicas": 3_000_000_000_u64}}})), &p, "spec.decode.replicas");
    assert_eq!(d.message, "must fit in a 32-bit integer (-2147483648 to 2147483647), got 3000000000");

    let d = find(&with(json!({"spec": {"model": {"name": null}}})), &p, "spec.model.name");
    assert_eq!(d.message, "required field \"name\" is missing");
    assert!(d.hint.unwrap_or_default().starts_with("add `name`: Model name"));

    let d = find(&with(json!({"spec": {"model": {"name": ""}}})), &p, "spec.model.name");
    assert_eq!(d.message, "must not be empty");
    let d = find(&with(json!({"spec": {"model": {"name": "x".repeat(300)}}})), &p, "spec.model.name");
    assert_eq!(d.message, "must be at most 253 characters long, got 300");

    let d = find(&with(json!({"spec": {"replicas": 1}})), &p, "spec.replicas");
    assert_eq!(
        d.hint.as_deref(),
        Some("`replicas` belongs under spec.decode, spec.prefill or spec.inferencePool.endpointPicker")
    );
    let d = find(&with(json!({"spec": {"zzz": 1}})), &p, "spec.zzz");
    assert_eq!(
        d.hint.as_deref(),
        Some("fields allowed here: model, engine, accelerator, decode, prefill, routingProxy, inferencePool, httpRoute, monitoring")
    );

    let d = find(&with(json!({"spec": {"decode": {"annotations": {}}}})), &v090(), "spec.decode.annotations");
    assert!(d.hint.unwrap_or_default().contains("only with operator v1.0.1"), "annotations hint names the release");

    let d =
        find(&with(json!({"spec": {"decode": {"nodeSelector": {"gpu": true}}}})), &p, "spec.decode.nodeSelector[gpu]");
    assert_eq!(d.message, "expected a string, got boolean true");
    assert_eq!(d.hint.as_deref(), Some("quote it: \"true\""));

    let d = find(&with(json!({"kind": "Deployment"})), &p, "kind");
    assert_eq!(d.message, "must be \"ModelService\", got \"Deployment\"");
    let d = find(&with(json!({"spec": {"decode": {"replicas": nan()}}})), &p, "spec.decode.replicas");
    assert_eq!(d.message, "NaN is not allowed: numbers must be finite");

    let d = find(&json!(["x"]), &p, "");
    assert_eq!(d.message, "a ModelService must be an object (a YAML mapping), got a list");
}

#[test]
fn quantity_messages_suggest_a_fix() {
    let p = v101();
    let hint = |q: &str| {
        let v = with(json!({"spec": {"decode": {"resources": {"limits": {"memory": q}}}}}));
        find(&v, &p, "spec.decode.resources.limits[memory]").hint.unwrap_or_default()
    };
    assert_eq!(hint("64 Gi"), "remove the spaces: \"64Gi\"");
    assert_eq!(hint("64gi"), "did you mean \"64Gi\"?");
    assert_eq!(hint("2K"), "did you mean \"2k\"?");
    assert!(hint("64GB").contains("\"64Gi\""));
    assert!(hint("lots").starts_with("a quantity is a number"));
    let v = with(json!({"spec": {"decode": {"resources": {"limits": {"memory": "64GB"}}}}}));
    assert_eq!(find(&v, &p, "spec.decode.resources.limits[memory]").message, "\"64GB\" is not a valid quantity");
    let v = with(json!({"spec": {"decode": {"resources": {"limits": {"cpu": 0.5}}}}}));
    assert_eq!(
        find(&v, &p, "spec.decode.resources.limits[cpu]").hint.as_deref(),
        Some("write it as a string: \"0.5\"")
    );
}
