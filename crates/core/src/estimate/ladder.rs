//! The article's two experience ladders and the straight lines between their
//! band averages: the shape every experience figure follows.

use crate::dataset::{self as d, Figure, Source};

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
    let Some(&(x0, y0)) = points.first() else {
        return 0.0;
    };
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

/// Position of `years` within a level range: 0 at entry, ½ at mid, 1 at senior.
pub fn level_position(years: f64) -> f64 {
    interpolate(
        &[
            (ANCHOR_YEARS[0], 0.0),
            (ANCHOR_YEARS[1], 0.5),
            (ANCHOR_YEARS[2], 1.0),
        ],
        years,
    )
}
