//! The result card's top lines: range words, the line of why, the freelance caveat.

use bdsc_core::estimate::estimate;
use bdsc_core::headline::{freelance_caveat, range_note, range_words, why_line};
use bdsc_core::inputs::{Inputs, Location, Mode};

#[test]
fn a_range_with_equal_ends_is_one_figure() {
    assert_eq!(range_words("₹70,87,680", "₹70,87,680"), "₹70,87,680");
    assert_eq!(range_words("$80,000", "$90,000"), "$80,000 – $90,000");
}

#[test]
fn the_line_of_why_names_each_factor_with_its_percentage() {
    let e = estimate(&Inputs {
        years: 8,
        location: Location::India,
        ..Inputs::default()
    });
    let line = why_line(&e);
    // India's rise with experience is an assumption (its shape borrowed
    // from the US ladders): the line says the assumptions are in it.
    assert!(
        line.starts_with("From the article's figures and the assumptions: "),
        "{line}"
    );
    let us = why_line(&estimate(&Inputs {
        years: 8,
        location: Location::SanFrancisco,
        ..Inputs::default()
    }));
    assert!(us.starts_with("From the article's figures: "), "{us}");
    assert!(line.contains("8 years"), "the experience is named: {line}");
    for s in e
        .steps
        .iter()
        .filter(|s| s.pct.is_some_and(|p| p.abs() >= 0.05))
    {
        let pct = bdsc_core::money::format_pct(s.pct.unwrap());
        assert!(line.contains(&pct), "{line} lacks {pct}");
    }
    assert!(
        !line.contains("Experience:"),
        "labels are shortened: {line}"
    );
}

#[test]
fn the_default_selection_still_gets_a_line() {
    let i = Inputs::default();
    let line = why_line(&estimate(&i));
    assert!(line.contains(&format!("{} year", i.years)), "{line}");
    let f = why_line(&estimate(&Inputs {
        mode: Mode::Freelance,
        location: Location::India,
        ..Inputs::default()
    }));
    assert_eq!(
        f,
        "The article's hourly rates for Asia, times your billable hours"
    );
}

#[test]
fn freelance_far_above_the_salary_carries_the_caveat() {
    let india = estimate(&Inputs {
        location: Location::India,
        mode: Mode::Freelance,
        ..Inputs::default()
    });
    assert!(
        india.freelance.annual > 2.0 * india.salaried.point,
        "the premise: India freelance is far above salary"
    );
    let c = freelance_caveat(&india).expect("caveat for India");
    for needle in [
        "hourly rates for",
        "marketplace fees",
        "tax",
        "unbilled time",
        "finding clients",
        "No data bundled here confirms",
    ] {
        assert!(c.contains(needle), "{c} lacks {needle}");
    }
    assert!(c.starts_with("This is "), "{c}");
    // Under a salary the caveat names the freelance figure it is about.
    let salaried = estimate(&Inputs {
        location: Location::India,
        ..Inputs::default()
    });
    let c = freelance_caveat(&salaried).expect("the same caveat under the salary");
    assert!(
        c.starts_with("The freelance income in the comparison below is ")
            && c.contains("× this salary"),
        "{c}"
    );
    let us = estimate(&Inputs {
        location: Location::UsNational,
        mode: Mode::Freelance,
        ..Inputs::default()
    });
    if us.freelance.annual <= 2.0 * us.salaried.point {
        assert_eq!(freelance_caveat(&us), None);
    }
}

#[test]
fn the_readers_figure_is_named_for_its_place() {
    use bdsc_core::labels::you_label;
    let i = Inputs {
        location: Location::Chicago,
        ..Inputs::default()
    };
    assert_eq!(you_label(&i, &estimate(&i)), "You (Chicago)");
    let i = Inputs::default();
    assert_eq!(you_label(&i, &estimate(&i)), "You (US)");
    let i = Inputs {
        location: Location::India,
        ..Inputs::default()
    };
    assert_eq!(you_label(&i, &estimate(&i)), "You (India)");
}

#[test]
fn a_metro_area_is_named_in_its_step_and_label() {
    use bdsc_core::estimate::{estimate_with, MetroFactor};
    use bdsc_core::labels::you_label;
    let i = Inputs {
        location: Location::UsMetro,
        metro: Some(1),
        ..Inputs::default()
    };
    let m = MetroFactor {
        name: "Austin-Round Rock, TX".into(),
        pct: 12.0,
    };
    let e = estimate_with(&i, Some(&m));
    assert_eq!(you_label(&i, &e), "You (Austin)");
    assert!(
        why_line(&e).contains("Austin-Round Rock, TX +12%"),
        "{}",
        why_line(&e)
    );
}

