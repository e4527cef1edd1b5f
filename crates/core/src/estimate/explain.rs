//! The English of the breakdown: turns [`Reason`]s and [`Note`]s into the
//! sentences the page shows. No number is computed here that the estimate
//! depends on; amounts are US dollars, as in the engine.

use super::ladder::{Ladder, Shape};
use super::reason::{Note, Place, Rate, Reason};
use super::{Part, Step};
use crate::dataset as d;
use crate::inputs::{Currency, ExperienceSource, Inputs, Language, Region};
use crate::money::{count, fixed, format_amount, format_pct};

/// How the sentences show money: the figures are dollars (the article's
/// unit); in another currency each shows converted, with the source's
/// dollars beside it, so the page speaks one currency (issue 12).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Fmt {
    /// The display currency.
    pub currency: Currency,
    /// Its units per US dollar.
    pub per_usd: f64,
}

impl Fmt {
    /// The page's currency and rate, as the inputs set them.
    pub fn of(i: &Inputs) -> Fmt {
        Fmt {
            currency: i.currency,
            per_usd: i.assumptions.per_usd[i.currency.index()],
        }
    }

    /// A yearly dollar amount: `$89,766`, or `₹76,83,970 (US$89,766)`.
    pub fn usd(&self, x: f64) -> String {
        self.both(x, false, "")
    }

    /// An hourly dollar amount: `$21/h`, or `₹1,798/h (US$21/h)`.
    pub fn usd_h(&self, x: f64) -> String {
        self.both(x, true, "/h")
    }

    /// An hourly amount with its cents, in a sentence that says "an hour":
    /// `€96.26 (US$100)`, as the rate's step and the tables show it.
    pub fn usd_c(&self, x: f64) -> String {
        self.both(x, true, "")
    }

    /// A dollar amount, hourly (with cents when small, and `/h`) or not.
    pub fn amount(&self, x: f64, hourly: bool) -> String {
        if hourly {
            self.usd_h(x)
        } else {
            self.usd(x)
        }
    }

    fn both(&self, x: f64, cents: bool, per: &str) -> String {
        let dollars = format_amount(x, Currency::Usd, cents);
        if self.currency == Currency::Usd {
            format!("{dollars}{per}")
        } else {
            format!(
                "{}{per} (US{dollars}{per})",
                format_amount(x * self.per_usd, self.currency, cents)
            )
        }
    }
}

/// One breakdown step for a part of the estimate.
pub fn step(p: Part) -> Step {
    Step {
        label: label(&p.reason),
        basis: p.reason.basis(),
        pct: p.pct,
        value: p.value,
        hourly: matches!(p.reason, Reason::Rate(_)),
        reason: p.reason,
    }
}

fn label(r: &Reason) -> String {
    match r {
        Reason::IndiaAverage { .. } => "India average".into(),
        Reason::Experience { years, .. } => format!("Experience: {}", years_words(*years)),
        // A metro area is named, not "Other US city".
        Reason::Location(_, Place::Metro(name, _)) => format!("Location: {name}"),
        Reason::Location(loc, _) => format!("Location: {}", loc.label()),
        Reason::Language(l, _) => format!("Language: {}", l.label()),
        Reason::Industry(i, _) => format!("Industry: {}", i.label()),
        Reason::Rate(Rate::Region { region, .. }) => format!("Hourly rate: {}", region.label()),
        Reason::Rate(Rate::Level(_)) => "Hourly rate: by level".into(),
        Reason::Rate(Rate::Custom(_)) => "Hourly rate: your own".into(),
        Reason::BillableTime { .. } => "Billable time".into(),
    }
}

