//! The intervals and verdicts of a build on the tiny sources of `tests.rs`,
//! pinned against an independent computation written here: the binomial
//! tail from log-factorials (not the core's recurrence), the fixture's pay
//! values from the formulas that wrote them (not the build's cleaning), and
//! the stored median interval's rounding rule restated.

use bdsc_core::survey::{Claim, Query, SurveyData, SurveySource, Verdict};

use super::tests::fixture_data;

/// ln k! by summing logarithms.
fn ln_fact(k: usize) -> f64 {
    (2..=k).map(|i| (i as f64).ln()).sum()
}

/// P(B ≤ k) for B ~ Binomial(n, p), term by term from log-factorials.
fn binom_cdf(n: usize, p: f64, k: isize) -> f64 {
    (0..=k.max(-1))
        .filter(|&j| j >= 0)
        .map(|j| {
            let j = j as usize;
            (ln_fact(n) - ln_fact(j) - ln_fact(n - j)
                + j as f64 * p.ln()
                + (n - j) as f64 * (1.0 - p).ln())
            .exp()
        })
        .sum()
}

/// The 95 % order-statistic interval [x(l), x(u)] of the `p` quantile of
/// `sorted`: l the largest rank with P(B < l) ≤ 2.5 %, u the smallest with
/// P(B ≥ u) ≤ 2.5 %, clamped to 1..=n.
fn interval(sorted: &[f64], p: f64) -> (f64, f64) {
    let n = sorted.len();
    let l = (1..=n)
        .rev()
        .find(|&k| binom_cdf(n, p, k as isize - 1) <= 0.025)
        .unwrap_or(1);
    let u = (1..=n)
        .find(|&k| 1.0 - binom_cdf(n, p, k as isize - 1) <= 0.025)
        .unwrap_or(n);
    (sorted[l - 1], sorted[u - 1])
}

/// The fixture's pay values (see `tests::fixture`), sorted.
fn arith(start: f64, step: f64, count: usize) -> Vec<f64> {
    (0..count).map(|i| start + step * i as f64).collect()
}

fn claim<'a>(d: &'a SurveyData, id: &str) -> &'a Claim {
    d.claim(id).unwrap_or_else(|| panic!("claim {id} missing"))
}

/// The median's interval of a claim figure, by label.
fn fig_ci(c: &Claim, label: &str) -> (f64, f64) {
    let f = c.data.iter().find(|f| f.label == label).unwrap_or_else(|| {
        panic!(
            "{}: no figure {label}: {:?}",
            c.id,
            c.data.iter().map(|f| &f.label).collect::<Vec<_>>()
        )
    });
    f.ci.unwrap_or_else(|| panic!("{label}: no interval"))
}

#[test]
fn median_intervals_of_six_groups_match_an_independent_computation() {
    let d = fixture_data("evidence");
    let us_be24 = arith(100_000.0, 1_000.0, 40);
    let us_fe24 = arith(70_000.0, 500.0, 40);
    let india_be24 = arith(6_000.0, 200.0, 30);
    let us_be25 = arith(90_000.0, 2_100.0, 40);
    let us_fe25 = arith(91_400.0, 2_100.0, 40);
    let us_fs25 = arith(90_700.0, 2_100.0, 40);
    let fe = claim(&d, "role-backend-frontend");
    let fs = claim(&d, "role-backend-fullstack");
    let cases = [
        (fe, "US back-end, median (Stack Overflow 2024)", &us_be24),
        (fe, "US front-end, median (Stack Overflow 2024)", &us_fe24),
        (fe, "US back-end, median (Stack Overflow 2025)", &us_be25),
        (fe, "US front-end, median (Stack Overflow 2025)", &us_fe25),
        (fs, "US full-stack, median (Stack Overflow 2025)", &us_fs25),
        (
            claim(&d, "india-average"),
            "India back-end, median",
            &india_be24,
        ),
    ];
    for (c, label, values) in cases {
        assert_eq!(fig_ci(c, label), interval(values, 0.5), "{label}");
    }
    // n = 40, median: ranks 14 and 27 (P(B ≤ 13) = 1.9 %, P(B ≥ 27) = 1.9 %).
    assert_eq!(interval(&us_be24, 0.5), (113_000.0, 126_000.0));

    // The group tables store the same interval rounded outward to tenths of
    // the way to p25 / p75 (at least 100 USD a step): it must contain the
    // exact one and be at most one step wider on each side.
    for (role, year, country, values) in [
        ("backend", SurveySource::So2024, "us", &us_be24),
        ("frontend", SurveySource::So2024, "us", &us_fe24),
        ("backend", SurveySource::So2024, "India", &india_be24),
        ("backend", SurveySource::So2025, "us", &us_be25),
        ("fullstack", SurveySource::So2025, "us", &us_fs25),
    ] {
        let q = Query {
            role,
            country: Some(country),
            ..Query::default()
        };
        let g = d.distribution_from(year, &q).unwrap();
        assert_eq!(g.stats.n as usize, values.len(), "{role} {country}");
        let (lo, hi) = interval(values, 0.5);
        let s = g.stats;
        let step_lo = ((s.p50 - s.p25) / 10).max(100) as f64;
        let step_hi = ((s.p75 - s.p50) / 10).max(100) as f64;
        let (slo, shi) = (g.median_ci.lo as f64, g.median_ci.hi as f64);
        assert!(
            slo <= lo && lo - slo < step_lo,
            "{role} {country}: {slo} vs {lo}"
        );
        assert!(
            shi >= hi && shi - hi < step_hi,
            "{role} {country}: {shi} vs {hi}"
        );
    }
}

