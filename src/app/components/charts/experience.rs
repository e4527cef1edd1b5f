//! Salary by experience: both ladders, scaled by the user's location and
//! adjustments, with the article's band figures and the user's point marked.

use yew::prelude::*;

use super::{n, nice_ticks, Scale, WIDTH};
use crate::core::chart::text_width;
use crate::core::chart::{curve, x_max};
use crate::core::estimate::{Estimate, Ladder};
use crate::core::inputs::Inputs;
use crate::core::money::format_compact;

/// viewBox height.
pub const HEIGHT: f64 = 270.0;
const R: f64 = 14.0;
const T: f64 = 26.0;
const B: f64 = 40.0;

/// SVG content of the chart.
pub fn draw(i: &Inputs, e: &Estimate) -> Html {
    let fx = i.assumptions.per_usd[i.currency.index()];
    let xmax = x_max(i.years);
    let you = (i.years as f64, e.salaried.point * fx);
    // The anchors as the assumptions place them (by default 0, 2.5, 7 and
    // 20 years): the dots, the team-lead square and the end of the solid
    // line follow them, as the lines do.
    let at = e.salaried.shape.anchors;
    // The lines are straight between anchors and flat beyond: their top is
    // at an anchor or at the axis' end.
    let ends = [at[0], at[1], at[2], at[3], xmax as f64];
    let max = Ladder::BOTH
        .iter()
        .flat_map(|&l| {
            ends.iter()
                .filter(|&&y| y <= xmax as f64)
                .map(move |&y| curve(l, y, e, fx))
        })
        .fold(you.1, f64::max);
    let yticks = nice_ticks(max, 4);
    // The left margin fits the widest y label (₹ lakh labels are long).
    let l = yticks
        .iter()
        .map(|t| text_width(&format_compact(*t, i.currency), 13.0))
        .fold(30.0, f64::max)
        + 10.0;
    let x = Scale::new(0.0, xmax as f64, l, WIDTH - R);
    let y = Scale::new(0.0, *yticks.last().unwrap_or(&1.0), HEIGHT - B, T);
    let path = |l: Ladder, from: u32, to: u32| -> String {
        (from..=to)
            .map(|yr| {
                format!(
                    "{},{}",
                    n(x.at(yr as f64)),
                    n(y.at(curve(l, yr as f64, e, fx)))
                )
            })
            .collect::<Vec<_>>()
            .join(" ")
    };
    let split = (at[2].round() as u32).min(xmax);
    let class = |l: Ladder| match l {
        Ladder::PayScale => "payscale",
        Ladder::SoftwareGuild => "guild",
    };
    html! {
        <>
            <g class="grid">
                { for yticks.iter().map(|t| html! {
                    <g>
                        <line x1={n(l)} x2={n(WIDTH - R)} y1={n(y.at(*t))} y2={n(y.at(*t))} />
                        <text class="tick" x={n(l - 6.0)} y={n(y.at(*t) + 4.0)} text-anchor="end">{ format_compact(*t, i.currency) }</text>
                    </g>
                }) }
                { for (0..=xmax).step_by(5).map(|yr| html! {
                    <text class="tick" x={n(x.at(yr as f64))} y={n(HEIGHT - B + 16.0)} text-anchor="middle">{ yr }</text>
                }) }
                <text class="axis-title" x="2" y="14">{ format!("Salary a year, in {}", i.currency.iso()) }</text>
                <text class="axis-title" x={n((l + WIDTH - R) / 2.0)} y={n(HEIGHT - 6.0)} text-anchor="middle">{ "Years of experience" }</text>
            </g>
            { for Ladder::BOTH.iter().map(|&l| html! {
                <g class={classes!("series", class(l))}>
                    <polyline class="line" points={path(l, 0, split)} />
                    <polyline class="line interpolated" points={path(l, split, xmax)} />
                    { for at.iter().take(3).filter(|ay| **ay <= xmax as f64).map(|ay| html! {
                        <circle class="anchor" cx={n(x.at(*ay))} cy={n(y.at(curve(l, *ay, e, fx)))} r="4" />
                    }) }
                    if at[3] <= xmax as f64 {
                        <rect class="anchor lead" x={n(x.at(at[3]) - 4.0)} y={n(y.at(curve(l, at[3], e, fx)) - 4.0)} width="8" height="8" />
                    }
                </g>
            }) }
            <g class="marker-you">
                <line x1={n(x.at(you.0))} x2={n(x.at(you.0))} y1={n(y.at(0.0))} y2={n(y.at(you.1))} />
                <circle cx={n(x.at(you.0))} cy={n(y.at(you.1))} r="6.5" />
                <text x={n(x.at(you.0) + if you.0 > xmax as f64 * 0.7 { -10.0 } else { 10.0 })}
                    y={n((y.at(you.1) - 10.0).max(T + 10.0))}
                    text-anchor={if you.0 > xmax as f64 * 0.7 { "end" } else { "start" }}>
                    { format!("You: {}", format_compact(you.1, i.currency)) }
                </text>
            </g>
        </>
    }
}
