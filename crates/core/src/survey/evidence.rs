//! Uncertainty and the verdict rules, defined once: the confidence level,
//! the distribution-free order-statistic interval for a percentile, the
//! bootstrap settings for differences and ratios, and the rules that turn
//! intervals into a [`Verdict`]. The data build (`xtask`) applies these rules
//! and stores the intervals; the page prints the constants beside the verdicts.

use super::format::{Percentiles, Verdict};

/// Confidence level of every interval, in per mille (950 = 95 %).
pub const CONFIDENCE_PERMILLE: u32 = 950;
/// Resamples of the bootstrap for differences and ratios of medians.
pub const BOOTSTRAP_RESAMPLES: u32 = 2000;
/// Seed of the bootstrap's pseudo-random generator (splitmix64), so the data
/// build is byte-identical on every run. Each claim mixes in its own id.
pub const BOOTSTRAP_SEED: u64 = 0x00bd_5c20_2410_0001;
/// An order or ratio relation holds when at least this share of the
/// bootstrap resamples (per mille) agrees with it, and is contradicted when
/// at most `1000 − AGREE_PERMILLE` do; otherwise "can't tell".
pub const AGREE_PERMILLE: u32 = 950;
/// "≈" between two medians: within this many per cent of the larger one.
pub const NEAR_EQUAL_PCT: f64 = 5.0;
/// "Roughly twice": a ratio within ×2 ± this share (1.5 to 2.5).
pub const ROUGHLY_RATIO_TOLERANCE: f64 = 0.25;
/// City premium against the DOL factor: within this many percentage points agrees.
pub const CITY_TOLERANCE_POINTS: f64 = 10.0;
/// Percentile levels the tables store, in per cent.
pub const PERCENTILE_LEVELS: [u32; 5] = [10, 25, 50, 75, 90];

/// A confidence interval, in the unit of the figure it belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct Interval {
    /// Lower end.
    pub lo: u32,
    /// Upper end.
    pub hi: u32,
}

impl Interval {
    /// The interval of a published figure with no sampling error stated: the value itself.
    pub fn exact(v: u32) -> Interval {
        Interval { lo: v, hi: v }
    }
}

/// 95 % intervals of p10, p25, p50, p75, p90 (same order as [`PERCENTILE_LEVELS`]).
pub type PercentileIntervals = [Interval; 5];

/// The 1-based ranks (l, u) of the order statistics that bound the
/// distribution-free interval for the `p` quantile of `n` values:
/// [x(l), x(u)] covers the true quantile with probability ≥
/// [`CONFIDENCE_PERMILLE`] (P(l ≤ B < u) for B ~ Binomial(n, p)), with at most
/// half the miss on each side. When a tail is too thin for that (small n,
/// extreme p) the end is clamped to x(1) or x(n) and the coverage on that side
/// is what the sample allows. `None` for `n == 0` or `p` outside (0, 1).
pub fn quantile_ci_ranks(n: usize, p: f64) -> Option<(usize, usize)> {
    if n == 0 || p.is_nan() || p <= 0.0 || p >= 1.0 {
        return None;
    }
    let tail = (1000 - CONFIDENCE_PERMILLE) as f64 / 2000.0;
    // Binomial pmf by the recurrence in log space (no underflow for large n).
    let (lp, lq) = (p.ln(), (1.0 - p).ln());
    let mut log_pmf = n as f64 * lq;
    let mut cdf = 0.0; // P(B ≤ k − 1) before step k
    let (mut l, mut u) = (0usize, n + 1);
    for k in 0..=n {
        // Here cdf = P(B < k): l is the largest k with P(B < k) ≤ tail.
        if cdf <= tail {
            l = k;
        }
        cdf += log_pmf.exp();
        // Now cdf = P(B ≤ k): u is the smallest k + 1 with P(B ≥ k + 1) ≤ tail.
        if u == n + 1 && 1.0 - cdf <= tail {
            u = k + 1;
        }
        if k < n {
            log_pmf += ((n - k) as f64).ln() - ((k + 1) as f64).ln() + lp - lq;
        }
    }
    Some((l.clamp(1, n), u.clamp(1, n)))
}

/// Where a value stands against a distribution with intervals. Agrees only if
/// it is inside the middle half for every p25 and p75 in their intervals
/// (p25's upper end ≤ value ≤ p75's lower end); disagrees only if it is
/// outside p10–p90 for every p10 and p90 in their intervals (below p10's lower
/// end or above p90's upper end); can't tell otherwise. Published figures
/// without an interval use [`Interval::exact`].
pub fn position_verdict(value: f64, ci: &PercentileIntervals) -> Verdict {
    let [p10, p25, _, p75, p90] = ci.map(|i| (i.lo as f64, i.hi as f64));
    if value >= p25.1 && value <= p75.0 {
        Verdict::Agrees
    } else if value < p10.0 || value > p90.1 {
        Verdict::Disagrees
    } else {
        Verdict::CantTell
    }
}

/// Intervals of published percentiles (no sampling error stated).
pub fn exact_intervals(p: &Percentiles) -> PercentileIntervals {
    [p.p10, p.p25, p.p50, p.p75, p.p90].map(Interval::exact)
}

