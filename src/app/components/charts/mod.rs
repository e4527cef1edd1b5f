//! SVG charts. Each chart is a `<figure>` with an SVG (`role="img"`, titled and
//! described) and a table holding the same numbers for screen readers and for
//! anyone who prefers a table. Colours come from CSS classes only, so a strict
//! Content-Security-Policy without inline styles holds.

pub mod bars;
mod experience;
mod views;

pub use views::Charts;

use yew::prelude::*;

/// A linear scale from a data domain to SVG coordinates.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Scale {
    d0: f64,
    d1: f64,
    r0: f64,
    r1: f64,
}

impl Scale {
    /// Maps `[d0, d1]` onto `[r0, r1]`.
    pub fn new(d0: f64, d1: f64, r0: f64, r1: f64) -> Self {
        let d1 = if d1 > d0 { d1 } else { d0 + 1.0 };
        Scale { d0, d1, r0, r1 }
    }

    /// Position of `v`, clamped to the range so nothing is drawn off-canvas.
    pub fn at(&self, v: f64) -> f64 {
        let t = ((v - self.d0) / (self.d1 - self.d0)).clamp(0.0, 1.0);
        self.r0 + t * (self.r1 - self.r0)
    }
}

/// "Nice" tick values from 0 to at least `max`: steps of 1, 2, 2.5 or 5 × 10ⁿ,
/// about `target` of them.
pub fn nice_ticks(max: f64, target: usize) -> Vec<f64> {
    // Negated on purpose: NaN is caught here too.
    #[allow(clippy::neg_cmp_op_on_partial_ord)]
    if !(max > 0.0) || !max.is_finite() {
        return vec![0.0, 1.0];
    }
    let raw = max / target.max(1) as f64;
    // Largest power of ten not above `raw`, by loops rather than log/pow
    // (which would pull libm's tables into the wasm).
    let mut mag = 1.0;
    while mag * 10.0 <= raw {
        mag *= 10.0;
    }
    while mag > raw {
        mag /= 10.0;
    }
    let step = [1.0, 2.0, 2.5, 5.0, 10.0].iter().map(|m| m * mag).find(|s| *s >= raw).unwrap_or(10.0 * mag);
    let n = (max / step).ceil() as usize;
    (0..=n.max(1)).map(|k| k as f64 * step).collect()
}

/// Properties of [`ChartFigure`].
#[derive(Properties, PartialEq)]
pub struct FigureProps {
    /// `data-chart` name, used by tests and as an id prefix.
    pub name: AttrValue,
    /// Caption / title.
    pub title: AttrValue,
    /// One-sentence description of what the chart shows.
    pub desc: AttrValue,
    /// Legend or note under the chart.
    #[prop_or_default]
    pub legend: Html,
    /// The SVG body (inside the `<svg>`).
    pub svg: Html,
    /// SVG viewBox height (width is fixed at [`WIDTH`]).
    pub height: f64,
    /// Table header cells.
    pub head: &'static [&'static str],
    /// Table rows.
    pub rows: Vec<Vec<String>>,
}

/// An SVG coordinate with one decimal, printed without float formatting code.
pub fn n(x: f64) -> String {
    crate::core::money::fixed(x, 1, true)
}

/// Width of every chart's viewBox.
pub const WIDTH: f64 = 400.0;

/// A chart with its title, description, legend and table alternative.
#[function_component]
pub fn ChartFigure(p: &FigureProps) -> Html {
    let title_id = format!("chart-{}-title", p.name);
    let desc_id = format!("chart-{}-desc", p.name);
    html! {
        <figure class="chart" data-chart={p.name.clone()}>
            <figcaption id={title_id.clone()}>{ &p.title }</figcaption>
            <svg viewBox={format!("0 0 {} {}", n(WIDTH), n(p.height))} role="img"
                aria-labelledby={title_id} aria-describedby={desc_id.clone()} preserveAspectRatio="xMidYMid meet">
                <desc id={desc_id}>{ &p.desc }</desc>
                { p.svg.clone() }
            </svg>
            { p.legend.clone() }
            <details class="chart-table">
                <summary>{ "Show the numbers as a table" }</summary>
                <div class="table-wrap" tabindex="0" role="region" aria-label={format!("{} (table)", p.title)}>
                <table>
                    <caption class="visually-hidden">{ &p.title }</caption>
                    <thead><tr>{ for p.head.iter().map(|h| html! { <th scope="col">{ *h }</th> }) }</tr></thead>
                    <tbody>
                        { for p.rows.iter().map(|r| html! {
                            <tr>
                                { for r.iter().enumerate().map(|(k, c)| if k == 0 {
                                    html! { <th scope="row">{ c }</th> }
                                } else {
                                    html! { <td>{ c }</td> }
                                }) }
                            </tr>
                        }) }
                    </tbody>
                </table>
                </div>
            </details>
        </figure>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ticks_cover_max() {
        let t = nice_ticks(164_602.0, 4);
        assert!(*t.last().unwrap() >= 164_602.0);
        assert_eq!(t[0], 0.0);
        assert!(t.len() <= 7);
    }
}
