//! cases.md §2.4 status decisions SRV-ST-1 … SRV-ST-10 (serving.md §12) via `observe_status`.

mod common;

use common::to_json;
use modelservice_render::status::{observe_status, ObservedDeployment};
use serde_json::json;

fn d(desired: i32, ready: i32) -> Option<ObservedDeployment> {
    Some(ObservedDeployment { replicas: Some(desired), ready_replicas: Some(ready) })
}

/// Observes with generation 7 and checks phase plus the exact Ready condition.
#[track_caller]
fn check(
    prefill_configured: bool,
    decode: Option<ObservedDeployment>,
    prefill: Option<ObservedDeployment>,
    want: (&str, &str, &str, &str),
) {
    let (phase, status, reason, message) = want;
    let s = observe_status(Some(7), prefill_configured, decode, prefill);
    assert_eq!(s.phase, phase);
    assert_eq!(s.observed_generation, Some(7));
    assert_eq!(
        to_json(&s.conditions),
        json!([{"type": "Ready", "status": status, "reason": reason, "message": message, "observedGeneration": 7}])
    );
}

const STARTING: (&str, &str, &str, &str) =
    ("Running", "False", "PodsStarting", "Waiting for serving pods to become ready");

#[test]
fn srv_st_1_decode_missing() {
    check(false, None, None, ("Pending", "False", "DeploymentNotFound", "Decode Deployment has not been created yet"));
}

#[test]
fn srv_st_2_pods_starting() {
    check(false, d(2, 0), None, STARTING);
}

#[test]
fn srv_st_3_partially_ready() {
    check(false, d(2, 1), None, ("Running", "False", "PartiallyReady", "1/2 replicas ready"));
}

#[test]
fn srv_st_4_prefill_partially_ready() {
    check(true, d(2, 2), d(1, 0), ("Running", "False", "PartiallyReady", "2/3 replicas ready"));
}

#[test]
fn srv_st_5_prefill_missing_counts_zero() {
    check(true, d(2, 2), None, ("Ready", "True", "AllReplicasReady", "All 2 replicas are ready"));
}

#[test]
fn srv_st_6_all_ready_with_prefill() {
    check(true, d(2, 2), d(1, 1), ("Ready", "True", "AllReplicasReady", "All 3 replicas are ready"));
}

#[test]
fn srv_st_7_zero_desired_is_ready() {
    check(false, d(0, 0), None, ("Ready", "True", "AllReplicasReady", "All 0 replicas are ready"));
}

#[test]
fn srv_st_8_ready_above_desired() {
    check(false, d(1, 2), None, ("Ready", "True", "AllReplicasReady", "All 2 replicas are ready"));
}

#[test]
fn srv_st_9_prefill_starting() {
    check(true, d(0, 0), d(1, 0), STARTING);
}

#[test]
fn srv_st_10_stale_prefill_ignored() {
    check(false, d(2, 0), d(1, 1), STARTING);
    let s = observe_status(Some(7), false, d(2, 0), d(1, 1));
    assert_eq!((s.decode_replicas, s.decode_ready, s.prefill_replicas, s.prefill_ready), (2, 0, 0, 0));
}
