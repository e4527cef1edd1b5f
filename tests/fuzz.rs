//! Property-based fuzzing (proptest) of every parser of outside input:
//! the URL query, the stored last inputs, the stored scenarios, the survey
//! data file and the number fields. Each harness feeds random input and input
//! mutated from a valid one, and checks that nothing panics, that whatever is
//! accepted is a valid state, and that `decode(encode(x)) == x` where it applies.
//!
//! Scale: 10,000 cases per harness in a plain `cargo test`; the environment
//! variable `PROPTEST_CASES` overrides it, e.g. one million per harness:
//! `PROPTEST_CASES=1000000 cargo test --release --test fuzz`.
//! One harness: `PROPTEST_CASES=1000000 cargo test --release --test fuzz -- --exact survey_file_mutated`.
//! The survey parser is fuzzed on the whole committed file; `bdsc-core` (and
//! proptest) are built with `opt-level = 3` in the dev profile (root
//! Cargo.toml) so this stays fast in debug test runs.
//!
//! Measured on the 2-core build machine, release, one harness at a time,
//! other builds running beside it (seconds; failures and panics: 0 in all):
//!
//! | Harness | 200,000 cases | 1,000,000 cases |
//! |---|---|---|
//! | url_round_trip | 12 | 199 |
//! | url_hostile | 19 | 110 |
//! | percent_codec | 6 | 30 |
//! | stored_last_inputs | 29 | 127 |
//! | stored_scenarios | 139 | not run (≈ 12 min expected) |
//! | survey_file_mutated | 694 | not run (≈ 30–60 min expected) |
//! | survey_file_random | 47 | 217 |
//! | number_fields | 10 | 88 |

use backend_salary_calc::core::codec::{decode, encode, percent_decode, percent_encode};
use backend_salary_calc::core::estimate::estimate;
use backend_salary_calc::core::inputs::*;
use backend_salary_calc::core::money::parse_decimal;
use backend_salary_calc::core::scenarios::{self, Scenario, MAX, NAME_LEN};
use backend_salary_calc::core::survey::SurveyData;
use backend_salary_calc::core::view::ViewOptions;
use proptest::prelude::*;
use proptest::sample::Index;
use std::sync::OnceLock;

mod common;
use common::check_invariants;

/// 10,000 cases unless `PROPTEST_CASES` says otherwise.
fn config() -> ProptestConfig {
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(10_000);
    ProptestConfig {
        cases,
        ..ProptestConfig::default()
    }
}

// ---------------------------------------------------------------- generators

/// Any value of a choice type.
fn pick<T: Copy + std::fmt::Debug + 'static>(all: &'static [T]) -> impl Strategy<Value = T> {
    proptest::sample::select(all)
}

/// A country name the codec accepts as given: non-empty, trimmed, at most 60
/// characters, no control characters or angle brackets; or "" (the default).
fn country() -> impl Strategy<Value = String> {
    prop_oneof![
        Just(String::new()),
        proptest::sample::select(
            &[
                "Germany",
                "United States of America",
                "Côte d'Ivoire",
                "Bosnia & Herzegovina",
                "a+b=c&d"
            ][..]
        )
        .prop_map(String::from),
        proptest::collection::vec(any::<char>(), 1..60).prop_map(|v| {
            let s: String = v
                .into_iter()
                .filter(|c| !c.is_control() && *c != '<' && *c != '>')
                .collect();
            s.trim().to_string()
        }),
    ]
}

