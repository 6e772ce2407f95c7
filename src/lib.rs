//! modelservice-render: turns an OtterScale `ModelService` into exactly the Kubernetes objects
//! the OtterScale model-operator v1.0.1 creates, and checks, explains and diffs them.
//!
//! Pure functions only: no I/O, no clock, no randomness, no global state.
#![cfg_attr(not(test), deny(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic))]
// Determinism: no HashMap/HashSet iteration order may reach an output.
#![deny(clippy::iter_over_hash_type)]

pub mod api;
pub mod builders;
pub mod config;
pub mod crd;
pub mod diagnostics;
pub mod diff;
pub mod explain;
pub mod gpu;
pub mod image_defaults;
pub mod input;
pub mod json_text;
pub mod labels;
pub mod lint;
pub mod lone_surrogate;
pub mod migrate;
pub mod model;
pub mod names;
pub mod objects;
pub mod omitempty;
pub mod plan;
pub mod quantity;
pub mod render;
pub mod resource;
pub mod role;
pub mod schema;
#[cfg(feature = "typescript")]
pub mod settings_export;
pub mod settings_input;
pub mod settings_table;
pub mod size_classes;
pub mod status;
pub mod summary;
#[cfg(feature = "typescript")]
pub mod typescript;

#[cfg(target_arch = "wasm32")]
mod wasm;

pub use builders::epp_config_map::{config_map_hash, plugins_config_file};
pub use config::{EppConfig, Images, OperatorVersion, Profile, RenderOptions, Settings, TracingConfig};
pub use diagnostics::{Diagnostic, FieldPath, Segment, Severity};
pub use gpu::{gpu_count, gpu_resource_name, inject_gpu_resources};
pub use image_defaults::apply_image_defaults;
pub use model::ModelService;
pub use names::*;
pub use render::{render, Rendered};
pub use resource::{ObjectRef, Resource};
pub use status::{observe_status, ModelServiceStatus};
