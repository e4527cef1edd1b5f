//! Evidence from real data: the survey distribution for the user's selection
//! (with n and back-off), roles compared, and the US metro picker.

use std::rc::Rc;

use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use super::charts::{bars, figure, FigureProps};
use super::dou::dou_panel;
use super::fields::value_prop;
use super::{money, money_h, money_short, money_stored, use_details_open};
use crate::app::state::{Action, Survey};
use crate::core::compare::{
    city_note, percentile_words, shows_bls, survey_country, survey_query, WORLD,
};
use crate::core::edit::Edit;
use crate::core::estimate::{Estimate, Fmt};
use crate::core::inputs::{Inputs, Location};
use crate::core::money::{format_compact, format_pct, format_stored_in, group_digits};
use crate::core::survey::{
    short_country, Distribution, Interval, Percentiles, Query, SurveyData, CONFIDENCE_PERMILLE,
    MIN_N,
};

fn stats_row(label: &str, p: &Percentiles, i: &Inputs, fx: f64, you: bool) -> bars::Row {
    bars::Row {
        label: label.into(),
        value: p.p50 as f64 * fx,
        range: Some((p.p25 as f64 * fx, p.p75 as f64 * fx)),
        whisker: Some((p.p10 as f64 * fx, p.p90 as f64 * fx)),
        mark: None,
        you,
        text: money_short(p.p50 as f64, i),
    }
}

/// One table row: the percentiles, the median's 95 % interval (or that the
/// figure is published, without one), and the count: respondents ("n") for a
/// survey, an employment count for BLS, never "n" for the latter.
fn stats_cells(
    label: String,
    p: &Percentiles,
    ci: Option<Interval>,
    employment: Option<u32>,
    i: &Inputs,
) -> Vec<String> {
    // Survey figures are stored to $100, so converted they keep that step;
    // BLS publishes its own, which are shown as published.
    let m = |v: u32| match employment {
        Some(_) => money(v as f64, i),
        None => money_stored(v as f64, i),
    };
    let mut r = vec![label];
    r.extend([p.p10, p.p25, p.p50].iter().map(|v| m(*v)));
    r.push(match ci {
        Some(c) => format!("{} – {}", m(c.lo), m(c.hi)),
        None => "published, no interval".into(),
    });
    r.extend([p.p75, p.p90].iter().map(|v| m(*v)));
    r.push(match employment {
        Some(e) => format!("employment {}", group_digits(e as u64, false)),
        None => format!("n = {}", group_digits(p.n as u64, false)),
    });
    r
}

/// Properties of [`SurveyPanel`].
#[derive(Properties, PartialEq)]
pub struct SurveyProps {
    /// Current inputs.
    pub inputs: Rc<Inputs>,
    /// Their article-based estimate.
    pub estimate: Rc<Estimate>,
    /// The data, once loaded.
    pub survey: Survey,
    /// Off: the article-only view (the panel shrinks to its switch).
    pub show: bool,
    /// Where changes go.
    pub dispatch: Callback<Action>,
}

/// The data panel.
#[function_component]
pub fn SurveyPanel(p: &SurveyProps) -> Html {
    let toggle = p.dispatch.reform(|e: Event| {
        Action::ShowData(e.target_unchecked_into::<HtmlInputElement>().checked())
    });
    let switch = html! {
        <label class="check app-only" for="show-data">
            <input type="checkbox" id="show-data" checked={p.show} onchange={toggle} />
            { "Compare with survey and government data" }
        </label>
    };
    if !p.show {
        return html! {
            <section id="survey" class="card survey" aria-labelledby="survey-title">
                <h2 id="survey-title">{ "What people like you report earning" }</h2>
                { switch }
                <p class="hint">{ "Article-only view: the estimate above uses only the article's figures and your assumptions (it always does; the data is shown beside it, never mixed in)." }</p>
            </section>
        };
    }
    let body = match &p.survey {
        Survey::Idle | Survey::Loading => {
            html! { <>
                <p class="hint app-only" role="status">{ "Loading survey and government data (about 53 KB)…" }</p>
                { super::no_app_note("The survey comparison needs the interactive calculator.") }
            </> }
        }
        Survey::Failed(e) => html! {
            <p class="notice-inline" role="status">{ format!("The survey data could not be loaded ({e}). The article-based estimate is unaffected.") }</p>
        },
        Survey::Ready(d) => ready(p, d),
    };
    html! {
        <section id="survey" class="card survey" aria-labelledby="survey-title">
            <h2 id="survey-title">{ "What people like you report earning" }</h2>
            { switch }
            { body }
        </section>
    }
}

