//! The estimation engine: from [`Inputs`] to an [`Estimate`] with a range and a
//! step-by-step breakdown in which every step names where its number comes from.
//!
//! All amounts are US dollars; the page converts them for display.

use super::dataset::{self as d, Figure, Source};
use super::inputs::{ExperienceSource, Industry, Inputs, Language, Location, Mode, RateBasis, Region};
use super::inputs::Currency;
use super::money::{fixed, format_amount, format_pct, group_digits};

/// One of the article's two experience ladders.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ladder {
    /// PayScale: junior / 1–4 years / 5–9 years.
    PayScale,
    /// Software Guild: entry / mid / senior.
    SoftwareGuild,
}

/// Where a band's average is placed on the years axis: the middle of the
/// article's bands (< 1 year → 0, 1–4 → 2.5, 5–9 → 7) and the team-lead point.
pub const ANCHOR_YEARS: [f64; 4] = [0.0, 2.5, 7.0, 20.0];

impl Ladder {
    /// Both ladders.
    pub const BOTH: [Ladder; 2] = [Ladder::PayScale, Ladder::SoftwareGuild];

    /// The article's source for this ladder.
    pub fn source(self) -> Source {
        match self {
            Ladder::PayScale => Source::PayScale,
            Ladder::SoftwareGuild => Source::SoftwareGuild,
        }
    }

    /// Junior, mid and senior figures.
    pub fn bands(self) -> [&'static Figure; 3] {
        match self {
            Ladder::PayScale => [&d::PS_JUNIOR, &d::PS_MID, &d::PS_SENIOR],
            Ladder::SoftwareGuild => [&d::SG_ENTRY, &d::SG_MID, &d::SG_SENIOR],
        }
    }

    /// The team-lead value at 20+ years: "roughly twice" entry-level pay, but
    /// never below the ladder's own senior figure (Software Guild's 2 × $34,000
    /// = $68,000 would be below its $98,000 senior figure).
    pub fn lead(self) -> f64 {
        let [entry, _, senior] = self.bands();
        (d::LEAD_RATIO.value * entry.value).max(senior.value)
    }

    /// True when the team-lead rule was overridden by the senior figure.
    pub fn lead_held_at_senior(self) -> bool {
        let [entry, _, senior] = self.bands();
        d::LEAD_RATIO.value * entry.value < senior.value
    }

    /// The four anchor points (years, USD/year).
    pub fn anchors(self) -> [(f64, f64); 4] {
        let [a, b, c] = self.bands();
        [
            (ANCHOR_YEARS[0], a.value),
            (ANCHOR_YEARS[1], b.value),
            (ANCHOR_YEARS[2], c.value),
            (ANCHOR_YEARS[3], self.lead()),
        ]
    }

    /// Annual pay at `years`: straight lines between anchors, flat outside them,
    /// so there is no cliff at any band edge.
    pub fn at(self, years: f64) -> f64 {
        interpolate(&self.anchors(), years)
    }

    /// The ladder's 1–4 year figure, which for PayScale is also the US average.
    pub fn mid(self) -> f64 {
        self.bands()[1].value
    }
}

/// Piecewise-linear interpolation through sorted points, flat beyond the ends.
pub fn interpolate(points: &[(f64, f64)], x: f64) -> f64 {
    let Some(&(x0, y0)) = points.first() else { return 0.0 };
    // Negated on purpose: a NaN `x` also lands on the first point.
    #[allow(clippy::neg_cmp_op_on_partial_ord)]
    if !(x > x0) {
        return y0;
    }
    for w in points.windows(2) {
        let ((xa, ya), (xb, yb)) = (w[0], w[1]);
        if x <= xb {
            return ya + (yb - ya) * (x - xa) / (xb - xa);
        }
    }
    points[points.len() - 1].1
}

