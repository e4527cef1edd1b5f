//! The article's claims checked against the bundled data, one line each: a
//! small visual of the article's value against the basis distribution (or the
//! relations' bootstrap shares) and the verdict the data build computed. The
//! details open on demand and are only rendered when open. What to draw and
//! the rules' text come from `core::survey::claim_view`.

use yew::prelude::*;

use super::use_details_open;
use crate::app::state::Survey;
use crate::core::estimate::Fmt;
use crate::core::inputs::Currency;
use crate::core::money::{fixed, format_amount, format_pct, group_digits};
use crate::core::survey::claim_view::{basis_dist, dollars_in, rules, share_words, visual, Visual};
use crate::core::survey::{Claim, ClaimDist, ClaimFigure, ClaimRelation, Verdict};

/// Properties of [`ArticleVsData`].
#[derive(Properties, PartialEq)]
pub struct ArticleVsDataProps {
    /// The data, once loaded.
    pub survey: Survey,
    /// Off in the article-only view.
    pub show: bool,
    /// The page's currency: every dollar amount is shown in it too.
    pub fmt: Fmt,
}

fn usd(v: f64) -> String {
    format_amount(v.max(0.0), Currency::Usd, false)
}

fn count(n: u32, employment: u32) -> String {
    if employment > 0 {
        format!("employment {}", group_digits(employment as u64, false))
    } else if n > 0 {
        format!("n = {}", group_digits(n as u64, false))
    } else {
        String::new()
    }
}

fn figure_text(f: &ClaimFigure) -> String {
    let v = match f.unit.as_str() {
        "USD/yr" => usd(f.value),
        "%" => format_pct(f.value),
        u => format!("{} {u}", fixed(f.value, 2, true)),
    };
    let ci =
        f.ci.map(|(lo, hi)| format!(", 95 % interval {}–{}", usd(lo), usd(hi)))
            .unwrap_or_default();
    let c = count(f.n, f.employment);
    let c = if c.is_empty() { c } else { format!(", {c}") };
    format!("{}: {v} ({}{c}{ci})", f.label, f.source)
}

fn dist_text(d: &ClaimDist) -> String {
    let p = &d.stats;
    let ci =
        d.ci.map(|c| {
            format!(
                "; median's 95 % interval {}–{}",
                usd(c[2].lo as f64),
                usd(c[2].hi as f64)
            )
        })
        // Published figures (BLS) come without one; a sample the build
        // summarised without intervals (aijobs.net's postings) is not
        // "published".
        .unwrap_or_else(|| {
            if p.n == 0 {
                "; published, no interval".into()
            } else {
                "; no interval computed".into()
            }
        });
    format!(
        "{} ({}, {}): p10 {}, p25 {}, median {}, p75 {}, p90 {}{ci}",
        d.label,
        d.source,
        count(p.n, d.employment),
        usd(p.p10 as f64),
        usd(p.p25 as f64),
        usd(p.p50 as f64),
        usd(p.p75 as f64),
        usd(p.p90 as f64)
    )
}

fn relation_text(r: &ClaimRelation) -> String {
    let range = if r.unit == "ratio" {
        format!("ratio {}–{}", fixed(r.lo, 2, false), fixed(r.hi, 2, false))
    } else {
        format!(
            "difference {}{}–{}{}",
            if r.lo < 0.0 { "−" } else { "" },
            usd(r.lo.abs()),
            if r.hi < 0.0 { "−" } else { "" },
            usd(r.hi.abs())
        )
    };
    format!(
        "{} {} {}: {} ({range}) → {}",
        r.left,
        r.relation,
        r.right,
        share_words(r.agree_permille),
        verdict(r.verdict).1
    )
}

fn verdict(v: Verdict) -> (&'static str, &'static str) {
    match v {
        Verdict::Agrees => ("badge agrees", "Agrees"),
        Verdict::Disagrees => ("badge disagrees", "Disagrees"),
        Verdict::CantTell => ("badge cant-tell", "Can't tell"),
    }
}

const W: f64 = 100.0;
const H: f64 = 16.0;

/// One decimal by integer arithmetic (`{:.1}` of an f64 would pull the
/// standard library's float printing into the wasm).
fn x(f: f64) -> String {
    fixed(f * W, 1, false)
}

/// The one-line picture (a 100 × 16 viewBox, scaled by CSS).
fn mini(v: &Visual) -> Html {
    let span = |cls: &'static str, (a, b): (f64, f64), y: f64, h: f64| {
        html! {
            <rect class={cls} x={x(a)} y={fixed(y, 1, true)} width={fixed(((b - a) * W).max(1.0), 1, false)} height={fixed(h, 1, true)} />
        }
    };
    let mark = |cls: &'static str, at: f64| html! { <line class={cls} x1={x(at)} x2={x(at)} y1="1" y2={fixed(H - 1.0, 1, true)} /> };
    let body = match v {
        Visual::Position {
            whisker,
            middle,
            median_ci,
            article,
        } => html! {
            <>{ span("cv-whisker", *whisker, 7.5, 1.0) }{ span("cv-middle", *middle, 4.0, 8.0) }
              { span("cv-ci", *median_ci, 3.0, 10.0) }{ mark("cv-article", *article) }</>
        },
        Visual::Points {
            band,
            data,
            article,
        } => html! {
            <>{ span("cv-middle", *band, 4.0, 8.0) }{ mark("cv-data", *data) }{ mark("cv-article", *article) }</>
        },
        Visual::Shares { shares, threshold } => {
            let h = (H - 2.0) / shares.len().max(1) as f64;
            html! { <>
                { for shares.iter().enumerate().map(|(k, s)| span("cv-share", (0.0, *s), 1.0 + h * k as f64, (h - 1.0).max(0.5))) }
                { mark("cv-threshold", *threshold) }
            </> }
        }
        Visual::None => html! {},
    };
    html! { <svg class="claim-visual" viewBox={format!("0 0 {} {}", W as u32, H as u32)} preserveAspectRatio="none" aria-hidden="true" focusable="false">{ body }</svg> }
}

