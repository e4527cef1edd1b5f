//! Entry point of the WebAssembly build (`trunk build`).

#[cfg(target_arch = "wasm32")]
fn main() {
    backend_salary_calc::app::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("This binary is the browser app; build it with `trunk build` (see README.md).");
}
