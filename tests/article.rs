//! Every figure of the bundled dataset: its literal must occur in its quote
//! and parse to the stored value, and the ranks must follow the article.
//! These need nothing beside the checkout; that each quote occurs in the
//! article's text is a source check (tests/sources.rs).

use backend_salary_calc::core::dataset::{self as d, Unit, FIGURES};

mod common;

/// What a literal says, as a number in the figure's unit.
fn parse_literal(f: &d::Figure) -> Option<f64> {
    let digits: String = f
        .literal
        .chars()
        .filter(|c| c.is_ascii_digit() || *c == '.')
        .collect();
    let n: Option<f64> = digits.parse().ok();
    match f.unit {
        Unit::UsdPerYear | Unit::UsdPerHour | Unit::Years => n,
        Unit::PercentVsNational => n.map(|v| {
            if f.literal.contains("lower") || f.literal.starts_with('-') {
                -v
            } else {
                v
            }
        }),
        Unit::InrPerYear => {
            let lakh = f.literal.to_lowercase().contains("lakh");
            n.map(|v| if lakh { v * 100_000.0 } else { v })
        }
        Unit::Ratio => match f.literal {
            "twice" | "doubled" | "double" => Some(2.0),
            _ => n,
        },
        Unit::Rank => None,
    }
}

#[test]
fn every_literal_occurs_in_its_quote_and_parses_to_the_value() {
    for f in FIGURES {
        assert!(
            f.quote.contains(f.literal),
            "figure {}: literal {:?} not in its quote",
            f.id,
            f.literal
        );
        if let Some(v) = parse_literal(f) {
            assert_eq!(
                v, f.value,
                "figure {}: literal {:?} says {v}, stored {}",
                f.id, f.literal, f.value
            );
        } else {
            assert_eq!(
                f.unit,
                Unit::Rank,
                "figure {}: literal {:?} does not parse",
                f.id,
                f.literal
            );
        }
    }
}

#[test]
fn ids_are_unique_and_findable() {
    for (k, f) in FIGURES.iter().enumerate() {
        assert!(
            FIGURES[..k].iter().all(|g| g.id != f.id),
            "duplicate id {}",
            f.id
        );
        assert_eq!(d::figure(f.id).map(|g| g.value), Some(f.value));
    }
}

#[test]
fn the_issue_s_key_figures_are_present() {
    // Independent restatement of the article's numbers (issue #2 checklist).
    let expect: &[(&str, f64)] = &[
        ("us-average", 89_766.0),
        ("ps-junior", 82_301.0),
        ("ps-mid", 89_766.0),
        ("ps-senior", 95_240.0),
        ("sg-entry", 34_000.0),
        ("sg-mid", 72_000.0),
        ("sg-senior", 98_000.0),
        ("senior-gap", 100_000.0),
        ("city-sf", 28.0),
        ("city-chicago", 19.0),
        ("city-boston", 6.0),
        ("city-orlando", -29.0),
        ("hourly-na-low", 80.0),
        ("hourly-na-high", 100.0),
        ("hourly-na-top", 160.0),
        ("hourly-latam-low", 41.0),
        ("hourly-latam-high", 60.0),
        ("hourly-latam-top", 90.0),
        ("hourly-weu-low", 61.0),
        ("hourly-weu-high", 100.0),
        ("hourly-weu-top", 130.0),
        ("hourly-eeu-low", 31.0),
        ("hourly-eeu-high", 60.0),
        ("hourly-eeu-top", 80.0),
        ("hourly-asia-low", 21.0),
        ("hourly-asia-high", 50.0),
        ("hourly-asia-top", 70.0),
        ("rate-entry", 20.0),
        ("rate-mid", 35.0),
        ("rate-senior", 50.0),
        ("india-average", 700_000.0),
        ("lead-ratio", 2.0),
        ("lead-years", 20.0),
    ];
    for (id, v) in expect {
        assert_eq!(d::figure(id).map(|f| f.value), Some(*v), "{id}");
    }
}

#[test]
fn rankings_follow_the_article_s_order() {
    // Languages: JavaScript first; Python and Java tied second; PHP third; Node.js last.
    let ranks = |ids: &[&str]| {
        ids.iter()
            .map(|id| d::figure(id).unwrap().value)
            .collect::<Vec<_>>()
    };
    assert_eq!(
        ranks(&[
            "lang-javascript",
            "lang-python",
            "lang-java",
            "lang-php",
            "lang-nodejs"
        ]),
        vec![1.0, 2.0, 2.0, 3.0, 4.0]
    );
    // Industries: the article lists them in another order but words them so:
    // best-paying > great > above average > decent > low-income > substantially lower.
    assert_eq!(
        ranks(&common::INDUSTRY_RANKING),
        vec![1.0, 2.0, 3.0, 4.0, 5.0, 6.0]
    );
}

/// A figure is credited to a named source only where the article names it:
/// Software Guild in the figure's own sentence, PayScale only for the city
/// premiums ("According to PayScale, San Francisco …", then Chicago, Boston
/// and Orlando in the same paragraph). The ladder given "according to
/// reports" was credited to PayScale, which the article never says.
#[test]
fn only_sources_the_article_names_are_credited() {
    for f in FIGURES {
        match f.source {
            d::Source::PayScale => {
                assert!(f.id.starts_with("city-"), "{} credited to PayScale", f.id)
            }
            d::Source::SoftwareGuild => assert!(f.quote.contains("Software Guild"), "{}", f.id),
            // The three sentences of the reports' paragraph, and the gap
            // the article puts down to "reports" too.
            d::Source::Reports => assert!(
                f.id.starts_with("ps-") || f.quote.ends_with(": reports."),
                "{}",
                f.id
            ),
            _ => {}
        }
        let says_reports =
            f.quote.starts_with("According to reports") || f.quote.ends_with(": reports.");
        if f.id.starts_with("ps-") || says_reports {
            assert_eq!(f.source, d::Source::Reports, "{}", f.id);
        }
    }
    assert_eq!(d::Source::Reports.name(), "Reports (unnamed)");
}
