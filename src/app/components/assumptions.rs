//! The assumptions panel: every number the article does not give, visible and
//! editable, with its default and the rule behind it.

use yew::prelude::*;

use super::fields::{options, pick, ChoiceSelect, NumberField};
use crate::app::state::Action;
use crate::core::edit::Edit;
use crate::core::estimate::{raised_anchors_note, ANCHOR_LABELS};
use crate::core::inputs::{
    bounds, Assumptions, Currency, ExperienceSource, Industry, Language, Region,
    DEFAULT_ANCHOR_TENTHS, FX_DATE,
};
use web_sys::HtmlInputElement;

/// Properties of [`AssumptionsPanel`].
#[derive(Properties, PartialEq)]
pub struct AssumptionsProps {
    /// Current assumptions (only these, so the panel is not re-rendered when
    /// any other input changes).
    pub assumptions: Assumptions,
    /// The state's epoch, for the number fields (see [`NumberField`]).
    #[prop_or_default]
    pub epoch: u32,
    /// Where changes go.
    pub dispatch: Callback<Action>,
}

/// The assumptions, grouped, each an input.
#[function_component]
pub fn AssumptionsPanel(p: &AssumptionsProps) -> Html {
    let a = &p.assumptions;
    let d = &p.dispatch;
    let (lo, hi) = (bounds::PCT.0 as f64, bounds::PCT.1 as f64);
    let pct_field = |id: String, label: String, value: i32, default: i32, act: Callback<f64>| {
        html! {
            <NumberField id={id} label={label} value={value as f64} min={lo} max={hi} unit="%"
                class={classes!((value != default).then_some("changed"))}
                hint={format!("Default {}", crate::core::money::format_pct(default as f64))} epoch={p.epoch} oninput={act} />
        }
    };
    let reset = d.reform(|_: MouseEvent| Action::Edit(Edit::ResetAssumptions));
    // One fieldset of percentage fields with its default rule.
    let group = |legend: &'static str, rule: &'static str, fields: Html| {
        html! {
            <fieldset>
                <legend>{ legend }</legend>
                <p class="hint">{ rule }</p>
                <div class="grid-fields">{ fields }</div>
            </fieldset>
        }
    };
    html! {
        <section id="assumptions" class="card assumptions" aria-labelledby="assumptions-title">
            <h2 id="assumptions-title">{ "Assumptions you can change" }</h2>
            <p>{ "The article ranks languages and industries but gives no amounts, gives no salaries for world regions, and has two experience ladders. These are the numbers we fill in; each is used exactly as shown here." }</p>
            <fieldset>
                <legend>{ "Experience ladder" }</legend>
                <ChoiceSelect id="primary-source" label="Point estimate from" value={a.primary.code()}
                    options={options::<ExperienceSource>(None)} hint="The range always spans both sources."
                    onchange={pick::<ExperienceSource, _>(d, |v| Action::Edit(Edit::Primary(v)))} />
                <NumberField id="paid-hours" label="Paid hours in a salaried year" value={a.paid_hours as f64}
                    min={bounds::PAID_HOURS.0 as f64} max={bounds::PAID_HOURS.1 as f64} unit="h"
                    hint="For the hourly equivalent of a salary. Default 2,080 (40 h × 52 weeks)."
                    epoch={p.epoch} oninput={d.reform(|v: f64| Action::Edit(Edit::PaidHours(v.round() as u32)))} />
            </fieldset>
            <fieldset id="ladder-shape">
                <legend>{ "Ladder shape" }</legend>
                <p class="hint">{ "Where each of the article's experience figures sits on the years axis; between them the estimate follows straight lines, flat beyond the last. The freelance rate's position in its range (entry 0, mid ½, senior 1) follows the first three. Defaults: the middle of each band the article names (under 1 year → 0, 1–4 → 2.5, 5–9 → 7) and its 20-year team-lead figure." }</p>
                <div class="grid-fields">
                { for ANCHOR_LABELS.iter().enumerate().map(|(k, label)| {
                    let (value, default) = (a.anchor_tenths[k], DEFAULT_ANCHOR_TENTHS[k]);
                    html! {
                        <NumberField id={format!("anchor-{k}")} label={format!("{label} at")} value={value as f64 / 10.0}
                            min={bounds::ANCHOR_TENTHS.0 as f64 / 10.0} max={bounds::ANCHOR_TENTHS.1 as f64 / 10.0} step={0.1} unit="years"
                            class={classes!((value != default).then_some("changed"))}
                            hint={format!("Default {}", crate::core::money::fixed(default as f64 / 10.0, 1, true))}
                            epoch={p.epoch} oninput={d.reform(move |v: f64| Action::Edit(Edit::Anchor(k, (v * 10.0).round() as u32)))} />
                    }
                }) }
                </div>
                // The fields keep what the reader typed; an anchor before an
                // earlier one is used at that one's year, and this says so.
                <div id="anchor-order" role="status">
                    if let Some(note) = raised_anchors_note(a) { <p class="caveat">{ note }</p> }
                </div>
                <label class="check" for="lead-hold">
                    <input type="checkbox" id="lead-hold" checked={a.lead_hold}
                        onchange={d.reform(|e: Event| Action::Edit(Edit::LeadHold(e.target_unchecked_into::<HtmlInputElement>().checked())))} />
                    { "Hold the team-lead figure at the ladder's senior figure when twice entry pay is below it" }
                </label>
                <p class="hint">{ "Default on: the article says team leads earn roughly twice entry pay; for Software Guild 2 × $34,000 = $68,000 is below its own $98,000 senior figure, and pay falling with seniority is not what the article means." }</p>
                <label class="check" for="city-on-guild">
                    <input type="checkbox" id="city-on-guild" checked={a.city_on_guild}
                        onchange={d.reform(|e: Event| Action::Edit(Edit::CityOnGuild(e.target_unchecked_into::<HtmlInputElement>().checked())))} />
                    { "Apply PayScale's city premiums to the Software Guild ladder too" }
                </label>
                <p class="hint">{ "Default on: the article gives city premiums only from PayScale; applying them to both ladders keeps the range about the same city. Off, Software Guild's figure stays national." }</p>
                <label class="check" for="india-shape">
                    <input type="checkbox" id="india-shape" checked={a.india_shape}
                        onchange={d.reform(|e: Event| Action::Edit(Edit::IndiaShape(e.target_unchecked_into::<HtmlInputElement>().checked())))} />
                    { "Shape India's average by each ladder's rise with experience" }
                </label>
                <p class="hint">{ "Default on: the article gives India one average, ₹7 lakh, read as the 1–4 year level; each ladder's value at your experience ÷ its 1–4 year figure scales it. Off, the average is used at every experience." }</p>
            </fieldset>
            { group("Language adjustment", "Default rule: 5% per rank step, the languages in second place at 0%.",
                Language::ALL.iter().skip(1).map(|&l| pct_field(
                    format!("lang-pct-{}", l.code()), l.label().to_string(), a.language_pct[l.index()], l.default_pct(),
                    d.reform(move |v: f64| Action::Edit(Edit::LanguagePct(l, v.round() as i32))))).collect()) }
            { group("Industry adjustment", "Default rule: 4% per rank step in the article's order, centred between third and fourth place.",
                Industry::ALL.iter().skip(1).map(|&ind| pct_field(
                    format!("ind-pct-{}", ind.code()), ind.label().to_string(), a.industry_pct[ind.index()], ind.default_pct(),
                    d.reform(move |v: f64| Action::Edit(Edit::IndustryPct(ind, v.round() as i32))))).collect()) }
            { group("World-region salary against the US", "Default: the middle of the region's hourly range against North America's.",
                Region::ALL.iter().map(|&r| pct_field(
                    format!("region-pct-{}", r.code()), r.label().to_string(), a.region_pct[r.index()], r.default_factor_pct(),
                    d.reform(move |v: f64| Action::Edit(Edit::RegionPct(r, v.round() as i32))))).collect()) }
            <fieldset>
                <legend>{ "Exchange rates (per US dollar)" }</legend>
                <p class="hint">{ format!("Defaults: {FX_DATE}. Enter today's rate if you need it.") }</p>
                <div class="grid-fields">
                { for Currency::ALL.iter().skip(1).map(|&c| html! {
                    <NumberField id={format!("fx-{}", c.code())} label={format!("{} per $1", c.label())}
                        value={a.per_usd[c.index()]} min={bounds::FX.0} max={bounds::FX.1} step={0.0001}
                        hint={format!("Default {}", crate::core::money::fixed(c.default_per_usd(), 4, true))}
                        epoch={p.epoch} oninput={d.reform(move |v: f64| Action::Edit(Edit::Fx(c, v)))} />
                }) }
                </div>
            </fieldset>
            { super::no_app_note("These are the defaults; changing them needs the interactive calculator.") }
            <button type="button" class="secondary app-only" onclick={reset}>{ "Reset assumptions" }</button>
        </section>
    }
}
