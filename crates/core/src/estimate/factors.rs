//! One function per factor of the estimate. Each returns numbers and a
//! [`Reason`]; none writes English.

use super::ladder::{interpolate, level_position_in, Ladder, Shape};
use super::reason::{Place, Rate, Reason};
use super::{Freelance, MetroFactor};
use crate::dataset as d;
use crate::inputs::{Currency, ExperienceSource, Industry, Inputs, Language, Location, RateBasis};

/// Years as the ladders use them: the entered years, capped at 50.
pub fn years(inp: &Inputs) -> f64 {
    inp.years.min(50) as f64
}

/// The two ladders' values, carried through the salaried factors together
/// (the point estimate and the range are read from them).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Pair {
    /// From PayScale's ladder.
    pub payscale: f64,
    /// From Software Guild's ladder.
    pub guild: f64,
}

impl Pair {
    /// Both values moved by `pct` percent.
    pub fn scaled(self, pct: f64) -> Pair {
        self.scaled_each(pct, true)
    }

    /// PayScale's value moved by `pct` percent, and Software Guild's too if `guild`.
    pub fn scaled_each(self, pct: f64, guild: bool) -> Pair {
        let m = 1.0 + pct / 100.0;
        Pair {
            payscale: self.payscale * m,
            guild: if guild { self.guild * m } else { self.guild },
        }
    }

    /// The point estimate from the chosen ladder (or their midpoint).
    pub fn point(self, primary: ExperienceSource) -> f64 {
        match primary {
            ExperienceSource::PayScale => self.payscale,
            ExperienceSource::SoftwareGuild => self.guild,
            ExperienceSource::Midpoint => (self.payscale + self.guild) / 2.0,
        }
    }
}

/// A percentage applied to both ladders, and why.
#[derive(Clone, Debug, PartialEq)]
pub struct Factor {
    /// Percent against the value before it.
    pub pct: f64,
    /// Why.
    pub reason: Reason,
}

/// Currency: for India, the article's ₹7 lakh average in dollars at the
/// assumed rupee rate; `None` elsewhere (the article's other figures are USD).
pub fn currency(inp: &Inputs) -> Option<(f64, Reason)> {
    if inp.location != Location::India {
        return None;
    }
    let inr = inp.assumptions.per_usd[Currency::Inr.index()].max(f64::MIN_POSITIVE);
    let usd = d::INDIA_AVERAGE.value / inr;
    Some((
        usd,
        Reason::IndiaAverage {
            inr_per_usd: inr,
            usd,
        },
    ))
}

/// Experience: both ladders at the entered years. `ladder` is the raw ladder
/// value; `value` is what the later factors start from: the same, or for
/// India the India average scaled by each ladder against its 1–4 year average.
#[derive(Clone, Debug, PartialEq)]
pub struct Experience {
    /// The ladders' own values.
    pub ladder: Pair,
    /// The starting point for the other factors.
    pub value: Pair,
    /// Why.
    pub reason: Reason,
}

/// Experience from the ladders; `india_usd` is the India average from [`currency`].
pub fn experience(inp: &Inputs, india_usd: Option<f64>) -> Experience {
    let at = years(inp);
    let shape = Shape::of(&inp.assumptions);
    let ladder = Pair {
        payscale: Ladder::PayScale.at_in(at, &shape),
        guild: Ladder::SoftwareGuild.at_in(at, &shape),
    };
    let value = match india_usd {
        Some(usd) if !inp.assumptions.india_shape => Pair {
            payscale: usd,
            guild: usd,
        },
        Some(usd) => Pair {
            payscale: usd * ladder.payscale / Ladder::PayScale.mid(),
            guild: usd * ladder.guild / Ladder::SoftwareGuild.mid(),
        },
        None => ladder,
    };
    let reason = Reason::Experience {
        years: inp.years,
        at,
        primary: inp.assumptions.primary,
        payscale: ladder.payscale,
        guild: ladder.guild,
        india: india_usd.is_some(),
        india_flat: india_usd.is_some() && !inp.assumptions.india_shape,
        shape,
    };
    Experience {
        ladder,
        value,
        reason,
    }
}

/// Location against the US average: a US metro area (when resolved), a
/// PayScale city, or a world region. `None` for the US average, for India
/// (handled by [`currency`]) and for an unresolved metro area.
pub fn location(inp: &Inputs, metro: Option<&MetroFactor>) -> Option<Factor> {
    let loc = inp.location;
    let (pct, place) = if loc == Location::India {
        return None;
    } else if loc == Location::UsMetro {
        let m = metro?;
        (m.pct, Place::Metro(m.name.clone(), m.pct))
    } else if let Some(f) = loc.city_premium() {
        (f.value, Place::City(f, inp.assumptions.city_on_guild))
    } else if loc.is_world_region() {
        let r = loc.region();
        let pct = inp.assumptions.region_pct[r.index()] as f64;
        (pct, Place::Region(r, pct))
    } else {
        return None;
    };
    Some(Factor {
        pct,
        reason: Reason::Location(loc, place),
    })
}

/// Language: the visible assumption for the chosen language; `None` when unspecified.
pub fn language(inp: &Inputs) -> Option<Factor> {
    let l = inp.language;
    (l != Language::Unspecified).then(|| {
        let pct = inp.assumptions.language_pct[l.index()] as f64;
        Factor {
            pct,
            reason: Reason::Language(l, pct),
        }
    })
}

/// Industry: the visible assumption for the chosen industry; `None` when unspecified.
pub fn industry(inp: &Inputs) -> Option<Factor> {
    let i = inp.industry;
    (i != Industry::Unspecified).then(|| {
        let pct = inp.assumptions.industry_pct[i.index()] as f64;
        Factor {
            pct,
            reason: Reason::Industry(i, pct),
        }
    })
}

/// Freelance: the hourly rate (by region, by level or the user's own), the
/// billable hours, the income, and the rate that would match `salaried_point`.
pub fn freelance(inp: &Inputs, salaried_point: f64) -> (Freelance, Rate) {
    let region = inp.location.region();
    let shape = Shape::of(&inp.assumptions);
    let (lo, hi, top) = region.hourly();
    let (rate, rate_low, rate_high, why) = match inp.rate_basis {
        RateBasis::Region => {
            let position = level_position_in(years(inp), &shape);
            let rate = lo.value + (hi.value - lo.value) * position;
            (
                rate,
                lo.value,
                hi.value,
                Rate::Region {
                    region,
                    range: [lo, hi, top],
                    position,
                    anchors: [shape.anchors[0], shape.anchors[1], shape.anchors[2]],
                },
            )
        }
        RateBasis::Level => {
            let y = shape.anchors;
            let points = [
                (y[0], d::RATE_ENTRY.value),
                (y[1], d::RATE_MID.value),
                (y[2], d::RATE_SENIOR.value),
            ];
            (
                interpolate(&points, years(inp)),
                d::RATE_ENTRY.value,
                d::RATE_SENIOR.value,
                Rate::Level([y[0], y[1], y[2]]),
            )
        }
        RateBasis::Custom => {
            let rate = inp.own_rate_in(Currency::Usd);
            (rate, rate, rate, Rate::Custom(rate))
        }
    };
    let hours_per_year = (inp.hours_per_week * inp.weeks_per_year) as f64;
    let f = Freelance {
        region,
        basis: inp.rate_basis,
        rate,
        rate_low,
        rate_high,
        top_end: top.value,
        hours_per_year,
        annual: rate * hours_per_year,
        break_even_rate: if hours_per_year > 0.0 {
            salaried_point / hours_per_year
        } else {
            0.0
        },
    };
    (f, why)
}
