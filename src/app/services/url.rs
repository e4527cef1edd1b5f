//! The address bar: read the query string, and replace it without a reload.

use wasm_bindgen::JsValue;

/// The current query string without its `?` (empty when there is none).
pub fn query() -> String {
    let search = gloo::utils::window().location().search().unwrap_or_default();
    search.strip_prefix('?').unwrap_or(&search).to_string()
}

/// Replaces the query string, keeping the path and fragment, so a copied
/// address reproduces the view. Returns the full new address.
pub fn replace_query(query: &str) -> Option<String> {
    let window = gloo::utils::window();
    let location = window.location();
    let path = location.pathname().ok()?;
    let hash = location.hash().unwrap_or_default();
    let url = if query.is_empty() { format!("{path}{hash}") } else { format!("{path}?{query}{hash}") };
    let current = format!("{}{}{}", path, location.search().unwrap_or_default(), hash);
    if current != url {
        window.history().ok()?.replace_state_with_url(&JsValue::NULL, "", Some(&url)).ok()?;
    }
    location.href().ok()
}

/// The page's address without query or fragment, e.g. `https://host/calc/`.
pub fn base() -> String {
    let location = gloo::utils::window().location();
    let origin = location.origin().unwrap_or_default();
    let path = location.pathname().unwrap_or_default();
    format!("{origin}{path}")
}
