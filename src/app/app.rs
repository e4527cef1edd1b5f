//! The root component: lays out the page and hands each part its slice of state.

use yew::prelude::*;

use super::components::charts::ChartFilter;
use super::components::sources::Sources;
use super::context::{use_app, use_app_context, AppContext};
use super::full::{full_only, use_handoff};
use super::hooks::{use_persisted_state, use_root_classes, use_survey_data, use_sw_update};
use super::panels::{
    AssumptionsSection, ChartsPanel, ClaimsSection, CompactFormPanel, FormPanel, NoticesBar,
    ResultPanel, ScenariosSection, ShareSection, SurveySection,
};
use super::services::url;
use crate::core::inputs::Choice;
use crate::core::part::{ChartSet, DataShown, FormSize, Part};

/// The root: owns the state, connects it to the browser and provides it to
/// every panel through the context.
#[function_component]
pub fn App() -> Html {
    let state = use_persisted_state();
    use_survey_data(state.survey.requested(), state.dispatcher());
    use_handoff(&state);
    use_sw_update(state.dispatcher());
    use_root_classes(&state.view);
    let (embed, part, chart) = (state.view.embed, state.view.part, state.view.chart);
    let context = use_app_context(state);
    html! {
        <ContextProvider<AppContext> context={context}>
            <Page {embed} {part} {chart} />
        </ContextProvider<AppContext>>
    }
}

/// Properties of [`Page`].
#[derive(Properties, PartialEq)]
struct PageProps {
    /// The compact layout for an iframe.
    embed: bool,
    /// What the iframe shows (with `embed`).
    part: Part,
    /// The chart of `part=chart`.
    chart: usize,
}

/// The calculator page: its layout only. It re-renders only when the embed
/// options change (and at each stage of its first render); each panel
/// follows the state on its own.
#[function_component]
fn Page(p: &PageProps) -> Html {
    // The page's first render in parts, one task each (see `later`); the
    // prerender (native) renders it whole.
    let stage = use_state(|| {
        if cfg!(target_arch = "wasm32") {
            0
        } else {
            LAST_STAGE
        }
    });
    {
        let stage = stage.clone();
        use_effect_with(*stage, move |&now| {
            if now < LAST_STAGE {
                gloo::timers::callback::Timeout::new(0, move || stage.set(now + 1)).forget();
            }
        });
    }
    let stage = *stage;
    let notices = html! { <NoticesBar /> };
    if p.embed {
        // The page loads the full app for an embed (static/boot.js).
        return full_only! { <EmbedPage part={p.part} chart={p.chart} /> };
    }
    html! {
        <>
            { later(stage >= 3, notices) }
            // In the order a phone shows them: the answer, the form, the two
            // sections about the answer, the rest. The wide layout places the
            // form beside them by grid position only, so the prerendered
            // page, drawn while it is still being parsed, never has a block
            // arrive in front of one already on screen (with the form first
            // in the markup and the result moved up by CSS `order`, phones
            // saw the form jump down mid-load: a layout shift of up to 0.5).
            <main id="calculator" class="layout">
                <div class="col-head">
                    { later(stage >= 1, html! { <ResultPanel /> }) }
                </div>
                <div class="col-form">
                    { later(stage >= 2, html! { <FormPanel /> }) }
                </div>
                <div class="col-side">
                    { later(stage >= 3, html! { <>
                        <SurveySection />
                        <ChartsPanel />
                    </> }) }
                </div>
                <div class="col-wide">
                    { later(stage >= 4, html! { <>
                        <ScenariosSection />
                        <ClaimsSection />
                        <AssumptionsSection />
                        <ShareSection />
                        // Not a lazy Fold: the sources are prerendered-only markup
                        // that the takeover moves into this section, so the section
                        // must exist in the live page even while closed.
                        <details id="sources-fold" class="fold">
                            <summary>
                                <h2 class="fold-title">{ "Sources" }</h2>
                                <span class="fold-summary">{ "Where every figure comes from: the article, its named sources, the survey data and their licences." }</span>
                            </summary>
                            <Sources />
                        </details>
                    </> }) }
                </div>
            </main>
        </>
    }
}

/// The stage at which the whole page is rendered.
const LAST_STAGE: u8 = 4;

