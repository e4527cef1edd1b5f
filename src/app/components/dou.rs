//! DOU's Ukrainian back-end pay beside Stack Overflow's, for Ukraine and the
//! Eastern Europe location. DOU reports NET (after tax) monthly base pay;
//! Stack Overflow gross yearly total pay: both are shown in their own terms,
//! with DOU's also as net yearly (× 12), never mixed.

use yew::prelude::*;

use super::{money, money_stored};
use crate::app::state::Survey;
use crate::core::compare::{dou_net_yearly, shows_dou, UKRAINE};
use crate::core::inputs::Inputs;
use crate::core::money::group_digits;
use crate::core::survey::{Query, DOU_CITATION, DOU_URL};

/// DOU's levels and Stack Overflow's Ukraine back-end median, side by side,
/// for the current inputs `i` (the country and location decide whether DOU
/// applies) once the data has loaded.
///
/// A plain function, not a component: it has no state, and each component
/// type costs the wasm its own copy of Yew's generic lifecycle code.
pub fn dou_panel(i: &Inputs, survey: &Survey) -> Html {
    let Some(d) = survey.data().filter(|_| shows_dou(i)) else {
        return html! {};
    };
    let so = d.distribution(&Query {
        role: "backend",
        country: Some(UKRAINE),
        ..Query::default()
    });
    html! {
        <section id="dou" class="dou" aria-labelledby="dou-title">
            <h3 id="dou-title">{ "Ukraine: DOU beside Stack Overflow" }</h3>
            if let Some(x) = &so {
                // The survey's name with its year (the line said "Stack
                // Overflow" beside DOU's June 2025 figures).
                <p id="dou-so">{ format!("{}, {}: median {} a year, gross total pay ({} – {} 95 % interval of the median, rounded outward to the data file's steps), n = {}.",
                    x.source.cited(), x.group, money_stored(x.stats.p50 as f64, i), money_stored(x.median_ci.lo as f64, i), money_stored(x.median_ci.hi as f64, i),
                    group_digits(x.stats.n as u64, false)) }</p>
            }
            <div class="table-wrap" tabindex="0" role="region" aria-label="DOU back-end pay by level (table)">
                <table id="dou-table">
                    <thead><tr><th scope="col">{ "DOU back-end" }</th><th scope="col">{ "Median, net a month" }</th>
                        <th scope="col">{ "× 12, net a year" }</th><th scope="col">{ "n" }</th></tr></thead>
                    <tbody>
                        { for d.dou_backend().iter().map(|l| html! {
                            <tr>
                                <th scope="row">{ &l.level }</th>
                                <td>{ money(l.stats.p50 as f64, i) }</td>
                                // 12 × the monthly figure as shown: each
                                // converted on its own, £3,991 a month
                                // made £47,886 a year, not £47,892.
                                <td>{ yearly(l.stats.p50, i) }</td>
                                <td>{ group_digits(l.stats.n as u64, false) }</td>
                            </tr>
                        }) }
                    </tbody>
                </table>
            </div>
            <p class="hint">{ "DOU reports net pay after tax, monthly, base pay only; Stack Overflow reports gross yearly total pay. The net yearly figure is DOU's monthly median × 12, still after tax: before tax it would be higher by the tax paid, which the page does not guess. They are different surveys of different people (Stack Overflow 2024, DOU June 2025), so neither checks the other: DOU's net figures can be above Stack Overflow's gross one. " }
                <a id="dou-link" href={DOU_URL} target="_blank" rel="noopener">{ DOU_CITATION }</a></p>
        </section>
    }
}

/// DOU's net yearly figure ([`dou_net_yearly`], 12 × the monthly median)
/// in the page's currency: 12 × the monthly amount as the table shows it.
fn yearly(monthly_usd: u32, i: &Inputs) -> String {
    let c = i.currency;
    let month = (monthly_usd as f64 * i.assumptions.per_usd[c.index()]).round();
    let year = dou_net_yearly(month as u32);
    crate::core::money::format_amount(year, c, false)
}
