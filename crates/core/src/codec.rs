//! The URL / stored-state codec: [`Inputs`] ⇄ a query string.
//!
//! The same text is kept in the address bar and in localStorage, so one
//! decoder handles both. Decoding never fails: anything it cannot use is
//! replaced by the default and reported as a [`Notice`] naming the parameter,
//! so the page can say what was ignored. Notices carry plain text only; the UI
//! renders them as text, never as HTML.

use super::inputs::{bounds, Inputs};
use super::params;
use super::view::ViewOptions;

/// Longest query string we read; the rest is ignored with a notice.
pub const MAX_QUERY_LEN: usize = 4096;
/// Most parameters we read.
pub const MAX_PARAMS: usize = 64;
/// Longest parameter name or value quoted back in a notice.
const QUOTE_LEN: usize = 32;

/// Why an own rate above its currency's top was ignored.
pub const RATE_TOO_HIGH: &str = "More than 2000 an hour (200000 in rupees); using 60.";

/// Something in the input that was ignored, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Notice {
    /// The parameter's name, shortened and stripped of control characters.
    pub param: String,
    /// What happened, in a sentence.
    pub message: String,
}

/// The result of decoding.
#[derive(Clone, Debug, PartialEq)]
pub struct Decoded {
    /// Inputs with every usable value applied and defaults elsewhere.
    pub inputs: Inputs,
    /// What was ignored.
    pub notices: Vec<Notice>,
    /// Parameters the caller asked to pass through (view options such as
    /// `embed`), already percent-decoded, in order of appearance.
    pub passthrough: Vec<(String, String)>,
    /// Number of parameters that were applied to `inputs`.
    pub applied: usize,
}

/// Shortens text for quoting back: printable characters only, at most 32.
/// Direction marks and overrides count as unprintable: quoted inside the
/// page's own sentence, a right-to-left override from a link reversed the
/// rest of the sentence.
pub fn quote(s: &str) -> String {
    // Direction marks and overrides, and the invisible characters (zero
    // widths, joiners, the BOM): "“backend” is not a role code; using
    // backend" hid a U+200B.
    let hidden = |c: char| {
        is_bidi_control(c)
            || matches!(c, '\u{00AD}' | '\u{200B}'..='\u{200D}' | '\u{2060}'..='\u{2064}' | '\u{FEFF}')
    };
    let mut out: String = s
        .chars()
        .map(|c| if c.is_control() || hidden(c) { '?' } else { c })
        .take(QUOTE_LEN)
        .collect();
    if s.chars().count() > QUOTE_LEN {
        out.push('…');
    }
    out
}

/// Decodes `%XX` escapes and `+`. `None` for a broken escape or invalid UTF-8.
pub fn percent_decode(s: &str) -> Option<String> {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'+' => out.push(b' '),
            b'%' => {
                let hex = b.get(i + 1..i + 3)?;
                let hi = (hex[0] as char).to_digit(16)?;
                let lo = (hex[1] as char).to_digit(16)?;
                out.push((hi * 16 + lo) as u8);
                i += 2;
            }
            c => out.push(c),
        }
        i += 1;
    }
    String::from_utf8(out).ok()
}

/// Escapes everything but unreserved characters.
pub fn percent_encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for &c in s.as_bytes() {
        if c.is_ascii_alphanumeric() || matches!(c, b'-' | b'_' | b'.' | b'~') {
            out.push(c as char);
        } else {
            out.push_str(&format!("%{c:02X}"));
        }
    }
    out
}

/// Whether `key` is a tracking parameter that platforms add to shared links
/// (`utm_source`, `fbclid`, …), which the calculator ignores silently.
pub fn is_tracking(key: &str) -> bool {
    key.starts_with("utm_")
        || matches!(
            key,
            "fbclid"
                | "gclid"
                | "dclid"
                | "msclkid"
                | "igshid"
                | "mc_cid"
                | "mc_eid"
                | "twclid"
                | "li_fat_id"
                | "_ga"
        )
}

/// A character that reorders the text around it (marks, embeddings,
/// overrides, isolates): "\u{202E}evil name" showed as "eman live".
pub fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{061C}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// A notice for inputs written after `#` (`#y=20&loc=sf`), which the page
/// does not read: the defaults or the saved inputs showed with no word.
pub fn fragment_notice(hash: &str) -> Option<Notice> {
    hash.contains('=').then(|| Notice {
        param: "#".into(),
        message: "The part after # is not read; a link's inputs go after ? instead.".into(),
    })
}

/// The name of a notice about the whole query rather than one parameter
/// (too long, too many parameters). Callers reading a saved copy rename it.
pub const WHOLE: &str = "(address)";

