//! modelservice-render: turns an OtterScale `ModelService` into exactly the Kubernetes objects
//! the OtterScale model-operator v1.0.1 creates, and checks, explains and diffs them.
//!
//! Pure functions only: no I/O, no clock, no randomness, no global state.
#![cfg_attr(not(test), deny(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic))]

pub mod api;
pub mod config;
pub mod diagnostics;
pub mod model;
pub mod quantity;

#[cfg(target_arch = "wasm32")]
mod wasm;

pub use config::{EppConfig, Images, OperatorVersion, Profile, RenderOptions, Settings, TracingConfig};
pub use diagnostics::{Diagnostic, FieldPath, Segment, Severity};
pub use model::ModelService;
