//! The address parameters, defined once.
//!
//! Each row of [`INPUTS`] and [`VIEW`] (in `table.rs`) gives a parameter's
//! key, what it is, and its [`Kind`]: how its value is read and written, and
//! its bounds. Defaults are the values of `Inputs::default()` and
//! `ViewOptions::default()`, so they too are stated once. Decoding, encoding,
//! the share link, the embed snippet and the parameter tables in
//! `docs/embed.md` all come from these rows.

mod docs;
mod table;

pub use docs::markdown;
pub use table::{INPUTS, VIEW};

use super::codec::quote;
use super::inputs::{Choice, FX_DECIMALS};
use super::money::{fixed, parse_decimal};

/// Reads and writes one field of `S`.
pub struct Lens<S, T> {
    /// The field's value.
    pub get: fn(&S) -> T,
    /// Stores a value in the field.
    pub set: fn(&mut S, T),
}

/// A closed set of codes kept in a field of `S` (a [`Choice`], type-erased so
/// rows of different types fit in one table). Codes are reached by position
/// rather than as a list, which keeps the wasm small.
pub trait Codes<S>: Sync {
    /// The `k`-th code in display order; `None` past the end.
    fn code_at(&self, k: usize) -> Option<&'static str>;
    /// The code stored in `s`.
    fn get(&self, s: &S) -> &'static str;
    /// Stores `code`; false when it is not one of the codes.
    fn set(&self, s: &mut S, code: &str) -> bool;
    /// The label of the choice stored in `s`, for notices.
    fn label(&self, s: &S) -> &'static str;
}

impl<S, T: Choice> Codes<S> for Lens<S, T> {
    fn code_at(&self, k: usize) -> Option<&'static str> {
        T::all().get(k).map(|c| c.code())
    }
    fn get(&self, s: &S) -> &'static str {
        (self.get)(s).code()
    }
    fn set(&self, s: &mut S, code: &str) -> bool {
        T::from_code(code).map(|v| (self.set)(s, v)).is_some()
    }
    fn label(&self, s: &S) -> &'static str {
        (self.get)(s).label()
    }
}

/// One value per choice, each its own parameter `key.code`, by position.
pub trait Slots<S, V>: Sync {
    /// Number of positions, skipped one included.
    fn positions(&self) -> usize;
    /// The code at position `k`; `None` for the skipped choice or past the end.
    fn code_at(&self, k: usize) -> Option<&'static str>;
    /// The position of a code that has a parameter.
    fn position(&self, code: &str) -> Option<usize>;
    /// The value at position `k`.
    fn get(&self, s: &S, k: usize) -> Option<V>;
    /// Stores the value at position `k`.
    fn set(&self, s: &mut S, k: usize, v: V);
}

/// [`Slots`] kept in an array indexed like `T::all()`.
pub struct Each<S, T, V> {
    /// The array.
    pub values: fn(&S) -> &[V],
    /// The array, to change it.
    pub values_mut: fn(&mut S) -> &mut [V],
    /// The choice without a parameter ("not specified", or USD itself).
    pub skip: Option<T>,
}

impl<S, T: Choice + Sync, V: Copy> Slots<S, V> for Each<S, T, V> {
    fn positions(&self) -> usize {
        T::all().len()
    }
    fn code_at(&self, k: usize) -> Option<&'static str> {
        T::all()
            .get(k)
            .filter(|c| Some(**c) != self.skip)
            .map(|c| c.code())
    }
    fn position(&self, code: &str) -> Option<usize> {
        (0..self.positions()).find(|k| self.code_at(*k) == Some(code))
    }
    fn get(&self, s: &S, k: usize) -> Option<V> {
        (self.values)(s).get(k).copied()
    }
    fn set(&self, s: &mut S, k: usize, v: V) {
        if let Some(slot) = (self.values_mut)(s).get_mut(k) {
            *slot = v;
        }
    }
}

