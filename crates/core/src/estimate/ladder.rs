//! The article's two experience ladders and the straight lines between their
//! band averages: the shape every experience figure follows.

use crate::dataset::{self as d, Figure, Source};
use crate::inputs::Assumptions;

/// One of the article's two experience ladders.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ladder {
    /// PayScale: junior / 1–4 years / 5–9 years.
    PayScale,
    /// Software Guild: entry / mid / senior.
    SoftwareGuild,
}

/// Where a band's average is placed on the years axis by default: the middle
/// of the article's bands (< 1 year → 0, 1–4 → 2.5, 5–9 → 7) and the
/// team-lead point. Editable: [`Assumptions::anchor_tenths`].
pub const ANCHOR_YEARS: [f64; 4] = [0.0, 2.5, 7.0, 20.0];

/// The ladders' shape assumptions: anchor years and the team-lead hold.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Shape {
    /// Years of the junior, 1–4, 5–9 and team-lead anchors, non-decreasing.
    pub anchors: [f64; 4],
    /// Hold the team-lead figure at the senior figure when twice entry is below it.
    pub lead_hold: bool,
}

impl Shape {
    /// The defaults (equal to `Shape::of(&Assumptions::default())`).
    pub const DEFAULT: Shape = Shape {
        anchors: ANCHOR_YEARS,
        lead_hold: true,
    };

    /// From the assumptions; anchors out of order are raised to the one
    /// before, so the lines stay well defined.
    pub fn of(a: &Assumptions) -> Shape {
        let mut anchors = [0.0; 4];
        let mut prev = 0.0f64;
        for (k, t) in a.anchor_tenths.iter().enumerate() {
            prev = prev.max(*t as f64 / 10.0);
            anchors[k] = prev;
        }
        Shape {
            anchors,
            lead_hold: a.lead_hold,
        }
    }
}

/// The four anchors' names, as the assumptions panel labels them.
pub const ANCHOR_LABELS: [&str; 4] = [
    "Junior / entry figure",
    "1–4 year / mid figure",
    "5–9 year / senior figure",
    "Team-lead figure",
];

/// What the assumptions panel says when an anchor is set before an earlier
/// one: [`Shape::of`] moves it up, and the reader, who sees the value they
/// typed, is told which value is used instead. `None` when all are in order.
pub fn raised_anchors_note(a: &Assumptions) -> Option<String> {
    let used = Shape::of(a).anchors;
    let raised: Vec<String> = a
        .anchor_tenths
        .iter()
        .zip(used)
        .zip(ANCHOR_LABELS)
        .filter(|((&t, u), _)| *u > t as f64 / 10.0)
        .map(|((&t, u), label)| {
            let y = super::explain::years_at;
            format!("{label} set at {} is used at {}", y(t as f64 / 10.0), y(u))
        })
        .collect();
    (!raised.is_empty()).then(|| {
        format!(
            "Anchors go forward in time, each at or after the one before it: {}.",
            raised.join("; ")
        )
    })
}
impl Ladder {
    /// Both ladders.
    pub const BOTH: [Ladder; 2] = [Ladder::PayScale, Ladder::SoftwareGuild];

    /// The article's source for this ladder.
    pub fn source(self) -> Source {
        match self {
            Ladder::PayScale => Source::Reports,
            Ladder::SoftwareGuild => Source::SoftwareGuild,
        }
    }

    /// Whose ladder, in a sentence: "Software Guild's", or "the reports'"
    /// for the ladder the article gives "according to reports" (it names
    /// no source for it, so neither does the page).
    pub fn owner(self) -> &'static str {
        match self {
            Ladder::PayScale => "the reports'",
            Ladder::SoftwareGuild => "Software Guild's",
        }
    }

    /// [`Ladder::owner`] at the start of a sentence.
    pub fn owner_cap(self) -> &'static str {
        match self {
            Ladder::PayScale => "The reports'",
            Ladder::SoftwareGuild => "Software Guild's",
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
        self.lead_in(&Shape::DEFAULT)
    }

    /// The team-lead value under `s`: twice entry, held at senior if `s.lead_hold`.
    pub fn lead_in(self, s: &Shape) -> f64 {
        let [entry, _, senior] = self.bands();
        let twice = d::LEAD_RATIO.value * entry.value;
        if s.lead_hold {
            twice.max(senior.value)
        } else {
            twice
        }
    }

    /// True when the team-lead rule was overridden by the senior figure.
    pub fn lead_held_at_senior(self) -> bool {
        let [entry, _, senior] = self.bands();
        d::LEAD_RATIO.value * entry.value < senior.value
    }

    /// The four anchor points (years, USD/year).
    pub fn anchors(self) -> [(f64, f64); 4] {
        self.anchors_in(&Shape::DEFAULT)
    }

    /// The four anchor points under `s`.
    pub fn anchors_in(self, s: &Shape) -> [(f64, f64); 4] {
        let [a, b, c] = self.bands();
        let y = s.anchors;
        [
            (y[0], a.value),
            (y[1], b.value),
            (y[2], c.value),
            (y[3], self.lead_in(s)),
        ]
    }

    /// Annual pay at `years`: straight lines between anchors, flat outside them,
    /// so there is no cliff at any band edge.
    pub fn at(self, years: f64) -> f64 {
        self.at_in(years, &Shape::DEFAULT)
    }

    /// [`Ladder::at`] under the shape assumptions `s`.
    pub fn at_in(self, years: f64, s: &Shape) -> f64 {
        interpolate(&self.anchors_in(s), years)
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
    level_position_in(years, &Shape::DEFAULT)
}

