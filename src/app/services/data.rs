//! Fetching the survey data file from the page's own origin, after the first
//! paint (the service worker keeps a copy for offline use).

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Fetches a same-origin text file by relative URL.
pub async fn fetch_text(url: &str) -> Result<String, String> {
    let response = JsFuture::from(gloo::utils::window().fetch_with_str(url))
        .await
        .map_err(|_| "the network request failed".to_string())?;
    let response: web_sys::Response = response.dyn_into().map_err(|_| "unexpected response".to_string())?;
    if !response.ok() {
        return Err(format!("the server answered {}", response.status()));
    }
    let text = response.text().map_err(|_| "unreadable response".to_string())?;
    JsFuture::from(text)
        .await
        .ok()
        .and_then(|v| v.as_string())
        .ok_or_else(|| "unreadable response".to_string())
}
