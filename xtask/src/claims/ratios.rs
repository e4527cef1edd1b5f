//! Claims that state a ratio of pay: "senior pay may be more than double
//! entry pay" and "team leads with 20+ years earn roughly twice entry".
//! Stack Overflow 2024, US, years coding professionally: entry = 0–1 years,
//! senior = 5–9 years (the article's own ladder), 20+ years for team leads
//! (the survey has no team-lead role). Back-end when both groups have
//! `MIN_N` respondents, otherwise all working roles for both, so the ratio
//! compares like with like.

use bdsc_core::dataset::{self as ds, Figure};
use bdsc_core::survey::{Claim, MIN_N, ROUGHLY_RATIO_TOLERANCE, YEARS_BANDS};

use super::relate::{relate, relation_text};
use super::{claim, med_fig, Ctx, SRC24, US};
use crate::sources::{pays, working};

/// The two ratio claims.
pub fn ratios(c: &Ctx) -> Vec<Claim> {
    let lo = 2.0 * (1.0 - ROUGHLY_RATIO_TOLERANCE);
    let hi = 2.0 * (1.0 + ROUGHLY_RATIO_TOLERANCE);
    [
        (
            ds::SENIOR_DOUBLE.id,
            vec![&ds::SENIOR_DOUBLE],
            2u8,
            ">2×",
            "senior (5–9 years) pay may be more than double entry (0–1 years) pay, especially in the US".to_string(),
            "more than twice".to_string(),
        ),
        (
            "lead-vs-entry",
            vec![&ds::LEAD_YEARS, &ds::LEAD_RATIO],
            4u8,
            "≈2×",
            "20+ years earn roughly twice entry (0–1 years) pay".to_string(),
            format!("between {lo}× and {hi}× (roughly twice)"),
        ),
    ]
    .into_iter()
    .map(|(id, figs, band, rel, article, wanted)| {
        ratio_claim(c, id, &figs, band, rel, article, &wanted)
    })
    .collect()
}

fn ratio_claim(
    c: &Ctx,
    id: &str,
    figs: &[&Figure],
    band: u8,
    rel: &str,
    article: String,
    wanted: &str,
) -> Claim {
    let us = |role: Option<&str>, b: u8| {
        pays(c.s24, |r| {
            r.country == US && r.band == Some(b) && working(r) && role.is_none_or(|ro| r.role == ro)
        })
    };
    let (be_top, be_entry) = (us(Some("backend"), band), us(Some("backend"), 0));
    let backend = be_top.len() >= MIN_N as usize && be_entry.len() >= MIN_N as usize;
    let (top, entry, who) = if backend {
        (be_top, be_entry, "back-end developers".to_string())
    } else {
        let small = [
            (be_top.len(), YEARS_BANDS[band as usize].2),
            (be_entry.len(), "0–1 years"),
        ]
        .into_iter()
        .filter(|(n, _)| *n < MIN_N as usize)
        .map(|(n, b)| format!("{n} with {b}"))
        .collect::<Vec<_>>()
        .join(" and ");
        (
            us(None, band),
            us(None, 0),
            format!("all working roles (back-end has only {small})"),
        )
    };
    let bl = YEARS_BANDS[band as usize].2;
    let (left, right) = (format!("US {bl}"), "US 0–1 years".to_string());
    let r = relate(id, &left, rel, &right, &top, &entry);
    let data = vec![
        med_fig(format!("US, {bl}, median"), &top, SRC24),
        med_fig("US, 0–1 years, median".into(), &entry, SRC24),
    ];
    let text = format!(
        "Ratio of medians, US {who}, Stack Overflow 2024: {}. The claim needs a ratio {wanted}.",
        relation_text(&r)
    );
    let mut cl = claim(
        id,
        figs,
        article,
        data,
        (r.verdict, text),
        format!("Stack Overflow 2024 by years of professional coding, US {who}: the article speaks of the United States and of experience, and the same population is used for both ends of the ratio."),
    );
    cl.relations = vec![r];
    cl
}
