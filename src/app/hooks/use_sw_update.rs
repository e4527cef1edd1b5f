//! Hears the service-worker script (static/sw-register.js) announce that a
//! newer build is installed and waiting.

use yew::prelude::*;

use crate::app::state::{Action, AppState};

/// Dispatches [`Action::UpdateAvailable`] when a newer build is waiting,
/// including when it was announced before the app started.
#[hook]
pub fn use_sw_update(dispatch: UseReducerDispatcher<AppState>) {
    use_effect_with((), move |_| {
        // It may have fired before the app started: the script also marks <html>.
        let ready = gloo::utils::document()
            .document_element()
            .and_then(|e| e.get_attribute("data-bdsc-update"))
            .is_some_and(|v| v == "ready");
        if ready {
            dispatch.dispatch(Action::UpdateAvailable);
        }
        let listener =
            gloo::events::EventListener::new(&gloo::utils::window(), "bdsc:update", move |_| {
                dispatch.dispatch(Action::UpdateAvailable)
            });
        move || drop(listener)
    });
}
