//! From the raw sources to every table of the data file, as the core's
//! types: the role, country, industry and language indices, the groups,
//! the DOL areas against the national Level III, and the claims.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::Path;

use bdsc_core::survey::{
    Bls, Claim, CountryRow, ExtRow, LevelRow, Metro, NationalRef, RoleRow, ANY, MIN_N,
};

use crate::claims::{claims, Ctx};
use crate::level3::national_level3;
use crate::sources::labels::{role_of, INDUSTRY_MAP, NON_WORKING, ROLE_MAP};
use crate::sources::{aijobs, bls, dol, dou, read_csv, read_text, so2024, so2025, Cleaning, Resp};
use crate::stats::{groups, Key};

/// Hours in a work year, as the core defines it.
const HOURS: f64 = bdsc_core::survey::HOURS_PER_YEAR as f64;

/// How the national Level III was derived, for the file's header.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Level3Fit {
    /// Log-normal mu and sigma fitted to the BLS percentiles.
    pub mu: f64,
    /// See `mu`.
    pub sigma: f64,
    /// Level I, Level IV and Level III, USD/yr.
    pub l1: f64,
    /// See `l1`.
    pub l4: f64,
    /// See `l1`.
    pub l3: f64,
}

/// Every table of the data file.
pub struct Tables {
    /// What cleaning dropped, 2024 and 2025.
    pub cleaning: [Cleaning; 2],
    /// The national Level III fit.
    pub fit: Level3Fit,
    /// Roles, main developer roles first.
    pub roles: Vec<RoleRow>,
    /// Countries with at least `MIN_N` respondents in either year.
    pub countries: Vec<CountryRow>,
    /// 2024 industries.
    pub industries: Vec<ExtRow>,
    /// 2025 languages.
    pub languages: Vec<ExtRow>,
    /// 2024 groups (pay values per key).
    pub g24: BTreeMap<Key, Vec<f64>>,
    /// 2025 groups.
    pub g25: BTreeMap<Key, Vec<f64>>,
    /// BLS 15-1252.
    pub bls: Bls,
    /// The national reference for the metro factors.
    pub national: NationalRef,
    /// DOL areas, sorted by id.
    pub metros: Vec<Metro>,
    /// aijobs.net levels.
    pub aijobs: Vec<LevelRow>,
    /// DOU titles.
    pub dou: Vec<LevelRow>,
    /// The article's claims.
    pub claims: Vec<Claim>,
}

/// Reads every source under `shared` (the `data/` folder) and builds the tables.
pub fn build(shared: &Path) -> Result<Tables, String> {
    if !shared.is_dir() {
        return Err(format!("{} is not a directory", shared.display()));
    }
    let raw24 = read_csv(&shared.join(so2024::FILE))?;
    let raw25 = read_csv(&shared.join(so2025::SALARY_FILE))?;
    let langs25 = read_csv(&shared.join(so2025::LANGUAGE_FILE))?;
    let (s24, c24) = so2024::from_rows(&raw24)?;
    let (s25, c25) = so2025::from_rows(&raw25, &langs25)?;
    let bls = bls::from_rows(&read_csv(&shared.join(bls::FILE))?, "15-1252")?;
    let areas = dol::parse(
        &read_text(&shared.join(dol::AREAS_FILE))?,
        &read_text(&shared.join(dol::WAGES_FILE))?,
    )?;
    let aijobs = aijobs::from_rows(&read_csv(&shared.join(aijobs::FILE))?)?;
    let dou_path = shared.join(dou::FILE);
    let dou = dou::from_bytes(
        &std::fs::read(&dou_path)
            .map_err(|e| format!("cannot read {}: {e}", dou_path.display()))?,
    )?;

    let (mu, sigma, l1, l4, l3) = national_level3(&bls::annual(&bls));
    let national = national_reference(&bls, l3);
    let nat_l3_cents = national.cents as f64;
    let labels = role_labels(&so2024::role_labels(&raw24)?, &so2025::role_labels(&raw25)?);
    let roles = role_index(&s24, &s25, &labels);
    let countries = country_index(&s24, &s25);
    if roles.len() >= ANY as usize || countries.len() >= ANY as usize {
        return Err("too many roles or countries for u8 keys".into());
    }
    let industries = industry_index(&s24);
    let languages = language_index(&s25, &so2025::language_labels(&langs25)?);

    let role_i: HashMap<&str, u8> = roles
        .iter()
        .enumerate()
        .map(|(i, r)| (r.code.as_str(), i as u8))
        .collect();
    let country_i: HashMap<&str, u8> = countries
        .iter()
        .enumerate()
        .map(|(i, c)| (c.name.as_str(), i as u8))
        .collect();
    let ext_i = |t: &[ExtRow]| -> HashMap<String, u8> {
        t.iter()
            .enumerate()
            .map(|(i, x)| (x.code.clone(), i as u8))
            .collect()
    };
    let g24 = groups(&s24, &role_i, &country_i, &ext_i(&industries));
    let g25 = groups(&s25, &role_i, &country_i, &ext_i(&languages));

    let ctx = Ctx {
        s24: &s24,
        s25: &s25,
        areas: &areas,
        nat_l3_cents,
        bls: &bls,
        aij: &aijobs,
    };
    let claims = claims(&ctx);
    let metros = areas.iter().map(|a| a.to_metro(nat_l3_cents)).collect();
    Ok(Tables {
        cleaning: [c24, c25],
        fit: Level3Fit {
            mu,
            sigma,
            l1,
            l4,
            l3,
        },
        roles,
        countries,
        industries,
        languages,
        g24,
        g25,
        bls,
        national,
        metros,
        aijobs,
        dou,
        claims,
    })
}

