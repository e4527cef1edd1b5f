//! The breakdown's steps: each factor's percentage is what moved the figure,
//! so the steps multiply out to the estimate, whatever the assumptions.

use bdsc_core::estimate::estimate;
use bdsc_core::headline::why_line;
use bdsc_core::inputs::{ExperienceSource, Industry, Inputs, Language, Location};

#[test]
fn each_step_percentage_is_the_change_it_made() {
    for primary in [
        ExperienceSource::PayScale,
        ExperienceSource::SoftwareGuild,
        ExperienceSource::Midpoint,
    ] {
        for city_on_guild in [true, false] {
            for &location in Location::ALL.iter() {
                for (language, industry) in [
                    (Language::Unspecified, Industry::Unspecified),
                    (Language::ALL[1], Industry::ALL[1]),
                ] {
                    let mut i = Inputs {
                        years: 3,
                        location,
                        language,
                        industry,
                        ..Inputs::default()
                    };
                    i.assumptions.primary = primary;
                    i.assumptions.city_on_guild = city_on_guild;
                    let e = estimate(&i);
                    for w in e.steps.windows(2) {
                        if let Some(p) = w[1].pct {
                            let want = w[0].value * (1.0 + p / 100.0);
                            assert!((w[1].value - want).abs() < 0.01, "{location:?} {primary:?} cityg={city_on_guild}: {} {p}% from {} gives {}, not {want}", w[1].label, w[0].value, w[1].value);
                        }
                    }
                    assert!((e.steps.last().unwrap().value - e.salaried.point).abs() < 0.01);
                }
            }
        }
    }
}

#[test]
fn a_city_premium_kept_off_software_guild_says_so_and_moves_it_by_nothing() {
    let mut i = Inputs {
        years: 3,
        location: Location::ALL
            .iter()
            .copied()
            .find(|l| l.city_premium().is_some_and(|f| f.value > 20.0))
            .unwrap(),
        ..Inputs::default()
    };
    i.assumptions.city_on_guild = false;
    i.assumptions.primary = ExperienceSource::SoftwareGuild;
    let e = estimate(&i);
    let k = e
        .steps
        .iter()
        .position(|s| s.label.starts_with("Location: "))
        .unwrap();
    let (city, detail) = (&e.steps[k], &e.details()[k]);
    assert_eq!(city.pct, Some(0.0), "{city:?}");
    assert!(detail.contains("the reports' ladder only"), "{detail}");
    assert!(
        !why_line(&e).contains('%'),
        "nothing moved the Software Guild figure: {}",
        why_line(&e)
    );
    i.assumptions.primary = ExperienceSource::Midpoint;
    let mid = estimate(&i);
    let p = mid
        .steps
        .iter()
        .find(|s| s.label.starts_with("Location: "))
        .unwrap()
        .pct
        .unwrap();
    assert!(
        p > 5.0 && p < 20.0,
        "the midpoint moves by part of the premium: {p}"
    );
}

#[test]
fn the_line_of_why_names_india() {
    let e = estimate(&Inputs {
        years: 5,
        location: Location::India,
        ..Inputs::default()
    });
    let line = why_line(&e);
    assert!(
        line.starts_with(
            "From the article's figures and the assumptions: India's average · 5 years "
        ),
        "{line}"
    );
}

#[test]
fn freelance_steps_carry_their_unit_and_count_their_hours() {
    use bdsc_core::inputs::{Mode, RateBasis};
    // $911 a year at 2 h × 5 weeks: the year's figure is not an hourly one
    // however small, and a $1,500 own rate is hourly however large.
    for (rate_basis, custom_rate, hpw, wpy) in [
        (RateBasis::Region, 75, 2, 5),
        (RateBasis::Custom, 1500, 40, 46),
        (RateBasis::Level, 75, 1, 1),
    ] {
        let e = estimate(&Inputs {
            years: 3,
            mode: Mode::Freelance,
            rate_basis,
            custom_rate,
            hours_per_week: hpw,
            weeks_per_year: wpy,
            ..Inputs::default()
        });
        let rate = e
            .steps
            .iter()
            .find(|s| s.label.starts_with("Hourly rate"))
            .unwrap();
        let k = e
            .steps
            .iter()
            .position(|s| s.label == "Billable time")
            .unwrap();
        let (time, detail) = (&e.steps[k], &e.details()[k]);
        assert!(rate.hourly && !time.hourly, "{rate:?} {time:?}");
        if hpw == 1 {
            assert!(
                detail.contains("× 1 billable hour a week × 1 week a year = 1 hour."),
                "{detail}"
            );
        }
    }
}