/// Properties of [`ClaimLine`].
#[derive(Properties, PartialEq)]
struct ClaimProps {
    claim: Claim,
    fmt: Fmt,
}

/// One claim: its line, and its details once opened.
#[function_component]
fn ClaimLine(p: &ClaimProps) -> Html {
    let (open, ontoggle) = use_details_open(|| false);
    let c = &p.claim;
    // The texts below write dollars; in another page currency each amount
    // shows in it, with the dollars beside it.
    let t = |s: &str| dollars_in(s, &p.fmt);
    let (cls, word) = verdict(c.verdict);
    let basis = basis_dist(c);
    html! {
        <li class="claim" data-claim={c.id.clone()}>
            <details {ontoggle}>
                <summary>
                    <span class="claim-text">{ t(&c.article) }</span>
                    { mini(&visual(c)) }
                    <span class={cls}>{ word }</span>
                </summary>
                if open {
                    <div class="claim-details">
                        <p class="claim-basis"><strong>{ "Verdict rests on: " }</strong>
                            { basis.map(|d| format!("{}. ", d.label)).unwrap_or_default() }{ &c.basis }</p>
                        if let Some(d) = basis { <p>{ t(&dist_text(d)) }</p> }
                        <p>{ t(&c.explanation) }</p>
                        if c.dists.iter().any(|d| !d.basis) {
                            <p><strong>{ "Beside it:" }</strong></p>
                            <ul class="notes">{ for c.dists.iter().filter(|d| !d.basis).map(|d| html! { <li>{ t(&dist_text(d)) }</li> }) }</ul>
                        }
                        if !c.relations.is_empty() {
                            <ul class="notes claim-relations">{ for c.relations.iter().map(|r| html! { <li>{ t(&relation_text(r)) }</li> }) }</ul>
                        }
                        if c.dists.is_empty() && !c.data.is_empty() {
                            <ul class="notes">{ for c.data.iter().map(|f| html! { <li>{ t(&figure_text(f)) }</li> }) }</ul>
                        }
                        <p><strong>{ "Thresholds:" }</strong></p>
                        <ul class="notes claim-thresholds">{ for rules().into_iter().map(|r| html! { <li>{ r }</li> }) }</ul>
                    </div>
                }
            </details>
        </li>
    }
}

/// The claims, one line each.
#[function_component]
pub fn ArticleVsData(p: &ArticleVsDataProps) -> Html {
    let Some(d) = p.survey.data().filter(|_| p.show) else {
        return super::no_app_note(
            "Checking the claims against the data needs the interactive calculator.",
        );
    };
    html! {
        <section id="article-vs-data" class="card" aria-labelledby="avd-title">
            <h2 id="avd-title">{ "The article checked against data" }</h2>
            <p>{ "Each claim of the article in a row: the article's value (dark line) against the data's 10th–90th percentile (thin line), middle half (box) and the 95 % interval of the median (dark band); for orders, each relation's share of resamples in which it holds against the threshold (dotted line). Open a claim for its population, the others beside it and the figures." }</p>
            <details id="claim-rules" class="claim-rules">
                <summary>{ "Rules and thresholds" }</summary>
                <ul class="notes">{ for rules().into_iter().map(|r| html! { <li>{ r }</li> }) }</ul>
            </details>
            <ul id="claims" class="claims">
                { for d.claims().iter().map(|c| html! { <ClaimLine key={c.id.clone()} claim={c.clone()} fmt={p.fmt} /> }) }
            </ul>
            <h3>{ "Why the sources differ" }</h3>
            <ul class="notes">
                <li>{ "Stack Overflow figures (from its 2024 and 2025 surveys, under the ODbL v1.0, as are this page's tables of them) are what respondents report for total yearly pay, converted to US dollars by Stack Overflow; respondents are Stack Overflow users, younger and more engaged than the workforce, and some countries are over-represented." }</li>
                <li>{ "BLS and DOL figures come from an employer survey (OEWS) of wages only: no bonus, no equity. DOL levels are not percentiles but averages of parts of each area's wage distribution." }</li>
                <li>{ "aijobs.net figures are for AI, ML and data roles, with some software and back-end titles, and many of its 2024 rows likely come from job postings' salary ranges rather than answers (its source's own caveat); DOU (Ukraine) reports net monthly pay after tax." }</li>
                <li>{ "The article names PayScale (for the city premiums) and Software Guild (for one experience ladder) and gives the other ladder only \"according to reports\"; none comes with sample sizes, dates or definitions, so its figures cannot be reproduced." }</li>
            </ul>
        </section>
    }
}
