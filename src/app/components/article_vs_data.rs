//! The article's claims checked against the bundled data, with the verdicts the
//! data build computed (never written by hand).

use yew::prelude::*;

use crate::app::state::Survey;
use crate::core::money::{fixed, format_pct, group_digits};
use crate::core::survey::{ClaimFigure, Verdict};

/// Properties of [`ArticleVsData`].
#[derive(Properties, PartialEq)]
pub struct ArticleVsDataProps {
    /// The data, once loaded.
    pub survey: Survey,
    /// Off in the article-only view.
    pub show: bool,
}

fn figure_text(f: &ClaimFigure) -> String {
    let v = match f.unit.as_str() {
        "USD/yr" => format!("${}", group_digits(f.value.round() as u64, false)),
        "%" => format_pct(f.value),
        u => format!("{} {u}", fixed(f.value, 2, true)),
    };
    let n = if f.n > 0 { format!(", n = {}", group_digits(f.n as u64, false)) } else { String::new() };
    format!("{}: {v} ({}{n})", f.label, f.source)
}

/// The comparison table.
#[function_component]
pub fn ArticleVsData(p: &ArticleVsDataProps) -> Html {
    let Some(d) = p.survey.data().filter(|_| p.show) else {
        return html! {};
    };
    html! {
        <section id="article-vs-data" class="card" aria-labelledby="avd-title">
            <h2 id="avd-title">{ "The article checked against data" }</h2>
            <p>{ "Each claim of the article beside what the bundled data says. The verdicts are computed by the data build from the numbers: agrees when the article's figure sits inside the middle half of the data (or within 10 points for city premiums, or in the same order), disagrees when it is outside the 10th–90th percentile (or the order differs), and can't tell otherwise or when the data has no comparable figure." }</p>
            <div class="table-wrap" tabindex="0" role="region" aria-labelledby="avd-title">
                <table id="claims-table">
                    <thead><tr><th scope="col">{ "The article says" }</th><th scope="col">{ "The data says" }</th><th scope="col">{ "Verdict" }</th></tr></thead>
                    <tbody>
                        { for d.claims().iter().map(|c| {
                            let (cls, word) = match c.verdict {
                                Verdict::Agrees => ("badge agrees", "Agrees"),
                                Verdict::Disagrees => ("badge disagrees", "Disagrees"),
                                Verdict::CantTell => ("badge cant-tell", "Can't tell"),
                            };
                            html! {
                                <tr data-claim={c.id.clone()}>
                                    <th scope="row">{ &c.article }</th>
                                    <td>
                                        <ul class="claim-figures">{ for c.data.iter().map(|f| html! { <li>{ figure_text(f) }</li> }) }</ul>
                                        <p class="step-detail">{ &c.explanation }</p>
                                    </td>
                                    <td><span class={cls}>{ word }</span></td>
                                </tr>
                            }
                        }) }
                    </tbody>
                </table>
            </div>
            <h3>{ "Why the sources differ" }</h3>
            <ul class="notes">
                <li>{ "Stack Overflow figures are what respondents report for total yearly pay, converted to US dollars by Stack Overflow; respondents are Stack Overflow users, younger and more engaged than the workforce, and some countries are over-represented." }</li>
                <li>{ "BLS and DOL figures come from an employer survey (OEWS) of wages only: no bonus, no equity. DOL levels are not percentiles but averages of parts of each area's wage distribution." }</li>
                <li>{ "aijobs.net figures are mostly from job postings for AI, ML and data roles, with some software and back-end titles; DOU (Ukraine) reports net monthly pay after tax." }</li>
                <li>{ "The article names PayScale and Software Guild but gives no sample sizes, dates or definitions, so its figures cannot be reproduced." }</li>
            </ul>
        </section>
    }
}
