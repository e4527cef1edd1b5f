//! The compact form of an embedded part: years, place and mode, the three
//! inputs a reader of a blog post changes first. The same element ids as the
//! full form, so links, labels and tests treat them alike; every other input
//! keeps the value the embed's address gave it.

use std::rc::Rc;

use yew::prelude::*;

use super::fields::{mode_radio, options, pick, ChoiceSelect, NumberField};
use crate::app::state::Action;
use crate::core::edit::Edit;
use crate::core::inputs::{bounds, Inputs, Location, Mode};

/// Properties of [`CompactForm`].
#[derive(Properties, PartialEq)]
pub struct CompactFormProps {
    /// Current inputs.
    pub inputs: Rc<Inputs>,
    /// Where changes go.
    pub dispatch: Callback<Action>,
}

/// Years, place and mode in one row (wrapping on narrow frames).
#[function_component]
pub fn CompactForm(p: &CompactFormProps) -> Html {
    let (i, d) = (&p.inputs, &p.dispatch);
    let mode_radio = |m: Mode, id: &'static str| mode_radio(i.mode, m, id, d);
    let onsubmit = Callback::from(|e: SubmitEvent| e.prevent_default());
    html! {
        <form id="inputs" class="card form compact-form" {onsubmit} aria-label="Your situation">
            <NumberField id="years" label="Years of experience" value={i.years as f64}
                min={bounds::YEARS.0 as f64} max={bounds::YEARS.1 as f64} unit="years"
                oninput={d.reform(|v: f64| Action::Edit(Edit::Years(v.round() as u32)))} />
            <ChoiceSelect id="location" label="Where you work" value={i.location.code()}
                options={options::<Location>(Some(Location::group))}
                onchange={pick::<Location, _>(d, |v| Action::Edit(Edit::Location(v)))} />
            <div class="radios" role="radiogroup" aria-label="Employment">
                { mode_radio(Mode::Salaried, "mode-salaried") }
                { mode_radio(Mode::Freelance, "mode-freelance") }
            </div>
        </form>
    }
}
