//! The compact form of an embedded part: years, place and (for the card)
//! mode, the inputs a reader of a blog post changes first. The same element ids as the
//! full form, so links, labels and tests treat them alike; every other input
//! keeps the value the embed's address gave it.

use std::rc::Rc;

use yew::prelude::*;

use super::fields::{mode_radio, ChoiceSelect, NumberField};
use super::form::use_wiring;
#[cfg(not(feature = "lite"))]
use super::survey::MetroPicker;
use crate::app::full::full_only;
use crate::app::state::{Action, Survey};
use crate::core::inputs::{bounds, Inputs, Location, Mode};

/// Properties of [`CompactForm`].
#[derive(Properties, PartialEq)]
pub struct CompactFormProps {
    /// Current inputs.
    pub inputs: Rc<Inputs>,
    /// Where changes go.
    pub dispatch: Callback<Action>,
    /// Survey data (for the US metro search).
    pub survey: Survey,
    /// Show the salaried / freelance choice: only the card uses it. Every
    /// chart and the survey part draw the same whatever the mode, so the
    /// radios there changed nothing a reader could see.
    pub mode: bool,
}

/// Years, place and mode in one row (wrapping on narrow frames).
#[function_component]
pub fn CompactForm(p: &CompactFormProps) -> Html {
    let (i, d) = (&p.inputs, &p.dispatch);
    // The full form's wiring: a field whose value did not change is skipped.
    let w = use_wiring(d);
    let mode_radio = |m: Mode, id: &'static str| mode_radio(i.mode, m, id, d);
    html! {
        <form id="inputs" class="card form compact-form" onsubmit={w.submit.clone()} aria-label="Your situation">
            <NumberField id="years" label="Years of experience" value={i.years as f64}
                min={bounds::YEARS.0 as f64} max={bounds::YEARS.1 as f64} unit="years"
                oninput={w.years.clone()} />
            <ChoiceSelect id="location" label="Where you work" value={i.location.code()}
                options={w.locations.clone()} onchange={w.location.clone()} />
            // "Other US city" needs its search here too, or the embed could
            // only ever show the US average for it.
            if i.location == Location::UsMetro {
                { full_only! { <MetroPicker survey={p.survey.clone()} metro={i.metro} dispatch={d.clone()} /> } }
            }
            if p.mode {
                <div class="radios" role="radiogroup" aria-label="Employment">
                    { mode_radio(Mode::Salaried, "mode-salaried") }
                    { mode_radio(Mode::Freelance, "mode-freelance") }
                </div>
            }
        </form>
    }
}
