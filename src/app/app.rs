//! The root component: lays out the page and hands each part its slice of state.

use yew::prelude::*;

use super::components::assumptions::AssumptionsPanel;
use super::components::charts::Charts;
use super::components::form::InputForm;
use super::components::notices::Notices;
use super::components::result::ResultCard;
use super::components::sources::Sources;
use super::hooks::use_app_state;
use super::state::Action;

/// The calculator page.
#[function_component]
pub fn App() -> Html {
    let state = use_app_state();
    let dispatch = {
        let state = state.clone();
        Callback::from(move |a: Action| state.dispatch(a))
    };
    html! {
        <>
            <header class="page-header">
                <h1>{ "Backend Developer Salary Calculator" }</h1>
                <p class="lede">{ "An estimate with its range and the reasons behind it. Every number comes from a named source or from an assumption you can see and change. Nothing you enter leaves your device." }</p>
            </header>
            <Notices notices={state.notices.clone()} storage={state.storage} dispatch={dispatch.clone()} />
            <main id="calculator" class="layout">
                <div class="col-form">
                    <InputForm inputs={state.inputs.clone()} dispatch={dispatch.clone()} />
                </div>
                <div class="col-result">
                    <ResultCard inputs={state.inputs.clone()} estimate={state.estimate.clone()} />
                    <Charts inputs={state.inputs.clone()} estimate={state.estimate.clone()} />
                </div>
                <div class="col-wide">
                    <AssumptionsPanel inputs={state.inputs.clone()} dispatch={dispatch.clone()} />
                    <Sources />
                </div>
            </main>
            <footer class="page-footer">
                <p>{ "Open source. Code under MIT or Apache-2.0. Estimates are indicative, not advice." }</p>
            </footer>
        </>
    }
}
