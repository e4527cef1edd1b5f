//! The parameter tables of `docs/embed.md`, rendered from the rows, so the
//! docs cannot drift from the code (`crates/core/tests/params_doc.rs` checks
//! the committed copy).

use super::{write_fx, Codes, Kind, Param, Slots};
use crate::inputs::FX_DATE;

fn codes(list: &[&str]) -> String {
    list.iter()
        .map(|c| format!("`{c}`"))
        .collect::<Vec<_>>()
        .join(", ")
}

fn with_note(text: String, note: &str) -> String {
    if note.is_empty() {
        text
    } else {
        format!("{text}; {note}")
    }
}

/// The codes of a family that have a parameter.
fn family_codes<S, V>(f: &dyn Slots<S, V>) -> Vec<&'static str> {
    (0..f.positions()).filter_map(|k| f.code_at(k)).collect()
}

/// Defaults of a family, code by code.
fn each_default<S, V>(f: &dyn Slots<S, V>, d: &S, w: fn(V) -> String) -> String {
    (0..f.positions())
        .filter_map(|k| Some(format!("`{}` {}", f.code_at(k)?, w(f.get(d, k)?))))
        .collect::<Vec<_>>()
        .join(", ")
}

fn choice_values<S>(what: &str, c: &dyn Codes<S>) -> String {
    let all: Vec<&str> = (0..).map_while(|k| c.code_at(k)).collect();
    format!("{what}: {}", codes(&all))
}

/// A Markdown table of `table`: parameter, values, default.
pub fn markdown<S: Default + 'static>(table: &[Param<S>]) -> String {
    let d = S::default();
    let mut out = String::from("| parameter | values | default |\n| --- | --- | --- |\n");
    for p in table {
        let key = if p.is_family() {
            format!("`{}.<code>`", p.key)
        } else {
            format!("`{}`", p.key)
        };
        let (values, default) = match &p.kind {
            Kind::Int(f, (lo, hi)) => (
                format!("{}, a whole number from {lo} to {hi}", p.what),
                (f.get)(&d).to_string(),
            ),
            Kind::Id(f, (lo, hi)) => (
                format!("{}, {lo} to {hi}", p.what),
                (f.get)(&d).map_or("none".into(), |v| format!("`{v}`")),
            ),
            Kind::Flag(f) => (
                format!("{}: `1` or `0`", p.what),
                format!("`{}`", if (f.get)(&d) { 1 } else { 0 }),
            ),
            Kind::Choice(c) => (choice_values(p.what, *c), format!("`{}`", c.get(&d))),
            Kind::Text(f, _, otherwise) => {
                let v = (f.get)(&d);
                (
                    p.what.to_string(),
                    if v.is_empty() {
                        format!("none: {otherwise}")
                    } else {
                        format!("`{v}`")
                    },
                )
            }
            Kind::Pct(f, (lo, hi)) => (
                format!(
                    "assumption: % adjustment per {}, {lo} to {hi}; `<code>`: {}",
                    p.what,
                    codes(&family_codes(*f))
                ),
                each_default(*f, &d, |v| v.to_string()),
            ),
            Kind::Fx(f, _) => (
                format!(
                    "assumption: units of a {} per US dollar; `<code>`: {}",
                    p.what,
                    codes(&family_codes(*f))
                ),
                format!("{}; rates of {FX_DATE}", each_default(*f, &d, write_fx)),
            ),
        };
        out.push_str(&format!(
            "| {key} | {} | {default} |\n",
            with_note(values, p.note)
        ));
    }
    out
}
