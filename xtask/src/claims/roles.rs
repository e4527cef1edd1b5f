//! "Backend pays more than frontend, less than full-stack": in the US in both
//! survey years (one claim per relation), and across every country with at
//! least `MIN_N` respondents in each of the three roles (one claim).

use bdsc_core::dataset as ds;
use bdsc_core::survey::{Claim, ClaimRelation, Verdict, MIN_N};

use super::orders::relation;
use super::relate::{relate, relation_text};
use super::{claim, med_fig, Ctx, SRC24, SRC25, US};
use crate::sources::{pays, Resp};

/// One random stream per pair of groups for every roles claim: the US
/// claims and the all-countries claim show the same US relations, and with
/// a seed per claim they gave the same pair two intervals ($30,000 to
/// $51,007 beside $29,000 to $51,000).
const SEED: &str = "roles";

/// Both survey years: agrees if the relation holds in both, disagrees if it
/// is contradicted in both, can't tell otherwise.
fn both_years(v: &[Verdict]) -> Verdict {
    if v.iter().all(|x| *x == Verdict::Agrees) {
        Verdict::Agrees
    } else if v.iter().all(|x| *x == Verdict::Disagrees) {
        Verdict::Disagrees
    } else {
        Verdict::CantTell
    }
}

/// Back-end against front-end and full-stack, US, each survey year bootstrapped.
pub fn us_roles(c: &Ctx) -> Vec<Claim> {
    let mut out = Vec::new();
    for (id, other, other_name, other_fig) in [
        (
            "role-backend-frontend",
            "frontend",
            "front-end",
            &ds::ROLE_FRONTEND,
        ),
        (
            "role-backend-fullstack",
            "fullstack",
            "full-stack",
            &ds::ROLE_FULLSTACK,
        ),
    ] {
        let rel = relation(&ds::ROLE_BACKEND, other_fig);
        let (mut data, mut rels) = (Vec::new(), Vec::new());
        for (src, rs) in [(SRC24, c.s24), (SRC25, c.s25)] {
            let be = pays(rs, |r| r.country == US && r.role == "backend");
            let ot = pays(rs, |r| r.country == US && r.role == other);
            data.push(med_fig(format!("US back-end, median ({src})"), &be, src));
            data.push(med_fig(
                format!("US {other_name}, median ({src})"),
                &ot,
                src,
            ));
            let year = src.trim_start_matches("Stack Overflow ");
            rels.push(relate(
                SEED,
                &format!("back-end, US {year}"),
                rel,
                &format!("{other_name}, US {year}"),
                &be,
                &ot,
            ));
        }
        let verdict = both_years(&rels.iter().map(|r| r.verdict).collect::<Vec<_>>());
        let text: Vec<String> = rels.iter().map(relation_text).collect();
        let mut cl = claim(
            id,
            &[&ds::ROLE_BACKEND, other_fig],
            format!("back-end {rel} {other_name}"),
            data,
            (verdict, format!("Medians, Stack Overflow: {}. Both years must agree for a verdict.", text.join("; "))),
            "US respondents of each role in both Stack Overflow years: the same country and survey for both roles.".into(),
        );
        cl.relations = rels;
        out.push(cl);
    }
    out
}

/// Rule over countries: agrees if the order holds in at least one
/// country-year and is contradicted in none; disagrees if it is contradicted
/// in at least half of them; can't tell otherwise.
pub fn across(holds: usize, contradicted: usize, units: usize) -> Verdict {
    if units == 0 {
        Verdict::CantTell
    } else if contradicted == 0 && holds > 0 {
        Verdict::Agrees
    } else if 2 * contradicted >= units {
        Verdict::Disagrees
    } else {
        Verdict::CantTell
    }
}

/// Back-end between front-end and full-stack in every country-year where all
/// three roles have at least `MIN_N` respondents.
pub fn by_country(c: &Ctx) -> Claim {
    let id = "role-order-countries";
    let mut rels: Vec<ClaimRelation> = Vec::new();
    let (mut holds, mut contradicted, mut units) = (0usize, 0usize, 0usize);
    let mut lines: [Vec<String>; 3] = Default::default();
    for (src, rs) in [(SRC24, c.s24), (SRC25, c.s25)] {
        let mut countries: Vec<&str> = rs.iter().map(|r| r.country.as_str()).collect();
        countries.sort_unstable();
        countries.dedup();
        for country in countries {
            let of = |role: &str| pays(rs, |r: &Resp| r.country == country && r.role == role);
            let (be, fe, fs) = (of("backend"), of("frontend"), of("fullstack"));
            if [&be, &fe, &fs].iter().any(|v| v.len() < MIN_N as usize) {
                continue;
            }
            units += 1;
            let short = match country {
                US => "US",
                "United Kingdom of Great Britain and Northern Ireland" => "UK",
                c => c,
            };
            let year = src.trim_start_matches("Stack Overflow ");
            let l = |role: &str| format!("{role}, {short} {year}");
            let a = relate(SEED, &l("back-end"), ">", &l("front-end"), &be, &fe);
            let b = relate(SEED, &l("back-end"), "<", &l("full-stack"), &be, &fs);
            let unit = bdsc_core::survey::combine(&[a.verdict, b.verdict]);
            let slot = match unit {
                Verdict::Agrees => 0,
                Verdict::Disagrees => 1,
                Verdict::CantTell => 2,
            };
            holds += (slot == 0) as usize;
            contradicted += (slot == 1) as usize;
            lines[slot].push(format!("{short} {year}"));
            rels.push(a);
            rels.push(b);
        }
    }
    let verdict = across(holds, contradicted, units);
    let list = |v: &Vec<String>| {
        if v.is_empty() {
            "none".to_string()
        } else {
            v.join(", ")
        }
    };
    let text = format!(
        "{units} country-years have at least {MIN_N} respondents in each of back-end, front-end and full-stack. Back-end above front-end and below full-stack (both relations in ≥ 95 % of resamples) holds in: {}; is contradicted (either relation the other way) in: {}; can't tell in: {}.",
        list(&lines[0]),
        list(&lines[1]),
        list(&lines[2])
    );
    let mut cl = claim(
        id,
        &[&ds::ROLE_BACKEND, &ds::ROLE_FRONTEND, &ds::ROLE_FULLSTACK],
        "back-end pays more than front-end and less than full-stack, everywhere".into(),
        Vec::new(),
        (verdict, text),
        format!("Every country-year of both Stack Overflow surveys with at least {MIN_N} respondents in each role: agrees if the order holds somewhere and is contradicted nowhere, disagrees if it is contradicted in at least half of them."),
    );
    cl.relations = rels;
    cl
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rules_over_years_and_countries() {
        use Verdict::*;
        assert_eq!(both_years(&[Agrees, Agrees]), Agrees);
        assert_eq!(both_years(&[Disagrees, Disagrees]), Disagrees);
        assert_eq!(both_years(&[Agrees, CantTell]), CantTell);
        assert_eq!(across(3, 0, 5), Agrees);
        assert_eq!(across(1, 3, 6), Disagrees);
        assert_eq!(across(2, 1, 6), CantTell);
        assert_eq!(across(0, 0, 0), CantTell);
    }
}
