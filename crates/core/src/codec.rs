//! The URL / stored-state codec: [`Inputs`] ⇄ a query string.
//!
//! The same text is kept in the address bar and in localStorage, so one
//! decoder handles both. Decoding never fails: anything it cannot use is
//! replaced by the default and reported as a [`Notice`] naming the parameter,
//! so the page can say what was ignored. Notices carry plain text only; the UI
//! renders them as text, never as HTML.

use super::money::{fixed, parse_decimal};
use super::inputs::{
    bounds, round_fx, FX_DECIMALS, Currency, ExperienceSource, Industry, Inputs, Language, Location, Mode, RateBasis, Region,
};

/// Longest query string we read; the rest is ignored with a notice.
pub const MAX_QUERY_LEN: usize = 4096;
/// Most parameters we read.
pub const MAX_PARAMS: usize = 64;
/// Longest parameter name or value quoted back in a notice.
const QUOTE_LEN: usize = 32;

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
pub fn quote(s: &str) -> String {
    let mut out: String = s
        .chars()
        .map(|c| if c.is_control() { '?' } else { c })
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

fn parse_int(v: &str, (lo, hi): (u32, u32)) -> Option<u32> {
    let v = v.trim();
    if v.is_empty() || v.len() > 6 || !v.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    v.parse::<u32>().ok().filter(|n| (lo..=hi).contains(n))
}

fn parse_pct(v: &str) -> Option<i32> {
    let v = v.trim();
    let digits = v.strip_prefix('-').or_else(|| v.strip_prefix('+')).unwrap_or(v);
    if digits.is_empty() || digits.len() > 4 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let n: i32 = digits.parse().ok()?;
    let n = if v.starts_with('-') { -n } else { n };
    let (lo, hi) = bounds::PCT;
    (lo..=hi).contains(&n).then_some(n)
}

fn parse_fx(v: &str) -> Option<f64> {
    let v = v.trim();
    if v.is_empty() || v.len() > 16 || !v.bytes().all(|b| b.is_ascii_digit() || b == b'.') {
        return None;
    }
    let x = round_fx(parse_decimal(v)?);
    let (lo, hi) = bounds::FX;
    (x.is_finite() && (lo..=hi).contains(&x)).then_some(x)
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
            param: "(address)".into(),
            message: format!("The address is longer than {MAX_QUERY_LEN} characters; the rest was ignored."),
        });
    }

    for (n, pair) in q.split('&').filter(|p| !p.is_empty()).enumerate() {
        if n == MAX_PARAMS {
            notices.push(Notice {
                param: "(address)".into(),
                message: format!("More than {MAX_PARAMS} parameters; the rest were ignored."),
            });
            break;
        }
        let (raw_k, raw_v) = pair.split_once('=').unwrap_or((pair, ""));
        let Some(key) = percent_decode(raw_k) else {
            notices.push(Notice { param: quote(raw_k), message: "Badly encoded parameter name; ignored.".into() });
            continue;
        };
        let Some(val) = percent_decode(raw_v) else {
            notices.push(Notice { param: quote(&key), message: "Badly encoded value; ignored.".into() });
            continue;
        };
        if seen.contains(&key) {
            notices.push(Notice { param: quote(&key), message: "Given more than once; the first value is used.".into() });
            continue;
        }
        seen.push(key.clone());
        if passthrough.contains(&key.as_str()) {
            pass.push((key, val));
            continue;
        }
        match apply(&mut inputs, &key, &val) {
            Ok(()) => applied += 1,
            Err(message) => notices.push(Notice { param: quote(&key), message }),
        }
    }
    Decoded { inputs, notices, passthrough: pass, applied }
}

fn bad_choice(val: &str, what: &str, default: &str) -> String {
    format!("“{}” is not a known {what}; using {default}.", quote(val))
}

fn bad_number(val: &str, (lo, hi): (u32, u32), default: u32) -> String {
    format!("“{}” is not a whole number from {lo} to {hi}; using {default}.", quote(val))
}

/// Applies one parameter, or says why it cannot.
fn apply(inp: &mut Inputs, key: &str, val: &str) -> Result<(), String> {
    let def = Inputs::default();
    macro_rules! choice {
        ($field:ident, $ty:ty, $what:literal) => {{
            inp.$field = <$ty>::from_code(val)
                .ok_or_else(|| bad_choice(val, $what, def.$field.label()))?;
        }};
    }
    macro_rules! int {
        ($field:ident, $bounds:expr) => {{
            inp.$field = parse_int(val, $bounds).ok_or_else(|| bad_number(val, $bounds, def.$field))?;
        }};
    }
    match key {
        "y" => int!(years, bounds::YEARS),
        "loc" => choice!(location, Location, "location"),
        "lang" => choice!(language, Language, "language"),
        "ind" => choice!(industry, Industry, "industry"),
        "mode" => choice!(mode, Mode, "mode"),
        "basis" => choice!(rate_basis, RateBasis, "rate basis"),
        "cur" => choice!(currency, Currency, "currency"),
        "rate" => int!(custom_rate, bounds::RATE),
        "hpw" => int!(hours_per_week, bounds::HOURS_PER_WEEK),
        "wpy" => int!(weeks_per_year, bounds::WEEKS_PER_YEAR),
        "src" => {
            inp.assumptions.primary = ExperienceSource::from_code(val)
                .ok_or_else(|| bad_choice(val, "experience source", def.assumptions.primary.label()))?
        }
        "metro" => {
            inp.metro = Some(parse_int(val, bounds::METRO).ok_or_else(|| format!("“{}” is not an area id; ignored.", quote(val)))?)
        }
        "role" => {
            let ok = !val.is_empty() && val.len() <= 40 && val.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
            if !ok {
                return Err(format!("“{}” is not a role code; using {}.", quote(val), def.role));
            }
            inp.role = val.to_string();
        }
        "country" => {
            let ok = !val.trim().is_empty() && val.chars().count() <= 60 && !val.chars().any(|c| c.is_control() || c == '<' || c == '>');
            if !ok {
                return Err(format!("“{}” is not a country name; the location decides.", quote(val)));
            }
            inp.country = val.trim().to_string();
        }
        "hpy" => {
            inp.assumptions.paid_hours = parse_int(val, bounds::PAID_HOURS)
                .ok_or_else(|| bad_number(val, bounds::PAID_HOURS, def.assumptions.paid_hours))?
        }
        _ => return apply_keyed(inp, key, val),
    }
    Ok(())
}

