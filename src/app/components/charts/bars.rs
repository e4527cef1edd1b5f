//! A horizontal bar / range chart, used for cities, regions and comparisons.

use yew::prelude::*;

use super::{n, nice_ticks, Scale, WIDTH};
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

const LABEL_W: f64 = 124.0;
const ROW_H: f64 = 34.0;
const TOP: f64 = 22.0;
const AXIS_H: f64 = 26.0;
const RIGHT: f64 = 92.0;

/// The SVG height for `n` rows.
pub fn height(n: usize) -> f64 {
    TOP + ROW_H * n as f64 + AXIS_H
}

/// Draws the rows (SVG content only; [`super::ChartFigure`] wraps it).
pub fn draw(rows: &[Row], reference: Option<&RefLine>, currency: Currency, you_label: Option<(f64, String)>) -> Html {
    let max = rows
        .iter()
        .flat_map(|r| [Some(r.value), r.range.map(|x| x.1), r.whisker.map(|x| x.1), r.mark.as_ref().map(|m| m.0)])
        .flatten()
        .chain(reference.map(|r| r.value))
        .chain(you_label.as_ref().map(|y| y.0))
        .fold(0.0f64, f64::max);
    let ticks = nice_ticks(max, 4);
    let x = Scale::new(0.0, *ticks.last().unwrap_or(&1.0), LABEL_W, WIDTH - RIGHT);
    let bottom = TOP + ROW_H * rows.len() as f64;
    html! {
        <>
            <g class="grid">
                { for ticks.iter().map(|t| html! {
                    <g>
                        <line x1={n(x.at(*t))} x2={n(x.at(*t))} y1={n(TOP - 4.0)} y2={n(bottom)} />
                        <text class="tick" x={n(x.at(*t))} y={n(bottom + 16.0)} text-anchor="middle">{ format_compact(*t, currency) }</text>
                    </g>
                }) }
            </g>
            { for rows.iter().enumerate().map(|(k, r)| {
                let y = TOP + ROW_H * k as f64;
                let cls = classes!("row", r.you.then_some("you"));
                html! {
                    <g class={cls}>
                        <text class="label" x={n(LABEL_W - 8.0)} y={n(y + ROW_H / 2.0 + 4.0)} text-anchor="end">{ &r.label }</text>
                        if let Some((lo, hi)) = r.whisker {
                            <line class="whisker" x1={n(x.at(lo))} x2={n(x.at(hi))} y1={n(y + ROW_H / 2.0)} y2={n(y + ROW_H / 2.0)} />
                        }
                        if let Some((lo, hi)) = r.range {
                            <rect class="range" x={n(x.at(lo))} y={n(y + 8.0)}
                                width={n((x.at(hi) - x.at(lo)).max(2.0))} height={n(ROW_H - 16.0)} rx="3" />
                            <line class="value-tick" x1={n(x.at(r.value))} x2={n(x.at(r.value))}
                                y1={n(y + 4.0)} y2={n(y + ROW_H - 4.0)} />
                        } else {
                            <rect class="bar" x={n(LABEL_W)} y={n(y + 8.0)}
                                width={n((x.at(r.value) - LABEL_W).max(1.0))} height={n(ROW_H - 16.0)} rx="3" />
                        }
                        if let Some((m, _)) = &r.mark {
                            <path class="mark" d={format!("M{} {} l5 6 l-5 6 l-5 -6 z", n(x.at(*m)), n(y + ROW_H / 2.0 - 6.0))} />
                        }
                        <text class="value" x={n(x.at(r.range.map_or(r.value, |rg| rg.1.max(r.value)).max(r.mark.as_ref().map_or(0.0, |m| m.0)).max(r.whisker.map_or(0.0, |w| w.1))) + 8.0)}
                            y={n(y + ROW_H / 2.0 + 4.0)}>{ &r.text }</text>
                    </g>
                }
            }) }
            if let Some(rf) = reference {
                <g class="ref">
                    <line x1={n(x.at(rf.value))} x2={n(x.at(rf.value))} y1={n(TOP - 6.0)} y2={n(bottom)} />
                    <text class="ref-label" x={n(x.at(rf.value))} y={n(TOP - 9.0)} text-anchor="middle">{ &rf.label }</text>
                </g>
            }
            if let Some((v, label)) = you_label {
                <g class="you-line">
                    <line x1={n(x.at(v))} x2={n(x.at(v))} y1={n(TOP - 6.0)} y2={n(bottom)} />
                    <text class="you-label" x={n(x.at(v))} y={n(TOP - 9.0)} text-anchor="middle">{ label }</text>
                </g>
            }
        </>
    }
}
