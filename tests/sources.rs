//! Source checks: the tests that need the raw sources (the article's text in
//! `seed/`, the raw survey and government files in `data/`). The sources are
//! never committed; they are found in the folder named by `BDSC_SHARED`, else
//! at `../shared` beside the checkout.
//!
//! Every test that reads them is `#[ignore]`d with the reason, so a plain
//! `cargo test` lists them as ignored (never as passed); run them with
//! `cargo test --test sources -- --include-ignored`. Run that way without the
//! sources, they fail and say where they looked.
//!
//! The data checks are independent of the data build (`xtask`): their own
//! CSV reader, their own percentile (type 7, as docs/data.md defines it; both
//! in tests/common/raw.rs, shared with tests/evidence_sources.rs), their own
//! reading of the generated file. They recompute every stored Stack
//! Overflow group, and pin figures published by the sources themselves.
//!
//! Three tests here need no sources and always run: the checks' own CSV
//! reader and percentile on hand-computed cases, and the published figures
//! pinned in the committed data file (so a clone without the sources still
//! checks those).

use backend_salary_calc::core::dataset::{self as d, FIGURES};
use std::collections::HashMap;
use std::sync::OnceLock;

mod common;
use common::raw::{col, csv, percentile, read, shared};

// ---------------------------------------------------------------- the article

/// Collapses every run of white space to one space.
fn normalise(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn article() -> String {
    normalise(&read("seed/000_20cd634386b61fc8.txt"))
}

#[test]
#[ignore = "source check: needs the raw sources (../shared or BDSC_SHARED)"]
fn every_quote_occurs_in_the_article() {
    let text = article();
    for f in FIGURES {
        assert!(
            text.contains(&normalise(f.quote)),
            "figure {}: quote not found in the article: {:?}",
            f.id,
            f.quote
        );
    }
}

#[test]
#[ignore = "source check: needs the raw sources (../shared or BDSC_SHARED)"]
fn the_industry_ranking_s_wording_is_the_article_s() {
    // The ranks themselves are checked in tests/article.rs; the wording that
    // gives them must be the article's.
    let text = article();
    for id in common::INDUSTRY_RANKING {
        let f = d::figure(id).unwrap();
        assert!(
            text.contains(f.literal),
            "{id}: wording {:?} not in the article",
            f.literal
        );
    }
}

// ---------------------------------------------------------------- CSV and statistics

#[test]
fn the_checks_own_csv_reader_follows_rfc_4180() {
    let rows = csv("a,\"b,c\",\"say \"\"hi\"\"\"\r\n\"multi\nline\",,x\n\"\",y");
    assert_eq!(
        rows,
        vec![
            vec!["a", "b,c", "say \"hi\""],
            vec!["multi\nline", "", "x"],
            vec!["", "y"]
        ]
    );
}

/// p10, p25, p50, p75, p90 in whole dollars (half away from zero), and n.
fn stats(values: &[f64]) -> ([u32; 5], u32) {
    let mut v = values.to_vec();
    v.sort_by(f64::total_cmp);
    (
        [0.1, 0.25, 0.5, 0.75, 0.9].map(|p| percentile(&v, p).round() as u32),
        v.len() as u32,
    )
}

/// Whole dollars to the nearest hundred (half up), as the group tables store them.
fn to_hundreds(p: [u32; 5]) -> [u32; 5] {
    p.map(|v| (v + 50) / 100 * 100)
}

#[test]
fn the_checks_own_percentile_is_type_7() {
    // Hand-computed: h = 3p; 0.1 → 1.3; 0.25 → 1.75; 0.9 → 3.7 (values 1..4).
    let v = [1.0, 2.0, 3.0, 4.0];
    for (p, want) in [(0.1, 1.3), (0.25, 1.75), (0.5, 2.5), (0.9, 3.7)] {
        assert!((percentile(&v, p) - want).abs() < 1e-12, "p{p}");
    }
    assert_eq!(stats(&[10.0, 40.0, 20.0, 30.0]), ([13, 18, 25, 33, 37], 4));
    assert_eq!(
        to_hundreds([149, 150, 98_049, 98_050, 0]),
        [100, 200, 98_000, 98_100, 0]
    );
}

// ---------------------------------------------------------------- the generated file

/// The committed data file's sections: name → rows of tab-separated fields.
fn generated() -> &'static HashMap<String, Vec<Vec<String>>> {
    static G: OnceLock<HashMap<String, Vec<Vec<String>>>> = OnceLock::new();
    G.get_or_init(|| {
        let text = common::text();
        let mut out = HashMap::new();
        let mut lines = text.lines();
        while let Some(l) = lines.next() {
            let Some((name, rows)) = l
                .strip_prefix('[')
                .and_then(|l| l.strip_suffix(']'))
                .and_then(|l| l.split_once(' '))
            else {
                continue;
            };
            let rows: usize = rows.parse().unwrap();
            // Group sections are transposed: 10 lines, one per column.
            let count = if name == "g24" || name == "g25" {
                10
            } else {
                rows
            };
            let body: Vec<Vec<String>> = lines
                .by_ref()
                .take(count)
                .map(|l| l.split('\t').map(String::from).collect())
                .collect();
            assert!(
                name.starts_with('g') && body.iter().all(|c| c.len() == rows) || body.len() == rows,
                "section {name}"
            );
            out.insert(name.to_string(), body);
        }
        out
    })
}