/// [`level_position`] with the first three anchors of `s`.
pub fn level_position_in(years: f64, s: &Shape) -> f64 {
    let y = s.anchors;
    interpolate(&[(y[0], 0.0), (y[1], 0.5), (y[2], 1.0)], years)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::estimate::estimate;
    use crate::inputs::{Inputs, Mode, DEFAULT_ANCHOR_TENTHS};

    #[test]
    fn the_default_shape_is_the_old_constants() {
        let s = Shape::of(&Assumptions::default());
        assert_eq!(s, Shape::DEFAULT);
        assert_eq!(DEFAULT_ANCHOR_TENTHS.map(|t| t as f64 / 10.0), ANCHOR_YEARS);
    }

    #[test]
    fn anchors_and_hold_move_the_estimate() {
        let mut i = Inputs {
            years: 3,
            ..Inputs::default()
        };
        let before = estimate(&i).annual;
        i.assumptions.anchor_tenths[1] = 40; // 1–4 year figure placed at 4 years
        let after = estimate(&i).annual;
        assert!(after < before, "{before} {after}");
        // Out of order anchors are raised, never NaN, and the panel says so.
        assert_eq!(raised_anchors_note(&i.assumptions), None);
        i.assumptions.anchor_tenths = [0, 25, 20, 200];
        assert_eq!(
            raised_anchors_note(&i.assumptions).as_deref(),
            Some("Anchors go forward in time, each at or after the one before it: 5–9 year / senior figure set at 2 years is used at 2½ years.")
        );
        i.assumptions.anchor_tenths = [300, 0, 0, 0];
        let note = raised_anchors_note(&i.assumptions).unwrap();
        assert_eq!(note.matches("is used at 30 years").count(), 3, "{note}");
        assert!(!note.contains("Junior"), "{note}");
        for y in [0, 10, 30, 50] {
            i.years = y;
            assert!(estimate(&i).annual.is_finite());
        }
        // The freelance position follows the anchors.
        let mut f = Inputs {
            years: 5,
            mode: Mode::Freelance,
            ..Inputs::default()
        };
        let r0 = estimate(&f).freelance.rate;
        f.assumptions.anchor_tenths[2] = 100;
        assert!(estimate(&f).freelance.rate < r0);
        // Without the hold, Software Guild's lead is twice entry (68,000).
        let s = Shape {
            lead_hold: false,
            ..Shape::DEFAULT
        };
        assert_eq!(Ladder::SoftwareGuild.lead_in(&s), 68_000.0);
        assert_eq!(Ladder::SoftwareGuild.lead(), 98_000.0);
    }

    #[test]
    fn city_premium_on_guild_and_india_shape_are_switches() {
        use crate::inputs::Location;
        let mut i = Inputs {
            years: 7,
            location: Location::ALL
                .iter()
                .copied()
                .find(|l| l.city_premium().is_some())
                .unwrap(),
            ..Inputs::default()
        };
        let on = estimate(&i).salaried;
        i.assumptions.city_on_guild = false;
        let off = estimate(&i).salaried;
        assert_eq!(on.payscale, off.payscale);
        assert_eq!(
            off.guild, 98_000.0,
            "Software Guild's senior figure, no premium"
        );
        assert_ne!(on.guild, off.guild);
        let mut india = Inputs {
            years: 7,
            location: Location::India,
            ..Inputs::default()
        };
        let shaped = estimate(&india).salaried;
        india.assumptions.india_shape = false;
        let flat = estimate(&india).salaried;
        assert_eq!(flat.payscale, flat.guild);
        assert!(
            (flat.payscale - 700_000.0 / 85.6).abs() < 1.0,
            "{}",
            flat.payscale
        );
        assert_ne!(shaped.payscale, flat.payscale);
        assert!(estimate(&india)
            .details()
            .iter()
            .any(|d| d.contains("flat") || d.contains("as it is")));
    }
}
