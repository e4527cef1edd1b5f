//! Notices about ignored input: shown as text (never as HTML), dismissible.

use std::rc::Rc;

use yew::prelude::*;

use crate::app::state::{Action, Storage};
use crate::core::codec::Notice;

/// Properties of [`Notices`].
#[derive(Properties, PartialEq)]
pub struct NoticesProps {
    /// What was ignored.
    pub notices: Rc<Vec<Notice>>,
    /// Saving status.
    pub storage: Storage,
    /// A newer build is waiting.
    pub update_available: bool,
    /// Where dismissal goes.
    pub dispatch: Callback<Action>,
}

/// Notices listed at most: a link with 64 unknown parameters listed 64
/// (its own words, in the first lines), pushing the answer 1,500 px down
/// on a phone and a card embed to 4,000 px.
const SHOWN: usize = 5;

/// The notice area (absent when there is nothing to say).
#[function_component]
pub fn Notices(p: &NoticesProps) -> Html {
    let dismiss = {
        let d = p.dispatch.clone();
        Callback::from(move |_: MouseEvent| {
            d.emit(Action::DismissNotices);
            // The button goes with the notices: focus moves on to the answer
            // rather than falling to the page, where a screen reader loses
            // its place.
            super::keys::back_to("result-title");
        })
    };
    // The service-worker script listens for this event, activates the waiting
    // build and reloads once it controls the page, so files never mix.
    let apply_update = Callback::from(|_: MouseEvent| {
        if let Ok(ev) = web_sys::Event::new("bdsc:apply-update") {
            let _ = gloo::utils::window().dispatch_event(&ev);
        }
    });
    html! {
        <>
            if p.update_available {
                <p id="update-notice" class="notice-inline update" role="status">
                    { "A new version of the calculator is available. " }
                    <button type="button" id="reload-update" onclick={apply_update}>{ "Reload to update" }</button>
                </p>
            }
            if !p.notices.is_empty() {
                <section id="notices" class="notices" role="status" aria-labelledby="notices-title">
                    <h2 id="notices-title">{ "Some of the input was ignored" }</h2>
                    <ul>
                        { for p.notices.iter().take(SHOWN).map(|n| html! {
                            <li class="notice"><code>{ &n.param }</code>{ ": " }{ &n.message }</li>
                        }) }
                        if p.notices.len() > SHOWN {
                            <li class="notice notice-more">{ format!("… and {} more, not listed.", p.notices.len() - SHOWN) }</li>
                        }
                    </ul>
                    <p>{ "Everything else is shown as usual, with defaults where something was ignored." }</p>
                    <button type="button" class="secondary" onclick={dismiss}>{ "Dismiss" }</button>
                </section>
            }
            if p.storage == Storage::Off {
                <p id="storage-status" class="notice-inline" role="status">
                    { "Saving is off: this browser does not let the page store data, so your inputs are kept only in the address. Everything else works." }
                </p>
            }
        </>
    }
}