/// Arbitrary valid inputs: every field inside its bounds, every choice from
/// its list. Entries the codec never writes (the "any" language and industry,
/// the USD rate) keep their defaults.
fn inputs() -> impl Strategy<Value = Inputs> {
    let pct = bounds::PCT.0..=bounds::PCT.1;
    let fx = 1u32..=1_000_000_000; // 0.0001 ..= 100,000 in steps of 0.0001
    let base = (
        bounds::YEARS.0..=bounds::YEARS.1,
        pick(Location::ALL),
        pick(Language::ALL),
        pick(Industry::ALL),
        pick(Mode::ALL),
        pick(RateBasis::ALL),
        bounds::RATE_ANY.0..=bounds::RATE_ANY.1,
        bounds::HOURS_PER_WEEK.0..=bounds::HOURS_PER_WEEK.1,
        bounds::WEEKS_PER_YEAR.0..=bounds::WEEKS_PER_YEAR.1,
        pick(Currency::ALL),
        (
            proptest::option::of(bounds::METRO.0..=bounds::METRO.1),
            "[a-z0-9-]{1,40}",
            country(),
            pick(Currency::ALL),
        ),
    );
    let assumptions = (
        proptest::array::uniform6(pct.clone()),
        proptest::array::uniform7(pct.clone()),
        proptest::array::uniform5(pct),
        proptest::array::uniform4(fx),
        pick(ExperienceSource::ALL),
        bounds::PAID_HOURS.0..=bounds::PAID_HOURS.1,
        any::<u8>(), // which assumption groups differ from the defaults
    );
    (base, assumptions).prop_map(|(b, (lang, ind, reg, fx, primary, paid_hours, mask))| {
        let mut a = Assumptions::default();
        if mask & 1 != 0 {
            a.language_pct[1..].copy_from_slice(&lang[1..]);
        }
        if mask & 2 != 0 {
            a.industry_pct[1..].copy_from_slice(&ind[1..]);
        }
        if mask & 4 != 0 {
            a.region_pct = reg;
        }
        if mask & 8 != 0 {
            for c in Currency::ALL.iter().filter(|c| **c != Currency::Usd) {
                a.per_usd[c.index()] = fx[c.index()] as f64 / 10_000.0;
            }
        }
        if mask & 16 != 0 {
            a.primary = primary;
            a.paid_hours = paid_hours;
        }
        Inputs {
            years: b.0,
            location: b.1,
            language: b.2,
            industry: b.3,
            mode: b.4,
            rate_basis: b.5,
            // Within the bounds of the currency it was entered in.
            custom_rate: 1 + (b.6 - 1) % bounds::rate(b.10 .3).1,
            rate_currency: b.10 .3,
            hours_per_week: b.7,
            weeks_per_year: b.8,
            currency: b.9,
            metro: b.10 .0,
            role: b.10 .1,
            country: b.10 .2,
            assumptions: a,
        }
    })
}

/// Up to 12 arbitrary characters (any Unicode scalar value).
fn short_text() -> impl Strategy<Value = String> {
    proptest::collection::vec(any::<char>(), 0..12).prop_map(String::from_iter)
}

/// Query-like text: parameter names, values and separators the decoder cares about.
fn query_like() -> impl Strategy<Value = String> {
    let token = prop_oneof![
        proptest::sample::select(
            &[
                "y",
                "loc",
                "lang",
                "ind",
                "mode",
                "basis",
                "cur",
                "rate",
                "ratecur",
                "inr",
                "gbp",
                "2500",
                "2001",
                "200000",
                "200001",
                "hpw",
                "wpy",
                "src",
                "metro",
                "role",
                "country",
                "hpy",
                "lang.python",
                "ind.finance",
                "region.asia",
                "fx.inr",
                "fx.usd",
                "lang.any",
                "embed",
                "theme",
                "accent",
                "data",
                "=",
                "&",
                "&&",
                "%",
                "%2",
                "%E2%82%AC",
                "%FF",
                "%00",
                "+",
                "-",
                ".",
                "1",
                "0",
                "50",
                "51",
                "-90",
                "300",
                "999999",
                "85.6",
                "0.0001",
                "1e3",
                "sf",
                "metro",
                "dark",
                "true",
                "€",
                "<b>",
                "\u{0}",
                "?",
            ][..]
        )
        .prop_map(String::from),
        "[ -~]{0,6}",
        short_text(),
    ];
    proptest::collection::vec(token, 0..24).prop_map(|v| v.concat())
}

