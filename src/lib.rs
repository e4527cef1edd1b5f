//! Backend developer salary calculator.
//!
//! * [`core`] is the pure part: the article's dataset, the estimation engine,
//!   money formatting and the URL/state codec. It builds and is tested on the
//!   host with plain `cargo test` and has no browser dependency.
//! * `app` is the Yew front end. It only exists for `wasm32` builds, which is
//!   also what keeps the core honest: the host build has no yew to reach for.

/// The pure core lives in its own crate (`crates/core`), so the compiler
/// keeps yew, web-sys and gloo out of it; re-exported here as `core`.
pub use bdsc_core as core;

#[cfg(target_arch = "wasm32")]
pub mod app;
