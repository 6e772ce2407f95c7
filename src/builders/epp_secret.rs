//! The EPP service-account token Secret read by Prometheus for metrics auth (epp.md §7).

use super::meta;
use crate::labels::{self, Labels};
use crate::model::ModelService;
use crate::names::{epp_name, epp_secret_name};
use crate::objects::Secret;

pub fn build(ms: &ModelService, labels: Option<Labels>) -> Secret {
    let mut metadata = meta(epp_secret_name(&ms.metadata.name), &ms.metadata.namespace, labels);
    metadata.annotations = Some(labels::one("kubernetes.io/service-account.name", epp_name(&ms.metadata.name)));
    Secret { metadata, type_: Some("kubernetes.io/service-account-token".into()), ..Default::default() }
}