/// One edit of a text.
#[derive(Clone, Debug)]
enum Edit {
    /// Overwrite one byte.
    Flip(Index, u8),
    /// Cut the text at a point.
    Truncate(Index),
    /// Remove one line.
    DeleteLine(Index),
    /// Repeat one line.
    DuplicateLine(Index),
    /// Insert a random line.
    InsertLine(Index, String),
    /// Swap two lines.
    SwapLines(Index, Index),
    /// Replace one tab-separated field of one line.
    Field(Index, Index, String),
    /// Insert random bytes at a point.
    Splice(Index, Vec<u8>),
}

fn edit() -> impl Strategy<Value = Edit> {
    let line = prop_oneof![
        "[ -~\t]{0,40}",
        short_text(),
        "\\[[a-z0-9-]{0,12} [0-9]{0,11}\\]",
        "[0-9\t*]{0,30}"
    ];
    let field = prop_oneof![
        "[0-9]{0,12}",
        Just("*".to_string()),
        "-?[0-9]{1,5}(\\.[0-9]{1,3})?",
        "[ -~]{0,8}",
        short_text()
    ];
    prop_oneof![
        3 => (any::<Index>(), any::<u8>()).prop_map(|(i, b)| Edit::Flip(i, b)),
        1 => any::<Index>().prop_map(Edit::Truncate),
        2 => any::<Index>().prop_map(Edit::DeleteLine),
        2 => any::<Index>().prop_map(Edit::DuplicateLine),
        2 => (any::<Index>(), line).prop_map(|(i, s)| Edit::InsertLine(i, s)),
        1 => (any::<Index>(), any::<Index>()).prop_map(|(i, j)| Edit::SwapLines(i, j)),
        3 => (any::<Index>(), any::<Index>(), field).prop_map(|(i, j, s)| Edit::Field(i, j, s)),
        1 => (any::<Index>(), proptest::collection::vec(any::<u8>(), 0..8)).prop_map(|(i, b)| Edit::Splice(i, b)),
    ]
}

/// Applies edits to a text; the result may be any bytes, read as lossy UTF-8
/// (the app's `fetch` and `localStorage` hand over strings, not bytes).
/// The text is edited as a list of borrowed lines, so a 152 KB file is copied
/// once per case, not once per edit.
fn mutate(text: &str, edits: &[Edit]) -> String {
    mutate_lines(&lines_of(text), edits)
}

/// A text split at '\n' (byte slices, so edits may break UTF-8).
fn lines_of(text: &str) -> Vec<&[u8]> {
    text.as_bytes().split(|&c| c == b'\n').collect()
}

/// [`mutate`] on a text already split into lines.
fn mutate_lines(lines: &[&[u8]], edits: &[Edit]) -> String {
    use std::borrow::Cow;
    let mut ls: Vec<Cow<[u8]>> = lines.iter().map(|l| Cow::Borrowed(*l)).collect();
    for e in edits {
        // Every edit starts by choosing a line.
        let (Edit::Flip(line, _)
        | Edit::Truncate(line)
        | Edit::DeleteLine(line)
        | Edit::DuplicateLine(line)
        | Edit::InsertLine(line, _)
        | Edit::SwapLines(line, _)
        | Edit::Field(line, _, _)
        | Edit::Splice(line, _)) = e;
        let k = line.index(ls.len());
        // A byte position inside line k (or its end), from the same index.
        let at = |i: &Index, len: usize| i.index(len + 1);
        match e {
            Edit::Flip(i, v) => {
                let line = ls[k].to_mut();
                if !line.is_empty() {
                    let j = i.index(line.len());
                    line[j] = *v;
                }
            }
            Edit::Truncate(i) => {
                let j = at(i, ls[k].len());
                ls.truncate(k + 1);
                ls[k].to_mut().truncate(j);
            }
            Edit::Splice(i, bytes) => {
                let j = at(i, ls[k].len());
                ls[k].to_mut().splice(j..j, bytes.iter().copied());
            }
            Edit::DeleteLine(_) => {
                ls.remove(k);
                if ls.is_empty() {
                    ls.push(Cow::Borrowed(&[]));
                }
            }
            Edit::DuplicateLine(_) => ls.insert(k, ls[k].clone()),
            Edit::InsertLine(_, s) => ls.insert(k, Cow::Owned(s.as_bytes().to_vec())),
            Edit::SwapLines(_, j) => {
                let j = j.index(ls.len());
                ls.swap(k, j);
            }
            Edit::Field(_, j, s) => {
                let mut fs: Vec<&[u8]> = ls[k].split(|&c| c == b'\t').collect();
                let j = j.index(fs.len());
                fs[j] = s.as_bytes();
                let joined = fs.join(&b'\t');
                ls[k] = Cow::Owned(joined);
            }
        }
    }
    String::from_utf8_lossy(&ls.join(&b'\n')).into_owned()
}

