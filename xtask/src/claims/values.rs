//! Claims that state one value: the US average, the PayScale and Software
//! Guild ladders, the city premiums, India, and the hourly rates.

use bdsc_core::dataset::{self as ds, Figure};
use bdsc_core::inputs::{Currency, Location};
use bdsc_core::survey::{
    Claim, ClaimDist, ClaimFigure, Verdict, CITY_TOLERANCE_POINTS, MIN_N, YEARS_BANDS,
};

use super::{
    bls_dist, claim, dist, level_dist, med_fig, position, usd, value_verdict, Ctx, SRC24, SRC_AIJ,
    SRC_BLS, SRC_DOL, US,
};
use crate::sources::{pays, working, Resp};

fn us_backend(r: &Resp) -> bool {
    r.country == US && r.role == "backend"
}

/// "$89,766 per year" (a national average of all backend developers) against
/// BLS's published distribution; Stack Overflow's US back-end beside it.
pub fn us_average(c: &Ctx) -> Claim {
    let f = ds::US_AVERAGE;
    let v = pays(c.s24, us_backend);
    let bls = bls_dist(c.bls, true);
    let so = dist(
        "US back-end developers (Stack Overflow 2024, total pay)",
        &v,
        SRC24,
        false,
    );
    let (verdict, text) = value_verdict(f.value, &bls);
    let (so_v, so_text) = value_verdict(f.value, &so);
    let data = vec![
        ClaimFigure {
            label: "US software developers 15-1252, median".into(),
            value: c.bls.p50 as f64,
            unit: "USD/yr".into(),
            n: 0,
            employment: c.bls.employment,
            ci: None,
            source: SRC_BLS.into(),
        },
        med_fig("US back-end, median".into(), &v, SRC24),
    ];
    let mut cl = claim(
        f.id,
        &[&f],
        // Each claim's line names what it is about: "+28%" alone, read out
        // by a screen reader or in a narrow row, said nothing of the city.
        format!("US average: {} per year", usd(f.value)),
        data,
        (verdict, format!("{text} Beside it ({}): {so_text}", so_v.code())),
        "BLS OEWS: an employer survey of base wages of all US software developers, the population closest to a national average of all backend developers. Stack Overflow is self-selected and reports total pay (bonuses included), so it is shown beside, not used for the verdict.".into(),
    );
    cl.dists = vec![bls, so];
    cl
}

/// The US pay of one years band, back-end when the band has `MIN_N`
/// back-end respondents, otherwise all working roles; with the reason.
fn us_band(c: &Ctx, band: u8) -> (ClaimDist, Vec<f64>, String) {
    let blabel = YEARS_BANDS[band as usize].2;
    let v = pays(c.s24, |r| us_backend(r) && r.band == Some(band));
    if v.len() >= MIN_N as usize {
        let label = format!(
            "US back-end developers with {blabel} of professional coding (Stack Overflow 2024)"
        );
        return (dist(&label, &v, SRC24, true), v, String::new());
    }
    let pre = format!(
        "Only {} US back-end respondents have {blabel}, so all US working roles are used. ",
        v.len()
    );
    let v = pays(c.s24, |r| {
        r.country == US && r.band == Some(band) && working(r)
    });
    let label = format!("US developers, all working roles, with {blabel} of professional coding (Stack Overflow 2024)");
    (dist(&label, &v, SRC24, true), v, pre)
}

/// Why the experience ladders rest on Stack Overflow by experience.
const LADDER_BASIS: &str = "Stack Overflow 2024, US, by years of professional coding: the only source that measures pay by experience for the article's population (BLS has no experience breakdown; aijobs.net is mostly AI/ML roles, many rows likely from job postings). The survey's bands are 0–1, 2–4 and 5–9 years: the article's \"1–4 years\" is read as 2–4 (one year counts in the 0–1 band).";

