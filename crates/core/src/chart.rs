//! Chart geometry and the numbers the charts plot: linear scales, "nice"
//! ticks, the experience curves and the US figure the city chart starts
//! from. Pure, so it is tested natively; the app's chart components only draw.

use super::estimate::{Estimate, Ladder};
use super::inputs::{ExperienceSource, Inputs, Location};
use super::survey::SurveyData;

/// A linear scale from a data domain to SVG coordinates.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Scale {
    d0: f64,
    d1: f64,
    r0: f64,
    r1: f64,
}

impl Scale {
    /// Maps `[d0, d1]` onto `[r0, r1]`; an empty or reversed domain becomes
    /// one unit wide, so nothing divides by zero.
    pub fn new(d0: f64, d1: f64, r0: f64, r1: f64) -> Self {
        let d1 = if d1 > d0 { d1 } else { d0 + 1.0 };
        Scale { d0, d1, r0, r1 }
    }

    /// Position of `v`, clamped to the range so nothing is drawn off-canvas.
    pub fn at(&self, v: f64) -> f64 {
        let t = ((v - self.d0) / (self.d1 - self.d0)).clamp(0.0, 1.0);
        // NaN input: clamp keeps NaN, so fall back to the start.
        let t = if t.is_nan() { 0.0 } else { t };
        self.r0 + t * (self.r1 - self.r0)
    }
}

/// "Nice" tick values from 0 to at least `max`: steps of 1, 2, 2.5 or 5 × 10ⁿ,
/// about `target` of them. `[0, 1]` for a max that is not a positive number.
pub fn nice_ticks(max: f64, target: usize) -> Vec<f64> {
    // Negated on purpose: NaN is caught here too.
    #[allow(clippy::neg_cmp_op_on_partial_ord)]
    if !(max > 0.0) || !max.is_finite() {
        return vec![0.0, 1.0];
    }
    let raw = max / target.max(1) as f64;
    // Largest power of ten not above `raw`, by loops rather than log/pow
    // (which would pull libm's tables into the wasm).
    let mut mag = 1.0;
    while mag * 10.0 <= raw {
        mag *= 10.0;
    }
    while mag > raw {
        mag /= 10.0;
    }
    let step = [1.0, 2.0, 2.5, 5.0, 10.0]
        .iter()
        .map(|m| m * mag)
        .find(|s| *s >= raw)
        .unwrap_or(10.0 * mag);
    let n = (max / step).ceil() as usize;
    (0..=n.max(1)).map(|k| k as f64 * step).collect()
}

/// Years shown on the experience chart's x axis: 30, or 50 beyond 30.
pub fn x_max(years: u32) -> u32 {
    if years > 30 {
        50
    } else {
        30
    }
}

/// The years listed in the experience chart's table (up to [`x_max`]),
/// with the reader's own among them: at 8 or 25 years the table had no row
/// for the point the chart marks.
pub fn table_years(years: u32) -> Vec<u32> {
    let mut list: Vec<u32> = [0u32, 1, 2, 3, 5, 7, 10, 15, 20, 30, 40, 50]
        .into_iter()
        .filter(|y| *y <= x_max(years))
        .collect();
    if let Err(k) = list.binary_search(&years) {
        list.insert(k, years);
    }
    list
}

/// Value of a ladder at `years` after the user's factors, times `fx`.
pub fn curve(l: Ladder, years: f64, e: &Estimate, fx: f64) -> f64 {
    let factor = match l {
        Ladder::PayScale => e.salaried.payscale_factor,
        Ladder::SoftwareGuild => e.salaried.guild_factor,
    };
    l.at_in(years, &e.salaried.shape) * factor * fx
}

/// The one ladder a single-ladder view uses for an experience source. The
/// midpoint has no ladder of its own; PayScale, whose 1–4 year figure is
/// the article's US average, stands in.
pub fn ladder_of(source: ExperienceSource) -> Ladder {
    match source {
        ExperienceSource::SoftwareGuild => Ladder::SoftwareGuild,
        ExperienceSource::PayScale | ExperienceSource::Midpoint => Ladder::PayScale,
    }
}

/// The US-average salary (USD) the city chart applies the city premiums to:
/// for a US location the estimate without its location's factor (a city's
/// premium or a metro area's); elsewhere the chosen ladder's US figure at
/// this experience, as the chart is about the US.
pub fn us_national(i: &Inputs, e: &Estimate) -> f64 {
    if i.location == Location::India || i.location.is_world_region() {
        ladder_of(i.assumptions.primary)
            .at_in(i.years as f64, &crate::estimate::Shape::of(&i.assumptions))
    } else {
        e.salaried.national
    }
}

