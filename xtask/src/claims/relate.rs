//! One relation between two groups' medians, bootstrapped: `>`, `<`, `≈`
//! (within the core's `NEAR_EQUAL_PCT`), `>2×` (ratio above 2) and `≈2×`
//! (ratio within the core's `ROUGHLY_RATIO_TOLERANCE` of 2). The verdict is
//! the core's `share_verdict`, except that an order (`>`, `<`) is contradicted
//! only when its reverse holds as often as it would need to hold itself;
//! a group under `MIN_N` can't tell.

use bdsc_core::survey::{
    share_verdict, ClaimRelation, Verdict, MIN_N, NEAR_EQUAL_PCT, ROUGHLY_RATIO_TOLERANCE,
};

use super::usd;
use crate::evidence::bootstrap;
use crate::stats::sorted;

/// Bootstraps "`left` `rel` `right`" on the pay values `a` (left) and `b`;
/// `seed` names the relation for its random stream (claim id + labels).
pub fn relate(
    seed: &str,
    left: &str,
    rel: &str,
    right: &str,
    a: &[f64],
    b: &[f64],
) -> ClaimRelation {
    let (sa, sb) = (sorted(a), sorted(b));
    let ratio = rel.ends_with('×');
    let holds = |x: f64, y: f64| match rel {
        ">" => x > y,
        "<" => x < y,
        "≈" => (x - y).abs() <= NEAR_EQUAL_PCT / 100.0 * x.max(y),
        ">2×" => x > 2.0 * y,
        _ => {
            let r = x / y.max(1.0);
            (2.0 * (1.0 - ROUGHLY_RATIO_TOLERANCE)..=2.0 * (1.0 + ROUGHLY_RATIO_TOLERANCE))
                .contains(&r)
        }
    };
    let boot = bootstrap(
        &format!("{seed}|{left}|{rel}|{right}"),
        &sa,
        &sb,
        |x, y| if ratio { x / y.max(1.0) } else { x - y },
        holds,
    );
    // An order is contradicted only when its reverse holds in as many
    // resamples as it would need to hold: tied medians count for neither.
    // "JavaScript > Python" held in 4.0 % with 6 % ties and Python ahead in
    // 90.75 %, and was called contradicted although the difference's
    // interval straddled zero.
    let reverse_holds = match rel {
        ">" | "<" => {
            let rev = bootstrap(
                &format!("{seed}|{left}|{rel}|{right}"),
                &sa,
                &sb,
                |x, y| x - y,
                |x, y| if rel == ">" { x < y } else { x > y },
            );
            share_verdict(rev.agree_permille) == Verdict::Agrees
        }
        _ => true,
    };
    let small = a.len() < MIN_N as usize || b.len() < MIN_N as usize;
    let round = |v: f64| {
        if ratio {
            (v * 1000.0).round() / 1000.0
        } else {
            v.round()
        }
    };
    ClaimRelation {
        left: left.into(),
        relation: rel.into(),
        right: right.into(),
        agree_permille: boot.agree_permille,
        lo: round(boot.lo),
        hi: round(boot.hi),
        unit: if ratio { "ratio" } else { "USD/yr" }.into(),
        verdict: match share_verdict(boot.agree_permille) {
            _ if small => Verdict::CantTell,
            Verdict::Disagrees if !reverse_holds => Verdict::CantTell,
            v => v,
        },
    }
}

/// "A > B holds in 81.0 % of resamples (difference $-3,000 to $21,000): can't tell".
pub fn relation_text(r: &ClaimRelation) -> String {
    let range = if r.unit == "ratio" {
        format!("ratio {:.2} to {:.2}", r.lo, r.hi)
    } else {
        let s = |v: f64| {
            if v < 0.0 {
                format!("−{}", usd(-v))
            } else {
                usd(v)
            }
        };
        format!("difference {} to {}", s(r.lo), s(r.hi))
    };
    let word = match r.verdict {
        Verdict::Agrees => "holds".to_string(),
        Verdict::Disagrees => "contradicted".to_string(),
        Verdict::CantTell => "can't tell".to_string(),
    };
    format!(
        "{} {} {} in {:.1} % of resamples ({range}): {word}",
        r.left,
        r.relation,
        r.right,
        r.agree_permille as f64 / 10.0
    )
}