fn section(name: &str) -> &'static [Vec<String>] {
    generated()
        .get(name)
        .unwrap_or_else(|| panic!("no section {name} in the generated file"))
}

fn num(s: &str) -> u32 {
    s.parse().unwrap_or_else(|_| panic!("not a number: {s:?}"))
}

/// Asserts that a stored level row (level, five percentiles, n) is `values`
/// recomputed with the checks' own percentile.
fn assert_level_row(r: &[String], values: &[f64], what: &str) {
    let (p, n) = stats(values);
    let stored: Vec<u32> = r[1..].iter().map(|s| num(s)).collect();
    assert_eq!(
        stored,
        p.iter().chain([&n]).copied().collect::<Vec<_>>(),
        "{what} {}",
        r[0]
    );
}

/// A group: role row, country row or any, years band or any, industry/language row or any.
type Key = (usize, Option<usize>, Option<usize>, Option<usize>);

/// A transposed group section as key → (percentiles in whole dollars, n).
fn stored_groups(name: &str) -> HashMap<Key, ([u32; 5], u32)> {
    let c = section(name);
    let opt = |s: &str| {
        if s == "*" {
            None
        } else {
            Some(num(s) as usize)
        }
    };
    (0..c[0].len())
        .map(|i| {
            let mut p = [0; 5];
            let mut sum = 0;
            for (k, slot) in p.iter_mut().enumerate() {
                sum += num(&c[4 + k][i]) * 100;
                *slot = sum;
            }
            (
                (
                    num(&c[0][i]) as usize,
                    opt(&c[1][i]),
                    opt(&c[2][i]),
                    opt(&c[3][i]),
                ),
                (p, num(&c[9][i])),
            )
        })
        .collect()
}

/// Row index in a section by the value of one field.
fn index_by(name: &str, field: usize) -> HashMap<String, usize> {
    section(name)
        .iter()
        .enumerate()
        .filter(|(_, r)| !r[field].is_empty())
        .map(|(i, r)| (r[field].clone(), i))
        .collect()
}

// ---------------------------------------------------------------- Stack Overflow

/// One cleaned respondent.
struct Resp {
    pay: f64,
    role: usize,
    country: Option<usize>,
    band: Option<usize>,
    ext: Vec<usize>,
}

/// Years → band 0–1, 2–4, 5–9, 10–19, 20+ (docs/data.md).
fn band(answer: &str) -> Option<usize> {
    let years = match answer {
        "Less than 1 year" => 0.0,
        "More than 50 years" => 51.0,
        a => a.parse::<f64>().ok()?,
    };
    let y = years.floor() as u32;
    Some(match y {
        0..=1 => 0,
        2..=4 => 1,
        5..=9 => 2,
        10..=19 => 3,
        _ => 4,
    })
}