#[test]
fn the_breakdown_speaks_the_chosen_currency_with_the_sources_dollars_beside() {
    use bdsc_core::inputs::Currency;
    let i = Inputs {
        location: Location::India,
        currency: Currency::Inr,
        mode: Mode::Freelance,
        ..Inputs::default()
    };
    let e = estimate(&i);
    for detail in e.details() {
        // Every "$" is part of a labelled "US$" figure next to a rupee one.
        let bare = detail
            .match_indices('$')
            .filter(|(k, _)| !detail[..*k].ends_with("US"))
            .count();
        assert_eq!(bare, 0, "{detail}");
        if detail.contains("US$") {
            assert!(detail.contains('₹'), "{detail}");
        }
    }
    // Dollars chosen: no "US$" doubling.
    let usd = estimate(&Inputs {
        location: Location::India,
        mode: Mode::Freelance,
        ..Inputs::default()
    });
    assert!(usd.details().iter().all(|d| !d.contains("US$")));
}

#[test]
fn choosing_india_suggests_rupees_until_the_reader_leaves_or_chooses() {
    use bdsc_core::edit::{currency_after, CurrencyBy, Edit};
    use bdsc_core::inputs::Currency;
    let india = |i: &Inputs, by| currency_after(i, &Edit::Location(Location::India), by);
    let us = Inputs::default();
    assert_eq!(us.currency, Currency::Usd);
    assert_eq!(
        india(&us, CurrencyBy::Default),
        (Some(Currency::Inr), CurrencyBy::Place)
    );
    assert_eq!(
        india(&us, CurrencyBy::Reader),
        (None, CurrencyBy::Reader),
        "a reader's choice stands"
    );
    let eur = Inputs {
        currency: Currency::Eur,
        ..Inputs::default()
    };
    assert_eq!(
        india(&eur, CurrencyBy::Default),
        (None, CurrencyBy::Default)
    );
    assert_eq!(
        currency_after(&us, &Edit::Location(Location::Chicago), CurrencyBy::Default),
        (None, CurrencyBy::Default)
    );
    // Leaving India takes the suggestion back (arrowing through a closed
    // select passes India); coming back suggests it again.
    let in_india = Inputs {
        location: Location::India,
        currency: Currency::Inr,
        ..Inputs::default()
    };
    assert_eq!(
        currency_after(
            &in_india,
            &Edit::Location(Location::Asia),
            CurrencyBy::Place
        ),
        (Some(Currency::Usd), CurrencyBy::Default)
    );
    assert_eq!(
        currency_after(
            &in_india,
            &Edit::Location(Location::Asia),
            CurrencyBy::Reader
        ),
        (None, CurrencyBy::Reader),
        "rupees the reader chose stay"
    );
    // Choosing a currency makes it the reader's; a reset starts over.
    assert_eq!(
        currency_after(&in_india, &Edit::Currency(Currency::Inr), CurrencyBy::Place),
        (None, CurrencyBy::Reader)
    );
    assert_eq!(
        currency_after(&in_india, &Edit::ResetAll, CurrencyBy::Reader),
        (None, CurrencyBy::Default)
    );
    assert_eq!(CurrencyBy::at_start(Currency::Usd), CurrencyBy::Default);
    assert_eq!(CurrencyBy::at_start(Currency::Gbp), CurrencyBy::Reader);
}

#[test]
fn each_experience_band_says_where_the_point_sits_and_why() {
    let detail = |years: u32| {
        let e = estimate(&Inputs {
            years,
            ..Inputs::default()
        });
        let k = e
            .steps
            .iter()
            .position(|s| s.label.starts_with("Experience"))
            .expect("an experience step");
        e.details().swap_remove(k)
    };
    assert!(
        detail(1).contains("1–4 year band, before its middle")
            && detail(1).contains("below the band average"),
        "{}",
        detail(1)
    );
    assert!(
        detail(3).contains("1–4 year band, past its middle")
            && detail(3).contains("above the band average"),
        "{}",
        detail(3)
    );
    assert!(
        detail(6).contains("5–9 year band") && detail(6).contains("below the band average"),
        "{}",
        detail(6)
    );
    assert!(detail(7).contains("at the band average"), "{}", detail(7));
    // Issue 12: at 8 years the figure lies above the 5–9 year average; the
    // text says why and no longer speaks of 10–19 years.
    let d8 = detail(8);
    assert!(
        d8.contains("5–9 year band, past its middle")
            && d8.contains("placed at the middle (7 years)")
            && d8.contains("above the band average"),
        "{d8}"
    );
    assert!(!d8.contains("10–19"), "{d8}");
    assert!(
        detail(12).contains("no figure for 10–19 years"),
        "{}",
        detail(12)
    );
}