#[test]
fn every_percentile_interval_of_the_claim_distributions_matches() {
    let d = fixture_data("evidence-dists");
    // us-average: BLS is the basis (published, no interval, employment not n);
    // Stack Overflow US back-end 2024 beside it with exact intervals.
    let c = claim(&d, "us-average");
    let (bls, so) = (&c.dists[0], &c.dists[1]);
    assert!(bls.basis && !so.basis);
    assert_eq!((bls.stats.n, bls.employment, bls.ci), (0, 1000, None));
    // 89,766 against the fixture's BLS p10 80,000 / p25 100,000: can't tell.
    assert_eq!(c.verdict, Verdict::CantTell);
    let us_be24 = arith(100_000.0, 1_000.0, 40);
    let india = arith(6_000.0, 200.0, 30);
    let us_band1 = arith(70_000.0, 500.0, 40); // all working roles with 2–4 years: the front-end rows
    for (dist, values) in [
        (so, &us_be24),
        (&claim(&d, "india-average").dists[0], &india),
        (&claim(&d, "ps-mid").dists[0], &us_band1),
        (&claim(&d, "ps-senior").dists[0], &us_be24),
    ] {
        let ci = dist
            .ci
            .unwrap_or_else(|| panic!("{}: no intervals", dist.label));
        for (k, p) in [0.10, 0.25, 0.50, 0.75, 0.90].into_iter().enumerate() {
            let (lo, hi) = interval(values, p);
            assert_eq!(
                (ci[k].lo as f64, ci[k].hi as f64),
                (lo, hi),
                "{} p{}",
                dist.label,
                p * 100.0
            );
        }
    }
}

#[test]
fn national_reference_is_the_published_mean_and_relations_carry_their_rule() {
    let d = fixture_data("evidence-ref");
    // The fixture's BLS mean 140,000 / 2,080 h = 67.31 USD/h, published.
    let r = d.national_reference();
    assert_eq!((r.cents, r.published), (6731, true));
    assert_eq!(d.national_l3_cents(), 6731);
    // San Francisco 90.18 against 67.31: +34.0 %.
    assert_eq!(d.metro(41860).map(|m| m.factor_tenths_pct), Some(340));
    // US back-end 2024 (100k..139k) against front-end (70k..89.5k): every
    // resample agrees, so the relation holds; in 2025 back-end (90,000 + 2,100 j)
    // sits 1,400 below front-end, so "back-end > front-end" can't hold clearly.
    let c = claim(&d, "role-backend-frontend");
    assert_eq!(c.relations.len(), 2);
    assert_eq!(
        (c.relations[0].agree_permille, c.relations[0].verdict),
        (1000, Verdict::Agrees)
    );
    assert_ne!(c.relations[1].verdict, Verdict::Agrees);
    assert_ne!(c.verdict, Verdict::Agrees);
    assert!(c
        .relations
        .iter()
        .all(|r| r.lo <= r.hi && r.unit == "USD/yr"));
}
