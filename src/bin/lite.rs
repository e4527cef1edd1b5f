//! Entry point of the page's first module (feature `lite`, built by Trunk):
//! the form and the estimate, interactive from the first load; the full app
//! (`src/main.rs`) takes over when a section is opened (see `app::full`).

#[cfg(target_arch = "wasm32")]
fn main() {
    backend_salary_calc::app::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("This binary is the browser app's first module; build it with `trunk build` (see README.md).");
}