/// The page's `performance`, when it asked for timing (`window.bdscTiming`
/// set before the app starts, as the benchmark does): then the survey
/// computations are bracketed with User Timing marks, `bdsc-survey`. Off
/// otherwise: each mark is a call into the browser (0.13 ms per change at 1×
/// in a profile) and an entry kept in its timeline for the life of the page.
fn timing() -> Option<web_sys::Performance> {
    thread_local! {
        static ON: bool = js_sys::Reflect::get(&gloo::utils::window(), &"bdscTiming".into())
            .is_ok_and(|v| v.is_truthy());
    }
    ON.with(|on| *on)
        .then(|| gloo::utils::window().performance())
        .flatten()
}

fn ready(p: &SurveyProps, d: &SurveyData) -> Html {
    let perf = timing();
    if let Some(perf) = &perf {
        let _ = perf.mark("bdsc-survey-start");
    }
    let i = &*p.inputs;
    let fx = i.assumptions.per_usd[i.currency.index()];
    let dispatch = &p.dispatch;
    let country = survey_country(i);
    let dist = d.distribution(&survey_query(i));
    let article = p.estimate.salaried.point;
    let us = shows_bls(country);
    let bls = d.bls();
    // n = 0: BLS counts employment, not respondents.
    let bls_p = Percentiles {
        p10: bls.p10,
        p25: bls.p25,
        p50: bls.p50,
        p75: bls.p75,
        p90: bls.p90,
        n: 0,
    };

    let mut rows = Vec::new();
    let mut cis = Vec::new();
    let mut table = Vec::new();
    if let Some(x) = &dist {
        rows.push(stats_row("Survey", &x.stats, i, fx, true));
        cis.push(Some((
            x.median_ci.lo as f64 * fx,
            x.median_ci.hi as f64 * fx,
        )));
        table.push(stats_cells(
            format!("Survey: {}", x.group),
            &x.stats,
            Some(x.median_ci),
            None,
            i,
        ));
    }
    if us {
        rows.push(stats_row("BLS (all US)", &bls_p, i, fx, false));
        cis.push(None);
        table.push(stats_cells(
            "BLS: all US software developers".into(),
            &bls_p,
            None,
            Some(bls.employment),
            i,
        ));
    }
    let conf = CONFIDENCE_PERMILLE / 10;
    let metro = (i.location == Location::UsMetro)
        .then(|| i.metro.and_then(|id| d.metro(id)))
        .flatten();
    if let Some(perf) = &perf {
        let _ = perf.mark("bdsc-survey-end");
        let _ = perf.measure_with_start_mark_and_end_mark(
            "bdsc-survey",
            "bdsc-survey-start",
            "bdsc-survey-end",
        );
    }
    html! {
        <>
            <p>{ "Percentiles of yearly pay reported by survey respondents, next to the article-based estimate. Groups smaller than " }{ MIN_N }{ " are never shown: the calculator widens the group and says how." }</p>
            <SurveySelects survey={p.survey.clone()} role={i.role.clone()} country={i.country.clone()}
                effective={location_words(i.location)} dispatch={dispatch.clone()} />
            if let Some(x) = &dist {
                <p id="survey-group" class="group-desc">
                    <strong>{ format!("{} · n = {}", x.group, group_digits(x.stats.n as u64, false)) }</strong>
                    { format!(" · {}", x.source.cited()) }
                </p>
                if !x.backed_off.is_empty() {
                    <ul id="survey-backoff" class="notes">{ for x.backed_off.iter().map(|b| html! { <li>{ format!("Widened: {b}.") }</li> }) }</ul>
                }
                if let Some(note) = city_note(i) {
                    <p id="survey-city" class="notes">{ note }</p>
                }
                <p id="survey-position">
                    { format!("The article-based salary estimate, {}, is {} of this group (median {}; {conf} % interval of the median {} – {}, rounded outward to the data file's steps).",
                        money(article, i), percentile_words(&x.stats, article), money_stored(x.stats.p50 as f64, i),
                        money_stored(x.median_ci.lo as f64, i), money_stored(x.median_ci.hi as f64, i)) }
                </p>
            } else {
                <p class="notice-inline">{ "No group of this role has enough respondents to show." }</p>
            }
            if !rows.is_empty() {
                { figure(FigureProps {
                    name: "distribution".into(),
                    title: "Article-based estimate against the reported distribution".into(),
                    desc: AttrValue::from(format!("Box plots: the line spans the 10th to 90th percentile, the box the middle half, the tick the median, the dark band the {conf} % interval of the median. The vertical line is the article-based estimate, {}.", money(article, i))),
                    legend: html!{ <p class="legend legend-note">{ format!("Line: 10th–90th percentile; box: 25th–75th; tick: median; dark band: {conf} % interval of the median (survey groups, rounded outward to the data file's steps, so a little wider than the claims' exact ones; BLS figures are published without one); vertical line: the article-based estimate.") }</p> },
                    svg: bars::draw_ci(&rows, &cis, None, i.currency, Some((article * fx, format!("Article {}", money_short(article, i))))),
                    height: bars::height(rows.len()),
                    head: &["Group", "p10", "p25", "Median", "Median, 95 % interval", "p75", "p90", "Count"],
                    rows: table,
                }) }
            }
            { dou_panel(i, &p.survey) }
            if let Some(m) = metro {
                <p id="metro-levels">
                    { format!("{}: DOL prevailing wages for software developers, Level I {} to Level IV {} an hour; Level III {} is {} against the national reference of {} ({}{}). Levels are not percentiles.",
                        m.name, money_h(m.l1_cents as f64 / 100.0, i), money_h(m.l4_cents as f64 / 100.0, i), money_h(m.l3_cents as f64 / 100.0, i),
                        format_pct(m.factor_pct()), money_h(d.national_reference().cents as f64 / 100.0, i), d.national_reference().label,
                        if d.national_reference().published { "" } else { "; a fitted approximation" }) }
                </p>
            }
            <RolesTable survey={p.survey.clone()} country={country.map(|c| AttrValue::from(c.to_string()))}
                you={AttrValue::from(i.role.clone())} fmt={Fmt::of(i)} />
        </>
    }
}

