//! The rows: every address parameter, in the order links are written.
//!
//! To add an input: give `Inputs` the field and its default, then add a row
//! here; decoding, encoding, links and the docs follow (the docs test says
//! how to refresh `docs/embed.md`).

use super::{is_country_name, is_role_code, Each, Kind, Lens, Param};
use crate::inputs::{
    bounds, Currency, ExperienceSource, Industry, Inputs, Language, Location, Mode, RateBasis,
    Region,
};
use crate::part::Part;
use crate::view::{Theme, ViewOptions, ACCENT, CHART};

/// A [`Lens`] on a field: `lens!(Type, path.to.field: FieldType)`.
macro_rules! lens {
    ($s:ty, $($f:ident).+ : $t:ty) => {
        Lens::<$s, $t> { get: |s| Clone::clone(&s.$($f).+), set: |s, v| s.$($f).+ = v }
    };
}

/// An [`Each`] on an array field of the assumptions.
macro_rules! each {
    ($f:ident: $t:ty, $v:ty, $skip:expr) => {
        Each::<Inputs, $t, $v> {
            values: |s| &s.assumptions.$f,
            values_mut: |s| &mut s.assumptions.$f,
            skip: $skip,
        }
    };
}

/// A [`Lens`] on one ladder anchor, in tenths of a year.
macro_rules! anchor {
    ($k:literal) => {
        Lens::<Inputs, u32> {
            get: |s| s.assumptions.anchor_tenths[$k],
            set: |s, v| s.assumptions.anchor_tenths[$k] = v,
        }
    };
}

const fn row<S>(
    key: &'static str,
    what: &'static str,
    note: &'static str,
    kind: Kind<S>,
) -> Param<S> {
    Param {
        key,
        what,
        // Only the docs read the notes: the wasm does without their text.
        note: if cfg!(target_arch = "wasm32") {
            ""
        } else {
            note
        },
        kind,
    }
}

