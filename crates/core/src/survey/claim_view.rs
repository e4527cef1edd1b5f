//! What the page draws for one claim, decided here so the component only
//! renders: the article's value in the basis distribution's unit, the small
//! visual's positions (fractions of its width), and the rules printed from
//! the evidence constants.

use super::evidence::{
    ClaimDist, AGREE_PERMILLE, BOOTSTRAP_RESAMPLES, CITY_TOLERANCE_POINTS, CONFIDENCE_PERMILLE,
    NEAR_EQUAL_PCT, ROUGHLY_RATIO_TOLERANCE,
};
use super::format::{Claim, MIN_N};
use crate::dataset::{self, Unit};
use crate::estimate::Fmt;
use crate::inputs::Currency;
use crate::money::fixed;

/// The one-line visual of a claim, every position a fraction 0–1 of its width.
#[derive(Clone, Debug, PartialEq)]
pub enum Visual {
    /// A value against the basis distribution: p10–p90 line, p25–p75 box,
    /// the median's 95 % interval and the article's value.
    Position {
        /// p10 and p90.
        whisker: (f64, f64),
        /// p25 and p75.
        middle: (f64, f64),
        /// The median's interval (the median itself when published without one).
        median_ci: (f64, f64),
        /// The article's value.
        article: f64,
    },
    /// A percentage against the data's, with the tolerance band around the data's.
    Points {
        /// Data ± [`CITY_TOLERANCE_POINTS`].
        band: (f64, f64),
        /// The data's figure.
        data: f64,
        /// The article's figure.
        article: f64,
    },
    /// Relations: the share of resamples in which each holds, and the threshold.
    Shares {
        /// Each relation's share, 0–1.
        shares: Vec<f64>,
        /// [`AGREE_PERMILLE`] as a fraction.
        threshold: f64,
    },
    /// Nothing to draw (no comparable data).
    None,
}

/// The distribution the verdict rests on, if the claim has distributions.
pub fn basis_dist(c: &Claim) -> Option<&ClaimDist> {
    c.dists.iter().find(|d| d.basis)
}

/// The article's figure in the distributions' unit (USD a year): as stated,
/// or rupees at the default rate the data build used.
pub fn article_usd(c: &Claim) -> Option<f64> {
    let f = dataset::figure(c.figure_ids.first()?)?;
    match f.unit {
        Unit::UsdPerYear => Some(f.value),
        Unit::InrPerYear => Some(f.value / Currency::Inr.default_per_usd()),
        _ => None,
    }
}

/// `text` with each dollar amount in it (`$89,766`, `$90.18/h`, a range
/// `$80–100`) written as [`Fmt`] writes amounts: in the page's currency
/// with the dollars beside it, as the breakdown does. Unchanged in dollars.
pub fn dollars_in(text: &str, m: &Fmt) -> String {
    if m.currency == Currency::Usd {
        return text.to_string();
    }
    // By hand over the bytes (`$` and the digits are ASCII, so every cut is
    // a character boundary): iterator adapters would cost the wasm more.
    let b = text.as_bytes();
    let mut out = String::with_capacity(text.len() * 2);
    let (mut i, mut from) = (0, 0);
    while i < b.len() {
        let (v, len) = if b[i] == b'$' {
            number(&b[i + 1..])
        } else {
            (0.0, 0)
        };
        if len == 0 {
            i += 1;
            continue;
        }
        // "₹7 lakh at 85.6 INR/USD is $8,178": the text's own conversion, at
        // the rate it states; in the page's currency at another rate it
        // would contradict the figure it converts (₹7 lakh is ₹7,36,020).
        if text[..i].ends_with("/USD is ") {
            i += 1 + len;
            continue;
        }
        out.push_str(&text[from..i]);
        i += 1 + len;
        let hourly = b[i..].starts_with(b"/h");
        let shown = m.amount(v, hourly);
        // "−$20,000": the sign goes with both figures, not only the first
        // (it read "−€19,252 (US$20,000)").
        if out.ends_with('−') {
            out.push_str(&shown.replacen("(US", "(−US", 1));
        } else {
            out.push_str(&shown);
        }
        if hourly {
            i += 2;
        }
        // "$80–100": the range's other end is dollars too.
        if b[i..].starts_with("–".as_bytes()) {
            let (hi, n) = number(&b[i + 3..]);
            if n > 0 {
                out.push('–');
                out.push_str(&m.amount(hi, false));
                i += 3 + n;
            }
        }
        from = i;
    }
    out.push_str(&text[from..]);
    out
}

/// The number at the start of `b` (digits, with `,` between them and one
/// `.` before cents) and its length in bytes, 0 for none.
fn number(b: &[u8]) -> (f64, usize) {
    let (mut v, mut len, mut scale) = (0u64, 0, 0u64);
    while len < b.len() && len < 15 {
        let c = b[len];
        let next_digit = b.get(len + 1).is_some_and(u8::is_ascii_digit);
        if c.is_ascii_digit() {
            v = v * 10 + u64::from(c - b'0');
            scale *= 10;
        } else if !(next_digit && (c == b',' || (c == b'.' && scale == 0))) {
            break;
        } else if c == b'.' {
            scale = 1;
        }
        len += 1;
    }
    (v as f64 / scale.max(1) as f64, len)
}