/// The verdict of one relation from the share of bootstrap resamples (per
/// mille) in which it holds: ≥ [`AGREE_PERMILLE`] agrees, ≤ 1000 − that
/// disagrees, otherwise can't tell.
pub fn share_verdict(agree_permille: u32) -> Verdict {
    if agree_permille >= AGREE_PERMILLE {
        Verdict::Agrees
    } else if agree_permille <= 1000 - AGREE_PERMILLE {
        Verdict::Disagrees
    } else {
        Verdict::CantTell
    }
}

/// A claim made of several relations: disagrees if any is contradicted,
/// agrees if all hold, can't tell otherwise (or when there are none).
pub fn combine(verdicts: &[Verdict]) -> Verdict {
    if verdicts.contains(&Verdict::Disagrees) {
        Verdict::Disagrees
    } else if !verdicts.is_empty() && verdicts.iter().all(|v| *v == Verdict::Agrees) {
        Verdict::Agrees
    } else {
        Verdict::CantTell
    }
}

/// One figure a value claim is positioned against, with its intervals.
#[derive(Clone, Debug, PartialEq)]
pub struct ClaimDist {
    /// Whether the verdict rests on this population (exactly one per claim
    /// that has distributions); the others are shown beside it.
    pub basis: bool,
    /// The population, e.g. "US software developers (BLS 15-1252)".
    pub label: String,
    /// Dataset, e.g. "BLS OEWS May 2024".
    pub source: String,
    /// Percentiles (USD/yr); `stats.n` is respondents, 0 for BLS.
    pub stats: Percentiles,
    /// Employment count (BLS), 0 for surveys. Not a number of respondents.
    pub employment: u32,
    /// 95 % intervals of the percentiles; `None` for published figures
    /// (BLS, where no sampling error is bundled).
    pub ci: Option<PercentileIntervals>,
}

impl ClaimDist {
    /// The intervals the rule uses: the stored ones, or the published values as exact.
    pub fn intervals(&self) -> PercentileIntervals {
        self.ci.unwrap_or_else(|| exact_intervals(&self.stats))
    }
}

/// One relation of an order, ratio or role claim, with its bootstrap result.
#[derive(Clone, Debug, PartialEq)]
pub struct ClaimRelation {
    /// Left group, e.g. "US back-end, Stack Overflow 2024".
    pub left: String,
    /// `>`, `<`, `≈` (medians), `>2×` (ratio above 2) or `≈2×` (ratio roughly 2).
    pub relation: String,
    /// Right group.
    pub right: String,
    /// Share of the [`BOOTSTRAP_RESAMPLES`] in which the relation holds, per mille.
    pub agree_permille: u32,
    /// 95 % bootstrap interval of the difference (USD/yr, left − right) or of the ratio.
    pub lo: f64,
    /// See `lo`.
    pub hi: f64,
    /// `USD/yr` (a difference) or `ratio`.
    pub unit: String,
    /// [`share_verdict`] of `agree_permille` (or can't tell for a group under `MIN_N`).
    pub verdict: Verdict,
}

/// The national reference the metro factors are taken against.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NationalRef {
    /// Cents per hour.
    pub cents: u32,
    /// `true`: a published figure (BLS mean); `false`: a fitted approximation.
    pub published: bool,
    /// What it is, e.g. "BLS OEWS May 2024 published mean, 144,570 USD/yr ÷ 2,080 h".
    pub label: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ranks_follow_the_binomial() {
        // n = 100, median: the classic table gives x(40)..x(61) at 95 %.
        assert_eq!(quantile_ci_ranks(100, 0.5), Some((40, 61)));
        assert_eq!(quantile_ci_ranks(0, 0.5), None);
        assert_eq!(quantile_ci_ranks(10, 1.0), None);
        let (l, u) = quantile_ci_ranks(30, 0.1).unwrap();
        assert!(l == 1 && u > 3 && u <= 30, "{l} {u}");
    }

    #[test]
    fn rules() {
        let i = |lo, hi| Interval { lo, hi };
        let ci = [i(10, 20), i(30, 40), i(50, 60), i(70, 80), i(90, 100)];
        assert_eq!(position_verdict(55.0, &ci), Verdict::Agrees);
        assert_eq!(position_verdict(35.0, &ci), Verdict::CantTell);
        assert_eq!(position_verdict(9.0, &ci), Verdict::Disagrees);
        assert_eq!(position_verdict(95.0, &ci), Verdict::CantTell);
        assert_eq!(position_verdict(101.0, &ci), Verdict::Disagrees);
        assert_eq!(share_verdict(950), Verdict::Agrees);
        assert_eq!(share_verdict(810), Verdict::CantTell);
        assert_eq!(share_verdict(50), Verdict::Disagrees);
        assert_eq!(
            combine(&[Verdict::Agrees, Verdict::CantTell]),
            Verdict::CantTell
        );
        assert_eq!(
            combine(&[Verdict::Agrees, Verdict::Disagrees]),
            Verdict::Disagrees
        );
        assert_eq!(combine(&[]), Verdict::CantTell);
    }
}
