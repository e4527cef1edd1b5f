//! The survey data file: fetched from the page's own origin once something
//! needs it (an open section that shows it, or an input that refers to it;
//! the default view needs none), then parsed once. The service worker keeps
//! it for offline use from the first visit.

use std::rc::Rc;

use yew::prelude::*;

use crate::app::services::data;
use crate::app::state::{Action, AppState};
use crate::core::survey::{SurveyData, SURVEY_FILE};

/// In the page's first module (feature `lite`), which has no survey data
/// and nothing that shows it: once `requested`, loads the full app instead.
#[cfg(feature = "lite")]
#[hook]
pub fn use_survey_data(requested: bool, _dispatch: UseReducerDispatcher<AppState>) {
    use_effect_with(requested, |&requested| {
        if requested {
            crate::app::full::load();
        }
    });
}

/// Once `requested`, loads the data and dispatches [`Action::SurveyLoaded`]
/// with the parsed data or the reason it could not be used. Requested only
/// goes from false to true, so the data is fetched at most once.
#[cfg(not(feature = "lite"))]
#[hook]
pub fn use_survey_data(requested: bool, dispatch: UseReducerDispatcher<AppState>) {
    use_effect_with(requested, move |&requested| {
        if !requested {
            return;
        }
        wasm_bindgen_futures::spawn_local(async move {
            let result = data::fetch_text(SURVEY_FILE).await.and_then(|text| {
                // Bracketed with User Timing marks: the benchmark reads `bdsc-parse`.
                let perf = gloo::utils::window().performance();
                if let Some(p) = &perf {
                    let _ = p.mark("bdsc-parse-start");
                }
                let parsed = SurveyData::parse(&text)
                    .map(Rc::new)
                    .map_err(|e| e.to_string());
                if let Some(p) = &perf {
                    let _ = p.mark("bdsc-parse-end");
                    let _ = p.measure_with_start_mark_and_end_mark(
                        "bdsc-parse",
                        "bdsc-parse-start",
                        "bdsc-parse-end",
                    );
                }
                parsed
            });
            // The page takes the data in a task of its own: parse and
            // re-render together made one long task that blocked input at
            // start-up (Lighthouse's total blocking time); apart, each is short.
            gloo::timers::callback::Timeout::new(0, move || {
                dispatch.dispatch(Action::SurveyLoaded(result))
            })
            .forget();
        });
    });
}
