//! Real salary distributions next to the article's figures.
//!
//! The figures (Stack Overflow Developer Surveys 2024/2025, BLS OEWS May 2024,
//! DOL OFLC prevailing wages 2025-26, aijobs.net, DOU June 2025) are **not**
//! compiled in: `cargo run -p xtask -- data` writes them to a content-addressed
//! text file, `static/data/survey-<hash>.txt` (served as [`SURVEY_FILE`]), which
//! the app fetches after the first paint and hands to [`SurveyData::parse`].
//! This module is the strict parser plus the query API over the parsed data.
//! Pure and deterministic: no browser crates; neither parsing (any input) nor
//! any query panics.
//!
//! * [`SurveyData::distribution`] answers "what do people like me earn?" with
//!   p10/p25/p50/p75/p90 and n. A figure is never shown for fewer than
//!   [`MIN_N`] respondents: the query backs off to a broader group in a fixed
//!   order (see [`SurveyData::distribution_from`]) and says which group the
//!   figures describe and why dimensions were dropped.
//! * [`SurveyData::metros`] / [`SurveyData::search_metros`]: all DOL areas for
//!   15-1252 Software Developers with Level I–IV hourly wages and a factor
//!   against a national Level III derived from BLS
//!   ([`SurveyData::national_l3_cents`]).
//! * [`SurveyData::claims`]: each article claim with the data's figure(s) and a
//!   [`Verdict`].
//!
//! # File format (version 1)
//!
//! UTF-8, lines end in `\n` (no `\r`). Line 1 is exactly [`FORMAT_HEADER`].
//! Lines starting with `#` are comments (licences and column descriptions);
//! they may appear between sections, not inside one. A section starts with
//! `[name rows]` and is followed by exactly `rows` tab-separated lines with a
//! fixed number of fields; the groups sections `g24`/`g25` are stored
//! transposed (exactly 10 lines, one per column, each with `rows` fields).
//! Every section appears exactly once, in any order; `[end]` is the last line.
//! Percentile increments (`p25-p10`, …) and Level increments are stored, so
//! the order invariants hold by construction. `docs/data.md` lists every
//! column. Percentiles use linear interpolation between order statistics
//! (type 7). Licences: `static/data/LICENSE.md` (Stack Overflow sections are
//! ODbL v1.0).

use std::collections::BTreeSet;
use std::fmt;

include!("generated/survey_file.rs");

/// First line of every data file this parser accepts (format version 1).
pub const FORMAT_HEADER: &str = "#bdsc-survey 1";

/// Smallest group for which a figure is published.
pub const MIN_N: u32 = 30;

const ANY: u8 = 255;
/// Most rows a role/country/industry/language table may have (keys are `u8`, 255 = any).
const MAX_DIM: usize = 254;

/// FNV-1a 64 of `text`, as 16 lowercase hex digits: the `<hash>` in the data
/// file's name. The app can compare it with [`SURVEY_FILE`] to detect a stale
/// or altered download.
pub fn content_hash(text: &str) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in text.as_bytes() {
        h ^= b as u64;
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    format!("{h:016x}")
}

/// Pay percentiles and the number of respondents (USD per year unless the
/// table says otherwise).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Percentiles {
    /// 10th percentile.
    pub p10: u32,
    /// 25th percentile.
    pub p25: u32,
    /// Median.
    pub p50: u32,
    /// 75th percentile.
    pub p75: u32,
    /// 90th percentile.
    pub p90: u32,
    /// Respondents.
    pub n: u32,
}

/// Which survey a distribution comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SurveySource {
    /// Stack Overflow 2024 (extract): role, country, years coding
    /// professionally (`YearsCodePro`), industry. No languages.
    So2024,
    /// Stack Overflow 2025: role, country, total years coding (`YearsCode`,
    /// includes education), every language worked with. No industry.
    So2025,
}

impl SurveySource {
    /// Name shown on the page.
    pub fn name(self) -> &'static str {
        match self {
            SurveySource::So2024 => "Stack Overflow Developer Survey 2024",
            SurveySource::So2025 => "Stack Overflow Developer Survey 2025",
        }
    }
}

/// A developer role of the surveys.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RoleRow {
    /// Stable code, e.g. `backend`, `frontend`, `fullstack`.
    pub code: String,
    /// Plural display name, e.g. "Back-end developers".
    pub name: String,
    /// The 2024 survey's label ("" if the role was not offered in 2024).
    pub label_2024: String,
    /// The 2025 survey's label ("" if not offered in 2025).
    pub label_2025: String,
    /// Respondents after cleaning, 2024.
    pub n_2024: u32,
    /// Respondents after cleaning, 2025.
    pub n_2025: u32,
}

/// A country with at least [`MIN_N`] respondents in either survey.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CountryRow {
    /// The survey's country name, e.g. "United States of America".
    pub name: String,
    /// Respondents after cleaning, 2024.
    pub n_2024: u32,
    /// Respondents after cleaning, 2025.
    pub n_2025: u32,
}