fn edits() -> impl Strategy<Value = Vec<Edit>> {
    proptest::collection::vec(edit(), 1..5)
}

// ---------------------------------------------------------------- validity

/// Every field of decoded inputs is inside its bounds and the estimate is finite.
fn assert_valid(i: &Inputs) {
    let within = |v: u32, (lo, hi): (u32, u32)| (lo..=hi).contains(&v);
    assert!(within(i.years, bounds::YEARS), "years {}", i.years);
    assert!(within(i.custom_rate, bounds::rate(i.rate_currency)));
    assert!(within(i.hours_per_week, bounds::HOURS_PER_WEEK));
    assert!(within(i.weeks_per_year, bounds::WEEKS_PER_YEAR));
    assert!(within(i.assumptions.paid_hours, bounds::PAID_HOURS));
    assert!(i.metro.is_none_or(|m| within(m, bounds::METRO)));
    assert!(
        !i.role.is_empty()
            && i.role.len() <= 40
            && i.role
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'),
        "{:?}",
        i.role
    );
    assert!(
        i.country.chars().count() <= 60
            && !i
                .country
                .chars()
                .any(|c| c.is_control() || c == '<' || c == '>'),
        "{:?}",
        i.country
    );
    assert_eq!(i.country, i.country.trim());
    let a = &i.assumptions;
    for p in a
        .language_pct
        .iter()
        .chain(&a.industry_pct)
        .chain(&a.region_pct)
    {
        assert!((bounds::PCT.0..=bounds::PCT.1).contains(p), "pct {p}");
    }
    for r in &a.per_usd {
        assert!(
            r.is_finite() && (bounds::FX.0..=bounds::FX.1).contains(r),
            "fx {r}"
        );
    }
    let d = Inputs::default();
    assert_eq!(
        a.language_pct[Language::Unspecified.index()],
        d.assumptions.language_pct[Language::Unspecified.index()]
    );
    assert_eq!(
        a.industry_pct[Industry::Unspecified.index()],
        d.assumptions.industry_pct[Industry::Unspecified.index()]
    );
    assert_eq!(a.per_usd[Currency::Usd.index()], 1.0);
    let e = estimate(i);
    for v in [e.annual, e.low, e.high, e.monthly, e.hourly] {
        assert!(v.is_finite() && v >= 0.0, "estimate {v} for {i:?}");
    }
}

/// Whatever a decoder accepted is valid, re-encodes canonically, and notices stay short.
fn check_decoded(q: &str, passthrough: &[&str]) {
    let d = decode(q, passthrough);
    assert_valid(&d.inputs);
    // No direction override from the address reaches the page's sentences.
    let bidi = |c: char| matches!(c, '\u{061C}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}');
    for n in &d.notices {
        assert!(
            n.param.chars().count() <= 33 && !n.param.chars().any(|c| c.is_control() || bidi(c)),
            "{:?}",
            n.param
        );
        assert!(!n.message.chars().any(bidi), "{:?}", n.message);
    }
    assert!(d.notices.len() <= 66, "{} notices", d.notices.len());
    let again = decode(&encode(&d.inputs), &[]);
    assert!(again.notices.is_empty(), "{:?}", again.notices);
    assert_eq!(again.inputs, d.inputs);
    let _ = ViewOptions::from_params(&d.passthrough);
}

// ---------------------------------------------------------------- URL query

