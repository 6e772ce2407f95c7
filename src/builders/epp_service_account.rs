//! The EPP ServiceAccount (epp.md §4).

use super::meta;
use crate::labels::Labels;
use crate::model::ModelService;
use crate::names::epp_name;
use crate::objects::ServiceAccount;

pub fn build(ms: &ModelService, labels: Option<Labels>) -> ServiceAccount {
    ServiceAccount { metadata: meta(epp_name(&ms.metadata.name), &ms.metadata.namespace, labels), ..Default::default() }
}
