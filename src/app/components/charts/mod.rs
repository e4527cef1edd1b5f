//! SVG charts. Each chart is a `<figure>` with an SVG (`role="img"`, titled and
//! described) and a table holding the same numbers for screen readers and for
//! anyone who prefers a table. Colours come from CSS classes only, so a strict
//! Content-Security-Policy without inline styles holds.

pub mod bars;
mod experience;
mod views;

pub use views::Charts;

// The geometry is pure and tested natively in the core.
pub use crate::core::chart::{nice_ticks, Scale};

use yew::prelude::*;

use crate::app::components::use_details_open;

/// What [`figure`] draws.
pub struct FigureProps {
    /// `data-chart` name, used by tests and as an id prefix.
    pub name: AttrValue,
    /// Caption / title.
    pub title: AttrValue,
    /// One-sentence description of what the chart shows.
    pub desc: AttrValue,
    /// Legend or note under the chart (`Html::default()` for none).
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

/// Which charts to draw, provided by an embed that shows one chart
/// (`part=chart`); without it every chart is drawn.
#[derive(Clone, Copy, PartialEq)]
pub struct ChartFilter(pub crate::core::part::ChartSet);

/// [`figure`], unless an embed's [`ChartFilter`] leaves this chart out.
pub fn figure_if(filter: Option<ChartFilter>, p: FigureProps) -> Html {
    if filter.is_some_and(|f| !f.0.shows(&p.name)) {
        return Html::default();
    }
    figure(p)
}

/// A chart with its title, description, legend and table alternative.
///
/// A plain function, not a component: it has no state, and each component
/// type costs the wasm its own copy of Yew's generic lifecycle code.
pub fn figure(p: FigureProps) -> Html {
    let title_id = format!("chart-{}-title", p.name);
    let desc_id = format!("chart-{}-desc", p.name);
    html! {
        <figure class="chart" data-chart={p.name.clone()}>
            <figcaption id={title_id.clone()}>{ p.title.clone() }</figcaption>
            <svg viewBox={format!("0 0 {} {}", n(WIDTH), n(p.height))} role="img"
                aria-labelledby={title_id} aria-describedby={desc_id.clone()} preserveAspectRatio="xMidYMid meet">
                <desc id={desc_id}>{ &p.desc }</desc>
                { p.svg }
            </svg>
            { p.legend }
            <ChartTable title={p.title} head={p.head} rows={p.rows} />
        </figure>
    }
}

/// Properties of [`ChartTable`].
#[derive(Properties, PartialEq)]
pub struct ChartTableProps {
    /// The chart's title, for the table's caption and region label.
    pub title: AttrValue,
    /// Header cells.
    pub head: &'static [&'static str],
    /// Rows; the first cell of each is its header.
    pub rows: Vec<Vec<String>>,
}

/// A chart's numbers as a table, behind "Show the numbers as a table". Its
/// rows are only rendered while it is open: closed, the six tables and the
/// roles table were about 300 of the 1,727 elements with every section open,
/// diffed on every change.
/// The prerender (native) writes them, so a reader without scripts can open
/// them.
#[function_component]
pub fn ChartTable(p: &ChartTableProps) -> Html {
    let (open, ontoggle) = use_details_open(|| false);
    html! {
        <details class="chart-table" {ontoggle}>
            // Named by its chart too: six summaries read the same to a screen
            // reader listing the page's controls.
            <summary>{ "Show the numbers as a table" }<span class="visually-hidden">{ ": " }{ p.title.clone() }</span></summary>
            if open || cfg!(not(target_arch = "wasm32")) {
                <div class="table-wrap" tabindex="0" role="region" aria-label={format!("{} (table)", p.title)}>
                <table>
                    <caption class="visually-hidden">{ p.title.clone() }</caption>
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
            }
        </details>
    }
}