/// An industry (2024) or language (2025) choice.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ExtRow {
    /// Stable code, e.g. `finance`, `python`, `csharp`.
    pub code: String,
    /// Display name (the survey's label for languages).
    pub name: String,
    /// Respondents after cleaning.
    pub n: u32,
}

/// BLS OEWS national figures for one occupation, USD per year.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Bls {
    /// Employment.
    pub employment: u32,
    /// Mean annual wage.
    pub mean: u32,
    /// 10th percentile.
    pub p10: u32,
    /// 25th percentile.
    pub p25: u32,
    /// Median.
    pub p50: u32,
    /// 75th percentile.
    pub p75: u32,
    /// 90th percentile.
    pub p90: u32,
    /// Hourly p10, p25, p50, p75, p90 in cents.
    pub hourly_cents: [u32; 5],
}

/// A DOL OFLC area (metro or non-metro) with the 15-1252 prevailing wages,
/// Levels I–IV in cents per hour (Levels are not percentiles).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Metro {
    /// OFLC area code, e.g. 41860 for San Francisco.
    pub id: u32,
    /// Area name, e.g. "San Francisco-Oakland-Fremont, CA".
    pub name: String,
    /// Two-letter state of the area.
    pub state: String,
    /// Level I hourly wage in cents.
    pub l1_cents: u32,
    /// Level II hourly wage in cents.
    pub l2_cents: u32,
    /// Level III hourly wage in cents.
    pub l3_cents: u32,
    /// Level IV hourly wage in cents.
    pub l4_cents: u32,
    /// Level III against [`SurveyData::national_l3_cents`], in tenths of a
    /// percent (330 = +33.0 %), rounded.
    pub factor_tenths_pct: i32,
}

impl Metro {
    /// Factor against the national Level III, in percent (e.g. +33.0).
    pub fn factor_pct(&self) -> f64 {
        self.factor_tenths_pct as f64 / 10.0
    }
    /// Multiplier against the national level (e.g. 1.33).
    pub fn multiplier(&self) -> f64 {
        1.0 + self.factor_pct() / 100.0
    }
    /// Level `1..=4` as annual USD (hourly × 2080); 0 for other levels.
    pub fn annual(&self, level: u8) -> u32 {
        let c = match level {
            1 => self.l1_cents,
            2 => self.l2_cents,
            3 => self.l3_cents,
            4 => self.l4_cents,
            _ => 0,
        };
        ((c as u64 * 2080 + 50) / 100) as u32
    }
}

/// Percentiles for one level of a ladder (aijobs experience level or DOU title).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LevelRow {
    /// `EN`/`MI`/`SE`/`EX` (aijobs) or `Junior`/`Middle`/`Senior`/`All` (DOU).
    pub level: String,
    /// The figures.
    pub stats: Percentiles,
}

/// Does the data support an article claim?
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verdict {
    /// The data's figure is in line with the claim (rule in docs/data.md).
    Agrees,
    /// The data contradicts the claim.
    Disagrees,
    /// No comparable figure, too few respondents, or inconclusive.
    CantTell,
}

/// One data figure quoted for a claim.
#[derive(Clone, Debug, PartialEq)]
pub struct ClaimFigure {
    /// What the figure is.
    pub label: String,
    /// Value in `unit` (always finite).
    pub value: f64,
    /// `USD/yr` or `%`.
    pub unit: String,
    /// Respondents (0 where not applicable, e.g. DOL factors; employment for BLS).
    pub n: u32,
    /// Dataset.
    pub source: String,
}

/// An article claim checked against the data.
#[derive(Clone, Debug, PartialEq)]
pub struct Claim {
    /// Stable id.
    pub id: String,
    /// Ids of the article figures in `dataset::FIGURES` this claim covers.
    pub figure_ids: Vec<String>,
    /// The article's figure as text.
    pub article: String,
    /// The data's figures.
    pub data: Vec<ClaimFigure>,
    /// The verdict.
    pub verdict: Verdict,
    /// One sentence (or two) generated from the numbers.
    pub explanation: String,
}

/// Why a data file was rejected.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParseError {
    /// 1-based line number (one past the last line for "missing" errors).
    pub line: usize,
    /// What is wrong.
    pub message: String,
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "survey data, line {}: {}", self.line, self.message)
    }
}

impl std::error::Error for ParseError {}

fn err<T>(line: usize, message: impl Into<String>) -> Result<T, ParseError> {
    Err(ParseError { line, message: message.into() })
}

/// `[section]: what`: the one message shape for a bad row or field, so each
/// check costs a static string rather than its own `format!` (wasm size).
fn bad<T>(line: usize, section: &str, what: &str) -> Result<T, ParseError> {
    err(line, format!("[{section}]: {what}"))
}

/// `what “excerpt”`: a check on untrusted text, quoting what was found.
fn bad_text<T>(line: usize, what: &str, found: &str) -> Result<T, ParseError> {
    err(line, format!("{what} {}", excerpt(found)))
}

/// `[section]: group N what` for the transposed group tables.
fn bad_group<T>(line: usize, section: &str, group: usize, what: &str) -> Result<T, ParseError> {
    err(line, format!("[{section}]: group {} {what}", group + 1))
}

