//! The input form: who you are, how you work, how to show the result.

use std::rc::Rc;

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::fields::{mode_radio, options, pick, ChoiceSelect, NumberField, Opt};
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
    /// The state's epoch, for the number fields (see [`NumberField`]).
    #[prop_or_default]
    pub epoch: u32,
}

/// What the form gives its fields that never changes: callbacks bound to the
/// page-long `dispatch`, and the option lists. Made once per form, so a field
/// whose value did not change gets equal props and Yew skips it; built on
/// each render, every callback was new and every field re-rendered.
pub struct Wiring {
    pub(super) years: Callback<f64>,
    pub(super) years_range: Callback<InputEvent>,
    pub(super) location: Callback<String>,
    pub(super) language: Callback<String>,
    pub(super) industry: Callback<String>,
    pub(super) rate_basis: Callback<String>,
    pub(super) custom_rate: Callback<f64>,
    pub(super) hours: Callback<f64>,
    pub(super) weeks: Callback<f64>,
    pub(super) currency: Callback<String>,
    pub(super) submit: Callback<SubmitEvent>,
    pub(super) reset: Callback<MouseEvent>,
    pub(super) locations: Rc<[Opt]>,
    pub(super) languages: Rc<[Opt]>,
    pub(super) industries: Rc<[Opt]>,
    pub(super) rate_bases: Rc<[Opt]>,
    pub(super) currencies: Rc<[Opt]>,
}

impl Wiring {
    fn new(d: &Callback<Action>) -> Self {
        let edit = |f: fn(f64) -> Edit| d.reform(move |v: f64| Action::Edit(f(v)));
        let years_range = {
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
        Wiring {
            years: edit(|v| Edit::Years(v.round() as u32)),
            years_range,
            location: pick::<Location, _>(d, |v| Action::Edit(Edit::Location(v))),
            language: pick::<Language, _>(d, |v| Action::Edit(Edit::Language(v))),
            industry: pick::<Industry, _>(d, |v| Action::Edit(Edit::Industry(v))),
            rate_basis: pick::<RateBasis, _>(d, |v| Action::Edit(Edit::RateBasis(v))),
            custom_rate: edit(|v| Edit::CustomRate(v.round() as u32)),
            hours: edit(|v| Edit::HoursPerWeek(v.round() as u32)),
            weeks: edit(|v| Edit::WeeksPerYear(v.round() as u32)),
            currency: pick::<Currency, _>(d, |v| Action::Edit(Edit::Currency(v))),
            submit: Callback::from(|e: SubmitEvent| e.prevent_default()),
            reset: d.reform(|_: MouseEvent| Action::Edit(Edit::ResetAll)),
            locations: options::<Location>(Some(Location::group)),
            languages: options::<Language>(None),
            industries: options::<Industry>(None),
            rate_bases: options::<RateBasis>(None),
            currencies: options::<Currency>(None),
        }
    }
}

/// The form's [`Wiring`], made again only if `dispatch` changes (it does not).
#[hook]
pub fn use_wiring(d: &Callback<Action>) -> Rc<Wiring> {
    use_memo(d.clone(), Wiring::new)
}

/// The calculator's form.
#[function_component]
pub fn InputForm(p: &FormProps) -> Html {
    let i = &p.inputs;
    let d = &p.dispatch;
    let w = use_wiring(d);
    let mode_radio = |m: Mode, id: &'static str| mode_radio(i.mode, m, id, d);
    let custom = i.rate_basis == RateBasis::Custom;
    let rate_bounds = bounds::rate(i.currency);
    html! {
        <form id="inputs" class="card form" onsubmit={w.submit.clone()} aria-labelledby="form-title">
            <h2 id="form-title">{ "Your situation" }</h2>
            <fieldset>
                <legend>{ "Experience and place" }</legend>
                <NumberField id="years" label="Years of professional experience" value={i.years as f64}
                    min={bounds::YEARS.0 as f64} max={bounds::YEARS.1 as f64} unit="years"
                    hint={format!("0 means less than a year. Now: {}.", years_words(i.years))}
                    epoch={p.epoch} oninput={w.years.clone()} />
                <input type="range" id="years-range" class="slider" aria-label="Years of professional experience (slider)"
                    min="0" max="50" step="1" value={i.years.to_string()} oninput={w.years_range.clone()} />
                <ChoiceSelect id="location" form="location-form" label="Where you work" value={i.location.code()}
                    hint={(i.location != Location::UsMetro).then_some(AttrValue::Static("A US city not listed, such as Austin or Seattle: choose \"Other US city\" and search it by name."))}
                    options={w.locations.clone()} onchange={w.location.clone()} />
                if i.location == Location::UsMetro {
                    { full_only! { <MetroPicker survey={p.survey.clone()} metro={i.metro} dispatch={d.clone()} /> } }
                }
                <ChoiceSelect id="language" form="language-form" label="Main backend language" value={i.language.code()} options={w.languages.clone()}
                    onchange={w.language.clone()} />
                <ChoiceSelect id="industry" form="industry-form" label="Industry" value={i.industry.code()} options={w.industries.clone()}
                    onchange={w.industry.clone()} />
            </fieldset>
            <fieldset>
                <legend>{ "How you work" }</legend>
                <div class="radios" role="radiogroup" aria-label="Employment">
                    { mode_radio(Mode::Salaried, "mode-salaried") }
                    { mode_radio(Mode::Freelance, "mode-freelance") }
                </div>
                <p class="hint">{ "The freelance settings below are used in both modes, for the salaried-versus-freelance comparison." }</p>
                <ChoiceSelect id="rate-basis" form="rate-basis-form" label="Freelance hourly rate from" value={i.rate_basis.code()} options={w.rate_bases.clone()}
                    onchange={w.rate_basis.clone()} />
                if custom {
                    // In the page's currency: as entered, or converted (to
                    // the cent) when the page's currency changed since.
                    <NumberField id="custom-rate" label="Your hourly rate"
                        value={(i.own_rate_in(i.currency) * 100.0).round() / 100.0}
                        min={rate_bounds.0 as f64} max={rate_bounds.1 as f64} unit={format!("{} / hour", i.currency.iso())}
                        epoch={p.epoch} oninput={w.custom_rate.clone()} />
                }
                <div class="pair">
                    <NumberField id="hours-per-week" label="Billable hours a week" value={i.hours_per_week as f64}
                        min={bounds::HOURS_PER_WEEK.0 as f64} max={bounds::HOURS_PER_WEEK.1 as f64} unit="h"
                        epoch={p.epoch} oninput={w.hours.clone()} />
                    <NumberField id="weeks-per-year" label="Billable weeks a year" value={i.weeks_per_year as f64}
                        min={bounds::WEEKS_PER_YEAR.0 as f64} max={bounds::WEEKS_PER_YEAR.1 as f64} unit="weeks"
                        epoch={p.epoch} oninput={w.weeks.clone()} />
                </div>
            </fieldset>
            <fieldset>
                <legend>{ "Display" }</legend>
                <ChoiceSelect id="currency" form="currency-form" label="Currency" value={i.currency.code()} options={w.currencies.clone()}
                    hint="Converted at the rates in the assumptions panel."
                    onchange={w.currency.clone()} />
            </fieldset>
            <button type="button" class="secondary" onclick={w.reset.clone()}>{ "Reset all inputs" }</button>
        </form>
    }
}
