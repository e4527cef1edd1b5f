//! The five comparison charts built from the current estimate.

use std::rc::Rc;

use yew::prelude::*;

use super::bars::{self, RefLine, Row};
use super::experience;
use super::{figure_if, ChartFilter, FigureProps};
use crate::app::components::{money, money_h};
use crate::app::state::Survey;
use crate::core::chart::{city_bars, curve, table_years, CitySource};
use crate::core::dataset as d;
use crate::core::estimate::{years_at, years_words, Estimate, Ladder};
use crate::core::headline::range_words;
use crate::core::inputs::{Currency, Inputs, Location, Mode, Region};
use crate::core::labels;
use crate::core::money::{count, format_pct};

/// Properties of [`Charts`].
#[derive(Properties, PartialEq)]
pub struct ChartsProps {
    /// Current inputs.
    pub inputs: Rc<Inputs>,
    /// Their estimate.
    pub estimate: Rc<Estimate>,
    /// The survey data, once loaded: the cities' DOL figures.
    pub survey: Survey,
}

/// All comparison charts.
#[function_component]
pub fn Charts(p: &ChartsProps) -> Html {
    // An embed of one chart (`part=chart`) provides which one.
    let filter = use_context::<ChartFilter>();
    let (i, e) = (&*p.inputs, &*p.estimate);
    let fx = i.assumptions.per_usd[i.currency.index()];
    let cur = i.currency;

    // 1. Experience.
    let exp_rows: Vec<Vec<String>> = table_years(i.years)
        .iter()
        .map(|&y| {
            let yf = y as f64;
            vec![
                if y == i.years {
                    format!("{y} (you)")
                } else {
                    y.to_string()
                },
                money(curve(Ladder::PayScale, yf, e, 1.0), i),
                money(curve(Ladder::SoftwareGuild, yf, e, 1.0), i),
            ]
        })
        .collect();
    let lead_at = years_at(e.salaried.shape.anchors[3]);
    // India has one figure in the article: the lines are it, shaped by each
    // ladder (an assumption), not the article's band averages.
    let dots = match (i.location, i.assumptions.india_shape) {
        (Location::India, true) => "Dots: India's one figure (about ₹7 lakh) shaped by each ladder's band averages, an assumption you can switch off",
        (Location::India, false) => "Dots: India's one figure (about ₹7 lakh), used at every experience",
        _ => "Dots: the article's band averages",
    };
    let exp_legend = html! {
        <p class="legend">
            <span><span class="swatch payscale" aria-hidden="true"></span>{ "Reports (unnamed in the article)" }</span>
            <span><span class="swatch guild" aria-hidden="true"></span>{ "Software Guild" }</span>
            <span><span class="swatch you" aria-hidden="true"></span>{ "You" }</span>
            <span class="legend-note">{ format!("{dots}; squares: team-lead figure at {}; dashed: no figure in the article, straight line or held flat.", lead_at) }</span>
        </p>
    };

    // 2. Cities against the national average, for this experience and these
    //    adjustments: the article's premium and, with the survey data, the
    //    DOL metro figure beside it, each labelled with its source.
    let bars_c = city_bars(i, e, p.survey.data());
    let national = bars_c[0].usd;
    let dol = bars_c.len() > 5;
    let mut city_rows: Vec<Row> = Vec::new();
    let mut city_table: Vec<Vec<String>> = Vec::new();
    for b in &bars_c {
        let us = b.source == CitySource::National;
        let name = match b.place {
            Location::UsNational => labels::US_AT_YOUR_PROFILE,
            Location::SanFrancisco => "S. Francisco",
            c => c.label().trim_end_matches(", US"),
        };
        let pct = if us { "—".into() } else { format_pct(b.pct) };
        city_rows.push(Row {
            // With two figures a city, each bar is named for its source.
            label: if dol && !us {
                let short = if b.place == Location::SanFrancisco {
                    "SF"
                } else {
                    name
                };
                format!("{short} · {}", b.source.label())
            } else {
                name.into()
            },
            value: b.usd * fx,
            range: None,
            whisker: None,
            mark: None,
            you: b.you,
            text: if us {
                money_short(b.usd, i)
            } else {
                format!("{} {pct}", money_short(b.usd, i))
            },
        });
        city_table.push(vec![
            name.into(),
            b.source.label().into(),
            money(b.usd, i),
            pct,
        ]);
    }

    // 3. Hourly rates by region.
    let region_rows: Vec<Row> = Region::ALL
        .iter()
        .map(|&r| {
            let (lo, hi, top) = r.hourly();
            Row {
                label: r.label().into(),
                value: (lo.value + hi.value) / 2.0 * fx,
                range: Some((lo.value * fx, hi.value * fx)),
                whisker: None,
                mark: Some((top.value * fx, format!("top end {}", money_h(top.value, i)))),
                you: r == e.freelance.region,
                // The label sits after the diamond (the top end), so it
                // names both figures: alone, the band's range read as the
                // diamond's.
                text: format!(
                    "{}–{}, top {}",
                    money_short(lo.value, i),
                    money_short(hi.value, i),
                    money_short(top.value, i)
                ),
            }
        })
        .collect();
    let region_table: Vec<Vec<String>> = Region::ALL
        .iter()
        .map(|&r| {
            let (lo, hi, top) = r.hourly();
            // The article's own figures: in another currency with its
            // dollars beside them, as the breakdown writes them.
            let h = |v: f64| {
                if cur == Currency::Usd {
                    money_h(v, i)
                } else {
                    crate::core::estimate::Fmt::of(i).usd_h(v)
                }
            };
            vec![
                r.label().into(),
                format!("{} – {}", h(lo.value), h(hi.value)),
                h(top.value),
            ]
        })
        .collect();
    let you_rate = e.freelance.rate * fx;

    // 4. Salary against the article's US average salary: salary with salary,
    //    also in freelance mode.
    let nat = d::US_AVERAGE.value;
    let you = labels::you_label(i, e);
    let sal = &e.salaried;
    let vs_rows = vec![
        Row {
            label: labels::US_AVERAGE.into(),
            value: nat * fx,
            range: None,
            whisker: None,
            mark: None,
            you: false,
            text: money_short(nat, i),
        },
        Row {
            label: you.clone(),
            value: sal.point * fx,
            range: None,
            whisker: Some((sal.low * fx, sal.high * fx)),
            mark: None,
            you: true,
            text: format!(
                "{} {}",
                money_short(sal.point, i),
                format_pct(((sal.point / nat - 1.0) * 100.0).round())
            ),
        },
    ];
    let vs_table = vec![
        vec![
            "US average, all levels (article)".into(),
            money(nat, i),
            "—".into(),
        ],
        vec![
            format!("{you}, salaried"),
            money(sal.point, i),
            range_words(&money(sal.low, i), &money(sal.high, i)),
        ],
    ];

    // 5. Salaried against freelance.
    let s = &e.salaried;
    let f = &e.freelance;
    let mode_rows = vec![
        Row {
            label: "Salaried".into(),
            value: s.point * fx,
            range: None,
            whisker: Some((s.low * fx, s.high * fx)),
            mark: None,
            you: e.mode == Mode::Salaried,
            text: money_short(s.point, i),
        },
        Row {
            label: "Freelance".into(),
            value: f.annual * fx,
            range: None,
            whisker: Some((
                f.rate_low * f.hours_per_year * fx,
                f.rate_high * f.hours_per_year * fx,
            )),
            mark: None,
            you: e.mode == Mode::Freelance,
            text: money_short(f.annual, i),
        },
    ];
    let mode_table = vec![
        vec![
            "Salaried".into(),
            money(s.point, i),
            range_words(&money(s.low, i), &money(s.high, i)),
        ],
        vec![
            "Freelance".into(),
            money(f.annual, i),
            range_words(
                &money(f.rate_low * f.hours_per_year, i),
                &money(f.rate_high * f.hours_per_year, i),
            ),
        ],
    ];

    html! {
        <section class="charts" aria-labelledby="charts-title">
            <h2 id="charts-title">{ "Comparisons" }</h2>
            <div class="chart-grid">
                { figure_if(filter, FigureProps {
                    name: "experience".into(),
                    title: "Salary by experience, both sources".into(),
                    desc: AttrValue::from(format!("Two lines of annual salary against years of experience, for the article's unnamed reports and for Software Guild, adjusted for your location and choices. Your point: {}, {}.", years_words(i.years), money(s.point, i))),
                    legend: exp_legend,
                    svg: experience::draw(i, e),
                    height: experience::HEIGHT,
                    head: &["Years", "Reports", "Software Guild"],
                    rows: exp_rows,
                }) }
                { figure_if(filter, FigureProps {
                    name: "cities".into(),
                    title: "The article's four cities against the US, at your profile".into(),
                    desc: "Bars of annual salary for the US at your experience and adjustments, and San Francisco (+28%), Chicago (+19%), Boston (+6%) and Orlando (−29%) with PayScale's premiums (via the article) and, with the data, DOL's.".into(),
                    legend: html!{ <p class="legend legend-note">
                        { "article: PayScale's city premiums, via the article. " }
                        if dol { { "US DOL: the metro area's DOL Level III wage (the level for experienced workers) against BLS's national mean. " } }
                        { "Applied to the US figure at your experience and adjustments." }
                    </p> },
                    svg: bars::draw(&city_rows, Some(&RefLine { value: national * fx, label: labels::US_AT_YOUR_PROFILE.into() }), cur, None),
                    height: bars::height(city_rows.len()),
                    head: &["Place", "Source", "Salary", "vs the US"],
                    rows: city_table,
                }) }
                { figure_if(filter, FigureProps {
                    name: "regions".into(),
                    title: "Freelance hourly rates by region".into(),
                    desc: AttrValue::from(format!("Range bars of the average hourly rate for five world regions with a diamond at each region's top end. Your rate: {} an hour.", money_h(f.rate, i))),
                    legend: html!{ <p class="legend legend-note">{ "Band: the article's average range; diamond: its top end; line: your hourly rate." }</p> },
                    svg: bars::draw_unit(&region_rows, &[], None, cur, Some((you_rate, format!("You {}", money_short(f.rate, i)))), "an hour"),
                    height: bars::height(region_rows.len()),
                    head: &["Region", "Average range", "Top end"],
                    rows: region_table,
                }) }
                { figure_if(filter, FigureProps {
                    name: "vs-national".into(),
                    title: "Your salary against the US average".into(),
                    desc: AttrValue::from(format!("The article's US average salary of {} beside your salaried estimate of {}, with its range.", money(nat, i), money(sal.point, i))),
                    // The percentage here is against the article's one US
                    // figure for every level, not the US at your experience
                    // (the card's location step): −15 % here beside −11 %
                    // there read as a contradiction.
                    legend: html! { <p class="legend legend-note">{ "US average: the article's one figure for all US backend developers, whatever their experience; the percentage is against it, not against the US at your experience." }</p> },
                    svg: bars::draw(&vs_rows, None, cur, None),
                    height: bars::height(vs_rows.len()),
                    head: &["Salary", "Annual", "Range"],
                    rows: vs_table,
                }) }
                { figure_if(filter, FigureProps {
                    name: "modes".into(),
                    title: "Salaried against freelance, a year".into(),
                    desc: AttrValue::from(format!("Annual salaried estimate {} beside freelance income {} at your hours.", money(s.point, i), money(f.annual, i))),
                    legend: html!{ <p class="legend legend-note">{ format!("Freelance: {} a year, before tax and costs.", count(f.hours_per_year as u64, "billable hour", "billable hours")) }</p> },
                    svg: bars::draw(&mode_rows, None, cur, None),
                    height: bars::height(mode_rows.len()),
                    head: &["Work", "Annual", "Range"],
                    rows: mode_table,
                }) }
            </div>
        </section>
    }
}

fn money_short(usd: f64, i: &Inputs) -> String {
    crate::app::components::money_short(usd, i)
}
