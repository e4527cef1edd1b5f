//! Claims that state one value: the US average, the PayScale and Software
//! Guild ladders, the city premiums, India, and the hourly rates.

use bdsc_core::dataset::{self as ds, Figure};
use bdsc_core::inputs::Currency;
use bdsc_core::survey::{Claim, ClaimFigure, Verdict, MIN_N, YEARS_BANDS};

use super::{
    claim, med_fig, position, usd, value_verdict, Ctx, SRC24, SRC_AIJ, SRC_BLS, SRC_DOL, US,
};
use crate::sources::{pays, Resp};

fn us_backend(r: &Resp) -> bool {
    r.country == US && r.role == "backend"
}

/// "$89,766 per year" against US back-end pay, with BLS for reference.
pub fn us_average(c: &Ctx) -> Claim {
    let f = ds::US_AVERAGE;
    let v = pays(c.s24, us_backend);
    let (verdict, mut text) =
        value_verdict(f.value, &v, "US back-end developers, Stack Overflow 2024");
    text.push_str(&format!(
        " For reference, BLS puts all US software developers (15-1252) at a median of {} (p10 {}).",
        usd(c.bls.p50 as f64),
        usd(c.bls.p10 as f64)
    ));
    let data = vec![
        med_fig("US back-end, median".into(), &v, SRC24),
        ClaimFigure {
            label: "US software developers 15-1252, median".into(),
            value: c.bls.p50 as f64,
            unit: "USD/yr".into(),
            n: c.bls.employment,
            source: SRC_BLS.into(),
        },
    ];
    claim(
        f.id,
        &[&f],
        format!("{} per year", usd(f.value)),
        data,
        verdict,
        text,
    )
}

/// The PayScale ladder by years of professional coding (2024); all US roles
/// when a band has fewer than `MIN_N` back-end respondents.
pub fn payscale(c: &Ctx) -> Vec<Claim> {
    [(ds::PS_JUNIOR, 0u8, "< 1 year"), (ds::PS_MID, 1, "1–4 years"), (ds::PS_SENIOR, 2, "5–9 years")]
        .into_iter()
        .map(|(f, band, years)| {
            let blabel = YEARS_BANDS[band as usize].2;
            let mut v = pays(c.s24, |r| us_backend(r) && r.band == Some(band));
            let mut what = format!("US back-end developers with {blabel} of professional coding, Stack Overflow 2024");
            let mut pre = String::new();
            if v.len() < MIN_N as usize {
                pre = format!("Only {} US back-end respondents have {blabel}, so all US developer roles are used. ", v.len());
                v = pays(c.s24, |r| r.country == US && r.band == Some(band));
                what = format!("US developers (all roles) with {blabel} of professional coding, Stack Overflow 2024");
            }
            let (verdict, text) = value_verdict(f.value, &v, &what);
            let data = vec![med_fig(format!("US, {blabel}, median"), &v, SRC24)];
            claim(f.id, &[&f], format!("{} ({years})", usd(f.value)), data, verdict, format!("{pre}{text}"))
        })
        .collect()
}

/// The Software Guild ladder against aijobs.net experience levels.
pub fn software_guild(c: &Ctx) -> Vec<Claim> {
    let mut out = Vec::new();
    for (f, lvl, level) in [
        (ds::SG_ENTRY, "EN", "entry level"),
        (ds::SG_MID, "MI", "mid level"),
        (ds::SG_SENIOR, "SE", "senior"),
    ] {
        let Some(row) = c.aij.iter().find(|a| a.level == lvl) else {
            continue;
        };
        let p = row.stats;
        let (verdict, text) = if p.n < MIN_N {
            (
                Verdict::CantTell,
                format!("Only {} aijobs.net rows at level {lvl}.", p.n),
            )
        } else {
            position(
                f.value,
                &p,
                &format!("US Software/Backend Engineer salaries at aijobs.net level {lvl}"),
                "",
            )
        };
        let data = vec![ClaimFigure {
            label: format!("US Software/Backend Engineer, {lvl}, median"),
            value: p.p50 as f64,
            unit: "USD/yr".into(),
            n: p.n,
            source: SRC_AIJ.into(),
        }];
        out.push(claim(
            f.id,
            &[&f],
            format!("{} ({level})", usd(f.value)),
            data,
            verdict,
            text,
        ));
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

/// City premiums against the DOL Level III factors: within 10 points agrees.
pub fn cities(c: &Ctx) -> Vec<Claim> {
    let mut out = Vec::new();
    for (f, area) in [
        (ds::SAN_FRANCISCO, 41860u32),
        (ds::CHICAGO, 16980),
        (ds::BOSTON, 14460),
        (ds::ORLANDO, 36740),
    ] {
        let art = signed_pct(f.value);
        let Some(a) = c.areas.iter().find(|a| a.id == area) else {
            out.push(claim(
                f.id,
                &[&f],
                art,
                vec![],
                Verdict::CantTell,
                format!("DOL area {area} is missing."),
            ));
            continue;
        };
        let factor = a.to_metro(c.nat_l3_cents).factor_pct();
        let diff = (f.value - factor).abs();
        let verdict = if diff <= 10.0 {
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
            "DOL Level III for {} is ${:.2}/h, {sign} against the national Level III of ${:.2}/h; the article's {art} is {diff:.1} points away ({} 10).",
            a.name,
            a.cents[2] as f64 / 100.0,
            c.nat_l3_cents / 100.0,
            if diff <= 10.0 { "within" } else { "more than" }
        );
        let data = vec![ClaimFigure {
            label: format!("{} vs national", a.name),
            value: factor,
            unit: "%".into(),
            n: 0,
            source: SRC_DOL.into(),
        }];
        out.push(claim(f.id, &[&f], art, data, verdict, text));
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
    let (verdict, text) = value_verdict(
        usd_v,
        &v,
        "back-end developers in India, Stack Overflow 2024",
    );
    let data = vec![med_fig("India back-end, median".into(), &v, SRC24)];
    claim(
        f.id,
        &[&f],
        format!("{lakh} per year"),
        data,
        verdict,
        format!("{lakh} at {rate} INR/USD is {}. {text}", usd(usd_v)),
    )
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
        Verdict::CantTell,
        "None of the sources records freelance hourly rates: the surveys give annual pay of (mostly) employees and DOL levels are employer wage floors, and dividing annual pay by 2,080 hours would not measure a freelancer's billing rate.".into(),
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