// The badge already says "Assumption" for assumption steps, so their
// sentences do not start with the word again.
pub fn detail(r: &Reason, m: &Fmt) -> String {
    match r {
        Reason::IndiaAverage { inr_per_usd, usd: v } => format!(
            "The article's average for India, about ₹7 lakh a year, is {} at ₹{} per dollar.",
            m.usd(*v),
            fixed(*inr_per_usd, 4, true)
        ),
        Reason::Experience { india_flat: true, .. } => {
            "India's average is used as it is at every experience: shaping it by the ladders is switched off in the assumptions.".into()
        }
        Reason::Experience { at, primary, payscale, guild, india, shape, .. } => {
            // For India the ladder only lends its shape: its figures are US
            // salaries, so they stay in dollars (in rupees, ₹81 lakh read as
            // Indian pay beside India's ₹7 lakh).
            let us = Fmt { currency: Currency::Usd, per_usd: 1.0 };
            let lm = if *india { &us } else { m };
            let base = match primary {
                ExperienceSource::PayScale => ladder_detail(Ladder::PayScale, *at, shape, lm),
                ExperienceSource::SoftwareGuild => ladder_detail(Ladder::SoftwareGuild, *at, shape, lm),
                ExperienceSource::Midpoint => format!(
                    "Midpoint of the reports' {} and Software Guild's {} for this experience (your choice of ladder in the assumptions).",
                    m.usd(*payscale),
                    m.usd(*guild)
                ),
            };
            if *india {
                format!("Pay in India rises with experience the way the US ladder does (its US dollar figures below). {base} Scaled by its ratio to the 1–4 year average.")
            } else {
                base
            }
        }
        Reason::Location(_, Place::Metro(name, pct)) => format!(
            "{name} pays {} against the national level: its DOL prevailing wage (Level III, software developers) against BLS's published national mean wage for software developers.",
            format_pct(*pct)
        ),
        Reason::Location(_, Place::City(f, both)) => {
            let only = if *both { "" } else { " Applied to the reports' ladder only: the assumptions keep Software Guild's figure national, so the estimate moves by the change shown." };
            format!("{} pays {} against the US national average (PayScale, via the article).{only}", f.label, format_pct(f.value))
        }
        Reason::Location(_, Place::Region(r, _)) => {
            let (lo, hi, _) = r.hourly();
            let (nlo, nhi, _) = Region::NorthAmerica.hourly();
            format!(
                "Salaries in {} relate to the US as its freelance rates do: middle of {}–{} against North America's {}–{} (default {}).",
                r.label(),
                m.usd_c(lo.value),
                m.usd_c(hi.value),
                m.usd_c(nlo.value),
                m.usd_c(nhi.value),
                format_pct(r.default_factor_pct() as f64)
            )
        }
        Reason::Language(l, pct) => format!(
            "The article ranks {} {} of five backend languages but gives no amount; {} is our assumption (default: 5% per rank step, second place = 0%).",
            l.label(),
            rank_words(l.rank().map_or(0.0, |f| f.value), *l == Language::NodeJs),
            format_pct(*pct)
        ),
        Reason::Industry(i, pct) => {
            let fig = i.rank();
            format!(
                "The article calls it \"{}\" (rank {} of six) but gives no amount; {} is our assumption (default: 4% per rank step around the middle).",
                fig.map_or("", |f| f.literal),
                fig.map_or(0, |f| f.value as u32),
                format_pct(*pct)
            )
        }
        Reason::Rate(Rate::Region { region, range: [lo, hi, top], position, anchors }) => format!(
            "The article's average range for {} is {}–{} an hour (top end {}). Assumption: entry level sits at the bottom of the range, mid level in the middle and senior ({}+ years) at the top; you are {}% of the way up.",
            region.label(),
            m.usd_c(lo.value),
            m.usd_c(hi.value),
            m.usd_c(top.value),
            yrs(anchors[2]),
            (position * 100.0).round() as u32
        ),
        Reason::Rate(Rate::Level([a, b, c])) => format!(
            "The article's rates by level: {} entry, {} mid, {}+ senior, placed at {}, {} and {} years with straight lines between. \"$50+\" is a floor for seniors, not a cap.",
            m.usd_c(d::RATE_ENTRY.value),
            m.usd_c(d::RATE_MID.value),
            m.usd_c(d::RATE_SENIOR.value),
            yrs(*a),
            yrs(*b),
            yrs(*c)
        ),
        // Neutral: the own-rate box may still hold its default.
        Reason::Rate(Rate::Custom(rate)) => format!("Your own hourly rate, as set in the form: {}.", m.usd_h(*rate)),
        // "$/h" already says "an hour".
        Reason::BillableTime { rate, hours_per_week, weeks_per_year, hours_per_year } => format!(
            "{} × {} a week × {} a year = {}.{}",
            m.usd_h(*rate),
            count(*hours_per_week as u64, "billable hour", "billable hours"),
            count(*weeks_per_year as u64, "week", "weeks"),
            count(*hours_per_year as u64, "hour", "hours"),
            if matches!(r.basis(), super::Basis::Assumption) {
                " The default: 30 of 40 hours billable (the rest is sales and admin), 46 weeks (holidays, sick days, gaps between clients); change them in the form."
            } else {
                ""
            }
        ),
    }
}

