//! From split sections to typed tables, with the cross-checks between them
//! (group keys in range, ordered percentiles and Levels); the claims are
//! read in `claim_tables.rs`.

use super::evidence::NationalRef;
use super::format::{
    factor_tenths, Bls, CountryRow, ExtRow, LevelRow, Metro, Percentiles, RoleRow, MAX_DIM,
};
use super::parse::{
    add, bad, bad_text, check_groups, err, nonempty, num, ParseError, Section, Sections,
};
use super::SurveyData;

/// Rows of one section: (1-based line, fields).
pub(super) type Rows<'a> = [(usize, Vec<&'a str>)];

/// Builds the typed data from the sections of a file.
pub(super) fn build(mut s: Sections) -> Result<SurveyData, ParseError> {
    let (hr, r) = s.take("roles")?;
    let roles = role_rows(&r)?;
    let (hc, r) = s.take("countries")?;
    let countries = r
        .iter()
        .map(|(ln, f)| {
            Ok(CountryRow {
                name: nonempty(*ln, f[0], "country")?.to_string(),
                n_2024: num(*ln, f[1], "n 2024")?,
                n_2025: num(*ln, f[2], "n 2025")?,
            })
        })
        .collect::<Result<Vec<_>, ParseError>>()?;
    let (hi, r) = s.take("industries")?;
    let industries = ext_rows(&r)?;
    let (hl, r) = s.take("languages")?;
    let languages = ext_rows(&r)?;
    for (len, what, line) in [
        (roles.len(), "roles", hr),
        (countries.len(), "countries", hc),
        (industries.len(), "industries", hi),
        (languages.len(), "languages", hl),
    ] {
        if len > MAX_DIM {
            return bad(line, what, "more rows than the format supports");
        }
    }
    let missing_at = s.end_line;
    let g24 = s
        .g24
        .take()
        .map_or_else(|| err(missing_at, "section [g24] is missing"), Ok)?;
    let g25 = s
        .g25
        .take()
        .map_or_else(|| err(missing_at, "section [g25] is missing"), Ok)?;
    check_groups(&g24, "g24", roles.len(), countries.len(), industries.len())?;
    check_groups(&g25, "g25", roles.len(), countries.len(), languages.len())?;

    let bls = bls_row(s.take("bls")?)?;
    let national = national_ref(s.take("national-ref")?)?;
    let metros = metro_rows(s.take("metros")?, national.cents)?;
    let (_, r) = s.take("aijobs")?;
    let aijobs = level_rows(&r, "aijobs")?;
    let (_, r) = s.take("dou")?;
    let dou = level_rows(&r, "dou")?;
    let claims = super::claim_tables::claims(&mut s)?;

    Ok(SurveyData {
        roles,
        countries,
        industries,
        languages,
        g24: g24.rows,
        g25: g25.rows,
        bls,
        national,
        metros,
        aijobs,
        dou,
        claims,
    })
}

fn role_rows(r: &Rows) -> Result<Vec<RoleRow>, ParseError> {
    r.iter()
        .map(|(ln, f)| {
            Ok(RoleRow {
                code: nonempty(*ln, f[0], "role code")?.to_string(),
                name: nonempty(*ln, f[1], "role name")?.to_string(),
                label_2024: f[2].to_string(),
                label_2025: f[3].to_string(),
                n_2024: num(*ln, f[4], "n 2024")?,
                n_2025: num(*ln, f[5], "n 2025")?,
            })
        })
        .collect()
}

fn level_rows(rows: &Rows, section: &str) -> Result<Vec<LevelRow>, ParseError> {
    rows.iter()
        .map(|(line, f)| {
            Ok(LevelRow {
                level: nonempty(*line, f[0], "level")?.to_string(),
                stats: percentiles(*line, &f[1..], section)?,
            })
        })
        .collect()
}

fn ext_rows(rows: &Rows) -> Result<Vec<ExtRow>, ParseError> {
    rows.iter()
        .map(|(line, f)| {
            Ok(ExtRow {
                code: nonempty(*line, f[0], "code")?.to_string(),
                name: nonempty(*line, f[1], "name")?.to_string(),
                n: num(*line, f[2], "n")?,
            })
        })
        .collect()
}

