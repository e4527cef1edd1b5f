//! Saved scenarios: save the current inputs under a name, compare them in a
//! chart and a table, rename, load, remove, and export as CSV.

use std::rc::Rc;

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::charts::{bars, figure, FigureProps};
use crate::app::state::{Action, Storage, Survey};
use crate::core::codec::percent_encode;
use crate::core::headline::range_words;
use crate::core::inputs::Inputs;
use crate::core::money::{format_compact, format_usd_in};
use crate::core::scenarios::{self, estimates, place, to_csv, Scenario, MAX, NAME_LEN};

/// Properties of [`ScenariosPanel`].
#[derive(Properties, PartialEq)]
pub struct ScenariosProps {
    /// Saved scenarios.
    pub scenarios: Rc<Vec<Scenario>>,
    /// Current inputs (for the display currency of the comparison).
    pub inputs: Rc<Inputs>,
    /// The survey data (for a scenario's US metro area, as on the page).
    pub survey: Survey,
    /// Whether saving to this device works.
    pub storage: Storage,
    /// Where changes go.
    pub dispatch: Callback<Action>,
}

/// The scenarios panel.
#[function_component]
pub fn ScenariosPanel(p: &ScenariosProps) -> Html {
    let name = use_state(String::new);
    let d = &p.dispatch;
    let full = p.scenarios.len() >= MAX;
    // Whether to say what the last save did, for a screen reader (the list
    // grows below, silently, while focus stays on the button). The name said
    // is the list's last, as the reducer kept it.
    let saved = use_state(|| false);
    let on_name = {
        let (name, saved) = (name.clone(), saved.clone());
        Callback::from(move |e: InputEvent| {
            name.set(e.target_unchecked_into::<HtmlInputElement>().value());
            saved.set(false);
        })
    };
    let save = {
        let (d, name, saved) = (d.clone(), name.clone(), saved.clone());
        let next = p.scenarios.len() + 1;
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if next > MAX {
                return;
            }
            saved.set(true);
            d.emit(Action::SaveScenario((*name).clone()));
            name.set(String::new());
            // The last one disables the button, which drops its focus to
            // the page: the name field above it takes it.
            if next == MAX {
                super::keys::back_to("scenario-name");
            }
        })
    };
    let i = &*p.inputs;
    // Each scenario in the page's currency at its own exchange rate, as it
    // shows when loaded: at the page's rate, one saved with another rate
    // (or in rupees, whose dollars depend on the rate) was listed at an
    // amount it never showed.
    let cur = i.currency;
    let fx = |s: &Scenario| s.inputs.assumptions.per_usd[cur.index()];
    let amount = |usd: f64, s: &Scenario| format_usd_in(usd, cur, fx(s), false);
    let estimates = estimates(&p.scenarios, p.survey.data());
    let rows: Vec<bars::Row> = p
        .scenarios
        .iter()
        .zip(&estimates)
        .map(|(s, e)| bars::Row {
            // The chart cuts a long name to fit, with the full name as its tooltip.
            label: s.name.clone(),
            value: e.annual * fx(s),
            range: None,
            whisker: Some((e.low * fx(s), e.high * fx(s))),
            mark: None,
            you: s.inputs == *i,
            text: format_compact(e.annual * fx(s), cur),
        })
        .collect();
    let table: Vec<Vec<String>> = p
        .scenarios
        .iter()
        .zip(&estimates)
        .map(|(s, e)| {
            vec![
                s.name.clone(),
                amount(e.annual, s),
                range_words(&amount(e.low, s), &amount(e.high, s)),
                place(&s.inputs, p.survey.data()),
                s.inputs.years.to_string(),
                s.inputs.mode.label().to_string(),
            ]
        })
        .collect();
    // A byte-order mark first: Excel reads a CSV without one in the system's
    // legacy code page, which garbles ₹, € and accented names.
    let csv_href = format!(
        "data:text/csv;charset=utf-8,%EF%BB%BF{}",
        percent_encode(&to_csv(
            &p.scenarios,
            &estimates,
            p.survey.data(),
            i.currency
        ))
    );
    html! {
        <section id="scenarios" class="card scenarios" aria-labelledby="scenarios-title">
            <h2 id="scenarios-title">{ "Scenarios" }</h2>
            <p class="hint">{ format!("Save up to {MAX} what-ifs on this device and compare them.") }
                if p.storage == Storage::Off { { " Saving is off in this browser: scenarios last until you close the page." } }
            </p>
            { super::no_app_note("Saving scenarios needs the interactive calculator.") }
            <form class="save-row app-only" onsubmit={save}>
                <div class="field">
                    <label for="scenario-name">{ "Name for the current inputs" }</label>
                    <input id="scenario-name" type="text" maxlength={NAME_LEN.to_string()} value={(*name).clone()}
                        oninput={on_name} placeholder="e.g. Senior in Boston" />
                </div>
                <button type="submit" id="save-scenario" disabled={full}>{ "Save scenario" }</button>
                <p id="scenario-status" class="hint" role="status">
                    if full { { format!("{MAX} scenarios saved: remove one to save another.") } }
                    else if let Some(s) = p.scenarios.last().filter(|_| *saved) { { format!("Saved “{}”.", s.name) } }
                </p>
            </form>
            if !p.scenarios.is_empty() {
                <ul id="scenario-list" class="scenario-list">
                    { for p.scenarios.iter().enumerate().map(|(k, s)| {
                        // The box shows the name as kept (trimmed, or "Scenario
                        // 3" for none) at once: when that is the name it had,
                        // the state does not change and nothing renders it.
                        let rename = d.reform(move |e: Event| {
                            let input = e.target_unchecked_into::<HtmlInputElement>();
                            let name = scenarios::clean_name(&input.value(), k + 1);
                            input.set_value(&name);
                            Action::RenameScenario(k, name)
                        });
                        let id = format!("scenario-name-{k}");
                        html! {
                            <li class="scenario">
                                <label class="visually-hidden" for={id.clone()}>{ format!("Name of scenario {}", k + 1) }</label>
                                <input id={id} class="scenario-name" type="text" maxlength={NAME_LEN.to_string()} value={s.name.clone()} onchange={rename} />
                                <span class="scenario-amount">{ amount(estimates[k].annual, s) }</span>
                                <button type="button" class="secondary load-scenario" onclick={d.reform(move |_| Action::LoadScenario(k))}
                                    aria-label={format!("Load {}", s.name)}>{ "Load" }</button>
                                <button type="button" class="secondary remove-scenario" onclick={{
                                    let saved = saved.clone();
                                    d.reform(move |_| {
                                        // The button goes with its row: the focus moves to
                                        // the name field above the list, not to the page or
                                        // to another row's Remove (a second Enter would
                                        // remove that one too). The "Saved" line would be
                                        // stale.
                                        super::keys::back_to("scenario-name");
                                        saved.set(false);
                                        Action::RemoveScenario(k)
                                    })
                                }}
                                    aria-label={format!("Remove {}", s.name)}>{ "Remove" }</button>
                            </li>
                        }
                    }) }
                </ul>
                { figure(FigureProps {
                    name: "scenarios".into(),
                    title: "Scenarios compared, a year".into(),
                    desc: AttrValue::from(format!("Annual estimate and range for each of {} saved scenarios, in {}.", p.scenarios.len(), i.currency.label())),
                    legend: Html::default(),
                    svg: bars::draw(&rows, None, i.currency, None),
                    height: bars::height(rows.len()),
                    head: &["Scenario", "Annual", "Range", "Where", "Years", "Mode"],
                    rows: table,
                }) }
                <a id="export-csv" class="button-link" href={csv_href} download="salary-scenarios.csv">{ "Export comparison as CSV" }</a>
            }
        </section>
    }
}