/// What a breakdown step's number rests on.
#[derive(Clone, Debug, PartialEq)]
pub enum Basis {
    /// A figure from a source named by the article (ids of [`d::FIGURES`]).
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

/// One step of the breakdown.
#[derive(Clone, Debug, PartialEq)]
pub struct Step {
    /// What the step does.
    pub label: String,
    /// How, in a sentence.
    pub detail: String,
    /// What it rests on.
    pub basis: Basis,
    /// The percentage applied, when the step is a factor.
    pub pct: Option<f64>,
    /// Running value after this step (USD per year).
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
}

/// Freelance figures.
#[derive(Clone, Debug, PartialEq)]
pub struct Freelance {
    /// The hourly-rate region used.
    pub region: Region,
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
    /// From the base figure to the result.
    pub steps: Vec<Step>,
    /// Salaried figures (always computed, for comparison).
    pub salaried: Salaried,
    /// Freelance figures (always computed, for comparison).
    pub freelance: Freelance,
    /// Caveats that apply to this selection.
    pub notes: Vec<String>,
}

fn usd(x: f64) -> String {
    format_amount(x, Currency::Usd, false)
}

fn usd_h(x: f64) -> String {
    format!("{}/h", format_amount(x, Currency::Usd, true))
}

/// Where `years` falls on the ladder, in words, for the breakdown.
fn ladder_detail(l: Ladder, years: f64) -> String {
    let [a, b, c] = l.bands();
    let name = l.source().name();
    if years <= ANCHOR_YEARS[0] {
        format!("Less than a year: {name}'s entry-level average, {}.", usd(a.value))
    } else if years < ANCHOR_YEARS[1] {
        format!(
            "Between {name}'s junior average {} (placed at 0 years) and its 1–4 year average {} (placed at 2½ years, the band's middle), on a straight line.",
            usd(a.value), usd(b.value)
        )
    } else if years <= ANCHOR_YEARS[2] {
        format!(
            "Between {name}'s 1–4 year average {} (at 2½ years) and its 5–9 year average {} (at 7 years), on a straight line.",
            usd(b.value), usd(c.value)
        )
    } else if years < ANCHOR_YEARS[3] {
        format!(
            "The article gives no figure for 10–19 years. We draw a straight line from {name}'s senior average {} (at 7 years) to the team-lead figure at 20 years, {}{}.",
            usd(c.value),
            usd(l.lead()),
            lead_words(l)
        )
    } else {
        format!(
            "20+ years: the article's team-lead figure, {}{}. The article says nothing beyond 20 years, so the line stays flat.",
            usd(l.lead()),
            lead_words(l)
        )
    }
}

fn lead_words(l: Ladder) -> String {
    let entry = l.bands()[0].value;
    if l.lead_held_at_senior() {
        format!(
            " (twice entry-level pay would be {}, below this source's own senior figure, so we hold at the senior figure)",
            usd(2.0 * entry)
        )
    } else {
        format!(" (\"roughly twice\" entry-level pay: 2 × {})", usd(entry))
    }
}

/// Position of `years` within a level range: 0 at entry, ½ at mid, 1 at senior.
pub fn level_position(years: f64) -> f64 {
    interpolate(&[(ANCHOR_YEARS[0], 0.0), (ANCHOR_YEARS[1], 0.5), (ANCHOR_YEARS[2], 1.0)], years)
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

/// Computes the estimate. Never panics; any finite inputs give finite output.
pub fn estimate(inp: &Inputs) -> Estimate {
    estimate_with(inp, None)
}

/// [`estimate`] with the factor of the chosen US metro area, when known.
pub fn estimate_with(inp: &Inputs, metro: Option<&MetroFactor>) -> Estimate {
    let a = &inp.assumptions;
    let years = inp.years.min(50) as f64;
    let mut steps = Vec::new();
    let mut notes = Vec::new();

    // --- Salaried -------------------------------------------------------
    let ps0 = Ladder::PayScale.at(years);
    let sg0 = Ladder::SoftwareGuild.at(years);
    let primary_of = |ps: f64, sg: f64| match a.primary {
        ExperienceSource::PayScale => ps,
        ExperienceSource::SoftwareGuild => sg,
        ExperienceSource::Midpoint => (ps + sg) / 2.0,
    };
    let ladder_basis = || match a.primary {
        ExperienceSource::PayScale => Basis::Source(Source::PayScale, vec!["ps-junior", "ps-mid", "ps-senior", "lead-ratio"]),
        ExperienceSource::SoftwareGuild => {
            Basis::Source(Source::SoftwareGuild, vec!["sg-entry", "sg-mid", "sg-senior", "lead-ratio"])
        }
        ExperienceSource::Midpoint => Basis::Assumption,
    };
    let base_detail = match a.primary {
        ExperienceSource::PayScale => ladder_detail(Ladder::PayScale, years),
        ExperienceSource::SoftwareGuild => ladder_detail(Ladder::SoftwareGuild, years),
        ExperienceSource::Midpoint => format!(
            "Midpoint of PayScale's {} and Software Guild's {} for this experience (your choice of ladder in the assumptions).",
            usd(ps0),
            usd(sg0)
        ),
    };

    let (mut ps, mut sg);
    if inp.location == Location::India {
        // India: the article's ₹7 lakh average, shaped by each ladder relative to its 1–4 year average.
        let inr = a.per_usd[Currency::Inr.index()].max(f64::MIN_POSITIVE);
        let india_usd = d::INDIA_AVERAGE.value / inr;
        steps.push(Step {
            label: "India average".into(),
            detail: format!(
                "The article's average for India, about ₹7 lakh a year, is {} at ₹{} per dollar.",
                usd(india_usd),
                fixed(inr, 4, true)
            ),
            basis: Basis::Source(Source::Article, vec!["india-average"]),
            pct: None,
            value: india_usd,
        });
        ps = india_usd * ps0 / Ladder::PayScale.mid();
        sg = india_usd * sg0 / Ladder::SoftwareGuild.mid();
        let v = primary_of(ps, sg);
        steps.push(Step {
            label: format!("Experience: {}", years_words(inp.years)),
            detail: format!(
                "Assumption: pay in India rises with experience the way the US ladder does. {} Scaled by its ratio to the 1–4 year average.",
                base_detail
            ),
            basis: Basis::Assumption,
            pct: Some((v / india_usd - 1.0) * 100.0),
            value: v,
        });
        notes.push("The article gives one figure for India (about ₹7 lakh a year), not by experience; the experience shape is borrowed from the US ladders.".into());
    } else {
        ps = ps0;
        sg = sg0;
        steps.push(Step {
            label: format!("Experience: {}", years_words(inp.years)),
            detail: base_detail,
            basis: ladder_basis(),
            pct: None,
            value: primary_of(ps, sg),
        });
        let loc_pct = if inp.location == Location::UsMetro {
            match metro {
                Some(m) => Some((
                    m.pct,
                    Basis::Source(Source::Dol, vec![]),
                    format!(
                        "{} pays {} against the national level: its DOL prevailing wage (Level III, software developers) against a national Level III derived from BLS percentiles.",
                        m.name,
                        format_pct(m.pct)
                    ),
                )),
                None => {
                    notes.push("No US metro area is chosen yet (or its data has not loaded), so the US average is used.".into());
                    None
                }
            }
        } else if let Some(f) = inp.location.city_premium() {
            Some((f.value, Basis::Source(Source::PayScale, vec![f.id]), format!("{} pays {} against the US national average (PayScale, via the article).", f.label, format_pct(f.value))))
        } else if inp.location.is_world_region() {
            let r = inp.location.region();
            let pct = a.region_pct[r.index()] as f64;
            let (lo, hi, _) = r.hourly();
            let (nlo, nhi, _) = Region::NorthAmerica.hourly();
            notes.push("The article gives salaries only for the US and India; for world regions the salary is scaled by the region's freelance rates against North America's, an assumption you can change.".into());
            Some((
                pct,
                Basis::Assumption,
                format!(
                    "Assumption: salaries in {} relate to the US as its freelance rates do: middle of {}–{} against North America's {}–{} (default {}).",
                    r.label(), usd(lo.value), usd(hi.value), usd(nlo.value), usd(nhi.value), format_pct(r.default_factor_pct() as f64)
                ),
            ))
        } else {
            None
        };
        if let Some((pct, basis, detail)) = loc_pct {
            let m = 1.0 + pct / 100.0;
            ps *= m;
            sg *= m;
            steps.push(Step {
                label: format!("Location: {}", inp.location.label()),
                detail,
                basis,
                pct: Some(pct),
                value: primary_of(ps, sg),
            });
        }
    }

    if inp.language != Language::Unspecified {
        let pct = a.language_pct[inp.language.index()] as f64;
        let rank = inp.language.rank().map_or(0.0, |f| f.value);
        let m = 1.0 + pct / 100.0;
        ps *= m;
        sg *= m;
        steps.push(Step {
            label: format!("Language: {}", inp.language.label()),
            detail: format!(
                "The article ranks {} {} of five backend languages but gives no amount; {} is our assumption (default: 5% per rank step, second place = 0%).",
                inp.language.label(),
                rank_words(rank, inp.language == Language::NodeJs),
                format_pct(pct)
            ),
            basis: Basis::Assumption,
            pct: Some(pct),
            value: primary_of(ps, sg),
        });
    }
    if inp.industry != Industry::Unspecified {
        let pct = a.industry_pct[inp.industry.index()] as f64;
        let fig = inp.industry.rank();
        let m = 1.0 + pct / 100.0;
        ps *= m;
        sg *= m;
        steps.push(Step {
            label: format!("Industry: {}", inp.industry.label()),
            detail: format!(
                "The article calls it \"{}\" (rank {} of six) but gives no amount; {} is our assumption (default: 4% per rank step around the middle).",
                fig.map_or("", |f| f.literal),
                fig.map_or(0, |f| f.value as u32),
                format_pct(pct)
            ),
            basis: Basis::Assumption,
            pct: Some(pct),
            value: primary_of(ps, sg),
        });
    }

    let point = primary_of(ps, sg);
    let salaried = Salaried {
        point,
        payscale: ps,
        guild: sg,
        low: ps.min(sg),
        high: ps.max(sg),
        payscale_factor: ps / ps0,
        guild_factor: sg / sg0,
    };

    if years >= d::LEAD_YEARS.value {
        notes.push("The article's 20+ year figure is for team leads; individual contributors may earn less.".into());
    } else if years > ANCHOR_YEARS[2] + 2.0 {
        notes.push("The article has no figure for 10–19 years of experience; the value is a straight line between its senior and team-lead figures.".into());
    }
    let gap = (ps - sg).abs();
    if gap > 0.0 && point > 0.0 {
        notes.push(format!(
            "The two sources disagree by {} a year at this experience ({} from PayScale's ladder, {} from Software Guild's); the range spans both.",
            usd(gap),
            usd(ps),
            usd(sg)
        ));
    }

    // --- Freelance ------------------------------------------------------
    let region = inp.location.region();
    let (rlo, rhi, rtop) = region.hourly();
    let pos = level_position(years);
    let (rate, rate_low, rate_high, rate_step) = match inp.rate_basis {
        RateBasis::Region => {
            let rate = rlo.value + (rhi.value - rlo.value) * pos;
            (
                rate,
                rlo.value,
                rhi.value,
                Step {
                    label: format!("Hourly rate: {}", region.label()),
                    detail: format!(
                        "The article's average range for {} is {}–{} an hour (top end {}). Assumption: entry level sits at the bottom of the range, mid level in the middle and senior (7+ years) at the top; you are {}% of the way up.",
                        region.label(), usd(rlo.value), usd(rhi.value), usd(rtop.value), (pos * 100.0).round() as u32
                    ),
                    basis: Basis::Source(Source::Article, vec![rlo.id, rhi.id, rtop.id]),
                    pct: None,
                    value: rate,
                },
            )
        }
        RateBasis::Level => {
            let rate = interpolate(
                &[(ANCHOR_YEARS[0], d::RATE_ENTRY.value), (ANCHOR_YEARS[1], d::RATE_MID.value), (ANCHOR_YEARS[2], d::RATE_SENIOR.value)],
                years,
            );
            (
                rate,
                d::RATE_ENTRY.value,
                d::RATE_SENIOR.value,
                Step {
                    label: "Hourly rate: by level".into(),
                    detail: format!(
                        "The article's rates by level: {} entry, {} mid, {}+ senior, placed at 0, 2½ and 7 years with straight lines between. \"$50+\" is a floor for seniors, not a cap.",
                        usd(d::RATE_ENTRY.value), usd(d::RATE_MID.value), usd(d::RATE_SENIOR.value)
                    ),
                    basis: Basis::Source(Source::Article, vec!["rate-entry", "rate-mid", "rate-senior"]),
                    pct: None,
                    value: rate,
                },
            )
        }
        RateBasis::Custom => {
            let rate = inp.custom_rate as f64;
            (
                rate,
                rate,
                rate,
                Step {
                    label: "Hourly rate: your own".into(),
                    detail: format!("The rate you entered, {}.", usd_h(rate)),
                    basis: Basis::Input,
                    pct: None,
                    value: rate,
                },
            )
        }
    };
    let hours_per_year = (inp.hours_per_week * inp.weeks_per_year) as f64;
    let fl_annual = rate * hours_per_year;
    let freelance = Freelance {
        region,
        rate,
        rate_low,
        rate_high,
        top_end: rtop.value,
        hours_per_year,
        annual: fl_annual,
        break_even_rate: if hours_per_year > 0.0 { salaried.point / hours_per_year } else { 0.0 },
    };

    let paid_hours = a.paid_hours.max(1) as f64;
    let (annual, low, high, hourly) = match inp.mode {
        Mode::Salaried => (salaried.point, salaried.low, salaried.high, salaried.point / paid_hours),
        Mode::Freelance => {
            steps = vec![
                rate_step,
                Step {
                    label: "Billable time".into(),
                    detail: format!(
                        "{} an hour × {} billable hours a week × {} weeks a year = {} hours.",
                        usd_h(rate), inp.hours_per_week, inp.weeks_per_year, group_digits(hours_per_year as u64, false)
                    ),
                    basis: Basis::Input,
                    pct: None,
                    value: fl_annual,
                },
            ];
            notes.clear();
            notes.push("Freelance income is before tax, business costs, and unpaid time between clients beyond what your weeks per year allow for.".into());
            notes.push("City, language and industry adjustments apply to salaries; the article gives freelance rates by region and level only.".into());
            (fl_annual, rate_low * hours_per_year, rate_high * hours_per_year, rate)
        }
    };

    Estimate {
        mode: inp.mode,
        annual,
        low,
        high,
        monthly: annual / 12.0,
        hourly,
        steps,
        salaried,
        freelance,
        notes,
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
