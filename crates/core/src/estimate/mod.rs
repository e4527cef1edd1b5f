//! The estimation engine: from [`Inputs`] to an [`Estimate`] with a range and a
//! step-by-step breakdown in which every step names where its number comes from.
//!
//! Built in steps: [`factors`] has one function per factor (experience,
//! location, language, industry, currency, freelance), each returning numbers
//! and a [`Reason`]; [`explain`] turns the reasons of the mode shown into
//! English. All amounts are US dollars; the page converts them for display.

pub mod credits;
pub mod explain;
pub mod factors;
mod ladder;
mod reason;

pub use explain::{years_at, years_words, Fmt};
pub use ladder::{
    interpolate, level_position, level_position_in, raised_anchors_note, Ladder, Shape,
    ANCHOR_LABELS, ANCHOR_YEARS,
};
pub use reason::{Basis, Note, Place, Rate, Reason};

use crate::inputs::{Inputs, Location, Mode, RateBasis, Region};
use crate::survey::SurveyData;
use factors::Pair;

/// One step of the breakdown.
#[derive(Clone, Debug, PartialEq)]
pub struct Step {
    /// What the step does.
    pub label: String,
    /// Why, as numbers: [`Estimate::details`] puts it into words.
    pub reason: Reason,
    /// What it rests on.
    pub basis: Basis,
    /// The percentage applied, when the step is a factor.
    pub pct: Option<f64>,
    /// Running value after this step (USD per year; per hour for the rate).
    pub value: f64,
    /// True when `value` is per hour (the freelance rate's step).
    pub hourly: bool,
}

/// One step as numbers and a reason, before it is put into words.
#[derive(Clone, Debug, PartialEq)]
pub struct Part {
    /// Why.
    pub reason: Reason,
    /// The percentage applied, when the step is a factor.
    pub pct: Option<f64>,
    /// Running value after this step.
    pub value: f64,
}

/// Salaried figures.
#[derive(Clone, Debug, PartialEq)]
pub struct Salaried {
    /// Point estimate (USD/year) from the chosen ladder.
    pub point: f64,
    /// The PayScale-based figure after all factors.
    pub payscale: f64,
    /// The Software Guild-based figure after all factors.
    pub guild: f64,
    /// Lower and upper ends of the range.
    pub low: f64,
    /// Upper end of the range.
    pub high: f64,
    /// Multiplier from the PayScale ladder's value to `payscale` (location,
    /// language, industry; for India also the ₹7 lakh scaling).
    pub payscale_factor: f64,
    /// Multiplier from the Software Guild ladder's value to `guild`.
    pub guild_factor: f64,
    /// The ladders' shape assumptions used (anchor years, team-lead hold).
    pub shape: Shape,
    /// `point` without the location's factor: the US at this profile
    /// (what the cities chart applies the premiums to).
    pub national: f64,
    /// A US metro area's factor is in `point` (the area is chosen and the
    /// data that holds its factor is in).
    pub metro_applied: bool,
}

/// Freelance figures.
#[derive(Clone, Debug, PartialEq)]
pub struct Freelance {
    /// The hourly-rate region used.
    pub region: Region,
    /// Where the rate comes from (the article's ranges, its rate by level,
    /// or the reader's own), so the words around the figure can say so.
    pub basis: RateBasis,
    /// Hourly rate (USD).
    pub rate: f64,
    /// Lower end of the rate range.
    pub rate_low: f64,
    /// Upper end of the rate range.
    pub rate_high: f64,
    /// The region's top-end rate.
    pub top_end: f64,
    /// Billable hours a year.
    pub hours_per_year: f64,
    /// Annual income at `rate`.
    pub annual: f64,
    /// Hourly rate that would earn the salaried point estimate.
    pub break_even_rate: f64,
}

