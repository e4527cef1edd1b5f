//! The parameter table drives decoding and encoding: every row reads what it
//! writes, links keep their historical order, and bad values name the
//! parameter's bounds and default.

use bdsc_core::codec::{decode, encode, query};
use bdsc_core::inputs::{
    bounds, Currency, ExperienceSource, Industry, Inputs, Language, Location, Mode, RateBasis,
    Region,
};
use bdsc_core::params::{self, Kind, INPUTS, VIEW};
use bdsc_core::view::{Theme, ViewOptions};

/// Inputs with every parameter changed from its default.
fn all_changed() -> Inputs {
    let mut i = Inputs {
        years: 12,
        location: Location::UsMetro,
        language: Language::Python,
        industry: Industry::Finance,
        mode: Mode::Freelance,
        rate_basis: RateBasis::Custom,
        custom_rate: 2500,
        rate_currency: Currency::Inr,
        hours_per_week: 35,
        weeks_per_year: 44,
        currency: Currency::Eur,
        metro: Some(12420),
        role: "frontend".into(),
        country: "Germany".into(),
        ..Inputs::default()
    };
    let a = &mut i.assumptions;
    a.primary = ExperienceSource::Midpoint;
    a.paid_hours = 1900;
    a.anchor_tenths = [5, 30, 80, 250];
    a.lead_hold = false;
    a.city_on_guild = false;
    a.india_shape = false;
    a.language_pct[Language::Php.index()] = -7;
    a.industry_pct[Industry::Media.index()] = 11;
    a.region_pct[Region::Asia.index()] = -50;
    a.per_usd[Currency::Inr.index()] = 90.5;
    i
}

#[test]
fn links_keep_the_historical_order() {
    // The order the hand-written encoder used, so saved links and stored
    // inputs stay byte-identical.
    assert_eq!(
        encode(&all_changed()),
        "y=12&loc=metro&lang=python&ind=finance&mode=freelance&basis=custom&rate=2500&ratecur=inr&hpw=35&wpy=44&cur=eur\
         &metro=12420&role=frontend&country=Germany&src=midpoint&hpy=1900&anc0=5&anc1=30&anc2=80&anc3=250&hold=0&cityg=0&inshape=0&lang.php=-7&ind.media=11\
         &region.asia=-50&fx.inr=90.5"
    );
}

#[test]
fn every_row_reads_what_it_writes() {
    let i = all_changed();
    let d = decode(&encode(&i), &[]);
    assert!(d.notices.is_empty(), "{:?}", d.notices);
    assert_eq!(d.inputs, i);
    // Each pair on its own, too: no row depends on another.
    for (k, v) in params::write(INPUTS, &i) {
        let mut one = Inputs::default();
        params::read(INPUTS, &mut one, &k, &v).unwrap_or_else(|e| panic!("{k}={v}: {e}"));
        assert_eq!(params::write(INPUTS, &one), vec![(k, v)]);
    }
    // Every row that is not a family wrote something.
    let written = params::write(INPUTS, &i);
    for p in INPUTS.iter().filter(|p| !p.is_family()) {
        assert!(
            written.iter().any(|(k, _)| k == p.key),
            "{} not written",
            p.key
        );
    }
}

#[test]
fn query_puts_the_view_after_the_inputs() {
    let view = ViewOptions {
        embed: true,
        data: false,
        theme: Theme::Light,
        accent: 5,
        ..ViewOptions::default()
    };
    let i = Inputs {
        years: 4,
        ..Inputs::default()
    };
    assert_eq!(
        query(&i, &view),
        "y=4&embed=1&data=0&theme=light&accent=teal"
    );
    assert_eq!(query(&Inputs::default(), &ViewOptions::default()), "");
    let (back, notices) = ViewOptions::from_params(&params::write(VIEW, &view));
    assert!(notices.is_empty());
    assert_eq!(back, view);
}