/// Where a bar of the cities chart comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CitySource {
    /// The US figure itself.
    National,
    /// The article's city premium (PayScale's).
    Article,
    /// The city's DOL metro area (Level III against the national mean), from
    /// the survey data: the factor the estimate uses for a US metro area.
    Dol,
}

impl CitySource {
    /// Its short label on the chart and in the table.
    pub fn label(self) -> &'static str {
        match self {
            CitySource::National => "—",
            CitySource::Article => "article",
            CitySource::Dol => "US DOL",
        }
    }
}

/// One bar of the cities chart.
#[derive(Clone, Debug, PartialEq)]
pub struct CityBar {
    /// The place: the US average or one of the article's four cities.
    pub place: Location,
    /// Where its figure comes from.
    pub source: CitySource,
    /// Percent against the US figure.
    pub pct: f64,
    /// Salary at the reader's profile (USD a year).
    pub usd: f64,
    /// The reader's own place: the city, or its DOL area chosen as a metro.
    pub you: bool,
}

/// The cities chart: the US figure at the reader's profile ([`us_national`]),
/// then each of the article's four cities with the article's premium and,
/// when the survey data has the city's DOL area, the DOL figure beside it.
pub fn city_bars(i: &Inputs, e: &Estimate, data: Option<&SurveyData>) -> Vec<CityBar> {
    let national = us_national(i, e);
    // The reader's place is marked only where the bar is their estimate: a
    // city premium kept off Software Guild's ladder (an assumption) leaves
    // the estimate below the premium's bar, which was marked all the same.
    let bar = |place, source, pct: f64, here: bool| {
        let usd = national * (1.0 + pct / 100.0);
        CityBar {
            place,
            source,
            pct,
            usd,
            you: here && (usd - e.salaried.point).abs() < 0.5,
        }
    };
    let mut bars = vec![bar(
        Location::UsNational,
        CitySource::National,
        0.0,
        i.location == Location::UsNational,
    )];
    for c in [
        Location::SanFrancisco,
        Location::Chicago,
        Location::Boston,
        Location::Orlando,
    ] {
        let prem = c.city_premium().map_or(0.0, |f| f.value);
        bars.push(bar(c, CitySource::Article, prem, i.location == c));
        let area = c.dol_area();
        if let Some(m) = area.and_then(|a| data?.metro(a)) {
            let you = i.location == Location::UsMetro && i.metro == area;
            bars.push(bar(c, CitySource::Dol, m.factor_pct(), you));
        }
    }
    bars
}

/// Width of `text` in SVG units at a font size of `px`: 0.62 em a character,
/// a little over the average of the page's sans-serif (digits, ₹, € and
/// lower case), so a layout built on it leaves room rather than overlaps.
pub fn text_width(text: &str, px: f64) -> f64 {
    text.chars().count() as f64 * px * 0.62
}

/// Ticks from 0 to at least `max` whose labels fit along an axis `span`
/// units long: the most of [`nice_ticks`] (up to `target` steps) for which
/// neighbouring labels, `label(tick)` at `px`, keep `gap` units apart.
/// Falls back to the two ends, which always fit an axis of any use.
pub fn fitted_ticks(
    max: f64,
    target: usize,
    span: f64,
    px: f64,
    gap: f64,
    label: impl Fn(f64) -> String,
) -> Vec<f64> {
    for t in (1..=target.max(1)).rev() {
        let ticks = nice_ticks(max, t);
        let step = span / (ticks.len().max(2) - 1) as f64;
        let widest = ticks
            .iter()
            .map(|v| text_width(&label(*v), px))
            .fold(0.0, f64::max);
        if widest + gap <= step {
            return ticks;
        }
    }
    let ticks = nice_ticks(max, 1);
    vec![ticks[0], *ticks.last().unwrap_or(&1.0)]
}

