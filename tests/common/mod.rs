//! Helpers shared by the native test files: the committed survey data file,
//! read and parsed once, the invariants every parsed file must keep, the
//! article's industry order, and (in [`raw`]) the source checks' readers.
//! Only the core's public API is used; nothing here touches the data build.

// Each test file is its own crate and uses only part of this module.
#![allow(dead_code)]

pub mod raw;

use backend_salary_calc::core::survey::{Query, SurveyData, SurveySource, MIN_N, SURVEY_FILE};
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

/// The repository root.
pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The industry figures in the rank order the article's wording gives them
/// (it lists them in another order): best-paying > great > above average >
/// decent > low-income > substantially lower.
pub const INDUSTRY_RANKING: [&str; 6] = [
    "ind-finance",
    "ind-media",
    "ind-marketing",
    "ind-healthcare",
    "ind-consulting",
    "ind-education",
];

/// What to do when the committed data file is stale.
pub const REGEN: &str = "Run `cargo run -p xtask -- data` and commit the result.";

/// The committed data file's text, found through `SURVEY_FILE` (the app
/// fetches the same name relative to the page; Trunk copies static/data/).
pub fn text() -> &'static str {
    static T: OnceLock<String> = OnceLock::new();
    T.get_or_init(|| {
        let path = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("static")
            .join(SURVEY_FILE);
        std::fs::read_to_string(&path).unwrap_or_else(|e| {
            panic!("cannot read {} (SURVEY_FILE): {e}. {REGEN}", path.display())
        })
    })
}

/// The committed data, parsed once.
pub fn data() -> &'static SurveyData {
    static D: OnceLock<SurveyData> = OnceLock::new();
    D.get_or_init(|| {
        SurveyData::parse(text())
            .unwrap_or_else(|e| panic!("committed data file does not parse: {e}"))
    })
}

/// What must hold for any file that parses: ordered Levels and percentiles,
/// and queries over what the data lists (and over names it lacks) neither
/// panic nor publish a figure from fewer than `MIN_N` respondents.
pub fn check_invariants(d: &SurveyData) {
    assert!(!d.metros().is_empty());
    assert!(d.national_l3_cents() > 0);
    for m in d.metros() {
        assert!(m.l1_cents < m.l2_cents && m.l2_cents < m.l3_cents && m.l3_cents < m.l4_cents);
        let _ = (m.annual(3), m.factor_pct(), m.multiplier());
    }
    for l in d.aijobs_levels().iter().chain(d.dou_backend()) {
        let s = l.stats;
        assert!(s.p10 <= s.p25 && s.p25 <= s.p50 && s.p50 <= s.p75 && s.p75 <= s.p90);
    }
    let roles: Vec<&str> = d
        .roles()
        .iter()
        .map(|r| r.code.as_str())
        .take(3)
        .chain(["backend", "nope"])
        .collect();
    let countries: Vec<Option<&str>> = d
        .countries()
        .iter()
        .take(2)
        .map(|c| Some(c.name.as_str()))
        .chain([None, Some("us")])
        .collect();
    for role in roles {
        for &country in &countries {
            for years in [None, Some(0), Some(7), Some(30)] {
                let q = Query {
                    role,
                    country,
                    years,
                    language: Some("python"),
                    industry: Some("finance"),
                };
                for x in [
                    d.distribution(&q),
                    d.distribution(&Query {
                        language: None,
                        ..q
                    }),
                    d.distribution_from(SurveySource::So2024, &q),
                    d.distribution_from(SurveySource::So2025, &q),
                ]
                .into_iter()
                .flatten()
                {
                    let p = x.stats;
                    assert!(
                        p.n >= MIN_N
                            && p.p10 <= p.p25
                            && p.p25 <= p.p50
                            && p.p50 <= p.p75
                            && p.p75 <= p.p90
                    );
                }
            }
        }
    }
    let _ = (
        d.search_metros("a", 3),
        d.search_metros("san", 3),
        d.metro(41860),
        d.claim("us-average"),
        d.claims().len(),
        d.bls(),
    );
}
