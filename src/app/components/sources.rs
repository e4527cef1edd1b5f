//! Sources: every figure of the article with its source, unit and sentence,
//! and the attribution of everything else the page uses. Its links open a
//! tab of their own: in an embed they would take the frame away.
//!
//! Never changes, so it is prerendered-only markup: the native prerender
//! (`ssr`) writes it into `index.html`, and the wasm renders just the empty
//! section, which the boot script's takeover fills with the prerendered one
//! (static/boot.js). That keeps the article's quotes out of the wasm.

use yew::prelude::*;

#[cfg(not(target_arch = "wasm32"))]
use crate::core::dataset::{self as d, Unit};
#[cfg(not(target_arch = "wasm32"))]
use crate::core::money::{fixed, format_pct, group_digits};

#[cfg(not(target_arch = "wasm32"))]
fn value_text(f: &d::Figure) -> String {
    match f.unit {
        Unit::UsdPerYear => format!("${}", group_digits(f.value as u64, false)),
        Unit::UsdPerHour => format!("${} / h", fixed(f.value, 2, true)),
        Unit::InrPerYear => format!("₹{}", group_digits(f.value as u64, true)),
        Unit::PercentVsNational => format_pct(f.value),
        Unit::Ratio => format!("× {}", fixed(f.value, 2, true)),
        Unit::Years => format!("{} years", fixed(f.value, 0, true)),
        // The article orders industries only by words ("best-paying",
        // "great salary", "decent"): their ranks are a reading of them.
        Unit::Rank if f.id.starts_with("ind-") => format!(
            "rank {} (our reading of “{}”)",
            fixed(f.value, 0, true),
            f.literal
        ),
        Unit::Rank => format!("rank {}", fixed(f.value, 0, true)),
    }
}

/// The sources section, as the wasm renders it: a place for the
/// prerendered one.
#[cfg(target_arch = "wasm32")]
#[function_component]
pub fn Sources() -> Html {
    html! { <section id="sources" class="card sources" aria-labelledby="sources-title"></section> }
}

/// The sources section.
#[cfg(not(target_arch = "wasm32"))]
#[function_component]
pub fn Sources() -> Html {
    html! {
        <section id="sources" class="card sources" aria-labelledby="sources-title" data-static="">
            <h2 id="sources-title">{ "Sources" }</h2>
            <p>
                { "The figures come from the article " }<cite>{ d::ARTICLE_TITLE }</cite>{ format!(" ({}). ", d::ARTICLE_BYLINE) }
                { "It names PayScale for the city premiums and Software Guild for one experience ladder; the other ladder is given only \"according to reports\", so this page calls it \"Reports\" and names no source for it. Figures without a named source are listed as the article's own." }
            </p>
            <details>
                <summary>{ format!("All {} figures, with the sentence each comes from", d::FIGURES.len()) }</summary>
                <div class="table-wrap" tabindex="0" role="region" aria-label="Figures of the article (scrolls sideways)">
                    <table class="figures">
                        <thead><tr>
                            <th scope="col">{ "Figure" }</th><th scope="col">{ "Value" }</th>
                            <th scope="col">{ "Unit" }</th><th scope="col">{ "Source" }</th><th scope="col">{ "The article says" }</th>
                        </tr></thead>
                        <tbody>
                            { for d::FIGURES.iter().map(|f| html! {
                                <tr id={format!("fig-{}", f.id)}>
                                    <th scope="row">{ f.label }</th>
                                    <td>{ value_text(f) }</td>
                                    <td>{ f.unit.label() }</td>
                                    <td>{ f.source.name() }</td>
                                    <td><q>{ f.quote }</q></td>
                                </tr>
                            }) }
                        </tbody>
                    </table>
                </div>
            </details>
            <p>{ "Exchange rates: European Central Bank euro reference rates of 31 December 2024, crossed through the euro; change them in the assumptions panel." }</p>
            <h3 id="data-licences">{ "Data sources and licences" }</h3>
            <ul class="licences">
                <li>{ "Contains data from the Stack Overflow Annual Developer Surveys " }
                    <a href="https://survey.stackoverflow.co/2024" target="_blank" rel="noopener">{ "2024" }</a>{ " and " }<a href="https://survey.stackoverflow.co/2025" target="_blank" rel="noopener">{ "2025" }</a>
                    { ", made available under the " }<a href="https://opendatacommons.org/licenses/odbl/1-0/" target="_blank" rel="noopener">{ "Open Database License (ODbL) v1.0" }</a>
                    { ". The percentile tables derived from them, in this page's data file, are likewise offered under the ODbL v1.0." }</li>
                <li>{ "Source: U.S. Bureau of Labor Statistics, Occupational Employment and Wage Statistics, May 2024 (public domain)." }</li>
                <li>{ "Prevailing wage data: U.S. Department of Labor, OFLC FLC Data Center, wage year 2025-26, derived from BLS OEWS May 2024 (public domain)." }</li>
                <li>{ "Salary data: " }<a href="https://aijobs.net/salaries/" target="_blank" rel="noopener">{ "aijobs.net" }</a>{ ", CC0." }</li>
                <li>{ "Source: DOU salary survey, June 2025, " }<a href="https://dou.ua/" target="_blank" rel="noopener">{ "https://dou.ua/" }</a>{ " (aggregates only)." }</li>
            </ul>
            <p>{ "The derived tables ship as " }<a href={crate::core::survey::SURVEY_FILE} target="_blank" rel="noopener">{ "one text file" }</a>{ ", with " }<a href="data/LICENSE.md" target="_blank" rel="noopener">{ "its licence notes" }</a>{ " beside it; how each number is made is in the project's README." }</p>
            <p class="privacy">{ "Privacy: the calculator runs entirely in your browser. Nothing you enter is sent anywhere; your last inputs are kept only in this browser's storage and in the address bar." }</p>
        </section>
    }
}
