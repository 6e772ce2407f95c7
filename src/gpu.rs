//! GPU rules (serving.md §5): the operator requests `tensor × dataLocal` accelerators of the
//! vendor's extended resource in both limits and requests, overwriting user values.

use crate::model::Parallelism;
use crate::quantity::decimal_si;
use k8s_openapi::api::core::v1::ResourceRequirements;
use k8s_openapi::apimachinery::pkg::api::resource::Quantity;

/// Extended resource name of an accelerator type; `""` for `cpu` and anything unknown.
pub fn gpu_resource_name(accelerator_type: &str) -> &'static str {
    match accelerator_type {
        "nvidia" => "nvidia.com/gpu",
        "amd" => "amd.com/gpu",
        "intel-gaudi" => "habana.ai/gaudi",
        "google" => "google.com/tpu",
        _ => "",
    }
}

/// `max(tensor,1) × max(dataLocal,1)`; `data` is not counted. Saturates instead of overflowing.
pub fn gpu_count(p: Option<&Parallelism>) -> i64 {
    let p = p.copied().unwrap_or_default();
    i64::from(p.tensor.max(1)).saturating_mul(i64::from(p.data_local.max(1)))
}

/// Sets `limits[name]` and `requests[name]` to `count` (canonical DecimalSI), unless the type is
/// `cpu`/unknown or the count is 0. Other keys are kept.
pub fn inject_gpu_resources(res: &mut ResourceRequirements, accelerator_type: &str, count: i64) {
    let name = gpu_resource_name(accelerator_type);
    if accelerator_type == "cpu" || count == 0 || name.is_empty() {
        return;
    }
    let q = Quantity(decimal_si(count));
    res.limits.get_or_insert_with(Default::default).insert(name.to_string(), q.clone());
    res.requests.get_or_insert_with(Default::default).insert(name.to_string(), q);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn resource_names() {
        // SRV-HT-1
        assert_eq!(gpu_resource_name("nvidia"), "nvidia.com/gpu");
        assert_eq!(gpu_resource_name("amd"), "amd.com/gpu");
        assert_eq!(gpu_resource_name("intel-gaudi"), "habana.ai/gaudi");
        assert_eq!(gpu_resource_name("google"), "google.com/tpu");
        assert_eq!(gpu_resource_name("cpu"), "");
        assert_eq!(gpu_resource_name(""), "");
    }

    #[test]
    fn counts() {
        // SRV-HT-2
        let p = |tensor, data, data_local| Parallelism { tensor, data, data_local };
        assert_eq!(gpu_count(Some(&p(0, 0, 0))), 1);
        assert_eq!(gpu_count(None), 1);
        assert_eq!(gpu_count(Some(&p(4, 0, 0))), 4);
        assert_eq!(gpu_count(Some(&p(4, 0, 2))), 8);
        assert_eq!(gpu_count(Some(&p(1, 0, 1))), 1);
        assert_eq!(gpu_count(Some(&p(2, 8, 0))), 2);
        assert_eq!(gpu_count(Some(&p(i32::MAX, 0, i32::MAX))), i64::from(i32::MAX) * i64::from(i32::MAX));
    }

    #[test]
    fn injection() {
        // SRV-HT-3, SRV-HT-4, SRV-HT-5
        let mut r = ResourceRequirements::default();
        inject_gpu_resources(&mut r, "nvidia", 4);
        assert_eq!(r.limits.as_ref().and_then(|m| m.get("nvidia.com/gpu")), Some(&Quantity("4".into())));
        assert_eq!(r.requests.as_ref().and_then(|m| m.get("nvidia.com/gpu")), Some(&Quantity("4".into())));
        let mut r = ResourceRequirements::default();
        inject_gpu_resources(&mut r, "cpu", 4);
        assert_eq!(r, ResourceRequirements::default());
        inject_gpu_resources(&mut r, "nvidia", 0);
        assert_eq!(r, ResourceRequirements::default());
        // SRV-DEP-10: overwrite the vendor key, keep the others
        let mut r = ResourceRequirements {
            limits: Some(
                [("nvidia.com/gpu".to_string(), Quantity("1".into())), ("cpu".into(), Quantity("2".into()))].into(),
            ),
            ..Default::default()
        };
        inject_gpu_resources(&mut r, "nvidia", 4);
        assert_eq!(
            r.limits,
            Some([("nvidia.com/gpu".to_string(), Quantity("4".into())), ("cpu".into(), Quantity("2".into()))].into())
        );
        assert_eq!(r.requests, Some([("nvidia.com/gpu".to_string(), Quantity("4".into()))].into()));
    }
}