/// How a parameter's value is read and written, with its bounds.
pub enum Kind<S: 'static> {
    /// A whole number within inclusive bounds.
    Int(Lens<S, u32>, (u32, u32)),
    /// A whole number within bounds, absent by default (an id).
    Id(Lens<S, Option<u32>>, (u32, u32)),
    /// On or off: `1` or `0` (`true` and `false` are read too).
    Flag(Lens<S, bool>),
    /// One code of a closed set.
    Choice(&'static dyn Codes<S>),
    /// Text that passes a check; the `&str` says what an empty value means.
    Text(Lens<S, String>, fn(&str) -> bool, &'static str),
    /// A whole percentage per choice (`key.code`), within bounds.
    Pct(&'static dyn Slots<S, i32>, (i32, i32)),
    /// Units of a currency per US dollar (`key.code`), within bounds.
    Fx(&'static dyn Slots<S, f64>, (f64, f64)),
}

/// One address parameter (or, for [`Kind::Pct`] and [`Kind::Fx`], a family
/// of them).
pub struct Param<S: 'static> {
    /// Name in the address; for a family, the part before `.code`.
    pub key: &'static str,
    /// What the value is, in a few words (notices and docs).
    pub what: &'static str,
    /// More for the docs only; may be empty.
    pub note: &'static str,
    /// How it is read and written.
    pub kind: Kind<S>,
}

impl<S: 'static> Param<S> {
    /// True for a family of `key.code` parameters.
    pub fn is_family(&self) -> bool {
        matches!(self.kind, Kind::Pct(..) | Kind::Fx(..))
    }
}

/// A survey role code: lowercase ASCII letters, digits and `-`, at most 40.
pub fn is_role_code(v: &str) -> bool {
    !v.is_empty()
        && v.len() <= 40
        && v.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// A country name as the survey spells it: plain text of at most 60
/// characters, no control characters and no `<` or `>`.
pub fn is_country_name(v: &str) -> bool {
    !v.trim().is_empty()
        && v.chars().count() <= 60
        && !v.chars().any(|c| c.is_control() || c == '<' || c == '>')
}

fn parse_int(v: &str, (lo, hi): (u32, u32)) -> Option<u32> {
    let v = v.trim();
    if v.is_empty() || v.len() > 6 || !v.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    v.parse::<u32>().ok().filter(|n| (lo..=hi).contains(n))
}

fn parse_pct(v: &str, (lo, hi): (i32, i32)) -> Option<i32> {
    let v = v.trim();
    let digits = v
        .strip_prefix('-')
        .or_else(|| v.strip_prefix('+'))
        .unwrap_or(v);
    if digits.is_empty() || digits.len() > 4 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let n: i32 = digits.parse().ok()?;
    let n = if v.starts_with('-') { -n } else { n };
    (lo..=hi).contains(&n).then_some(n)
}

fn parse_fx(v: &str, (lo, hi): (f64, f64)) -> Option<f64> {
    let v = v.trim();
    if v.is_empty() || v.len() > 16 || !v.bytes().all(|b| b.is_ascii_digit() || b == b'.') {
        return None;
    }
    let x = super::inputs::round_fx(parse_decimal(v)?);
    (x.is_finite() && (lo..=hi).contains(&x)).then_some(x)
}

/// How an exchange rate is written: [`FX_DECIMALS`] places, trailing zeros dropped.
pub fn write_fx(x: f64) -> String {
    fixed(x, FX_DECIMALS, true)
}

/// Applies `key=val` to `s` by the rows of `table`, or says why it cannot.
pub fn read<S: Default>(table: &[Param<S>], s: &mut S, key: &str, val: &str) -> Result<(), String> {
    let (name, code) = match key.split_once('.') {
        Some((n, c)) => (n, Some(c)),
        None => (key, None),
    };
    let row = table
        .iter()
        .find(|p| p.key == name && p.is_family() == code.is_some());
    let row = row.ok_or("Unknown parameter; ignored.")?;
    row.read(s, code.unwrap_or(""), val)
}

impl<S: Default + 'static> Param<S> {
    fn read(&self, s: &mut S, code: &str, val: &str) -> Result<(), String> {
        let q = quote(val);
        match &self.kind {
            Kind::Int(f, b) => {
                let d = (f.get)(&S::default());
                let v = parse_int(val, *b).ok_or_else(|| {
                    format!(
                        "“{q}” is not a whole number from {} to {}; using {d}.",
                        b.0, b.1
                    )
                })?;
                (f.set)(s, v);
            }
            Kind::Id(f, b) => {
                let v = parse_int(val, *b)
                    .ok_or_else(|| format!("“{q}” is not a {}; ignored.", self.what))?;
                (f.set)(s, Some(v));
            }
            Kind::Flag(f) => match val {
                "1" | "true" => (f.set)(s, true),
                "0" | "false" => (f.set)(s, false),
                _ => return Err(format!("“{q}” is not 1 or 0; ignored.")),
            },
            Kind::Choice(c) => {
                if !c.set(s, val) {
                    return Err(format!(
                        "“{q}” is not a known {}; using {}.",
                        self.what,
                        c.label(&S::default())
                    ));
                }
            }
            Kind::Text(f, ok, otherwise) => {
                if !ok(val) {
                    let d = (f.get)(&S::default());
                    let fallback = if d.is_empty() {
                        (*otherwise).to_string()
                    } else {
                        format!("using {d}")
                    };
                    return Err(format!("“{q}” is not a {}; {fallback}.", self.what));
                }
                (f.set)(s, val.trim().to_string());
            }
            Kind::Pct(f, b) => {
                let k = f
                    .position(code)
                    .ok_or_else(|| format!("Unknown {}; ignored.", self.what))?;
                let v = parse_pct(val, *b).ok_or_else(|| {
                    format!(
                        "“{q}” is not a whole percentage from {} to {}; the default is used.",
                        b.0, b.1
                    )
                })?;
                f.set(s, k, v);
            }
            Kind::Fx(f, b) => {
                let k = f
                    .position(code)
                    .ok_or_else(|| format!("Unknown {}; ignored.", self.what))?;
                let d = f.get(&S::default(), k).unwrap_or(1.0);
                let v = parse_fx(val, *b).ok_or_else(|| {
                    format!(
                        "“{q}” is not a usable exchange rate; using {}.",
                        write_fx(d)
                    )
                })?;
                f.set(s, k, v);
            }
        }
        Ok(())
    }

    /// Appends this row's `(key, value)` pairs where `s` differs from `d`.
    fn write(&self, s: &S, d: &S, out: &mut Vec<(String, String)>) {
        let key = || self.key.to_string();
        match &self.kind {
            Kind::Int(f, _) if (f.get)(s) != (f.get)(d) => {
                out.push((key(), (f.get)(s).to_string()))
            }
            Kind::Id(f, _) => {
                if let Some(v) = (f.get)(s).filter(|v| Some(*v) != (f.get)(d)) {
                    out.push((key(), v.to_string()));
                }
            }
            Kind::Flag(f) if (f.get)(s) != (f.get)(d) => {
                out.push((key(), if (f.get)(s) { "1" } else { "0" }.into()))
            }
            Kind::Choice(c) if c.get(s) != c.get(d) => out.push((key(), c.get(s).into())),
            Kind::Text(f, ..) if (f.get)(s) != (f.get)(d) => out.push((key(), (f.get)(s))),
            Kind::Pct(f, _) => each(self.key, &**f, s, d, out, |v| v.to_string()),
            Kind::Fx(f, _) => each(self.key, &**f, s, d, out, write_fx),
            _ => {}
        }
    }
}

fn each<S, V: PartialEq>(
    key: &str,
    f: &dyn Slots<S, V>,
    s: &S,
    d: &S,
    out: &mut Vec<(String, String)>,
    w: fn(V) -> String,
) {
    for k in 0..f.positions() {
        if let (Some(code), Some(v), Some(dv)) = (f.code_at(k), f.get(s, k), f.get(d, k)) {
            if v != dv {
                out.push((format!("{key}.{code}"), w(v)));
            }
        }
    }
}

/// The `(key, value)` pairs for what differs from the defaults, in table order.
pub fn write<S: Default + 'static>(table: &[Param<S>], s: &S) -> Vec<(String, String)> {
    let d = S::default();
    let mut out = Vec::new();
    for p in table {
        p.write(s, &d, &mut out);
    }
    out
}
