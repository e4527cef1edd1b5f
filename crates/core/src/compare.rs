//! How the inputs meet the survey data: which country and group a view
//! compares with, whether the BLS figures apply, where a value falls in a
//! distribution (in words), and which inputs from an address the data does
//! not know.

use super::codec::{quote, Notice};
use super::inputs::{Industry, Inputs, Language, Location, DEFAULT_ROLE};
use super::survey::{Percentiles, Query, SurveyData};

/// The `country` value meaning "all countries".
pub const WORLD: &str = "world";

/// The survey's name for the United States (BLS covers only this country).
pub const USA: &str = "United States of America";

/// The survey country for the inputs: the chosen one, else the location's
/// (`None` = worldwide).
pub fn survey_country(i: &Inputs) -> Option<&str> {
    match i.country.as_str() {
        WORLD => None,
        "" => location_country(i.location),
        c => Some(c),
    }
}

/// The one survey country a location lies in, if any (world regions span many).
pub fn location_country(l: Location) -> Option<&'static str> {
    match l {
        Location::India => Some("India"),
        l if l.is_us() => Some(USA),
        _ => None,
    }
}

/// The sentence for an estimate that carries a US city's premium or a metro
/// area's pay level beside a survey group of the whole country: the surveys
/// record countries, not cities, so the two are not like for like.
pub fn city_note(i: &Inputs) -> Option<String> {
    if survey_country(i) != Some(USA) {
        return None;
    }
    let place = match i.location {
        l if l.city_premium().is_some() => {
            format!("{}'s premium", l.label().trim_end_matches(", US"))
        }
        Location::UsMetro if i.metro.is_some() => "the metro area's pay level".to_string(),
        _ => return None,
    };
    Some(format!(
        "The estimate includes {place}; this group is the whole United States, as the surveys record countries, not cities."
    ))
}

/// The survey query for the inputs.
pub fn survey_query(i: &Inputs) -> Query<'_> {
    Query {
        role: &i.role,
        country: survey_country(i),
        years: Some(i.years),
        language: (i.language != Language::Unspecified).then(|| i.language.code()),
        industry: (i.industry != Industry::Unspecified).then(|| i.industry.code()),
    }
}

/// True when the BLS distribution (all US software developers) belongs
/// beside the survey's.
pub fn shows_bls(country: Option<&str>) -> bool {
    country == Some(USA)
}

/// The survey country whose developers DOU surveys.
pub const UKRAINE: &str = "Ukraine";

/// True when DOU's Ukrainian figures belong beside Stack Overflow's: the
/// survey country is Ukraine, or the location is the Eastern Europe region
/// (with no other country chosen).
pub fn shows_dou(i: &Inputs) -> bool {
    match survey_country(i) {
        Some(c) => c.eq_ignore_ascii_case(UKRAINE),
        None => i.location == Location::EasternEurope && i.country.is_empty(),
    }
}

/// A DOU net monthly figure as net yearly pay (× 12); still after tax, so
/// below the gross yearly pay Stack Overflow reports.
pub fn dou_net_yearly(net_monthly: u32) -> f64 {
    net_monthly as f64 * 12.0
}

/// `n` with its English ordinal suffix: 1st, 2nd, 3rd, 4th, 11th, 12th,
/// 13th, 21st, 101st, 111th…
pub fn ordinal(n: u32) -> String {
    let suffix = match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{n}{suffix}")
}

/// Where `v` falls in a distribution, in words, interpolating linearly
/// between the known percentiles.
pub fn percentile_words(p: &Percentiles, v: f64) -> String {
    let pts = [
        (10.0, p.p10),
        (25.0, p.p25),
        (50.0, p.p50),
        (75.0, p.p75),
        (90.0, p.p90),
    ];
    if v.is_nan() {
        return "not comparable with this group".into();
    }
    if v < p.p10 as f64 {
        return "below the 10th percentile".into();
    }
    if v > p.p90 as f64 {
        return "above the 90th percentile".into();
    }
    for w in pts.windows(2) {
        let ((pa, a), (pb, b)) = (w[0], w[1]);
        if v <= b as f64 {
            let t = if b > a {
                (v - a as f64) / (b - a) as f64
            } else {
                0.0
            };
            return format!(
                "at about the {} percentile",
                ordinal((pa + t * (pb - pa)).round() as u32)
            );
        }
    }
    "at about the 90th percentile".into()
}

/// Whether the inputs refer to something only the survey data can resolve
/// or check (a survey role or country, a US metro area). The page loads the
/// data when they do, or when a section that shows it is opened; otherwise
/// not at all (the default view needs none of it).
pub fn needs_survey_data(i: &Inputs) -> bool {
    i.role != DEFAULT_ROLE
        || !i.country.is_empty()
        || i.metro.is_some()
        || i.location == Location::UsMetro
}

