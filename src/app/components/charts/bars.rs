//! A horizontal bar / range chart, used for cities, regions and comparisons.

use yew::prelude::*;

use super::{n, Scale, WIDTH};
use crate::core::chart::{clamp_centre, fitted_ticks, text_width};
use crate::core::inputs::Currency;
use crate::core::money::format_compact;

/// One row of a bar chart, in display-currency units.
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    /// Row label.
    pub label: String,
    /// The bar's value (a tick when the row has a range).
    pub value: f64,
    /// Range drawn as a lighter band, if any.
    pub range: Option<(f64, f64)>,
    /// Whiskers drawn as a thin line behind the band (e.g. p10–p90).
    pub whisker: Option<(f64, f64)>,
    /// An extra mark such as a region's top end: (value, label).
    pub mark: Option<(f64, String)>,
    /// The user's own row, highlighted.
    pub you: bool,
    /// Text after the bar.
    pub text: String,
}

/// A vertical reference line, e.g. the national average.
#[derive(Clone, Debug, PartialEq)]
pub struct RefLine {
    /// Position in display-currency units.
    pub value: f64,
    /// Its label.
    pub label: String,
}

// Font sizes the CSS gives these texts (style.css, ".chart svg ...").
const LABEL_PX: f64 = 13.5;
const VALUE_PX: f64 = 15.0;
const TICK_PX: f64 = 13.0;
const ROW_H: f64 = 34.0;
const TOP: f64 = 22.0;
const AXIS_H: f64 = 42.0;
/// Row labels longer than this are cut with "…" (the full name is the
/// label's tooltip and in the table).
const LABEL_MAX_W: f64 = 150.0;

/// The SVG height for `n` rows.
pub fn height(n: usize) -> f64 {
    TOP + ROW_H * n as f64 + AXIS_H
}

/// `label`, cut to fit `LABEL_MAX_W` with an ellipsis.
fn fit_label(label: &str) -> String {
    if text_width(label, LABEL_PX) <= LABEL_MAX_W {
        return label.to_string();
    }
    let keep = (LABEL_MAX_W / (LABEL_PX * 0.62)) as usize - 1;
    format!(
        "{}…",
        label.chars().take(keep).collect::<String>().trim_end()
    )
}

/// Where a value's text of width `w` starts: at `x`, or just past a
/// vertical line (`lines`, ascending) it would cross. The halo kept the
/// glyphs readable, but the line still ran through "€30–€58, top €77".
fn value_x(mut x: f64, w: f64, lines: &[f64]) -> f64 {
    for &l in lines {
        if l >= x - 3.0 && l <= x + w + 3.0 {
            x = l + 6.0;
        }
    }
    x
}

/// Draws the rows of annual amounts (SVG content only; [`super::figure`] wraps it).
pub fn draw(
    rows: &[Row],
    reference: Option<&RefLine>,
    currency: Currency,
    you_label: Option<(f64, String)>,
) -> Html {
    draw_unit(rows, &[], reference, currency, you_label, "a year")
}

/// [`draw`] with a 95 % interval of each row's median (`cis[k]` for row k,
/// display-currency units) drawn as a dark band over the median tick.
pub fn draw_ci(
    rows: &[Row],
    cis: &[Option<(f64, f64)>],
    reference: Option<&RefLine>,
    currency: Currency,
    you_label: Option<(f64, String)>,
) -> Html {
    draw_unit(rows, cis, reference, currency, you_label, "a year")
}

