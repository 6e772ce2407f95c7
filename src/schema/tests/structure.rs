//! `validate` table, part 1: document shape — required fields, null as absent, unknown fields,
//! apiVersion/kind, profile-gated fields, lists and maps at every depth.

use super::*;
use serde_json::json;

#[test]
fn structure_table() {
    let env = |item: Value| with(json!({"spec": {"engine": {"env": [{"name": "A", "value": "1"}, item]}}}));
    let spec = base().get("spec").cloned().unwrap_or_default();
    run(table! {
        "minimal" => base() => [];
        "FX-FULL" => fx_full() => [];
        "FX-FULL under v0.9.0-alpha.2" , v090 => fx_full() => ["schema/unknown-field" @ "spec.decode.annotations"];
        "root is a list" => json!([1]) => ["input/not-an-object" @ ""];
        "root is a string" => json!("hello") => ["input/not-an-object" @ ""];
        "root is a NaN" => nan() => ["input/not-an-object" @ ""];
        "no spec" => json!({"metadata": {"name": "a"}}) => ["schema/required" @ "spec"];
        "no metadata" => json!({"spec": spec}) => ["schema/required" @ "metadata"];
        "metadata.name null" => with(json!({"metadata": {"name": null}})) => ["schema/required" @ "metadata.name"];
        "model.name null" => with(json!({"spec": {"model": {"name": null}}})) => ["schema/required" @ "spec.model.name"];
        "model null" => with(json!({"spec": {"model": null}})) => ["schema/required" @ "spec.model"];
        "empty spec" => json!({"metadata": {"name": "a"}, "spec": {}}) => ["schema/required" @ "spec.model", "schema/required" @ "spec.engine", "schema/required" @ "spec.accelerator", "schema/required" @ "spec.decode"];
        "accelerator without type" => with(json!({"spec": {"accelerator": {"type": null}}})) => ["schema/required" @ "spec.accelerator.type"];
        "inferencePool {}" => with(json!({"spec": {"inferencePool": {}}})) => ["schema/required" @ "spec.inferencePool.endpointPicker"];
        "gatewayRef {}" => with(json!({"spec": {"httpRoute": {"gatewayRef": {}}}})) => ["schema/required" @ "spec.httpRoute.gatewayRef.name"];
        "httpRoute {}" => with(json!({"spec": {"httpRoute": {"hostnames": ["a.example.com"]}}})) => ["schema/required" @ "spec.httpRoute.gatewayRef"];
        "paralelism typo" => with(json!({"spec": {"decode": {"paralelism": {"tensor": 2}}}})) => ["schema/unknown-field" @ "spec.decode.paralelism"];
        "Replicas case" => with(json!({"spec": {"decode": {"Replicas": 2}}})) => ["schema/unknown-field" @ "spec.decode.Replicas"];
        "replicas misplaced" => with(json!({"spec": {"replicas": 2}})) => ["schema/unknown-field" @ "spec.replicas"];
        "specs at top" => json!({"metadata": {"name": "a"}, "specs": {}}) => ["schema/required" @ "spec", "schema/unknown-field" @ "specs"];
        "unknown field set to null" => with(json!({"spec": {"foo": null}})) => ["schema/unknown-field" @ "spec.foo"];
        "unknown field's subtree not walked" => with(json!({"spec": {"foo": {"replicas": "x"}}})) => ["schema/unknown-field" @ "spec.foo"];
        "metadata.labelz" => with(json!({"metadata": {"labelz": {}}})) => ["schema/unknown-field" @ "metadata.labelz"];
        "full ObjectMeta ok" => with(json!({"metadata": {"name": "a", "namespace": "ns", "uid": "u", "generation": 3, "resourceVersion": "1", "creationTimestamp": null, "labels": {"a": "b"}, "annotations": {"c": "d"}, "finalizers": ["f"], "managedFields": [{"manager": "kubectl"}]}})) => [];
        "ownerReferences item" => with(json!({"metadata": {"ownerReferences": [{"controller": true}]}})) => ["schema/required" @ "metadata.ownerReferences[0].apiVersion", "schema/required" @ "metadata.ownerReferences[0].kind", "schema/required" @ "metadata.ownerReferences[0].name", "schema/required" @ "metadata.ownerReferences[0].uid"];
        "monitoring typo" => with(json!({"spec": {"monitoring": {"podMonitors": {}}}})) => ["schema/unknown-field" @ "spec.monitoring.podMonitors"];
        "annotations v1.0.1" => with(json!({"spec": {"decode": {"annotations": {"a": "b"}}}})) => [];
        "annotations v0.9.0-alpha.2" , v090 => with(json!({"spec": {"prefill": {"annotations": {"a": "b"}}}})) => ["schema/unknown-field" @ "spec.prefill.annotations"];
        "annotations value" => with(json!({"spec": {"prefill": {"annotations": {"x": 1}}}})) => ["schema/type" @ "spec.prefill.annotations[x]"];
        "nodeSelector null value is absent" => with(json!({"spec": {"decode": {"nodeSelector": {"gpu": null}}}})) => [];
        "nodeSelector as list" => with(json!({"spec": {"decode": {"nodeSelector": ["gpu=h100"]}}})) => ["schema/type" @ "spec.decode.nodeSelector"];
        "env item without name" => env(json!({"value": "1"})) => ["schema/required" @ "spec.engine.env[1].name"];
        "env configMapKeyRef {}" => env(json!({"name": "B", "valueFrom": {"configMapKeyRef": {}}})) => ["schema/required" @ "spec.engine.env[1].valueFrom.configMapKeyRef.key"];
        "env fileKeyRef" => env(json!({"name": "B", "valueFrom": {"fileKeyRef": {"key": "k"}}})) => ["schema/required" @ "spec.engine.env[1].valueFrom.fileKeyRef.path", "schema/required" @ "spec.engine.env[1].valueFrom.fileKeyRef.volumeName"];
        "env fieldRef ok" => env(json!({"name": "B", "valueFrom": {"fieldRef": {"fieldPath": "metadata.name"}}})) => [];
        "env fieldRef {}" => env(json!({"name": "B", "valueFrom": {"fieldRef": {}}})) => ["schema/required" @ "spec.engine.env[1].valueFrom.fieldRef.fieldPath"];
        "env resourceFieldRef {}" => env(json!({"name": "B", "valueFrom": {"resourceFieldRef": {}}})) => ["schema/required" @ "spec.engine.env[1].valueFrom.resourceFieldRef.resource"];
        "env secretKeyRef typo" => env(json!({"name": "B", "valueFrom": {"secretKeyRef": {"key": "k", "nme": "s"}}})) => ["schema/unknown-field" @ "spec.engine.env[1].valueFrom.secretKeyRef.nme"];
        "env as a map" => with(json!({"spec": {"engine": {"env": {"A": "1"}}}})) => ["schema/type" @ "spec.engine.env"];
        "args as a string" => with(json!({"spec": {"engine": {"args": "--foo"}}})) => ["schema/type" @ "spec.engine.args"];
        "args items" => with(json!({"spec": {"engine": {"args": ["a", 1, null]}}})) => ["schema/type" @ "spec.engine.args[1]", "schema/type" @ "spec.engine.args[2]"];
        "claims without name" => with(json!({"spec": {"decode": {"resources": {"claims": [{"request": "r"}]}}}})) => ["schema/required" @ "spec.decode.resources.claims[0].name"];
        "toleration typo" => with(json!({"spec": {"decode": {"tolerations": [{"effect": "NoSchedule", "operater": "Exists"}]}}})) => ["schema/unknown-field" @ "spec.decode.tolerations[0].operater"];
        "imagePullSecrets" => with(json!({"spec": {"model": {"imagePullSecrets": [{"name": "a"}, {}]}}})) => [];
        "imagePullSecrets as a string" => with(json!({"spec": {"model": {"imagePullSecrets": "creds"}}})) => ["schema/type" @ "spec.model.imagePullSecrets"];
        "status ok" => with(json!({"status": {"phase": "Ready", "conditions": []}})) => [];
        "status not an object" => with(json!({"status": "ok"})) => ["schema/type" @ "status"];
        "apiVersion wrong" => with(json!({"apiVersion": "model.otterscale.io/v1"})) => ["schema/api-version" @ "apiVersion"];
        "kind wrong" => with(json!({"kind": "Modelservice"})) => ["schema/kind" @ "kind"];
        "apiVersion not a string" => with(json!({"apiVersion": 1})) => ["schema/type" @ "apiVersion"];
        "apiVersion and kind null" => with(json!({"kind": null, "apiVersion": null})) => [];
        "apiVersion and kind right" => with(json!({"kind": "ModelService", "apiVersion": "model.otterscale.io/v1alpha1"})) => [];
    });
}
