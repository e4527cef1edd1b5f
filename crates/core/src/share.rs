//! The share link and the embed snippet: plain strings built from the
//! parameter table (through [`codec::query`]), escaped for HTML.

use super::codec::{encode, query};
use super::inputs::Inputs;
use super::view::ViewOptions;

/// Joins a base address and a query (no `?` for an empty query).
pub fn with_query(base: &str, q: &str) -> String {
    if q.is_empty() {
        base.to_string()
    } else {
        format!("{base}?{q}")
    }
}

/// The directory of an address, ending in `/`, for sibling files such as
/// `embed.js`: `https://host/calc/` for `https://host/calc/index.html`.
pub fn dir_of(base: &str) -> &str {
    match base.rfind('/') {
        Some(i) => &base[..=i],
        None => base,
    }
}

/// The link to this exact view: the page's address and the inputs that
/// differ from the defaults.
pub fn link(base: &str, inputs: &Inputs) -> String {
    with_query(base, &encode(inputs))
}

/// Escapes text for an HTML attribute value or element content.
pub fn escape_html(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// The HTML to paste into a page: an iframe showing these inputs with these
/// view options, and `embed.js` from the same directory to size it.
pub fn snippet(base: &str, inputs: &Inputs, view: &ViewOptions) -> String {
    let src = escape_html(&with_query(base, &query(inputs, view)));
    let script = escape_html(&format!("{}embed.js", dir_of(base)));
    format!(
        "<iframe src=\"{src}\" title=\"Backend developer salary calculator\" width=\"100%\" height=\"900\" loading=\"lazy\" data-bdsc-embed></iframe>\n<script src=\"{script}\" defer></script>"
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::inputs::Location;
    use crate::view::Theme;

    #[test]
    fn link_holds_only_changed_inputs() {
        assert_eq!(
            link("https://h/calc/", &Inputs::default()),
            "https://h/calc/"
        );
        let i = Inputs {
            years: 7,
            location: Location::India,
            ..Inputs::default()
        };
        assert_eq!(link("https://h/calc/", &i), "https://h/calc/?y=7&loc=india");
    }

    #[test]
    fn snippet_carries_inputs_then_view_escaped() {
        let i = Inputs {
            years: 7,
            country: "Côte d'Ivoire".into(),
            ..Inputs::default()
        };
        let view = ViewOptions {
            embed: true,
            theme: Theme::Dark,
            accent: 1,
            ..ViewOptions::default()
        };
        let s = snippet("https://h/calc/", &i, &view);
        assert_eq!(
            s,
            "<iframe src=\"https://h/calc/?y=7&amp;country=C%C3%B4te%20d%27Ivoire&amp;embed=1&amp;theme=dark&amp;accent=green\" \
             title=\"Backend developer salary calculator\" width=\"100%\" height=\"900\" loading=\"lazy\" data-bdsc-embed></iframe>\n\
             <script src=\"https://h/calc/embed.js\" defer></script>"
        );
    }

    #[test]
    fn a_hostile_base_cannot_break_out_of_the_attribute() {
        let s = snippet(
            "https://h/\"><script>x</script>/",
            &Inputs::default(),
            &ViewOptions::default(),
        );
        assert!(!s.contains("\"><script>x"), "{s}");
        assert!(s.contains("&quot;&gt;&lt;script&gt;"));
        assert_eq!(s.matches("<script").count(), 1);
    }

    #[test]
    fn dir_of_keeps_the_last_slash() {
        assert_eq!(dir_of("https://h/calc/index.html"), "https://h/calc/");
        assert_eq!(dir_of("https://h/calc/"), "https://h/calc/");
        assert_eq!(dir_of("nothing"), "nothing");
    }
}
