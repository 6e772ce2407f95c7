//! Serde types for the custom resources the operator creates, carrying exactly the fields it
//! emits, declared in JSON key order like every output kind (`crate::objects`).

pub mod destination_rule;
pub mod http_route;
pub mod inference_pool;
pub mod monitoring;

use crate::labels::Labels;
use serde::Serialize;

/// `metav1.LabelSelector` with only `matchLabels`, as these builders use it.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct MatchLabels {
    #[serde(skip_serializing_if = "Labels::is_empty")]
    pub match_labels: Labels,
}
