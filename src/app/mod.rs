//! The Yew front end: thin function components over one reducer-driven state.
//!
//! * `state` — the single app state and its reducer.
//! * `services` — browser side effects (address bar, localStorage).
//! * `hooks` — wiring of those effects into components, one concern each.
//! * `context` — the state shared with every panel through a Yew context.
//! * `panels` — each panel reads its slice of the context for a component.
//! * `components` — the form, results, assumptions, charts and sources.
//! * `takeover` — how the live app replaces the prerendered page (wasm only).
//!
//! Natively (feature `ssr`) the same components render to HTML for the
//! prerender step; see [`prerender`].

// `app::app` holds the root component, as in Yew's examples.
#[allow(clippy::module_inception)]
mod app;
mod components;
mod context;
mod hooks;
mod panels;
mod services;
mod state;
#[cfg(target_arch = "wasm32")]
mod takeover;

#[cfg(target_arch = "wasm32")]
pub use takeover::start;

/// The app's first view as HTML (what a first visit without address or
/// saved inputs shows), rendered by the same components. Effects do not run.
#[cfg(not(target_arch = "wasm32"))]
pub async fn prerender() -> String {
    yew::LocalServerRenderer::<app::App>::new()
        .hydratable(false)
        .render()
        .await
}