/// Role, country and metro from an address can only be checked once the
/// data is here: unknown ones fall back to the defaults, each with a notice.
pub fn check_survey_inputs(i: &mut Inputs, data: &SurveyData) -> Vec<Notice> {
    let mut notices = Vec::new();
    if !data.roles().iter().any(|r| r.code == i.role) {
        notices.push(Notice {
            param: "role".into(),
            message: format!(
                "“{}” is not a survey role; back-end developers are shown.",
                quote(&i.role)
            ),
        });
        i.role = DEFAULT_ROLE.to_string();
    }
    if !i.country.is_empty()
        && i.country != WORLD
        && !data.countries().iter().any(|c| c.name == i.country)
    {
        notices.push(Notice {
            param: "country".into(),
            message: format!(
                "“{}” is not a survey country; your location decides.",
                quote(&i.country)
            ),
        });
        i.country.clear();
    }
    if let Some(id) = i.metro {
        if data.metro(id).is_none() {
            notices.push(Notice {
                param: "metro".into(),
                message: format!("No US area has id {id}; choose one by name."),
            });
            i.metro = None;
        }
    }
    notices
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_city_estimate_beside_a_national_group_says_so() {
        let mut i = Inputs {
            location: Location::SanFrancisco,
            ..Inputs::default()
        };
        let note = city_note(&i).expect("San Francisco against the US");
        assert!(note.contains("San Francisco's premium"), "{note}");
        assert!(note.contains("whole United States"), "{note}");
        i.location = Location::UsNational;
        assert_eq!(city_note(&i), None);
        // A metro area only once one is chosen (until then the US figure stands).
        i.location = Location::UsMetro;
        assert_eq!(city_note(&i), None);
        i.metro = Some(12420);
        assert!(city_note(&i).unwrap().contains("metro area's pay level"));
        // Compared with another country, the city is not the question.
        i.country = "Germany".into();
        assert_eq!(city_note(&i), None);
        i.country = WORLD.into();
        assert_eq!(city_note(&i), None);
    }

    #[test]
    fn dou_shows_for_ukraine_and_eastern_europe() {
        let mut i = Inputs::default();
        assert!(!shows_dou(&i));
        i.location = Location::EasternEurope;
        assert!(shows_dou(&i));
        i.country = WORLD.into();
        assert!(!shows_dou(&i));
        i.country = "Poland".into();
        assert!(!shows_dou(&i));
        i.location = Location::UsNational;
        i.country = "ukraine".into();
        assert!(shows_dou(&i));
        assert_eq!(dou_net_yearly(2_500), 30_000.0);
    }

    #[test]
    fn ordinals() {
        let want = [
            (1, "1st"),
            (2, "2nd"),
            (3, "3rd"),
            (4, "4th"),
            (11, "11th"),
            (12, "12th"),
            (13, "13th"),
            (21, "21st"),
            (22, "22nd"),
            (23, "23rd"),
            (101, "101st"),
            (111, "111th"),
            (0, "0th"),
            (50, "50th"),
        ];
        for (n, s) in want {
            assert_eq!(ordinal(n), s);
        }
    }

    fn p() -> Percentiles {
        Percentiles {
            p10: 10,
            p25: 20,
            p50: 40,
            p75: 60,
            p90: 100,
            n: 500,
        }
    }

    #[test]
    fn percentile_words_interpolate_and_use_ordinals() {
        assert_eq!(percentile_words(&p(), 5.0), "below the 10th percentile");
        assert_eq!(percentile_words(&p(), 101.0), "above the 90th percentile");
        assert_eq!(percentile_words(&p(), 10.0), "at about the 10th percentile");
        assert_eq!(percentile_words(&p(), 40.0), "at about the 50th percentile");
        // Between p10 = 10 and p25 = 20 (15 percentile points): 12 → 13th,
        // 11.4 → 12.1 → 12th, 17.4 → 21.1 → 21st, 18 → 22nd, 18.6 → 22.9 → 23rd.
        assert_eq!(percentile_words(&p(), 12.0), "at about the 13th percentile");
        assert_eq!(percentile_words(&p(), 11.4), "at about the 12th percentile");
        assert_eq!(percentile_words(&p(), 17.4), "at about the 21st percentile");
        assert_eq!(percentile_words(&p(), 18.0), "at about the 22nd percentile");
        assert_eq!(percentile_words(&p(), 18.6), "at about the 23rd percentile");
        // Between p25 = 20 and p50 = 40: 21.6 → 27th, 33.44 → 41.8 → 42nd; then 41.6 → 52nd.
        assert_eq!(percentile_words(&p(), 21.6), "at about the 27th percentile");
        assert_eq!(
            percentile_words(&p(), 33.44),
            "at about the 42nd percentile"
        );
        assert_eq!(percentile_words(&p(), 41.6), "at about the 52nd percentile");
        assert_eq!(
            percentile_words(&p(), f64::NAN),
            "not comparable with this group"
        );
        let flat = Percentiles {
            p10: 7,
            p25: 7,
            p50: 7,
            p75: 7,
            p90: 7,
            n: 30,
        };
        assert_eq!(percentile_words(&flat, 7.0), "at about the 10th percentile");
    }

    #[test]
    fn country_follows_the_location_unless_chosen() {
        let mut i = Inputs::default();
        assert_eq!(survey_country(&i), Some(USA));
        i.location = Location::Boston;
        assert_eq!(survey_country(&i), Some(USA));
        i.location = Location::UsMetro;
        assert_eq!(survey_country(&i), Some(USA));
        i.location = Location::India;
        assert_eq!(survey_country(&i), Some("India"));
        i.location = Location::WesternEurope;
        assert_eq!(survey_country(&i), None);
        i.country = "Germany".into();
        assert_eq!(survey_country(&i), Some("Germany"));
        i.country = WORLD.into();
        i.location = Location::Chicago;
        assert_eq!(survey_country(&i), None);
        assert!(shows_bls(Some(USA)) && !shows_bls(Some("India")) && !shows_bls(None));
    }

    #[test]
    fn query_leaves_out_unspecified_choices() {
        let mut i = Inputs {
            years: 8,
            ..Inputs::default()
        };
        let q = survey_query(&i);
        assert_eq!(
            (q.role, q.years, q.language, q.industry),
            ("backend", Some(8), None, None)
        );
        i.language = Language::Python;
        i.industry = Industry::Finance;
        let q = survey_query(&i);
        assert_eq!((q.language, q.industry), (Some("python"), Some("finance")));
    }
}
