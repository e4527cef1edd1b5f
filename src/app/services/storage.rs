//! localStorage access that treats "blocked", "missing" and "full" alike:
//! the caller learns that saving is off, and nothing already saved is touched
//! by a failed write.
//!
//! Natively (the `ssr` prerender) there is no storage: reads find nothing and
//! writes do nothing, so the default view renders as a first visit sees it.

#[cfg(target_arch = "wasm32")]
use web_sys::Storage;

/// Key holding the last inputs as a query string.
pub const LAST_KEY: &str = "bdsc:last";
/// Key holding the saved scenarios (see `core::scenarios`).
pub const SCENARIOS_KEY: &str = "bdsc:scenarios";

#[cfg(target_arch = "wasm32")]
fn local() -> Option<Storage> {
    // `local_storage()` throws when storage is disabled; treat that as absent.
    gloo::utils::window().local_storage().ok().flatten()
}

/// Native stand-in with the methods used below: every call fails softly.
#[cfg(not(target_arch = "wasm32"))]
struct NoStorage;

#[cfg(not(target_arch = "wasm32"))]
impl NoStorage {
    fn get_item(&self, _: &str) -> Result<Option<String>, ()> {
        Ok(None)
    }
    fn set_item(&self, _: &str, _: &str) -> Result<(), ()> {
        Err(())
    }
}

/// Natively: an empty storage that cannot be written. Reads say "available,
/// nothing saved", so the prerender shows what a first visit shows (no
/// "saving is off" notice the live page would then remove).
#[cfg(not(target_arch = "wasm32"))]
fn local() -> Option<NoStorage> {
    Some(NoStorage)
}

/// Reads a key. `Err(())` when storage cannot be used at all.
pub fn get(key: &str) -> Result<Option<String>, ()> {
    local().ok_or(())?.get_item(key).map_err(|_| ())
}

/// Writes a key. `false` when the write failed (blocked or quota exceeded);
/// the previous value then stays as it was.
pub fn set(key: &str, value: &str) -> bool {
    match local() {
        Some(s) => s.set_item(key, value).is_ok(),
        None => false,
    }
}
