//! The address bar: read the query string, and replace it without a reload.
//!
//! Natively (the `ssr` prerender) there is no address: an empty query and the
//! relative base `./`, which is where the prerendered page lives.

#[cfg(target_arch = "wasm32")]
use wasm_bindgen::JsValue;

/// The current query string without its `?` (empty when there is none).
#[cfg(not(target_arch = "wasm32"))]
pub fn query() -> String {
    String::new()
}

/// Natively no fragment.
#[cfg(not(target_arch = "wasm32"))]
pub fn hash() -> String {
    String::new()
}

/// Natively nothing to replace.
#[cfg(not(target_arch = "wasm32"))]
pub fn replace_query(_query: &str) -> Option<String> {
    None
}

/// Natively the page's own directory, relative.
#[cfg(not(target_arch = "wasm32"))]
pub fn base() -> String {
    "./".to_string()
}

/// The current query string without its `?` (empty when there is none).
#[cfg(target_arch = "wasm32")]
pub fn query() -> String {
    let search = gloo::utils::window()
        .location()
        .search()
        .unwrap_or_default();
    search.strip_prefix('?').unwrap_or(&search).to_string()
}

/// The fragment without its `#` (empty when there is none).
#[cfg(target_arch = "wasm32")]
pub fn hash() -> String {
    let hash = gloo::utils::window().location().hash().unwrap_or_default();
    hash.strip_prefix('#').unwrap_or(&hash).to_string()
}

/// Replaces the query string, keeping the path and fragment, so a copied
/// address reproduces the view. Returns the full new address.
#[cfg(target_arch = "wasm32")]
pub fn replace_query(query: &str) -> Option<String> {
    let window = gloo::utils::window();
    let location = window.location();
    let path = location.pathname().ok()?;
    let hash = location.hash().unwrap_or_default();
    let url = if query.is_empty() {
        format!("{path}{hash}")
    } else {
        format!("{path}?{query}{hash}")
    };
    let current = format!("{}{}{}", path, location.search().unwrap_or_default(), hash);
    if current != url {
        window
            .history()
            .ok()?
            .replace_state_with_url(&JsValue::NULL, "", Some(&url))
            .ok()?;
    }
    location.href().ok()
}

/// The page's address without query or fragment, e.g. `https://host/calc/`.
#[cfg(target_arch = "wasm32")]
pub fn base() -> String {
    let location = gloo::utils::window().location();
    let origin = location.origin().unwrap_or_default();
    let path = location.pathname().unwrap_or_default();
    format!("{origin}{path}")
}