/// The full result.
#[derive(Clone, Debug, PartialEq)]
pub struct Estimate {
    /// Which mode the headline numbers are for.
    pub mode: Mode,
    /// Headline annual figure (USD).
    pub annual: f64,
    /// Lower end of the range (USD/year).
    pub low: f64,
    /// Upper end of the range (USD/year).
    pub high: f64,
    /// Monthly equivalent of `annual`.
    pub monthly: f64,
    /// Hourly equivalent of `annual`.
    pub hourly: f64,
    /// From the base figure to the result, for the mode shown.
    pub steps: Vec<Step>,
    /// Salaried figures (always computed, for comparison).
    pub salaried: Salaried,
    /// Freelance figures (always computed, for comparison).
    pub freelance: Freelance,
    /// Caveats that apply to this selection ([`Estimate::notes`] words them).
    pub caveats: Vec<Note>,
    /// The currency the sentences speak.
    pub fmt: explain::Fmt,
}

impl Estimate {
    /// Each step's sentence: how it was done and from what. Made only when
    /// asked (the breakdown, when open), not with every estimate: they are
    /// most of the text formatting of a change, and the page's first module,
    /// which never opens the breakdown itself, leaves their code out.
    pub fn details(&self) -> Vec<String> {
        self.steps
            .iter()
            .map(|s| explain::detail(&s.reason, &self.fmt))
            .collect()
    }

    /// The caveats, in words.
    pub fn notes(&self) -> Vec<String> {
        self.caveats
            .iter()
            .map(|n| explain::note(n, &self.fmt))
            .collect()
    }
}

/// A US metro area's pay against the national level, resolved from the
/// survey data by the caller (the engine itself bundles no data file).
#[derive(Clone, Debug, PartialEq)]
pub struct MetroFactor {
    /// Area name, e.g. "Austin-Round Rock, TX".
    pub name: String,
    /// Percent against the national level (DOL Level III against national).
    pub pct: f64,
}

impl MetroFactor {
    /// The chosen US metro area's factor from the survey data; `None` when
    /// another location is chosen, no area is, or the data is not loaded.
    pub fn resolve(inp: &Inputs, data: Option<&SurveyData>) -> Option<MetroFactor> {
        if inp.location != Location::UsMetro {
            return None;
        }
        let m = data?.metro(inp.metro?)?;
        Some(MetroFactor {
            name: m.name.clone(),
            pct: m.factor_pct(),
        })
    }
}

/// Computes the estimate from the article's figures alone (a US metro area
/// falls back to the US average). Never panics; finite inputs give finite output.
pub fn estimate(inp: &Inputs) -> Estimate {
    estimate_with(inp, None)
}

/// The estimate the page shows: [`estimate_with`] the chosen US metro area's
/// factor, resolved from the survey data when it is loaded. Saved scenarios
/// use this too, so a comparison shows the page's figure.
pub fn page_estimate(inp: &Inputs, data: Option<&SurveyData>) -> Estimate {
    estimate_with(inp, MetroFactor::resolve(inp, data).as_ref())
}

/// [`estimate`] with the factor of the chosen US metro area, when known.
pub fn estimate_with(inp: &Inputs, metro: Option<&MetroFactor>) -> Estimate {
    let primary = inp.assumptions.primary;
    let (pair, ladder, national, parts) = salaried_parts(inp, metro);
    let point = pair.point(primary);
    let salaried = Salaried {
        point,
        payscale: pair.payscale,
        guild: pair.guild,
        low: pair.payscale.min(pair.guild),
        high: pair.payscale.max(pair.guild),
        payscale_factor: pair.payscale / ladder.payscale,
        guild_factor: pair.guild / ladder.guild,
        shape: Shape::of(&inp.assumptions),
        national: national.point(primary),
        metro_applied: inp.location == Location::UsMetro && metro.is_some(),
    };
    let (freelance, rate) = factors::freelance(inp, point);

    // Only the shown mode's steps and notes are put into words.
    let (annual, low, high, hourly, parts, notes) = match inp.mode {
        Mode::Salaried => {
            let paid_hours = inp.assumptions.paid_hours.max(1) as f64;
            let notes = salaried_notes(inp, &parts, &salaried);
            (
                point,
                salaried.low,
                salaried.high,
                point / paid_hours,
                parts,
                notes,
            )
        }
        Mode::Freelance => {
            let f = &freelance;
            let parts = vec![
                Part {
                    reason: Reason::Rate(rate),
                    pct: None,
                    value: f.rate,
                },
                Part {
                    reason: Reason::BillableTime {
                        rate: f.rate,
                        hours_per_week: inp.hours_per_week,
                        weeks_per_year: inp.weeks_per_year,
                        hours_per_year: f.hours_per_year,
                    },
                    pct: None,
                    value: f.annual,
                },
            ];
            let notes = vec![Note::FreelanceBeforeTax, Note::FreelanceRatesOnly];
            (
                f.annual,
                f.rate_low * f.hours_per_year,
                f.rate_high * f.hours_per_year,
                f.rate,
                parts,
                notes,
            )
        }
    };

    // The sentences speak the display currency (the numbers stay dollars).
    let fmt = explain::Fmt::of(inp);
    Estimate {
        mode: inp.mode,
        annual,
        low,
        high,
        monthly: annual / 12.0,
        hourly,
        steps: parts.into_iter().map(explain::step).collect(),
        salaried,
        freelance,
        caveats: notes,
        fmt,
    }
}

