//! The pure core: no yew, no web-sys, no gloo.
//!
//! Everything here is deterministic and runs natively under `cargo test`.

pub mod codec;
pub mod dataset;
pub mod estimate;
pub mod inputs;
pub mod money;
pub mod params;
pub mod scenarios;
pub mod survey;
pub mod view;
