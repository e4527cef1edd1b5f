//! The estimation engine against hand-computed values from the article's figures.

use backend_salary_calc::core::edit::Edit;
use backend_salary_calc::core::estimate::{estimate, Basis, Ladder};
use backend_salary_calc::core::inputs::{
    Currency, ExperienceSource, Industry, Inputs, Language, Location, Mode, RateBasis, Region,
};

fn inputs(years: u32, location: Location) -> Inputs {
    Inputs {
        years,
        location,
        ..Inputs::default()
    }
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 0.01
}

#[test]
fn zero_years_us_uses_the_junior_and_entry_figures() {
    let e = estimate(&inputs(0, Location::UsNational));
    assert!(close(e.annual, 82_301.0), "{}", e.annual);
    assert!(
        close(e.low, 34_000.0) && close(e.high, 82_301.0),
        "{} {}",
        e.low,
        e.high
    );
    assert!(close(e.monthly, 82_301.0 / 12.0));
    assert!(close(e.hourly, 82_301.0 / 2080.0));
}

#[test]
fn seven_years_is_the_senior_band_average() {
    let e = estimate(&inputs(7, Location::UsNational));
    assert!(close(e.salaried.payscale, 95_240.0));
    assert!(close(e.salaried.guild, 98_000.0));
}

#[test]
fn between_bands_is_a_straight_line() {
    // 1 year: 40% of the way from 0 to 2.5 years.
    let e = estimate(&inputs(1, Location::UsNational));
    assert!(
        close(e.salaried.payscale, 82_301.0 + (89_766.0 - 82_301.0) * 0.4),
        "{}",
        e.salaried.payscale
    );
    assert!(close(
        e.salaried.guild,
        34_000.0 + (72_000.0 - 34_000.0) * 0.4
    ));
    // 13.5 years: halfway from the senior average (7 y) to the team-lead figure (20 y).
    assert!(close(
        Ladder::PayScale.at(13.5),
        (95_240.0 + 2.0 * 82_301.0) / 2.0
    ));
}

#[test]
fn fifty_years_holds_the_team_lead_figure() {
    let e = estimate(&inputs(50, Location::UsNational));
    assert!(close(e.salaried.payscale, 164_602.0));
    // Twice Software Guild's entry pay ($68,000) is below its senior figure, which is held.
    assert!(close(e.salaried.guild, 98_000.0));
    assert!(Ladder::SoftwareGuild.lead_held_at_senior());
    assert!(e.notes().iter().any(|n| n.contains("team leads")));
}

#[test]
fn ladders_have_no_cliffs_and_never_fall() {
    for l in Ladder::BOTH {
        let mut prev = l.at(0.0);
        let mut x = 0.0;
        while x <= 50.0 {
            let v = l.at(x);
            assert!(v >= prev - 1e-9, "{l:?} falls at {x}");
            assert!((l.at(x + 1e-6) - v).abs() < 0.5, "{l:?} jumps at {x}");
            prev = v;
            x += 0.25;
        }
    }
}

#[test]
fn city_premiums_apply_to_the_national_figure() {
    let nat = estimate(&inputs(3, Location::UsNational)).annual;
    for (loc, pct) in [
        (Location::SanFrancisco, 28.0),
        (Location::Chicago, 19.0),
        (Location::Boston, 6.0),
        (Location::Orlando, -29.0),
    ] {
        let e = estimate(&inputs(3, loc));
        assert!(close(e.annual, nat * (1.0 + pct / 100.0)), "{loc:?}");
        assert!(
            matches!(e.steps[1].basis, Basis::Source(..)),
            "{loc:?} step must cite PayScale"
        );
    }
}

#[test]
fn india_is_seven_lakh_shaped_by_the_ladder() {
    let mut i = inputs(0, Location::India);
    i.currency = Currency::Inr;
    let e = estimate(&i);
    let inr = i.assumptions.per_usd[Currency::Inr.index()];
    // In rupees: ₹7,00,000 × 82,301 / 89,766 at 0 years, whatever the rate.
    assert!(
        (e.annual * inr - 700_000.0 * 82_301.0 / 89_766.0).abs() < 0.5,
        "{}",
        e.annual * inr
    );
    // Changing the rate changes the dollar figure but not the rupee one.
    i.assumptions.per_usd[Currency::Inr.index()] = 100.0;
    let e2 = estimate(&i);
    assert!((e2.annual * 100.0 - 700_000.0 * 82_301.0 / 89_766.0).abs() < 0.5);
}

