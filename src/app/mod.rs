//! The Yew front end: thin function components over one reducer-driven state.
//!
//! * `state` — the single app state and its reducer.
//! * `services` — browser side effects (address bar, localStorage).
//! * `hooks` — wiring of those effects into components, one concern each.
//! * `context` — the state shared with every panel through a Yew context.
//! * `panels` — each panel reads its slice of the context for a component.
//! * `components` — the form, results, assumptions, charts and sources.
//! * `takeover` — how the live app replaces the prerendered page (wasm only).
//! * `full` — the split between the page's first module (`lite`) and the full app.
//!
//! Natively (feature `ssr`) the same components render to HTML for the
//! prerender step; see [`prerender`].

// The page's first module (feature `lite`, see `full`) compiles these same
// sources with the full app's parts left out: what only those parts use is
// dead code there (and not in its wasm), which is the point.
#![cfg_attr(feature = "lite", allow(dead_code, unused_imports, unused_variables))]

// `app::app` holds the root component, as in Yew's examples.
#[allow(clippy::module_inception)]
mod app;
mod components;
mod context;
mod full;
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
