//! The bootstrap for relations between two groups' medians (differences and
//! ratios): the core's `BOOTSTRAP_RESAMPLES` resamples of each group with a
//! splitmix64 generator seeded from the core's `BOOTSTRAP_SEED` and the
//! relation's own name, so the data build is byte-identical on every run.

use bdsc_core::survey::{fnv1a64, BOOTSTRAP_RESAMPLES, BOOTSTRAP_SEED};

use crate::stats::percentile;

/// splitmix64: small, fast, and fully determined by its seed.
pub struct Rng(u64);

impl Rng {
    /// A generator for the relation named `name`.
    pub fn for_name(name: &str) -> Rng {
        Rng(BOOTSTRAP_SEED ^ fnv1a64(name.as_bytes()))
    }
    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }
    /// A uniform index below `n` (`n` > 0; the modulo bias is < n / 2^64).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }
}

/// The type 7 median of a resample (with replacement) of `sorted`, found by
/// counting how often each rank is drawn: O(n), no sort.
pub fn resample_median(sorted: &[f64], rng: &mut Rng, counts: &mut Vec<u32>) -> f64 {
    let n = sorted.len();
    counts.clear();
    counts.resize(n, 0);
    for _ in 0..n {
        counts[rng.below(n)] += 1;
    }
    // Ranks (0-based) ⌊h⌋ and ⌊h⌋ + 1 of the resample, h = (n − 1) / 2.
    let h = (n - 1) as f64 * 0.5;
    let lo = h.floor() as usize;
    let (mut at_lo, mut at_hi) = (None, None);
    let mut seen = 0usize;
    for (i, &c) in counts.iter().enumerate() {
        seen += c as usize;
        if at_lo.is_none() && seen > lo {
            at_lo = Some(sorted[i]);
        }
        if seen > (lo + 1).min(n - 1) {
            at_hi = Some(sorted[i]);
            break;
        }
    }
    let (a, b) = (at_lo.unwrap_or(0.0), at_hi.unwrap_or(0.0));
    a + (h - lo as f64) * (b - a)
}

/// Result of a bootstrap relation.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Boot {
    /// Share of resamples in which the relation holds, per mille.
    pub agree_permille: u32,
    /// 2.5th percentile of the statistic over the resamples.
    pub lo: f64,
    /// 97.5th percentile of the statistic.
    pub hi: f64,
}

/// Bootstraps `stat(median a, median b)` over resamples of the sorted groups
/// `a` and `b`; `holds(median a, median b)` says whether the relation holds
/// in one resample.
pub fn bootstrap(
    name: &str,
    a: &[f64],
    b: &[f64],
    stat: impl Fn(f64, f64) -> f64,
    holds: impl Fn(f64, f64) -> bool,
) -> Boot {
    if a.is_empty() || b.is_empty() {
        return Boot {
            agree_permille: 0,
            lo: 0.0,
            hi: 0.0,
        };
    }
    let mut rng = Rng::for_name(name);
    let mut counts = Vec::new();
    let mut stats = Vec::with_capacity(BOOTSTRAP_RESAMPLES as usize);
    let mut agree = 0u32;
    for _ in 0..BOOTSTRAP_RESAMPLES {
        let ma = resample_median(a, &mut rng, &mut counts);
        let mb = resample_median(b, &mut rng, &mut counts);
        let s = stat(ma, mb);
        agree += holds(ma, mb) as u32;
        stats.push(s);
    }
    stats.sort_by(|x, y| x.total_cmp(y));
    Boot {
        // Rounded down, so a share just under the threshold never rounds up to it.
        agree_permille: agree * 1000 / BOOTSTRAP_RESAMPLES,
        lo: percentile(&stats, 0.025),
        hi: percentile(&stats, 0.975),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn resample_median_is_the_median_of_the_drawn_values() {
        let sorted: Vec<f64> = (0..7).map(|i| (i * 10) as f64).collect();
        let mut counts = Vec::new();
        // Draw the same indices with a twin generator and take the median by sorting.
        for seed in ["a", "b", "c"] {
            let (mut r1, mut r2) = (Rng::for_name(seed), Rng::for_name(seed));
            let m = resample_median(&sorted, &mut r1, &mut counts);
            let mut drawn: Vec<f64> = (0..7).map(|_| sorted[r2.below(7)]).collect();
            drawn.sort_by(|x, y| x.total_cmp(y));
            assert_eq!(m, drawn[3], "{seed}");
        }
        let even: Vec<f64> = vec![1.0, 2.0, 3.0, 4.0];
        let (mut r1, mut r2) = (Rng::for_name("e"), Rng::for_name("e"));
        let m = resample_median(&even, &mut r1, &mut counts);
        let mut drawn: Vec<f64> = (0..4).map(|_| even[r2.below(4)]).collect();
        drawn.sort_by(|x, y| x.total_cmp(y));
        assert_eq!(m, (drawn[1] + drawn[2]) / 2.0);
    }

    #[test]
    fn bootstrap_is_deterministic_and_separates_distinct_groups() {
        let a: Vec<f64> = (0..60).map(|i| 1000.0 + i as f64).collect();
        let b: Vec<f64> = (0..60).map(|i| 2000.0 + i as f64).collect();
        let r = bootstrap("x", &b, &a, |x, y| x - y, |x, y| x > y);
        assert_eq!(r, bootstrap("x", &b, &a, |x, y| x - y, |x, y| x > y));
        assert_eq!(r.agree_permille, 1000);
        assert!(r.lo > 900.0 && r.hi < 1100.0, "{r:?}");
        let same = bootstrap("y", &a, &a, |x, y| x - y, |x, y| x > y);
        assert!(same.agree_permille < 950 && same.lo <= 0.0 && same.hi >= 0.0);
    }
}
