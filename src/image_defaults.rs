//! Image defaults (upstream `ApplyImageDefaults`, serving.md §9). CRD defaulting, which runs
//! before this on the raw input, lives in `crate::schema::defaulting`.

use crate::config::Images;
use crate::model::ModelService;

/// Fills empty images from the operator's default images; non-empty images are never changed.
/// The routing-proxy and EPP defaults apply only when those sections are present.
pub fn apply_image_defaults(ms: &mut ModelService, d: &Images) {
    if ms.spec.engine.image.is_empty() {
        ms.spec.engine.image = d.engine.clone();
    }
    if let Some(rp) = ms.spec.routing_proxy.as_mut() {
        if rp.image.is_empty() {
            rp.image = d.routing_proxy.clone();
        }
    }
    if let Some(pool) = ms.spec.inference_pool.as_mut() {
        if pool.endpoint_picker.image.is_empty() {
            pool.endpoint_picker.image = d.epp.clone();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{InferencePoolSpec, RoutingProxySpec};

    /// SRV-DEP-14
    #[test]
    fn fills_only_empty_images_of_present_sections() {
        let d = Images { engine: "E".into(), epp: "P".into(), routing_proxy: "R".into(), kit: "K".into() };
        let mut ms = ModelService::default();
        apply_image_defaults(&mut ms, &d);
        assert_eq!(ms.spec.engine.image, "E");
        assert!(ms.spec.routing_proxy.is_none());
        assert!(ms.spec.inference_pool.is_none());
        ms.spec.routing_proxy = Some(RoutingProxySpec::default());
        ms.spec.inference_pool = Some(InferencePoolSpec::default());
        apply_image_defaults(&mut ms, &d);
        assert_eq!(ms.spec.routing_proxy.as_ref().map(|r| r.image.as_str()), Some("R"));
        assert_eq!(ms.spec.inference_pool.as_ref().map(|p| p.endpoint_picker.image.as_str()), Some("P"));
        ms.spec.engine.image = "mine".into();
        apply_image_defaults(&mut ms, &d);
        assert_eq!(ms.spec.engine.image, "mine");
    }
}