/// Draws the rows with `per` ("a year", "an hour") in the axis title, and
/// the median intervals `cis` where given.
pub fn draw_unit(
    rows: &[Row],
    cis: &[Option<(f64, f64)>],
    reference: Option<&RefLine>,
    currency: Currency,
    you_label: Option<(f64, String)>,
    per: &str,
) -> Html {
    let max = rows
        .iter()
        .flat_map(|r| {
            [
                Some(r.value),
                r.range.map(|x| x.1),
                r.whisker.map(|x| x.1),
                r.mark.as_ref().map(|m| m.0),
            ]
        })
        .flatten()
        .chain(reference.map(|r| r.value))
        .chain(you_label.as_ref().map(|y| y.0))
        .fold(0.0f64, f64::max);
    let labels: Vec<String> = rows.iter().map(|r| fit_label(&r.label)).collect();
    // Room for the widest row label on the left and the widest value text on
    // the right, so neither is clipped by the SVG's edge.
    let label_w = labels
        .iter()
        .map(|l| text_width(l, LABEL_PX))
        .fold(40.0, f64::max)
        + 12.0;
    let right = rows
        .iter()
        .map(|r| text_width(&r.text, VALUE_PX))
        .fold(24.0, f64::max)
        + 14.0;
    let span = (WIDTH - right - label_w).max(40.0);
    let ticks = fitted_ticks(max, 4, span, TICK_PX, 10.0, |t| format_compact(t, currency));
    let x = Scale::new(0.0, *ticks.last().unwrap_or(&1.0), label_w, label_w + span);
    let bottom = TOP + ROW_H * rows.len() as f64;
    // The vertical lines (reference, you), left to right: a value written
    // across one moves past it.
    let mut lines: Vec<f64> = reference
        .map(|r| r.value)
        .into_iter()
        .chain(you_label.as_ref().map(|y| y.0))
        .map(|v| x.at(v))
        .collect();
    lines.sort_by(f64::total_cmp);
    // A label above the plot, centred on its line but kept inside the SVG.
    let top_label =
        |v: f64, text: &str| n(clamp_centre(x.at(v), text_width(text, TICK_PX), 0.0, WIDTH));
    html! {
        <>
            <g class="grid">
                { for ticks.iter().map(|t| { let tx = format_compact(*t, currency); html! {
                    <g>
                        <line x1={n(x.at(*t))} x2={n(x.at(*t))} y1={n(TOP - 4.0)} y2={n(bottom)} />
                        <text class="tick" x={top_label(*t, &tx)} y={n(bottom + 16.0)} text-anchor="middle">{ tx }</text>
                    </g>
                }}) }
                <text class="axis-title" x={n(label_w + span / 2.0)} y={n(bottom + 34.0)} text-anchor="middle">{ format!("{per}, in {}", currency.iso()) }</text>
            </g>
            { for rows.iter().zip(&labels).enumerate().map(|(k, (r, label))| {
                let y = TOP + ROW_H * k as f64;
                let cls = classes!("row", r.you.then_some("you"));
                html! {
                    <g class={cls}>
                        <text class="label" x={n(label_w - 8.0)} y={n(y + ROW_H / 2.0 + 4.0)} text-anchor="end">
                            if *label != r.label { <title>{ &r.label }</title> }
                            { label }
                        </text>
                        if let Some((lo, hi)) = r.whisker.filter(|_| r.range.is_some()) {
                            <line class="whisker" x1={n(x.at(lo))} x2={n(x.at(hi))} y1={n(y + ROW_H / 2.0)} y2={n(y + ROW_H / 2.0)} />
                        }
                        if let Some((lo, hi)) = r.range {
                            <rect class="range" x={n(x.at(lo))} y={n(y + 8.0)}
                                width={n((x.at(hi) - x.at(lo)).max(2.0))} height={n(ROW_H - 16.0)} rx="3" />
                            <line class="value-tick" x1={n(x.at(r.value))} x2={n(x.at(r.value))}
                                y1={n(y + 4.0)} y2={n(y + ROW_H - 4.0)} />
                        } else {
                            <rect class="bar" x={n(label_w)} y={n(y + 8.0)}
                                width={n((x.at(r.value) - label_w).max(1.0))} height={n(ROW_H - 16.0)} rx="3" />
                            // A single value's range: a line with end caps over its bar.
                            if let Some((lo, hi)) = r.whisker {
                                <path class="whisker" d={format!("M{lo} {t}v8m0 -4H{hi}m0 -4v8", lo = n(x.at(lo)), hi = n(x.at(hi)), t = n(y + ROW_H / 2.0 - 4.0))} />
                            }
                        }
                        if let Some((lo, hi)) = cis.get(k).copied().flatten() {
                            <rect class="median-ci" x={n(x.at(lo))} y={n(y + ROW_H / 2.0 - 3.0)}
                                width={n((x.at(hi) - x.at(lo)).max(2.0))} height="6" />
                        }
                        if let Some((m, _)) = &r.mark {
                            <path class="mark" d={format!("M{} {} l5 6 l-5 6 l-5 -6 z", n(x.at(*m)), n(y + ROW_H / 2.0 - 6.0))} />
                        }
                        <text class="value" x={n(value_x(x.at(r.range.map_or(r.value, |rg| rg.1.max(r.value)).max(r.mark.as_ref().map_or(0.0, |m| m.0)).max(r.whisker.map_or(0.0, |w| w.1))) + 8.0, text_width(&r.text, VALUE_PX), &lines))}
                            y={n(y + ROW_H / 2.0 + 4.0)}>{ &r.text }</text>
                    </g>
                }
            }) }
            if let Some(rf) = reference {
                <g class="ref">
                    <line x1={n(x.at(rf.value))} x2={n(x.at(rf.value))} y1={n(TOP - 6.0)} y2={n(bottom)} />
                    <text class="ref-label" x={top_label(rf.value, &rf.label)} y={n(TOP - 9.0)} text-anchor="middle">{ &rf.label }</text>
                </g>
            }
            if let Some((v, label)) = you_label {
                <g class="you-line">
                    <line x1={n(x.at(v))} x2={n(x.at(v))} y1={n(TOP - 6.0)} y2={n(bottom)} />
                    <text class="you-label" x={top_label(v, &label)} y={n(TOP - 9.0)} text-anchor="middle">{ label }</text>
                </g>
            }
        </>
    }
}
