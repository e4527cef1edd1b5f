//! The app state, initialised from the address or saved inputs, and written
//! back to both after every change.

use yew::prelude::*;

use crate::app::services::{storage, url};
use crate::app::state::{AppState, Storage};
use crate::core::codec::{self, Notice};
use crate::core::inputs::Inputs;

/// Query parameters that belong to the view, not to the estimate; the codec
/// passes them through instead of reporting them as unknown.
pub const VIEW_PARAMS: &[&str] = &["embed", "theme", "accent"];

/// Reads the initial inputs: the address wins; without one, the last saved
/// inputs; failing both, the defaults. Every problem becomes a notice.
fn initial_state() -> AppState {
    let query = url::query();
    let from_url = codec::decode(&query, VIEW_PARAMS);
    let stored = storage::get(storage::LAST_KEY);
    let storage_status = if stored.is_ok() { Storage::On } else { Storage::Off };
    if from_url.applied > 0 || !from_url.notices.is_empty() {
        return AppState::new(from_url.inputs, from_url.notices, storage_status, from_url.passthrough);
    }
    let view = from_url.passthrough;
    match stored {
        Ok(Some(saved)) if !saved.is_empty() => {
            let d = codec::decode(&saved, &[]);
            if d.notices.is_empty() {
                AppState::new(d.inputs, Vec::new(), storage_status, view)
            } else {
                // Broken saved state: discard it and say what was wrong.
                let mut notices = vec![Notice {
                    param: "saved inputs".into(),
                    message: "The inputs saved on this device could not be read and were discarded; defaults are shown.".into(),
                }];
                notices.extend(d.notices.into_iter().take(5));
                storage::remove(storage::LAST_KEY);
                AppState::new(Inputs::default(), notices, storage_status, view)
            }
        }
        _ => AppState::new(Inputs::default(), Vec::new(), storage_status, view),
    }
}

/// The app's state handle. Each change of inputs updates the address bar and
/// the saved copy.
#[hook]
pub fn use_app_state() -> UseReducerHandle<AppState> {
    let state = use_reducer(initial_state);
    // The first run only saves; it leaves the address as the user gave it, so
    // an address with ignored parts stays visible next to its notice.
    let first = use_mut_ref(|| true);
    {
        let dispatch = state.dispatcher();
        let s = (*state).clone();
        use_effect_with(state.inputs.clone(), move |inputs| {
            let is_first = std::mem::replace(&mut *first.borrow_mut(), false);
            if !is_first {
                url::replace_query(&s.query());
            }
            let clean = !(is_first && !s.notices.is_empty());
            if s.storage == Storage::On && clean && !storage::set(storage::LAST_KEY, &codec::encode(inputs)) {
                dispatch.dispatch(crate::app::state::Action::Storage(Storage::Off));
            }
        });
    }
    state
}
