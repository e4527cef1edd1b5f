//! The article's claims checked against the data. The article's figures come
//! from `bdsc_core::dataset` alone; each claim becomes the core's
//! [`Claim`], with a [`Verdict`] and an explanation generated from the numbers.
//! The rules are in docs/data.md.

mod orders;
mod ratios;
mod relate;
mod roles;
mod values;

use bdsc_core::survey::{
    position_verdict, Bls, Claim, ClaimDist, ClaimFigure, Interval, LevelRow, Percentiles, Verdict,
    MIN_N,
};

use crate::sources::dol::Area;
use crate::sources::Resp;
use crate::stats::{percentile_cis, sorted, stats};

/// Dataset names as the claim figures cite them.
pub const SRC24: &str = "Stack Overflow 2024";
/// See [`SRC24`].
pub const SRC25: &str = "Stack Overflow 2025";
/// See [`SRC24`].
pub const SRC_DOL: &str = "DOL OFLC 2025-26";
/// See [`SRC24`].
pub const SRC_AIJ: &str = "aijobs.net";
/// See [`SRC24`].
pub const SRC_BLS: &str = "BLS OEWS May 2024";
/// The surveys' name for the United States.
pub const US: &str = "United States of America";

/// Everything the claims are checked against.
pub struct Ctx<'a> {
    /// Stack Overflow 2024 respondents.
    pub s24: &'a [Resp],
    /// Stack Overflow 2025 respondents.
    pub s25: &'a [Resp],
    /// DOL areas.
    pub areas: &'a [Area],
    /// National reference (BLS published mean), cents per hour.
    pub nat_l3_cents: f64,
    /// BLS 15-1252.
    pub bls: &'a Bls,
    /// aijobs.net levels.
    pub aij: &'a [LevelRow],
}

/// Every claim, in the order of the file.
pub fn claims(c: &Ctx) -> Vec<Claim> {
    let mut out = vec![values::us_average(c)];
    out.extend(values::payscale(c));
    out.extend(values::software_guild(c));
    out.extend(values::cities(c));
    out.extend(orders::languages(c));
    out.extend(orders::industries(c));
    out.extend(roles::us_roles(c));
    out.push(roles::by_country(c));
    out.extend(ratios::ratios(c));
    out.push(values::india(c));
    out.push(values::hourly());
    out
}

/// A claim from its parts; `figures` are `dataset` figures. Distributions
/// and relations are added by the caller.
fn claim(
    id: &str,
    figures: &[&bdsc_core::dataset::Figure],
    article: String,
    data: Vec<ClaimFigure>,
    (verdict, explanation): (Verdict, String),
    basis: String,
) -> Claim {
    Claim {
        id: id.into(),
        figure_ids: figures.iter().map(|f| f.id.to_string()).collect(),
        article,
        data,
        verdict,
        explanation,
        basis,
        dists: Vec::new(),
        relations: Vec::new(),
    }
}