/// The claim's visual, scaled to fit every drawn value with a margin.
pub fn visual(c: &Claim) -> Visual {
    if let (Some(d), Some(v)) = (basis_dist(c), article_usd(c)) {
        let ci = d.intervals();
        let lo = (ci[0].lo as f64).min(v);
        let hi = (ci[4].hi as f64).max(v);
        let s = scale(lo, hi);
        return Visual::Position {
            whisker: (s(d.stats.p10 as f64), s(d.stats.p90 as f64)),
            middle: (s(d.stats.p25 as f64), s(d.stats.p75 as f64)),
            median_ci: (s(ci[2].lo as f64), s(ci[2].hi as f64)),
            article: s(v),
        };
    }
    let article = c.figure_ids.first().and_then(|id| dataset::figure(id));
    if let (Some(a), Some(d)) = (article, c.data.first()) {
        if a.unit == Unit::PercentVsNational && d.unit == "%" {
            let t = CITY_TOLERANCE_POINTS;
            let s = scale(a.value.min(d.value - t), a.value.max(d.value + t));
            return Visual::Points {
                band: (s(d.value - t), s(d.value + t)),
                data: s(d.value),
                article: s(a.value),
            };
        }
    }
    if !c.relations.is_empty() {
        return Visual::Shares {
            shares: c
                .relations
                .iter()
                .map(|r| r.agree_permille.min(1000) as f64 / 1000.0)
                .collect(),
            threshold: AGREE_PERMILLE as f64 / 1000.0,
        };
    }
    Visual::None
}

/// Maps [lo, hi] widened by 8 % each side onto 0–1 (a point for an empty range).
fn scale(lo: f64, hi: f64) -> impl Fn(f64) -> f64 {
    let pad = ((hi - lo) * 0.08).max(hi.abs() * 0.01).max(1e-9);
    let (a, w) = (lo - pad, hi - lo + 2.0 * pad);
    move |x| ((x - a) / w).clamp(0.0, 1.0)
}

/// "holds in 72.6 % of resamples".
pub fn share_words(agree_permille: u32) -> String {
    // Integer digits: `{:.1}` of an f64 would pull float printing into the wasm.
    let p = agree_permille.min(1000);
    format!("holds in {}.{} % of resamples", p / 10, p % 10)
}

