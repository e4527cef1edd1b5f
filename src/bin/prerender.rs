//! Prerender step of the release build (Trunk.toml `post_build` hook, before
//! `scripts/post-build.mjs`): renders the app's default view with Yew's
//! server renderer and writes it into the staged `index.html`, in place of
//! the contents of `<div id="app">`.
//!
//!   cargo run --features ssr --bin prerender -- [index.html]
//!
//! Default path: `$TRUNK_STAGING_DIR/index.html`.

use std::path::PathBuf;
use std::process::ExitCode;

/// The opening tag of the root, as written in `index.html` (Trunk's HTML
/// minifier may drop the quotes).
const OPEN_TAGS: [&str; 2] = ["<div id=\"app\">", "<div id=app>"];
/// `html` with the root's contents replaced by `view`, or why not.
fn insert(html: &str, view: &str) -> Result<String, String> {
    let (start, tag) = OPEN_TAGS
        .iter()
        .find_map(|t| html.find(t).map(|i| (i, *t)))
        .ok_or("no <div id=\"app\"> in index.html")?;
    let from = start + tag.len();
    let close = matching_close(&html[from..])
        .map(|i| from + i)
        .ok_or("#app is not closed")?;
    Ok(format!("{}{}{}", &html[..from], view, &html[close..]))
}

/// Offset of the `</div>` that closes a div whose contents start `rest`.
fn matching_close(rest: &str) -> Option<usize> {
    let mut depth = 0usize;
    let mut at = 0;
    loop {
        let open = rest[at..].find("<div").map(|i| at + i);
        let close = rest[at..].find("</div>").map(|i| at + i)?;
        match open {
            Some(o) if o < close => {
                depth += 1;
                at = o + 4;
            }
            _ if depth == 0 => return Some(close),
            _ => {
                depth -= 1;
                at = close + 6;
            }
        }
    }
}

fn main() -> ExitCode {
    let path = match std::env::args().nth(1) {
        Some(p) => PathBuf::from(p),
        None => match std::env::var_os("TRUNK_STAGING_DIR") {
            Some(d) => PathBuf::from(d).join("index.html"),
            None => {
                eprintln!("prerender: give the index.html path (or run as a Trunk hook)");
                return ExitCode::FAILURE;
            }
        },
    };
    let html = match std::fs::read_to_string(&path) {
        Ok(h) => h,
        Err(e) => {
            eprintln!("prerender: cannot read {}: {e}", path.display());
            return ExitCode::FAILURE;
        }
    };
    let rt = match tokio::runtime::Builder::new_current_thread().build() {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("prerender: no runtime: {e}");
            return ExitCode::FAILURE;
        }
    };
    let view = tokio::task::LocalSet::new().block_on(&rt, backend_salary_calc::app::prerender());
    match insert(&html, &view).and_then(|out| std::fs::write(&path, out).map_err(|e| e.to_string()))
    {
        Ok(()) => {
            println!(
                "prerender: {} bytes of HTML into {}",
                view.len(),
                path.display()
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("prerender: {e}");
            ExitCode::FAILURE
        }
    }
}

#[cfg(test)]
mod tests {
    use super::insert;

    #[test]
    fn replaces_only_the_root_contents() {
        let html = "<body><div id=\"app\"><div class=boot><p>Loading…</p></div></div><div>after</div></body>";
        assert_eq!(
            insert(html, "<main>x</main>").unwrap(),
            "<body><div id=\"app\"><main>x</main></div><div>after</div></body>"
        );
    }

    #[test]
    fn refuses_a_page_without_root_or_marker() {
        assert!(insert("<body></body>", "x").is_err());
        assert!(insert("<div id=\"app\"><div></div>", "x").is_err());
    }
}