/// The national reference for the metro factors: BLS's published mean wage
/// (hourly, cents) where BLS publishes one; only without it the fitted
/// log-normal Level III `fitted_l3` (USD/yr), labelled as a fit.
pub fn national_reference(bls: &Bls, fitted_l3: f64) -> NationalRef {
    if bls.mean > 0 {
        NationalRef {
            cents: (bls.mean as f64 / HOURS * 100.0).round() as u32,
            published: true,
            label: format!(
                "BLS OEWS May 2024, 15-1252, published mean {} USD/yr ÷ {} h",
                bdsc_core::money::group_digits(bls.mean as u64, false),
                bdsc_core::money::group_digits(HOURS as u64, false)
            ),
        }
    } else {
        NationalRef {
            cents: (fitted_l3 / HOURS * 100.0).round() as u32,
            published: false,
            label: "fitted: log-normal through the BLS percentiles, OFLC Level III method".into(),
        }
    }
}

/// code -> (2024 label, 2025 label, display name) from each year's answers;
/// where a code has several labels in a year, the last in sorted order wins.
pub fn role_labels(
    answers24: &[String],
    answers25: &[String],
) -> BTreeMap<String, (String, String, String)> {
    let mut m: BTreeMap<String, (String, String, String)> = BTreeMap::new();
    for (year, answers) in [(0, answers24), (1, answers25)] {
        for l in answers
            .iter()
            .map(String::as_str)
            .collect::<BTreeSet<&str>>()
        {
            if let Some((code, name)) = role_of(l) {
                let e = m
                    .entry(code)
                    .or_insert_with(|| (String::new(), String::new(), name));
                if year == 0 {
                    e.0 = l.to_string();
                } else {
                    e.1 = l.to_string();
                }
            }
        }
    }
    m
}

/// Every role seen after cleaning, in [`ROLE_MAP`] order, then by code.
pub fn role_index(
    s24: &[Resp],
    s25: &[Resp],
    labels: &BTreeMap<String, (String, String, String)>,
) -> Vec<RoleRow> {
    let mut counts: BTreeMap<&str, (u32, u32)> = BTreeMap::new();
    for r in s24 {
        counts.entry(&r.role).or_default().0 += 1;
    }
    for r in s25 {
        counts.entry(&r.role).or_default().1 += 1;
    }
    let mut roles: Vec<RoleRow> = counts
        .into_iter()
        .filter(|(code, _)| !NON_WORKING.contains(code))
        .map(|(code, (n_2024, n_2025))| {
            let (label_2024, label_2025, name) = labels.get(code).cloned().unwrap_or_default();
            RoleRow {
                code: code.to_string(),
                name,
                label_2024,
                label_2025,
                n_2024,
                n_2025,
            }
        })
        .collect();
    let rank = |c: &str| ROLE_MAP.iter().position(|r| r.0 == c).unwrap_or(usize::MAX);
    roles.sort_by(|a, b| rank(&a.code).cmp(&rank(&b.code)).then(a.code.cmp(&b.code)));
    roles
}

/// Countries with at least `MIN_N` respondents in either year, by name.
pub fn country_index(s24: &[Resp], s25: &[Resp]) -> Vec<CountryRow> {
    let mut counts: BTreeMap<&str, (u32, u32)> = BTreeMap::new();
    for r in s24 {
        counts.entry(&r.country).or_default().0 += 1;
    }
    for r in s25 {
        counts.entry(&r.country).or_default().1 += 1;
    }
    counts
        .into_iter()
        .filter(|(_, (a, b))| *a >= MIN_N || *b >= MIN_N)
        .map(|(name, (n_2024, n_2025))| CountryRow {
            name: name.to_string(),
            n_2024,
            n_2025,
        })
        .collect()
}

/// The 2024 industries in [`INDUSTRY_MAP`] order, then the composite finance.
pub fn industry_index(s24: &[Resp]) -> Vec<ExtRow> {
    let mut t: Vec<ExtRow> = INDUSTRY_MAP
        .iter()
        .map(|m| ExtRow {
            code: m.1.to_string(),
            name: m.2.to_string(),
            n: 0,
        })
        .collect();
    t.push(ExtRow {
        code: "finance".into(),
        name: "Finance (banking, fintech, insurance)".into(),
        n: 0,
    });
    for e in s24.iter().flat_map(|r| &r.ext) {
        if let Some(x) = t.iter_mut().find(|x| &x.code == e) {
            x.n += 1;
        }
    }
    t
}

/// The 2025 languages by code, named by their survey label.
pub fn language_index(s25: &[Resp], labels: &BTreeMap<String, String>) -> Vec<ExtRow> {
    let mut n: BTreeMap<&str, u32> = BTreeMap::new();
    for e in s25.iter().flat_map(|r| &r.ext) {
        *n.entry(e).or_default() += 1;
    }
    n.into_iter()
        .map(|(c, n)| ExtRow {
            code: c.to_string(),
            name: labels.get(c).cloned().unwrap_or_else(|| c.to_string()),
            n,
        })
        .collect()
}
