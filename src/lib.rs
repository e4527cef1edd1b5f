//! Backend developer salary calculator.
//!
//! * [`core`] is the pure part: the article's dataset, the estimation engine,
//!   money formatting and the URL/state codec. It builds and is tested on the
//!   host with plain `cargo test` and has no browser dependency.
//! * `app` is the Yew front end. It exists for `wasm32` builds and, natively,
//!   only with the `ssr` feature (the prerender binary). Plain host builds
//!   have no yew to reach for, which keeps the core honest.

/// The pure core lives in its own crate (`crates/core`), so the compiler
/// keeps yew, web-sys and gloo out of it; re-exported here as `core`.
pub use bdsc_core as core;

#[cfg(any(target_arch = "wasm32", feature = "ssr"))]
pub mod app;
