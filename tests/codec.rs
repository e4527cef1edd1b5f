//! The URL/state codec: worked examples and hand-picked hostile input.
//! Random and mutated input, and the round trip over arbitrary valid inputs,
//! are property tests in tests/fuzz.rs.

use backend_salary_calc::core::codec::{decode, encode, percent_decode};
use backend_salary_calc::core::inputs::*;

#[test]
fn defaults_encode_to_nothing() {
    assert_eq!(encode(&Inputs::default()), "");
    let d = decode("", &[]);
    assert_eq!(d.inputs, Inputs::default());
    assert!(d.notices.is_empty());
}

#[test]
fn a_typical_address_decodes() {
    let d = decode(
        "?y=12&loc=sf&lang=python&ind=finance&mode=freelance&cur=inr&lang.python=7&fx.inr=90.5",
        &[],
    );
    assert!(d.notices.is_empty(), "{:?}", d.notices);
    let i = d.inputs;
    assert_eq!(
        (i.years, i.location, i.language, i.industry, i.mode, i.currency),
        (
            12,
            Location::SanFrancisco,
            Language::Python,
            Industry::Finance,
            Mode::Freelance,
            Currency::Inr
        )
    );
    assert_eq!(i.assumptions.language_pct[Language::Python.index()], 7);
    assert_eq!(i.assumptions.per_usd[Currency::Inr.index()], 90.5);
}

#[test]
fn hostile_parameters_fall_back_with_named_notices() {
    let d = decode("y=abc&loc=mars&zzz=%3Cscript%3Ealert(1)%3C%2Fscript%3E&y=5&cur=btc&hpw=0&fx.usd=2&fx.inr=0&lang.any=5&ind.finance=9999", &[]);
    assert_eq!(d.inputs, Inputs::default(), "every value here is unusable");
    let named: Vec<&str> = d.notices.iter().map(|n| n.param.as_str()).collect();
    for p in [
        "y",
        "loc",
        "zzz",
        "cur",
        "hpw",
        "fx.usd",
        "fx.inr",
        "lang.any",
        "ind.finance",
    ] {
        assert!(named.contains(&p), "no notice names {p}: {named:?}");
    }
    // The repeated y is reported, and the first (bad) value was not replaced by the second.
    assert!(d
        .notices
        .iter()
        .any(|n| n.param == "y" && n.message.contains("more than once")));
    assert!(d.notices.iter().any(|n| n.message.contains("“abc”")));
}

#[test]
fn survey_selection_is_checked_for_shape() {
    let d = decode("role=frontend&country=Germany&metro=41860&loc=metro", &[]);
    assert!(d.notices.is_empty(), "{:?}", d.notices);
    assert_eq!(
        (
            d.inputs.role.as_str(),
            d.inputs.country.as_str(),
            d.inputs.metro
        ),
        ("frontend", "Germany", Some(41860))
    );
    let d = decode("role=Back%20End&country=%3Cb%3E&metro=0", &[]);
    assert_eq!(d.notices.len(), 3, "{:?}", d.notices);
    assert_eq!(d.inputs, Inputs::default());
}

#[test]
fn boundaries_are_inclusive() {
    assert_eq!(decode("y=50", &[]).inputs.years, 50);
    assert_eq!(decode("y=0", &[]).inputs.years, 0);
    assert_eq!(decode("y=51", &[]).notices.len(), 1);
    assert_eq!(decode("y=-1", &[]).notices.len(), 1);
    assert_eq!(decode("y=1e1", &[]).notices.len(), 1);
    assert_eq!(
        decode("lang.php=-90", &[]).inputs.assumptions.language_pct[Language::Php.index()],
        -90
    );
    assert_eq!(decode("lang.php=-91", &[]).notices.len(), 1);
}

#[test]
fn passthrough_parameters_are_returned_not_reported() {
    let d = decode("embed=1&theme=dark&y=4", &["embed", "theme"]);
    assert!(d.notices.is_empty());
    assert_eq!(
        d.passthrough,
        vec![
            ("embed".to_string(), "1".to_string()),
            ("theme".to_string(), "dark".to_string())
        ]
    );
    assert_eq!(d.inputs.years, 4);
}

#[test]
fn tracking_parameters_are_ignored_without_a_notice() {
    let d = decode(
        "?y=7&utm_source=newsletter&utm_medium=email&fbclid=IwAR0abc&gclid=xyz&colour=red&utm_source=again",
        &[],
    );
    assert_eq!(d.inputs.years, 7);
    assert_eq!(d.applied, 1);
    // Only the genuinely unknown parameter is reported (a tag given twice,
    // as a mail tool may add one to a link that has it, is no notice either).
    let params: Vec<&str> = d.notices.iter().map(|n| n.param.as_str()).collect();
    assert_eq!(params, vec!["colour"], "{:?}", d.notices);
}

#[test]
fn broken_encoding_and_huge_input_do_not_panic() {
    assert_eq!(percent_decode("%E2%82%AC"), Some("€".into()));
    assert_eq!(percent_decode("%E2%82"), None, "truncated UTF-8");
    assert_eq!(percent_decode("%G1"), None);
    assert_eq!(percent_decode("%4"), None);
    let d = decode("%ZZ=1&y=%FF&=&&&=x", &[]);
    assert!(d.notices.len() >= 2);
    let long = "a=".to_string() + &"€".repeat(5000);
    let d = decode(&long, &[]);
    assert!(d.notices.iter().any(|n| n.message.contains("Longer than")));
    let many = (0..500)
        .map(|k| format!("k{k}=1"))
        .collect::<Vec<_>>()
        .join("&");
    let d = decode(&many, &[]);
    assert!(
        d.notices.len() <= 66,
        "notices are bounded: {}",
        d.notices.len()
    );
}

