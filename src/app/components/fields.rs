//! Small labelled form controls shared by the form and the assumptions panel.

use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::core::inputs::Choice;

/// Properties of [`ChoiceSelect`].
#[derive(Properties, PartialEq)]
pub struct ChoiceProps<T: Choice> {
    /// Element id (also used by tests and the label).
    pub id: AttrValue,
    /// Visible label.
    pub label: AttrValue,
    /// Current choice.
    pub value: T,
    /// Called with the new choice.
    pub onchange: Callback<T>,
    /// Optional grouping of options into `<optgroup>`s.
    #[prop_or_default]
    pub group: Option<GroupFn<T>>,
    /// Optional hint under the control.
    #[prop_or_default]
    pub hint: Option<AttrValue>,
}

/// Names the `<optgroup>` of a choice. Compares equal to any other: a select's
/// grouping never changes between renders, and function pointers have no
/// meaningful equality.
#[derive(Clone, Copy)]
pub struct GroupFn<T>(pub fn(T) -> &'static str);

impl<T> PartialEq for GroupFn<T> {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

/// A labelled `<select>` over every value of a [`Choice`].
#[function_component]
pub fn ChoiceSelect<T: Choice>(p: &ChoiceProps<T>) -> Html {
    let onchange = {
        let cb = p.onchange.clone();
        Callback::from(move |e: Event| {
            let v = e.target_unchecked_into::<HtmlSelectElement>().value();
            if let Some(c) = T::from_code(&v) {
                cb.emit(c);
            }
        })
    };
    let option = |c: &T| html! { <option value={c.code()} selected={*c == p.value}>{ c.label() }</option> };
    let options = match p.group {
        None => T::all().iter().map(option).collect::<Html>(),
        Some(GroupFn(group)) => {
            let mut out = Vec::new();
            let mut i = 0;
            let all = T::all();
            while i < all.len() {
                let g = group(all[i]);
                let mut j = i;
                while j < all.len() && group(all[j]) == g {
                    j += 1;
                }
                out.push(html! { <optgroup label={g}>{ for all[i..j].iter().map(option) }</optgroup> });
                i = j;
            }
            out.into_iter().collect::<Html>()
        }
    };
    let hint_id = format!("{}-hint", p.id);
    html! {
        <div class="field">
            <label for={p.id.clone()}>{ &p.label }</label>
            <select id={p.id.clone()} {onchange} aria-describedby={p.hint.as_ref().map(|_| hint_id.clone())}>{ options }</select>
            if let Some(h) = &p.hint { <p class="hint" id={hint_id}>{ h }</p> }
        </div>
    }
}

/// Properties of [`NumberField`].
#[derive(Properties, PartialEq)]
pub struct NumberProps {
    /// Element id.
    pub id: AttrValue,
    /// Visible label.
    pub label: AttrValue,
    /// Current value.
    pub value: f64,
    /// Lowest allowed value.
    pub min: f64,
    /// Highest allowed value.
    pub max: f64,
    /// Step of the spinner.
    #[prop_or(1.0)]
    pub step: f64,
    /// Unit shown after the control.
    #[prop_or_default]
    pub unit: Option<AttrValue>,
    /// Called with a valid, in-range value; other text is left for the user to fix.
    pub oninput: Callback<f64>,
    /// Optional hint.
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    /// Extra class on the wrapper.
    #[prop_or_default]
    pub class: Classes,
}

/// A labelled numeric input that only reports values inside its bounds.
#[function_component]
pub fn NumberField(p: &NumberProps) -> Html {
    let invalid = use_state(|| false);
    let oninput = {
        let (cb, min, max, invalid) = (p.oninput.clone(), p.min, p.max, invalid.clone());
        Callback::from(move |e: InputEvent| {
            let raw = e.target_unchecked_into::<HtmlInputElement>().value();
            match raw.trim().parse::<f64>() {
                Ok(v) if v.is_finite() && v >= min && v <= max => {
                    invalid.set(false);
                    cb.emit(v);
                }
                _ => invalid.set(true),
            }
        })
    };
    let hint_id = format!("{}-hint", p.id);
    let err_id = format!("{}-err", p.id);
    let mut described = Vec::new();
    if p.hint.is_some() {
        described.push(hint_id.clone());
    }
    if *invalid {
        described.push(err_id.clone());
    }
    html! {
        <div class={classes!("field", p.class.clone())}>
            <label for={p.id.clone()}>{ &p.label }</label>
            <span class="with-unit">
                <input type="number" id={p.id.clone()} inputmode="decimal"
                    min={trim_float(p.min)} max={trim_float(p.max)} step={trim_float(p.step)}
                    value={trim_float(p.value)} {oninput}
                    aria-invalid={if *invalid { "true" } else { "false" }}
                    aria-describedby={(!described.is_empty()).then(|| described.join(" "))} />
                if let Some(u) = &p.unit { <span class="unit">{ u }</span> }
            </span>
            if let Some(h) = &p.hint { <p class="hint" id={hint_id}>{ h }</p> }
            if *invalid { <p class="field-error" id={err_id}>{ format!("Enter a number from {} to {}.", trim_float(p.min), trim_float(p.max)) }</p> }
        </div>
    }
}

/// `3` rather than `3.0`, `0.9625` as is (up to four places).
pub fn trim_float(x: f64) -> String {
    crate::core::money::fixed(x, 4, true)
}
