//! Which sources a shown figure used, derived from the estimate's own
//! reasons, for the embed's footer: the article's ladders always, DOL when a
//! metro factor applied, and the assumptions or the reader's own inputs when
//! a step rests on them.

use super::{Basis, Estimate};
use crate::dataset::Source;

/// The article, always credited: both ladders give the range.
pub const ARTICLE_CREDIT: &str =
    "the KnowledgeHut article \"Backend Developer Salary for 2024\" (its unnamed reports, PayScale, Software Guild)";
/// The DOL prevailing-wage data behind a US metro factor.
pub const DOL_CREDIT: &str =
    "US Dept. of Labor OFLC prevailing wages 2025-26 (metro factor against BLS's published mean)";
/// Any step that rests on an editable assumption.
pub const ASSUMPTIONS_CREDIT: &str = "the assumptions listed in the full calculator";
/// A step that rests on a number the reader entered.
pub const INPUT_CREDIT: &str = "your own entries";

/// Every source the shown figure used, in a fixed order, without repeats.
pub fn credits(e: &Estimate) -> Vec<&'static str> {
    let mut out = vec![ARTICLE_CREDIT];
    let has = |f: fn(&Basis) -> bool| e.steps.iter().any(|s| f(&s.basis));
    if has(|b| matches!(b, Basis::Source(Source::Dol, _))) {
        out.push(DOL_CREDIT);
    }
    if has(|b| matches!(b, Basis::Assumption)) {
        out.push(ASSUMPTIONS_CREDIT);
    }
    if has(|b| matches!(b, Basis::Input)) {
        out.push(INPUT_CREDIT);
    }
    out
}

/// The footer sentence: "Figures: A, B and C."
pub fn credit_line(e: &Estimate) -> String {
    let c = credits(e);
    let body = match c.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{} and {last}", rest.join(", ")),
        Some((last, _)) => (*last).to_string(),
        None => String::new(),
    };
    format!("Figures: {body}.")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::estimate::{estimate, estimate_with, MetroFactor};
    use crate::inputs::{Inputs, Language, Location, Mode, RateBasis};

    #[test]
    fn us_average_credits_only_the_article() {
        let e = estimate(&Inputs::default());
        assert_eq!(credits(&e), vec![ARTICLE_CREDIT]);
        assert!(credit_line(&e).starts_with("Figures: the KnowledgeHut"));
    }

    #[test]
    fn a_metro_factor_credits_dol() {
        let i = Inputs {
            location: Location::UsMetro,
            ..Inputs::default()
        };
        let m = MetroFactor {
            name: "Austin-Round Rock, TX".into(),
            pct: 4.2,
        };
        let e = estimate_with(&i, Some(&m));
        assert_eq!(credits(&e), vec![ARTICLE_CREDIT, DOL_CREDIT]);
        assert!(
            credit_line(&e).contains("Dept. of Labor"),
            "{}",
            credit_line(&e)
        );
        // Unresolved metro: the US average, no DOL.
        assert!(!credits(&estimate(&i)).contains(&DOL_CREDIT));
    }

    #[test]
    fn assumptions_and_inputs_are_credited_when_used() {
        let i = Inputs {
            language: Language::ALL[1],
            ..Inputs::default()
        };
        assert!(credits(&estimate(&i)).contains(&ASSUMPTIONS_CREDIT));
        let f = Inputs {
            mode: Mode::Freelance,
            rate_basis: RateBasis::Custom,
            ..Inputs::default()
        };
        let c = credits(&estimate(&f));
        assert!(c.contains(&INPUT_CREDIT), "{c:?}");
        assert!(credit_line(&estimate(&f)).contains(" and your own entries."));
    }
}
