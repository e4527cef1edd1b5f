//! The app state, initialised from the address or saved inputs, and written
//! back to both after every change.

use yew::prelude::*;

use crate::app::services::still::Still;
use crate::app::services::{storage, url};
use crate::app::state::{Action, AppState, Storage};
use crate::core::codec::{self, Notice};
use crate::core::inputs::Inputs;
use crate::core::scenarios;
use crate::core::view::ViewOptions;

/// How long the inputs must stay unchanged before the address and the saved
/// copy are written.
pub const SAVE_DELAY_MS: u32 = 120;

/// Reads the initial inputs: an address wins (defaults for what it leaves
/// out); without one, the last saved inputs; failing both, the defaults.
/// Every problem becomes a notice.
fn initial_state() -> AppState {
    let stored = storage::get(storage::LAST_KEY);
    let storage_status = if stored.is_ok() {
        Storage::On
    } else {
        Storage::Off
    };
    let (saved, scenario_notices) = match storage::get(storage::SCENARIOS_KEY) {
        Ok(Some(text)) => scenarios::parse(&text),
        _ => (Vec::new(), Vec::new()),
    };
    // The full app taking over from the first module starts from its inputs
    // (newer than the address, which is written only once they are still)
    // and its notices (what the reader was told, including about the saved
    // scenarios and about broken saved inputs that are gone by now), instead
    // of reading the address and the saved inputs again.
    #[cfg(all(target_arch = "wasm32", not(feature = "lite")))]
    if let Some((q, notices)) = crate::app::full::handed_over() {
        let d = codec::decode(&q, &ViewOptions::keys());
        let (view, _) = ViewOptions::from_params(&d.passthrough);
        return AppState::new(d.inputs, notices, storage_status, view, saved);
    }
    let query = url::query();
    let from_url = codec::decode(&query, &ViewOptions::keys());
    let (view, view_notices) = ViewOptions::from_params(&from_url.passthrough);
    let mut state = initial_inputs(from_url, stored, storage_status, view, saved);
    let fragment = codec::fragment_notice(&url::hash());
    if !view_notices.is_empty() || !scenario_notices.is_empty() || fragment.is_some() {
        let mut n = (*state.notices).clone();
        n.extend(fragment);
        n.extend(view_notices);
        n.extend(scenario_notices);
        state.notices = std::rc::Rc::new(n);
    }
    state
}

/// The inputs part of [`initial_state`].
fn initial_inputs(
    from_url: codec::Decoded,
    stored: Result<Option<String>, ()>,
    storage_status: Storage,
    view: ViewOptions,
    saved: Vec<scenarios::Scenario>,
) -> AppState {
    // Any address is a view of its own, defaults for what it leaves out: an
    // embed (`?embed=1`) or a link with view options only must not show the
    // reader's saved inputs.
    if from_url.applied > 0 || !from_url.notices.is_empty() || !from_url.passthrough.is_empty() {
        return AppState::new(
            from_url.inputs,
            from_url.notices,
            storage_status,
            view,
            saved,
        );
    }
    match stored {
        Ok(Some(last)) if !last.is_empty() => {
            let d = codec::decode(&last, &[]);
            if d.notices.is_empty() {
                AppState::new(d.inputs, Vec::new(), storage_status, view, saved)
            } else {
                // Partly unreadable (a value from a newer build, a cut-off
                // copy): keep what reads, as a link does, default the rest
                // and say what was wrong. The stored copy stays as it is
                // until the reader changes something (it was removed at
                // once, years and city with the one bad value).
                let mut notices = vec![Notice {
                    param: "saved inputs".into(),
                    message: if d.applied > 0 {
                        "Some of the inputs saved on this device could not be read; the rest are restored, defaults stand in for these."
                    } else {
                        "The inputs saved on this device could not be read; defaults are shown."
                    }
                    .into(),
                }];
                // Its notices name the saved copy, not the address.
                notices.extend(d.notices.into_iter().take(5).map(|mut n| {
                    if n.param == codec::WHOLE {
                        n.param = "saved inputs".into();
                    }
                    n
                }));
                AppState::new(d.inputs, notices, storage_status, view, saved)
            }
        }
        _ => AppState::new(Inputs::default(), Vec::new(), storage_status, view, saved),
    }
}

