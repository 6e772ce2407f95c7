//! The EPP service-account token Secret read by Prometheus for metrics auth (epp.md §7).

use super::meta;
use crate::labels::Labels;
use crate::model::ModelService;
use crate::names::{epp_name, epp_secret_name};
use crate::objects::Secret;
use std::collections::BTreeMap;

pub fn build(ms: &ModelService, labels: Option<Labels>) -> Secret {
    let mut metadata = meta(&epp_secret_name(&ms.metadata.name), &ms.metadata.namespace, labels);
    metadata.annotations =
        Some(BTreeMap::from([("kubernetes.io/service-account.name".to_string(), epp_name(&ms.metadata.name))]));
    Secret { metadata, type_: Some("kubernetes.io/service-account-token".into()), ..Default::default() }
}
