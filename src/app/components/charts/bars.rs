//! A horizontal bar / range chart, used for cities, regions and comparisons.

use yew::prelude::*;

use super::{el, n, nice_ticks, open, raw, Scale, WIDTH};
use crate::core::inputs::Currency;
use crate::core::money::format_compact;

/// One row of a bar chart, in display-currency units.
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    /// Row label.
    pub label: String,
    /// The bar's value (a tick when the row has a range).
    pub value: f64,
    /// Range drawn as a lighter band, if any.
    pub range: Option<(f64, f64)>,
    /// Whiskers drawn as a thin line behind the band (e.g. p10–p90).
    pub whisker: Option<(f64, f64)>,
    /// An extra mark such as a region's top end: (value, label).
    pub mark: Option<(f64, String)>,
    /// The user's own row, highlighted.
    pub you: bool,
    /// Text after the bar.
    pub text: String,
}

/// A vertical reference line, e.g. the national average.
#[derive(Clone, Debug, PartialEq)]
pub struct RefLine {
    /// Position in display-currency units.
    pub value: f64,
    /// Its label.
    pub label: String,
}

const LABEL_W: f64 = 124.0;
const ROW_H: f64 = 34.0;
const TOP: f64 = 22.0;
const AXIS_H: f64 = 26.0;
const RIGHT: f64 = 92.0;

/// The SVG height for `n` rows.
pub fn height(n: usize) -> f64 {
    TOP + ROW_H * n as f64 + AXIS_H
}

/// Draws the rows (SVG content only; [`super::ChartFigure`] wraps it).
pub fn draw(rows: &[Row], reference: Option<&RefLine>, currency: Currency, you_label: Option<(f64, String)>) -> Html {
    let max = rows
        .iter()
        .flat_map(|r| [Some(r.value), r.range.map(|x| x.1), r.whisker.map(|x| x.1), r.mark.as_ref().map(|m| m.0)])
        .flatten()
        .chain(reference.map(|r| r.value))
        .chain(you_label.as_ref().map(|y| y.0))
        .fold(0.0f64, f64::max);
    let ticks = nice_ticks(max, 4);
    let x = Scale::new(0.0, *ticks.last().unwrap_or(&1.0), LABEL_W, WIDTH - RIGHT);
    let bottom = TOP + ROW_H * rows.len() as f64;
    let mut o = String::new();
    o.push_str("<g class=\"grid\">");
    for t in &ticks {
        let tx = n(x.at(*t));
        o.push_str("<g>");
        el(&mut o, "line", &[("x1", &tx), ("x2", &tx), ("y1", &n(TOP - 4.0)), ("y2", &n(bottom))], None);
        el(&mut o, "text", &[("x", &tx), ("y", &n(bottom + 16.0)), ("text-anchor", "middle"), ("class", "tick")], Some(&format_compact(*t, currency)));
        o.push_str("</g>");
    }
    o.push_str("</g>");
    for (k, r) in rows.iter().enumerate() {
        let y = TOP + ROW_H * k as f64;
        let mid = n(y + ROW_H / 2.0);
        let text_y = n(y + ROW_H / 2.0 + 4.0);
        open(&mut o, "g", &[("class", if r.you { "row you" } else { "row" })]);
        el(&mut o, "text", &[("x", &n(LABEL_W - 8.0)), ("y", &text_y), ("text-anchor", "end"), ("class", "label")], Some(&r.label));
        if let Some((lo, hi)) = r.whisker {
            el(&mut o, "line", &[("x1", &n(x.at(lo))), ("x2", &n(x.at(hi))), ("y1", &mid), ("y2", &mid), ("class", "whisker")], None);
        }
        let bar_y = n(y + 8.0);
        let bar_h = n(ROW_H - 16.0);
        if let Some((lo, hi)) = r.range {
            el(&mut o, "rect", &[("x", &n(x.at(lo))), ("y", &bar_y), ("width", &n((x.at(hi) - x.at(lo)).max(2.0))), ("height", &bar_h), ("rx", "3"), ("class", "range")], None);
            let vx = n(x.at(r.value));
            el(&mut o, "line", &[("x1", &vx), ("x2", &vx), ("y1", &n(y + 4.0)), ("y2", &n(y + ROW_H - 4.0)), ("class", "value-tick")], None);
        } else {
            el(&mut o, "rect", &[("x", &n(LABEL_W)), ("y", &bar_y), ("width", &n((x.at(r.value) - LABEL_W).max(1.0))), ("height", &bar_h), ("rx", "3"), ("class", "bar")], None);
        }
        if let Some((m, _)) = &r.mark {
            el(&mut o, "path", &[("d", &format!("M{} {} l5 6 l-5 6 l-5 -6 z", n(x.at(*m)), n(y + ROW_H / 2.0 - 6.0))), ("class", "mark")], None);
        }
        let end = r.range.map_or(r.value, |rg| rg.1.max(r.value)).max(r.mark.as_ref().map_or(0.0, |m| m.0)).max(r.whisker.map_or(0.0, |w| w.1));
        el(&mut o, "text", &[("x", &n(x.at(end) + 8.0)), ("y", &text_y), ("class", "value")], Some(&r.text));
        o.push_str("</g>");
    }
    let lines = [reference.map(|rf| ("ref", "ref-label", rf.value, rf.label.as_str())), you_label.as_ref().map(|(v, l)| ("you-line", "you-label", *v, l.as_str()))];
    for (g, label_class, v, label) in lines.into_iter().flatten() {
        let vx = n(x.at(v));
        open(&mut o, "g", &[("class", g)]);
        el(&mut o, "line", &[("x1", &vx), ("x2", &vx), ("y1", &n(TOP - 6.0)), ("y2", &n(bottom))], None);
        el(&mut o, "text", &[("x", &vx), ("y", &n(TOP - 9.0)), ("text-anchor", "middle"), ("class", label_class)], Some(label));
        o.push_str("</g>");
    }
    raw(o)
}