#[test]
fn an_own_rate_is_named_as_the_readers_not_the_articles() {
    use bdsc_core::inputs::RateBasis;
    let own = estimate(&Inputs {
        location: Location::India,
        mode: Mode::Freelance,
        rate_basis: RateBasis::Custom,
        custom_rate: 60,
        ..Inputs::default()
    });
    assert_eq!(
        why_line(&own),
        "Your own hourly rate, times your billable hours"
    );
    assert_eq!(range_note(&own), "your own rate, times your hours");
    assert_eq!(own.low, own.high, "an own rate has no range");
    let c = freelance_caveat(&own).expect("$60/h in India is far above the salary");
    assert!(
        c.contains("rests on your own hourly rate: what clients"),
        "{c}"
    );
    assert!(
        !c.contains("article"),
        "an own rate is not the article's: {c}"
    );
    assert!(!c.contains("No data bundled"), "{c}");
    let level = estimate(&Inputs {
        location: Location::India,
        mode: Mode::Freelance,
        rate_basis: RateBasis::Level,
        ..Inputs::default()
    });
    assert_eq!(
        why_line(&level),
        "The article's hourly rate for your level, times your billable hours"
    );
    let region = estimate(&Inputs {
        location: Location::India,
        mode: Mode::Freelance,
        ..Inputs::default()
    });
    assert!(
        why_line(&region).starts_with("The article's hourly rates for "),
        "{}",
        why_line(&region)
    );
    assert_eq!(
        range_note(&region),
        "from the low to the high end of the hourly range"
    );
    assert!(region.low < region.high);
    // By level the top is the article's "$50+", a floor, and the words say so.
    let level = estimate(&Inputs {
        mode: Mode::Freelance,
        rate_basis: RateBasis::Level,
        ..Inputs::default()
    });
    assert!(range_note(&level)
        .ends_with("senior rate, which it gives as a floor: seniors may charge more"));
}

#[test]
fn other_us_city_says_when_the_us_average_stands_in() {
    use bdsc_core::estimate::{estimate_with, MetroFactor};
    use bdsc_core::headline::metro_pending;
    let none = Inputs {
        location: Location::UsMetro,
        ..Inputs::default()
    };
    assert!(metro_pending(&none, &estimate(&none))
        .is_some_and(|t| t.contains("No US metro area is chosen")));
    let chosen = Inputs {
        metro: Some(12420),
        ..none.clone()
    };
    // Chosen, but the data is not in: the US average, said so.
    assert!(metro_pending(&chosen, &estimate(&chosen))
        .is_some_and(|t| t.contains("data has not loaded")));
    // With the factor applied, nothing to say.
    let m = MetroFactor {
        name: "Austin-Round Rock, TX".into(),
        pct: 4.2,
    };
    assert_eq!(
        metro_pending(&chosen, &estimate_with(&chosen, Some(&m))),
        None
    );
    // Freelance too: its steps are the rate's, but the salary beside it
    // has the area's factor (the card said it did not).
    let freelance = Inputs {
        mode: bdsc_core::inputs::Mode::Freelance,
        ..chosen.clone()
    };
    assert_eq!(
        metro_pending(&freelance, &estimate_with(&freelance, Some(&m))),
        None
    );
    assert!(metro_pending(&freelance, &estimate(&freelance)).is_some());
    let chicago = Inputs {
        location: Location::Chicago,
        ..Inputs::default()
    };
    assert_eq!(metro_pending(&chicago, &estimate(&chicago)), None);
}

#[test]
fn a_caveat_just_above_twice_does_not_read_as_twice() {
    use bdsc_core::inputs::ExperienceSource;
    let mut i = Inputs {
        years: 20,
        ..Inputs::default()
    };
    i.assumptions.lead_hold = false;
    i.assumptions.primary = ExperienceSource::SoftwareGuild;
    let c = freelance_caveat(&estimate(&i)).expect("more than twice");
    assert!(c.contains("is 2.03× this salary"), "{c}");
}

#[test]
fn one_figure_from_both_sources_is_not_a_range_between_them() {
    let mut i = Inputs {
        years: 5,
        location: Location::India,
        ..Inputs::default()
    };
    i.assumptions.india_shape = false;
    let e = estimate(&i);
    assert_eq!(range_note(&e), "both experience sources give this figure");
    i.assumptions.india_shape = true;
    assert_eq!(
        range_note(&estimate(&i)),
        "between the two experience sources; the estimate uses the reports'"
    );
    // Which end the estimate is, as the assumptions choose it.
    for (primary, words) in [
        (
            bdsc_core::inputs::ExperienceSource::SoftwareGuild,
            "the estimate uses Software Guild's",
        ),
        (
            bdsc_core::inputs::ExperienceSource::Midpoint,
            "the estimate is their midpoint",
        ),
    ] {
        i.assumptions.primary = primary;
        assert!(range_note(&estimate(&i)).ends_with(words), "{primary:?}");
    }
}
