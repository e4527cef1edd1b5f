//! The page's panels, wired to the shared state: each reads its slice from
//! the context and hands it to the component that draws it. Those components
//! take plain props, so Yew skips them when their slice did not change; a
//! panel itself only builds one node per change.
//!
//! A section's content is only in the full app (`full_only!`): the page's
//! first module has the sections closed, and opening one loads the full app.

use yew::prelude::*;

use super::components::article_vs_data::ArticleVsData;
use super::components::assumptions::AssumptionsPanel;
use super::components::charts::Charts;
use super::components::compact_form::CompactForm;
use super::components::fold::Fold;
use super::components::form::InputForm;
use super::components::notices::Notices;
use super::components::result::ResultCard;
use super::components::scenarios::ScenariosPanel;
use super::components::share::SharePanel;
use super::components::survey::SurveyPanel;
use super::context::use_app;
use super::full::full_only;
use super::state::Survey;
use crate::core::compare::needs_survey_data;
use crate::core::estimate::Fmt;

/// Notices about the address, saved state, saving and updates.
#[function_component]
pub fn NoticesBar() -> Html {
    let app = use_app();
    html! {
        <Notices notices={app.notices.clone()} storage={app.storage} update_available={app.update_available}
            dispatch={app.dispatch.clone()} />
    }
}

/// The form.
#[function_component]
pub fn FormPanel() -> Html {
    let app = use_app();
    html! { <InputForm inputs={app.inputs.clone()} survey={app.survey.clone()} dispatch={app.dispatch.clone()} epoch={app.epoch} /> }
}

/// The compact form of an embedded part: years, place, mode.
#[function_component]
pub fn CompactFormPanel() -> Html {
    let app = use_app();
    let mode = app.view.part == crate::core::part::Part::Card;
    html! { <CompactForm inputs={app.inputs.clone()} survey={app.survey.clone()} dispatch={app.dispatch.clone()} {mode} /> }
}

/// The estimate with its range and reasons.
#[function_component]
pub fn ResultPanel() -> Html {
    let app = use_app();
    html! { <ResultCard inputs={app.inputs.clone()} estimate={app.estimate.clone()} /> }
}

/// The comparison charts (the cities chart shows DOL's figures beside the
/// article's when the data is on).
#[function_component]
pub fn ChartsPanel(p: &OpenProps) -> Html {
    let app = use_app();
    let data = app.view.data;
    html! {
        <Fold id="charts-fold" title="Comparisons" start_open={p.open} needs_survey={data.then(|| app.dispatch.clone())}
            summary="Five charts: salary by experience, the article's cities, freelance rates by region, you against the US average, salaried against freelance.">
            { full_only! { <Charts inputs={app.inputs.clone()} estimate={app.estimate.clone()}
                survey={if data { app.survey.clone() } else { Survey::Loading }} /> } }
        </Fold>
    }
}

/// Properties of the sections an embed may show on their own.
#[derive(Properties, PartialEq)]
pub struct OpenProps {
    /// Starts open (an embedded part).
    #[prop_or_default]
    pub open: bool,
}

/// The survey and government data for the current inputs.
#[function_component]
pub fn SurveySection(p: &OpenProps) -> Html {
    let app = use_app();
    html! {
        <Fold id="survey-fold" start_open={p.open} needs_survey={app.dispatch.clone()} title="What people like you report earning"
            summary="Survey and US government pay for your role, country and experience, with percentiles and metro areas.">
            { full_only! { <SurveyPanel inputs={app.inputs.clone()} estimate={app.estimate.clone()} survey={app.survey.clone()}
                show={app.view.data} dispatch={app.dispatch.clone()} /> } }
        </Fold>
    }
}

/// Saved scenarios and their comparison.
#[function_component]
pub fn ScenariosSection() -> Html {
    let app = use_app();
    // A saved scenario in a US metro area is estimated with its DOL factor.
    let needs_survey = app.scenarios.iter().any(|sc| needs_survey_data(&sc.inputs));
    html! {
        <Fold id="scenarios-fold" title="Scenarios" needs_survey={needs_survey.then(|| app.dispatch.clone())}
            summary="Save this view under a name, compare saved views side by side, export them as CSV.">
            { full_only! { <ScenariosPanel scenarios={app.scenarios.clone()} inputs={app.inputs.clone()} survey={app.survey.clone()}
                storage={app.storage} dispatch={app.dispatch.clone()} /> } }
        </Fold>
    }
}

/// The article's claims checked against the data.
#[function_component]
pub fn ClaimsSection(p: &OpenProps) -> Html {
    let app = use_app();
    if !app.view.data {
        return html! {};
    }
    html! {
        <Fold id="claims-fold" start_open={p.open} needs_survey={app.dispatch.clone()} title="The article checked against data"
            summary="Each of the article's claims beside survey and government figures, with a verdict: agrees, disagrees or can't tell.">
            { full_only! { <ArticleVsData survey={app.survey.clone()} show=true fmt={Fmt::of(&app.inputs)} /> } }
        </Fold>
    }
}

/// The editable assumptions.
#[function_component]
pub fn AssumptionsSection() -> Html {
    let app = use_app();
    html! {
        <Fold id="assumptions-fold" title="Assumptions you can change"
            summary="The paid hours, exchange rates, premiums and ladder shape behind the figures; each can be changed.">
            { full_only! { <AssumptionsPanel assumptions={app.inputs.assumptions.clone()} epoch={app.epoch} dispatch={app.dispatch.clone()} /> } }
        </Fold>
    }
}

/// Share link and embed snippet.
#[function_component]
pub fn ShareSection() -> Html {
    let app = use_app();
    html! {
        <Fold id="share-fold" title="Share & embed" summary="A link to this exact view, or a snippet to embed it in a page.">
            { full_only! { <SharePanel inputs={app.inputs.clone()} /> } }
        </Fold>
    }
}