/// A short, char-boundary-safe excerpt of untrusted text for messages.
fn excerpt(s: &str) -> String {
    let mut e: String = s.chars().take(40).collect();
    if e.len() < s.len() {
        e.push('…');
    }
    format!("“{e}”")
}

/// One stored group: packed key (role, country, band, ext; 255 = any) and figures.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Group {
    key: [u8; 4],
    stats: Percentiles,
}

/// The parsed survey data file: every table the calculator compares against.
///
/// Build it with [`SurveyData::parse`]; all invariants (ordered percentiles,
/// n ≥ [`MIN_N`] for stored groups, indices in range, sorted keys, at least
/// one metro) are checked there, so no query can panic.
#[derive(Clone, Debug, PartialEq)]
pub struct SurveyData {
    roles: Vec<RoleRow>,
    countries: Vec<CountryRow>,
    industries: Vec<ExtRow>,
    languages: Vec<ExtRow>,
    g24: Vec<Group>,
    g25: Vec<Group>,
    bls: Bls,
    national_l3_cents: u32,
    metros: Vec<Metro>,
    aijobs: Vec<LevelRow>,
    dou: Vec<LevelRow>,
    claims: Vec<Claim>,
}

// ---------------------------------------------------------------- parsing

/// Line reader over the file: 1-based numbers, rejects `\r`.
struct Lines<'a> {
    it: std::iter::Enumerate<std::str::Split<'a, char>>,
    last: usize,
}

impl<'a> Lines<'a> {
    fn new(text: &'a str) -> Self {
        Lines { it: text.split('\n').enumerate(), last: 0 }
    }
    /// Next line, or an error naming `what` was expected.
    fn next(&mut self) -> Option<Result<(usize, &'a str), ParseError>> {
        let (i, l) = self.it.next()?;
        self.last = i + 1;
        if l.contains('\r') {
            return Some(err(i + 1, "carriage return in line (the file must use \\n line ends)"));
        }
        Some(Ok((i + 1, l)))
    }
    fn need(&mut self, what: &str) -> Result<(usize, &'a str), ParseError> {
        match self.next() {
            Some(r) => r,
            None => err(self.last + 1, format!("file ends early: expected {what}")),
        }
    }
    /// Next line of the body of `[section]`.
    fn need_in(&mut self, section: &str) -> Result<(usize, &'a str), ParseError> {
        match self.next() {
            Some(r) => r,
            None => bad(self.last + 1, section, "file ends early inside this section"),
        }
    }
}

/// Tab-separated fields of a row, exactly `n` of them.
fn fields<'a>(line: usize, l: &'a str, n: usize, section: &str) -> Result<Vec<&'a str>, ParseError> {
    let f: Vec<&str> = l.splitn(n + 1, '\t').collect();
    if f.len() != n {
        return bad(line, section, if f.len() > n { "more tab-separated fields than expected" } else { "fewer tab-separated fields than expected" });
    }
    Ok(f)
}

/// Strict unsigned integer: ASCII digits only, fits `u32`.
fn num(line: usize, s: &str, what: &str) -> Result<u32, ParseError> {
    // Digit by digit with overflow checks: one error path, no std parser.
    let mut v: Option<u32> = (!s.is_empty()).then_some(0);
    for b in s.bytes() {
        v = v.filter(|_| b.is_ascii_digit()).and_then(|x| x.checked_mul(10)?.checked_add((b - b'0') as u32));
    }
    v.map_or_else(|| err(line, format!("{what}: expected a whole number up to 4294967295, found {}", excerpt(s))), Ok)
}

fn add(line: usize, a: u32, b: u32, what: &str) -> Result<u32, ParseError> {
    a.checked_add(b).map_or_else(|| err(line, format!("{what}: value too large")), Ok)
}

fn nonempty<'a>(line: usize, s: &'a str, what: &str) -> Result<&'a str, ParseError> {
    if s.is_empty() {
        err(line, format!("{what} is empty"))
    } else {
        Ok(s)
    }
}

/// Five absolute percentiles in order plus n.
fn percentiles(line: usize, f: &[&str], section: &str) -> Result<Percentiles, ParseError> {
    let mut v = [0u32; 6];
    for (i, s) in f.iter().take(6).enumerate() {
        v[i] = num(line, s, section)?;
    }
    if v[..5].windows(2).any(|w| w[0] > w[1]) {
        return bad(line, section, "percentiles are not in order");
    }
    Ok(Percentiles { p10: v[0], p25: v[1], p50: v[2], p75: v[3], p90: v[4], n: v[5] })
}

/// Raw group table before the cross-checks: rows and the section header's line.
struct RawGroups {
    header_line: usize,
    rows: Vec<Group>,
}

