//! GPU rules (serving.md §5): the operator requests `tensor × dataLocal` accelerators of the
//! vendor's extended resource in both limits and requests, overwriting user values.

use crate::model::Parallelism;
use crate::quantity::decimal_si;
use k8s_openapi::api::core::v1::ResourceRequirements;
use k8s_openapi::apimachinery::pkg::api::resource::Quantity;

/// One value of `spec.accelerator.type` and the extended resource the operator requests for it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Accelerator {
    pub type_: &'static str,
    /// `""` for `cpu`: no accelerator is requested.
    pub resource: &'static str,
}

impl Accelerator {
    /// The vendor's resource domain (`nvidia.com`); `None` for `cpu`.
    pub fn domain(&self) -> Option<&'static str> {
        self.resource.split_once('/').map(|(d, _)| d)
    }
}

/// Every accelerator type the CRD allows, in its enum order (serving.md §5).
pub const ACCELERATORS: [Accelerator; 5] = [
    Accelerator { type_: "nvidia", resource: "nvidia.com/gpu" },
    Accelerator { type_: "amd", resource: "amd.com/gpu" },
    Accelerator { type_: "intel-gaudi", resource: "habana.ai/gaudi" },
    Accelerator { type_: "google", resource: "google.com/tpu" },
    Accelerator { type_: "cpu", resource: "" },
];

/// The types alone: the schema's enum of `spec.accelerator.type`.
pub const ACCELERATOR_TYPES: [&str; ACCELERATORS.len()] = {
    let mut out = [""; ACCELERATORS.len()];
    let mut i = 0;
    while i < out.len() {
        // Evaluated at compile time: an index out of range would not compile.
        #[allow(clippy::indexing_slicing)]
        {
            out[i] = ACCELERATORS[i].type_;
        }
        i += 1;
    }
    out
};

/// The accelerators that request a resource (all but `cpu`).
pub fn gpu_accelerators() -> impl Iterator<Item = &'static Accelerator> {
    ACCELERATORS.iter().filter(|a| !a.resource.is_empty())
}

/// Extended resource name of an accelerator type; `""` for `cpu` and anything unknown.
pub fn gpu_resource_name(accelerator_type: &str) -> &'static str {
    ACCELERATORS.iter().find(|a| a.type_ == accelerator_type).map_or("", |a| a.resource)
}

/// `max(tensor,1) × max(dataLocal,1)`; `data` is not counted. Computed as the operator's
/// `GPUCount` does, in Go `int32`, which wraps on overflow: `65536 × 65536` is 0 (no accelerator
/// is injected), `65536 × 32768` is −2147483648 (a negative quantity the API server rejects).
pub fn gpu_count(p: Option<&Parallelism>) -> i32 {
    let p = p.copied().unwrap_or_default();
    p.tensor.max(1).wrapping_mul(p.data_local.max(1))
}

/// The product `gpu_count` wraps, when it does not fit in an `int32`: `(exact, wrapped)`.
pub fn gpu_count_overflow(p: Option<&Parallelism>) -> Option<(i64, i32)> {
    let q = p.copied().unwrap_or_default();
    let exact = i64::from(q.tensor.max(1)) * i64::from(q.data_local.max(1));
    (i32::try_from(exact).is_err()).then(|| (exact, gpu_count(p)))
}

/// Sets `limits[name]` and `requests[name]` to `count` (canonical DecimalSI), unless the type is
/// `cpu`/unknown or the count is 0. Other keys are kept. A negative count is written as is.
pub fn inject_gpu_resources(res: &mut ResourceRequirements, accelerator_type: &str, count: i32) {
    if !injects(accelerator_type, count) {
        return;
    }
    let name = gpu_resource_name(accelerator_type);
    let q = Quantity(decimal_si(i64::from(count)));
    res.limits.get_or_insert_with(Default::default).insert(name.to_string(), q.clone());
    res.requests.get_or_insert_with(Default::default).insert(name.to_string(), q);
}

/// True when the operator writes the accelerator resource of `accelerator_type` (a GPU vendor,
/// and a count that is not 0 after wrapping).
pub fn injects(accelerator_type: &str, count: i32) -> bool {
    accelerator_type != "cpu" && count != 0 && !gpu_resource_name(accelerator_type).is_empty()
}

// Conformance cases (SRV-HT, SRV-SAN, SRV-LT, SRV-LB, SRV-ST, EPP-N) live in tests/cases_*.rs.
