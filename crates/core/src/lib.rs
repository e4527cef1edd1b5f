//! The pure core: no yew, no web-sys, no gloo.
//!
//! Everything here is deterministic and runs natively under `cargo test`.

pub mod assumptions;
pub mod chart;
pub mod codec;
pub mod compare;
pub mod dataset;
pub mod edit;
pub mod estimate;
pub mod headline;
pub mod inputs;
pub mod labels;
pub mod money;
pub mod params;
pub mod part;
pub mod scenarios;
pub mod share;
pub mod survey;
pub mod view;