/// The calculator's inputs, as in a shared link or the saved last inputs.
pub static INPUTS: &[Param<Inputs>] = &[
    row("y", "years of experience", "", Kind::Int(lens!(Inputs, years: u32), bounds::YEARS)),
    row("loc", "location", "`metro` goes with `metro=`", Kind::Choice(&lens!(Inputs, location: Location))),
    row("lang", "language", "", Kind::Choice(&lens!(Inputs, language: Language))),
    row("ind", "industry", "", Kind::Choice(&lens!(Inputs, industry: Industry))),
    row("mode", "mode", "", Kind::Choice(&lens!(Inputs, mode: Mode))),
    row("basis", "freelance rate basis", "", Kind::Choice(&lens!(Inputs, rate_basis: RateBasis))),
    row(
        "rate",
        "own hourly rate",
        "in the currency of `ratecur`, at most 2000 in `usd`, `eur` and `gbp`; used when `basis=custom`",
        Kind::Int(lens!(Inputs, custom_rate: u32), bounds::RATE_ANY),
    ),
    row(
        "ratecur",
        "currency of the own rate",
        "the currency `rate` was entered in; without it `rate` is US dollars, as in links made before it existed",
        Kind::Choice(&lens!(Inputs, rate_currency: Currency)),
    ),
    row("hpw", "billable hours per week", "", Kind::Int(lens!(Inputs, hours_per_week: u32), bounds::HOURS_PER_WEEK)),
    row("wpy", "billable weeks per year", "", Kind::Int(lens!(Inputs, weeks_per_year: u32), bounds::WEEKS_PER_YEAR)),
    row("cur", "currency", "", Kind::Choice(&lens!(Inputs, currency: Currency))),
    row(
        "metro",
        "DOL area id",
        "e.g. `12420` Austin; used with `loc=metro` and checked against the data file once it has loaded",
        Kind::Id(lens!(Inputs, metro: Option<u32>), bounds::METRO),
    ),
    row(
        "role",
        "role code",
        "survey role for the data comparison (`backend`, `frontend`, `fullstack`, …), checked against the data file once it has loaded",
        Kind::Text(lens!(Inputs, role: String), is_role_code, "the default is used"),
    ),
    row(
        "country",
        "country name",
        "survey country as the data file spells it, or `world`; plain text, at most 60 characters",
        Kind::Text(lens!(Inputs, country: String), is_country_name, "the location decides"),
    ),
    row("src", "experience source", "", Kind::Choice(&lens!(Inputs, assumptions.primary: ExperienceSource))),
    row("hpy", "paid hours per year", "for the hourly equivalent of a salary", Kind::Int(lens!(Inputs, assumptions.paid_hours: u32), bounds::PAID_HOURS)),
    row("anc0", "junior anchor year, tenths", "where the ladders' junior / entry figure sits on the years axis; default `0`", Kind::Int(anchor!(0), bounds::ANCHOR_TENTHS)),
    row("anc1", "1–4 year anchor, tenths", "default `25` (2.5 years, the band's middle)", Kind::Int(anchor!(1), bounds::ANCHOR_TENTHS)),
    row("anc2", "5–9 year anchor, tenths", "default `70` (7 years, the band's middle)", Kind::Int(anchor!(2), bounds::ANCHOR_TENTHS)),
    row("anc3", "team-lead anchor, tenths", "default `200` (the article's 20 years)", Kind::Int(anchor!(3), bounds::ANCHOR_TENTHS)),
    row("hold", "team-lead hold", "hold the team-lead figure at the ladder's senior figure when twice entry is below it", Kind::Flag(lens!(Inputs, assumptions.lead_hold: bool))),
    row("cityg", "city premium on Software Guild", "apply PayScale's city premiums to the Software Guild ladder too", Kind::Flag(lens!(Inputs, assumptions.city_on_guild: bool))),
    row("inshape", "India shaped by the ladders", "shape India's ₹7 lakh average by each ladder's rise with experience; `0` keeps it flat", Kind::Flag(lens!(Inputs, assumptions.india_shape: bool))),
    row("lang", "language", "", Kind::Pct(&each!(language_pct: Language, i32, Some(Language::Unspecified)), bounds::PCT)),
    row("ind", "industry", "", Kind::Pct(&each!(industry_pct: Industry, i32, Some(Industry::Unspecified)), bounds::PCT)),
    row("region", "region", "salary against the US", Kind::Pct(&each!(region_pct: Region, i32, None), bounds::PCT)),
    row("fx", "currency", "", Kind::Fx(&each!(per_usd: Currency, f64, Some(Currency::Usd)), bounds::FX)),
];

/// How the page is shown: embed mode, data panel, theme, accent. They never
/// change the numbers.
pub static VIEW: &[Param<ViewOptions>] = &[
    row(
        "embed",
        "embedded layout",
        "no page header or footer chrome; the height reporter runs",
        Kind::Flag(lens!(ViewOptions, embed: bool)),
    ),
    row(
        "part",
        "embed part",
        "with `embed=1`: `card` the estimate with a compact form (years, place, mode), `chart` one chart (`chart=`), `survey` the survey comparison, `claims` the article's claims checked, `full` the whole calculator",
        Kind::Choice(&lens!(ViewOptions, part: Part)),
    ),
    row(
        "chart",
        "chart",
        "the chart of `part=chart`, by its `data-chart` name",
        Kind::Choice(&CHART),
    ),
    row("data", "survey comparison", "`0` is the article-only view", Kind::Flag(lens!(ViewOptions, data: bool))),
    row("theme", "colour scheme", "`auto` follows the reader's system setting", Kind::Choice(&lens!(ViewOptions, theme: Theme))),
    row(
        "accent",
        "accent colour",
        "a fixed palette, each checked for WCAG AA contrast in both themes, so arbitrary colours are not accepted",
        Kind::Choice(&ACCENT),
    ),
];