const PAY_BAND: std::ops::RangeInclusive<f64> = 1_000.0..=1_000_000.0;
/// Raw role labels that are not working roles: left out of every group
/// (students, retirees and "other"), as the page compares working roles only.
const NON_WORKING_RAW: &[&str] = &["Student", "Retired", "Other (please specify):"];

/// Survey industry labels → the file's industry codes (restated by hand from
/// the 2024 survey's answer list; finance is the documented combined group).
const INDUSTRIES: &[(&str, &[&str])] = &[
    ("Software Development", &["software"]),
    ("Fintech", &["fintech", "finance"]),
    ("Banking/Financial Services", &["banking", "finance"]),
    ("Insurance", &["insurance", "finance"]),
    ("Healthcare", &["healthcare"]),
    ("Media & Advertising Services", &["media-advertising"]),
    ("Higher Education", &["higher-education"]),
    ("Computer Systems Design and Services", &["it-services"]),
    (
        "Internet, Telecomm or Information Services",
        &["internet-telecom"],
    ),
    ("Retail and Consumer Services", &["retail"]),
    ("Manufacturing", &["manufacturing"]),
    ("Government", &["government"]),
    ("Transportation, or Supply Chain", &["transport"]),
    ("Energy", &["energy"]),
    ("Other:", &["other"]),
];

/// A survey file, cleaned: (respondents, rows, dropped outside the pay band,
/// dropped role NA). `cols` names the pay, role, country and years columns;
/// `label_field` is the roles section's field holding this year's label;
/// `ext` gives a kept row's industry or language rows.
fn clean(
    rows: &[Vec<String>],
    [pay, role, country, years]: [&str; 4],
    label_field: usize,
    ext: impl Fn(&[String]) -> Vec<usize>,
) -> (Vec<Resp>, usize, usize, usize) {
    let h = &rows[0];
    let (ip, ir, ic, iy) = (col(h, pay), col(h, role), col(h, country), col(h, years));
    let (roles, countries) = (index_by("roles", label_field), index_by("countries", 0));
    let (mut out, mut outside, mut no_role) = (Vec::new(), 0, 0);
    for r in &rows[1..] {
        let pay: f64 = r[ip].parse().unwrap_or(f64::NAN);
        if !PAY_BAND.contains(&pay) {
            outside += 1;
            continue;
        }
        if r[ir] == "NA" {
            no_role += 1;
            continue;
        }
        // Only working roles are counted (docs/data.md, "Only working roles").
        if NON_WORKING_RAW.contains(&r[ir].as_str()) {
            continue;
        }
        let role = *roles
            .get(&r[ir])
            .unwrap_or_else(|| panic!("role {:?} not in the roles section", r[ir]));
        out.push(Resp {
            pay,
            role,
            country: countries.get(&r[ic]).copied(),
            band: band(&r[iy]),
            ext: ext(r),
        });
    }
    (out, rows.len() - 1, outside, no_role)
}

/// Stack Overflow 2024, cleaned: (respondents, rows, dropped outside the pay band, dropped role NA).
fn so2024() -> &'static (Vec<Resp>, usize, usize, usize) {
    static S: OnceLock<(Vec<Resp>, usize, usize, usize)> = OnceLock::new();
    S.get_or_init(|| {
        let rows = csv(&read(
            "data/stackoverflow-2024-subset/survey_results_public.csv",
        ));
        let ii = col(&rows[0], "Industry");
        let industries = index_by("industries", 0);
        let cols = ["ConvertedCompYearly", "DevType", "Country", "YearsCodePro"];
        clean(&rows, cols, 2, |r| {
            INDUSTRIES
                .iter()
                .filter(|(l, _)| *l == r[ii])
                .flat_map(|(_, codes)| codes.iter().map(|c| industries[*c]))
                .collect()
        })
    })
}

