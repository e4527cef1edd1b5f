//! Real salary distributions next to the article's figures.
//!
//! The figures (Stack Overflow Developer Surveys 2024/2025, BLS OEWS May 2024,
//! DOL OFLC prevailing wages 2025-26, aijobs.net, DOU June 2025) are **not**
//! compiled in: `cargo run -p xtask -- data` writes them to a content-addressed
//! text file, `static/data/survey-<hash>.txt` (served as [`SURVEY_FILE`]), which
//! the app fetches after the first paint and hands to [`SurveyData::parse`].
//! This module is the strict parser plus the query API over the parsed data.
//! Pure and deterministic: no browser crates; neither parsing (any input) nor
//! any query panics.
//!
//! * [`SurveyData::distribution`] answers "what do people like me earn?" with
//!   p10/p25/p50/p75/p90 and n. A figure is never shown for fewer than
//!   [`MIN_N`] respondents: the query backs off to a broader group in a fixed
//!   order (see [`SurveyData::distribution_from`]) and says which group the
//!   figures describe and why dimensions were dropped.
//! * [`SurveyData::metros`] / [`SurveyData::search_metros`]: all DOL areas for
//!   15-1252 Software Developers with Level I–IV hourly wages and a factor
//!   against the national reference, BLS's published mean wage
//!   ([`SurveyData::national_reference`]).
//! * [`SurveyData::claims`]: each article claim with the data's figure(s),
//!   the distributions and relations with their 95 % intervals, the population
//!   the verdict rests on, and a [`Verdict`] from the rules in `evidence`
//!   ([`position_verdict`], [`share_verdict`], [`AGREE_PERMILLE`], …).
//! * [`Distribution::median_ci`]: a 95 % distribution-free interval for every
//!   survey median ([`quantile_ci_ranks`]).
//!
//! # File format (version 2)
//!
//! UTF-8, lines end in `\n` (no `\r`). Line 1 is exactly [`FORMAT_HEADER`].
//! Lines starting with `#` are comments (licences and column descriptions);
//! they may appear between sections, not inside one. A section starts with
//! `[name rows]` and is followed by exactly `rows` tab-separated lines with a
//! fixed number of fields; the groups sections `g24`/`g25` are stored
//! transposed (exactly [`GROUP_COLUMNS`] lines, one per column, each with `rows` fields).
//! Every section appears exactly once, in any order; `[end]` is the last line.
//! Percentile increments (`p25-p10`, …) and Level increments are stored, so
//! the order invariants hold by construction. `docs/data.md` lists every
//! column. Percentiles use linear interpolation between order statistics
//! (type 7). Licences: `static/data/LICENSE.md` (Stack Overflow sections are
//! ODbL v1.0).

mod claim_tables;
pub mod claim_view;
mod evidence;
mod format;
mod parse;
mod query;
mod tables;

pub use evidence::*;
pub use format::*;
pub use parse::ParseError;
pub use query::{Distribution, Query};

include!("../generated/survey_file.rs");

/// One stored group: packed key (role, country, band, ext; 255 = any),
/// figures and the median's 95 % interval.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Group {
    key: [u8; 4],
    stats: Percentiles,
    median_ci: Interval,
}

/// The parsed survey data file: every table the calculator compares against.
///
/// Build it with [`SurveyData::parse`]; all invariants (ordered percentiles,
/// n ≥ [`MIN_N`] for stored groups, indices in range, sorted keys, at least
/// one metro) are checked there, so no query can panic.
#[derive(Clone, Debug, PartialEq)]
pub struct SurveyData {
    roles: Vec<RoleRow>,
    countries: Vec<CountryRow>,
    industries: Vec<ExtRow>,
    languages: Vec<ExtRow>,
    g24: Vec<Group>,
    g25: Vec<Group>,
    bls: Bls,
    national: NationalRef,
    metros: Vec<Metro>,
    aijobs: Vec<LevelRow>,
    dou: Vec<LevelRow>,
    claims: Vec<Claim>,
}
