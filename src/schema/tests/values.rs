//! `validate` table, part 2: values — types, enums, minimum/maximum, lengths, int32/int64 ranges,
//! quantities and non-finite numbers, at several depths; plus many findings at once.

use super::*;
use serde_json::json;

#[test]
fn values_table() {
    let long = "x".repeat(254);
    let limits = |q: Value| with(json!({"spec": {"decode": {"resources": {"limits": {"cpu": q}}}}}));
    run(table! {
        "accelerator typo" => with(json!({"spec": {"accelerator": {"type": "nvida"}}})) => ["schema/enum" @ "spec.accelerator.type"];
        "accelerator empty" => with(json!({"spec": {"accelerator": {"type": ""}}})) => ["schema/enum" @ "spec.accelerator.type"];
        "accelerator number" => with(json!({"spec": {"accelerator": {"type": 1}}})) => ["schema/type" @ "spec.accelerator.type"];
        "failureMode" => with(json!({"spec": {"inferencePool": {"endpointPicker": {"failureMode": "FailClosed"}}}})) => ["schema/enum" @ "spec.inferencePool.endpointPicker.failureMode"];
        "gatewayRef name empty" => with(json!({"spec": {"httpRoute": {"gatewayRef": {"name": ""}}}})) => ["schema/min-length" @ "spec.httpRoute.gatewayRef.name"];
        "model.name empty" => with(json!({"spec": {"model": {"name": ""}}})) => ["schema/min-length" @ "spec.model.name"];
        "model.name too long" => with(json!({"spec": {"model": {"name": long}}})) => ["schema/max-length" @ "spec.model.name"];
        "model.name 253 ok" => with(json!({"spec": {"model": {"name": "é".repeat(253)}}})) => [];
        "model.image empty" => with(json!({"spec": {"model": {"image": ""}}})) => ["schema/min-length" @ "spec.model.image"];
        "replicas -1" => with(json!({"spec": {"decode": {"replicas": -1}}})) => ["schema/minimum" @ "spec.decode.replicas"];
        "replicas 0 ok" => with(json!({"spec": {"decode": {"replicas": 0}}})) => [];
        "replicas string" => with(json!({"spec": {"decode": {"replicas": "two"}}})) => ["schema/type" @ "spec.decode.replicas"];
        "replicas fraction" => with(json!({"spec": {"decode": {"replicas": 1.5}}})) => ["schema/type" @ "spec.decode.replicas"];
        "replicas 2.0 ok" => with(json!({"spec": {"decode": {"replicas": 2.0}}})) => [];
        "replicas above int32" => with(json!({"spec": {"decode": {"replicas": 3_000_000_000_u64}}})) => ["schema/int32-range" @ "spec.decode.replicas"];
        "replicas below int32" => with(json!({"spec": {"prefill": {"replicas": -3_000_000_000_i64}}})) => ["schema/int32-range" @ "spec.prefill.replicas"];
        "replicas 1e20" => with(json!({"spec": {"decode": {"replicas": 1e20}}})) => ["schema/int32-range" @ "spec.decode.replicas"];
        "port 0" => with(json!({"spec": {"engine": {"port": 0}}})) => ["schema/minimum" @ "spec.engine.port"];
        "port 70000" => with(json!({"spec": {"engine": {"port": 70000}}})) => ["schema/maximum" @ "spec.engine.port"];
        "port 65535 ok" => with(json!({"spec": {"engine": {"port": 65535}}})) => [];
        "targetPort 65536" => with(json!({"spec": {"routingProxy": {"targetPort": 65536}}})) => ["schema/maximum" @ "spec.routingProxy.targetPort"];
        "epp port and replicas" => with(json!({"spec": {"inferencePool": {"endpointPicker": {"port": -1, "replicas": -2}}}})) => ["schema/minimum" @ "spec.inferencePool.endpointPicker.port", "schema/minimum" @ "spec.inferencePool.endpointPicker.replicas"];
        "prefill tensor 0" => with(json!({"spec": {"prefill": {"parallelism": {"tensor": 0}}}})) => ["schema/minimum" @ "spec.prefill.parallelism.tensor"];
        "dataLocal quoted" => with(json!({"spec": {"decode": {"parallelism": {"dataLocal": "1"}}}})) => ["schema/type" @ "spec.decode.parallelism.dataLocal"];
        "label not a string" => with(json!({"metadata": {"labels": {"app": 1}}})) => ["schema/type" @ "metadata.labels[app]"];
        "nodeSelector bool" => with(json!({"spec": {"decode": {"nodeSelector": {"gpu": true}}}})) => ["schema/type" @ "spec.decode.nodeSelector[gpu]"];
        "env value number" => with(json!({"spec": {"engine": {"env": [{"name": "B", "value": 5}]}}})) => ["schema/type" @ "spec.engine.env[0].value"];
        "generation quoted" => with(json!({"metadata": {"generation": "3"}})) => ["schema/type" @ "metadata.generation"];
        "podMonitor enabled quoted" => with(json!({"spec": {"monitoring": {"podMonitor": {"enabled": "true"}}}})) => ["schema/type" @ "spec.monitoring.podMonitor.enabled"];
        "secureProxy yes" => with(json!({"spec": {"routingProxy": {"secureProxy": "yes"}}})) => ["schema/type" @ "spec.routingProxy.secureProxy"];
        "hostnames item" => with(json!({"spec": {"httpRoute": {"gatewayRef": {"name": "gw"}, "hostnames": [1]}}})) => ["schema/type" @ "spec.httpRoute.hostnames[0]"];
        "tolerationSeconds string" => with(json!({"spec": {"decode": {"tolerations": [{"key": "k", "tolerationSeconds": "300"}]}}})) => ["schema/type" @ "spec.decode.tolerations[0].tolerationSeconds"];
        "tolerationSeconds int64 ok" => with(json!({"spec": {"decode": {"tolerations": [{"key": "k", "tolerationSeconds": 3_000_000_000_u64}]}}})) => [];
        "tolerationSeconds above int64" => with(json!({"spec": {"decode": {"tolerations": [{"tolerationSeconds": 1e19}]}}})) => ["schema/type" @ "spec.decode.tolerations[0].tolerationSeconds"];
        "quantities ok" => with(json!({"spec": {"decode": {"resources": {"limits": {"memory": "64Gi", "cpu": 4}, "requests": {"cpu": "500m", "memory": "1e3", "x": "+.5", "y": "-1"}}}}})) => [];
        "quantity with a space" => with(json!({"spec": {"decode": {"resources": {"requests": {"cpu": "2 cores"}}}}})) => ["schema/quantity" @ "spec.decode.resources.requests[cpu]"];
        "quantity GB" => with(json!({"spec": {"prefill": {"resources": {"limits": {"memory": "64GB"}}}}})) => ["schema/quantity" @ "spec.prefill.resources.limits[memory]"];
        "quantity float" => limits(json!(0.5)) => ["schema/type" @ "spec.decode.resources.limits[cpu]"];
        "quantity 2.0 ok" => limits(json!(2.0)) => [];
        "quantity bool" => limits(json!(true)) => ["schema/type" @ "spec.decode.resources.limits[cpu]"];
        "quantity fractional exponent" => limits(json!("1e1.5")) => ["schema/quantity" @ "spec.decode.resources.limits[cpu]"];
        "quantity huge int ok" => limits(json!(u64::MAX)) => [];
        "epp quantity empty" => with(json!({"spec": {"inferencePool": {"endpointPicker": {"resources": {"requests": {"cpu": ""}}}}}})) => ["schema/quantity" @ "spec.inferencePool.endpointPicker.resources.requests[cpu]"];
        "env divisor" => with(json!({"spec": {"engine": {"env": [{"name": "B", "valueFrom": {"resourceFieldRef": {"resource": "limits.cpu", "divisor": "1x"}}}]}}})) => ["schema/quantity" @ "spec.engine.env[0].valueFrom.resourceFieldRef.divisor"];
        "env divisor integer ok" => with(json!({"spec": {"engine": {"env": [{"name": "B", "valueFrom": {"resourceFieldRef": {"resource": "limits.cpu", "divisor": 1}}}]}}})) => [];
        "NaN replicas" => with(json!({"spec": {"decode": {"replicas": nan()}}})) => ["schema/non-finite" @ "spec.decode.replicas"];
        "Infinity in status" => with(json!({"status": {"x": [{"$nonFinite": "-Infinity"}]}})) => ["schema/non-finite" @ "status.x[0]"];
        "NaN as a label" => with(json!({"metadata": {"labels": {"a": nan()}}})) => ["schema/non-finite" @ "metadata.labels[a]"];
        "NaN as a quantity" => limits(nan()) => ["schema/non-finite" @ "spec.decode.resources.limits[cpu]"];
        "NaN in args" => with(json!({"spec": {"engine": {"args": ["a", {"$nonFinite": "Infinity"}]}}})) => ["schema/non-finite" @ "spec.engine.args[1]"];
        "not a non-finite marker" => with(json!({"spec": {"decode": {"replicas": {"$nonFinite": "x"}}}})) => ["schema/type" @ "spec.decode.replicas"];
    });
}

/// Several findings at once come back in document walk order (object keys sorted).
#[test]
fn all_findings_in_walk_order() {
    let input = with(json!({
        "kind": "Pod",
        "metadata": {"name": null, "namespace": 7},
        "spec": {"accelerator": {"type": "tpu"}, "decode": {"replicas": -1, "parallelism": {"tensor": 0, "data": "2"}},
                 "engine": {"port": 0, "env": [{}]}, "model": {"image": ""}}
    }));
    run(table! {
        "many at once" => input => [
            "schema/kind" @ "kind",
            "schema/required" @ "metadata.name",
            "schema/type" @ "metadata.namespace",
            "schema/enum" @ "spec.accelerator.type",
            "schema/type" @ "spec.decode.parallelism.data",
            "schema/minimum" @ "spec.decode.parallelism.tensor",
            "schema/minimum" @ "spec.decode.replicas",
            "schema/required" @ "spec.engine.env[0].name",
            "schema/minimum" @ "spec.engine.port",
            "schema/min-length" @ "spec.model.image",
        ];
    });
}