/// Stack Overflow 2025: the salary file joined with the languages file on the index column.
fn so2025() -> &'static Vec<Resp> {
    static S: OnceLock<Vec<Resp>> = OnceLock::new();
    S.get_or_init(|| {
        let langs = csv(&read(
            "data/stackoverflow-2025-processed/survey_results_language_trends.csv",
        ));
        let li = col(&langs[0], "LanguageHaveWorkedWith");
        let lang_rows = index_by("languages", 1);
        let mut by_idx: HashMap<&str, Vec<usize>> = HashMap::new();
        for r in &langs[1..] {
            let l = *lang_rows
                .get(&r[li])
                .unwrap_or_else(|| panic!("language {:?} not in the languages section", r[li]));
            let v = by_idx.entry(r[0].as_str()).or_default();
            if !v.contains(&l) {
                v.push(l);
            }
        }
        let rows = csv(&read(
            "data/stackoverflow-2025-processed/survey_results_salary_prediction.csv",
        ));
        let cols = ["salary", "PrimaryRole", "Country", "YearsCode"];
        let (out, _, _, no_role) = clean(&rows, cols, 3, |r| {
            by_idx.get(r[0].as_str()).cloned().unwrap_or_default()
        });
        // The 2025 file has a role for every row.
        assert_eq!(no_role, 0);
        out
    })
}

/// Every group each respondent belongs to: {country, any} × {band, any} × {each industry/language, any}.
fn groups(resps: &[Resp]) -> HashMap<Key, Vec<f64>> {
    let mut g: HashMap<Key, Vec<f64>> = HashMap::new();
    for r in resps {
        let countries = if r.country.is_some() {
            vec![None, r.country]
        } else {
            vec![None]
        };
        let bands = if r.band.is_some() {
            vec![None, r.band]
        } else {
            vec![None]
        };
        let exts: Vec<Option<usize>> = std::iter::once(None)
            .chain(r.ext.iter().map(|e| Some(*e)))
            .collect();
        for &c in &countries {
            for &b in &bands {
                for &e in &exts {
                    g.entry((r.role, c, b, e)).or_default().push(r.pay);
                }
            }
        }
    }
    g
}

/// Recomputes every group with n ≥ 30 and compares it, all five percentiles
/// and n, with the stored one; the stored set must be exactly those groups.
fn compare_groups(section_name: &str, resps: &[Resp]) -> usize {
    let stored = stored_groups(section_name);
    let mut compared = 0;
    for (key, values) in groups(resps) {
        if values.len() < 30 {
            assert!(
                !stored.contains_key(&key),
                "{section_name} {key:?}: stored, but only {} respondents",
                values.len()
            );
            continue;
        }
        let (p, n) = stats(&values);
        let want = (to_hundreds(p), n);
        assert_eq!(
            stored.get(&key),
            Some(&want),
            "{section_name} {key:?}: stored vs recomputed (p10..p90, n)"
        );
        compared += 1;
    }
    assert_eq!(
        compared,
        stored.len(),
        "{section_name}: stored groups that the raw data does not give"
    );
    compared
}

fn us() -> usize {
    index_by("countries", 0)["United States of America"]
}

fn role(code: &str) -> usize {
    index_by("roles", 0)[code]
}

/// Published by the source (SOURCE.md: 564 rows before cleaning), 562 after the pay band.
const SO2024_US_BACKEND: ([u32; 5], u32) = ([98_000, 130_000, 171_300, 210_000, 300_000], 562);

#[test]
#[ignore = "source check: needs the raw sources (../shared or BDSC_SHARED)"]
fn stack_overflow_2024_cleaning_counts() {
    let (resps, rows, outside, no_role) = so2024();
    assert_eq!(
        (*rows, *outside, *no_role, resps.len()),
        (16_143, 342, 15, 15_309),
        "rows, outside the band, role NA, kept (working roles only: 477 students, retirees and others left out)"
    );
}

#[test]
#[ignore = "source check: needs the raw sources (../shared or BDSC_SHARED)"]
fn stack_overflow_2024_us_back_end_is_the_published_figure() {
    let (resps, ..) = so2024();
    let pay = |r: &&Resp| r.role == role("backend") && r.country == Some(us());
    let values: Vec<f64> = resps.iter().filter(pay).map(|r| r.pay).collect();
    let (p, n) = stats(&values);
    assert_eq!(
        (to_hundreds(p), n),
        SO2024_US_BACKEND,
        "recomputed from the raw rows"
    );
    assert_eq!(
        stored_groups("g24").get(&(role("backend"), Some(us()), None, None)),
        Some(&SO2024_US_BACKEND),
        "in the generated file"
    );
}