/// The names in `notices`, each once, at most five: a saved scenario of
/// `y=3&` three thousand times listed "y" sixty times.
pub fn names_of(notices: &[Notice]) -> String {
    let mut names: Vec<&str> = Vec::new();
    for n in notices {
        let name = if n.param == WHOLE {
            "its length"
        } else {
            n.param.as_str()
        };
        if !names.contains(&name) {
            names.push(name);
        }
    }
    if names.len() > 5 {
        names.truncate(5);
        names.push("…");
    }
    names.join(", ")
}

/// Decodes a query string (with or without the leading `?`).
/// `passthrough` names parameters the caller handles itself.
pub fn decode(query: &str, passthrough: &[&str]) -> Decoded {
    let mut inputs = Inputs::default();
    let mut notices = Vec::new();
    let mut pass = Vec::new();
    let mut applied = 0;
    let mut seen: Vec<String> = Vec::new();

    let mut q = query.strip_prefix('?').unwrap_or(query);
    if q.len() > MAX_QUERY_LEN {
        let mut cut = MAX_QUERY_LEN;
        while !q.is_char_boundary(cut) {
            cut -= 1;
        }
        q = &q[..cut];
        notices.push(Notice {
            param: WHOLE.into(),
            message: format!("Longer than {MAX_QUERY_LEN} characters; the rest was ignored."),
        });
    }

    for (n, pair) in q.split('&').filter(|p| !p.is_empty()).enumerate() {
        if n == MAX_PARAMS {
            notices.push(Notice {
                param: WHOLE.into(),
                message: format!("More than {MAX_PARAMS} parameters; the rest were ignored."),
            });
            break;
        }
        let (raw_k, raw_v) = pair.split_once('=').unwrap_or((pair, ""));
        let Some(key) = percent_decode(raw_k) else {
            notices.push(Notice {
                param: quote(raw_k),
                message: "Badly encoded parameter name; ignored.".into(),
            });
            continue;
        };
        let Some(val) = percent_decode(raw_v) else {
            notices.push(Notice {
                param: quote(&key),
                message: "Badly encoded value; ignored.".into(),
            });
            continue;
        };
        // Click identifiers and campaign tags that sites and mail tools add
        // to any link they pass on: not the reader's doing, not worth a
        // notice (not even given twice), nothing to keep.
        if is_tracking(&key) {
            continue;
        }
        // A parameter with no name ("?=5") had a notice with none.
        let named = if key.is_empty() {
            "(no name)".to_string()
        } else {
            quote(&key)
        };
        if seen.contains(&key) {
            notices.push(Notice {
                param: named,
                // Only the first is read, even when it was refused: "the
                // first value is used" stood beside "using 3" for ?y=abc&y=5.
                message: "Given more than once; only the first value is read.".into(),
            });
            continue;
        }
        seen.push(key.clone());
        if passthrough.contains(&key.as_str()) {
            pass.push((key, val));
            continue;
        }
        match params::read(params::INPUTS, &mut inputs, &key, &val) {
            Ok(()) => applied += 1,
            Err(message) => notices.push(Notice {
                param: named,
                message,
            }),
        }
    }
    // The own rate's bounds depend on its currency (`ratecur`), which may
    // come before or after it.
    if inputs.custom_rate > bounds::rate(inputs.rate_currency).1 {
        notices.push(Notice {
            param: "rate".into(),
            // A fixed text: each formatted number costs the wasm (a test
            // checks it against the bounds and the default).
            message: RATE_TOO_HIGH.into(),
        });
        inputs.custom_rate = Inputs::default().custom_rate;
    }
    Decoded {
        inputs,
        notices,
        passthrough: pass,
        applied,
    }
}

/// Joins `(key, value)` pairs into a query string, both percent-encoded.
pub fn join(pairs: &[(String, String)]) -> String {
    pairs
        .iter()
        .map(|(k, v)| format!("{}={}", percent_encode(k), percent_encode(v)))
        .collect::<Vec<_>>()
        .join("&")
}

/// Encodes the inputs that differ from the defaults, in the order of
/// [`params::INPUTS`], so equal inputs always give the same string. Empty for
/// all defaults.
pub fn encode(inp: &Inputs) -> String {
    join(&params::write(params::INPUTS, inp))
}

/// The full query for inputs and view options: the inputs first, then the
/// view (both only where they differ from the defaults).
pub fn query(inp: &Inputs, view: &ViewOptions) -> String {
    let mut pairs = params::write(params::INPUTS, inp);
    pairs.extend(view.params());
    join(&pairs)
}