fn parse_groups(lines: &mut Lines, header_line: usize, count: usize, section: &str) -> Result<RawGroups, ParseError> {
    // Transposed: 10 lines, each with `count` fields. Keys are range-checked later.
    let mut cols: Vec<Vec<&str>> = Vec::with_capacity(10);
    for _ in 0..10 {
        let (line, l) = lines.need_in(section)?;
        let f: Vec<&str> = l.split('\t').collect();
        if f.len() != count {
            return bad(line, section, "a column has a different number of fields than the row count");
        }
        cols.push(f);
    }
    let mut rows = Vec::new();
    for i in 0..count {
        let cell = |c: usize| cols.get(c).and_then(|col| col.get(i)).copied().unwrap_or("");
        let line = |c: usize| header_line + 1 + c;
        let mut k = [ANY; 4];
        for (c, slot) in k.iter_mut().enumerate() {
            let s = cell(c);
            if s != "*" {
                let v = num(line(c), s, section)?;
                if v >= ANY as u32 {
                    return bad_group(line(c), section, i, "has a key out of range");
                }
                *slot = v as u8;
            }
        }
        let mut v = [0u32; 6];
        for (c, slot) in v.iter_mut().enumerate() {
            *slot = num(line(4 + c), cell(4 + c), section)?;
        }
        let hund = |x: u32, c: usize| x.checked_mul(100).map_or_else(|| bad_group(line(c), section, i, "has a value too large"), Ok);
        let p10 = v[0];
        let p25 = add(line(5), p10, v[1], section)?;
        let p50 = add(line(6), p25, v[2], section)?;
        let p75 = add(line(7), p50, v[3], section)?;
        let p90 = add(line(8), p75, v[4], section)?;
        let stats = Percentiles { p10: hund(p10, 4)?, p25: hund(p25, 5)?, p50: hund(p50, 6)?, p75: hund(p75, 7)?, p90: hund(p90, 8)?, n: v[5] };
        if stats.n < MIN_N {
            return bad_group(line(9), section, i, "has n below the minimum group size");
        }
        if let Some(prev) = rows.last().map(|g: &Group| g.key) {
            if prev >= k {
                return bad_group(line(0), section, i, "is not in ascending key order");
            }
        }
        rows.push(Group { key: k, stats });
    }
    Ok(RawGroups { header_line, rows })
}

fn check_groups(g: &RawGroups, section: &str, roles: usize, countries: usize, ext: usize) -> Result<(), ParseError> {
    for (i, r) in g.rows.iter().enumerate() {
        let limits = [roles, countries, YEARS_BANDS.len(), ext];
        for c in 0..4 {
            let v = r.key[c];
            let bad = if v == ANY { c == 0 } else { v as usize >= limits[c] };
            if bad {
                let what = ["has a role out of range", "has a country out of range", "has a years band out of range", "has an industry/language out of range"][c];
                return bad_group(g.header_line + 1 + c, section, i, what);
            }
        }
    }
    Ok(())
}

fn level_rows(rows: &[(usize, Vec<&str>)], section: &str) -> Result<Vec<LevelRow>, ParseError> {
    rows.iter()
        .map(|(line, f)| Ok(LevelRow { level: nonempty(*line, f[0], "level")?.to_string(), stats: percentiles(*line, &f[1..], section)? }))
        .collect()
}

fn ext_rows(rows: &[(usize, Vec<&str>)]) -> Result<Vec<ExtRow>, ParseError> {
    rows.iter()
        .map(|(line, f)| Ok(ExtRow { code: nonempty(*line, f[0], "code")?.to_string(), name: nonempty(*line, f[1], "name")?.to_string(), n: num(*line, f[2], "n")? }))
        .collect()
}

/// A claim figure value: digits, one optional leading '-', one optional '.'.
fn decimal(line: usize, s: &str) -> Result<f64, ParseError> {
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

/// A parsed row section: header line and (line, fields) rows.
type Section<'a> = (usize, Vec<(usize, Vec<&'a str>)>);

/// Sections of format version 1 and their field counts (0 = transposed groups).
const SECTIONS: [(&str, usize); 13] = [
    ("roles", 6),
    ("countries", 3),
    ("industries", 3),
    ("languages", 3),
    ("g24", 0),
    ("g25", 0),
    ("bls", 12),
    ("national-l3", 1),
    ("metros", 7),
    ("aijobs", 7),
    ("dou", 7),
    ("claims", 5),
    ("claim-figures", 6),
];

