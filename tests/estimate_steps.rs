//! The estimate built in steps: each factor on its own, the words kept apart
//! from the numbers, and the page's estimate (US metro factor from the survey
//! data) used for saved scenarios too.

use backend_salary_calc::core::estimate::factors::{self, Pair};
use backend_salary_calc::core::estimate::{
    estimate, estimate_with, page_estimate, Basis, Estimate, MetroFactor, Place, Reason,
};
use backend_salary_calc::core::inputs::{
    Currency, ExperienceSource, Industry, Inputs, Language, Location, Mode, RateBasis,
};
use backend_salary_calc::core::scenarios::{self, Scenario};

mod common;
use common::data;

fn inputs(years: u32, location: Location) -> Inputs {
    Inputs {
        years,
        location,
        ..Inputs::default()
    }
}

/// Inputs for the first DOL area matching `name`, chosen as a US metro area.
fn metro_inputs(name: &str, years: u32) -> Inputs {
    let m = data().search_metros(name, 1)[0];
    assert!(
        m.factor_pct() != 0.0,
        "{} should differ from the national level",
        m.name
    );
    Inputs {
        metro: Some(m.id),
        ..inputs(years, Location::UsMetro)
    }
}

#[test]
fn each_factor_stands_alone() {
    let mut i = inputs(3, Location::UsNational);
    assert_eq!(factors::language(&i), None);
    assert_eq!(factors::industry(&i), None);
    assert_eq!(factors::location(&i, None), None);
    assert_eq!(factors::currency(&i), None);
    i.language = Language::JavaScript;
    i.industry = Industry::Education;
    let lang = factors::language(&i).unwrap();
    assert_eq!(
        (lang.pct, lang.reason),
        (5.0, Reason::Language(Language::JavaScript, 5.0))
    );
    assert_eq!(factors::industry(&i).unwrap().pct, -10.0);
    // A US metro area needs its resolved factor; India goes through currency.
    i.location = Location::UsMetro;
    assert_eq!(factors::location(&i, None), None);
    let m = MetroFactor {
        name: "Austin".into(),
        pct: 12.5,
    };
    let loc = factors::location(&i, Some(&m)).unwrap();
    assert_eq!(
        loc.reason,
        Reason::Location(Location::UsMetro, Place::Metro("Austin".into(), 12.5))
    );
    i.location = Location::India;
    assert_eq!(factors::location(&i, Some(&m)), None);
    let (usd, _) = factors::currency(&i).unwrap();
    let exp = factors::experience(&i, Some(usd));
    assert!((exp.value.payscale / usd - exp.ladder.payscale / 89_766.0).abs() < 1e-12);
    // The pair moves together and the point follows the chosen ladder.
    let p = Pair {
        payscale: 100.0,
        guild: 50.0,
    }
    .scaled(10.0);
    assert!((p.payscale - 110.0).abs() < 1e-9 && (p.guild - 55.0).abs() < 1e-9);
    assert!((p.point(ExperienceSource::Midpoint) - 82.5).abs() < 1e-9);
}

#[test]
fn freelance_steps_are_only_the_rate_and_the_hours() {
    let i = Inputs {
        mode: Mode::Freelance,
        rate_basis: RateBasis::Custom,
        language: Language::Php,
        ..inputs(3, Location::India)
    };
    let e = estimate(&i);
    let labels: Vec<&str> = e.steps.iter().map(|s| s.label.as_str()).collect();
    assert_eq!(labels, ["Hourly rate: your own", "Billable time"]);
    let notes = e.notes();
    assert_eq!(notes.len(), 2);
    assert!(notes.iter().all(|n| !n.contains("India")), "{notes:?}");
}

/// Every step's badge and sentence, as the page shows them, over many inputs.
fn all_step_texts() -> Vec<String> {
    let mut out = Vec::new();
    for &location in Location::ALL {
        for &mode in Mode::ALL {
            for &rate_basis in RateBasis::ALL {
                for primary in [ExperienceSource::PayScale, ExperienceSource::Midpoint] {
                    for years in [0, 3, 12, 25] {
                        let mut i = Inputs {
                            location,
                            mode,
                            rate_basis,
                            language: Language::Python,
                            industry: Industry::Finance,
                            ..inputs(years, location)
                        };
                        i.assumptions.primary = primary;
                        let m = MetroFactor {
                            name: "Austin".into(),
                            pct: 12.5,
                        };
                        let e = estimate_with(&i, Some(&m));
                        out.extend(
                            e.steps
                                .iter()
                                .zip(e.details())
                                .map(|(s, d)| format!("{} {d}", s.basis.badge())),
                        );
                    }
                }
            }
        }
    }
    out
}