/// What "Your location" means in the survey: its one country, or, for a
/// world region (the survey has countries, not regions), worldwide and why.
fn location_words(l: Location) -> String {
    match crate::core::compare::location_country(l) {
        Some(c) => c.to_string(),
        None if l.is_world_region() => {
            format!("worldwide: {} is many countries", l.region().label())
        }
        None => "worldwide".to_string(),
    }
}

/// Properties of [`SurveySelects`].
#[derive(Properties, PartialEq)]
struct SelectsProps {
    survey: Survey,
    role: String,
    country: String,
    /// The country the location implies, for the first option's label.
    effective: String,
    dispatch: Callback<Action>,
}

/// Role and country pickers: their own component, so the long country list is
/// only rebuilt when the choice or the data changes, not on every input.
#[function_component]
fn SurveySelects(p: &SelectsProps) -> Html {
    let Some(d) = p.survey.data() else {
        return html! {};
    };
    let on_role = p.dispatch.reform(|e: Event| {
        Action::Edit(Edit::Role(
            e.target_unchecked_into::<HtmlSelectElement>().value(),
        ))
    });
    let on_country = p.dispatch.reform(|e: Event| {
        Action::Edit(Edit::Country(
            e.target_unchecked_into::<HtmlSelectElement>().value(),
        ))
    });
    html! {
        <div class="pair">
            <div class="field">
                <label for="survey-role">{ "Role" }</label>
                <select id="survey-role" ~value={value_prop(&p.role)} onchange={on_role}>
                    // Roles with too few answers are left out, unless chosen
                    // (from a link): the picker shows what is in effect.
                    { for d.roles().iter().filter(|r| r.n_2024.max(r.n_2025) >= MIN_N || r.code == p.role).map(|r| html! {
                        <option value={r.code.clone()} selected={r.code == p.role}>{ &r.name }</option>
                    }) }
                </select>
            </div>
            <div class="field">
                <label for="survey-country">{ "Country" }</label>
                <select id="survey-country" ~value={value_prop(&p.country)} onchange={on_country}>
                    <option value="" selected={p.country.is_empty()}>{ format!("Your location ({})", short_country(&p.effective)) }</option>
                    <option value={WORLD} selected={p.country == WORLD}>{ "Worldwide" }</option>
                    { for d.countries().iter().map(|c| html! {
                        <option value={c.name.clone()} selected={c.name == p.country}>{ short_country(&c.name) }</option>
                    }) }
                </select>
            </div>
        </div>
    }
}