impl SurveyData {
    /// Parses and validates a data file (format version 1, see the module
    /// docs). Never panics: any malformed, truncated or inconsistent input
    /// gives a [`ParseError`] with the 1-based line number.
    pub fn parse(text: &str) -> Result<SurveyData, ParseError> {
        let mut lines = Lines::new(text);
        let (_, first) = lines.need("the header line")?;
        if first != FORMAT_HEADER {
            let found = if first.starts_with("#bdsc-survey ") { "an unsupported format version" } else { "no format header" };
            return err(1, format!("{found}: expected “{FORMAT_HEADER}”, found {}", excerpt(first)));
        }
        let mut rows: Vec<Option<Section>> = vec![None; SECTIONS.len()];
        let mut g24: Option<RawGroups> = None;
        let mut g25: Option<RawGroups> = None;
        let end_line;
        loop {
            let (line, l) = lines.need("a section or [end]")?;
            if l.starts_with('#') {
                continue;
            }
            if l == "[end]" {
                end_line = line;
                break;
            }
            let Some(inner) = l.strip_prefix('[').and_then(|s| s.strip_suffix(']')) else {
                return bad_text(line, "expected a comment, a [section rows] line or [end], found", l);
            };
            let (name, count) = match inner.split_once(' ') {
                Some((n, c)) => (n, num(line, c, "section row count")? as usize),
                None => return bad_text(line, "section without a row count:", inner),
            };
            let Some(si) = SECTIONS.iter().position(|s| s.0 == name) else {
                return bad_text(line, "unknown section", name);
            };
            let seen = match name {
                "g24" => g24.is_some(),
                "g25" => g25.is_some(),
                _ => rows[si].is_some(),
            };
            if seen {
                return bad(line, name, "section appears twice");
            }
            match name {
                "g24" => g24 = Some(parse_groups(&mut lines, line, count, name)?),
                "g25" => g25 = Some(parse_groups(&mut lines, line, count, name)?),
                _ => {
                    let nf = SECTIONS[si].1;
                    let mut body = Vec::new();
                    for _ in 0..count {
                        let (ln, l) = lines.need_in(name)?;
                        body.push((ln, fields(ln, l, nf, name)?));
                    }
                    rows[si] = Some((line, body));
                }
            }
        }
        // Only an optional final empty piece (the last '\n') may follow [end].
        if let Some(next) = lines.next() {
            let (line, l) = next?;
            if !l.is_empty() || lines.next().is_some() {
                return err(line, "data after [end]");
            }
        }
        let missing_at = end_line;
        let mut take = |name: &str| -> Result<Section, ParseError> {
            let si = SECTIONS.iter().position(|s| s.0 == name).unwrap_or(0);
            match rows.get_mut(si).and_then(Option::take) {
                Some(r) => Ok(r),
                None => bad(missing_at, name, "section is missing"),
            }
        };

        let (hr, r) = take("roles")?;
        let roles = r
            .iter()
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
            .collect::<Result<Vec<_>, ParseError>>()?;
        let (hc, r) = take("countries")?;
        let countries = r
            .iter()
            .map(|(ln, f)| Ok(CountryRow { name: nonempty(*ln, f[0], "country")?.to_string(), n_2024: num(*ln, f[1], "n 2024")?, n_2025: num(*ln, f[2], "n 2025")? }))
            .collect::<Result<Vec<_>, ParseError>>()?;
        let (hi, r) = take("industries")?;
        let industries = ext_rows(&r)?;
        let (hl, r) = take("languages")?;
        let languages = ext_rows(&r)?;
        for (len, what, line) in [(roles.len(), "roles", hr), (countries.len(), "countries", hc), (industries.len(), "industries", hi), (languages.len(), "languages", hl)] {
            if len > MAX_DIM {
                return bad(line, what, "more rows than the format supports");
            }
        }
        let g24 = g24.map_or_else(|| err(missing_at, "section [g24] is missing"), Ok)?;
        let g25 = g25.map_or_else(|| err(missing_at, "section [g25] is missing"), Ok)?;
        check_groups(&g24, "g24", roles.len(), countries.len(), industries.len())?;
        check_groups(&g25, "g25", roles.len(), countries.len(), languages.len())?;

        let (hb, r) = take("bls")?;
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
        let bls = Bls { employment: b[0], mean: b[1], p10: b[2], p25: b[3], p50: b[4], p75: b[5], p90: b[6], hourly_cents: [b[7], b[8], b[9], b[10], b[11]] };

        let (hn, r) = take("national-l3")?;
        let Some((ln, f)) = r.first().filter(|_| r.len() == 1) else {
            return err(hn, "[national-l3] must have exactly 1 row");
        };
        let national_l3_cents = num(*ln, f[0], "national Level III")?;
        if national_l3_cents == 0 {
            return err(*ln, "national Level III must be positive");
        }

        let (hm, r) = take("metros")?;
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
            let factor = ((c[2] as f64 / national_l3_cents as f64 - 1.0) * 1000.0).round() as i32;
            metros.push(Metro {
                id,
                name: nonempty(ln, f[6], "area name")?.to_string(),
                state: state.to_string(),
                l1_cents: c[0],
                l2_cents: c[1],
                l3_cents: c[2],
                l4_cents: c[3],
                factor_tenths_pct: factor,
            });
        }

        let (_, r) = take("aijobs")?;
        let aijobs = level_rows(&r, "aijobs")?;
        let (_, r) = take("dou")?;
        let dou = level_rows(&r, "dou")?;

