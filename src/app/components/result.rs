//! The result card: the estimate, its range, both sources, the equivalents and
//! the step-by-step breakdown.

use std::rc::Rc;

use yew::prelude::*;

use super::{money, money_h, use_details_open};
use crate::app::full::full_only;
use crate::app::hooks::use_settled;
use crate::core::estimate::{Basis, Estimate};
use crate::core::headline::{freelance_caveat, metro_pending, range_note, range_words, why_line};
use crate::core::inputs::{Inputs, Mode};
use crate::core::money::{count, format_pct, group_digits};

/// Properties of [`ResultCard`].
#[derive(Properties, PartialEq)]
pub struct ResultProps {
    /// Current inputs.
    pub inputs: Rc<Inputs>,
    /// Their estimate.
    pub estimate: Rc<Estimate>,
}

/// The estimate and why.
#[function_component]
pub fn ResultCard(p: &ResultProps) -> Html {
    let (i, e) = (&*p.inputs, &*p.estimate);
    let freelance = e.mode == Mode::Freelance;
    let title = if freelance {
        "Estimated freelance income"
    } else {
        "Estimated salary"
    };
    let s = &e.salaried;
    let f = &e.freelance;
    // The breakdown's steps are rendered only while it is open. The full
    // app, taking over from the first module (which loads it when the
    // breakdown is opened), finds it open in the page.
    let (breakdown_open, on_breakdown) =
        use_details_open(|| super::fold::open_in_page("breakdown-fold"));
    let announced = use_settled(
        format!("{title}: {} a year", money(e.annual, i)),
        ANNOUNCE_SETTLE_MS,
    );
    // The estimate bar scrolls to the card without following its link: the
    // link added an entry to the history, whose address was then left behind
    // by later changes, so Back showed an address that was not the view (and
    // a reload lost the changes). The link stays for a page without scripts.
    let to_result = use_callback((), |e: MouseEvent, _| {
        e.prevent_default();
        if let Some(card) = gloo::utils::document().get_element_by_id("result") {
            card.scroll_into_view();
        }
    });
    html! {
        <>
        <section id="result" class="card result" aria-labelledby="result-title">
            <h2 id="result-title" tabindex="-1">{ title }</h2>
            <p class="headline">
                <span id="estimate" class="amount">{ money(e.annual, i) }</span>
                <span class="per">{ " a year" }</span>
            </p>
            // Announced whole once the inputs are still: what the figure is,
            // then it. It followed every keystroke and slider step (eight
            // announcements queued for eight steps).
            <p id="estimate-live" class="visually-hidden" aria-live="polite" aria-atomic="true">{ announced }</p>
            <p id="range" class="range">
                { "Range " }<strong>{ range_words(&money(e.low, i), &money(e.high, i)) }</strong>
                { format!(" ({})", range_note(e)) }
            </p>
            <p id="why" class="why">{ why_line(e) }</p>
            // In the first module too: a link with `loc=metro` is first
            // shown by it, with the US figure until the full app and the
            // data arrive, and said nothing about it.
            if let Some(pending) = metro_pending(i, e) {
                <p id="metro-pending" class="caveat">{ pending }</p>
            }
            if let Some(caveat) = freelance_caveat(e) {
                <p id="freelance-caveat" class="caveat">{ caveat }</p>
            }
            <dl class="equivalents">
                <div><dt>{ "Monthly" }</dt><dd id="monthly">{ money(e.monthly, i) }</dd></div>
                <div><dt>{ "Hourly" }</dt><dd id="hourly">{ money_h(e.hourly, i) }</dd></div>
                if !freelance {
                    <div><dt>{ "Hourly is yearly ÷" }</dt><dd>{ format!("{} paid hours a year", group_digits(i.assumptions.paid_hours as u64, false)) }</dd></div>
                } else {
                    <div><dt>{ "Billable hours" }</dt><dd>{ format!("{} a year", group_digits(f.hours_per_year as u64, false)) }</dd></div>
                }
            </dl>
            <div class="both-sources" aria-label="The two experience sources">
                <p><span class="swatch payscale" aria-hidden="true"></span>{ if freelance { "Salaried, from the article's unnamed reports: " } else { "From the article's unnamed reports: " } }<strong id="by-payscale">{ money(s.payscale, i) }</strong></p>
                <p><span class="swatch guild" aria-hidden="true"></span>{ if freelance { "Salaried, from Software Guild: " } else { "From Software Guild: " } }<strong id="by-guild">{ money(s.guild, i) }</strong></p>
            </div>
            <p class="compare" id="mode-compare">
                if freelance {
                    { format!("A salaried job here would pay about {} a year; your rate of {} an hour over {} gives {}.",
                        money(s.point, i), money_h(f.rate, i), count(f.hours_per_year as u64, "hour", "hours"), money(f.annual, i)) }
                } else {
                    { format!("Freelancing at {} an hour for {} a year would earn {}. To match this salary you would need {} an hour.",
                        money_h(f.rate, i), count(f.hours_per_year as u64, "billable hour", "billable hours"), money(f.annual, i), money_h(f.break_even_rate, i)) }
                }
            </p>
            <details id="breakdown-fold" class="fold fold-inner" ontoggle={on_breakdown}>
            <summary>
                <h3 id="breakdown-title" class="fold-title">{ "How we got there" }</h3>
                <span class="fold-summary">{ steps_summary(e) }</span>
            </summary>
            // The prerender (native) always writes the steps, so a reader
            // without scripts can open them. In the page's first module,
            // opening them loads the full app, which has their sentences.
            if breakdown_open || cfg!(not(target_arch = "wasm32")) {
                { full_only! { <Breakdown inputs={p.inputs.clone()} estimate={p.estimate.clone()} /> } }
            }
            </details>
        </section>
        // On narrow screens the form pushes the result out of view; this bar
        // keeps the headline visible while editing. It repeats the live
        // region's text, so it is hidden from screen readers.
        <a class="sticky-estimate" href="#result" aria-hidden="true" tabindex="-1" onclick={to_result}>
            <span>{ title }</span><strong>{ money(e.annual, i) }</strong>
            <span class="sticky-range">{ range_words(&money(e.low, i), &money(e.high, i)) }</span>
        </a>
        </>
    }
}

