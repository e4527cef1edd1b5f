//! Hooks that connect the state to the browser.

mod use_app_state;

pub use use_app_state::use_app_state;