proptest! {
    #![proptest_config(config())]

    /// decode(encode(x)) == x for arbitrary valid inputs, without notices; the encoding is canonical.
    #[test]
    fn url_round_trip(i in inputs()) {
        let q = encode(&i);
        let d = decode(&q, &ViewOptions::keys());
        prop_assert!(d.notices.is_empty(), "{}: {:?}", q, d.notices);
        prop_assert_eq!(&d.inputs, &i);
        prop_assert_eq!(&encode(&d.inputs), &q);
        // With a leading '?' and the view parameters mixed in, as in an address.
        let addr = format!("?embed=1&{q}&theme=dark");
        let d = decode(&addr, &ViewOptions::keys());
        prop_assert_eq!(&d.inputs, &i);
        prop_assert_eq!(d.passthrough.len(), 2);
    }

    /// Random and mutated addresses never panic and always decode to a valid state.
    #[test]
    fn url_hostile(random in query_like(), valid in inputs(), e in edits(), which in 0..3u8) {
        let q = match which {
            0 => random,
            1 => mutate(&format!("?{}&embed=1", encode(&valid)), &e),
            _ => format!("{}&{}", encode(&valid), random),
        };
        check_decoded(&q, &ViewOptions::keys());
    }

    /// percent_decode inverts percent_encode on any text, and never panics on any input.
    #[test]
    fn percent_codec(s in any::<String>(), junk in "[%0-9A-Fa-fG+ -~]{0,20}") {
        prop_assert_eq!(percent_decode(&percent_encode(&s)), Some(s));
        let _ = percent_decode(&junk);
    }
}

// ---------------------------------------------------------------- stored last inputs

proptest! {
    #![proptest_config(config())]

    /// The stored last inputs are `encode(inputs)`: they come back exactly;
    /// damaged copies (random, mutated, overlong) never panic and give a valid state.
    #[test]
    fn stored_last_inputs(i in inputs(), e in edits(), random in any::<String>(), long in 0usize..3) {
        let stored = encode(&i);
        let d = decode(&stored, &[]);
        prop_assert!(d.notices.is_empty());
        prop_assert_eq!(&d.inputs, &i);
        let damaged = match long {
            0 => mutate(&stored, &e),
            1 => random,
            _ => stored.repeat(4096 / stored.len().max(1) + 1),
        };
        check_decoded(&damaged, &[]);
    }
}

// ---------------------------------------------------------------- stored scenarios

/// A scenario name that survives storage as is: no control characters,
/// trimmed, non-empty, at most NAME_LEN characters.
fn name() -> impl Strategy<Value = String> {
    proptest::collection::vec(any::<char>(), 1..NAME_LEN).prop_map(|v| {
        // As `clean_name` keeps them: no controls, no direction overrides.
        let s: String = v
            .into_iter()
            .filter(|c| !c.is_control() && !backend_salary_calc::core::codec::is_bidi_control(*c))
            .collect();
        let s = s.trim().to_string();
        if s.is_empty() {
            "x".to_string()
        } else {
            s
        }
    })
}

fn check_scenarios(text: &str) {
    let (list, notices) = scenarios::parse(text);
    assert!(list.len() <= MAX);
    for s in &list {
        assert!(
            !s.name.is_empty()
                && s.name.chars().count() <= NAME_LEN
                && !s.name.chars().any(char::is_control),
            "{:?}",
            s.name
        );
        assert_valid(&s.inputs);
    }
    assert!(notices.len() <= text.lines().count() + 1);
    // Whatever was read stores and reads back the same.
    let (back, n) = scenarios::parse(&scenarios::serialize(&list));
    assert!(n.is_empty(), "{n:?}");
    assert_eq!(back, list);
    let csv = scenarios::to_csv(
        &list,
        &scenarios::estimates(&list, None),
        None,
        Currency::Usd,
    );
    assert_eq!(
        csv.split("\r\n").count(),
        list.len() + 2,
        "header, one row each, final line end"
    );
}