#[test]
fn no_repeated_words_in_the_breakdown() {
    let texts = all_step_texts();
    assert!(
        texts.iter().any(|t| t.starts_with("Assumption ")),
        "assumption steps are covered"
    );
    for t in &texts {
        let words: Vec<String> = t
            .split_whitespace()
            .map(|w| {
                w.trim_matches(|c: char| !c.is_alphanumeric())
                    .to_lowercase()
            })
            .collect();
        for w in words.windows(2) {
            assert!(
                w[0].is_empty() || w[0] != w[1],
                "\"{} {}\" in: {t}",
                w[0],
                w[1]
            );
        }
        assert!(!t.contains("/h an hour"), "{t}");
    }
}

#[test]
fn the_page_estimate_applies_the_metro_factor_from_the_data() {
    let i = metro_inputs("Austin", 6);
    let m = data().metro(i.metro.unwrap()).unwrap();
    let page = page_estimate(&i, Some(data()));
    let by_hand = estimate_with(
        &i,
        Some(&MetroFactor {
            name: m.name.clone(),
            pct: m.factor_pct(),
        }),
    );
    assert_eq!(page, by_hand);
    assert!(page
        .steps
        .iter()
        .zip(page.details())
        .any(|(s, d)| matches!(s.basis, Basis::Source(..)) && d.contains("Austin")));
    let national = estimate(&inputs(6, Location::UsNational)).annual;
    assert!((page.annual - national * m.multiplier()).abs() < 0.01);
    // Without the data, and for other locations, it is the article-only estimate.
    assert_eq!(page_estimate(&i, None), estimate(&i));
    let sf = Inputs {
        metro: i.metro,
        ..inputs(6, Location::SanFrancisco)
    };
    assert_eq!(page_estimate(&sf, Some(data())), estimate(&sf));
}

#[test]
fn scenarios_are_compared_at_the_page_estimate() {
    let list = vec![
        Scenario {
            name: "Austin".into(),
            inputs: metro_inputs("Austin", 6),
        },
        Scenario {
            name: "US".into(),
            inputs: inputs(6, Location::UsNational),
        },
    ];
    let est: Vec<Estimate> = scenarios::estimates(&list, Some(data()));
    assert_eq!(est[0], page_estimate(&list[0].inputs, Some(data())));
    assert!(
        est[0].annual != est[1].annual,
        "the metro scenario is not the US average"
    );
    // The CSV speaks the page's currency (issue 12); dollars here.
    let csv = scenarios::to_csv(&list, &est, None, Currency::Usd);
    let row = csv.split("\r\n").nth(1).unwrap();
    assert!(row.starts_with("Austin,"), "{csv}");
    assert!(
        row.contains(&format!(",USD,{:.0},", est[0].annual)),
        "the metro figure in: {csv}"
    );
}

/// The experience step's badge names what its number rests on: the ladder's
/// source within its bands, the article's own "roughly twice entry-level
/// pay" at and past the team-lead anchor (no ladder source gives $164,602),
/// and the ladder again where the lead is held at its senior figure.
#[test]
fn the_team_lead_figure_is_credited_to_the_article() {
    use backend_salary_calc::core::dataset::Source;
    let badge = |years: u32, primary: ExperienceSource| {
        let mut i = Inputs {
            years,
            ..Inputs::default()
        };
        i.assumptions.primary = primary;
        let e = estimate(&i);
        let step = e
            .steps
            .iter()
            .find(|s| s.label.starts_with("Experience"))
            .expect("an experience step")
            .clone();
        (step.basis, step.value)
    };
    let (b, v) = badge(25, ExperienceSource::PayScale);
    assert!(
        matches!(&b, Basis::Source(Source::Article, ids) if ids.contains(&"lead-ratio")),
        "{b:?}"
    );
    assert!((v - 164_602.0).abs() < 1.0, "{v}");
    assert!(matches!(
        badge(20, ExperienceSource::PayScale).0,
        Basis::Source(Source::Article, _)
    ));
    assert!(matches!(
        badge(6, ExperienceSource::PayScale).0,
        Basis::Source(Source::Reports, _)
    ));
    assert!(matches!(
        badge(12, ExperienceSource::PayScale).0,
        Basis::Source(Source::Reports, _)
    ));
    // Software Guild's lead is held at its own senior figure ($98,000).
    let (b, v) = badge(25, ExperienceSource::SoftwareGuild);
    assert!(
        matches!(b, Basis::Source(Source::SoftwareGuild, _)),
        "{b:?}"
    );
    assert!((v - 98_000.0).abs() < 1.0, "{v}");
}
