//! The Istio DestinationRule for TLS to the EPP Service (epp.md §13).

use super::meta;
use crate::crd::destination_rule::{ClientTlsSettings, DestinationRule, DestinationRuleSpec, TrafficPolicy};
use crate::labels::Labels;
use crate::model::ModelService;
use crate::names::epp_name;

pub fn build(ms: &ModelService, labels: Option<Labels>) -> DestinationRule {
    let name = epp_name(&ms.metadata.name);
    let ns = &ms.metadata.namespace;
    DestinationRule {
        metadata: meta(name.clone(), ns, labels),
        spec: DestinationRuleSpec {
            host: format!("{name}.{ns}.svc.cluster.local"),
            traffic_policy: TrafficPolicy {
                tls: ClientTlsSettings { mode: "SIMPLE".into(), insecure_skip_verify: true },
            },
        },
        ..Default::default()
    }
}
