//! A section that opens in place: its title and a one-line summary stay
//! visible, and in the browser its content is rendered only while it is open,
//! so a closed page keeps a small DOM. The prerender (native) renders the
//! content too, so a reader without scripts can still open every section.

use yew::prelude::*;

use super::use_details_open;
use crate::app::state::Action;

/// Properties of [`Fold`].
#[derive(Properties, PartialEq)]
pub struct FoldProps {
    /// The `id` of the `<details>` element (tests and links find it by this).
    pub id: AttrValue,
    /// The section's title, shown as a heading in the summary.
    pub title: AttrValue,
    /// One line saying what is inside.
    pub summary: AttrValue,
    /// Extra classes for the `<details>` element.
    #[prop_or_default]
    pub class: Classes,
    /// Starts open (an embed that shows just this section).
    #[prop_or_default]
    pub start_open: bool,
    /// Given for a section that shows the survey data: each time the section
    /// opens, it sends [`Action::NeedSurvey`] here, so the data is fetched
    /// when first needed rather than on every page load.
    #[prop_or_default]
    pub needs_survey: Option<Callback<Action>>,
    /// The section, rendered only while open.
    pub children: Html,
}

/// A collapsed section with its summary visible.
#[function_component]
pub fn Fold(p: &FoldProps) -> Html {
    let (open, ontoggle) = use_details_open(|| p.start_open || open_in_page(&p.id));
    let needs_survey = p.needs_survey.clone();
    use_effect_with(open, move |&open| {
        if let (true, Some(d)) = (open, needs_survey) {
            d.emit(Action::NeedSurvey);
        }
    });
    html! {
        <details id={p.id.clone()} class={classes!("fold", p.class.clone())} {open} {ontoggle}>
            <summary>
                <h2 class="fold-title">{ &p.title }</h2>
                <span class="fold-summary">{ &p.summary }</span>
            </summary>
            if open || cfg!(not(target_arch = "wasm32")) { { p.children.clone() } }
        </details>
    }
}

/// Whether the page the app is taking over (the prerender, or the first
/// module's view when the full app takes over) has this section open: the
/// reader may have opened it there, and it stays open.
#[cfg(target_arch = "wasm32")]
pub(super) fn open_in_page(id: &str) -> bool {
    gloo::utils::document()
        .get_element_by_id(id)
        .is_some_and(|e| e.has_attribute("open"))
}

/// Natively (the prerender) there is no page yet.
#[cfg(not(target_arch = "wasm32"))]
pub(super) fn open_in_page(_id: &str) -> bool {
    false
}