/// Where to centre a label of width `w` near `x` so that it stays within
/// `[lo, hi]` (an SVG clips what runs past its edge).
pub fn clamp_centre(x: f64, w: f64, lo: f64, hi: f64) -> f64 {
    let (a, b) = (lo + w / 2.0, hi - w / 2.0);
    if a > b {
        (lo + hi) / 2.0
    } else {
        // Not f64::clamp: its panic message would pull float formatting into the wasm.
        x.max(a).min(b)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::estimate::estimate;

    #[test]
    fn ticks_cover_max_in_nice_steps() {
        let t = nice_ticks(164_602.0, 4);
        assert_eq!(t, vec![0.0, 50_000.0, 100_000.0, 150_000.0, 200_000.0]);
        assert_eq!(nice_ticks(9.0, 4), vec![0.0, 2.5, 5.0, 7.5, 10.0]);
        assert_eq!(nice_ticks(1.0, 4), vec![0.0, 0.25, 0.5, 0.75, 1.0]);
        for max in [0.3, 7.0, 99.0, 1234.5, 88_000.0, 3.2e9] {
            let t = nice_ticks(max, 4);
            assert_eq!(t[0], 0.0);
            assert!(*t.last().unwrap() >= max, "{max}: {t:?}");
            assert!(t.len() <= 7, "{max}: {t:?}");
        }
    }

    #[test]
    fn ticks_of_nothing_are_zero_and_one() {
        for max in [0.0, -5.0, f64::NAN, f64::INFINITY] {
            assert_eq!(nice_ticks(max, 4), vec![0.0, 1.0]);
        }
        assert_eq!(nice_ticks(10.0, 0), vec![0.0, 10.0]);
    }

    #[test]
    fn scale_maps_and_clamps() {
        let s = Scale::new(0.0, 100.0, 50.0, 250.0);
        assert_eq!(s.at(0.0), 50.0);
        assert_eq!(s.at(50.0), 150.0);
        assert_eq!(s.at(1e9), 250.0);
        assert_eq!(s.at(-3.0), 50.0);
        assert_eq!(s.at(f64::NAN), 50.0);
        // Inverted range (SVG y grows downwards) and an empty domain.
        assert_eq!(Scale::new(0.0, 10.0, 200.0, 0.0).at(10.0), 0.0);
        assert_eq!(Scale::new(5.0, 5.0, 0.0, 10.0).at(5.5), 5.0);
    }

    #[test]
    fn axis_and_table_follow_the_experience() {
        assert_eq!(x_max(30), 30);
        assert_eq!(x_max(31), 50);
        assert_eq!(table_years(3), vec![0, 1, 2, 3, 5, 7, 10, 15, 20, 30]);
        assert_eq!(table_years(45).last(), Some(&50));
        assert_eq!(table_years(8), vec![0, 1, 2, 3, 5, 7, 8, 10, 15, 20, 30]);
        assert!(table_years(45).contains(&45));
    }

    #[test]
    fn ladder_and_national_figure_follow_the_source_and_place() {
        assert_eq!(ladder_of(ExperienceSource::PayScale), Ladder::PayScale);
        assert_eq!(
            ladder_of(ExperienceSource::SoftwareGuild),
            Ladder::SoftwareGuild
        );
        assert_eq!(ladder_of(ExperienceSource::Midpoint), Ladder::PayScale);
        let mut i = Inputs {
            years: 12,
            location: Location::India,
            ..Inputs::default()
        };
        i.assumptions.primary = ExperienceSource::SoftwareGuild;
        assert_eq!(
            us_national(&i, &estimate(&i)),
            Ladder::SoftwareGuild.at(12.0)
        );
        // A city's or a metro area's national figure is the US estimate.
        let us = Inputs::default();
        let national = estimate(&us).salaried.point;
        for location in [Location::SanFrancisco, Location::UsMetro] {
            let i = Inputs {
                location,
                metro: Some(41860),
                ..Inputs::default()
            };
            let metro = crate::estimate::MetroFactor {
                name: "San Francisco".into(),
                pct: 29.8,
            };
            let e = crate::estimate::estimate_with(&i, Some(&metro));
            assert_eq!(us_national(&i, &e), national, "{location:?}");
        }
        // Also when the point estimate is Software Guild's, which the city
        // premium does not reach: the premium is not divided out of it.
        let mut sf = Inputs {
            location: Location::SanFrancisco,
            ..Inputs::default()
        };
        sf.assumptions.primary = ExperienceSource::SoftwareGuild;
        sf.assumptions.city_on_guild = false;
        let mut us = Inputs::default();
        us.assumptions.primary = ExperienceSource::SoftwareGuild;
        assert_eq!(
            us_national(&sf, &estimate(&sf)),
            estimate(&us).salaried.point
        );
        assert_eq!(estimate(&sf).salaried.point, estimate(&us).salaried.point);
    }

    #[test]
    fn curve_scales_the_ladder_by_the_estimate_factor() {
        let i = Inputs::default();
        let e = estimate(&i);
        assert_eq!(
            curve(Ladder::PayScale, 3.0, &e, 2.0),
            Ladder::PayScale.at(3.0) * e.salaried.payscale_factor * 2.0
        );
    }
}
