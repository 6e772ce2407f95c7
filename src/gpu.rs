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

// Conformance cases (SRV-HT, SRV-SAN, SRV-LT, SRV-LB, SRV-ST, EPP-N) live in tests/cases_*.rs.
