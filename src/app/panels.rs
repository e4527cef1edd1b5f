//! The page's panels, wired to the shared state: each reads its slice from
//! the context and hands it to the component that draws it. Those components
//! take plain props, so Yew skips them when their slice did not change; a
//! panel itself only builds one node per change.

use yew::prelude::*;

use super::components::article_vs_data::ArticleVsData;
use super::components::assumptions::AssumptionsPanel;
use super::components::charts::Charts;
use super::components::compact_form::CompactForm;
use super::components::form::InputForm;
use super::components::notices::Notices;
use super::components::result::ResultCard;
use super::components::scenarios::ScenariosPanel;
use super::components::share::SharePanel;
use super::components::survey::SurveyPanel;
use super::context::use_app;

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
    html! { <InputForm inputs={app.inputs.clone()} survey={app.survey.clone()} dispatch={app.dispatch.clone()} /> }
}

/// The compact form of an embedded part: years, place, mode.
#[function_component]
pub fn CompactFormPanel() -> Html {
    let app = use_app();
    html! { <CompactForm inputs={app.inputs.clone()} dispatch={app.dispatch.clone()} /> }
}

/// The estimate with its range and reasons.
#[function_component]
pub fn ResultPanel() -> Html {
    let app = use_app();
    html! { <ResultCard inputs={app.inputs.clone()} estimate={app.estimate.clone()} /> }
}

/// Properties of [`ChartsPanel`].
#[derive(Properties, PartialEq)]
pub struct ChartsPanelProps {
    /// Only the charts an embed shows.
    #[prop_or_default]
    pub compact: bool,
}

/// The comparison charts.
#[function_component]
pub fn ChartsPanel(p: &ChartsPanelProps) -> Html {
    let app = use_app();
    html! { <Charts inputs={app.inputs.clone()} estimate={app.estimate.clone()} compact={p.compact} /> }
}

/// The survey and government data for the current inputs.
#[function_component]
pub fn SurveySection() -> Html {
    let app = use_app();
    html! {
        <SurveyPanel inputs={app.inputs.clone()} estimate={app.estimate.clone()} survey={app.survey.clone()}
            show={app.view.data} dispatch={app.dispatch.clone()} />
    }
}

/// Saved scenarios and their comparison.
#[function_component]
pub fn ScenariosSection() -> Html {
    let app = use_app();
    html! {
        <ScenariosPanel scenarios={app.scenarios.clone()} inputs={app.inputs.clone()} survey={app.survey.clone()}
            storage={app.storage} dispatch={app.dispatch.clone()} />
    }
}

/// The article's claims checked against the data.
#[function_component]
pub fn ClaimsSection() -> Html {
    let app = use_app();
    html! { <ArticleVsData survey={app.survey.clone()} show={app.view.data} /> }
}

/// The editable assumptions.
#[function_component]
pub fn AssumptionsSection() -> Html {
    let app = use_app();
    html! { <AssumptionsPanel assumptions={app.inputs.assumptions.clone()} dispatch={app.dispatch.clone()} /> }
}

/// Share link and embed snippet.
#[function_component]
pub fn ShareSection() -> Html {
    let app = use_app();
    html! { <SharePanel inputs={app.inputs.clone()} /> }
}
