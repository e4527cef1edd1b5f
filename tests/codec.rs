//! The URL/state codec: round trips, and hostile input that must never panic.

use backend_salary_calc::core::codec::{decode, encode, percent_decode};
use backend_salary_calc::core::inputs::*;

/// A small deterministic generator, so failures reproduce.
struct Lcg(u64);
impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        self.0 >> 33
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
    fn pick<T: Copy>(&mut self, xs: &[T]) -> T {
        xs[self.below(xs.len() as u64) as usize]
    }
}

fn random_inputs(r: &mut Lcg) -> Inputs {
    let mut i = Inputs {
        years: r.below(51) as u32,
        location: r.pick(Location::ALL),
        language: r.pick(Language::ALL),
        industry: r.pick(Industry::ALL),
        mode: r.pick(Mode::ALL),
        rate_basis: r.pick(RateBasis::ALL),
        custom_rate: 1 + r.below(2000) as u32,
        hours_per_week: 1 + r.below(80) as u32,
        weeks_per_year: 1 + r.below(52) as u32,
        currency: r.pick(Currency::ALL),
        metro: if r.below(3) == 0 { Some(1 + r.below(99_999) as u32) } else { None },
        role: r.pick(&["backend", "frontend", "fullstack", "eng-manager", "ai-ml-engineer"]).to_string(),
        country: r.pick(&["", "Germany", "United States of America", "Côte d'Ivoire", "Bosnia & Herzegovina"]).to_string(),
        assumptions: Assumptions::default(),
    };
    let a = &mut i.assumptions;
    if r.below(2) == 0 {
        a.language_pct[1 + r.below(5) as usize] = r.below(391) as i32 - 90;
        a.industry_pct[1 + r.below(6) as usize] = r.below(391) as i32 - 90;
        a.region_pct[r.below(5) as usize] = r.below(391) as i32 - 90;
        a.per_usd[1 + r.below(3) as usize] = (1 + r.below(1_000_000)) as f64 / 1000.0;
        a.primary = r.pick(ExperienceSource::ALL);
        a.paid_hours = 1000 + r.below(2001) as u32;
    }
    i
}

#[test]
fn defaults_encode_to_nothing() {
    assert_eq!(encode(&Inputs::default()), "");
    let d = decode("", &[]);
    assert_eq!(d.inputs, Inputs::default());
    assert!(d.notices.is_empty());
}

#[test]
fn random_inputs_round_trip_exactly() {
    let mut r = Lcg(42);
    for _ in 0..2000 {
        let i = random_inputs(&mut r);
        let q = encode(&i);
        let d = decode(&q, &[]);
        assert!(d.notices.is_empty(), "{q}: {:?}", d.notices);
        assert_eq!(d.inputs, i, "{q}");
        assert_eq!(encode(&d.inputs), q, "encoding is canonical");
    }
}

#[test]
fn a_typical_address_decodes() {
    let d = decode("?y=12&loc=sf&lang=python&ind=finance&mode=freelance&cur=inr&lang.python=7&fx.inr=90.5", &[]);
    assert!(d.notices.is_empty(), "{:?}", d.notices);
    let i = d.inputs;
    assert_eq!((i.years, i.location, i.language, i.industry, i.mode, i.currency), (12, Location::SanFrancisco, Language::Python, Industry::Finance, Mode::Freelance, Currency::Inr));
    assert_eq!(i.assumptions.language_pct[Language::Python.index()], 7);
    assert_eq!(i.assumptions.per_usd[Currency::Inr.index()], 90.5);
}

#[test]
fn hostile_parameters_fall_back_with_named_notices() {
    let d = decode("y=abc&loc=mars&zzz=%3Cscript%3Ealert(1)%3C%2Fscript%3E&y=5&cur=btc&hpw=0&fx.usd=2&fx.inr=0&lang.any=5&ind.finance=9999", &[]);
    assert_eq!(d.inputs, Inputs::default(), "every value here is unusable");
    let named: Vec<&str> = d.notices.iter().map(|n| n.param.as_str()).collect();
    for p in ["y", "loc", "zzz", "cur", "hpw", "fx.usd", "fx.inr", "lang.any", "ind.finance"] {
        assert!(named.contains(&p), "no notice names {p}: {named:?}");
    }
    // The repeated y is reported, and the first (bad) value was not replaced by the second.
    assert!(d.notices.iter().any(|n| n.param == "y" && n.message.contains("more than once")));
    assert!(d.notices.iter().any(|n| n.message.contains("“abc”")));
}

#[test]
fn survey_selection_is_checked_for_shape() {
    let d = decode("role=frontend&country=Germany&metro=41860&loc=metro", &[]);
    assert!(d.notices.is_empty(), "{:?}", d.notices);
    assert_eq!((d.inputs.role.as_str(), d.inputs.country.as_str(), d.inputs.metro), ("frontend", "Germany", Some(41860)));
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
    assert_eq!(decode("lang.php=-90", &[]).inputs.assumptions.language_pct[Language::Php.index()], -90);
    assert_eq!(decode("lang.php=-91", &[]).notices.len(), 1);
}

#[test]
fn passthrough_parameters_are_returned_not_reported() {
    let d = decode("embed=1&theme=dark&y=4", &["embed", "theme"]);
    assert!(d.notices.is_empty());
    assert_eq!(d.passthrough, vec![("embed".to_string(), "1".to_string()), ("theme".to_string(), "dark".to_string())]);
    assert_eq!(d.inputs.years, 4);
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
    assert!(d.notices.iter().any(|n| n.message.contains("longer than")));
    let many = (0..500).map(|k| format!("k{k}=1")).collect::<Vec<_>>().join("&");
    let d = decode(&many, &[]);
    assert!(d.notices.len() <= 66, "notices are bounded: {}", d.notices.len());
}

#[test]
fn random_bytes_never_panic_and_notices_stay_short() {
    let mut r = Lcg(7);
    let alphabet: Vec<char> = "ay=&%+.0159-_lcfxEF€<>\"' \u{0}\u{7f}lang.ind.region.fx.locsrc".chars().collect();
    for _ in 0..5000 {
        let len = r.below(80) as usize;
        let s: String = (0..len).map(|_| r.pick(&alphabet)).collect();
        let d = decode(&s, &["embed"]);
        for n in &d.notices {
            assert!(n.param.chars().count() <= 33, "{:?}", n.param);
            assert!(!n.param.chars().any(|c| c.is_control()));
        }
        // Whatever was accepted must survive a round trip.
        assert_eq!(decode(&encode(&d.inputs), &[]).inputs, d.inputs);
    }
}
