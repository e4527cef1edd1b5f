//! The Yew front end: thin function components over one reducer-driven state.
//!
//! * `state` — the single app state and its reducer.
//! * `services` — browser side effects (address bar, localStorage).
//! * `hooks` — wiring of those effects into components, one concern each.
//! * `context` — the state shared with every panel through a Yew context.
//! * `panels` — each panel reads its slice of the context for a component.
//! * `components` — the form, results, assumptions, charts and sources.

// `app::app` holds the root component, as in Yew's examples.
#[allow(clippy::module_inception)]
mod app;
mod components;
mod context;
mod hooks;
mod panels;
mod services;
mod state;

/// Mounts the app into `#app`, replacing the loading placeholder.
pub fn start() {
    let document = gloo::utils::document();
    if let Some(boot) = document.get_element_by_id("boot") {
        boot.remove();
    }
    match document.get_element_by_id("app") {
        Some(root) => {
            yew::Renderer::<app::App>::with_root(root).render();
        }
        None => {
            yew::Renderer::<app::App>::new().render();
        }
    }
}
