//! The page's two modules. The first load (issue #9: at most 150 KB gzip
//! before the page is interactive) is the same app built with the feature
//! `lite`: the form, the estimate and the closed sections. Everything else
//! (each section's content, the US metro search, the survey data, the embed
//! parts) is only in the full app, a second module that the page loads when
//! it is first needed (`window.bdscFull` in static/boot.js, built by
//! scripts/build-full.mjs). The full app then takes the page over exactly as
//! the first module took over the prerender (`takeover`), starting from the
//! first module's current inputs ([`handed_over`]) and with the same sections
//! open (the `Fold` reads them from the page).

/// `html!` for a part only the full app has. In the first module it is
/// [`NeedsFull`] instead, so the part's code is not compiled into it.
macro_rules! full_only {
    ($($body:tt)*) => {{
        #[cfg(not(feature = "lite"))]
        let part = ::yew::html! { $($body)* };
        #[cfg(feature = "lite")]
        let part = ::yew::html! { <$crate::app::full::NeedsFull /> };
        part
    }};
}
pub(crate) use full_only;

#[cfg(feature = "lite")]
pub use lite::*;

#[cfg(feature = "lite")]
mod lite {
    use wasm_bindgen::{JsCast, JsValue};
    use yew::prelude::*;

    use crate::app::state::AppState;

    /// Stands for a part of the full app: says it is loading (or, if the
    /// download failed, that it could not be loaded: `data-bdsc-full-fail`,
    /// set by boot.js, picks the line in CSS) and asks for the full app.
    #[function_component]
    pub fn NeedsFull() -> Html {
        use_effect_with((), |_| load());
        html! {
            <p class="hint needs-full" role="status">
                <span class="full-loading">{ "Loading this part of the calculator…" }</span>
                <span class="full-failed">{ "This part of the calculator could not be loaded. Reload the page to try again." }</span>
            </p>
        }
    }

    /// Asks boot.js to load the full app (once; later calls do nothing).
    pub fn load() {
        let window = gloo::utils::window();
        if let Ok(f) = js_sys::Reflect::get(&window, &JsValue::from_str("bdscFull"))
            .and_then(|f| f.dyn_into::<js_sys::Function>())
        {
            let _ = f.call0(&JsValue::NULL);
        }
    }

    /// Keeps the current inputs and view (as a query string) and the
    /// notices where the full app reads them when it starts: the address is
    /// written only once the inputs are still, so it may lag behind, and a
    /// notice about broken saved inputs could not be made again (the saved
    /// copy is replaced at the reader's first change).
    #[hook]
    pub fn use_handoff(state: &AppState) {
        let deps = (
            state.inputs.clone(),
            state.view.clone(),
            state.notices.clone(),
        );
        use_effect_with(deps, move |(inputs, view, notices)| {
            let query = crate::core::codec::query(inputs, view);
            let window = gloo::utils::window();
            let list = js_sys::Array::new();
            for n in notices.iter() {
                list.push(&JsValue::from_str(&n.param));
                list.push(&JsValue::from_str(&n.message));
            }
            let _ = js_sys::Reflect::set(
                &window,
                &JsValue::from_str("bdscQuery"),
                &JsValue::from_str(&query),
            );
            let _ = js_sys::Reflect::set(&window, &JsValue::from_str("bdscNotices"), &list);
        });
    }
}

/// In the full app there is nothing to hand over.
#[cfg(not(feature = "lite"))]
#[yew::hook]
pub fn use_handoff(_state: &crate::app::state::AppState) {}

/// The first module's current inputs and view (as a query string) and its
/// notices, when it ran before the full app (see `use_handoff`).
#[cfg(all(target_arch = "wasm32", not(feature = "lite")))]
pub fn handed_over() -> Option<(String, Vec<crate::core::codec::Notice>)> {
    use wasm_bindgen::{JsCast, JsValue};
    let window = gloo::utils::window();
    let get = |key: &str| js_sys::Reflect::get(&window, &JsValue::from_str(key)).ok();
    let query = get("bdscQuery")?.as_string()?;
    let list: Vec<String> = get("bdscNotices")
        .and_then(|v| v.dyn_into::<js_sys::Array>().ok())
        .map(|a| a.iter().filter_map(|v| v.as_string()).collect())
        .unwrap_or_default();
    let notices = list
        .chunks_exact(2)
        .map(|p| crate::core::codec::Notice {
            param: p[0].clone(),
            message: p[1].clone(),
        })
        .collect();
    Some((query, notices))
}