        let (_, r) = take("claims")?;
        let mut ids = BTreeSet::new();
        let mut claims = Vec::new();
        for (ln, f) in &r {
            let id = nonempty(*ln, f[0], "claim id")?;
            if !ids.insert(id) {
                return bad_text(*ln, "claim appears twice:", id);
            }
            let verdict = match f[1] {
                "agrees" => Verdict::Agrees,
                "disagrees" => Verdict::Disagrees,
                "cant-tell" => Verdict::CantTell,
                v => return bad_text(*ln, "unknown verdict", v),
            };
            let figure_ids = if f[2].is_empty() { Vec::new() } else { f[2].split(',').map(|s| nonempty(*ln, s, "figure id").map(str::to_string)).collect::<Result<_, _>>()? };
            claims.push(Claim { id: id.to_string(), figure_ids, article: f[3].to_string(), data: Vec::new(), verdict, explanation: f[4].to_string() });
        }
        let (_, r) = take("claim-figures")?;
        let mut last = 0usize;
        for (ln, f) in &r {
            let ci = num(*ln, f[0], "claim row")? as usize;
            if ci < last {
                return err(*ln, "claim figures must be grouped by claim in claim order");
            }
            last = ci;
            let fig = ClaimFigure {
                label: nonempty(*ln, f[1], "figure label")?.to_string(),
                value: decimal(*ln, f[2])?,
                unit: nonempty(*ln, f[3], "unit")?.to_string(),
                n: num(*ln, f[4], "n")?,
                source: nonempty(*ln, f[5], "source")?.to_string(),
            };
            match claims.get_mut(ci) {
                Some(c) => c.data.push(fig),
                None => return bad(*ln, "claim-figures", "claim row is out of range"),
            }
        }

        Ok(SurveyData {
            roles,
            countries,
            industries,
            languages,
            g24: g24.rows,
            g25: g25.rows,
            bls,
            national_l3_cents,
            metros,
            aijobs,
            dou,
            claims,
        })
    }
}

/// Years-of-experience bands: (first year, last year inclusive, label).
pub const YEARS_BANDS: [(u32, u32, &str); 5] = [
    (0, 1, "0–1 years"),
    (2, 4, "2–4 years"),
    (5, 9, "5–9 years"),
    (10, 19, "10–19 years"),
    (20, u32::MAX, "20+ years"),
];

/// Index into [`YEARS_BANDS`] for whole years of experience.
pub fn years_band(years: u32) -> usize {
    YEARS_BANDS.iter().position(|b| years >= b.0 && years <= b.1).unwrap_or(YEARS_BANDS.len() - 1)
}

/// What to look up. Codes are matched case-insensitively; names are accepted too.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Query<'a> {
    /// Role code from [`SurveyData::roles`] (or its survey label), e.g. `backend`.
    pub role: &'a str,
    /// Country name from [`SurveyData::countries`]; `us`/`usa`/`uk` are accepted; `None` = world.
    pub country: Option<&'a str>,
    /// Years of experience (professional coding in 2024, total coding in 2025).
    pub years: Option<u32>,
    /// Language code or name from [`SurveyData::languages`]; `nodejs` is read as JavaScript.
    pub language: Option<&'a str>,
    /// Industry code from [`SurveyData::industries`], or the app's codes
    /// `finance`, `media`, `marketing`, `healthcare`, `consulting`, `education`.
    pub industry: Option<&'a str>,
}

/// A distribution and the group it describes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Distribution {
    /// The figures (USD per year) and n (always ≥ [`MIN_N`]).
    pub stats: Percentiles,
    /// Survey year.
    pub source: SurveySource,
    /// Human description, e.g. "Back-end developers · Germany · 5–9 years".
    pub group: String,
    /// Why each requested dimension was dropped or reinterpreted, in order.
    pub backed_off: Vec<String>,
}

fn eq_ci(a: &str, b: &str) -> bool {
    a.trim().eq_ignore_ascii_case(b.trim())
}

/// Maps the app's industry codes to survey industry codes, with a note.
fn industry_alias(code: &str) -> (String, Option<&'static str>) {
    let c = code.trim().to_ascii_lowercase();
    match c.as_str() {
        "media" => ("media-advertising".into(), None),
        "marketing" => ("media-advertising".into(), Some("the survey has no marketing industry; Media & Advertising is used")),
        "consulting" => ("it-services".into(), Some("consulting is read as the survey's IT services/consulting industry")),
        "education" => ("higher-education".into(), None),
        _ => (c, None),
    }
}

fn find_ext(table: &[ExtRow], code: &str) -> Option<usize> {
    table.iter().position(|x| eq_ci(&x.code, code) || eq_ci(&x.name, code))
}

fn lookup(groups: &[Group], key: [u8; 4]) -> Option<Percentiles> {
    let i = groups.binary_search_by(|g| g.key.cmp(&key)).ok()?;
    groups.get(i).map(|g| g.stats).filter(|s| s.n >= MIN_N)
}

