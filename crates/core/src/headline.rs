//! What the top of the result card says: the range as words, one line of why,
//! and the caveat a freelance figure far above the salary needs. Decisions and
//! wording live here so the component only renders them.

use crate::estimate::{Estimate, Step};
use crate::inputs::{Inputs, Location, Mode, RateBasis};

/// A range as text: one figure when both ends read the same once formatted
/// (a range "₹70,87,680 – ₹70,87,680" says nothing), else "low – high".
pub fn range_words(low: &str, high: &str) -> String {
    if low == high {
        low.to_string()
    } else {
        format!("{low} – {high}")
    }
}

/// What the range under the figure spans, in words.
pub fn range_note(e: &Estimate) -> &'static str {
    match (e.mode, e.freelance.basis) {
        // India's average unshaped: both ladders give the one figure.
        (Mode::Salaried, _) if (e.high - e.low).abs() < 0.5 => {
            "both experience sources give this figure"
        }
        // The estimate sits at one end (or the middle): the words say which,
        // or a reader sees it at the range's edge with no reason given.
        (Mode::Salaried, _) if (e.salaried.point - e.salaried.payscale).abs() < 0.5 => {
            "between the two experience sources; the estimate uses the reports'"
        }
        (Mode::Salaried, _) if (e.salaried.point - e.salaried.guild).abs() < 0.5 => {
            "between the two experience sources; the estimate uses Software Guild's"
        }
        (Mode::Salaried, _) => "between the two experience sources; the estimate is their midpoint",
        // An own rate has no range: low and high are the same figure.
        (Mode::Freelance, RateBasis::Custom) => "your own rate, times your hours",
        // The article's senior rate is "$50+", a floor: the range's top is
        // not where seniors' rates end.
        (Mode::Freelance, RateBasis::Level) => {
            "from the article's entry-level rate to its senior rate, which it gives as a floor: seniors may charge more"
        }
        (Mode::Freelance, _) => "from the low to the high end of the hourly range",
    }
}

/// The part of a step's label after "Experience: ", "Location: " and the like.
fn short_label(s: &Step) -> &str {
    s.label
        .split_once(": ")
        .map_or(s.label.as_str(), |(_, rest)| rest)
}

/// One line of why for the first screen: the experience the figure is read
/// at and the factors that moved it, each with its percentage, in the order
/// the breakdown applies them.
///
/// For example "From the article's figures: 8 years · Austin-Round Rock, TX
/// +34% · Java +5%". The breakdown explains the rest (base figures, rate,
/// hours).
pub fn why_line(e: &Estimate) -> String {
    let parts: Vec<String> = e
        .steps
        .iter()
        .filter_map(|s| match s.pct {
            Some(p) if p.abs() >= 0.05 => Some(format!(
                "{} {}",
                short_label(s),
                crate::money::format_pct(p)
            )),
            Some(_) => None,
            None if s.label.starts_with("Experience: ") => Some(short_label(s).to_string()),
            // India's figure starts from its own average, not the US ladder:
            // the experience step's percentage is against that average.
            None if s.label == "India average" => Some("India's average".to_string()),
            None => None,
        })
        .collect();
    let assumed = e.steps.iter().any(|s| {
        s.pct.is_some_and(|p| p.abs() >= 0.05)
            && matches!(s.basis, crate::estimate::Basis::Assumption)
    });
    match e.mode {
        Mode::Salaried if parts.is_empty() => {
            "The article's figures, with no adjustment for your choices".to_string()
        }
        // A part moved by an assumption (a language's premium, a region's
        // scale, India's shape) is not the article's figure: the line said
        // "From the article's figures" over all of them.
        Mode::Salaried if assumed => format!(
            "From the article's figures and the assumptions: {}",
            parts.join(" · ")
        ),
        Mode::Salaried => format!("From the article's figures: {}", parts.join(" · ")),
        Mode::Freelance => {
            let mut line = format!("{}, times your billable hours", rate_source(e));
            // Every source starts with an ASCII letter (no Unicode case tables).
            if let Some(first) = line.get_mut(0..1) {
                first.make_ascii_uppercase();
            }
            line
        }
    }
}

/// The line under the headline while "Other US city" has no metro factor
/// behind it: none chosen yet, or the data that holds it not in yet (a
/// shared link to a metro area shows the US average for a moment). The
/// breakdown's note says the same, but the breakdown starts closed; the
/// card shows the note's own words.
///
/// In freelance mode the steps are the rate's, so whether the area's factor
/// is in is read from the salaried figures, which carry it.
pub fn metro_pending(i: &Inputs, e: &Estimate) -> Option<&'static str> {
    (i.location == Location::UsMetro && !e.salaried.metro_applied)
        .then_some(crate::estimate::explain::NO_METRO_YET)
}

/// Whether the freelance income is so far above the salaried estimate for the
/// same place (more than twice) that the card must say what the rates are.
pub fn needs_freelance_caveat(e: &Estimate) -> bool {
    e.salaried.point > 0.0 && e.freelance.annual > 2.0 * e.salaried.point
}

/// The caveat beside a freelance figure more than twice the salary: where the
/// rates come from, what they leave out, and that no bundled data confirms
/// them. `None` when the figure does not need it.
pub fn freelance_caveat(e: &Estimate) -> Option<String> {
    if !needs_freelance_caveat(e) {
        return None;
    }
    // One decimal ("14.2×"); two just above twice, which one decimal would
    // round to a bare "2×" under a caveat that is only for more than twice.
    let ratio = e.freelance.annual / e.salaried.point;
    let times = crate::money::fixed(ratio, if ratio < 2.05 { 2 } else { 1 }, false);
    let own = e.freelance.basis == RateBasis::Custom;
    // Under a salary, "this" would read as the salary itself: the caveat
    // names the freelance figure it is about.
    let lead = match e.mode {
        Mode::Freelance => format!("This is {times}× the salaried estimate for the same place."),
        Mode::Salaried => {
            format!("The freelance income in the comparison below is {times}× this salary.")
        }
    };
    Some(format!(
        "{lead} It rests on {}: what clients (often abroad, through marketplaces) pay, before marketplace fees, tax, unbilled time and the time spent finding clients.{}",
        rate_source(e),
        if own { "" } else { " No data bundled here confirms these rates." }
    ))
}

/// Where the freelance rate comes from, in lower case ("the article's
/// hourly rates for Asia", "your own hourly rate").
pub fn rate_source(e: &Estimate) -> String {
    match e.freelance.basis {
        RateBasis::Region => format!(
            "the article's hourly rates for {}",
            e.freelance.region.label()
        ),
        RateBasis::Level => "the article's hourly rate for your level".to_string(),
        RateBasis::Custom => "your own hourly rate".to_string(),
    }
}