#[test]
fn the_own_rate_keeps_its_currency_and_old_links_mean_dollars() {
    // A link made before the rate had a currency: dollars, as it always meant.
    let old = decode("mode=freelance&basis=custom&rate=95", &[]);
    assert!(old.notices.is_empty(), "{:?}", old.notices);
    assert_eq!(
        (old.inputs.custom_rate, old.inputs.rate_currency),
        (95, Currency::Usd)
    );
    assert_eq!(old.inputs.own_rate_in(Currency::Usd), 95.0);
    // Old links still reject what they rejected.
    let d = decode("rate=2001", &[]);
    assert_eq!(d.inputs, Inputs::default());
    assert_eq!(d.notices.len(), 1);
    // Rupees round-trip exactly, whichever currency the page shows.
    for page in Currency::ALL {
        let i = Inputs {
            mode: Mode::Freelance,
            rate_basis: RateBasis::Custom,
            custom_rate: 2500,
            rate_currency: Currency::Inr,
            currency: *page,
            ..Inputs::default()
        };
        let q = encode(&i);
        assert!(q.contains("rate=2500&ratecur=inr"), "{q}");
        let d = decode(&q, &[]);
        assert!(d.notices.is_empty(), "{:?}", d.notices);
        assert_eq!(d.inputs, i);
    }
    // The parameters in either order; an unknown currency falls back to dollars with a notice.
    let d = decode("ratecur=inr&rate=150000", &[]);
    assert!(d.notices.is_empty());
    assert_eq!(d.inputs.custom_rate, 150_000);
    let d = decode("rate=150000&ratecur=inr", &[]);
    assert_eq!(d.inputs.custom_rate, 150_000);
    let d = decode("rate=150000&ratecur=%3Cb%3E", &[]);
    let named: Vec<&str> = d.notices.iter().map(|n| n.param.as_str()).collect();
    assert_eq!(named, ["ratecur", "rate"]);
    assert_eq!(
        (d.inputs.custom_rate, d.inputs.rate_currency),
        (60, Currency::Usd)
    );
    let d = decode("rate=2500&ratecur=usd", &[]);
    assert_eq!(d.notices.len(), 1, "{:?}", d.notices);
    let d = decode("rate=25&ratecur=usd", &[]);
    assert!(d.notices.is_empty());
    assert_eq!(encode(&d.inputs), "rate=25");
}

#[test]
fn only_inputs_that_refer_to_the_survey_data_need_it_at_start() {
    use backend_salary_calc::core::compare::needs_survey_data;
    // The default view loads no data: every section that shows it is closed.
    assert!(!needs_survey_data(&Inputs::default()));
    let plain = decode("y=12&loc=india&lang=java&cur=inr&mode=freelance", &[]);
    assert!(plain.notices.is_empty(), "{:?}", plain.notices);
    assert!(!needs_survey_data(&plain.inputs));
    // Each of these can only be resolved or checked with the data.
    for q in [
        "loc=metro",
        "metro=41860",
        "role=frontend",
        "country=Germany",
    ] {
        let d = decode(q, &[]);
        assert!(d.notices.is_empty(), "{q}: {:?}", d.notices);
        assert!(needs_survey_data(&d.inputs), "{q} needs the data");
    }
}

/// From the hostile-input round of 7 Dec: a zero-width space hid in a
/// quoted value ("“backend” is not a role code; using backend"), a nameless
/// parameter had a nameless notice, a repeated parameter said "the first
/// value is used" beside "using 3", and a scenario saved as `y=3&` three
/// thousand times listed "y" sixty times; a right-to-left override turned
/// a scenario's name around.
#[test]
fn hostile_notices_say_what_happened() {
    let d = decode("role=%E2%80%8Bbackend", &[]);
    assert_eq!(d.notices.len(), 1);
    assert!(
        d.notices[0].message.contains("“?backend”"),
        "{}",
        d.notices[0].message
    );

    let d = decode("=5&y=9", &[]);
    assert_eq!(d.inputs.years, 9);
    assert_eq!(d.notices[0].param, "(no name)");

    let d = decode("y=abc&y=5", &[]);
    let again = d
        .notices
        .iter()
        .find(|n| n.message.contains("more than once"))
        .unwrap();
    assert_eq!(
        again.message,
        "Given more than once; only the first value is read."
    );
    assert!(!d
        .notices
        .iter()
        .any(|n| n.message.contains("first value is used")));

    let stored = format!("Many\t{}", "y=abc&".repeat(3000));
    let (_, notices) = backend_salary_calc::core::scenarios::parse(&stored);
    let n = notices
        .iter()
        .find(|n| n.param.contains("Many"))
        .expect("a notice for it");
    assert_eq!(
        n.message,
        "Some of its values could not be read (its length, y); defaults stand in for them."
    );

    let (list, _) = backend_salary_calc::core::scenarios::parse("\u{202E}evil name 123\ty=4");
    assert_eq!(list[0].name, "evil name 123");
}

/// Inputs after `#` are not read; the reader is told so.
#[test]
fn inputs_after_the_fragment_get_a_notice() {
    use backend_salary_calc::core::codec::fragment_notice;
    let n = fragment_notice("y=20&loc=sf").expect("a notice");
    assert!(n.message.contains("after ? instead"), "{}", n.message);
    assert_eq!(fragment_notice("sources"), None, "an anchor is not inputs");
    assert_eq!(fragment_notice(""), None);
}