#[test]
#[ignore = "source check: needs the raw sources (../shared or BDSC_SHARED)"]
fn every_stack_overflow_2024_group_is_recomputed_exactly() {
    // 570 groups: every working role × country × years band × industry with
    // n ≥ 30, including the US and India back-end groups by experience band.
    assert_eq!(compare_groups("g24", &so2024().0), 570);
    let india = index_by("countries", 0)["India"];
    let be = role("backend");
    for key in [
        (be, Some(india), None, None),
        (be, Some(us()), Some(1), None),
        (be, Some(us()), Some(2), None),
    ] {
        assert!(
            stored_groups("g24").contains_key(&key),
            "{key:?} is among the compared groups"
        );
    }
}

#[test]
#[ignore = "source check: needs the raw sources (../shared or BDSC_SHARED)"]
fn every_stack_overflow_2025_group_is_recomputed_exactly() {
    let resps = so2025();
    assert_eq!(
        resps.len(),
        20_917,
        "the 2025 extract is already inside the pay band; working roles only"
    );
    assert_eq!(compare_groups("g25", resps), 2_580);
}

// ---------------------------------------------------------------- BLS, DOL, aijobs, DOU

/// BLS OEWS May 2024, 15-1252, as BLS publishes it (annual USD).
const BLS_MEDIAN: u32 = 133_080;

#[test]
#[ignore = "source check: needs the raw sources (../shared or BDSC_SHARED)"]
fn bls_figures_come_from_the_raw_file() {
    let rows = csv(&read(
        "data/bls-oews-national-may2024/national_M2024_dl.converted.csv",
    ));
    let h = &rows[0];
    let r = rows
        .iter()
        .find(|r| r[col(h, "OCC_CODE")] == "15-1252")
        .expect("15-1252 row");
    let v = |name: &str| {
        r[col(h, name)]
            .parse::<f64>()
            .unwrap_or_else(|_| panic!("{name}: {:?}", r[col(h, name)]))
    };
    assert_eq!(v("A_MEDIAN"), BLS_MEDIAN as f64, "raw file");
    let annual = [
        "TOT_EMP", "A_MEAN", "A_PCT10", "A_PCT25", "A_MEDIAN", "A_PCT75", "A_PCT90",
    ]
    .map(|c| v(c).round() as u32);
    let hourly = ["H_PCT10", "H_PCT25", "H_MEDIAN", "H_PCT75", "H_PCT90"]
        .map(|c| (v(c) * 100.0).round() as u32);
    let stored: Vec<u32> = section("bls")[0].iter().map(|s| num(s)).collect();
    assert_eq!(stored[4], BLS_MEDIAN, "generated file");
    assert_eq!(
        stored,
        annual.iter().chain(&hourly).copied().collect::<Vec<_>>(),
        "generated bls row vs raw"
    );
}

/// Level III per hour in cents for the article's cities, as DOL publishes them.
const DOL_L3: [(u32, u32); 4] = [(41860, 9018), (14460, 7433), (16980, 6284), (36740, 5823)];

/// The four levels of every area in cents, from the raw JSON (read by hand:
/// `{"area_id":"…","l1":…,"l2":…,"l3":…,"l4":…}` objects).
fn dol_levels() -> HashMap<u32, [u32; 4]> {
    let text = read("data/dol-oflc-prevailing-wage-2025-26/wages_15-1252.json");
    let mut out = HashMap::new();
    for obj in text.split("{\"area_id\":\"").skip(1) {
        let (id, rest) = obj.split_once('"').unwrap();
        let level = |k: &str| {
            let after = rest
                .split_once(&format!("\"{k}\":"))
                .unwrap_or_else(|| panic!("area {id}: no {k}"))
                .1;
            let end = after.find([',', '}']).unwrap();
            (after[..end].trim().parse::<f64>().unwrap() * 100.0).round() as u32
        };
        out.insert(num(id), ["l1", "l2", "l3", "l4"].map(level));
    }
    out
}

