//! The input form: who you are, how you work, how to show the result.

use std::rc::Rc;

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::fields::{mode_radio, options, pick, ChoiceSelect, NumberField};
#[cfg(not(feature = "lite"))]
use super::survey::MetroPicker;
use crate::app::full::full_only;
use crate::app::state::{Action, Survey};
use crate::core::edit::Edit;
use crate::core::estimate::years_words;
use crate::core::inputs::{
    bounds, Currency, Industry, Inputs, Language, Location, Mode, RateBasis,
};

/// Properties of [`InputForm`].
#[derive(Properties, PartialEq)]
pub struct FormProps {
    /// Current inputs.
    pub inputs: Rc<Inputs>,
    /// Survey data (for the US metro search).
    pub survey: Survey,
    /// Where changes go.
    pub dispatch: Callback<Action>,
}

/// The calculator's form.
#[function_component]
pub fn InputForm(p: &FormProps) -> Html {
    let i = &p.inputs;
    let d = &p.dispatch;
    let on_years_range = {
        let d = d.clone();
        Callback::from(move |e: InputEvent| {
            if let Ok(v) = e
                .target_unchecked_into::<HtmlInputElement>()
                .value()
                .parse::<u32>()
            {
                d.emit(Action::Edit(Edit::Years(v)));
            }
        })
    };
    let mode_radio = |m: Mode, id: &'static str| mode_radio(i.mode, m, id, d);
    let onsubmit = Callback::from(|e: SubmitEvent| e.prevent_default());
    let reset = {
        let d = d.clone();
        Callback::from(move |_: MouseEvent| d.emit(Action::Edit(Edit::ResetAll)))
    };
    let custom = i.rate_basis == RateBasis::Custom;
    let rate_bounds = bounds::rate(i.currency);
    html! {
        <form id="inputs" class="card form" {onsubmit} aria-labelledby="form-title">
            <h2 id="form-title">{ "Your situation" }</h2>
            <fieldset>
                <legend>{ "Experience and place" }</legend>
                <NumberField id="years" label="Years of professional experience" value={i.years as f64}
                    min={bounds::YEARS.0 as f64} max={bounds::YEARS.1 as f64} unit="years"
                    hint={format!("0 means less than a year. Now: {}.", years_words(i.years))}
                    oninput={d.reform(|v: f64| Action::Edit(Edit::Years(v.round() as u32)))} />
                <input type="range" id="years-range" class="slider" aria-label="Years of professional experience (slider)"
                    min="0" max="50" step="1" value={i.years.to_string()} oninput={on_years_range} />
                <ChoiceSelect id="location" label="Where you work" value={i.location.code()}
                    hint={(i.location != Location::UsMetro).then_some(AttrValue::Static("A US city not listed, such as Austin or Seattle: choose \"Other US city\" and search it by name."))}
                    options={options::<Location>(Some(Location::group))}
                    onchange={pick::<Location, _>(d, |v| Action::Edit(Edit::Location(v)))} />
                if i.location == Location::UsMetro {
                    { full_only! { <MetroPicker survey={p.survey.clone()} metro={i.metro} dispatch={d.clone()} /> } }
                }
                <ChoiceSelect id="language" label="Main backend language" value={i.language.code()} options={options::<Language>(None)}
                    onchange={pick::<Language, _>(d, |v| Action::Edit(Edit::Language(v)))} />
                <ChoiceSelect id="industry" label="Industry" value={i.industry.code()} options={options::<Industry>(None)}
                    onchange={pick::<Industry, _>(d, |v| Action::Edit(Edit::Industry(v)))} />
            </fieldset>
            <fieldset>
                <legend>{ "How you work" }</legend>
                <div class="radios" role="radiogroup" aria-label="Employment">
                    { mode_radio(Mode::Salaried, "mode-salaried") }
                    { mode_radio(Mode::Freelance, "mode-freelance") }
                </div>
                <p class="hint">{ "The freelance settings below are used in both modes, for the salaried-versus-freelance comparison." }</p>
                <ChoiceSelect id="rate-basis" label="Freelance hourly rate from" value={i.rate_basis.code()} options={options::<RateBasis>(None)}
                    onchange={pick::<RateBasis, _>(d, |v| Action::Edit(Edit::RateBasis(v)))} />
                if custom {
                    // In the page's currency: as entered, or converted (to
                    // the cent) when the page's currency changed since.
                    <NumberField id="custom-rate" label="Your hourly rate"
                        value={(i.own_rate_in(i.currency) * 100.0).round() / 100.0}
                        min={rate_bounds.0 as f64} max={rate_bounds.1 as f64} unit={format!("{} / hour", i.currency.iso())}
                        oninput={d.reform(|v: f64| Action::Edit(Edit::CustomRate(v.round() as u32)))} />
                }
                <div class="pair">
                    <NumberField id="hours-per-week" label="Billable hours a week" value={i.hours_per_week as f64}
                        min={bounds::HOURS_PER_WEEK.0 as f64} max={bounds::HOURS_PER_WEEK.1 as f64} unit="h"
                        oninput={d.reform(|v: f64| Action::Edit(Edit::HoursPerWeek(v.round() as u32)))} />
                    <NumberField id="weeks-per-year" label="Billable weeks a year" value={i.weeks_per_year as f64}
                        min={bounds::WEEKS_PER_YEAR.0 as f64} max={bounds::WEEKS_PER_YEAR.1 as f64} unit="weeks"
                        oninput={d.reform(|v: f64| Action::Edit(Edit::WeeksPerYear(v.round() as u32)))} />
                </div>
            </fieldset>
            <fieldset>
                <legend>{ "Display" }</legend>
                <ChoiceSelect id="currency" label="Currency" value={i.currency.code()} options={options::<Currency>(None)}
                    hint="Converted at the rates in the assumptions panel."
                    onchange={pick::<Currency, _>(d, |v| Action::Edit(Edit::Currency(v)))} />
            </fieldset>
            <button type="button" class="secondary" onclick={reset}>{ "Reset all inputs" }</button>
        </form>
    }
}