#[test]
fn the_sentences_follow_the_anchors_as_set() {
    use bdsc_core::inputs::{Mode, RateBasis};
    // The team-lead figure moved to 30 years: 25 years is on the line
    // towards it, not yet the team-lead figure.
    let mut i = Inputs {
        years: 25,
        ..Inputs::default()
    };
    i.assumptions.anchor_tenths[3] = 300;
    let notes = estimate(&i).notes().join(" ");
    assert!(!notes.contains("for team leads"), "{notes}");
    assert!(
        notes.contains("straight line between its senior and team-lead"),
        "{notes}"
    );
    // The freelance rates by level are placed at the anchors as set.
    let mut f = Inputs {
        years: 8,
        mode: Mode::Freelance,
        rate_basis: RateBasis::Level,
        ..Inputs::default()
    };
    f.assumptions.anchor_tenths[2] = 90;
    let d = estimate(&f).details().join(" ");
    assert!(d.contains("placed at 0, 2½ and 9 years"), "{d}");
    f.rate_basis = RateBasis::Region;
    let d = estimate(&f).details().join(" ");
    assert!(d.contains("senior (9+ years) at the top"), "{d}");
}

#[test]
fn hourly_figures_in_sentences_keep_their_cents_as_the_step_does() {
    use bdsc_core::inputs::{Currency, Location, Mode};
    let i = Inputs {
        years: 50,
        location: Location::ALL
            .iter()
            .copied()
            .find(|l| l.city_premium().is_some())
            .unwrap(),
        currency: Currency::Eur,
        mode: Mode::Freelance,
        ..Inputs::default()
    };
    let e = estimate(&i);
    let d = e.details().join(" ");
    // The step shows €96.26/h for US$100; the sentence said €96.
    assert!(d.contains("€96.26 (US$100)"), "{d}");
    assert!(d.contains("€77.01 (US$80)"), "{d}");
}

/// The experience step's sentence and value at `years`, with the anchors
/// (tenths of a year) and the team-lead hold as given.
fn experience_step(years: u32, anchors: [u32; 4], hold: bool) -> (String, f64) {
    let mut i = Inputs {
        years,
        ..Inputs::default()
    };
    i.assumptions.anchor_tenths = anchors;
    i.assumptions.lead_hold = hold;
    let e = estimate(&i);
    let k = e
        .steps
        .iter()
        .position(|s| s.label.starts_with("Experience"))
        .unwrap();
    (e.details().swap_remove(k), e.steps[k].value)
}

#[test]
fn with_moved_anchors_the_experience_sentence_names_the_figures_it_lies_between() {
    let detail = |years, anchors| experience_step(years, anchors, true).0;
    // 2 years with the entry figure at 3 years: not "less than a year".
    let d = detail(2, [30, 50, 90, 200]);
    assert!(
        d.contains("2 years: before the entry-level average $82,301 at 3 years"),
        "{d}"
    );
    // 8 years with the 1–4 year figure at 10: between entry and 1–4, no band named.
    let d = detail(8, [0, 100, 110, 200]);
    assert!(d.contains("8 years lies between the entry-level average $82,301 at 0 years and the 1–4 year average $89,766 at 10 years"), "{d}");
    assert!(!d.contains("band"), "{d}");
    // 25 years with the team-lead figure at 30: on the line towards it.
    let d = detail(25, [0, 25, 70, 300]);
    assert!(d.contains("25 years lies between the 5–9 year average $95,240 at 7 years and the team-lead figure"), "{d}");
    assert!(!d.contains("10–19"), "{d}");
}