/// [`Note::NoMetroYet`] in words; the card shows it too
/// ([`crate::headline::metro_pending`]).
pub const NO_METRO_YET: &str =
    "No US metro area is chosen yet (or its data has not loaded), so the US average is used.";

/// One caveat in words.
pub fn note(n: &Note, m: &Fmt) -> String {
    match n {
        Note::IndiaShapeBorrowed => "The article gives one figure for India (about ₹7 lakh a year), not by experience; the experience shape is borrowed from the US ladders.".into(),
        Note::NoMetroYet => NO_METRO_YET.into(),
        Note::RegionScaledByRates => "The article gives salaries only for the US and India; for world regions the salary is scaled by the region's freelance rates against North America's, an assumption you can change.".into(),
        Note::TeamLead => "The article's 20+ year figure is for team leads; individual contributors may earn less.".into(),
        Note::NoFigureTenToNineteen => "The article has no figure for 10–19 years of experience; the value is a straight line between its senior and team-lead figures.".into(),
        Note::SourcesDisagree(gap, ps, sg) => format!(
            "The two sources disagree by {} a year at this experience ({} from the reports' ladder, {} from Software Guild's); the range spans both.",
            m.usd(*gap),
            m.usd(*ps),
            m.usd(*sg)
        ),
        Note::FreelanceBeforeTax => "Freelance income is before tax, business costs, and unpaid time between clients beyond what your weeks per year allow for.".into(),
        Note::FreelanceRatesOnly => "City, language and industry adjustments apply to salaries; the article gives freelance rates by region and level only.".into(),
    }
}

/// A point on the years axis with its noun: "1 year", "2½ years", "7.5 years".
pub fn years_at(y: f64) -> String {
    if y == 1.0 {
        "1 year".into()
    } else {
        format!("{} years", yrs(y))
    }
}

/// Years on the axis in words: "2½" for the default, else one decimal.
fn yrs(y: f64) -> String {
    if y == 2.5 {
        "2½".into()
    } else {
        fixed(y, 1, true)
    }
}

/// Where `years` falls on the ladder, in words: which of the article's
/// bands it is in, where the point sits against that band's average, and
/// why (each band average is placed at an anchor year, by default the
/// band's middle, and the line runs straight between those points).
fn ladder_detail(l: Ladder, years: f64, s: &Shape, m: &Fmt) -> String {
    // Only moved anchors change the wording (the team-lead hold does not):
    // below, each band average sits at its band's middle.
    let y = s.anchors;
    if y != super::ladder::ANCHOR_YEARS {
        return moved_anchors_detail(l, years, s, m);
    }
    let [a, b, c] = l.bands();
    // Mid-sentence and at a sentence's start ("The reports' band average").
    let (name, cap) = (l.owner(), l.owner_cap());
    let yw = years_words(years as u32);
    let (ya, yb, yc, yd) = (yrs(y[0]), yrs(y[1]), yrs(y[2]), yrs(y[3]));
    let mid = "middle";
    let (atb, atc) = (
        format!("the middle ({yb} years)"),
        format!("the middle ({yc} years)"),
    );
    let text = if years <= y[0] {
        format!(
            "Less than a year: {name} entry-level average, {}.",
            m.usd(a.value)
        )
    } else if years < y[1] {
        format!(
            "{yw} is in the article's 1–4 year band, before its {mid}. {cap} band average, {}, is placed at {atb}; the line runs straight to it from the junior average {} at {ya} years, so the point sits below the band average.",
            m.usd(b.value),
            m.usd(a.value)
        )
    } else if years < 5.0 && years < y[2] {
        format!(
            "{yw} is in the article's 1–4 year band, past its {mid}. {cap} band average, {}, is placed at {atb}; the line runs straight on to the 5–9 year average {} at {yc} years, so the point sits above the band average.",
            m.usd(b.value),
            m.usd(c.value)
        )
    } else if years <= y[2] {
        format!(
            "{yw} is in the article's 5–9 year band. {cap} band average, {}, is placed at {atc} and reached on a straight line from the 1–4 year average {} at {yb} years, so the point sits {} the band average.",
            m.usd(c.value),
            m.usd(b.value),
            if years < y[2] { "below" } else { "at" }
        )
    } else if years < 10.0 && years < y[3] {
        format!(
            "{yw} is in the article's 5–9 year band, past its {mid}. {cap} band average, {}, is placed at {atc}; the line runs straight on to the team-lead figure at {yd} years, {}{}, so the point sits above the band average.",
            m.usd(c.value),
            m.usd(l.lead_in(s)),
            lead_words(l, s, m)
        )
    } else if years < y[3] {
        format!(
            "The article gives no figure for 10–19 years. We draw a straight line from {name} senior average {} (at {yc} years) to the team-lead figure at {yd} years, {}{}.",
            m.usd(c.value),
            m.usd(l.lead_in(s)),
            lead_words(l, s, m)
        )
    } else {
        format!(
            "20+ years: the article's team-lead figure, {}{}. The article says nothing beyond 20 years, so the line stays flat.",
            m.usd(l.lead_in(s)),
            lead_words(l, s, m)
        )
    };
    text
}