impl SurveyData {
    /// All survey roles (union of both years), main developer roles first.
    pub fn roles(&self) -> &[RoleRow] {
        &self.roles
    }
    /// Countries with at least [`MIN_N`] respondents in either survey, by name.
    pub fn countries(&self) -> &[CountryRow] {
        &self.countries
    }
    /// Languages worked with (2025 survey).
    pub fn languages(&self) -> &[ExtRow] {
        &self.languages
    }
    /// Industries (2024 survey); `finance` is Banking/Financial Services + Fintech + Insurance.
    pub fn industries(&self) -> &[ExtRow] {
        &self.industries
    }
    /// All DOL areas (530 in the 2025-26 data), sorted by OFLC id; never empty.
    pub fn metros(&self) -> &[Metro] {
        &self.metros
    }
    /// A DOL area by OFLC id (e.g. 41860 San Francisco).
    pub fn metro(&self, id: u32) -> Option<&Metro> {
        let i = self.metros.binary_search_by_key(&id, |m| m.id).ok()?;
        self.metros.get(i)
    }
    /// Areas whose name or state contains every word of `q` (case-insensitive),
    /// names starting with the query first, then by name; at most `limit`.
    pub fn search_metros(&self, q: &str, limit: usize) -> Vec<&Metro> {
        let words: Vec<String> = q.split(|c: char| c.is_whitespace() || c == ',').filter(|w| !w.is_empty()).map(str::to_ascii_lowercase).collect();
        if words.is_empty() || limit == 0 {
            return Vec::new();
        }
        // ASCII folding: the DOL names are ASCII, and full Unicode case tables
        // would cost the wasm several KB.
        let q0 = q.trim().to_ascii_lowercase();
        let mut hits: Vec<(bool, &Metro)> = self
            .metros
            .iter()
            .filter_map(|m| {
                let hay = format!("{} {}", m.name, m.state).to_ascii_lowercase();
                words.iter().all(|w| hay.contains(w.as_str())).then(|| (!m.name.to_ascii_lowercase().starts_with(&q0), m))
            })
            .collect();
        hits.sort_by(|a, b| a.0.cmp(&b.0).then(a.1.name.cmp(&b.1.name)));
        hits.into_iter().take(limit).map(|h| h.1).collect()
    }
    /// aijobs.net US Software/Backend Engineer pay by level EN/MI/SE/EX (USD/yr).
    pub fn aijobs_levels(&self) -> &[LevelRow] {
        &self.aijobs
    }
    /// DOU Ukraine back-end NET monthly USD by Junior/Middle/Senior/All.
    pub fn dou_backend(&self) -> &[LevelRow] {
        &self.dou
    }
    /// BLS OEWS May 2024, 15-1252 Software Developers, United States.
    pub fn bls(&self) -> Bls {
        self.bls
    }
    /// National DOL-style Level III for 15-1252 in cents per hour, derived
    /// from BLS with the OFLC method (docs/data.md); always positive.
    pub fn national_l3_cents(&self) -> u32 {
        self.national_l3_cents
    }
    /// Every checked claim.
    pub fn claims(&self) -> &[Claim] {
        &self.claims
    }
    /// A claim by id.
    pub fn claim(&self, id: &str) -> Option<&Claim> {
        self.claims.iter().find(|c| c.id == id)
    }

    fn find_role(&self, code: &str) -> Option<usize> {
        self.roles.iter().position(|r| eq_ci(&r.code, code) || eq_ci(&r.label_2024, code) || eq_ci(&r.label_2025, code))
    }

    fn find_country(&self, name: &str) -> Option<usize> {
        let name = match name.trim().to_ascii_lowercase().as_str() {
            "us" | "usa" | "united states" => "United States of America",
            "uk" | "united kingdom" => "United Kingdom of Great Britain and Northern Ireland",
            _ => name,
        };
        self.countries.iter().position(|c| eq_ci(&c.name, name))
    }

    fn groups(&self, source: SurveySource) -> &[Group] {
        match source {
            SurveySource::So2024 => &self.g24,
            SurveySource::So2025 => &self.g25,
        }
    }

    /// Picks the survey automatically: 2025 when a language is asked for (only
    /// 2025 has languages), otherwise 2024 (its years are professional years and
    /// it has industries); if the role is missing from that year, the other year.
    /// Then backs off as described in [`SurveyData::distribution_from`].
    pub fn distribution(&self, q: &Query) -> Option<Distribution> {
        let first = if q.language.is_some() { SurveySource::So2025 } else { SurveySource::So2024 };
        let other = if first == SurveySource::So2024 { SurveySource::So2025 } else { SurveySource::So2024 };
        let r = self.roles.get(self.find_role(q.role)?)?;
        let has = |s: SurveySource| match s {
            SurveySource::So2024 => r.n_2024 >= MIN_N,
            SurveySource::So2025 => r.n_2025 >= MIN_N,
        };
        if has(first) || !has(other) {
            self.distribution_from(first, q)
        } else {
            let mut d = self.distribution_from(other, q)?;
            d.backed_off.insert(0, format!("fewer than {MIN_N} {} in the {}, so the {} is used", r.name.to_ascii_lowercase(), first.name(), other.name()));
            Some(d)
        }
    }

