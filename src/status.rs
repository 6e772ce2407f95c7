//! `ObserveStatus` and the status the controller writes (serving.md §12). No clock: the
//! condition has no `lastTransitionTime`.

use serde::{Deserialize, Serialize};

/// What is read of a serving Deployment: `spec.replicas` and `status.readyReplicas`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ObservedDeployment {
    pub replicas: Option<i32>,
    pub ready_replicas: Option<i32>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS), ts(optional_fields))]
#[serde(rename_all = "camelCase")]
pub struct Condition {
    #[serde(rename = "type")]
    pub type_: String,
    pub status: String,
    pub reason: String,
    pub message: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "typescript", ts(optional, as = "Option<f64>"))]
    pub observed_generation: Option<i64>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS), ts(optional_fields))]
#[serde(rename_all = "camelCase")]
pub struct ModelServiceStatus {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "typescript", ts(optional, as = "Option<f64>"))]
    pub observed_generation: Option<i64>,
    pub phase: String,
    pub decode_ready: i32,
    pub decode_replicas: i32,
    pub prefill_ready: i32,
    pub prefill_replicas: i32,
    pub conditions: Vec<Condition>,
}

/// Derives the status from the decode and prefill Deployments (`None` = not found).
/// `prefill_configured` is `spec.prefill != nil`: a stale prefill Deployment is ignored otherwise.
pub fn observe_status(
    generation: Option<i64>,
    prefill_configured: bool,
    decode: Option<ObservedDeployment>,
    prefill: Option<ObservedDeployment>,
) -> ModelServiceStatus {
    let counts = |d: Option<ObservedDeployment>| {
        d.map(|d| (d.ready_replicas.unwrap_or(0), d.replicas.unwrap_or(0))).unwrap_or((0, 0))
    };
    let (decode_ready, decode_replicas) = counts(decode);
    let (prefill_ready, prefill_replicas) = if prefill_configured { counts(prefill) } else { (0, 0) };
    // Go int32 sums: they wrap on overflow, and the comparisons below see the wrapped values.
    let total_ready = decode_ready.wrapping_add(prefill_ready);
    let total_desired = decode_replicas.wrapping_add(prefill_replicas);
    let (phase, status, reason, message) = if decode.is_none() {
        ("Pending", "False", "DeploymentNotFound", "Decode Deployment has not been created yet".to_string())
    } else if total_ready == 0 && total_desired > 0 {
        ("Running", "False", "PodsStarting", "Waiting for serving pods to become ready".to_string())
    } else if total_ready < total_desired {
        ("Running", "False", "PartiallyReady", format!("{total_ready}/{total_desired} replicas ready"))
    } else {
        ("Ready", "True", "AllReplicasReady", format!("All {total_ready} replicas are ready"))
    };
    ModelServiceStatus {
        observed_generation: generation,
        phase: phase.into(),
        decode_ready,
        decode_replicas,
        prefill_ready,
        prefill_replicas,
        conditions: vec![Condition {
            type_: "Ready".into(),
            status: status.into(),
            reason: reason.into(),
            message,
            observed_generation: generation,
        }],
    }
}

// Conformance cases (SRV-HT, SRV-SAN, SRV-LT, SRV-LB, SRV-ST, EPP-N) live in tests/cases_*.rs.