/// `part` when `shown`, else an empty `[data-later]` placeholder. The page
/// renders in stages, one task each (the frame, the result, the form, the
/// notices and the two sections beside the result, then the sections
/// below): rendered in one go, the first render was the longest task of the
/// start-up, and Lighthouse's total blocking time counts every task over
/// 50 ms at 4× slowdown. The order does not show: the view is rendered
/// off-screen and swapped in whole. The takeover waits until no placeholder
/// is left (`takeover::when_data_settled`), so the swapped-in view is complete.
fn later(shown: bool, part: Html) -> Html {
    if shown {
        part
    } else {
        html! { <div data-later="" hidden=true /> }
    }
}

/// The embed's credit line: every source the shown figure used, derived in
/// the core from the estimate's reasons (DOL only when a metro factor applies).
#[function_component]
fn EmbedCredits() -> Html {
    let app = use_app();
    html! { <span id="embed-credits">{ crate::core::estimate::credits::credit_line(&app.estimate) }</span> }
}

/// The embed's attribution of the survey and government data it shows, with
/// the licence of the Stack Overflow tables (ODbL), which every page that
/// shows them must give. A plain function: it has no state of its own.
fn data_credits(shown: DataShown) -> Html {
    const GOVERNMENT: &str = "U.S. Bureau of Labor Statistics OEWS May 2024 and U.S. Department of Labor OFLC prevailing wages 2025-26 (public domain)";
    match shown {
        DataShown::None => Html::default(),
        DataShown::Government => html! {
            <>{ " " }<span id="embed-data-credits">{ format!("Data: {GOVERNMENT}.") }</span></>
        },
        DataShown::All => html! {
            <>{ " " }<span id="embed-data-credits">
                { "Data: Stack Overflow Annual Developer Surveys 2024 and 2025, under the " }
                <a href="https://opendatacommons.org/licenses/odbl/1-0/" target="_blank" rel="noopener">{ "Open Database License (ODbL) v1.0" }</a>
                { format!(", as are the tables derived from them; {GOVERNMENT}; DOU salary survey, June 2025 (aggregates); aijobs.net (CC0).") }
            </span></>
        },
    }
}

/// Properties of [`EmbedPage`].
#[derive(Properties, PartialEq)]
struct EmbedProps {
    part: Part,
    chart: usize,
}

/// An iframe's view: only the panels of its part (decided by
/// [`Part::panels`] in the core), no page chrome, and a link to the full
/// calculator with the same inputs.
#[function_component]
fn EmbedPage(p: &EmbedProps) -> Html {
    let show = p.part.panels(p.chart);
    let form = match show.form {
        FormSize::None => Html::default(),
        FormSize::Compact => html! { <CompactFormPanel /> },
        FormSize::Full => html! { <div class="col-form"><FormPanel /></div> },
    };
    let charts = match show.charts {
        ChartSet::None => Html::default(),
        ChartSet::All => html! { <ChartsPanel open=true /> },
        one => html! {
            <ContextProvider<ChartFilter> context={ChartFilter(one)}>
                <ChartsPanel open=true />
            </ContextProvider<ChartFilter>>
        },
    };
    // Parts that show survey or government figures (the survey panel, the
    // claims, the cities chart with DOL's figures, the scenarios) credit
    // those sources and licences in the footer, as the page's sources do.
    let data_shown = show.data_shown();
    let class = classes!(
        "embed-layout",
        format!("embed-{}", p.part.code()),
        (show.form == FormSize::Full).then_some("layout")
    );
    html! {
        <>
            <NoticesBar />
            <main id="calculator" {class}>
                { form }
                <div class="col-result">
                    if show.result { <ResultPanel /> }
                    if show.survey { <SurveySection open=true /> }
                    { charts }
                    if show.claims { <ClaimsSection open=true /> }
                </div>
                if show.rest {
                    <div class="col-wide">
                        <ScenariosSection />
                        <AssumptionsSection />
                        // No share panel: its live preview would nest frames.
                        <Sources />
                    </div>
                }
            </main>
            <footer class="page-footer embed-footer">
                <p>
                    <EmbedCredits />
                    { data_credits(data_shown) }
                    { " Computed in your browser. " }
                    <OpenFullLink />
                </p>
            </footer>
        </>
    }
}

/// The embed's link to the full calculator with the same inputs.
#[function_component]
fn OpenFullLink() -> Html {
    let app = use_app();
    // Read once: the page's address does not change while it is open.
    let base = use_state(url::base);
    let full = crate::core::share::link(&base, &app.inputs);
    html! {
        <a id="open-full" href={full} target="_blank" rel="noopener">{ "Open the full calculator" }</a>
    }
}