/// The reports' ladder (unnamed in the article) by years of professional coding (2024).
pub fn payscale(c: &Ctx) -> Vec<Claim> {
    [
        (ds::PS_JUNIOR, 0u8, "< 1 year"),
        (ds::PS_MID, 1, "1–4 years"),
        (ds::PS_SENIOR, 2, "5–9 years"),
    ]
    .into_iter()
    .map(|(f, band, years)| {
        let (d, v, pre) = us_band(c, band);
        let (verdict, text) = value_verdict(f.value, &d);
        let blabel = YEARS_BANDS[band as usize].2;
        let data = vec![med_fig(format!("US, {blabel}, median"), &v, SRC24)];
        let mut cl = claim(
            f.id,
            &[&f],
            format!("Reports, {years}: {}", usd(f.value)),
            data,
            (verdict, format!("{pre}{text}")),
            LADDER_BASIS.into(),
        );
        cl.dists = vec![d];
        cl
    })
    .collect()
}

/// The Software Guild ladder against Stack Overflow by experience (entry
/// 0–1, mid 2–4, senior 5–9 years, the article's own ladder), with
/// aijobs.net's experience levels beside it.
pub fn software_guild(c: &Ctx) -> Vec<Claim> {
    let mut out = Vec::new();
    for (f, lvl, band, level) in [
        (ds::SG_ENTRY, "EN", 0u8, "entry level"),
        (ds::SG_MID, "MI", 1, "mid level"),
        (ds::SG_SENIOR, "SE", 2, "senior"),
    ] {
        let (d, v, pre) = us_band(c, band);
        let (verdict, text) = value_verdict(f.value, &d);
        let blabel = YEARS_BANDS[band as usize].2;
        let mut data = vec![med_fig(format!("US, {blabel}, median"), &v, SRC24)];
        let mut dists = vec![d];
        let mut beside = String::new();
        if let Some(row) = c.aij.iter().find(|a| a.level == lvl) {
            let a = level_dist(
                &format!("US Software/Backend Engineer salaries, level {lvl} (aijobs.net; many likely from job postings)"),
                row.stats,
                SRC_AIJ,
                false,
            );
            let (av, at) = position(f.value, &a);
            beside = format!(" Beside it ({}): {at}", av.code());
            data.push(ClaimFigure {
                label: format!("US Software/Backend Engineer, {lvl}, median"),
                value: row.stats.p50 as f64,
                unit: "USD/yr".into(),
                n: row.stats.n,
                employment: 0,
                ci: None,
                source: SRC_AIJ.into(),
            });
            dists.push(a);
        }
        let mut cl = claim(
            f.id,
            &[&f],
            format!("Software Guild, {level}: {}", usd(f.value)),
            data,
            (verdict, format!("{pre}{text}{beside}")),
            format!("{LADDER_BASIS} Software Guild gives levels, not years, so entry/mid/senior are read as the article's 0–1 / 1–4 / 5–9 years."),
        );
        cl.dists = dists;
        out.push(cl);
    }
    out
}

/// "+28%" / "−29%": a signed whole percentage as the article writes it.
fn signed_pct(v: f64) -> String {
    if v >= 0.0 {
        format!("+{v}%")
    } else {
        format!("−{}%", -v)
    }
}

/// Why city premiums rest on DOL.
const CITY_BASIS: &str = "DOL OFLC Level III for 15-1252 in the metro area against BLS's published national mean: employer wage data for all software developers, like the article's national average; no survey has enough respondents per city.";

