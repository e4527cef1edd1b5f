//! Function components. Each takes the parts of the state it shows and, where
//! it changes anything, a `Callback<Action>`.

pub mod article_vs_data;
pub mod assumptions;
pub mod charts;
pub mod compact_form;
pub mod dou;
pub mod fields;
pub mod fold;
pub mod form;
pub mod keys;
pub mod notices;
pub mod result;
pub mod scenarios;
pub mod share;
pub mod sources;
pub mod survey;

use crate::core::inputs::Inputs;
use crate::core::money::{format_compact, format_usd_in};

/// A USD amount in the chosen display currency.
pub fn money(usd: f64, inputs: &Inputs) -> String {
    let c = inputs.currency;
    format_usd_in(usd, c, inputs.assumptions.per_usd[c.index()], false)
}

/// A USD hourly amount in the display currency, with cents when small.
pub fn money_h(usd: f64, inputs: &Inputs) -> String {
    let c = inputs.currency;
    format_usd_in(usd, c, inputs.assumptions.per_usd[c.index()], true)
}

/// Compact form for chart labels.
pub fn money_short(usd: f64, inputs: &Inputs) -> String {
    let c = inputs.currency;
    format_compact(usd * inputs.assumptions.per_usd[c.index()], c)
}