/// The salaried factors in order: the ladders' values after all of them, the
/// ladders' own values, the values after all but the location's, and the
/// parts of the breakdown.
fn salaried_parts(inp: &Inputs, metro: Option<&MetroFactor>) -> (Pair, Pair, Pair, Vec<Part>) {
    let primary = inp.assumptions.primary;
    let mut parts = Vec::with_capacity(5);
    let india = factors::currency(inp);
    let india_usd = india.as_ref().map(|(usd, _)| *usd);
    if let Some((usd, reason)) = india {
        parts.push(Part {
            reason,
            pct: None,
            value: usd,
        });
    }
    let exp = factors::experience(inp, india_usd);
    let mut pair = exp.value;
    let mut national = pair;
    let v = pair.point(primary);
    parts.push(Part {
        reason: exp.reason,
        pct: india_usd.map(|usd| (v / usd - 1.0) * 100.0),
        value: v,
    });
    for f in [
        factors::location(inp, metro),
        factors::language(inp),
        factors::industry(inp),
    ]
    .into_iter()
    .flatten()
    {
        // PayScale's city premiums reach Software Guild's ladder only by assumption.
        let both = !matches!(f.reason, Reason::Location(_, Place::City(_, false)));
        let before = pair.point(primary);
        pair = pair.scaled_each(f.pct, both);
        if !matches!(f.reason, Reason::Location(..)) {
            national = national.scaled(f.pct);
        }
        let value = pair.point(primary);
        // The step shows what moved the estimate: on one ladder only, the
        // midpoint moves by part of the premium and Software Guild's by none.
        let pct = if both || before == 0.0 {
            f.pct
        } else {
            (value / before - 1.0) * 100.0
        };
        parts.push(Part {
            reason: f.reason,
            pct: Some(pct),
            value,
        });
    }
    (pair, exp.ladder, national, parts)
}

/// The caveats for a salaried estimate.
fn salaried_notes(inp: &Inputs, parts: &[Part], s: &Salaried) -> Vec<Note> {
    let mut notes = Vec::new();
    let has_location = parts
        .iter()
        .any(|p| matches!(p.reason, Reason::Location(..)));
    match inp.location {
        Location::India => notes.push(Note::IndiaShapeBorrowed),
        Location::UsMetro if !has_location => notes.push(Note::NoMetroYet),
        l if l.is_world_region() => notes.push(Note::RegionScaledByRates),
        _ => {}
    }
    // Where the ladder is read: at or past the team-lead anchor (by default
    // the article's 20 years), or on the line towards it.
    let years = factors::years(inp);
    let at = s.shape.anchors;
    if years >= at[3] {
        notes.push(Note::TeamLead);
    } else if years > at[2] + 2.0 {
        notes.push(Note::NoFigureTenToNineteen);
    }
    let gap = (s.payscale - s.guild).abs();
    if gap > 0.0 && s.point > 0.0 {
        notes.push(Note::SourcesDisagree(gap, s.payscale, s.guild));
    }
    notes
}