/// Properties of [`MetroPicker`].
#[derive(Properties, PartialEq)]
pub struct MetroProps {
    /// The data, once loaded.
    pub survey: Survey,
    /// Chosen area.
    pub metro: Option<u32>,
    /// Where the choice goes.
    pub dispatch: Callback<Action>,
}

/// Search the 530 DOL areas by name.
#[function_component]
pub fn MetroPicker(p: &MetroProps) -> Html {
    let q = use_state(String::new);
    let Some(d) = p.survey.data() else {
        return html! { <p class="hint" role="status">{ "Loading the 530 US areas…" }</p> };
    };
    let oninput = {
        let q = q.clone();
        Callback::from(move |e: InputEvent| {
            q.set(e.target_unchecked_into::<HtmlInputElement>().value())
        })
    };
    let hits = d.search_metros(&q, 8);
    let chosen = p.metro.and_then(|id| d.metro(id));
    // Enter picks the first match, as a search box is expected to (issue 12).
    let onkeydown = {
        let (q, first) = (q.clone(), hits.first().map(|m| m.id));
        let dispatch = p.dispatch.clone();
        Callback::from(move |e: KeyboardEvent| {
            if let (Some(id), "Enter") = (first, e.key().as_str()) {
                e.prevent_default();
                q.set(String::new());
                dispatch.emit(Action::Edit(Edit::Metro(id)));
            }
            super::keys::arrows(&e, "metro-search", ".metro-results");
        })
    };
    let no_match = !q.trim().is_empty() && hits.is_empty();
    html! {
        <div class="field metro">
            <label for="metro-search">{ "Find a US metro area" }</label>
            <input id="metro-search" type="search" value={(*q).clone()} {oninput} {onkeydown} placeholder="e.g. Austin, Seattle" aria-describedby="metro-chosen" autocomplete="off" />
            if no_match { <p id="metro-none" class="field-error" role="status">{ format!("No US metro area matches \"{}\".", q.trim()) }</p> }
            // How many matched, for a screen reader (the list shows it).
            <p id="metro-count" class="visually-hidden" role="status">{ match hits.len() { 0 => String::new(), 1 => "1 area matches.".into(), n => format!("{n} areas match.") } }</p>
            <p id="metro-chosen" class="hint" role="status">
                { match chosen { Some(m) => format!("Chosen: {} ({} against the US level, DOL)", m.name, format_pct(m.factor_pct())), None => "No area chosen yet.".to_string() } }
            </p>
            if !hits.is_empty() {
                // Escape on a result goes back to the search (it did nothing).
                <ul class="metro-results" onkeydown={Callback::from(|e: KeyboardEvent| if e.key() == "Escape" {
                    super::keys::back_to("metro-search");
                } else {
                    super::keys::arrows(&e, "metro-search", ".metro-results");
                })}>
                    { for hits.iter().map(|m| {
                        let (id, q) = (m.id, q.clone());
                        let pick = p.dispatch.reform(move |_: MouseEvent| {
                            q.set(String::new());
                            super::keys::back_to("metro-search");
                            Action::Edit(Edit::Metro(id))
                        });
                        html! { <li><button type="button" class="secondary metro-option" onclick={pick}>{ format!("{} ({})", m.name, format_pct(m.factor_pct())) }</button></li> }
                    }) }
                </ul>
            }
        </div>
    }
}

