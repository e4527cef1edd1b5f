//! Fetching the survey data file from the page's own origin, after the first
//! paint (the service worker keeps a copy for offline use). Natively (the
//! `ssr` prerender) there is nothing to fetch from.

#[cfg(target_arch = "wasm32")]
use wasm_bindgen::JsCast;
#[cfg(target_arch = "wasm32")]
use wasm_bindgen_futures::JsFuture;

/// Natively: no network.
#[cfg(not(target_arch = "wasm32"))]
pub async fn fetch_text(_url: &str) -> Result<String, String> {
    Err("no network when prerendering".to_string())
}

/// Fetches a same-origin text file by relative URL.
#[cfg(target_arch = "wasm32")]
pub async fn fetch_text(url: &str) -> Result<String, String> {
    let response = JsFuture::from(gloo::utils::window().fetch_with_str(url))
        .await
        .map_err(|_| "the network request failed".to_string())?;
    let response: web_sys::Response = response
        .dyn_into()
        .map_err(|_| "unexpected response".to_string())?;
    if !response.ok() {
        return Err(format!("the server answered {}", response.status()));
    }
    let text = response
        .text()
        .map_err(|_| "unreadable response".to_string())?;
    JsFuture::from(text)
        .await
        .ok()
        .and_then(|v| v.as_string())
        .ok_or_else(|| "unreadable response".to_string())
}