#[test]
#[ignore = "source check: needs the raw sources (../shared or BDSC_SHARED)"]
fn dol_levels_come_from_the_raw_file() {
    let raw = dol_levels();
    assert_eq!(raw.len(), 530);
    let stored: HashMap<u32, [u32; 4]> = section("metros")
        .iter()
        .map(|r| {
            let l1 = num(&r[2]);
            let (l2, l3, l4) = (
                l1 + num(&r[3]),
                l1 + num(&r[3]) + num(&r[4]),
                l1 + num(&r[3]) + num(&r[4]) + num(&r[5]),
            );
            (num(&r[0]), [l1, l2, l3, l4])
        })
        .collect();
    for (id, cents) in DOL_L3 {
        assert_eq!(raw[&id][2], cents, "raw Level III of {id}");
        assert_eq!(stored[&id][2], cents, "generated Level III of {id}");
    }
    assert_eq!(stored, raw, "generated metros vs raw, all 530 areas");
}

#[test]
#[ignore = "source check: needs the raw sources (../shared or BDSC_SHARED)"]
fn aijobs_levels_are_recomputed_exactly() {
    let rows = csv(&read("data/aijobs-net-cc0/salaries.csv"));
    let h = &rows[0];
    let (it, il, ie, ip) = (
        col(h, "job_title"),
        col(h, "company_location"),
        col(h, "experience_level"),
        col(h, "salary_in_usd"),
    );
    for r in section("aijobs") {
        let values: Vec<f64> = rows[1..]
            .iter()
            .filter(|x| {
                (x[it] == "Software Engineer" || x[it] == "Backend Engineer")
                    && x[il] == "US"
                    && x[ie] == r[0]
            })
            .filter_map(|x| x[ip].parse::<f64>().ok().filter(|p| PAY_BAND.contains(p)))
            .collect();
        assert_level_row(r, &values, "aijobs level");
    }
}

/// Windows-1251 to text: ASCII as is, А–я (0xC0–0xFF) as Cyrillic; other
/// bytes become '?' (enough to match the back-end specialisation exactly).
fn cp1251(bytes: &[u8]) -> String {
    bytes
        .iter()
        .map(|&b| match b {
            0..=0x7F => b as char,
            0xC0..=0xFF => char::from_u32(0x410 + u32::from(b - 0xC0)).unwrap(),
            _ => '?',
        })
        .collect()
}

#[test]
#[ignore = "source check: needs the raw sources (../shared or BDSC_SHARED)"]
fn dou_back_end_pay_is_recomputed_exactly() {
    let path = shared().join("data/dou-ukraine-2025-june/2025_june_raw.csv");
    let rows = csv(&cp1251(&std::fs::read(&path).unwrap()));
    let backend: Vec<&Vec<String>> = rows[1..]
        .iter()
        .filter(|r| r[8] == "Back-end розробка")
        .collect();
    assert_eq!(backend.len(), 1_894, "SOURCE.md");
    for r in section("dou") {
        let values: Vec<f64> = backend
            .iter()
            .filter(|x| r[0] == "All" || x[4] == r[0])
            .filter_map(|x| {
                x[2].trim()
                    .parse::<f64>()
                    .ok()
                    .filter(|p| (100.0..=50_000.0).contains(p))
            })
            .collect();
        assert_level_row(r, &values, "DOU");
    }
}

// ---------------------------------------------------------------- no sources needed

/// The published figures pinned above, in the committed file (runs everywhere).
#[test]
fn published_figures_in_the_committed_file() {
    assert_eq!(
        stored_groups("g24").get(&(role("backend"), Some(us()), None, None)),
        Some(&SO2024_US_BACKEND),
        "SO 2024 US back-end"
    );
    assert_eq!(num(&section("bls")[0][4]), BLS_MEDIAN, "BLS 15-1252 median");
    for (id, cents) in DOL_L3 {
        let r = section("metros")
            .iter()
            .find(|r| num(&r[0]) == id)
            .unwrap_or_else(|| panic!("area {id}"));
        assert_eq!(
            num(&r[2]) + num(&r[3]) + num(&r[4]),
            cents,
            "DOL Level III of {id}"
        );
    }
}