/// The rules and thresholds, in words, from the constants the data build used.
pub fn rules() -> Vec<String> {
    // `fixed`, not `{}` of an f64: no float printing in the wasm.
    let conf = fixed(CONFIDENCE_PERMILLE as f64 / 10.0, 1, true);
    let agree = fixed(AGREE_PERMILLE as f64 / 10.0, 1, true);
    let contradicted = fixed(100.0 - AGREE_PERMILLE as f64 / 10.0, 1, false);
    let ratio = |x: f64| fixed(x, 3, true);
    let (near, city) = (
        fixed(NEAR_EQUAL_PCT, 3, true),
        fixed(CITY_TOLERANCE_POINTS, 3, true),
    );
    vec![
        format!("Intervals are {conf} % intervals: distribution-free (order statistics) for survey percentiles; published BLS figures are taken as exact."),
        format!("A value agrees when it is inside the middle half for every p25 and p75 in their {conf} % intervals, disagrees when it is outside p10–p90 for every p10 and p90 in theirs, and can't tell otherwise."),
        format!("An order or ratio holds when it holds in at least {agree} % of {BOOTSTRAP_RESAMPLES} bootstrap resamples of the medians, is contradicted when it holds in at most {contradicted} % (an order only when its reverse holds in at least {agree} %: tied medians count for neither), and can't tell in between."),
        format!("\"≈\" means medians within {near} % of the larger; \"roughly twice\" a ratio from {} to {}; \"more than double\" a ratio above 2.", ratio(2.0 * (1.0 - ROUGHLY_RATIO_TOLERANCE)), ratio(2.0 * (1.0 + ROUGHLY_RATIO_TOLERANCE))),
        format!("A city premium agrees when it is within {city} percentage points of the DOL Level III factor against BLS's published national mean."),
        format!("No group with fewer than {MIN_N} respondents is used; a claim of several relations disagrees if any is contradicted and agrees only if all hold."),
        "The verdict rests on the population closest to the article's (named in each claim's details); the other populations are shown beside it.".into(),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::survey::{Interval, Percentiles, Verdict};

    fn claim(ids: &[&str], dists: Vec<ClaimDist>) -> Claim {
        Claim {
            id: "t".into(),
            figure_ids: ids.iter().map(|s| s.to_string()).collect(),
            article: String::new(),
            data: vec![],
            verdict: Verdict::CantTell,
            explanation: String::new(),
            basis: String::new(),
            dists,
            relations: vec![],
        }
    }

    fn dist(basis: bool, p: [u32; 5], ci: Option<[Interval; 5]>) -> ClaimDist {
        ClaimDist {
            basis,
            label: String::new(),
            source: String::new(),
            stats: Percentiles {
                p10: p[0],
                p25: p[1],
                p50: p[2],
                p75: p[3],
                p90: p[4],
                n: 100,
            },
            employment: 0,
            ci,
        }
    }

    #[test]
    fn the_article_value_is_placed_against_the_basis() {
        let beside = dist(false, [1, 2, 3, 4, 5], None);
        let basis = dist(true, [79_850, 103_050, 133_080, 169_000, 211_450], None);
        let c = claim(&["ps-mid"], vec![beside, basis]);
        assert_eq!(article_usd(&c), Some(89_766.0));
        let Visual::Position {
            whisker,
            middle,
            median_ci,
            article,
        } = visual(&c)
        else {
            panic!()
        };
        assert!(
            whisker.0 < article && article < middle.0,
            "{whisker:?} {article} {middle:?}"
        );
        assert_eq!(median_ci.0, median_ci.1); // published: no interval
        assert!(whisker.0 > 0.0 && whisker.1 < 1.0);
    }

    #[test]
    fn rupees_convert_and_intervals_widen_the_scale() {
        let i = |lo, hi| Interval { lo, hi };
        let ci = [
            i(3_000, 7_000),
            i(8_000, 14_000),
            i(17_000, 25_000),
            i(31_000, 52_000),
            i(57_000, 78_000),
        ];
        let c = claim(
            &["india-average"],
            vec![dist(
                true,
                [5_387, 11_963, 21_056, 40_676, 64_603],
                Some(ci),
            )],
        );
        assert!((article_usd(&c).unwrap() - 700_000.0 / 85.6).abs() < 1.0);
        let Visual::Position {
            whisker, median_ci, ..
        } = visual(&c)
        else {
            panic!()
        };
        assert!(median_ci.0 < median_ci.1 && whisker.1 < 1.0);
    }

    #[test]
    fn dollars_show_in_the_page_currency_with_the_dollars_beside_them() {
        let inr = Fmt {
            currency: Currency::Inr,
            per_usd: 85.6,
        };
        let usd = Fmt {
            currency: Currency::Usd,
            per_usd: 1.0,
        };
        let t = "$89,766 is below p10 ($98,000); −$20,000 to $3,125, $90.18/h, $80–100 North America, $50+.";
        assert_eq!(dollars_in(t, &usd), t);
        assert_eq!(
            dollars_in(t, &inr),
            "₹76,83,970 (US$89,766) is below p10 (₹83,88,800 (US$98,000)); −₹17,12,000 (−US$20,000) to ₹2,67,500 (US$3,125), ₹7,719/h (US$90.18/h), ₹6,848 (US$80)–₹8,560 (US$100) North America, ₹4,280 (US$50)+."
        );
        // A lone or malformed sign is left alone, and nothing panics.
        for odd in [
            "$",
            "$$",
            "a $ b",
            "$,",
            "$.5",
            "$1,2,3.4.5",
            "US$",
            "$–",
            "$1–",
            "$1–€",
        ] {
            let _ = dollars_in(odd, &inr);
        }
        assert_eq!(dollars_in("a $ b $", &inr), "a $ b $");

        assert_eq!(
            dollars_in("$89,766 (1–4 years)", &inr),
            "₹76,83,970 (US$89,766) (1–4 years)"
        );

        // A conversion the text makes at a rate it states stays in dollars,
        // whatever the page's rate; the amounts after it follow the page.
        let at_90 = Fmt {
            currency: Currency::Inr,
            per_usd: 90.0,
        };
        assert_eq!(
            dollars_in("₹7 lakh at 85.6 INR/USD is $8,178. $8,178 is between p10 ($5,387)", &at_90),
            "₹7 lakh at 85.6 INR/USD is $8,178. ₹7,36,020 (US$8,178) is between p10 (₹4,84,830 (US$5,387))"
        );
    }

    #[test]
    fn no_data_draws_nothing_and_rules_print_the_constants() {
        assert_eq!(visual(&claim(&["lang-nodejs"], vec![])), Visual::None);
        assert_eq!(visual(&claim(&[], vec![])), Visual::None);
        let r = rules().join(" ");
        assert!(
            r.contains("95 %")
                && r.contains("2000 bootstrap")
                && r.contains("1.5 to 2.5")
                && r.contains("at most 5.0 %")
                && r.contains("within 5 % of"),
            "{r}"
        );
        assert!(
            r.contains("10 percentage points") && r.contains("fewer than 30"),
            "{r}"
        );
        assert_eq!(share_words(726), "holds in 72.6 % of resamples");
        assert_eq!(share_words(1000), "holds in 100.0 % of resamples");
        assert_eq!(share_words(5), "holds in 0.5 % of resamples");
    }
}
