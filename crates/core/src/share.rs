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
///
/// At the defaults the link still names one input (the years): an address
/// without a query opens the reader's own saved inputs, so a bare link would
/// show whoever opens it their last view instead of this one.
pub fn link(base: &str, inputs: &Inputs) -> String {
    let q = encode(inputs);
    if q.is_empty() {
        with_query(base, &format!("y={}", inputs.years))
    } else {
        with_query(base, &q)
    }
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

/// The address an embed frame loads: these inputs with these view options.
pub fn embed_url(base: &str, inputs: &Inputs, view: &ViewOptions) -> String {
    with_query(base, &query(inputs, view))
}

/// The HTML to paste into a page: an iframe showing these inputs with these
/// view options (titled after its part, loaded only near the viewport), and
/// `embed.js` from the same directory to size it.
pub fn snippet(base: &str, inputs: &Inputs, view: &ViewOptions) -> String {
    let src = escape_html(&embed_url(base, inputs, view));
    let script = escape_html(&format!("{}embed.js", dir_of(base)));
    let (title, height) = (view.part.title(), view.part.initial_height());
    format!(
        "<iframe src=\"{src}\" title=\"{title}\" width=\"100%\" height=\"{height}\" loading=\"lazy\" data-bdsc-embed></iframe>\n<script src=\"{script}\" defer></script>"
    )
}

/// The script-tag variant for hosts that prefer one: `embed.js` creates the
/// iframe in place of the tag, from the query in `data-bdsc-query` (resolved
/// against the script's own directory, so the frame is always of the
/// calculator's origin).
pub fn script_snippet(base: &str, inputs: &Inputs, view: &ViewOptions) -> String {
    let script = escape_html(&format!("{}embed.js", dir_of(base)));
    let q = escape_html(&query(inputs, view));
    let (title, height) = (view.part.title(), view.part.initial_height());
    format!(
        "<script src=\"{script}\" data-bdsc-query=\"{q}\" data-bdsc-title=\"{title}\" data-bdsc-height=\"{height}\" defer></script>"
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::inputs::Location;
    use crate::view::Theme;

    #[test]
    fn link_holds_only_changed_inputs() {
        // At the defaults, one default input, so the link opens the defaults
        // rather than the opener's saved inputs.
        assert_eq!(
            link("https://h/calc/", &Inputs::default()),
            "https://h/calc/?y=3"
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
             title=\"Backend developer salary estimate\" width=\"100%\" height=\"600\" loading=\"lazy\" data-bdsc-embed></iframe>\n\
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
    fn each_part_gets_its_title_height_and_parameters() {
        use crate::part::Part;
        let view = ViewOptions {
            embed: true,
            part: Part::Chart,
            chart: 1,
            ..ViewOptions::default()
        };
        let s = snippet("https://h/calc/", &Inputs::default(), &view);
        assert!(
            s.starts_with(
                "<iframe src=\"https://h/calc/?embed=1&amp;part=chart&amp;chart=cities\""
            ),
            "{s}"
        );
        assert!(
            s.contains("title=\"Backend developer salary chart\""),
            "{s}"
        );
        assert!(s.contains("height=\"700\" loading=\"lazy\""), "{s}");
        let full = ViewOptions {
            part: Part::Full,
            ..view
        };
        assert!(snippet("https://h/calc/", &Inputs::default(), &full).contains("height=\"4800\""));
    }

    #[test]
    fn the_script_variant_carries_the_query_escaped() {
        let i = Inputs {
            years: 8,
            ..Inputs::default()
        };
        let view = ViewOptions {
            embed: true,
            ..ViewOptions::default()
        };
        assert_eq!(
            script_snippet("https://h/calc/index.html", &i, &view),
            "<script src=\"https://h/calc/embed.js\" data-bdsc-query=\"y=8&amp;embed=1\" \
             data-bdsc-title=\"Backend developer salary estimate\" data-bdsc-height=\"600\" defer></script>"
        );
        let hostile = script_snippet("https://h/\"><b>/", &i, &view);
        assert!(!hostile.contains("\"><b>"), "{hostile}");
    }

    #[test]
    fn dir_of_keeps_the_last_slash() {
        assert_eq!(dir_of("https://h/calc/index.html"), "https://h/calc/");
        assert_eq!(dir_of("https://h/calc/"), "https://h/calc/");
        assert_eq!(dir_of("nothing"), "nothing");
    }
}
