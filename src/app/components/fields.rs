//! Small labelled form controls shared by the form and the assumptions panel.

use std::rc::Rc;

use wasm_bindgen::JsValue;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::app::services::still::Still;
use crate::app::state::Action;
use crate::core::edit::Edit;
use crate::core::inputs::{Choice, Mode};

/// One `<option>`: URL code, label and `<optgroup>` name ("" for none).
pub type Opt = (&'static str, &'static str, &'static str);

/// The options of a [`Choice`], optionally grouped. Generic, but tiny: the
/// select component itself is not generic, which keeps the wasm small.
/// Shared (`Rc`), so a form that keeps the list compares it by pointer.
pub fn options<T: Choice>(group: Option<fn(T) -> &'static str>) -> Rc<[Opt]> {
    T::all()
        .iter()
        .map(|c| (c.code(), c.label(), group.map_or("", |g| g(*c))))
        .collect()
}

/// A select callback that maps a code back to its choice and dispatches
/// `to(choice)`; unknown codes (impossible from our own options) are ignored.
pub fn pick<T: Choice, A: 'static>(d: &Callback<A>, to: fn(T) -> A) -> Callback<String> {
    let d = d.clone();
    Callback::from(move |code: String| {
        if let Some(v) = T::from_code(&code) {
            d.emit(to(v));
        }
    })
}

/// Properties of [`ChoiceSelect`].
#[derive(Properties, PartialEq)]
pub struct ChoiceProps {
    /// Element id (also used by tests and the label).
    pub id: AttrValue,
    /// Visible label.
    pub label: AttrValue,
    /// Code of the current choice.
    pub value: &'static str,
    /// All options, in order; consecutive options with the same group share an `<optgroup>`.
    pub options: Rc<[Opt]>,
    /// Called with the chosen code.
    pub onchange: Callback<String>,
    /// Optional hint under the control.
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    /// The id of a `<form>` elsewhere in the page that the select belongs
    /// to instead of the form it is shown in (see index.html: Chromium's
    /// autofill reads every control of a select's form after each change).
    #[prop_or_default]
    pub form: Option<&'static str>,
}

/// A select's value, to be set as a property (`~value`, see [`ChoiceSelect`]).
/// The native prerender writes no properties and has no JavaScript to make a
/// string in, so it gets `undefined` (made without calling into JavaScript).
pub fn value_prop(code: &str) -> JsValue {
    if cfg!(target_arch = "wasm32") {
        JsValue::from_str(code)
    } else {
        JsValue::UNDEFINED
    }
}