/// City premiums against the DOL Level III factors: within
/// `CITY_TOLERANCE_POINTS` agrees.
pub fn cities(c: &Ctx) -> Vec<Claim> {
    let mut out = Vec::new();
    for city in [
        Location::SanFrancisco,
        Location::Chicago,
        Location::Boston,
        Location::Orlando,
    ] {
        // The core names each city's premium and DOL area, for the page's
        // cities chart too.
        let (Some(&f), Some(area)) = (city.city_premium(), city.dol_area()) else {
            continue;
        };
        let art = signed_pct(f.value);
        let line = format!("{}: {art}", city.label().trim_end_matches(", US"));
        let Some(a) = c.areas.iter().find(|a| a.id == area) else {
            out.push(claim(
                f.id,
                &[&f],
                line,
                vec![],
                (Verdict::CantTell, format!("DOL area {area} is missing.")),
                CITY_BASIS.into(),
            ));
            continue;
        };
        let factor = a.to_metro(c.nat_l3_cents).factor_pct();
        let diff = (f.value - factor).abs();
        let verdict = if diff <= CITY_TOLERANCE_POINTS {
            Verdict::Agrees
        } else {
            Verdict::Disagrees
        };
        let sign = if factor >= 0.0 {
            format!("+{factor:.1}%")
        } else {
            format!("−{:.1}%", -factor)
        };
        let text = format!(
            "DOL Level III for {} is ${:.2}/h, {sign} against the national reference of ${:.2}/h (BLS published mean); the article's {art} is {diff:.1} points away ({} {CITY_TOLERANCE_POINTS}).",
            a.name,
            a.cents[2] as f64 / 100.0,
            c.nat_l3_cents / 100.0,
            if diff <= CITY_TOLERANCE_POINTS { "within" } else { "more than" }
        );
        let data = vec![ClaimFigure {
            label: format!("{} vs national", a.name),
            value: factor,
            unit: "%".into(),
            n: 0,
            employment: 0,
            ci: None,
            source: SRC_DOL.into(),
        }];
        out.push(claim(
            f.id,
            &[&f],
            line,
            data,
            (verdict, text),
            CITY_BASIS.into(),
        ));
    }
    out
}

/// "₹7 lakh per year" at the core's INR rate against back-end pay in India.
pub fn india(c: &Ctx) -> Claim {
    let f = ds::INDIA_AVERAGE;
    let rate = Currency::Inr.default_per_usd();
    let usd_v = f.value / rate;
    let lakh = format!("₹{} lakh", f.value / 100_000.0);
    let v = pays(c.s24, |r| r.country == "India" && r.role == "backend");
    let d = dist(
        "back-end developers in India (Stack Overflow 2024)",
        &v,
        SRC24,
        true,
    );
    let (verdict, text) = value_verdict(usd_v, &d);
    let data = vec![med_fig("India back-end, median".into(), &v, SRC24)];
    let mut cl = claim(
        f.id,
        &[&f],
        format!("India average: {lakh} per year"),
        data,
        (
            verdict,
            // "… is $8,178; it is between …": the amount once. Said twice,
            // the second was shown in rupees, ₹7,00,037 beside "₹7 lakh".
            {
                let rest = text
                    .strip_prefix(&format!("{} ", usd(usd_v)))
                    .map_or(text.clone(), |r| format!("it {r}"));
                format!("{lakh} at {rate} INR/USD is {}; {rest}", usd(usd_v))
            },
        ),
        "Stack Overflow 2024, back-end developers in India: the only source with Indian pay."
            .into(),
    );
    cl.dists = vec![d];
    cl
}

/// The freelance hourly rates: no source measures them.
pub fn hourly() -> Claim {
    let figures: [&Figure; 8] = [
        &ds::HOURLY_NA_LOW,
        &ds::HOURLY_LATAM_LOW,
        &ds::HOURLY_WEU_LOW,
        &ds::HOURLY_EEU_LOW,
        &ds::HOURLY_ASIA_LOW,
        &ds::RATE_ENTRY,
        &ds::RATE_MID,
        &ds::RATE_SENIOR,
    ];
    claim(
        "hourly-rates",
        &figures,
        "Freelance hourly ranges by region ($80–100 North America … $21–50 Asia) and $20/$35/$50+ by level".into(),
        vec![],
        (Verdict::CantTell,
        "None of the sources records freelance hourly rates: the surveys give annual pay of (mostly) employees and DOL levels are employer wage floors, and dividing annual pay by 2,080 hours would not measure a freelancer's billing rate.".into()),
        "No population: no source records freelance rates.".into(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn article_figures_are_written_as_the_article_does() {
        assert_eq!(
            (signed_pct(28.0), signed_pct(-29.0), signed_pct(6.0)),
            ("+28%".into(), "−29%".into(), "+6%".into())
        );
        let h = hourly();
        assert_eq!(h.figure_ids.len(), 8);
        assert!(h.figure_ids.iter().all(|id| ds::figure(id).is_some()));
    }
}
