//! "Share & embed": the link to this exact view and a ready-to-paste iframe
//! snippet, each with a copy button.

use std::rc::Rc;

use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::app::services::{clipboard, url};
use crate::core::inputs::Inputs;
use crate::core::share;
use crate::core::view::{Theme, ViewOptions, ACCENTS};

/// Properties of [`SharePanel`].
#[derive(Properties, PartialEq)]
pub struct ShareProps {
    /// Current inputs.
    pub inputs: Rc<Inputs>,
}

/// The share panel.
#[function_component]
pub fn SharePanel(p: &ShareProps) -> Html {
    // Indexes into Theme::ALL and ACCENTS.
    let theme = use_state(|| 0usize);
    let accent = use_state(|| 0usize);
    let link_msg = use_state(|| None::<&'static str>);
    let snippet_msg = use_state(|| None::<&'static str>);
    // The page's address does not change while it is open: read it once, not
    // on every keystroke.
    let base = use_state(url::base);
    let link = share::link(&base, &p.inputs);
    let view = ViewOptions { embed: true, theme: Theme::ALL[*theme], accent: *accent, ..ViewOptions::default() };
    let code = share::snippet(&base, &p.inputs, &view);
    let copy = |text: String, msg: UseStateHandle<Option<&'static str>>| {
        Callback::from(move |_: MouseEvent| {
            let msg = msg.clone();
            clipboard::copy(&text, move |m| msg.set(Some(m)));
        })
    };
    // Both pickers choose by position in a fixed list.
    let pick_index = |state: &UseStateHandle<usize>, len: usize| {
        let state = state.clone();
        Callback::from(move |e: Event| {
            let i = e.target_unchecked_into::<HtmlSelectElement>().selected_index();
            if let Ok(i) = usize::try_from(i) {
                if i < len {
                    state.set(i);
                }
            }
        })
    };
    let on_theme = pick_index(&theme, Theme::ALL.len());
    let on_accent = pick_index(&accent, ACCENTS.len());
    html! {
        <section id="share" class="card share" aria-labelledby="share-title">
            <h2 id="share-title">{ "Share & embed" }</h2>
            <div class="field">
                <label for="share-link">{ "Link to this exact view" }</label>
                <input id="share-link" type="text" readonly=true value={link.clone()} />
                <div class="copy-row">
                    <button type="button" id="copy-link" class="secondary" onclick={copy(link, link_msg.clone())}>{ "Copy link" }</button>
                    <span class="copy-msg" role="status">{ link_msg.unwrap_or("") }</span>
                </div>
            </div>
            <p class="hint">{ "The link holds your inputs and assumptions, nothing else. Anyone opening it sees the same estimate, computed in their own browser." }</p>
            <div class="pair">
                <div class="field">
                    <label for="embed-theme">{ "Embed theme" }</label>
                    <select id="embed-theme" onchange={on_theme}>
                        { for Theme::ALL.iter().enumerate().map(|(i, t)| html! { <option value={t.code()} selected={i == *theme}>{ t.code() }</option> }) }
                    </select>
                </div>
                <div class="field">
                    <label for="embed-accent">{ "Embed accent colour" }</label>
                    <select id="embed-accent" onchange={on_accent}>
                        { for ACCENTS.iter().enumerate().map(|(i, a)| html! { <option value={*a} selected={i == *accent}>{ *a }</option> }) }
                    </select>
                </div>
            </div>
            <div class="field">
                <label for="embed-snippet">{ "Embed in a blog post (paste this HTML)" }</label>
                <textarea id="embed-snippet" readonly=true rows="4" value={code.clone()} />
                <div class="copy-row">
                    <button type="button" id="copy-snippet" class="secondary" onclick={copy(code, snippet_msg.clone())}>{ "Copy embed code" }</button>
                    <span class="copy-msg" role="status">{ snippet_msg.unwrap_or("") }</span>
                </div>
            </div>
            <p class="hint">{ "The frame resizes itself to its content through embed.js, which only accepts height messages from the calculator's own frame and origin." }</p>
        </section>
    }
}