/// "$171,000": whole dollars with thousands separators.
pub fn usd(v: f64) -> String {
    let s = (v.round().max(0.0) as u64).to_string();
    let mut out = String::from("$");
    for (i, ch) in s.chars().enumerate() {
        if i > 0 && (s.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(ch);
    }
    out
}

/// A figure of the median of `v`, with its 95 % order-statistic interval.
fn med_fig(label: String, v: &[f64], source: &str) -> ClaimFigure {
    let p = stats(v);
    ClaimFigure {
        label,
        value: p.p50 as f64,
        unit: "USD/yr".into(),
        n: p.n,
        employment: 0,
        ci: percentile_cis(&sorted(v)).map(|c| c[2]),
        source: source.into(),
    }
}

/// A survey distribution with the intervals of its five percentiles.
fn dist(label: &str, v: &[f64], source: &str, basis: bool) -> ClaimDist {
    let ci = percentile_cis(&sorted(v)).map(|c| {
        c.map(|(lo, hi)| Interval {
            lo: lo as u32,
            hi: hi as u32,
        })
    });
    ClaimDist {
        basis,
        label: label.into(),
        source: source.into(),
        stats: stats(v),
        employment: 0,
        ci,
    }
}

/// A ladder row (aijobs.net level) as a distribution without intervals.
fn level_dist(label: &str, p: Percentiles, source: &str, basis: bool) -> ClaimDist {
    ClaimDist {
        basis,
        label: label.into(),
        source: source.into(),
        stats: p,
        employment: 0,
        ci: None,
    }
}

/// BLS's published distribution: no respondents, an employment count, no interval.
fn bls_dist(b: &Bls, basis: bool) -> ClaimDist {
    ClaimDist {
        basis,
        label: "US software developers, all (BLS 15-1252, base wages)".into(),
        source: SRC_BLS.into(),
        stats: Percentiles {
            p10: b.p10,
            p25: b.p25,
            p50: b.p50,
            p75: b.p75,
            p90: b.p90,
            n: 0,
        },
        employment: b.employment,
        ci: None,
    }
}

/// "label (n = 562; median $171,300 [$165,000–$180,000])": the population
/// in a few words; the full percentiles are in the claim's distributions.
fn describe(d: &ClaimDist) -> String {
    let size = if d.employment > 0 {
        format!(
            "employment {}",
            usd(d.employment as f64).trim_start_matches('$')
        )
    } else {
        // Grouped as the page groups every count ("n = 5,200", not 5200).
        format!("n = {}", usd(d.stats.n as f64).trim_start_matches('$'))
    };
    let m = d.intervals()[2];
    let ci = if d.ci.is_some() {
        format!(" [{}–{}]", usd(m.lo as f64), usd(m.hi as f64))
    } else {
        String::new()
    };
    format!(
        "{} ({size}; median {}{ci})",
        d.label,
        usd(d.stats.p50 as f64)
    )
}

/// Where `value` stands against the intervals, in words, e.g. "between p10
/// ($79,850) and p25 ($103,050)".
fn where_is(value: f64, d: &ClaimDist) -> String {
    let ci = d.intervals();
    let p = [
        d.stats.p10,
        d.stats.p25,
        d.stats.p50,
        d.stats.p75,
        d.stats.p90,
    ];
    let names = ["p10", "p25", "median", "p75", "p90"];
    let within =
        |k: usize| value >= ci[k].lo as f64 && value <= ci[k].hi as f64 && ci[k].lo < ci[k].hi;
    if let Some(k) = [1usize, 3, 0, 4].into_iter().find(|&k| within(k)) {
        return format!(
            "within the 95 % interval of {} ({}–{})",
            names[k],
            usd(ci[k].lo as f64),
            usd(ci[k].hi as f64)
        );
    }
    let k = p.iter().position(|&x| value < x as f64).unwrap_or(5);
    match k {
        0 => format!("below p10 ({})", usd(p[0] as f64)),
        5 => format!("above p90 ({})", usd(p[4] as f64)),
        _ => format!(
            "between {} ({}) and {} ({})",
            names[k - 1],
            usd(p[k - 1] as f64),
            names[k],
            usd(p[k] as f64)
        ),
    }
}

/// A value against a distribution by the core's `position_verdict`, with
/// the reason in words.
fn position(value: f64, d: &ClaimDist) -> (Verdict, String) {
    let v = position_verdict(value, &d.intervals());
    let rule = match v {
        Verdict::Agrees => "clearly inside the middle half",
        Verdict::Disagrees => "clearly outside p10–p90",
        Verdict::CantTell => {
            "neither clearly inside the middle half nor clearly outside p10–p90, so can't tell"
        }
    };
    (
        v,
        format!(
            "{} is {} of {}: {rule}.",
            usd(value),
            where_is(value, d),
            describe(d)
        ),
    )
}

/// [`position`] for survey pay; fewer than `MIN_N` respondents can't tell.
fn value_verdict(value: f64, d: &ClaimDist) -> (Verdict, String) {
    if d.stats.n < MIN_N && d.employment == 0 {
        return (
            Verdict::CantTell,
            format!(
                "Only {} respondents for {}, fewer than {MIN_N}, so there is no comparable figure.",
                d.stats.n, d.label
            ),
        );
    }
    position(value, d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn usd_groups_thousands() {
        assert_eq!(
            (
                usd(0.0),
                usd(999.4),
                usd(89_766.0),
                usd(1_234_567.0),
                usd(-5.0)
            ),
            (
                "$0".into(),
                "$999".into(),
                "$89,766".into(),
                "$1,234,567".into(),
                "$0".into()
            )
        );
    }

    #[test]
    fn value_verdict_follows_the_rule_on_intervals() {
        let v: Vec<f64> = (1..=100).map(|i| i as f64 * 1000.0).collect();
        let d = dist("x", &v, "s", true);
        // Order-statistic intervals (n = 100): p25 ≈ x(17)..x(34), p75 ≈ x(67)..x(84),
        // p10 ≈ x(5)..x(17), p90 ≈ x(84)..x(96).
        assert_eq!(value_verdict(50_000.0, &d).0, Verdict::Agrees);
        assert_eq!(value_verdict(2_000.0, &d).0, Verdict::Disagrees);
        assert_eq!(value_verdict(99_000.0, &d).0, Verdict::Disagrees);
        // Outside p10–p90 but inside p90's interval: can't tell under the rule.
        let (verdict, text) = value_verdict(92_000.0, &d);
        assert_eq!(verdict, Verdict::CantTell);
        assert!(text.contains("within the 95 % interval of p90"), "{text}");
        assert!(text.ends_with("so can't tell."), "{text}");
        // Inside p25–p75 but within p25's interval: can't tell.
        assert_eq!(value_verdict(28_000.0, &d).0, Verdict::CantTell);
        let (verdict, text) = value_verdict(50_000.0, &dist("x", &v[..29], "s", true));
        assert_eq!(
            (verdict, text.starts_with("Only 29 respondents")),
            (Verdict::CantTell, true)
        );
    }
}