proptest! {
    #![proptest_config(config())]

    /// parse(serialize(list)) == list for valid scenarios; damaged stored text never panics.
    #[test]
    fn stored_scenarios(
        list in proptest::collection::vec((name(), inputs()), 0..=MAX),
        e in edits(),
        random in proptest::collection::vec(prop_oneof![any::<String>(), "[ -~\t]{0,30}"], 0..10),
        which in 0..2u8,
    ) {
        let list: Vec<Scenario> = list.into_iter().map(|(name, inputs)| Scenario { name, inputs }).collect();
        let text = scenarios::serialize(&list);
        let (back, notices) = scenarios::parse(&text);
        prop_assert!(notices.is_empty(), "{:?}", notices);
        prop_assert_eq!(&back, &list);
        let damaged = if which == 0 { mutate(&text, &e) } else { random.join("\n") };
        check_scenarios(&damaged);
    }
}

// ---------------------------------------------------------------- survey data file

/// Whatever parses keeps the invariants; whatever does not names a line.
fn check_survey(text: &str) {
    match SurveyData::parse(text) {
        Ok(d) => check_invariants(&d),
        Err(e) => {
            assert!(
                e.line >= 1 && e.line <= text.split('\n').count() + 1,
                "line {} of {}",
                e.line,
                text.split('\n').count()
            );
            assert!(!e.message.is_empty());
        }
    }
}

proptest! {
    #![proptest_config(config())]

    /// The committed file with byte flips, truncations, deleted, repeated,
    /// swapped and random lines and fields: an error with a line number or valid data, never a panic.
    #[test]
    fn survey_file_mutated(e in edits()) {
        static LINES: OnceLock<Vec<&'static [u8]>> = OnceLock::new();
        check_survey(&mutate_lines(LINES.get_or_init(|| lines_of(common::text())), &e));
    }

    /// Random text, with and without the right header.
    #[test]
    fn survey_file_random(s in any::<String>(), lines in proptest::collection::vec("[ -~\t]{0,30}", 0..20)) {
        check_survey(&s);
        check_survey(&format!("#bdsc-survey 1\n{}\n[end]\n", lines.join("\n")));
    }
}

// ---------------------------------------------------------------- number fields

/// A plain decimal as `parse_decimal` documents it: optional sign, digits, at
/// most one point, at most 15 digits in all.
fn decimal() -> impl Strategy<Value = String> {
    // A form without any digit is given one (a filter would reject too many of a million cases).
    (
        "[+-]?",
        "[0-9]{0,8}",
        proptest::option::of("[0-9]{0,7}"),
        "[ ]{0,2}",
    )
        .prop_map(|(s, i, f, pad)| {
            if i.is_empty() && f.as_deref().is_none_or(str::is_empty) {
                (s, "0".to_string(), f, pad)
            } else {
                (s, i, f, pad)
            }
        })
        .prop_map(|(s, i, f, pad)| match f {
            Some(f) => format!("{pad}{s}{i}.{f}{pad}"),
            None => format!("{pad}{s}{i}{pad}"),
        })
}

proptest! {
    #![proptest_config(config())]

    /// parse_decimal (the form's number fields and the exchange rates) agrees
    /// with the standard parser on every plain decimal, and on anything else
    /// either refuses or gives a finite number the standard parser agrees with.
    #[test]
    fn number_fields(valid in decimal(), random in prop_oneof![any::<String>(), "[-+0-9.eE, ]{0,20}", "[0-9]{14,20}(\\.[0-9]{0,4})?"]) {
        let std = valid.trim().parse::<f64>().ok();
        prop_assert!(std.is_some());
        prop_assert_eq!(parse_decimal(&valid), std, "{:?}", valid);
        if let Some(v) = parse_decimal(&random) {
            prop_assert!(v.is_finite() && v.abs() < 1e15, "{:?} -> {}", random, v);
            prop_assert_eq!(Some(v), random.trim().parse::<f64>().ok(), "{:?}", random);
        }
        let digits = random.bytes().filter(u8::is_ascii_digit).count();
        if digits > 15 {
            prop_assert_eq!(parse_decimal(&random), None);
        }
    }
}