/// The app's state handle. Each change of inputs updates the address bar and
/// the saved copy; each change of the scenarios, their saved copy.
#[hook]
pub fn use_persisted_state() -> UseReducerHandle<AppState> {
    let state = use_reducer(initial_state);
    // The first run writes nothing: the address stays as the reader gave it
    // (an address with ignored parts stays visible next to its notice), and
    // the saved copy keeps the reader's own last inputs. Merely opening a
    // link, an embed or the share panel's preview must not replace them.
    let first = use_mut_ref(|| true);
    // Writing the address is slow in browsers (history.replaceState took a
    // quarter of each update in a profile), so it waits until the inputs have
    // been still for a moment; dragging the slider writes once, at the end.
    let pending = use_mut_ref(Still::default).borrow().clone();
    {
        // A change made just before a reload or closing the tab was lost
        // with its timer: the page being left writes it at once.
        let pending = pending.clone();
        use_effect_with((), move |_| {
            let listener =
                gloo::events::EventListener::new(&gloo::utils::window(), "pagehide", move |_| {
                    pending.flush()
                });
            move || drop(listener)
        });
    }
    {
        let dispatch = state.dispatcher();
        let s = (*state).clone();
        use_effect_with(
            (state.inputs.clone(), state.view.clone()),
            move |(inputs, _)| {
                // Nor does the data's check of a link's role, country or area:
                // the address keeps what the notice is about, and the saved
                // copy the reader's own inputs, until the reader changes one.
                if std::mem::replace(&mut *first.borrow_mut(), false) || s.by_data {
                    return;
                }
                let inputs = inputs.clone();
                let save = move || {
                    url::replace_query(&s.query());
                    // An embed shows its host's choice; what a reader tries
                    // in it is not their own calculator's last view.
                    if s.storage == Storage::On
                        && !s.view.embed
                        && !storage::set(storage::LAST_KEY, &codec::encode(&inputs))
                    {
                        dispatch.dispatch(Action::Storage(Storage::Off));
                    }
                };
                pending.wait(SAVE_DELAY_MS, Box::new(save));
            },
        );
    }
    {
        // Scenarios are saved on every change after the first render. A failed
        // write leaves the previous copy in storage untouched.
        let dispatch = state.dispatcher();
        let first = use_mut_ref(|| true);
        let storage_on = state.storage == Storage::On;
        use_effect_with(state.scenarios.clone(), move |list| {
            let is_first = std::mem::replace(&mut *first.borrow_mut(), false);
            if !is_first
                && storage_on
                && !storage::set(storage::SCENARIOS_KEY, &scenarios::serialize(list))
            {
                dispatch.dispatch(Action::Storage(Storage::Off));
            }
        });
    }
    // Another tab of the page saved its scenarios: take them, so that a
    // scenario saved here next is added to that list rather than writing
    // over it (each tab kept its own list, and the last to save won). The
    // first module shows no scenarios.
    #[cfg(not(feature = "lite"))]
    {
        let dispatch = state.dispatcher();
        use_effect_with((), move |_| {
            let listener =
                gloo::events::EventListener::new(&gloo::utils::window(), "storage", move |e| {
                    // Only the scenarios' key: another tab writes its last
                    // inputs after each change, which is no reason to read
                    // and parse the list again.
                    use wasm_bindgen::JsCast;
                    let key = e.dyn_ref::<web_sys::StorageEvent>().and_then(|e| e.key());
                    if key.as_deref() != Some(storage::SCENARIOS_KEY) {
                        return;
                    }
                    if let Ok(text) = storage::get(storage::SCENARIOS_KEY) {
                        let (list, _) = scenarios::parse(&text.unwrap_or_default());
                        dispatch.dispatch(Action::ScenariosStored(list));
                    }
                });
            move || drop(listener)
        });
    }
    state
}