fn bls_row((hb, r): Section) -> Result<Bls, ParseError> {
    let Some((ln, f)) = r.first().filter(|_| r.len() == 1) else {
        return err(hb, "[bls] must have exactly 1 row");
    };
    let mut b = [0u32; 12];
    for (i, slot) in b.iter_mut().enumerate() {
        *slot = num(*ln, f[i], "bls")?;
    }
    if b[2..7].windows(2).any(|w| w[0] > w[1]) || b[7..12].windows(2).any(|w| w[0] > w[1]) {
        return err(*ln, "[bls]: percentiles are not in order");
    }
    Ok(Bls {
        employment: b[0],
        mean: b[1],
        p10: b[2],
        p25: b[3],
        p50: b[4],
        p75: b[5],
        p90: b[6],
        hourly_cents: [b[7], b[8], b[9], b[10], b[11]],
    })
}

fn national_ref((hn, r): Section) -> Result<NationalRef, ParseError> {
    let Some((ln, f)) = r.first().filter(|_| r.len() == 1) else {
        return err(hn, "[national-ref] must have exactly 1 row");
    };
    let cents = num(*ln, f[0], "national reference")?;
    if cents == 0 {
        return err(*ln, "the national reference must be positive");
    }
    let published = match f[1] {
        "published" => true,
        "fitted" => false,
        o => return bad_text(*ln, "expected published or fitted, found", o),
    };
    Ok(NationalRef {
        cents,
        published,
        label: nonempty(*ln, f[2], "national reference label")?.to_string(),
    })
}

fn metro_rows((hm, r): Section, national_l3_cents: u32) -> Result<Vec<Metro>, ParseError> {
    if r.is_empty() {
        return err(hm, "[metros] is empty");
    }
    let mut metros: Vec<Metro> = Vec::new();
    for (ln, f) in &r {
        let (ln, id) = (*ln, num(*ln, f[0], "area id")?);
        if metros.last().is_some_and(|m| m.id >= id) {
            return bad(ln, "metros", "area ids are not in ascending order");
        }
        let state = f[1];
        if state.len() != 2 || !state.bytes().all(|b| b.is_ascii_uppercase()) {
            return bad_text(ln, "state is not two capital letters:", state);
        }
        let l1 = num(ln, f[2], "Level I")?;
        let mut c = [l1, 0, 0, 0];
        for i in 1..4 {
            let d = num(ln, f[2 + i], "Level increment")?;
            if d == 0 {
                return err(ln, "Levels must increase");
            }
            c[i] = add(ln, c[i - 1], d, "Level")?;
        }
        metros.push(Metro {
            id,
            name: nonempty(ln, f[6], "area name")?.to_string(),
            state: state.to_string(),
            l1_cents: c[0],
            l2_cents: c[1],
            l3_cents: c[2],
            l4_cents: c[3],
            factor_tenths_pct: factor_tenths(c[2], national_l3_cents as f64),
        });
    }
    Ok(metros)
}

/// Five absolute percentiles in order plus n.
pub(super) fn percentiles(
    line: usize,
    f: &[&str],
    section: &str,
) -> Result<Percentiles, ParseError> {
    let mut v = [0u32; 6];
    for (i, s) in f.iter().take(6).enumerate() {
        v[i] = num(line, s, section)?;
    }
    if v[..5].windows(2).any(|w| w[0] > w[1]) {
        return bad(line, section, "percentiles are not in order");
    }
    Ok(Percentiles {
        p10: v[0],
        p25: v[1],
        p50: v[2],
        p75: v[3],
        p90: v[4],
        n: v[5],
    })
}

/// A claim figure value: digits, one optional leading '-', one optional '.'.
pub(super) fn decimal(line: usize, s: &str) -> Result<f64, ParseError> {
    let body = s.strip_prefix('-').unwrap_or(s);
    let ok = !body.is_empty()
        && body.len() <= 16
        && body.bytes().all(|b| b.is_ascii_digit() || b == b'.')
        && body.bytes().filter(|&b| b == b'.').count() <= 1
        && body.bytes().next().is_some_and(|b| b.is_ascii_digit())
        && body.bytes().last().is_some_and(|b| b.is_ascii_digit());
    match (ok, crate::money::parse_decimal(s)) {
        (true, Some(v)) => Ok(v),
        _ => bad_text(line, "expected a decimal number, found", s),
    }
}
