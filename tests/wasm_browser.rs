//! The same wasm tests as `tests/wasm_node.rs`, in headless Chromium (chromedriver on PATH;
//! `make test-wasm-browser` installs both when missing).
#![cfg(target_arch = "wasm32")]

wasm_bindgen_test::wasm_bindgen_test_configure!(run_in_browser);

#[path = "wasm_node.rs"]
mod cases;
