//! Keeps a `<select>` showing the value the state holds.
//!
//! Rendering `selected` on the options is enough for the first paint (and the
//! prerendered page), but not after that: once the reader has picked an
//! option, the browser ignores changes to that option's `selected` attribute
//! (its "dirtiness", in the HTML standard). A value that then comes from
//! elsewhere, such as a loaded scenario or a reset, would change the estimate
//! and leave the select showing the old choice.

use web_sys::HtmlSelectElement;
use yew::prelude::*;

/// A ref for a `<select>`; after each render that changes `value`, the select
/// is set to it, unless it already shows it. Setting it anyway would cost the
/// browser a second round of its own work for the change (autofill reads the
/// whole form after every selection change).
#[hook]
pub fn use_select_value(value: AttrValue) -> NodeRef {
    let node = use_node_ref();
    {
        let node = node.clone();
        use_effect_with(value, move |v| {
            if let Some(s) = node.cast::<HtmlSelectElement>() {
                if s.value() != v.as_str() {
                    s.set_value(v);
                    // A value with no option would leave the select blank;
                    // show the first option, as the browser does by default.
                    if s.selected_index() < 0 {
                        s.set_selected_index(0);
                    }
                }
            }
        });
    }
    node
}