#[test]
fn bad_values_name_bounds_and_defaults() {
    let msg = |q: &str| {
        decode(q, &[])
            .notices
            .into_iter()
            .map(|n| format!("{}: {}", n.param, n.message))
            .collect::<Vec<_>>()
    };
    assert_eq!(
        msg("y=51"),
        ["y: “51” is not a whole number from 0 to 50; using 3."]
    );
    assert_eq!(
        msg("loc=mars"),
        ["loc: “mars” is not a known location; using US national average."]
    );
    assert_eq!(
        msg("metro=0"),
        ["metro: “0” is not a DOL area id; ignored."]
    );
    assert_eq!(
        msg("role=Back%20End"),
        ["role: “Back End” is not a role code; using backend."]
    );
    assert_eq!(
        msg("country=%3Cb%3E"),
        ["country: “<b>” is not a country name; the location decides."]
    );
    assert_eq!(msg("lang.any=5"), ["lang.any: Unknown language; ignored."]);
    assert_eq!(
        msg("ind.finance=301"),
        ["ind.finance: “301” is not a whole percentage from -90 to 300; the default is used."]
    );
    assert_eq!(msg("fx.usd=2"), ["fx.usd: Unknown currency; ignored."]);
    // The own rate's bounds are those of its currency, in either order.
    let too_high = format!(
        "rate: More than {} an hour ({} in rupees); using {}.",
        bounds::RATE.1,
        bounds::RATE_INR.1,
        Inputs::default().custom_rate
    );
    assert_eq!(msg("rate=2001"), [too_high.as_str()]);
    assert_eq!(msg("ratecur=gbp&rate=2500"), [too_high.as_str()]);
    assert_eq!(bounds::RATE.0, bounds::RATE_INR.0);
    assert!(msg("rate=200000&ratecur=inr").is_empty());
    assert_eq!(
        msg("ratecur=btc"),
        ["ratecur: “btc” is not a known currency of the own rate; using US dollar (USD)."]
    );
    assert_eq!(
        msg("fx.inr=0"),
        ["fx.inr: “0” is not a usable exchange rate; using 85.6."]
    );
    assert_eq!(
        msg("zzz=1&lang.=1&.x=1"),
        [
            "zzz: Unknown parameter; ignored.",
            "lang.: Unknown language; ignored.",
            ".x: Unknown parameter; ignored."
        ]
    );
    let (_, n) = ViewOptions::from_params(&[
        ("theme".into(), "</style>".into()),
        ("embed".into(), "yes".into()),
    ]);
    assert_eq!(
        n[0].message,
        "“</style>” is not a known colour scheme; using auto."
    );
    assert_eq!(n[1].message, "“yes” is not 1 or 0; ignored.");
}

#[test]
fn bounds_in_the_table_are_inclusive() {
    for p in INPUTS {
        if let Kind::Int(_, (lo, hi)) = p.kind {
            // The own rate's widest bounds are the rupee's.
            let cur = if p.key == "rate" { "&ratecur=inr" } else { "" };
            for (v, ok) in [(lo, true), (hi, true), (hi + 1, false)] {
                let d = decode(&format!("{}={v}{cur}", p.key), &[]);
                assert_eq!(d.notices.is_empty(), ok, "{}={v}", p.key);
            }
        }
    }
}

/// A right-to-left override in a link, quoted in a notice, reversed the rest
/// of the page's sentence: direction marks are quoted as '?'.
#[test]
fn quoted_text_cannot_turn_the_sentence_around() {
    use bdsc_core::codec::{decode, quote};
    assert_eq!(quote("\u{202E}abc\u{2067}d\u{200F}"), "?abc?d?");
    let d = decode("y=%E2%80%AEabc&%E2%80%AEy=1", &[]);
    assert_eq!(d.notices.len(), 2, "{:?}", d.notices);
    for n in &d.notices {
        assert!(
            !format!("{}{}", n.param, n.message).contains('\u{202E}'),
            "{n:?}"
        );
    }
}
