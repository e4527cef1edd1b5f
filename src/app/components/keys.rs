//! Arrow keys through a list of buttons under a search field: Down from the
//! field to the first button, Down/Up between buttons (each in its own
//! `<li>`), Up from the first back to the field; and back to the field once
//! a button is picked.

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};
use yew::prelude::*;

fn focus(el: Option<Element>) -> bool {
    match el.and_then(|e| e.dyn_into::<HtmlElement>().ok()) {
        Some(h) => h.focus().is_ok(),
        None => false,
    }
}

/// Moves the focus to the element `field_id` (a field, or a heading with
/// `tabindex="-1"`): a button about to be removed or disabled would leave
/// the focus on the page itself.
pub fn back_to(field_id: &str) {
    if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
        focus(doc.get_element_by_id(field_id));
    }
}

/// Handles ArrowDown/ArrowUp for the field `field_id` and the buttons in the
/// list `list_selector` (`<ul><li><button>`). Other keys pass through.
pub fn arrows(e: &KeyboardEvent, field_id: &str, list_selector: &str) {
    let down = match e.key().as_str() {
        "ArrowDown" => true,
        "ArrowUp" => false,
        _ => return,
    };
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let active = doc.active_element();
    let li = active
        .as_ref()
        .and_then(|a| a.parent_element())
        .filter(|p| p.tag_name() == "LI");
    let moved = match (active.as_ref().map(|a| a.id()), li) {
        (Some(id), _) if id == field_id => {
            down && focus(
                doc.query_selector(&format!("{list_selector} li button"))
                    .ok()
                    .flatten(),
            )
        }
        (_, Some(li)) => {
            let next = if down {
                li.next_element_sibling()
            } else {
                li.previous_element_sibling()
            };
            match next {
                Some(n) => focus(n.first_element_child()),
                None if !down => focus(doc.get_element_by_id(field_id)),
                None => false,
            }
        }
        _ => false,
    };
    if moved {
        e.prevent_default();
    }
}
