//! "Share & embed": the link to this exact view and a ready-to-paste iframe
//! snippet, each with a copy button. The snippet builder offers the embed
//! parts, a script-tag variant, and a live preview: an iframe of this same
//! page at the snippet's address (same origin, no other request).

use std::rc::Rc;

use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::app::hooks::use_settled;
use crate::app::services::{clipboard, url};
use crate::core::inputs::{Choice, Inputs};
use crate::core::part::{Part, CHARTS, CHART_LABELS};
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
    // Indexes into Part::ALL and CHARTS.
    let part = use_state(|| 0usize);
    let chart = use_state(|| 0usize);
    let script_tag = use_state(|| false);
    // What each copy button copied, and how it went (see `copy_row`).
    let link_msg = use_state(|| Copied::None);
    let snippet_msg = use_state(|| Copied::None);
    // The page's address does not change while it is open: read it once, not
    // on every keystroke.
    let base = use_state(url::base);
    let link = share::link(&base, &p.inputs);
    let view = ViewOptions {
        embed: true,
        theme: Theme::ALL[*theme],
        accent: *accent,
        part: Part::ALL[*part],
        // The chart picked for `part=chart` stays out of other parts' snippets.
        chart: if Part::ALL[*part] == Part::Chart {
            *chart
        } else {
            0
        },
        ..ViewOptions::default()
    };
    let code = if *script_tag {
        share::script_snippet(&base, &p.inputs, &view)
    } else {
        share::snippet(&base, &p.inputs, &view)
    };
    // The preview is a whole page of this app on the same main thread:
    // loading it again on every keystroke or slider step made each change
    // several times slower (measured in the bench with the section open).
    let preview = use_settled(share::embed_url(&base, &p.inputs, &view), PREVIEW_SETTLE_MS);
    // The preview sizes itself to its content as an embed on a blog does:
    // through embed.js (loaded once, when the panel first shows), which
    // answers the frame's height messages.
    use_effect_with((), |_| load_embed_js());
    // Both pickers choose by position in a fixed list.
    let pick_index = |state: &UseStateHandle<usize>, len: usize| {
        let state = state.clone();
        Callback::from(move |e: Event| {
            let i = e
                .target_unchecked_into::<HtmlSelectElement>()
                .selected_index();
            if let Ok(i) = usize::try_from(i) {
                if i < len {
                    state.set(i);
                }
            }
        })
    };
    let on_theme = pick_index(&theme, Theme::ALL.len());
    let on_accent = pick_index(&accent, ACCENTS.len());
    let on_part = pick_index(&part, Part::ALL.len());
    let on_chart = pick_index(&chart, CHARTS.len());
    let on_script = {
        let script_tag = script_tag.clone();
        Callback::from(move |e: Event| {
            script_tag.set(
                e.target_unchecked_into::<web_sys::HtmlInputElement>()
                    .checked(),
            );
        })
    };
    let is_chart = Part::ALL[*part] == Part::Chart;
    html! {
        <section id="share" class="card share" aria-labelledby="share-title">
            <h2 id="share-title">{ "Share & embed" }</h2>
            { super::no_app_note("The link and the embed snippet need the interactive calculator.") }
            <div class="app-only">
                <div class="field">
                    <label for="share-link">{ "Link to this exact view" }</label>
                    <input id="share-link" type="text" readonly=true value={link.clone()} />
                    { copy_row("copy-link", "Copy link", &link, &link_msg) }
                </div>
                <p class="hint">{ "The link holds your inputs and assumptions, nothing else. Anyone opening it sees the same estimate, computed in their own browser." }</p>
                <div class="pair">
                    <div class="field">
                        <label for="embed-part">{ "What the embed shows" }</label>
                        <select id="embed-part" onchange={on_part}>
                            { for Part::ALL.iter().enumerate().map(|(i, t)| html! { <option value={t.code()} selected={i == *part}>{ t.label() }</option> }) }
                        </select>
                    </div>
                    if is_chart {
                        <div class="field">
                            <label for="embed-chart">{ "Chart" }</label>
                            <select id="embed-chart" onchange={on_chart}>
                                { for CHARTS.iter().zip(CHART_LABELS).enumerate().map(|(i, (c, l))| html! { <option value={*c} selected={i == *chart}>{ l }</option> }) }
                            </select>
                        </div>
                    }
                </div>
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
                    <label class="check" for="embed-script">
                        <input type="checkbox" id="embed-script" checked={*script_tag} onchange={on_script} />
                        { "As one script tag (embed.js creates the frame)" }
                    </label>
                    { copy_row("copy-snippet", "Copy embed code", &code, &snippet_msg) }
                </div>
                <p class="hint">{ "The frame resizes itself to its content through embed.js, which only accepts height messages from the calculator's own frame and origin. It loads only when the reader scrolls near it." }</p>
                <figure class="embed-preview">
                    <figcaption>{ "Preview (this page, at the snippet's address)" }</figcaption>
                    <iframe id="embed-preview" data-bdsc-embed="" src={preview} title={format!("Preview: {}", view.part.title())} width="100%" height={view.part.initial_height().to_string()} loading="lazy"></iframe>
                </figure>
            </div>
        </section>
    }
}

/// Adds `embed.js` (next to the page) to the page, unless it is there.
fn load_embed_js() {
    let doc = gloo::utils::document();
    if doc
        .query_selector("script[data-bdsc-preview]")
        .ok()
        .flatten()
        .is_some()
    {
        return;
    }
    let (Ok(script), Some(root)) = (doc.create_element("script"), doc.document_element()) else {
        return;
    };
    let _ = script.set_attribute("src", "embed.js");
    let _ = script.set_attribute("data-bdsc-preview", "");
    let _ = root.append_with_node_1(&script);
}

/// How long the inputs must stay still before the preview follows them.
const PREVIEW_SETTLE_MS: u32 = 600;

/// What was copied, with the outcome the clipboard reported.
type Copied = Option<(String, &'static str)>;

/// A copy button and its status line. The status says the outcome only
/// while `text` is still the text copied ("Copied." stayed beside a link
/// changed since), and empties at each click, so that copying again is
/// announced again.
fn copy_row(
    id: &'static str,
    label: &'static str,
    text: &str,
    msg: &UseStateHandle<Copied>,
) -> Html {
    let onclick = {
        let (msg, text) = (msg.clone(), text.to_string());
        Callback::from(move |_: MouseEvent| {
            msg.set(None);
            let (msg, copied) = (msg.clone(), text.clone());
            clipboard::copy(&text, move |m| msg.set(Some((copied, m))));
        })
    };
    let said = match &**msg {
        Some((copied, m)) if copied == text => *m,
        _ => "",
    };
    html! {
        <div class="copy-row">
            <button type="button" {id} class="secondary" {onclick}>{ label }</button>
            <span class="copy-msg" role="status">{ said }</span>
        </div>
    }
}
