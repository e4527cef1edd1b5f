//! The article's claims checked against the data. The article's figures come
//! from `bdsc_core::dataset` alone; each claim becomes the core's
//! [`Claim`], with a [`Verdict`] and an explanation generated from the numbers.
//! The rules are in docs/data.md.

mod orders;
mod values;

use bdsc_core::survey::{Bls, Claim, ClaimFigure, LevelRow, Percentiles, Verdict, MIN_N};

use crate::sources::dol::Area;
use crate::sources::Resp;
use crate::stats::stats;

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
    /// National Level III, cents per hour (rounded, as stored).
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
    out.extend(orders::roles(c));
    out.push(values::india(c));
    out.push(values::hourly());
    out
}

/// A claim from its parts; `figures` are `dataset` figures.
fn claim(
    id: &str,
    figures: &[&bdsc_core::dataset::Figure],
    article: String,
    data: Vec<ClaimFigure>,
    verdict: Verdict,
    explanation: String,
) -> Claim {
    Claim {
        id: id.into(),
        figure_ids: figures.iter().map(|f| f.id.to_string()).collect(),
        article,
        data,
        verdict,
        explanation,
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

/// A figure of the median of `v`.
fn med_fig(label: String, v: &[f64], source: &str) -> ClaimFigure {
    let p = stats(v);
    ClaimFigure {
        label,
        value: p.p50 as f64,
        unit: "USD/yr".into(),
        n: p.n,
        source: source.into(),
    }
}

/// Value against a distribution: inside p25–p75 agrees, outside p10–p90
/// disagrees, in between can't tell. `inconclusive` ends the can't-tell text.
fn position(value: f64, p: &Percentiles, what: &str, inconclusive: &str) -> (Verdict, String) {
    let [p10, p25, p50, p75, p90] = [p.p10, p.p25, p.p50, p.p75, p.p90].map(|x| x as f64);
    let range = format!(
        "{what} (n = {}): median {}, middle half {}–{}, p10–p90 {}–{}",
        p.n,
        usd(p50),
        usd(p25),
        usd(p75),
        usd(p10),
        usd(p90)
    );
    if value >= p25 && value <= p75 {
        (
            Verdict::Agrees,
            format!("{} lies inside the middle half of {range}.", usd(value)),
        )
    } else if value < p10 || value > p90 {
        let side = if value < p10 {
            "below the 10th"
        } else {
            "above the 90th"
        };
        (
            Verdict::Disagrees,
            format!("{} is {side} percentile of {range}.", usd(value)),
        )
    } else {
        (
            Verdict::CantTell,
            format!(
                "{} is within p10–p90 but outside the middle half of {range}{inconclusive}.",
                usd(value)
            ),
        )
    }
}

/// [`position`] for survey pay; fewer than `MIN_N` respondents can't tell.
fn value_verdict(value: f64, v: &[f64], what: &str) -> (Verdict, String) {
    let p = stats(v);
    if p.n < MIN_N {
        return (Verdict::CantTell, format!("Only {} respondents for {what}, fewer than {MIN_N}, so there is no comparable figure.", p.n));
    }
    position(value, &p, what, ", which is inconclusive")
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
    fn value_verdict_follows_the_rule() {
        let v: Vec<f64> = (1..=100).map(|i| i as f64 * 1000.0).collect();
        assert_eq!(value_verdict(50_000.0, &v, "x").0, Verdict::Agrees);
        assert_eq!(value_verdict(5_000.0, &v, "x").0, Verdict::Disagrees);
        assert_eq!(value_verdict(95_000.0, &v, "x").0, Verdict::Disagrees);
        let (verdict, text) = value_verdict(85_000.0, &v, "x");
        assert_eq!(verdict, Verdict::CantTell);
        assert!(text.ends_with("which is inconclusive."), "{text}");
        let (verdict, text) = value_verdict(50_000.0, &v[..29], "x");
        assert_eq!(
            (verdict, text.starts_with("Only 29 respondents")),
            (Verdict::CantTell, true)
        );
    }
}
