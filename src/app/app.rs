//! The root component: lays out the page and hands each part its slice of state.

use yew::prelude::*;

use super::components::article_vs_data::ArticleVsData;
use super::components::assumptions::AssumptionsPanel;
use super::components::survey::SurveyPanel;
use super::components::charts::Charts;
use super::components::form::InputForm;
use super::components::notices::Notices;
use super::components::result::ResultCard;
use super::components::scenarios::ScenariosPanel;
use super::components::share::SharePanel;
use super::components::sources::Sources;
use super::services::url;
use super::hooks::use_app_state;
use super::state::Action;

/// The calculator page.
#[function_component]
pub fn App() -> Html {
    let state = use_app_state();
    // Read once: the page's address does not change while it is open.
    let base = use_state(url::base);
    let dispatch = {
        let state = state.clone();
        Callback::from(move |a: Action| state.dispatch(a))
    };
    let notices = html! {
        <Notices notices={state.notices.clone()} storage={state.storage} update_available={state.update_available} dispatch={dispatch.clone()} />
    };
    if state.view.embed {
        // Compact view for an iframe: no page chrome, two charts, and a link
        // to the full calculator with every source and assumption.
        let full = crate::core::share::link(&base, &state.inputs);
        return html! {
            <>
                { notices }
                <main id="calculator" class="layout embed-layout">
                    <div class="col-form">
                        <InputForm inputs={state.inputs.clone()} survey={state.survey.clone()} dispatch={dispatch.clone()} />
                    </div>
                    <div class="col-result">
                        <ResultCard inputs={state.inputs.clone()} estimate={state.estimate.clone()} />
                        <Charts inputs={state.inputs.clone()} estimate={state.estimate.clone()} compact=true />
                    </div>
                </main>
                <footer class="page-footer embed-footer">
                    <p>
                        { "Figures: the KnowledgeHut article \"Backend Developer Salary for 2024\" (PayScale, Software Guild) and the assumptions listed in the full calculator. Computed in your browser. " }
                        <a id="open-full" href={full} target="_blank" rel="noopener">{ "Open the full calculator, with all sources and assumptions" }</a>
                    </p>
                </footer>
            </>
        };
    }
    html! {
        <>
            <header class="page-header">
                <h1>{ "Backend Developer Salary Calculator" }</h1>
                <p class="lede">{ "An estimate with its range and the reasons behind it. Every number comes from a named source or from an assumption you can see and change. Nothing you enter leaves your device." }</p>
            </header>
            { notices }
            <main id="calculator" class="layout">
                <div class="col-form">
                    <InputForm inputs={state.inputs.clone()} survey={state.survey.clone()} dispatch={dispatch.clone()} />
                </div>
                <div class="col-result">
                    <ResultCard inputs={state.inputs.clone()} estimate={state.estimate.clone()} />
                    <SurveyPanel inputs={state.inputs.clone()} estimate={state.estimate.clone()} survey={state.survey.clone()} show={state.view.data} dispatch={dispatch.clone()} />
                    <Charts inputs={state.inputs.clone()} estimate={state.estimate.clone()} />
                </div>
                <div class="col-wide">
                    <ScenariosPanel scenarios={state.scenarios.clone()} inputs={state.inputs.clone()} survey={state.survey.clone()} storage={state.storage} dispatch={dispatch.clone()} />
                    <ArticleVsData survey={state.survey.clone()} show={state.view.data} />
                    <AssumptionsPanel assumptions={state.inputs.assumptions.clone()} dispatch={dispatch.clone()} />
                    <SharePanel inputs={state.inputs.clone()} />
                    <Sources />
                </div>
            </main>
            <footer class="page-footer">
                <p>{ "Open source. Code under MIT or Apache-2.0; derived survey tables under the ODbL (see Sources). Estimates are indicative, not advice." }</p>
            </footer>
        </>
    }
}