/// Parameters of the form `group.code`: per-choice assumptions and rates.
fn apply_keyed(inp: &mut Inputs, key: &str, val: &str) -> Result<(), String> {
    let Some((group, code)) = key.split_once('.') else {
        return Err("Unknown parameter; ignored.".into());
    };
    let pct_err = || {
        let (lo, hi) = bounds::PCT;
        format!("“{}” is not a whole percentage from {lo} to {hi}; the default is used.", quote(val))
    };
    let a = &mut inp.assumptions;
    match group {
        "lang" => {
            let l = Language::from_code(code).filter(|l| *l != Language::Unspecified).ok_or("Unknown language; ignored.")?;
            a.language_pct[l.index()] = parse_pct(val).ok_or_else(pct_err)?;
        }
        "ind" => {
            let i = Industry::from_code(code).filter(|i| *i != Industry::Unspecified).ok_or("Unknown industry; ignored.")?;
            a.industry_pct[i.index()] = parse_pct(val).ok_or_else(pct_err)?;
        }
        "region" => {
            let r = Region::from_code(code).ok_or("Unknown region; ignored.")?;
            a.region_pct[r.index()] = parse_pct(val).ok_or_else(pct_err)?;
        }
        "fx" => {
            let c = Currency::from_code(code).filter(|c| *c != Currency::Usd).ok_or("Unknown currency; ignored.")?;
            a.per_usd[c.index()] = parse_fx(val).ok_or_else(|| {
                format!("“{}” is not a usable exchange rate; using {}.", quote(val), fixed(c.default_per_usd(), FX_DECIMALS, true))
            })?;
        }
        _ => return Err("Unknown parameter; ignored.".into()),
    }
    Ok(())
}

/// Encodes the inputs that differ from the defaults, in a fixed order, so
/// equal inputs always give the same string. Empty for all defaults.
pub fn encode(inp: &Inputs) -> String {
    let d = Inputs::default();
    let mut parts: Vec<String> = Vec::new();
    let mut push = |k: &str, v: String| parts.push(format!("{}={}", percent_encode(k), percent_encode(&v)));
    if inp.years != d.years {
        push("y", inp.years.to_string());
    }
    if inp.location != d.location {
        push("loc", inp.location.code().into());
    }
    if inp.language != d.language {
        push("lang", inp.language.code().into());
    }
    if inp.industry != d.industry {
        push("ind", inp.industry.code().into());
    }
    if inp.mode != d.mode {
        push("mode", inp.mode.code().into());
    }
    if inp.rate_basis != d.rate_basis {
        push("basis", inp.rate_basis.code().into());
    }
    if inp.custom_rate != d.custom_rate {
        push("rate", inp.custom_rate.to_string());
    }
    if inp.hours_per_week != d.hours_per_week {
        push("hpw", inp.hours_per_week.to_string());
    }
    if inp.weeks_per_year != d.weeks_per_year {
        push("wpy", inp.weeks_per_year.to_string());
    }
    if inp.currency != d.currency {
        push("cur", inp.currency.code().into());
    }
    if let Some(m) = inp.metro {
        push("metro", m.to_string());
    }
    if inp.role != d.role {
        push("role", inp.role.clone());
    }
    if inp.country != d.country {
        push("country", inp.country.clone());
    }
    let (a, da) = (&inp.assumptions, &d.assumptions);
    if a.primary != da.primary {
        push("src", a.primary.code().into());
    }
    if a.paid_hours != da.paid_hours {
        push("hpy", a.paid_hours.to_string());
    }
    for l in Language::ALL {
        if a.language_pct[l.index()] != da.language_pct[l.index()] {
            push(&format!("lang.{}", l.code()), a.language_pct[l.index()].to_string());
        }
    }
    for i in Industry::ALL {
        if a.industry_pct[i.index()] != da.industry_pct[i.index()] {
            push(&format!("ind.{}", i.code()), a.industry_pct[i.index()].to_string());
        }
    }
    for r in Region::ALL {
        if a.region_pct[r.index()] != da.region_pct[r.index()] {
            push(&format!("region.{}", r.code()), a.region_pct[r.index()].to_string());
        }
    }
    for c in Currency::ALL {
        if a.per_usd[c.index()] != da.per_usd[c.index()] {
            push(&format!("fx.{}", c.code()), fixed(a.per_usd[c.index()], FX_DECIMALS, true));
        }
    }
    parts.join("&")
}
