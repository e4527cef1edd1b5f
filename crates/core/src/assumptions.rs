//! The assumptions behind the estimate where the article gives an order or
//! nothing, all visible on the page and editable: exchange rates, premiums,
//! hours, the ladder's anchor years; and the inclusive bounds of every
//! numeric input, shared by the codec and the form.

use super::inputs::{Currency, ExperienceSource, Industry, Language, Region};

/// Exchange rates are kept to this many decimal places, so the address
/// reproduces them exactly.
pub const FX_DECIMALS: u32 = 4;

/// Rounds a rate to [`FX_DECIMALS`] places.
pub fn round_fx(x: f64) -> f64 {
    (x * 10_000.0).round() / 10_000.0
}

/// Date of the bundled exchange rates.
pub const FX_DATE: &str = "31 Dec 2024 (ECB euro reference rates, crossed via EUR)";

/// Inclusive bounds of every numeric input; the codec and the form share them.
pub mod bounds {
    /// Years of experience.
    pub const YEARS: (u32, u32) = (0, 50);
    /// Billable hours per week.
    pub const HOURS_PER_WEEK: (u32, u32) = (1, 80);
    /// Billable weeks per year.
    pub const WEEKS_PER_YEAR: (u32, u32) = (1, 52);
    /// Own hourly rate in US dollars, euros or pounds.
    pub const RATE: (u32, u32) = (1, 2000);
    /// Own hourly rate in rupees (about the same top in dollars).
    pub const RATE_INR: (u32, u32) = (1, 200_000);
    /// Own hourly rate as the address reads it, before its currency is known.
    pub const RATE_ANY: (u32, u32) = (RATE.0, RATE_INR.1);

    /// The own hourly rate's bounds in currency `c`.
    pub fn rate(c: super::Currency) -> (u32, u32) {
        if c == super::Currency::Inr {
            RATE_INR
        } else {
            RATE
        }
    }
    /// Paid hours in a salaried year.
    pub const PAID_HOURS: (u32, u32) = (1000, 3000);
    /// DOL area ids.
    pub const METRO: (u32, u32) = (1, 999_999);
    /// Any percentage adjustment.
    pub const PCT: (i32, i32) = (-90, 300);
    /// Units of a currency per USD.
    pub const FX: (f64, f64) = (0.0001, 100_000.0);
    /// A ladder anchor's year, in tenths of a year.
    pub const ANCHOR_TENTHS: (u32, u32) = (0, 500);
}

/// The assumptions the engine uses where the article gives an order or nothing:
/// all visible on the page and editable.
#[derive(Clone, Debug, PartialEq)]
pub struct Assumptions {
    /// Percent per language, indexed by [`Language::index`].
    pub language_pct: [i32; 6],
    /// Percent per industry, indexed by [`Industry::index`].
    pub industry_pct: [i32; 7],
    /// Salary factor per world region against the US, percent, indexed by [`Region::index`].
    pub region_pct: [i32; 5],
    /// Units of each currency per USD, indexed by [`Currency::index`].
    pub per_usd: [f64; 4],
    /// Which experience ladder gives the point estimate.
    pub primary: ExperienceSource,
    /// Paid hours in a salaried year, for the hourly equivalent.
    pub paid_hours: u32,
    /// Where the ladders' junior, 1–4 year, 5–9 year and team-lead figures
    /// sit on the years axis, in tenths of a year (default 0 / 2.5 / 7 / 20);
    /// the freelance rate's position by experience follows the first three.
    pub anchor_tenths: [u32; 4],
    /// Hold the team-lead figure at the ladder's senior figure when twice
    /// entry pay would be below it (Software Guild).
    pub lead_hold: bool,
    /// Apply PayScale's city premiums to the Software Guild ladder too (the
    /// article gives no city figures of Software Guild's own).
    pub city_on_guild: bool,
    /// India: each ladder's rise with experience shapes the ₹7 lakh average
    /// (its value at the years ÷ its 1–4 year figure); off, the average is flat.
    pub india_shape: bool,
}

impl Default for Assumptions {
    fn default() -> Self {
        let mut language_pct = [0; 6];
        for l in Language::ALL {
            language_pct[l.index()] = l.default_pct();
        }
        let mut industry_pct = [0; 7];
        for i in Industry::ALL {
            industry_pct[i.index()] = i.default_pct();
        }
        let mut region_pct = [0; 5];
        for r in Region::ALL {
            region_pct[r.index()] = r.default_factor_pct();
        }
        let mut per_usd = [1.0; 4];
        for c in Currency::ALL {
            per_usd[c.index()] = c.default_per_usd();
        }
        Assumptions {
            language_pct,
            industry_pct,
            region_pct,
            per_usd,
            primary: ExperienceSource::PayScale,
            paid_hours: 2080,
            anchor_tenths: DEFAULT_ANCHOR_TENTHS,
            lead_hold: true,
            city_on_guild: true,
            india_shape: true,
        }
    }
}

/// Assumed billable hours a week: 30 of a 40-hour week (the rest is sales,
/// admin and gaps between tasks). An assumption, labelled as one until changed.
pub const DEFAULT_HOURS_PER_WEEK: u32 = 30;
/// Assumed billable weeks a year: 46 (holidays, sick days, gaps between clients).
pub const DEFAULT_WEEKS_PER_YEAR: u32 = 46;

/// Default ladder anchors in tenths of a year: the middle of the article's
/// bands (< 1 year → 0, 1–4 → 2.5, 5–9 → 7) and its 20-year team-lead point.
pub const DEFAULT_ANCHOR_TENTHS: [u32; 4] = [0, 25, 70, 200];
