//! One meaning per label (issue 12): "US average" is only ever the article's
//! $89,766; a figure adjusted for the reader's choices is named for its place,
//! for example "You (Austin)".

use crate::estimate::Estimate;
use crate::inputs::{Inputs, Location};

/// The article's US average salary ($89,766), and nothing else.
pub const US_AVERAGE: &str = "US average";

/// The US figure at the reader's experience and adjustments, before any city
/// premium: what the cities chart applies the premiums to.
pub const US_AT_YOUR_PROFILE: &str = "US, your profile";

/// A short name for the chosen place: the metro area's first city, the city,
/// or the region; "US" for the national figure.
pub fn place_name(i: &Inputs, e: &Estimate) -> String {
    if i.location == Location::UsNational {
        return "US".into();
    }
    let from_step = e
        .steps
        .iter()
        .find_map(|s| s.label.strip_prefix("Location: "))
        .filter(|_| i.location == Location::UsMetro);
    let full = from_step.map_or_else(|| i.location.label().to_string(), str::to_string);
    // "Austin-Round Rock, TX" -> "Austin"; "Chicago, US" -> "Chicago".
    let cut = full.find([',', '-', '(']).unwrap_or(full.len());
    full[..cut].trim().to_string()
}

/// The reader's own figure, named for its place: "You (Austin)".
pub fn you_label(i: &Inputs, e: &Estimate) -> String {
    format!("You ({})", place_name(i, e))
}
