//! Copying text, where the browser allows it (natively, for the `ssr`
//! prerender, never).

#[cfg(target_arch = "wasm32")]
use wasm_bindgen::JsValue;

/// Natively there is no clipboard.
#[cfg(not(target_arch = "wasm32"))]
pub fn copy(_text: &str, done: impl FnOnce(&'static str) + 'static) {
    done("Copying is not available here: select the text and copy it.");
}

/// Copies `text`; `done` is called with a message for the user. Never throws:
/// without a clipboard (insecure context, old browser) or with permission
/// denied, the message says to copy by hand.
#[cfg(target_arch = "wasm32")]
pub fn copy(text: &str, done: impl FnOnce(&'static str) + 'static) {
    let navigator = gloo::utils::window().navigator();
    let available = js_sys::Reflect::get(&navigator, &JsValue::from_str("clipboard"))
        .map(|v| !v.is_undefined() && !v.is_null())
        .unwrap_or(false);
    if !available {
        done("Copying is not available here: select the text and copy it.");
        return;
    }
    let promise = navigator.clipboard().write_text(text);
    wasm_bindgen_futures::spawn_local(async move {
        match wasm_bindgen_futures::JsFuture::from(promise).await {
            Ok(_) => done("Copied."),
            Err(_) => done("The browser did not allow copying: select the text and copy it."),
        }
    });
}
