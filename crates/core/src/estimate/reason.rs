//! Why each step of an estimate has its number, as data: the factor functions
//! return these, and [`super::explain`] turns them into English.

use crate::dataset::{Figure, Source};
use crate::inputs::{
    ExperienceSource, Industry, Language, Location, Region, DEFAULT_HOURS_PER_WEEK,
    DEFAULT_WEEKS_PER_YEAR,
};

/// What a breakdown step's number rests on.
#[derive(Clone, Debug, PartialEq)]
pub enum Basis {
    /// A figure from a source named by the article (ids of [`crate::dataset::FIGURES`]).
    Source(Source, Vec<&'static str>),
    /// An assumption shown in the assumptions panel and editable there.
    Assumption,
    /// A value the user entered.
    Input,
}

impl Basis {
    /// Short badge text.
    pub fn badge(&self) -> &'static str {
        match self {
            Basis::Source(Source::Article, _) => "Article",
            Basis::Source(s, _) => s.name(),
            Basis::Assumption => "Assumption",
            Basis::Input => "Your input",
        }
    }
}

/// Why one step of the breakdown has its value.
#[derive(Clone, Debug, PartialEq)]
pub enum Reason {
    /// Currency: the article's ₹7 lakh India average, converted to dollars.
    IndiaAverage {
        /// Rupees per dollar used.
        inr_per_usd: f64,
        /// The average in dollars.
        usd: f64,
    },
    /// Experience: where the years fall on the ladders.
    Experience {
        /// Years as entered (for the label).
        years: u32,
        /// Years as used (capped at 50).
        at: f64,
        /// Which ladder gives the point estimate.
        primary: ExperienceSource,
        /// PayScale's value at `at`, before any other factor.
        payscale: f64,
        /// Software Guild's value at `at`, before any other factor.
        guild: f64,
        /// India: the ladder shapes the India average instead of setting the level.
        india: bool,
        /// India with the shaping switched off: the average is flat.
        india_flat: bool,
        /// The anchor years and team-lead hold used.
        shape: super::ladder::Shape,
    },
    /// Location: a city, metro area or world region against the US.
    Location(Location, Place),
    /// Language: the article's ranking, priced by an assumption.
    Language(Language, f64),
    /// Industry: the article's ranking, priced by an assumption.
    Industry(Industry, f64),
    /// Freelance: the hourly rate.
    Rate(Rate),
    /// Freelance: rate × billable hours.
    BillableTime {
        /// Hourly rate (USD).
        rate: f64,
        /// Billable hours a week.
        hours_per_week: u32,
        /// Working weeks a year.
        weeks_per_year: u32,
        /// Their product.
        hours_per_year: f64,
    },
}

/// A location factor's source.
#[derive(Clone, Debug, PartialEq)]
pub enum Place {
    /// A US metro area from the DOL data: name and percent against national.
    Metro(String, f64),
    /// One of the article's PayScale city premiums, and whether it applies
    /// to Software Guild's ladder too (an assumption, on by default).
    City(&'static Figure, bool),
    /// A world region priced by the visible region assumption (percent).
    Region(Region, f64),
}

/// How the hourly rate was chosen.
#[derive(Clone, Debug, PartialEq)]
pub enum Rate {
    /// Within the region's average range by level (0 = entry, 1 = senior).
    Region {
        /// The region.
        region: Region,
        /// Bottom, top and top-end figures of its range.
        range: [&'static Figure; 3],
        /// Position within the range.
        position: f64,
        /// The years of the entry, mid and senior anchors (assumptions).
        anchors: [f64; 3],
    },
    /// The article's rates by level, placed at the entry, mid and senior
    /// anchors' years.
    Level([f64; 3]),
    /// The user's own rate.
    Custom(f64),
}

/// A caveat that applies to the selection.
#[derive(Clone, Debug, PartialEq)]
pub enum Note {
    /// India's experience shape is borrowed from the US ladders.
    IndiaShapeBorrowed,
    /// US metro chosen but not resolved: the US average is used.
    NoMetroYet,
    /// World-region salaries are scaled by freelance rates.
    RegionScaledByRates,
    /// 20+ years: the article's figure is for team leads.
    TeamLead,
    /// 10–19 years: a straight line between senior and team lead.
    NoFigureTenToNineteen,
    /// The ladders disagree: gap, PayScale value, Software Guild value (USD/year).
    SourcesDisagree(f64, f64, f64),
    /// Freelance income is before tax and costs.
    FreelanceBeforeTax,
    /// City, language and industry do not move freelance rates.
    FreelanceRatesOnly,
}

/// Whether `primary`'s team-lead figure is twice its entry figure (the
/// article's ratio), rather than held at the ladder's senior figure.
fn lead_is_twice_entry(primary: ExperienceSource, shape: &super::ladder::Shape) -> bool {
    let ladder = match primary {
        ExperienceSource::PayScale => super::ladder::Ladder::PayScale,
        ExperienceSource::SoftwareGuild => super::ladder::Ladder::SoftwareGuild,
        ExperienceSource::Midpoint => return false,
    };
    !(ladder.lead_held_at_senior() && shape.lead_hold)
}

impl Reason {
    /// What the step's number rests on.
    pub fn basis(&self) -> Basis {
        match self {
            Reason::IndiaAverage { .. } => Basis::Source(Source::Article, vec!["india-average"]),
            Reason::Experience { india: true, .. } => Basis::Assumption,
            // At and past the team-lead anchor the figure is the article's
            // own "roughly twice entry-level pay", not a figure of either
            // ladder's source (unless held at the ladder's senior figure).
            Reason::Experience {
                primary, at, shape, ..
            } if *at >= shape.anchors[3] && lead_is_twice_entry(*primary, shape) => {
                let entry = match primary {
                    ExperienceSource::SoftwareGuild => "sg-entry",
                    _ => "ps-junior",
                };
                Basis::Source(Source::Article, vec!["lead-ratio", "lead-years", entry])
            }
            Reason::Experience { primary, .. } => match primary {
                ExperienceSource::PayScale => Basis::Source(
                    Source::Reports,
                    vec!["ps-junior", "ps-mid", "ps-senior", "lead-ratio"],
                ),
                ExperienceSource::SoftwareGuild => Basis::Source(
                    Source::SoftwareGuild,
                    vec!["sg-entry", "sg-mid", "sg-senior", "lead-ratio"],
                ),
                ExperienceSource::Midpoint => Basis::Assumption,
            },
            Reason::Location(_, Place::Metro(..)) => Basis::Source(Source::Dol, vec![]),
            Reason::Location(_, Place::City(f, _)) => Basis::Source(Source::PayScale, vec![f.id]),
            Reason::Location(_, Place::Region(..))
            | Reason::Language(..)
            | Reason::Industry(..) => Basis::Assumption,
            Reason::Rate(Rate::Region { range, .. }) => {
                Basis::Source(Source::Article, range.iter().map(|f| f.id).collect())
            }
            Reason::Rate(Rate::Level(_)) => Basis::Source(
                Source::Article,
                vec!["rate-entry", "rate-mid", "rate-senior"],
            ),
            Reason::Rate(Rate::Custom(_)) => Basis::Input,
            // The default billable time is our assumption, not the reader's entry.
            Reason::BillableTime {
                hours_per_week,
                weeks_per_year,
                ..
            } if (*hours_per_week, *weeks_per_year)
                == (DEFAULT_HOURS_PER_WEEK, DEFAULT_WEEKS_PER_YEAR) =>
            {
                Basis::Assumption
            }
            Reason::BillableTime { .. } => Basis::Input,
        }
    }
}