/// Properties of [`RolesTable`].
#[derive(Properties, PartialEq)]
struct RolesProps {
    /// The data (compared by pointer).
    survey: Survey,
    /// The survey country, `None` for worldwide.
    country: Option<AttrValue>,
    /// The reader's role, highlighted.
    you: AttrValue,
    /// The display currency.
    fmt: Fmt,
}

/// Every role's median in the reader's country, behind a summary. The roles'
/// distributions are computed once per country, not on every change, and the
/// rows are only rendered while the table is open.
#[function_component]
fn RolesTable(p: &RolesProps) -> Html {
    let roles = use_memo(
        (p.survey.clone(), p.country.clone()),
        |(survey, country)| {
            let Some(d) = survey.data() else {
                return Vec::new();
            };
            d.roles()
                .iter()
                .filter(|r| r.n_2024.max(r.n_2025) >= 300)
                .filter_map(|r| {
                    let q = Query {
                        role: &r.code,
                        country: country.as_deref(),
                        ..Query::default()
                    };
                    Some((r.code.clone(), r.name.clone(), d.distribution(&q)?))
                })
                .collect::<Vec<_>>()
        },
    );
    let (open, ontoggle) = use_details_open(|| false);
    let (c, fx) = (p.fmt.currency, p.fmt.per_usd);
    let money = |usd: u32| format_stored_in(usd as f64, c, fx);
    let conf = CONFIDENCE_PERMILLE / 10;
    // A role with too few answers in the country is shown worldwide: the
    // title and the row say so, or the country's name would head worldwide
    // figures.
    let wide = |x: &Distribution| x.widened_to_world;
    let widened = roles.iter().filter(|r| wide(&r.2)).count();
    let title = format!(
        "Roles compared, {}, all experience levels ({} roles{})",
        p.country.as_deref().unwrap_or("worldwide"),
        roles.len(),
        match widened {
            0 => String::new(),
            n if n == roles.len() => "; all with worldwide figures".into(),
            n => format!("; {n} with worldwide figures"),
        }
    );
    html! {
        <details class="roles" {ontoggle}>
            <summary id="roles-title">{ title.clone() }</summary>
            if open {
            <div class="table-wrap" tabindex="0" role="region" aria-labelledby="roles-title">
                <table id="roles-table">
                    <caption class="visually-hidden">{ title }</caption>
                    <thead><tr><th scope="col">{ "Role" }</th><th scope="col">{ format!("Median ({conf} % interval)") }</th><th scope="col">{ "Middle half" }</th><th scope="col">{ "n" }</th><th scope="col">{ "Source" }</th></tr></thead>
                    <tbody>
                    { for roles.iter().map(|(code, name, x)| html! {
                        <tr class={classes!((*code == *p.you).then_some("you"))}>
                            <th scope="row">{ name }if wide(x) { <span class="ci-note">{ " (worldwide)" }</span> }</th>
                            <td>{ money(x.stats.p50) }<span class="ci-note">{ format!(" ({}–{})", format_compact(x.median_ci.lo as f64 * fx, c), format_compact(x.median_ci.hi as f64 * fx, c)) }</span></td>
                            <td>{ format!("{} – {}", money(x.stats.p25), money(x.stats.p75)) }</td>
                            <td>{ group_digits(x.stats.n as u64, false) }</td>
                            <td>{ x.source.cited() }
                                if !x.backed_off.is_empty() { <p class="step-detail">{ format!("Widened: {}.", x.backed_off.join("; ")) }</p> }
                            </td>
                        </tr>
                    }) }
                    </tbody>
                </table>
            </div>
            <p class="hint">{ "Intervals are rounded outward to the steps the data file stores, so a little wider than the exact ones the claims give." }</p>
            }
        </details>
    }
}
