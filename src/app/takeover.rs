//! How the live app replaces the prerendered page (wasm only).
//!
//! `dist/index.html` already holds the default view, rendered at build time
//! by the same components (see `src/bin/prerender.rs`). Hydration would cost
//! about 15 KB gzip of wasm, so instead the app renders off-screen into a
//! detached `#app`, and once that render is complete hands it to
//! `window.bdscTakeover` (static/boot.js), which carries over what the
//! reader typed into the prerendered form and swaps the live view in, in one
//! DOM operation: no blank frame and no layout shift (the default view is
//! the same markup). Done in JavaScript because each DOM call from Rust adds
//! glue to the wasm (this way the takeover costs it almost nothing). The
//! first render comes in stages, one task each (`app::later`), and the swap
//! waits for the last. When the survey section is open it waits for the
//! survey data too (at most [`DATA_WAIT_MS`]): swapped in before it, the
//! survey panel would grow when the data arrives and push the charts down.
//!
//! The attributes on `<html>` that tell the CSS and the boot script how far
//! the page is (`data-bdsc-wait`, `data-bdsc-ready`) are described there.

use wasm_bindgen::{JsCast, JsValue};
use web_sys::Element;
use yew::prelude::*;

use super::app::App;

/// Longest wait for the survey data before swapping anyway.
const DATA_WAIT_MS: f64 = 1500.0;
/// How often the wait looks again.
const POLL_MS: u32 = 40;

/// Mounts the app off-screen, a task later; [`Takeover`] has it swapped in
/// when ready. The first render gets a task of its own: in the task that
/// instantiated the module it made the start-up's longest task (18.5 ms at
/// 1× in a trace: 3 ms to instantiate, 12 ms for `main` and the first
/// render), and Lighthouse counts every task over 50 ms at 4× slowdown.
pub fn start() {
    gloo::timers::callback::Timeout::new(0, mount).forget();
}

fn mount() {
    let document = gloo::utils::document();
    let Ok(live) = document.create_element("div") else {
        return;
    };
    live.set_id("app");
    yew::Renderer::<Takeover>::with_root_and_props(live.clone(), TakeoverProps { live }).render();
}

/// Properties of [`Takeover`].
#[derive(Properties, PartialEq)]
struct TakeoverProps {
    /// The detached element the app renders into.
    live: Element,
}

/// Renders [`App`]; once its view is complete (survey data included, see
/// [`DATA_WAIT_MS`]), hands the live root to the boot script's swap.
#[function_component]
fn Takeover(p: &TakeoverProps) -> Html {
    let live = p.live.clone();
    // Effects run once the whole tree has rendered.
    use_effect_with((), move |_| when_data_settled(live, js_sys::Date::now()));
    html! { <App /> }
}

/// Swaps once every part of the first render is in (`app::later`) and the
/// live view no longer shows the survey panel's loading line (loaded, failed
/// or not shown), or after [`DATA_WAIT_MS`].
fn when_data_settled(live: Element, since: f64) {
    let has = |sel: &str| live.query_selector(sel).ok().flatten().is_some();
    // A part rendered a task later (`app::later`) is not in yet: look again
    // at once (it comes in the next task).
    if has("[data-later]") {
        gloo::timers::callback::Timeout::new(0, move || when_data_settled(live, since)).forget();
        return;
    }
    if !has("#survey p.hint[role=status]") || js_sys::Date::now() - since > DATA_WAIT_MS {
        swap(&live);
        return;
    }
    gloo::timers::callback::Timeout::new(POLL_MS, move || when_data_settled(live, since)).forget();
}

/// `window.bdscTakeover(live)` from static/boot.js; without it (a page that
/// does not load that script), a plain replacement of `#app`.
fn swap(live: &Element) {
    let window = gloo::utils::window();
    let takeover = js_sys::Reflect::get(&window, &JsValue::from_str("bdscTakeover"))
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    match takeover {
        Some(f) => {
            let _ = f.call1(&JsValue::NULL, live);
            // The full app marks the page as having every part
            // (`data-bdsc-full`: the tests wait for it, the CSS may use it).
            #[cfg(not(feature = "lite"))]
            if let Some(root) = gloo::utils::document().document_element() {
                let _ = root.set_attribute("data-bdsc-full", "");
            }
        }
        None => {
            if let Some(pre) = gloo::utils::document().get_element_by_id("app") {
                let _ = pre.replace_with_with_node_1(live);
            }
        }
    }
}
