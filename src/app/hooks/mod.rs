//! Hooks that connect the state to the browser, one concern each.
//!
//! * [`use_persisted_state`]: the state, read from the address or the saved
//!   copy, and written back to both after each change.
//! * [`use_survey_data`]: fetches and parses the survey data after the first paint.
//! * [`use_sw_update`]: hears the service worker announce a newer build.
//! * [`use_root_classes`]: theme, accent and embed mode as classes on `<html>`.
//! * [`use_settled`]: a value once it has stayed the same for a moment.

mod use_persisted_state;
mod use_root_classes;
mod use_settled;
mod use_survey_data;
mod use_sw_update;

pub use use_persisted_state::use_persisted_state;
pub use use_root_classes::use_root_classes;
pub use use_settled::use_settled;
pub use use_survey_data::use_survey_data;
pub use use_sw_update::use_sw_update;