/// A labelled `<select>`.
///
/// The value is also set as a property (`~value`): the options' `selected`
/// attributes give the first choice, but once a reader has picked an option
/// the browser ignores changes to that option's attribute (its "dirtiness"),
/// so a value from elsewhere (a loaded scenario, a reset) would change the
/// estimate and leave the select showing the old choice. Setting the value
/// the select already shows costs nothing (no second autofill pass).
#[function_component]
pub fn ChoiceSelect(p: &ChoiceProps) -> Html {
    let onchange = p
        .onchange
        .reform(|e: Event| e.target_unchecked_into::<HtmlSelectElement>().value());
    let option = |o: &Opt| html! { <option value={o.0} selected={o.0 == p.value}>{ o.1 }</option> };
    let mut groups: Vec<Html> = Vec::new();
    let mut i = 0;
    while i < p.options.len() {
        let g = p.options[i].2;
        let mut j = i;
        while j < p.options.len() && p.options[j].2 == g {
            j += 1;
        }
        let items = p.options[i..j].iter().map(option).collect::<Html>();
        groups.push(if g.is_empty() {
            items
        } else {
            html! { <optgroup label={g}>{ items }</optgroup> }
        });
        i = j;
    }
    let hint_id = format!("{}-hint", p.id);
    html! {
        <div class="field">
            <label for={p.id.clone()}>{ &p.label }</label>
            <select id={p.id.clone()} ~value={value_prop(p.value)} form={p.form} {onchange} aria-describedby={p.hint.as_ref().map(|_| hint_id.clone())}>{ groups }</select>
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
    /// The finest value the input keeps, if finer than `step`: a value off
    /// this grid (counted from `min`) is refused, as the app would otherwise
    /// round it without saying so.
    #[prop_or_default]
    pub grid: Option<f64>,
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
    /// The state's [`epoch`](crate::app::state::AppState::epoch): when it
    /// changes, the inputs were set from outside the fields (a reset, a
    /// loaded scenario), and the field drops the text being typed even if
    /// its value stayed the same.
    #[prop_or_default]
    pub epoch: u32,
}

/// What the reader typed, kept while it is not simply the value shown.
struct Draft {
    /// The field's text as the reader left it, until the value is set from
    /// elsewhere.
    text: Option<String>,
    /// The value and epoch the field last rendered.
    value: f64,
    epoch: u32,
    /// The last value the reader's typing sent: its echo from the state is
    /// not a change made elsewhere.
    sent: Option<f64>,
    /// Whether a screen reader is told of the refused text: only once the
    /// typing has paused. Typing 1800 into a field from 1000 passes through
    /// "1", and an alert at once interrupted the reader mid-number. (Here
    /// rather than in a state hook of its own: 0.8 KB less.)
    tell: bool,
    still: Still,
}

/// How long the typing pauses before a refused text is announced.
const TELL_AFTER_MS: u32 = 1000;

/// A labelled numeric input that only reports values inside its bounds.
///
/// What the reader types stays as typed: half-typed or invalid text is not
/// replaced by the last valid value on the next render (Yew sets an input's
/// value whenever the rendered one differs from the element's), which had
/// the field jump back while typing and append the next keys to the old
/// value. The text is dropped only when the value is set from elsewhere.
#[function_component]
pub fn NumberField(p: &NumberProps) -> Html {
    let draft = use_mut_ref(|| Draft {
        text: None,
        value: p.value,
        epoch: p.epoch,
        sent: None,
        tell: false,
        still: Still::default(),
    });
    let redraw = use_force_update();
    let (min, max, step) = (p.min, p.max, p.grid.unwrap_or(p.step));
    let text = {
        let mut d = draft.borrow_mut();
        let echo = d
            .sent
            .is_some_and(|v| (v - p.value).abs() <= 1e-9 * v.abs().max(1.0));
        if d.epoch != p.epoch || (d.value != p.value && !echo) {
            d.text = None;
            d.sent = None;
        }
        d.value = p.value;
        d.epoch = p.epoch;
        d.text.clone()
    };
    let tell = draft.borrow().tell;
    let invalid = text
        .as_deref()
        .is_some_and(|t| crate::core::money::parse_in_field(t, min, max, step).is_none());
    let oninput = {
        let (cb, draft) = (p.oninput.clone(), draft.clone());
        Callback::from(move |e: InputEvent| {
            let raw = e.target_unchecked_into::<HtmlInputElement>().value();
            let v = crate::core::money::parse_in_field(&raw, min, max, step);
            {
                let mut d = draft.borrow_mut();
                d.text = Some(raw);
                if v.is_some() {
                    d.sent = v;
                }
                d.tell = false;
                if v.is_none() {
                    let (later, redraw) = (draft.clone(), redraw.clone());
                    d.still.wait(
                        TELL_AFTER_MS,
                        Box::new(move || {
                            later.borrow_mut().tell = true;
                            redraw.force_update();
                        }),
                    );
                } else {
                    d.still.cancel();
                }
            }
            // Show or hide the error; a valid value re-renders through the state.
            if v.is_none() != invalid {
                redraw.force_update();
            }

            if let Some(v) = v {
                cb.emit(v);
            }
        })
    };
    let shown = text.unwrap_or_else(|| trim_float(p.value));
    let hint_id = format!("{}-hint", p.id);
    let err_id = format!("{}-err", p.id);
    let mut described = Vec::new();
    if p.hint.is_some() {
        described.push(hint_id.clone());
    }
    if invalid {
        described.push(err_id.clone());
    }
    html! {
        <div class={classes!("field", p.class.clone())}>
            <label for={p.id.clone()}>{ &p.label }</label>
            <span class="with-unit">
                <input type="number" id={p.id.clone()} inputmode="decimal"
                    min={trim_float(p.min)} max={trim_float(p.max)} step={trim_float(p.step)}
                    value={shown} {oninput}
                    aria-invalid={if invalid { "true" } else { "false" }}
                    aria-describedby={(!described.is_empty()).then(|| described.join(" "))} />
                if let Some(u) = &p.unit { <span class="unit">{ u }</span> }
            </span>
            if let Some(h) = &p.hint { <p class="hint" id={hint_id}>{ h }</p> }
            // Shown at once; told as an alert once the typing pauses: a
            // refused value leaves the estimate where it was, and a screen
            // reader, which heard that estimate, is told why.
            if let Some(msg) = invalid.then(|| field_error(min, max, step)) {
                <p class="field-error" id={err_id}>{ msg.clone() }</p>
                if tell { <p class="visually-hidden field-alert" role="alert">{ msg }</p> }
            }
        </div>
    }
}

/// What a field wants, when what is typed is refused (formatted only then:
/// the field renders on every change of its value).
fn field_error(min: f64, max: f64, grid: f64) -> String {
    if grid == 1.0 && min.fract() == 0.0 {
        format!(
            "Enter a whole number from {} to {}.",
            trim_float(min),
            trim_float(max)
        )
    } else {
        format!(
            "Enter a number from {} to {}, in steps of {}.",
            trim_float(min),
            trim_float(max),
            trim_float(grid)
        )
    }
}

/// `3` rather than `3.0`, `0.9626` as is (up to four places).
pub fn trim_float(x: f64) -> String {
    crate::core::money::fixed(x, 4, true)
}

/// One radio of the salaried / freelance choice (the full and the compact
/// form share it): checked when `current` is `m`.
pub fn mode_radio(current: Mode, m: Mode, id: &'static str, d: &Callback<Action>) -> Html {
    let d = d.clone();
    let onchange = Callback::from(move |_: Event| d.emit(Action::Edit(Edit::Mode(m))));
    html! {
        <label class="radio" for={id}>
            <input type="radio" name="mode" {id} value={m.code()} checked={current == m} {onchange} />
            { m.label() }
        </label>
    }
}