#[test]
fn world_regions_use_the_visible_region_assumption() {
    let nat = estimate(&inputs(3, Location::UsNational)).annual;
    let mut i = inputs(3, Location::WesternEurope);
    let def = Region::WesternEurope.default_factor_pct();
    // (61+100)/2 against (80+100)/2 → −10.6% → −11%.
    assert_eq!(def, -11);
    assert!(close(estimate(&i).annual, nat * 0.89));
    i.assumptions.region_pct[Region::WesternEurope.index()] = 0;
    assert!(close(estimate(&i).annual, nat));
    assert!(estimate(&i)
        .steps
        .iter()
        .any(|s| s.basis == Basis::Assumption));
}

#[test]
fn language_and_industry_are_editable_assumptions() {
    let mut i = inputs(3, Location::UsNational);
    let base = estimate(&i).annual;
    i.language = Language::JavaScript;
    assert!(
        close(estimate(&i).annual, base * 1.05),
        "default +5% for JavaScript"
    );
    i.assumptions.language_pct[Language::JavaScript.index()] = 20;
    assert!(close(estimate(&i).annual, base * 1.20));
    i.industry = Industry::Education;
    assert!(
        close(estimate(&i).annual, base * 1.20 * 0.90),
        "default −10% for Education"
    );
    let e = estimate(&i);
    let last = e.steps.last().unwrap();
    assert_eq!(last.basis, Basis::Assumption);
    assert!(close(last.value, e.annual));
    // Defaults keep the article's order.
    let l: Vec<i32> = [
        Language::JavaScript,
        Language::Python,
        Language::Php,
        Language::NodeJs,
    ]
    .iter()
    .map(|l| l.default_pct())
    .collect();
    assert!(l.windows(2).all(|w| w[0] > w[1]), "{l:?}");
    let ind: Vec<i32> = Industry::ALL[1..].iter().map(|i| i.default_pct()).collect();
    assert!(ind.windows(2).all(|w| w[0] > w[1]), "{ind:?}");
}

#[test]
fn primary_source_choice_moves_the_point_not_the_range() {
    let mut i = inputs(0, Location::UsNational);
    i.assumptions.primary = ExperienceSource::SoftwareGuild;
    let e = estimate(&i);
    assert!(close(e.annual, 34_000.0));
    assert!(close(e.low, 34_000.0) && close(e.high, 82_301.0));
    i.assumptions.primary = ExperienceSource::Midpoint;
    assert!(close(estimate(&i).annual, (34_000.0 + 82_301.0) / 2.0));
}

#[test]
fn freelance_income_rate_and_break_even() {
    let mut i = inputs(3, Location::UsNational);
    i.mode = Mode::Freelance;
    i.rate_basis = RateBasis::Custom;
    i.custom_rate = 100;
    i.hours_per_week = 30;
    i.weeks_per_year = 46;
    let e = estimate(&i);
    assert!(close(e.annual, 100.0 * 30.0 * 46.0));
    assert!(close(e.hourly, 100.0));
    assert!(close(
        e.freelance.break_even_rate,
        e.salaried.point / 1380.0
    ));
    // Region basis: senior (7+ years) at the top of North America's $80–100 range.
    i.rate_basis = RateBasis::Region;
    i.years = 10;
    assert!(close(estimate(&i).freelance.rate, 100.0));
    i.years = 0;
    assert!(close(estimate(&i).freelance.rate, 80.0));
    // Level basis: $20 / $35 / $50 at 0, 2.5 and 7 years.
    i.rate_basis = RateBasis::Level;
    assert!(close(estimate(&i).freelance.rate, 20.0));
    i.years = 7;
    assert!(close(estimate(&i).freelance.rate, 50.0));
}

