//! How the live app replaces the prerendered page (wasm only).
//!
//! `dist/index.html` already holds the default view, rendered at build time
//! by the same components (see `src/bin/prerender.rs`). Hydration would cost
//! about 15 KB gzip of wasm, so instead the app renders off-screen into a
//! detached `#app`, and once that render is complete swaps it in for the
//! prerendered one in a single DOM operation: no blank frame and no layout
//! shift (the default view is the same markup). It waits for the survey
//! data too (at most [`DATA_WAIT_MS`]): swapped in before it, the survey
//! panel would grow when the data arrives and push the charts down.
//!
//! Contract with `static/boot.js` (attributes on `<html>`):
//! * `data-bdsc-wait`: the address or saved inputs ask for another view, so
//!   the CSS keeps the prerendered one invisible; removed at the swap.
//! * `data-bdsc-ready`: set at the swap; the boot script then stops waiting
//!   and never shows its "could not start" line.

use wasm_bindgen::JsCast;
use web_sys::{Element, Event, EventInit, HtmlElement, HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;

use super::app::App;

/// Longest wait for the survey data before swapping anyway.
const DATA_WAIT_MS: f64 = 1500.0;
/// How often the wait looks again.
const POLL_MS: u32 = 40;

/// A control's state that differs from what the prerender wrote.
enum Typed {
    /// Text, number or choice.
    Value(String),
    /// A radio button or checkbox now checked.
    Checked,
}

/// Mounts the app off-screen; [`Takeover`] swaps it in when it is ready.
pub fn start() {
    let document = gloo::utils::document();
    let Ok(live) = document.create_element("div") else { return };
    live.set_id("app");
    yew::Renderer::<Takeover>::with_root_and_props(live.clone(), TakeoverProps { live }).render();
}

/// Properties of [`Takeover`].
#[derive(Properties, PartialEq)]
struct TakeoverProps {
    /// The detached element the app renders into.
    live: Element,
}

/// Renders [`App`]; after its first render, carries over what the reader
/// typed into the prerendered form, then swaps the live view in.
#[function_component]
fn Takeover(p: &TakeoverProps) -> Html {
    let carried = use_state(|| false);
    {
        // Effects run once the whole tree has rendered.
        let (live, carried) = (p.live.clone(), carried.clone());
        use_effect_with((), move |_| {
            let done = Callback::from(move |live: Element| {
                carry_over(&live);
                // Swap only after the re-render those inputs caused.
                carried.set(true);
            });
            when_data_settled(live, js_sys::Date::now(), done);
        });
    }
    {
        let live = p.live.clone();
        use_effect_with(*carried, move |done| {
            if *done {
                swap(&live);
            }
        });
    }
    html! { <App /> }
}

/// Calls `done` once the live view no longer shows the survey panel's
/// loading line (loaded, failed or not shown), or after [`DATA_WAIT_MS`].
fn when_data_settled(live: Element, since: f64, done: Callback<Element>) {
    let loading = live.query_selector("#survey p.hint[role=status]").ok().flatten().is_some();
    if !loading || js_sys::Date::now() - since > DATA_WAIT_MS {
        done.emit(live);
        return;
    }
    gloo::timers::callback::Timeout::new(POLL_MS, move || when_data_settled(live, since, done)).forget();
}

fn root_attr(name: &str) -> bool {
    gloo::utils::document().document_element().is_some_and(|e| e.has_attribute(name))
}

/// Reads the prerendered controls the reader changed (same ids in both
/// views) and replays them on the live ones as the reader's own events, so
/// the app validates them exactly as if typed there.
fn carry_over(live: &Element) {
    // A hidden prerender (another view was asked for) cannot have been typed
    // into; values there would only be the browser's form restoration.
    if root_attr("data-bdsc-wait") {
        return;
    }
    let Some(pre) = gloo::utils::document().get_element_by_id("app") else { return };
    for (id, typed) in changed_controls(&pre) {
        let Ok(Some(el)) = live.query_selector(&format!("[id=\"{id}\"]")) else { continue };
        match typed {
            Typed::Value(v) => {
                if let Some(i) = el.dyn_ref::<HtmlInputElement>() {
                    i.set_value(&v);
                } else if let Some(s) = el.dyn_ref::<HtmlSelectElement>() {
                    s.set_value(&v);
                } else if let Some(t) = el.dyn_ref::<HtmlTextAreaElement>() {
                    t.set_value(&v);
                }
                fire(&el, "input");
            }
            Typed::Checked => {
                if let Some(i) = el.dyn_ref::<HtmlInputElement>() {
                    i.set_checked(true);
                }
            }
        }
        fire(&el, "change");
    }
}

/// Controls of the prerendered view whose state differs from their markup.
fn changed_controls(pre: &Element) -> Vec<(String, Typed)> {
    let mut out = Vec::new();
    let Ok(list) = pre.query_selector_all("input[id],select[id],textarea[id]") else { return out };
    for n in 0..list.length() {
        let Some(node) = list.item(n) else { continue };
        let Some(el) = node.dyn_ref::<Element>() else { continue };
        let id = el.id();
        if let Some(i) = el.dyn_ref::<HtmlInputElement>() {
            let kind = i.type_();
            if kind == "radio" || kind == "checkbox" {
                if i.checked() && !i.default_checked() {
                    out.push((id, Typed::Checked));
                }
            } else if i.value() != i.default_value() {
                out.push((id, Typed::Value(i.value())));
            }
        } else if let Some(s) = el.dyn_ref::<HtmlSelectElement>() {
            let marked = s.query_selector("option[selected]").ok().flatten().and_then(|o| o.get_attribute("value"));
            if marked.is_some_and(|m| m != s.value()) {
                out.push((id, Typed::Value(s.value())));
            }
        } else if let Some(t) = el.dyn_ref::<HtmlTextAreaElement>() {
            if t.default_value().is_ok_and(|d| d != t.value()) {
                out.push((id, Typed::Value(t.value())));
            }
        }
    }
    out
}

/// Dispatches a bubbling event, which reaches Yew's listener on the root.
fn fire(el: &Element, kind: &str) {
    let init = EventInit::new();
    init.set_bubbles(true);
    if let Ok(ev) = Event::new_with_event_init_dict(kind, &init) {
        let _ = el.dispatch_event(&ev);
    }
}

/// Replaces the prerendered `#app` with the live one, keeps the focus on the
/// same control, and marks `<html>` ready.
fn swap(live: &Element) {
    let document = gloo::utils::document();
    let focused = document.active_element().map(|e| e.id()).filter(|id| !id.is_empty());
    match document.get_element_by_id("app") {
        Some(pre) => {
            let _ = pre.replace_with_with_node_1(live);
        }
        None => {
            if let Some(body) = document.body() {
                let _ = body.append_child(live);
            }
        }
    }
    if let Some(id) = focused {
        if let Ok(Some(el)) = live.query_selector(&format!("[id=\"{id}\"]")) {
            if let Some(el) = el.dyn_ref::<HtmlElement>() {
                let _ = el.focus();
            }
        }
    }
    if let Some(root) = document.document_element() {
        let _ = root.remove_attribute("data-bdsc-wait");
        let _ = root.set_attribute("data-bdsc-ready", "");
    }
}
