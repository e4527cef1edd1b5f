//! Function components. Each takes the parts of the state it shows and, where
//! it changes anything, a `Callback<Action>`.

pub mod article_vs_data;
pub mod assumptions;
pub mod charts;
pub mod compact_form;
pub mod dou;
pub mod fields;
pub mod fold;
pub mod form;
pub mod keys;
pub mod notices;
pub mod result;
pub mod scenarios;
pub mod share;
pub mod sources;
pub mod survey;

use yew::prelude::*;

use crate::core::inputs::Inputs;
use crate::core::money::{format_compact, format_usd_in};

/// Whether a `<details>` is open (starting as `initial` says) and the
/// `ontoggle` that keeps it so: for content rendered only while open. The
/// element's `open` attribute is the truth; the state follows it.
#[hook]
pub fn use_details_open<F>(initial: F) -> (bool, Callback<Event>)
where
    F: FnOnce() -> bool,
{
    let open = use_state(initial);
    let ontoggle = {
        let open = open.clone();
        Callback::from(move |e: Event| {
            open.set(
                e.target_unchecked_into::<web_sys::Element>()
                    .has_attribute("open"),
            )
        })
    };
    (*open, ontoggle)
}

/// A line for the prerendered page only, shown (by the CSS, `.no-app-only`)
/// when the interactive calculator cannot run there: scripts off, no
/// WebAssembly, a failed download. It stands in for what needs the app
/// (`.app-only`: a loading line, the share links, saving a scenario). The
/// live app, which runs by definition, renders nothing.
pub fn no_app_note(text: &'static str) -> Html {
    if cfg!(target_arch = "wasm32") {
        Html::default()
    } else {
        html! { <p class="hint no-app-only">{ text }</p> }
    }
}

/// A USD amount in the chosen display currency.
pub fn money(usd: f64, inputs: &Inputs) -> String {
    let c = inputs.currency;
    format_usd_in(usd, c, inputs.assumptions.per_usd[c.index()], false)
}

/// A survey figure (stored to the nearest $100) in the display currency, to
/// the matching step: see [`crate::core::money::format_stored_in`].
pub fn money_stored(usd: f64, inputs: &Inputs) -> String {
    let c = inputs.currency;
    crate::core::money::format_stored_in(usd, c, inputs.assumptions.per_usd[c.index()])
}

/// A USD hourly amount in the display currency, with cents when small.
pub fn money_h(usd: f64, inputs: &Inputs) -> String {
    let c = inputs.currency;
    format_usd_in(usd, c, inputs.assumptions.per_usd[c.index()], true)
}

/// Compact form for chart labels.
pub fn money_short(usd: f64, inputs: &Inputs) -> String {
    let c = inputs.currency;
    format_compact(usd * inputs.assumptions.per_usd[c.index()], c)
}