#[test]
fn an_own_rate_in_rupees_stays_rupees_and_is_converted_for_the_estimate() {
    let mut i = inputs(3, Location::India);
    i.mode = Mode::Freelance;
    i.rate_basis = RateBasis::Custom;
    i.currency = Currency::Inr;
    // Typed in the form while the page shows rupees.
    i.apply(Edit::CustomRate(2500));
    assert_eq!((i.custom_rate, i.rate_currency), (2500, Currency::Inr));
    assert_eq!(i.own_rate_in(Currency::Inr), 2500.0);
    let e = estimate(&i);
    // The engine works in dollars, at the page's exchange-rate assumption.
    assert!(close(e.freelance.rate, 2500.0 / 85.6));
    assert!(close(e.annual, 2500.0 / 85.6 * 1380.0));
    assert_eq!(
        e.details()[0],
        "Your own hourly rate, as set in the form: ₹2,500/h (US$29.21/h)."
    );
    // Switching the page's currency keeps the rate (and the estimate).
    i.apply(Edit::Currency(Currency::Usd));
    assert_eq!((i.custom_rate, i.rate_currency), (2500, Currency::Inr));
    assert!(close(i.own_rate_in(Currency::Usd), 29.205_607));
    assert!(close(i.own_rate_in(Currency::Eur), 2500.0 / 85.6 * 0.9626));
    assert_eq!(estimate(&i).annual, e.annual);
    // A changed exchange rate moves the dollars, not the rupees.
    i.apply(Edit::Fx(Currency::Inr, 100.0));
    assert_eq!(i.own_rate_in(Currency::Inr), 2500.0);
    assert!(close(estimate(&i).freelance.rate, 25.0));
    // Typing while the page shows dollars stores dollars; bounds are the currency's.
    i.apply(Edit::CustomRate(5000));
    assert_eq!((i.custom_rate, i.rate_currency), (2000, Currency::Usd));
    i.apply(Edit::Currency(Currency::Inr));
    i.apply(Edit::CustomRate(500_000));
    assert_eq!((i.custom_rate, i.rate_currency), (200_000, Currency::Inr));
}

#[test]
fn every_combination_is_finite_and_ordered() {
    for &loc in Location::ALL {
        for &lang in Language::ALL {
            for &ind in Industry::ALL {
                for &mode in Mode::ALL {
                    for &basis in RateBasis::ALL {
                        for years in [0, 1, 4, 9, 15, 20, 50] {
                            let i = Inputs {
                                years,
                                location: loc,
                                language: lang,
                                industry: ind,
                                mode,
                                rate_basis: basis,
                                ..Inputs::default()
                            };
                            let e = estimate(&i);
                            for v in [e.annual, e.low, e.high, e.monthly, e.hourly] {
                                assert!(v.is_finite() && v > 0.0, "{i:?}");
                            }
                            assert!(
                                e.low <= e.annual + 1e-6 && e.annual <= e.high + 1e-6,
                                "{i:?}: {} {} {}",
                                e.low,
                                e.annual,
                                e.high
                            );
                            assert!(!e.steps.is_empty());
                            if mode == Mode::Salaried {
                                assert!(close(e.steps.last().unwrap().value, e.annual), "{i:?}");
                            }
                        }
                    }
                }
            }
        }
    }
}

#[test]
fn a_us_metro_area_applies_its_dol_factor_or_falls_back_visibly() {
    use backend_salary_calc::core::estimate::{estimate_with, MetroFactor};
    let nat = estimate(&inputs(3, Location::UsNational)).annual;
    let i = inputs(3, Location::UsMetro);
    let m = MetroFactor {
        name: "Austin-Round Rock-San Marcos, TX".into(),
        pct: 12.5,
    };
    let e = estimate_with(&i, Some(&m));
    assert!(close(e.annual, nat * 1.125));
    assert!(e.details()[1].contains("Austin"));
    // Without a resolved area: the national figure, and a note saying so.
    let e = estimate(&i);
    assert!(close(e.annual, nat));
    assert!(e.notes().iter().any(|n| n.contains("No US metro area")));
}

#[test]
fn default_exchange_rates_are_the_ecb_rates_crossed_and_rounded() {
    // ECB euro reference rates of 31 Dec 2024: USD 1.0389, GBP 0.82918,
    // INR 88.9335 per euro. Per dollar = per euro / 1.0389, rounded: four
    // places for the euro and the pound, two for the rupee.
    for (c, per_eur, scale) in [
        (Currency::Eur, 1.0, 10_000.0_f64),
        (Currency::Gbp, 0.82918, 10_000.0),
        (Currency::Inr, 88.9335, 100.0),
    ] {
        let want = (per_eur / 1.0389 * scale).round() / scale;
        assert!(
            (c.default_per_usd() - want).abs() < 1e-9,
            "{c:?}: {} against {want}",
            c.default_per_usd()
        );
    }
}