/// The breakdown's steps, each with its sentence and source, and the
/// caveats. Only the full app has it: the sentences are made here, when the
/// breakdown is open, not with every estimate (see [`Estimate::details`]).
#[cfg(not(feature = "lite"))]
#[function_component]
fn Breakdown(p: &ResultProps) -> Html {
    let (i, e) = (&*p.inputs, &*p.estimate);
    let (details, notes) = (e.details(), e.notes());
    html! {
        <>
            <ol id="breakdown" class="breakdown" aria-labelledby="breakdown-title">
                { for e.steps.iter().zip(details).map(|(st, detail)| {
                    let badge_class = match st.basis { Basis::Source(..) => "badge source", Basis::Assumption => "badge assumption", Basis::Input => "badge input" };
                    let cites = match &st.basis { Basis::Source(_, ids) => ids.join(", "), _ => String::new() };
                    let value = if st.hourly { format!("{}/h", money_h(st.value, i)) } else { money(st.value, i) };
                    html! {
                        <li>
                            <div class="step-head">
                                <span class="step-label">{ &st.label }</span>
                                if let Some(pct) = st.pct { <span class="step-pct">{ format_pct(pct) }</span> }
                                <span class="step-value">{ value }</span>
                            </div>
                            <p class="step-detail">
                                <span class={badge_class} title={(!cites.is_empty()).then(|| format!("Figures: {cites}"))}>{ st.basis.badge() }</span>
                                { " " }{ detail }
                            </p>
                        </li>
                    }
                }) }
            </ol>
            if !notes.is_empty() {
                <ul class="notes">{ for notes.iter().map(|n| html! { <li>{ n }</li> }) }</ul>
            }
        </>
    }
}

/// How long the inputs stay still before a screen reader hears the estimate.
const ANNOUNCE_SETTLE_MS: u32 = 700;

/// The breakdown's summary line. With an own hourly rate no step comes from
/// the article (it said "from the article's figures" over a rate and hours
/// the reader set).
fn steps_summary(e: &Estimate) -> String {
    let from = if e.steps.iter().any(|s| matches!(s.basis, Basis::Source(..))) {
        "the article's figures"
    } else {
        "your own figures"
    };
    match e.steps.len() {
        1 => format!("1 step from {from} to the estimate, with its basis."),
        n => format!("{n} steps from {from} to the estimate, each with its basis."),
    }
}