#[test]
fn the_cities_chart_marks_the_reader_only_where_the_bar_is_their_estimate() {
    use bdsc_core::chart::city_bars;
    let sf = Location::ALL
        .iter()
        .copied()
        .find(|l| l.city_premium().is_some_and(|f| f.value > 20.0))
        .unwrap();
    let mut i = Inputs {
        years: 20,
        location: sf,
        ..Inputs::default()
    };
    let marked = |i: &Inputs| {
        let e = estimate(i);
        city_bars(i, &e, None)
            .into_iter()
            .filter(|b| b.you)
            .map(|b| (b.place, b.usd, e.salaried.point))
            .collect::<Vec<_>>()
    };
    let m = marked(&i);
    assert_eq!(m.len(), 1, "{m:?}");
    assert!((m[0].1 - m[0].2).abs() < 0.5, "{m:?}");
    // The premium kept off Software Guild's ladder: that ladder's estimate
    // is not the premium's bar.
    i.assumptions.city_on_guild = false;
    i.assumptions.primary = ExperienceSource::SoftwareGuild;
    assert_eq!(marked(&i), vec![], "no bar is the estimate");
}

#[test]
fn anchors_sharing_a_year_are_read_as_the_line_reads_them_and_the_hold_alone_moves_nothing() {
    let step = experience_step;
    // The 5–9 year figure and the team-lead figure both at 20 years: the
    // estimate is the 5–9 year figure, and so is the sentence.
    let (d, v) = step(20, [0, 25, 200, 200], true);
    assert_eq!(v, 95_240.0);
    assert!(
        d.contains("20 years: at the 5–9 year average $95,240 at 20 years"),
        "{d}"
    );
    let (d, v) = step(5, [0, 50, 50, 200], true);
    assert_eq!(v, 89_766.0);
    assert!(
        d.contains("5 years: at the 1–4 year average $89,766 at 5 years"),
        "{d}"
    );
    // Only the hold changed: the anchors are the article's, said as usual
    // (band and middle, not "anchor").
    let (d, _) = step(2, [0, 25, 70, 200], false);
    assert!(!d.contains("as set in the assumptions"), "{d}");
    assert!(d.contains("1–4 year band, before its middle"), "{d}");
}

/// Every sentence of the breakdown and its notes starts with a capital,
/// for both ladders at every experience: "the reports' band average" began
/// four sentences once the ladder lost the name "PayScale".
#[test]
fn every_sentence_starts_with_a_capital() {
    for primary in [
        ExperienceSource::PayScale,
        ExperienceSource::SoftwareGuild,
        ExperienceSource::Midpoint,
    ] {
        for location in [
            Location::UsNational,
            Location::India,
            Location::SanFrancisco,
        ] {
            for years in 0..=50 {
                let mut i = Inputs {
                    years,
                    location,
                    ..Inputs::default()
                };
                i.assumptions.primary = primary;
                let e = estimate(&i);
                for t in e.details().into_iter().chain(e.notes()) {
                    let starts = std::iter::once(t.as_str())
                        .chain(t.match_indices(". ").map(|(k, _)| &t[k + 2..]));
                    for s in starts {
                        let c = s.chars().next();
                        assert!(
                            !c.is_some_and(|c| c.is_lowercase()),
                            "{primary:?} {location:?} {years} years: …{}",
                            &s[..s.len().min(60)]
                        );
                    }
                }
            }
        }
    }
}

/// For India the ladder lends only its shape: its figures are US salaries and
/// stay in dollars, even with rupees on the page (₹81,52,544 read as Indian
/// pay beside India's ₹7 lakh).
#[test]
fn india_s_borrowed_ladder_is_written_in_dollars() {
    let i = Inputs {
        years: 8,
        location: Location::India,
        currency: bdsc_core::inputs::Currency::Inr,
        ..Inputs::default()
    };
    let e = estimate(&i);
    let d = e.details().join(" ");
    assert!(d.contains("(its US dollar figures below)"), "{d}");
    assert!(d.contains("$95,240") && !d.contains("US$95,240"), "{d}");
    assert!(!d.contains("₹81"), "{d}");
}
