//! Theme, accent and embed mode as classes on `<html>`, so the CSS can switch
//! its variables without any inline style (a strict CSP holds).

use yew::prelude::*;

use crate::core::view::ViewOptions;

/// Keeps the classes of `<html>` in step with the view options.
#[hook]
pub fn use_root_classes(view: &ViewOptions) {
    let classes = view.root_classes().join(" ");
    use_effect_with(classes, |classes| {
        if let Some(root) = gloo::utils::document().document_element() {
            root.set_class_name(classes);
        }
    });
}