    /// Distribution from one survey, with the fixed back-off order:
    ///
    /// 1. role + country + years band + industry/language
    /// 2. drop industry (2024) or language (2025)
    /// 3. drop the years band
    /// 4. country → world, with the years band restored
    /// 5. world, all years
    ///
    /// Steps whose dimension was not asked for are skipped. A dimension the
    /// survey does not have (language in 2024, industry in 2025) or an unknown
    /// code is dropped up front with a note. Returns `None` only when the role is
    /// unknown or has fewer than [`MIN_N`] respondents worldwide.
    pub fn distribution_from(&self, source: SurveySource, q: &Query) -> Option<Distribution> {
        let ri = self.find_role(q.role)?;
        let role = self.roles.get(ri)?;
        let groups = self.groups(source);
        let countries = &self.countries;
        let mut notes: Vec<String> = Vec::new();

        // Country.
        let mut country: Option<usize> = None;
        if let Some(c) = q.country.filter(|c| !c.trim().is_empty()) {
            match self.find_country(c) {
                Some(i) => country = Some(i),
                None => notes.push(format!("fewer than {MIN_N} respondents from {c}, so worldwide figures are shown")),
            }
        }
        let band = q.years.map(years_band);

        // Industry or language.
        let mut ext: Option<(usize, &str)> = None;
        let (want_lang, want_ind) = (q.language.filter(|s| !s.trim().is_empty()), q.industry.filter(|s| !s.trim().is_empty()));
        match source {
            SurveySource::So2024 => {
                if let Some(l) = want_lang {
                    notes.push(format!("the 2024 data has no languages, so {l} is left out"));
                }
                if let Some(i) = want_ind {
                    let (code, note) = industry_alias(i);
                    if let Some(n) = note {
                        notes.push(n.to_string());
                    }
                    match find_ext(&self.industries, &code).and_then(|x| Some((x, self.industries.get(x)?.name.as_str()))) {
                        Some(e) => ext = Some(e),
                        None => notes.push(format!("unknown industry “{i}”, so industry is left out")),
                    }
                }
            }
            SurveySource::So2025 => {
                if let Some(i) = want_ind {
                    notes.push(format!("the 2025 survey (the one with languages) has no industry, so {i} is left out"));
                }
                if let Some(l) = want_lang {
                    let code = if eq_ci(l, "nodejs") || eq_ci(l, "node.js") || eq_ci(l, "node") {
                        notes.push("Node.js is not a language in the survey; JavaScript is used".to_string());
                        "javascript"
                    } else {
                        l
                    };
                    match find_ext(&self.languages, code).and_then(|x| Some((x, self.languages.get(x)?.name.as_str()))) {
                        Some(e) => ext = Some(e),
                        None => notes.push(format!("unknown language “{l}”, so language is left out")),
                    }
                }
            }
        }

        let ext_word = if source == SurveySource::So2024 { "industry" } else { "language" };
        let cname = |c: Option<usize>| c.and_then(|i| countries.get(i)).map(|c| c.name.as_str()).unwrap_or("the world");
        let bname = |b: Option<usize>| b.and_then(|i| YEARS_BANDS.get(i)).map(|b| b.2).unwrap_or("all years");
        let describe = |c: Option<usize>, b: Option<usize>, e: Option<(usize, &str)>| {
            let mut s = format!("{} · {}", role.name, c.and_then(|i| countries.get(i)).map(|c| c.name.as_str()).unwrap_or("worldwide"));
            if let Some(b) = b.and_then(|i| YEARS_BANDS.get(i)) {
                s.push_str(" · ");
                s.push_str(b.2);
            }
            if let Some((_, name)) = e {
                s.push_str(" · ");
                s.push_str(name);
            }
            s
        };

        // The fixed back-off ladder.
        type Step<'s> = (Option<usize>, Option<usize>, Option<(usize, &'s str)>);
        let mut steps: Vec<Step> = vec![(country, band, ext), (country, band, None), (country, None, None), (None, band, None), (None, None, None)];
        steps.dedup();
        let mut prev: Step = steps[0];
        // Indices come from the parsed tables, which hold at most 254 rows each.
        let k = |i: Option<usize>| i.and_then(|i| u8::try_from(i).ok()).filter(|&i| i != ANY).unwrap_or(ANY);
        let rk = k(Some(ri));
        for step in steps {
            let key = [rk, k(step.0), k(step.1), k(step.2.map(|e| e.0))];
            if step != prev {
                // Explain what changed between the previous (too small) group and this one.
                let small = describe(prev.0, prev.1, prev.2);
                if prev.2.is_some() && step.2.is_none() {
                    notes.push(format!("fewer than {MIN_N} respondents in {small}, so {ext_word} is left out"));
                } else if prev.1.is_some() && step.1.is_none() && prev.0 == step.0 {
                    notes.push(format!("fewer than {MIN_N} respondents in {small}, so years of experience are left out"));
                } else if prev.0.is_some() && step.0.is_none() {
                    notes.push(format!("fewer than {MIN_N} {} in {}, so worldwide figures are shown", role.name.to_ascii_lowercase(), cname(prev.0)));
                } else if prev.1.is_some() && step.1.is_none() {
                    notes.push(format!("fewer than {MIN_N} respondents in {small}, so all years are used ({} asked)", bname(prev.1)));
                }
            }
            if rk != ANY {
                if let Some(stats) = lookup(groups, key) {
                    return Some(Distribution { stats, source, group: describe(step.0, step.1, step.2), backed_off: notes });
                }
            }
            prev = step;
        }
        None
    }
}