/// [`ladder_detail`] when the assumptions moved the anchors: the article's
/// bands (1–4, 5–9 years) no longer match the segments of the line, so the
/// sentence names the two figures the point lies between, at the years the
/// assumptions place them, and does not name a band.
fn moved_anchors_detail(l: Ladder, years: f64, s: &Shape, m: &Fmt) -> String {
    let [a, b, c] = l.bands();
    let y = s.anchors;
    let lead = format!("{}{}", m.usd(l.lead_in(s)), lead_words(l, s, m));
    let figures = [
        ("entry-level average", m.usd(a.value)),
        ("1–4 year average", m.usd(b.value)),
        ("5–9 year average", m.usd(c.value)),
        ("team-lead figure", lead),
    ];
    let yw = years_words(years as u32);
    let placed = |k: usize| format!("{} {} at {}", figures[k].0, figures[k].1, years_at(y[k]));
    // As `interpolate` reads the line: where anchors share a year, the
    // first of them holds the value at that year.
    let text = if let Some(k) = (0..4).find(|&k| y[k] == years) {
        format!("{yw}: at the {}.", placed(k))
    } else if years < y[0] {
        format!("{yw}: before the {}, so that figure.", placed(0))
    } else if years > y[3] {
        format!(
            "{yw}: past the {}, so that figure; the line stays flat beyond it.",
            placed(3)
        )
    } else {
        // The segment the point is on: the last anchor before it.
        let k = (0..3).rev().find(|&k| years > y[k]).unwrap_or(0);
        format!(
            "{yw} lies between the {} and the {}; the line runs straight between them.",
            placed(k),
            placed(k + 1)
        )
    };
    format!(
        "{} ladder, anchor years as set in the assumptions. {text}",
        l.owner_cap()
    )
}

fn lead_words(l: Ladder, s: &Shape, m: &Fmt) -> String {
    let entry = l.bands()[0].value;
    if l.lead_held_at_senior() && s.lead_hold {
        format!(
            " (twice entry-level pay would be {}, below this source's own senior figure, so we hold at the senior figure)",
            m.usd(2.0 * entry)
        )
    } else if l.lead_held_at_senior() {
        format!(
            " (twice entry-level pay, 2 × {}, below this source's senior figure: the hold is off in the assumptions)",
            m.usd(entry)
        )
    } else {
        format!(" (\"roughly twice\" entry-level pay: 2 × {})", m.usd(entry))
    }
}

/// "less than a year", "1 year", "12 years".
pub fn years_words(y: u32) -> String {
    match y {
        0 => "less than a year".into(),
        1 => "1 year".into(),
        n => format!("{n} years"),
    }
}

fn rank_words(rank: f64, last: bool) -> &'static str {
    if last {
        return "last";
    }
    match rank as u32 {
        1 => "first",
        2 => "second (tied)",
        3 => "third",
        _ => "lower",
    }
}
