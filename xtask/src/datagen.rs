//! The data build: raw files in, one content-addressed data file out
//! (`static/data/survey-<hash>.txt`, fetched by the app after the first paint)
//! plus `crates/core/src/generated/survey_file.rs` naming it.
//!
//! Self-contained on purpose (std only, no submodules) so that
//! `tests/data_build.rs` can compile this very file with `#[path]` and check
//! that the committed files are exactly what this code produces.
//! Every rule here is documented in `docs/data.md`.

#![allow(dead_code)]

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

/// Smallest group we publish a figure for.
pub const MIN_N: usize = 30;
/// Plausible pay band for the Stack Overflow surveys, USD/yr, inclusive.
pub const PAY_MIN: f64 = 1_000.0;
/// Upper end of the plausible band, USD/yr, inclusive.
pub const PAY_MAX: f64 = 1_000_000.0;
/// Plausible DOU net monthly pay band, USD/month, inclusive.
pub const DOU_MIN: f64 = 100.0;
/// Upper end of the DOU band.
pub const DOU_MAX: f64 = 50_000.0;
/// INR per USD used to convert the article's India figure (ECB reference rates
/// of 31 Dec 2024, the same rate as `Currency::Inr` in crates/core/src/inputs.rs).
pub const INR_PER_USD: f64 = 85.60;
/// "Any" marker in the generated group keys.
pub const ANY: u8 = 255;
/// Hours in a work year (DOL/BLS convention).
pub const HOURS_PER_YEAR: f64 = 2080.0;

/// Years-of-experience bands: (low, high inclusive, label).
pub const BANDS: &[(u32, u32, &str)] = &[
    (0, 1, "0–1 years"),
    (2, 4, "2–4 years"),
    (5, 9, "5–9 years"),
    (10, 19, "10–19 years"),
    (20, u32::MAX, "20+ years"),
];

/// The repository root, found from this crate's manifest directory.
pub fn repo_root() -> PathBuf {
    let here = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    // xtask/ -> repo root; when compiled into the root crate's tests the
    // manifest dir already is the root.
    if here.join("xtask").is_dir() {
        here
    } else {
        here.parent().map(Path::to_path_buf).unwrap_or(here)
    }
}

// ---------------------------------------------------------------- parsing

/// RFC 4180 CSV: quoted fields may hold commas, newlines and doubled quotes.
/// A leading UTF-8 BOM is skipped; CR before LF is dropped outside quotes.
pub fn parse_csv(text: &str) -> Vec<Vec<String>> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut rows = Vec::new();
    let mut row: Vec<String> = Vec::new();
    let mut field = String::new();
    let mut in_quotes = false;
    let mut dirty = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if in_quotes {
            if c == '"' {
                if chars.peek() == Some(&'"') {
                    field.push('"');
                    chars.next();
                } else {
                    in_quotes = false;
                }
            } else {
                field.push(c);
            }
            continue;
        }
        match c {
            '"' => {
                in_quotes = true;
                dirty = true;
            }
            ',' => {
                row.push(std::mem::take(&mut field));
                dirty = true;
            }
            '\r' if chars.peek() == Some(&'\n') => {}
            '\n' => {
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
                dirty = false;
            }
            _ => {
                field.push(c);
                dirty = true;
            }
        }
    }
    if dirty {
        row.push(field);
        rows.push(row);
    }
    rows
}

/// Windows-1251 to UTF-8 (bytes below 0x80 are ASCII).
pub fn decode_cp1251(bytes: &[u8]) -> String {
    const HIGH: [u16; 64] = [
        0x0402, 0x0403, 0x201A, 0x0453, 0x201E, 0x2026, 0x2020, 0x2021, 0x20AC, 0x2030, 0x0409, 0x2039, 0x040A,
        0x040C, 0x040B, 0x040F, 0x0452, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0xFFFD, 0x2122,
        0x0459, 0x203A, 0x045A, 0x045C, 0x045B, 0x045F, 0x00A0, 0x040E, 0x045E, 0x0408, 0x00A4, 0x0490, 0x00A6,
        0x00A7, 0x0401, 0x00A9, 0x0404, 0x00AB, 0x00AC, 0x00AD, 0x00AE, 0x0407, 0x00B0, 0x00B1, 0x0406, 0x0456,
        0x0491, 0x00B5, 0x00B6, 0x00B7, 0x0451, 0x2116, 0x0454, 0x00BB, 0x0458, 0x0405, 0x0455, 0x0457,
    ];
    bytes
        .iter()
        .map(|&b| match b {
            0..=0x7F => b as char,
            0x80..=0xBF => char::from_u32(HIGH[(b - 0x80) as usize] as u32).unwrap_or('\u{FFFD}'),
            _ => char::from_u32(0x0410 + (b - 0xC0) as u32).unwrap_or('\u{FFFD}'),
        })
        .collect()
}

/// A minimal JSON value.
#[derive(Debug, Clone)]
pub enum Json {
    Null,
    Bool(bool),
    Num(f64),
    Str(String),
    Arr(Vec<Json>),
    Obj(Vec<(String, Json)>),
}

impl Json {
    /// Member of an object.
    pub fn get(&self, key: &str) -> Option<&Json> {
        match self {
            Json::Obj(m) => m.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }
    /// String value, or a number's text.
    pub fn str(&self) -> Option<&str> {
        match self {
            Json::Str(s) => Some(s),
            _ => None,
        }
    }
    /// Numeric value (numbers only).
    pub fn num(&self) -> Option<f64> {
        match self {
            Json::Num(n) => Some(*n),
            _ => None,
        }
    }
    /// Array items.
    pub fn arr(&self) -> &[Json] {
        match self {
            Json::Arr(a) => a,
            _ => &[],
        }
    }
}

/// Parses a JSON document (enough for the DOL files: no surrogate pairs needed
/// beyond what `\u` escapes encode directly).
pub fn parse_json(text: &str) -> Result<Json, String> {
    struct P<'a> {
        b: &'a [u8],
        i: usize,
    }
    impl P<'_> {
        fn ws(&mut self) {
            while self.i < self.b.len() && self.b[self.i].is_ascii_whitespace() {
                self.i += 1;
            }
        }
        fn err<T>(&self, what: &str) -> Result<T, String> {
            Err(format!("JSON: {what} at byte {}", self.i))
        }
        fn value(&mut self) -> Result<Json, String> {
            self.ws();
            match self.b.get(self.i) {
                Some(b'{') => {
                    self.i += 1;
                    let mut m = Vec::new();
                    self.ws();
                    if self.b.get(self.i) == Some(&b'}') {
                        self.i += 1;
                        return Ok(Json::Obj(m));
                    }
                    loop {
                        self.ws();
                        let k = self.string()?;
                        self.ws();
                        if self.b.get(self.i) != Some(&b':') {
                            return self.err("expected ':'");
                        }
                        self.i += 1;
                        let v = self.value()?;
                        m.push((k, v));
                        self.ws();
                        match self.b.get(self.i) {
                            Some(b',') => self.i += 1,
                            Some(b'}') => {
                                self.i += 1;
                                return Ok(Json::Obj(m));
                            }
                            _ => return self.err("expected ',' or '}'"),
                        }
                    }
                }
                Some(b'[') => {
                    self.i += 1;
                    let mut a = Vec::new();
                    self.ws();
                    if self.b.get(self.i) == Some(&b']') {
                        self.i += 1;
                        return Ok(Json::Arr(a));
                    }
                    loop {
                        a.push(self.value()?);
                        self.ws();
                        match self.b.get(self.i) {
                            Some(b',') => self.i += 1,
                            Some(b']') => {
                                self.i += 1;
                                return Ok(Json::Arr(a));
                            }
                            _ => return self.err("expected ',' or ']'"),
                        }
                    }
                }
                Some(b'"') => Ok(Json::Str(self.string()?)),
                Some(b't') if self.b[self.i..].starts_with(b"true") => {
                    self.i += 4;
                    Ok(Json::Bool(true))
                }
                Some(b'f') if self.b[self.i..].starts_with(b"false") => {
                    self.i += 5;
                    Ok(Json::Bool(false))
                }
                Some(b'n') if self.b[self.i..].starts_with(b"null") => {
                    self.i += 4;
                    Ok(Json::Null)
                }
                Some(c) if *c == b'-' || c.is_ascii_digit() => {
                    let s = self.i;
                    while self.i < self.b.len() && matches!(self.b[self.i], b'-' | b'+' | b'.' | b'e' | b'E' | b'0'..=b'9') {
                        self.i += 1;
                    }
                    let t = std::str::from_utf8(&self.b[s..self.i]).map_err(|e| e.to_string())?;
                    t.parse::<f64>().map(Json::Num).map_err(|_| format!("JSON: bad number {t}"))
                }
                _ => self.err("unexpected input"),
            }
        }
        fn string(&mut self) -> Result<String, String> {
            if self.b.get(self.i) != Some(&b'"') {
                return self.err("expected string");
            }
            self.i += 1;
            let mut out = Vec::new();
            loop {
                match self.b.get(self.i) {
                    None => return self.err("unterminated string"),
                    Some(b'"') => {
                        self.i += 1;
                        return String::from_utf8(out).map_err(|e| e.to_string());
                    }
                    Some(b'\\') => {
                        let e = self.b.get(self.i + 1).copied();
                        self.i += 2;
                        let c = match e {
                            Some(b'n') => '\n',
                            Some(b't') => '\t',
                            Some(b'r') => '\r',
                            Some(b'b') => '\u{8}',
                            Some(b'f') => '\u{c}',
                            Some(b'u') => {
                                let h = self.b.get(self.i..self.i + 4).ok_or("JSON: short \\u")?;
                                let h = std::str::from_utf8(h).map_err(|e| e.to_string())?;
                                self.i += 4;
                                char::from_u32(u32::from_str_radix(h, 16).map_err(|e| e.to_string())?).unwrap_or('\u{FFFD}')
                            }
                            Some(c) => c as char,
                            None => return self.err("bad escape"),
                        };
                        let mut buf = [0u8; 4];
                        out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
                    }
                    Some(&c) => {
                        out.push(c);
                        self.i += 1;
                    }
                }
            }
        }
    }
    let mut p = P { b: text.as_bytes(), i: 0 };
    let v = p.value()?;
    p.ws();
    if p.i != p.b.len() {
        return p.err("trailing data");
    }
    Ok(v)
}

fn read_text(path: &Path) -> Result<String, String> {
    std::fs::read_to_string(path).map_err(|e| format!("cannot read {}: {e}", path.display()))
}

fn col(header: &[String], name: &str) -> Result<usize, String> {
    header.iter().position(|h| h == name).ok_or_else(|| format!("column {name:?} not found"))
}

// ---------------------------------------------------------------- statistics

/// Percentile with linear interpolation between order statistics
/// (Hyndman & Fan type 7, the default of R, NumPy and Excel's PERCENTILE.INC).
/// `sorted` must be sorted ascending and non-empty.
pub fn percentile(sorted: &[f64], p: f64) -> f64 {
    let n = sorted.len();
    if n == 0 {
        return 0.0;
    }
    let h = (n - 1) as f64 * p;
    let lo = h.floor() as usize;
    let hi = (lo + 1).min(n - 1);
    sorted[lo] + (h - lo as f64) * (sorted[hi] - sorted[lo])
}

/// p10, p25, p50, p75, p90 rounded to whole units, and n.
pub fn stats(values: &[f64]) -> ([u32; 5], u32) {
    let mut v = values.to_vec();
    v.sort_by(|a, b| a.total_cmp(b));
    let p = [0.10, 0.25, 0.50, 0.75, 0.90].map(|q| percentile(&v, q).round() as u32);
    (p, v.len() as u32)
}

/// Maps a years answer to a band index; "Less than 1 year" → 0 years,
/// "More than 50 years" → 51 years; "NA"/empty → None.
pub fn band_of_answer(s: &str) -> Option<u8> {
    let years: f64 = match s.trim() {
        "Less than 1 year" => 0.0,
        "More than 50 years" => 51.0,
        t => t.parse().ok()?,
    };
    if years.is_nan() || years < 0.0 {
        return None;
    }
    band_of_years(years.floor() as u32)
}

/// Band index of whole years.
pub fn band_of_years(y: u32) -> Option<u8> {
    BANDS.iter().position(|&(lo, hi, _)| y >= lo && y <= hi).map(|i| i as u8)
}

// ---------------------------------------------------------------- labels

/// Stable role codes for the survey's DevType answers (both years). Roles not
/// listed get a slug of their label.
const ROLE_MAP: &[(&str, &str, &str)] = &[
    // (survey label, code, display name)
    ("Developer, back-end", "backend", "Back-end developers"),
    ("Developer, front-end", "frontend", "Front-end developers"),
    ("Developer, full-stack", "fullstack", "Full-stack developers"),
    ("Developer, desktop or enterprise applications", "desktop", "Desktop/enterprise developers"),
    ("Developer, mobile", "mobile", "Mobile developers"),
    ("Developer, embedded applications or devices", "embedded", "Embedded developers"),
    ("Developer, game or graphics", "game", "Game/graphics developers"),
    ("Developer, QA or test", "qa", "QA/test developers"),
    ("Engineering manager", "eng-manager", "Engineering managers"),
    ("Data engineer", "data-engineer", "Data engineers"),
    ("DevOps specialist", "devops", "DevOps engineers"),
    ("DevOps engineer or professional", "devops", "DevOps engineers"),
    ("Data scientist or machine learning specialist", "data-scientist", "Data scientists"),
    ("Data scientist", "data-scientist", "Data scientists"),
    ("Cloud infrastructure engineer", "cloud", "Cloud infrastructure engineers"),
    ("Engineer, site reliability", "sre", "Site reliability engineers"),
    ("Architect, software or solutions", "architect", "Software/solutions architects"),
    ("Senior Executive (C-Suite, VP, etc.)", "executive", "Senior executives"),
    ("Senior executive (C-suite, VP, etc.)", "executive", "Senior executives"),
    ("Security professional", "security", "Security professionals"),
    ("Cybersecurity or InfoSec professional", "security", "Security professionals"),
    ("Database administrator", "dba", "Database administrators"),
    ("Database administrator or engineer", "dba", "Database administrators"),
    ("System administrator", "sysadmin", "System administrators"),
    ("Academic researcher", "researcher", "Academic researchers"),
    ("Data or business analyst", "analyst", "Data/business analysts"),
    ("Project manager", "project-manager", "Project managers"),
    ("Product manager", "product-manager", "Product managers"),
    ("Other (please specify):", "other", "Other roles"),
];

/// Industry codes for the 2024 Industry answers.
const INDUSTRY_MAP: &[(&str, &str, &str)] = &[
    ("Software Development", "software", "Software development"),
    ("Fintech", "fintech", "Fintech"),
    ("Banking/Financial Services", "banking", "Banking/financial services"),
    ("Insurance", "insurance", "Insurance"),
    ("Healthcare", "healthcare", "Healthcare"),
    ("Media & Advertising Services", "media-advertising", "Media & advertising"),
    ("Higher Education", "higher-education", "Higher education"),
    ("Computer Systems Design and Services", "it-services", "IT services/consulting"),
    ("Internet, Telecomm or Information Services", "internet-telecom", "Internet/telecom"),
    ("Retail and Consumer Services", "retail", "Retail"),
    ("Manufacturing", "manufacturing", "Manufacturing"),
    ("Government", "government", "Government"),
    ("Transportation, or Supply Chain", "transport", "Transportation/supply chain"),
    ("Energy", "energy", "Energy"),
    ("Other:", "other", "Other industries"),
];
/// The composite "finance" industry: these survey labels together.
const FINANCE_LABELS: &[&str] = &["Fintech", "Banking/Financial Services", "Insurance"];

/// Language codes where a slug would be ambiguous or ugly.
const LANG_CODES: &[(&str, &str)] = &[
    ("C#", "csharp"),
    ("C++", "cpp"),
    ("F#", "fsharp"),
    ("Bash/Shell (all shells)", "bash"),
    ("HTML/CSS", "html-css"),
    ("Visual Basic (.Net)", "vb-net"),
];

/// Lowercase ASCII slug: runs of other characters become one '-'.
pub fn slug(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    while out.ends_with('-') {
        out.pop();
    }
    out
}

fn role_of(label: &str) -> Option<(String, String)> {
    if label.is_empty() || label == "NA" {
        return None;
    }
    Some(match ROLE_MAP.iter().find(|r| r.0 == label) {
        Some(&(_, c, n)) => (c.to_string(), n.to_string()),
        None => (slug(label), label.to_string()),
    })
}

fn lang_code(label: &str) -> String {
    LANG_CODES.iter().find(|l| l.0 == label).map(|l| l.1.to_string()).unwrap_or_else(|| slug(label))
}

// ---------------------------------------------------------------- survey rows

/// One cleaned survey respondent.
#[derive(Clone, Debug)]
pub struct Resp {
    pub pay: f64,
    pub role: String,
    pub country: String,
    pub band: Option<u8>,
    /// Industry codes (2024) or language codes (2025).
    pub ext: Vec<String>,
}

/// Counts of what cleaning dropped, for the report in the generated header.
#[derive(Default, Debug, Clone)]
pub struct Cleaning {
    pub rows: usize,
    pub pay_outside_band: usize,
    pub pay_not_numeric: usize,
    pub kept: usize,
}

impl Cleaning {
    /// Applies the pay rules to one answer: counts the row, and returns the
    /// pay if it is a number inside [PAY_MIN, PAY_MAX]; counts why not otherwise.
    fn pay(&mut self, answer: &str) -> Option<f64> {
        self.rows += 1;
        let Ok(pay) = answer.parse::<f64>() else {
            self.pay_not_numeric += 1;
            return None;
        };
        if !(PAY_MIN..=PAY_MAX).contains(&pay) {
            self.pay_outside_band += 1;
            return None;
        }
        Some(pay)
    }
}

/// Stack Overflow 2024 subset.
pub fn load_so2024(shared: &Path) -> Result<(Vec<Resp>, Cleaning), String> {
    let rows = parse_csv(&read_text(&shared.join("stackoverflow-2024-subset/survey_results_public.csv"))?);
    let h = rows.first().ok_or("SO2024: empty file")?;
    let (ip, ir, ic, iy, ii) = (
        col(h, "ConvertedCompYearly")?,
        col(h, "DevType")?,
        col(h, "Country")?,
        col(h, "YearsCodePro")?,
        col(h, "Industry")?,
    );
    let mut out = Vec::new();
    let mut cl = Cleaning::default();
    for r in rows.iter().skip(1) {
        if r.len() != h.len() {
            continue;
        }
        let Some(pay) = cl.pay(&r[ip]) else { continue };
        let Some((role, _)) = role_of(&r[ir]) else { continue };
        let mut ext = Vec::new();
        if let Some(m) = INDUSTRY_MAP.iter().find(|m| m.0 == r[ii]) {
            ext.push(m.1.to_string());
        }
        if FINANCE_LABELS.contains(&r[ii].as_str()) {
            ext.push("finance".to_string());
        }
        cl.kept += 1;
        out.push(Resp { pay, role, country: r[ic].clone(), band: band_of_answer(&r[iy]), ext });
    }
    Ok((out, cl))
}

/// Stack Overflow 2025: salary_prediction joined with language_trends on the index.
pub fn load_so2025(shared: &Path) -> Result<(Vec<Resp>, Cleaning), String> {
    let dir = shared.join("stackoverflow-2025-processed");
    let langs = parse_csv(&read_text(&dir.join("survey_results_language_trends.csv"))?);
    let lh = langs.first().ok_or("SO2025 languages: empty")?;
    let li = col(lh, "LanguageHaveWorkedWith")?;
    let mut by_idx: HashMap<String, Vec<String>> = HashMap::new();
    for r in langs.iter().skip(1) {
        if r.len() == lh.len() && !r[li].is_empty() {
            let v = by_idx.entry(r[0].clone()).or_default();
            let code = lang_code(&r[li]);
            if !v.contains(&code) {
                v.push(code);
            }
        }
    }
    let rows = parse_csv(&read_text(&dir.join("survey_results_salary_prediction.csv"))?);
    let h = rows.first().ok_or("SO2025: empty")?;
    let (ip, iy, ic, ir) = (col(h, "salary")?, col(h, "YearsCode")?, col(h, "Country")?, col(h, "PrimaryRole")?);
    let mut out = Vec::new();
    let mut cl = Cleaning::default();
    for r in rows.iter().skip(1) {
        if r.len() != h.len() {
            continue;
        }
        let Some(pay) = cl.pay(&r[ip]) else { continue };
        let Some((role, _)) = role_of(&r[ir]) else { continue };
        let mut ext = by_idx.get(&r[0]).cloned().unwrap_or_default();
        ext.sort();
        cl.kept += 1;
        out.push(Resp { pay, role, country: r[ic].clone(), band: band_of_answer(&r[iy]), ext });
    }
    Ok((out, cl))
}

/// Pay values of the respondents matching a filter.
pub fn pays<'a>(rs: &'a [Resp], f: impl Fn(&Resp) -> bool + 'a) -> Vec<f64> {
    rs.iter().filter(|r| f(r)).map(|r| r.pay).collect()
}

// ---------------------------------------------------------------- other sources

/// BLS OEWS May 2024 national figures for one occupation.
#[derive(Debug, Clone)]
pub struct Bls {
    pub employment: u32,
    pub mean: u32,
    pub annual: [u32; 5],
    pub hourly_cents: [u32; 5],
}

pub fn load_bls(shared: &Path, occ: &str) -> Result<Bls, String> {
    let rows = parse_csv(&read_text(&shared.join("bls-oews-national-may2024/national_M2024_dl.converted.csv"))?);
    let h = rows.first().ok_or("BLS: empty")?;
    let r = rows
        .iter()
        .find(|r| r.len() == h.len() && r[col(h, "OCC_CODE").unwrap_or(0)] == occ)
        .ok_or_else(|| format!("BLS: {occ} not found"))?;
    let num = |name: &str| -> Result<f64, String> {
        r[col(h, name)?].parse::<f64>().map_err(|_| format!("BLS: {name} not numeric"))
    };
    let a = ["A_PCT10", "A_PCT25", "A_MEDIAN", "A_PCT75", "A_PCT90"];
    let hr = ["H_PCT10", "H_PCT25", "H_MEDIAN", "H_PCT75", "H_PCT90"];
    let mut annual = [0; 5];
    let mut hourly_cents = [0; 5];
    for i in 0..5 {
        annual[i] = num(a[i])?.round() as u32;
        hourly_cents[i] = (num(hr[i])? * 100.0).round() as u32;
    }
    Ok(Bls { employment: num("TOT_EMP")?.round() as u32, mean: num("A_MEAN")?.round() as u32, annual, hourly_cents })
}

/// One DOL OFLC area with its four wage levels.
#[derive(Debug, Clone)]
pub struct Area {
    pub id: u32,
    pub name: String,
    pub state: String,
    pub cents: [u32; 4],
}

pub fn load_dol(shared: &Path) -> Result<Vec<Area>, String> {
    let dir = shared.join("dol-oflc-prevailing-wage-2025-26");
    let areas = parse_json(&read_text(&dir.join("areas.json"))?)?;
    let wages = parse_json(&read_text(&dir.join("wages_15-1252.json"))?)?;
    let mut names = HashMap::new();
    for a in areas.arr() {
        let id = a.get("id").and_then(Json::str).ok_or("areas.json: id")?;
        let name = a.get("name").and_then(Json::str).ok_or("areas.json: name")?;
        let state = a.get("state").and_then(Json::str).unwrap_or("");
        names.insert(id.to_string(), (name.to_string(), state.to_string()));
    }
    let mut out = Vec::new();
    for w in wages.get("wages").map(Json::arr).unwrap_or(&[]) {
        let id = w.get("area_id").and_then(Json::str).ok_or("wages: area_id")?;
        let (name, state) = names.get(id).cloned().ok_or_else(|| format!("area {id} has no name"))?;
        let mut cents = [0u32; 4];
        for (i, k) in ["l1", "l2", "l3", "l4"].iter().enumerate() {
            cents[i] = (w.get(k).and_then(Json::num).ok_or_else(|| format!("area {id}: {k}"))? * 100.0).round() as u32;
        }
        out.push(Area { id: id.parse().map_err(|_| format!("area id {id}"))?, name, state, cents });
    }
    out.sort_by_key(|a| a.id);
    Ok(out)
}

/// Standard normal CDF (Abramowitz & Stegun 7.1.26 erf, |error| < 1.5e-7).
pub fn norm_cdf(x: f64) -> f64 {
    let z = x.abs() / std::f64::consts::SQRT_2;
    let t = 1.0 / (1.0 + 0.3275911 * z);
    let y = 1.0
        - (((((1.061405429 * t - 1.453152027) * t) + 1.421413741) * t - 0.284496736) * t + 0.254829592)
            * t
            * (-z * z).exp();
    if x >= 0.0 {
        0.5 * (1.0 + y)
    } else {
        0.5 * (1.0 - y)
    }
}

/// Inverse standard normal CDF by bisection on [`norm_cdf`] (deterministic).
pub fn norm_inv(p: f64) -> f64 {
    let (mut lo, mut hi) = (-10.0f64, 10.0f64);
    for _ in 0..200 {
        let mid = 0.5 * (lo + hi);
        if norm_cdf(mid) < p {
            lo = mid;
        } else {
            hi = mid;
        }
    }
    0.5 * (lo + hi)
}

/// National reference for the metro factor: the DOL "Level III" computed
/// with the OFLC (ACWIA) method from the BLS national distribution.
/// A log-normal is fitted to the five BLS national percentiles by least
/// squares of ln(wage) on the normal quantile; then Level I = mean of the
/// lowest third, Level IV = mean of the upper two thirds, and
/// Level III = I + 2/3 (IV − I). Returns (mu, sigma, L1, L4, L3) in USD/yr.
pub fn national_level3(bls: &Bls) -> (f64, f64, f64, f64, f64) {
    let ps = [0.10, 0.25, 0.50, 0.75, 0.90];
    let z: Vec<f64> = ps.iter().map(|&p| norm_inv(p)).collect();
    let l: Vec<f64> = bls.annual.iter().map(|&v| (v as f64).ln()).collect();
    let zm = z.iter().sum::<f64>() / 5.0;
    let lm = l.iter().sum::<f64>() / 5.0;
    let sxy: f64 = z.iter().zip(&l).map(|(a, b)| (a - zm) * (b - lm)).sum();
    let sxx: f64 = z.iter().map(|a| (a - zm) * (a - zm)).sum();
    let sigma = sxy / sxx;
    let mu = lm - sigma * zm;
    let mean = (mu + sigma * sigma / 2.0).exp();
    let z1 = norm_inv(1.0 / 3.0);
    let low_share = norm_cdf(z1 - sigma); // share of total pay below the 1/3 quantile
    let l1 = mean * low_share * 3.0;
    let l4 = mean * (1.0 - low_share) * 1.5;
    let l3 = l1 + 2.0 * (l4 - l1) / 3.0;
    (mu, sigma, l1, l4, l3)
}

/// aijobs.net: Software/Backend Engineer, company in the US, per experience level.
pub fn load_aijobs(shared: &Path) -> Result<Vec<(String, [u32; 5], u32)>, String> {
    let rows = parse_csv(&read_text(&shared.join("aijobs-net-cc0/salaries.csv"))?);
    let h = rows.first().ok_or("aijobs: empty")?;
    let (il, it, iu, ic) = (col(h, "experience_level")?, col(h, "job_title")?, col(h, "salary_in_usd")?, col(h, "company_location")?);
    let mut out = Vec::new();
    for lvl in ["EN", "MI", "SE", "EX"] {
        let v: Vec<f64> = rows
            .iter()
            .skip(1)
            .filter(|r| r.len() == h.len())
            .filter(|r| r[il] == lvl && r[ic] == "US" && (r[it] == "Software Engineer" || r[it] == "Backend Engineer"))
            .filter_map(|r| r[iu].parse::<f64>().ok())
            .filter(|p| (PAY_MIN..=PAY_MAX).contains(p))
            .collect();
        let (p, n) = stats(&v);
        out.push((lvl.to_string(), p, n));
    }
    Ok(out)
}

/// DOU June 2025: back-end net monthly USD per title (Junior/Middle/Senior/all).
pub fn load_dou(shared: &Path) -> Result<Vec<(String, [u32; 5], u32)>, String> {
    let path = shared.join("dou-ukraine-2025-june/2025_june_raw.csv");
    let bytes = std::fs::read(&path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    let rows = parse_csv(&decode_cp1251(&bytes));
    let w = rows.first().map(Vec::len).unwrap_or(0);
    let back: Vec<(&str, f64)> = rows
        .iter()
        .skip(1)
        .filter(|r| r.len() == w && w > 8 && r[8] == "Back-end розробка")
        .filter_map(|r| r[2].trim().parse::<f64>().ok().map(|p| (r[4].as_str(), p)))
        .filter(|(_, p)| (DOU_MIN..=DOU_MAX).contains(p))
        .collect();
    if back.is_empty() {
        return Err("DOU: no back-end rows (encoding?)".into());
    }
    let mut out = Vec::new();
    for t in ["Junior", "Middle", "Senior", "All"] {
        let v: Vec<f64> = back.iter().filter(|(tt, _)| t == "All" || *tt == t).map(|x| x.1).collect();
        let (p, n) = stats(&v);
        out.push((t.to_string(), p, n));
    }
    Ok(out)
}

// ---------------------------------------------------------------- formatting

/// Whole dollars to the nearest hundred dollars (half away from zero), the
/// unit of the group tables.
pub fn hundreds(v: u32) -> u32 {
    (v + 50) / 100
}

/// "$171,000"-style thousands separators.
pub fn thousands(v: u64) -> String {
    let s = v.to_string();
    let mut out = String::new();
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

fn usd(v: f64) -> String {
    format!("${}", thousands(v.round().max(0.0) as u64))
}

fn pct_signed(v: f64) -> String {
    if v >= 0.0 {
        format!("+{v:.1}%")
    } else {
        format!("−{:.1}%", -v)
    }
}

// ---------------------------------------------------------------- claims

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verdict {
    Agrees,
    Disagrees,
    CantTell,
}

#[derive(Clone, Debug)]
pub struct ClaimFig {
    pub label: String,
    pub value: f64,
    pub unit: &'static str,
    pub n: u32,
    pub source: &'static str,
}

#[derive(Clone, Debug)]
pub struct ClaimOut {
    pub id: &'static str,
    pub figures: &'static [&'static str],
    pub article: String,
    pub data: Vec<ClaimFig>,
    pub verdict: Verdict,
    pub explanation: String,
}

const SRC24: &str = "Stack Overflow 2024";
const SRC25: &str = "Stack Overflow 2025";
const SRC_DOL: &str = "DOL OFLC 2025-26";
const SRC_AIJ: &str = "aijobs.net";
const SRC_BLS: &str = "BLS OEWS May 2024";

fn med_fig(label: String, v: &[f64], source: &'static str) -> ClaimFig {
    let (p, n) = stats(v);
    ClaimFig { label, value: p[2] as f64, unit: "USD/yr", n, source }
}

/// Value against a distribution: inside p25–p75 agrees, outside p10–p90
/// disagrees, in between can't tell; fewer than 30 respondents can't tell.
fn value_verdict(value: f64, v: &[f64], what: &str) -> (Verdict, String) {
    let (p, n) = stats(v);
    if (n as usize) < MIN_N {
        return (Verdict::CantTell, format!("Only {n} respondents for {what}, fewer than {MIN_N}, so there is no comparable figure."));
    }
    let [p10, p25, p50, p75, p90] = p.map(|x| x as f64);
    let range = format!("{what} (n = {n}): median {}, middle half {}–{}, p10–p90 {}–{}", usd(p50), usd(p25), usd(p75), usd(p10), usd(p90));
    if value >= p25 && value <= p75 {
        (Verdict::Agrees, format!("{} lies inside the middle half of {range}.", usd(value)))
    } else if value < p10 || value > p90 {
        let side = if value < p10 { "below the 10th" } else { "above the 90th" };
        (Verdict::Disagrees, format!("{} is {side} percentile of {range}.", usd(value)))
    } else {
        (Verdict::CantTell, format!("{} is within p10–p90 but outside the middle half of {range}, which is inconclusive.", usd(value)))
    }
}

/// Checks "a > b" (or "a ≈ b": within 5% of each other) pairwise on medians.
/// Any group under 30 → CantTell; otherwise every relation must hold to agree.
fn order_verdict(items: &[(String, Vec<f64>)], rels: &[&str], population: &str, source: &'static str) -> (Vec<ClaimFig>, Verdict, String) {
    let figs: Vec<ClaimFig> = items.iter().map(|(l, v)| med_fig(l.clone(), v, source)).collect();
    if let Some(f) = figs.iter().find(|f| (f.n as usize) < MIN_N) {
        return (figs.clone(), Verdict::CantTell, format!("{} has only {} respondents among {population}, fewer than {MIN_N}.", f.label, f.n));
    }
    let mut fails = Vec::new();
    for (i, rel) in rels.iter().enumerate() {
        let (a, b) = (&figs[i], &figs[i + 1]);
        let ok = match *rel {
            ">" => a.value > b.value,
            "<" => a.value < b.value,
            _ => (a.value - b.value).abs() <= 0.05 * a.value.max(b.value),
        };
        if !ok {
            fails.push(format!("{} {rel} {} fails", a.label, b.label));
        }
    }
    let medians: Vec<String> = figs.iter().map(|f| format!("{} {} (n = {})", f.label, usd(f.value), f.n)).collect();
    let text = format!("Medians among {population}: {}", medians.join(", "));
    if fails.is_empty() {
        (figs, Verdict::Agrees, format!("{text}; every stated relation holds."))
    } else {
        (figs, Verdict::Disagrees, format!("{text}; {}.", fails.join("; ")))
    }
}

struct Ctx<'a> {
    s24: &'a [Resp],
    s25: &'a [Resp],
    areas: &'a [Area],
    nat_l3_cents: f64,
    bls: &'a Bls,
    aij: &'a [(String, [u32; 5], u32)],
}

const US: &str = "United States of America";

fn claims(c: &Ctx) -> Vec<ClaimOut> {
    let mut out = Vec::new();
    let us_be = |r: &Resp| r.country == US && r.role == "backend";

    // US average.
    {
        let v = pays(c.s24, us_be);
        let (verdict, mut text) = value_verdict(89_766.0, &v, "US back-end developers, Stack Overflow 2024");
        text.push_str(&format!(
            " For reference, BLS puts all US software developers (15-1252) at a median of {} (p10 {}).",
            usd(c.bls.annual[2] as f64),
            usd(c.bls.annual[0] as f64)
        ));
        let mut data = vec![med_fig("US back-end, median".into(), &v, SRC24)];
        data.push(ClaimFig { label: "US software developers 15-1252, median".into(), value: c.bls.annual[2] as f64, unit: "USD/yr", n: c.bls.employment, source: SRC_BLS });
        out.push(ClaimOut { id: "us-average", figures: &["us-average"], article: "$89,766 per year".into(), data, verdict, explanation: text });
    }

    // PayScale ladder by years of professional coding (2024).
    for (id, value, band, art) in [
        ("ps-junior", 82_301.0, 0u8, "$82,301 (< 1 year)"),
        ("ps-mid", 89_766.0, 1, "$89,766 (1–4 years)"),
        ("ps-senior", 95_240.0, 2, "$95,240 (5–9 years)"),
    ] {
        let blabel = BANDS[band as usize].2;
        let mut v = pays(c.s24, |r| us_be(r) && r.band == Some(band));
        let mut what = format!("US back-end developers with {blabel} of professional coding, Stack Overflow 2024");
        let mut pre = String::new();
        if v.len() < MIN_N {
            pre = format!("Only {} US back-end respondents have {blabel}, so all US developer roles are used. ", v.len());
            v = pays(c.s24, |r| r.country == US && r.band == Some(band));
            what = format!("US developers (all roles) with {blabel} of professional coding, Stack Overflow 2024");
        }
        let (verdict, text) = value_verdict(value, &v, &what);
        let data = vec![med_fig(format!("US, {blabel}, median"), &v, SRC24)];
        out.push(ClaimOut { id, figures: std::slice::from_ref(match id { "ps-junior" => &"ps-junior", "ps-mid" => &"ps-mid", _ => &"ps-senior" }), article: art.into(), data, verdict, explanation: format!("{pre}{text}") });
    }

    // Software Guild ladder vs aijobs experience levels.
    for (id, value, lvl, art) in [
        ("sg-entry", 34_000.0, "EN", "$34,000 (entry level)"),
        ("sg-mid", 72_000.0, "MI", "$72,000 (mid level)"),
        ("sg-senior", 98_000.0, "SE", "$98,000 (senior)"),
    ] {
        let Some((_, p, n)) = c.aij.iter().find(|a| a.0 == lvl) else { continue };
        let (verdict, text) = if (*n as usize) < MIN_N {
            (Verdict::CantTell, format!("Only {n} aijobs.net rows at level {lvl}."))
        } else {
            let [p10, p25, p50, p75, p90] = p.map(|x| x as f64);
            let range = format!("US Software/Backend Engineer salaries at aijobs.net level {lvl} (n = {n}): median {}, middle half {}–{}, p10–p90 {}–{}", usd(p50), usd(p25), usd(p75), usd(p10), usd(p90));
            if value >= p25 && value <= p75 {
                (Verdict::Agrees, format!("{} lies inside the middle half of {range}.", usd(value)))
            } else if value < p10 || value > p90 {
                (Verdict::Disagrees, format!("{} is {} percentile of {range}.", usd(value), if value < p10 { "below the 10th" } else { "above the 90th" }))
            } else {
                (Verdict::CantTell, format!("{} is within p10–p90 but outside the middle half of {range}.", usd(value)))
            }
        };
        let figs: &'static [&'static str] = match id { "sg-entry" => &["sg-entry"], "sg-mid" => &["sg-mid"], _ => &["sg-senior"] };
        out.push(ClaimOut { id, figures: figs, article: art.into(), data: vec![ClaimFig { label: format!("US Software/Backend Engineer, {lvl}, median"), value: p[2] as f64, unit: "USD/yr", n: *n, source: SRC_AIJ }], verdict, explanation: text });
    }

    // City premiums vs DOL factors.
    for (id, area, value, art) in [
        ("city-sf", 41860u32, 28.0, "+28%"),
        ("city-chicago", 16980, 19.0, "+19%"),
        ("city-boston", 14460, 6.0, "+6%"),
        ("city-orlando", 36740, -29.0, "−29%"),
    ] {
        let figs: &'static [&'static str] = match id { "city-sf" => &["city-sf"], "city-chicago" => &["city-chicago"], "city-boston" => &["city-boston"], _ => &["city-orlando"] };
        let Some(a) = c.areas.iter().find(|a| a.id == area) else {
            out.push(ClaimOut { id, figures: figs, article: art.into(), data: vec![], verdict: Verdict::CantTell, explanation: format!("DOL area {area} is missing.") });
            continue;
        };
        let f = factor_tenths(a.cents[2], c.nat_l3_cents) as f64 / 10.0;
        let diff = (value - f).abs();
        let verdict = if diff <= 10.0 { Verdict::Agrees } else { Verdict::Disagrees };
        let text = format!(
            "DOL Level III for {} is ${:.2}/h, {} against the national Level III of ${:.2}/h; the article's {art} is {diff:.1} points away ({} 10).",
            a.name,
            a.cents[2] as f64 / 100.0,
            pct_signed(f),
            c.nat_l3_cents / 100.0,
            if diff <= 10.0 { "within" } else { "more than" }
        );
        out.push(ClaimOut { id, figures: figs, article: art.into(), data: vec![ClaimFig { label: format!("{} vs national", a.name), value: f, unit: "%", n: 0, source: SRC_DOL }], verdict, explanation: text });
    }

    // Language order, SO 2025, US back-end (or US all roles when a group is small).
    {
        let langs = [("JavaScript", "javascript"), ("Python", "python"), ("Java", "java"), ("PHP", "php")];
        let pick = |role: Option<&str>| -> Vec<(String, Vec<f64>)> {
            langs
                .iter()
                .map(|(l, code)| (l.to_string(), pays(c.s25, |r| r.country == US && role.is_none_or(|ro| r.role == ro) && r.ext.iter().any(|e| e == code))))
                .collect()
        };
        let mut items = pick(Some("backend"));
        let mut pop = "US back-end developers who worked with each language (Stack Overflow 2025)".to_string();
        let mut pre = String::new();
        if let Some((l, v)) = items.iter().find(|(_, v)| v.len() < MIN_N) {
            pre = format!("Only {} US back-end respondents worked with {l}, so all US roles are used. ", v.len());
            items = pick(None);
            pop = "US developers of all roles who worked with each language (Stack Overflow 2025)".into();
        }
        let (data, verdict, text) = order_verdict(&items, &[">", "≈", ">"], &pop, SRC25);
        out.push(ClaimOut {
            id: "lang-order",
            figures: &["lang-javascript", "lang-python", "lang-java", "lang-php"],
            article: "JavaScript > Python ≈ Java > PHP".into(),
            data,
            verdict,
            explanation: format!("{pre}{text} Respondents are counted under every language they worked with, so groups overlap."),
        });
        let js = pays(c.s25, |r| r.country == US && r.role == "backend" && r.ext.iter().any(|e| e == "javascript"));
        out.push(ClaimOut {
            id: "lang-nodejs",
            figures: &["lang-nodejs"],
            article: "Node.js developers are paid the least".into(),
            data: vec![med_fig("US back-end, JavaScript, median".into(), &js, SRC25)],
            verdict: Verdict::CantTell,
            explanation: "Node.js is a runtime, not a language, in the Stack Overflow survey; Node.js back-end work is counted under JavaScript, so the data cannot rank it separately.".into(),
        });
    }

    // Industry order, SO 2024.
    {
        let inds = [("Finance", "finance"), ("Media", "media-advertising"), ("Healthcare", "healthcare"), ("Consulting", "it-services"), ("Education", "higher-education")];
        let pick = |f: &dyn Fn(&Resp) -> bool| -> Vec<(String, Vec<f64>)> {
            inds.iter().map(|(l, code)| (l.to_string(), pays(c.s24, |r| f(r) && r.ext.iter().any(|e| e == code)))).collect()
        };
        type Pop<'a> = (&'a str, Box<dyn Fn(&Resp) -> bool>);
        let pops: [Pop; 3] = [
            ("US back-end developers (Stack Overflow 2024)", Box::new(|r: &Resp| r.country == US && r.role == "backend")),
            ("US developers of all roles (Stack Overflow 2024)", Box::new(|r: &Resp| r.country == US)),
            ("back-end developers worldwide (Stack Overflow 2024)", Box::new(|r: &Resp| r.role == "backend")),
        ];
        let mut chosen = None;
        let mut skipped = Vec::new();
        for (name, f) in pops.iter() {
            let items = pick(f.as_ref());
            if let Some((l, v)) = items.iter().find(|(_, v)| v.len() < MIN_N) {
                skipped.push(format!("{name}: {l} has only {}", v.len()));
                continue;
            }
            chosen = Some((name.to_string(), items));
            break;
        }
        let (name, items) = chosen.unwrap_or_else(|| (pops[2].0.to_string(), pick(pops[2].1.as_ref())));
        let (data, verdict, text) = order_verdict(&items, &[">", ">", ">", ">"], &name, SRC24);
        let pre = if skipped.is_empty() { String::new() } else { format!("Groups too small in {}; ", skipped.join("; ")) };
        out.push(ClaimOut {
            id: "ind-order",
            figures: &["ind-finance", "ind-media", "ind-healthcare", "ind-consulting", "ind-education"],
            article: "Finance > Media > Marketing > Healthcare > Consulting > Education".into(),
            data,
            verdict,
            explanation: format!("{pre}{text} Mapping: Finance = Banking/Financial Services + Fintech + Insurance; Media = Media & Advertising Services; Consulting = Computer Systems Design and Services; Education = Higher Education. Marketing has no category of its own (it is inside Media & Advertising), so it is left out."),
        });
        out.push(ClaimOut {
            id: "ind-marketing",
            figures: &["ind-marketing"],
            article: "Marketing pays above the average".into(),
            data: vec![],
            verdict: Verdict::CantTell,
            explanation: "The 2024 survey has no marketing industry; marketing is folded into Media & Advertising Services, so it cannot be separated from Media.".into(),
        });
    }

    // Roles: backend vs frontend / fullstack, US, both survey years must agree.
    for (id, other, other_name, rel, figs) in [
        ("role-backend-frontend", "frontend", "front-end", ">", &["role-backend", "role-frontend"] as &'static [&'static str]),
        ("role-backend-fullstack", "fullstack", "full-stack", "<", &["role-backend", "role-fullstack"]),
    ] {
        let mut data = Vec::new();
        let mut results = Vec::new();
        let mut parts = Vec::new();
        for (src, rs) in [(SRC24, c.s24), (SRC25, c.s25)] {
            let items = vec![
                ("back-end".to_string(), pays(rs, |r| r.country == US && r.role == "backend")),
                (other_name.to_string(), pays(rs, |r| r.country == US && r.role == other)),
            ];
            let (f, v, _) = order_verdict(&items, &[rel], "US", src);
            parts.push(format!("{src}: back-end {} (n = {}) vs {other_name} {} (n = {})", usd(f[0].value), f[0].n, usd(f[1].value), f[1].n));
            data.extend(f.into_iter().map(|mut x| {
                x.label = format!("US {}, median", x.label);
                x
            }));
            results.push(v);
        }
        let verdict = if results.iter().all(|v| *v == Verdict::Agrees) {
            Verdict::Agrees
        } else if results.iter().all(|v| *v == Verdict::Disagrees) {
            Verdict::Disagrees
        } else {
            Verdict::CantTell
        };
        let word = if rel == ">" { "more" } else { "less" };
        let tail = match verdict {
            Verdict::Agrees => format!("back-end is paid {word} in both years."),
            Verdict::Disagrees => format!("back-end is not paid {word} in either year."),
            Verdict::CantTell => "the two survey years point different ways (or a group is under 30).".into(),
        };
        out.push(ClaimOut { id, figures: figs, article: format!("back-end {rel} {other_name}"), data, verdict, explanation: format!("US medians, {}; {tail}", parts.join("; ")) });
    }

    // India.
    {
        let usd_v = 700_000.0 / INR_PER_USD;
        let v = pays(c.s24, |r| r.country == "India" && r.role == "backend");
        let (verdict, text) = value_verdict(usd_v, &v, "back-end developers in India, Stack Overflow 2024");
        out.push(ClaimOut {
            id: "india-average",
            figures: &["india-average"],
            article: "₹7 lakh per year".into(),
            data: vec![med_fig("India back-end, median".into(), &v, SRC24)],
            verdict,
            explanation: format!("₹7 lakh at {INR_PER_USD} INR/USD is {}. {text}", usd(usd_v)),
        });
    }

    // Hourly rates.
    out.push(ClaimOut {
        id: "hourly-rates",
        figures: &["hourly-na-low", "hourly-latam-low", "hourly-weu-low", "hourly-eeu-low", "hourly-asia-low", "rate-entry", "rate-mid", "rate-senior"],
        article: "Freelance hourly ranges by region ($80–100 North America … $21–50 Asia) and $20/$35/$50+ by level".into(),
        data: vec![],
        verdict: Verdict::CantTell,
        explanation: "None of the sources records freelance hourly rates: the surveys give annual pay of (mostly) employees and DOL levels are employer wage floors, and dividing annual pay by 2,080 hours would not measure a freelancer's billing rate.".into(),
    });
    out
}

/// Metro factor in tenths of a percent: (L3_area / L3_national − 1) × 1000.
pub fn factor_tenths(l3_cents: u32, nat_l3_cents: f64) -> i32 {
    ((l3_cents as f64 / nat_l3_cents - 1.0) * 1000.0).round() as i32
}

// ---------------------------------------------------------------- generation

struct Index {
    roles: Vec<(String, String, String, String, u32, u32)>, // code, name, label24, label25, n24, n25
    countries: Vec<(String, u32, u32)>,
}

fn groups(rs: &[Resp], idx: &Index, ext_index: &HashMap<String, u8>) -> BTreeMap<(u8, u8, u8, u8), Vec<f64>> {
    let role_i: HashMap<&str, u8> = idx.roles.iter().enumerate().map(|(i, r)| (r.0.as_str(), i as u8)).collect();
    let country_i: HashMap<&str, u8> = idx.countries.iter().enumerate().map(|(i, c)| (c.0.as_str(), i as u8)).collect();
    let mut g: BTreeMap<(u8, u8, u8, u8), Vec<f64>> = BTreeMap::new();
    for r in rs {
        let role = role_i.get(r.role.as_str()).copied();
        let country = country_i.get(r.country.as_str()).copied();
        let exts: Vec<u8> = r.ext.iter().filter_map(|e| ext_index.get(e).copied()).collect();
        for ro in role.into_iter() {
            for co in [country, Some(ANY)].into_iter().flatten() {
                for b in [r.band, Some(ANY)].into_iter().flatten() {
                    for &e in exts.iter().chain(std::iter::once(&ANY)) {
                        g.entry((ro, co, b, e)).or_default().push(r.pay);
                    }
                }
            }
        }
    }
    g.retain(|_, v| v.len() >= MIN_N);
    g
}

/// Runs the whole build and returns (path relative to the output root,
/// contents) pairs: the data file, its LICENSE.md, `survey_file.rs` and
/// LICENSE-DATA.md.
pub fn generate(shared: &Path) -> Result<Vec<(String, String)>, String> {
    if !shared.is_dir() {
        return Err(format!("{} is not a directory", shared.display()));
    }
    let (s24, c24) = load_so2024(shared)?;
    let (s25, c25) = load_so2025(shared)?;
    let bls = load_bls(shared, "15-1252")?;
    let areas = load_dol(shared)?;
    let aij = load_aijobs(shared)?;
    let dou = load_dou(shared)?;
    let (mu, sigma, nl1, nl4, nl3) = national_level3(&bls);
    let nat_l3_cents = (nl3 / HOURS_PER_YEAR * 100.0).round();

    // Role and country indices.
    let mut role_counts: BTreeMap<String, (u32, u32)> = BTreeMap::new();
    for r in &s24 {
        role_counts.entry(r.role.clone()).or_default().0 += 1;
    }
    for r in &s25 {
        role_counts.entry(r.role.clone()).or_default().1 += 1;
    }
    let labels = survey_role_labels(shared)?;
    let mut roles: Vec<(String, String, String, String, u32, u32)> = role_counts
        .iter()
        .map(|(code, &(a, b))| {
            let (l24, l25, name) = labels.get(code).cloned().unwrap_or_default();
            (code.clone(), name, l24, l25, a, b)
        })
        .collect();
    let rank = |c: &str| ROLE_MAP.iter().position(|r| r.1 == c).unwrap_or(usize::MAX);
    roles.sort_by(|a, b| rank(&a.0).cmp(&rank(&b.0)).then(a.0.cmp(&b.0)));
    let mut ccount: BTreeMap<String, (u32, u32)> = BTreeMap::new();
    for r in &s24 {
        ccount.entry(r.country.clone()).or_default().0 += 1;
    }
    for r in &s25 {
        ccount.entry(r.country.clone()).or_default().1 += 1;
    }
    let countries: Vec<(String, u32, u32)> =
        ccount.into_iter().filter(|(_, (a, b))| *a as usize >= MIN_N || *b as usize >= MIN_N).map(|(c, (a, b))| (c, a, b)).collect();
    if roles.len() >= ANY as usize || countries.len() >= ANY as usize {
        return Err("too many roles or countries for u8 keys".into());
    }
    let idx = Index { roles, countries };

    // Industries (2024) and languages (2025).
    let mut industries: Vec<(String, String, u32)> = INDUSTRY_MAP.iter().map(|m| (m.1.to_string(), m.2.to_string(), 0)).collect();
    industries.push(("finance".into(), "Finance (banking, fintech, insurance)".into(), 0));
    for r in &s24 {
        for e in &r.ext {
            if let Some(x) = industries.iter_mut().find(|x| &x.0 == e) {
                x.2 += 1;
            }
        }
    }
    let lang_labels = survey_language_labels(shared)?;
    let mut lang_n: BTreeMap<String, u32> = BTreeMap::new();
    for r in &s25 {
        for e in &r.ext {
            *lang_n.entry(e.clone()).or_default() += 1;
        }
    }
    let languages: Vec<(String, String, u32)> =
        lang_n.iter().map(|(c, n)| (c.clone(), lang_labels.get(c).cloned().unwrap_or_else(|| c.clone()), *n)).collect();
    let ind_index: HashMap<String, u8> = industries.iter().enumerate().map(|(i, x)| (x.0.clone(), i as u8)).collect();
    let lang_index: HashMap<String, u8> = languages.iter().enumerate().map(|(i, x)| (x.0.clone(), i as u8)).collect();
    let g24 = groups(&s24, &idx, &ind_index);
    let g25 = groups(&s25, &idx, &lang_index);

    let ctx = Ctx { s24: &s24, s25: &s25, areas: &areas, nat_l3_cents, bls: &bls, aij: &aij };
    let claims = claims(&ctx);

    // ---- write the data file (format: docs/data.md, parser: crates/core/src/survey.rs)
    let mut o = String::new();
    let w = &mut o;
    let _ = writeln!(w, "{FORMAT_HEADER}");
    let _ = writeln!(w, "# Backend developer salary calculator: survey data. @generated by `cargo run -p xtask -- data`");
    let _ = writeln!(w, "# from the raw sources. DO NOT EDIT: the file name is a hash of these bytes. Format: docs/data.md.");
    let _ = writeln!(w, "# Lines: '#' comment; '[name rows]' starts a section; rows are tab-separated; '[end]' closes the file.");
    let _ = writeln!(w, "# LICENCES (full text: LICENSE.md beside this file):");
    let _ = writeln!(w, "# * Sections roles, countries, industries, languages, g24, g25, and the Stack Overflow figures in claims");
    let _ = writeln!(w, "#   and claim-figures, are a database derived from the Stack Overflow Annual Developer Surveys 2024");
    let _ = writeln!(w, "#   (https://survey.stackoverflow.co/2024) and 2025 (https://survey.stackoverflow.co/2025), made available");
    let _ = writeln!(w, "#   under the Open Database License (ODbL) v1.0, https://opendatacommons.org/licenses/odbl/1-0/ ;");
    let _ = writeln!(w, "#   individual contents under the Database Contents License (DbCL) v1.0. Share-alike applies.");
    let _ = writeln!(w, "# * bls: U.S. Bureau of Labor Statistics, OEWS May 2024, US public domain.");
    let _ = writeln!(w, "# * national-l3, metros: U.S. Department of Labor, OFLC prevailing wages 2025-26, US public domain.");
    let _ = writeln!(w, "# * aijobs: aijobs.net salary index, CC0 1.0.");
    let _ = writeln!(w, "# * dou: aggregates only. Source: DOU salary survey, June 2025, https://dou.ua/");
    let _ = writeln!(w, "# Cleaning: Stack Overflow 2024 rows {} -> kept {} ({} outside {}..={} USD/yr, {} not numeric);", c24.rows, c24.kept, c24.pay_outside_band, PAY_MIN, PAY_MAX, c24.pay_not_numeric);
    let _ = writeln!(w, "# Stack Overflow 2025 rows {} -> kept {} ({} outside the band, {} not numeric).", c25.rows, c25.kept, c25.pay_outside_band, c25.pay_not_numeric);
    let _ = writeln!(w, "# Percentiles: type 7 (linear interpolation), whole USD; groups under {MIN_N} respondents are not stored.");
    let _ = writeln!(w, "# National DOL Level III: log-normal fit to BLS percentiles (mu {mu:.5}, sigma {sigma:.5}),");
    let _ = writeln!(w, "# L1 {:.0}, L4 {:.0}, L3 {:.0} USD/yr = {:.2} USD/h.", nl1, nl4, nl3, nat_l3_cents / 100.0);

    let _ = writeln!(w, "# ODbL v1.0 (Stack Overflow 2024/2025). code, name, 2024 label, 2025 label, n 2024, n 2025");
    let _ = writeln!(w, "[roles {}]", idx.roles.len());
    for r in &idx.roles {
        let _ = writeln!(w, "{}\t{}\t{}\t{}\t{}\t{}", field(&r.0)?, field(&r.1)?, field(&r.2)?, field(&r.3)?, r.4, r.5);
    }
    let _ = writeln!(w, "# ODbL v1.0. countries with >= {MIN_N} respondents in either year: name, n 2024, n 2025");
    let _ = writeln!(w, "[countries {}]", idx.countries.len());
    for c in &idx.countries {
        let _ = writeln!(w, "{}\t{}\t{}", field(&c.0)?, c.1, c.2);
    }
    let _ = writeln!(w, "# ODbL v1.0. 2024 industries: code, name, n");
    let _ = writeln!(w, "[industries {}]", industries.len());
    for x in &industries {
        let _ = writeln!(w, "{}\t{}\t{}", field(&x.0)?, field(&x.1)?, x.2);
    }
    let _ = writeln!(w, "# ODbL v1.0. 2025 languages worked with: code, name, n");
    let _ = writeln!(w, "[languages {}]", languages.len());
    for x in &languages {
        let _ = writeln!(w, "{}\t{}\t{}", field(&x.0)?, field(&x.1)?, x.2);
    }
    for (name, g, what) in [("g24", &g24, "industry"), ("g25", &g25, "language")] {
        let _ = writeln!(w, "# ODbL v1.0. groups, sorted by key, stored TRANSPOSED: the section has exactly 10 lines, one per column,");
        let _ = writeln!(w, "# each with one tab-separated field per group: role, country, years band, {what} (row numbers from 0 in");
        let _ = writeln!(w, "# the sections above, * = any), p10, p25-p10, p50-p25, p75-p50, p90-p75 (100 USD/yr), n");
        let _ = writeln!(w, "[{name} {}]", g.len());
        let k = |x: u8| if x == ANY { "*".to_string() } else { x.to_string() };
        let mut cols: Vec<Vec<String>> = (0..10).map(|_| Vec::with_capacity(g.len())).collect();
        for (&(a, b, c, d), v) in g.iter() {
            let (p, n) = stats(v);
            let h = p.map(hundreds);
            if h.windows(2).any(|x| x[0] > x[1]) || (n as usize) < MIN_N {
                return Err(format!("{name}: group {:?} is not ordered or too small", (a, b, c, d)));
            }
            let row = [k(a), k(b), k(c), k(d), h[0].to_string(), (h[1] - h[0]).to_string(), (h[2] - h[1]).to_string(), (h[3] - h[2]).to_string(), (h[4] - h[3]).to_string(), n.to_string()];
            for (col, x) in cols.iter_mut().zip(row) {
                col.push(x);
            }
        }
        for col in &cols {
            let _ = writeln!(w, "{}", col.join("\t"));
        }
    }
    let _ = writeln!(w, "# Public domain (BLS OEWS May 2024, 15-1252 Software Developers, US): employment, mean, p10, p25, p50,");
    let _ = writeln!(w, "# p75, p90 (USD/yr), hourly p10, p25, p50, p75, p90 (cents)");
    let _ = writeln!(w, "[bls 1]");
    let hc = bls.hourly_cents;
    let _ = writeln!(
        w,
        "{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}",
        bls.employment, bls.mean, bls.annual[0], bls.annual[1], bls.annual[2], bls.annual[3], bls.annual[4], hc[0], hc[1], hc[2], hc[3], hc[4]
    );
    let _ = writeln!(w, "# Public domain (derived from BLS, DOL method): national Level III for 15-1252, cents per hour");
    let _ = writeln!(w, "[national-l3 1]");
    let _ = writeln!(w, "{}", nat_l3_cents as u32);
    let _ = writeln!(w, "# Public domain (DOL OFLC 2025-26, 15-1252): area id, state, Level I, II-I, III-II, IV-III in cents/h,");
    let _ = writeln!(w, "# name; sorted by id");
    let _ = writeln!(w, "[metros {}]", areas.len());
    for a in &areas {
        if a.state.len() != 2 || !a.state.bytes().all(|b| b.is_ascii_uppercase()) {
            return Err(format!("DOL: area {} state {:?} is not two capital letters", a.id, a.state));
        }
        let c = a.cents;
        if c.windows(2).any(|x| x[0] >= x[1]) {
            return Err(format!("DOL: area {} levels are not increasing", a.id));
        }
        let _ = writeln!(w, "{}\t{}\t{}\t{}\t{}\t{}\t{}", a.id, a.state, c[0], c[1] - c[0], c[2] - c[1], c[3] - c[2], field(&a.name)?);
    }
    let _ = writeln!(w, "# CC0 1.0 (aijobs.net): US Software/Backend Engineer by level: level, p10, p25, p50, p75, p90 (USD/yr), n");
    let _ = writeln!(w, "[aijobs {}]", aij.len());
    for (l, p, n) in &aij {
        let _ = writeln!(w, "{}\t{}\t{}\t{}\t{}\t{}\t{n}", field(l)?, p[0], p[1], p[2], p[3], p[4]);
    }
    let _ = writeln!(w, "# Source: DOU salary survey, June 2025, https://dou.ua/ - Ukraine, back-end, NET monthly USD by title:");
    let _ = writeln!(w, "# title, p10, p25, p50, p75, p90, n");
    let _ = writeln!(w, "[dou {}]", dou.len());
    for (l, p, n) in &dou {
        let _ = writeln!(w, "{}\t{}\t{}\t{}\t{}\t{}\t{n}", field(l)?, p[0], p[1], p[2], p[3], p[4]);
    }
    let _ = writeln!(w, "# The article's claims checked against the data (mixed sources; Stack Overflow figures ODbL v1.0):");
    let _ = writeln!(w, "# id, verdict, article figure ids (comma-separated), article, explanation");
    let _ = writeln!(w, "[claims {}]", claims.len());
    for c in &claims {
        let v = match c.verdict {
            Verdict::Agrees => "agrees",
            Verdict::Disagrees => "disagrees",
            Verdict::CantTell => "cant-tell",
        };
        if c.figures.iter().any(|f| f.is_empty() || f.contains(',')) {
            return Err(format!("claim {}: figure ids must be non-empty and free of commas", c.id));
        }
        let _ = writeln!(w, "{}\t{v}\t{}\t{}\t{}", field(c.id)?, field(&c.figures.join(","))?, field(&c.article)?, field(&c.explanation)?);
    }
    let _ = writeln!(w, "# claim row (from 0), label, value, unit, n, source; grouped by claim in claim order");
    let nfig: usize = claims.iter().map(|c| c.data.len()).sum();
    let _ = writeln!(w, "[claim-figures {nfig}]");
    for (i, c) in claims.iter().enumerate() {
        for f in &c.data {
            if !f.value.is_finite() {
                return Err(format!("claim {}: figure {} is not finite", c.id, f.label));
            }
            let _ = writeln!(w, "{i}\t{}\t{}\t{}\t{}\t{}", field(&f.label)?, f.value, field(f.unit)?, f.n, field(f.source)?);
        }
    }
    let _ = writeln!(w, "[end]");

    let hash = format!("{:016x}", fnv1a64(o.as_bytes()));
    let data_name = format!("survey-{hash}.txt");
    let survey_file = format!(
        "// @generated by `cargo run -p xtask -- data`. DO NOT EDIT.\n\
         // The survey data file's path relative to the page; <hash> is FNV-1a 64 of its bytes.\n\
         \n\
         /// Path of the survey data file relative to the page (`static/data/` in the\n\
         /// repository, `data/` in `dist/`). Content-addressed: a new build gets a new name.\n\
         pub const SURVEY_FILE: &str = \"data/{data_name}\";\n"
    );
    Ok(vec![
        (format!("{DATA_DIR}/{data_name}"), o),
        (format!("{DATA_DIR}/LICENSE.md"), data_license_text(&data_name)),
        (format!("{GEN_DIR}/survey_file.rs"), survey_file),
        (format!("{GEN_DIR}/LICENSE-DATA.md"), license_text(&data_name)),
    ])
}

/// First line of the data file: format name and version.
pub const FORMAT_HEADER: &str = "#bdsc-survey 1";
/// Where the data file and its licence go, relative to the output root.
pub const DATA_DIR: &str = "static/data";
/// Where the generated Rust goes, relative to the output root.
pub const GEN_DIR: &str = "crates/core/src/generated";

/// FNV-1a, 64 bit: the content hash in the data file's name (same function as
/// `survey::content_hash` in the app).
pub fn fnv1a64(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        h ^= b as u64;
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
}

/// A text field of the data file: no tabs, newlines or carriage returns.
fn field(s: &str) -> Result<&str, String> {
    if s.contains(['\t', '\n', '\r']) {
        Err(format!("field {s:?} contains a tab or line break"))
    } else {
        Ok(s)
    }
}

/// Writes generated files under `root` (paths as returned by [`generate`]),
/// creating directories and removing any other `survey-*.txt` in the data
/// directory. Returns the written paths and sizes.
pub fn write_outputs(root: &Path, files: &[(String, String)]) -> Result<Vec<(PathBuf, usize)>, String> {
    let keep: BTreeSet<PathBuf> = files.iter().map(|(n, _)| root.join(n)).collect();
    let data_dir = root.join(DATA_DIR);
    if data_dir.is_dir() {
        let entries = std::fs::read_dir(&data_dir).map_err(|e| format!("cannot list {}: {e}", data_dir.display()))?;
        for e in entries.flatten() {
            let name = e.file_name().to_string_lossy().into_owned();
            let path = e.path();
            if name.starts_with("survey-") && name.ends_with(".txt") && !keep.contains(&path) {
                std::fs::remove_file(&path).map_err(|e| format!("cannot remove {}: {e}", path.display()))?;
            }
        }
    }
    let mut out = Vec::new();
    for (name, text) in files {
        let path = root.join(name);
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
        }
        std::fs::write(&path, text).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
        out.push((path, text.len()));
    }
    Ok(out)
}

/// code -> (2024 label, 2025 label, display name), from the raw files.
fn survey_role_labels(shared: &Path) -> Result<BTreeMap<String, (String, String, String)>, String> {
    let mut m: BTreeMap<String, (String, String, String)> = BTreeMap::new();
    let r24 = parse_csv(&read_text(&shared.join("stackoverflow-2024-subset/survey_results_public.csv"))?);
    let i24 = col(r24.first().ok_or("SO2024: empty")?, "DevType")?;
    let r25 = parse_csv(&read_text(&shared.join("stackoverflow-2025-processed/survey_results_salary_prediction.csv"))?);
    let i25 = col(r25.first().ok_or("SO2025: empty")?, "PrimaryRole")?;
    let l24: BTreeSet<&str> = r24.iter().skip(1).filter_map(|r| r.get(i24)).map(String::as_str).collect();
    let l25: BTreeSet<&str> = r25.iter().skip(1).filter_map(|r| r.get(i25)).map(String::as_str).collect();
    for (y, set) in [(0, l24), (1, l25)] {
        for l in set {
            if let Some((code, name)) = role_of(l) {
                let e = m.entry(code).or_insert_with(|| (String::new(), String::new(), name));
                if y == 0 {
                    e.0 = l.to_string();
                } else {
                    e.1 = l.to_string();
                }
            }
        }
    }
    Ok(m)
}

/// language code -> survey label.
fn survey_language_labels(shared: &Path) -> Result<BTreeMap<String, String>, String> {
    let rows = parse_csv(&read_text(&shared.join("stackoverflow-2025-processed/survey_results_language_trends.csv"))?);
    let i = col(rows.first().ok_or("SO2025 languages: empty")?, "LanguageHaveWorkedWith")?;
    Ok(rows.iter().skip(1).filter_map(|r| r.get(i)).filter(|l| !l.is_empty()).map(|l| (lang_code(l), l.clone())).collect())
}

/// `crates/core/src/generated/LICENSE-DATA.md`.
fn license_text(data_name: &str) -> String {
    format!(
        "\
# Licences of the generated survey data

`static/data/{data_name}` is generated by `cargo run -p xtask -- data` from the
raw files in `../shared/data` (not shipped), together with `survey_file.rs` in
this directory (only the data file's name). The app fetches the data file at run
time (Trunk copies it to `dist/data/`); `static/data/LICENSE.md` travels beside it.
Each section of the file carries its own terms (also stated in the file's `#`
comments, next to the data).

## Stack Overflow Developer Surveys 2024 and 2025: ODbL v1.0

The sections `roles`, `countries`, `industries`, `languages`, `g24`, `g25`
and the Stack Overflow figures inside `claims` / `claim-figures` are a derived
database made available under the **Open Database License (ODbL) v1.0**,
https://opendatacommons.org/licenses/odbl/1-0/ . Individual contents are under
the Database Contents License (DbCL) v1.0.

> Contains data from the Stack Overflow Annual Developer Survey 2024
> (https://survey.stackoverflow.co/2024), made available under the Open Database
> License (ODbL) v1.0 (https://opendatacommons.org/licenses/odbl/1-0/).
>
> Contains data from the Stack Overflow Annual Developer Survey 2025
> (https://survey.stackoverflow.co/2025), made available under the ODbL v1.0.

Share-alike: if you publicly use an adapted version of these tables, you must
offer that adapted database under the ODbL too. The derivation is fully
reproducible with `cargo run -p xtask -- data` (see `docs/data.md`).

## BLS OEWS May 2024 (`bls`): US public domain

Source: U.S. Bureau of Labor Statistics, Occupational Employment and Wage
Statistics, May 2024. U.S. federal government work, no copyright in the US.

## DOL OFLC prevailing wages 2025-26 (`metros`, `national-l3`): US public domain

Prevailing wage data: U.S. Department of Labor, OFLC FLC Data Center, wage year
2025-26 (derived from BLS OEWS May 2024). U.S. federal government data, public domain.

## aijobs.net (`aijobs`): CC0 1.0

Salary data: aijobs.net (https://aijobs.net/salaries/), CC0 1.0 (public domain
dedication). Attribution appreciated, not required.

## DOU (`dou`): aggregates only, attribution required

Source: DOU salary survey, June 2025, https://dou.ua/

Only aggregates (percentiles and counts) are shipped; the raw file is not
redistributed. Any publication of these figures must cite DOU with an active link.
"
    )
}

/// `static/data/LICENSE.md`: served beside the data file.
fn data_license_text(data_name: &str) -> String {
    format!(
        "\
# Licence of `{data_name}`

This file is a database of salary aggregates used by the Backend Developer
Salary Calculator. It combines sources under different terms; the `#` comments
at the top of the file and before each section name the terms of that section.

* **Stack Overflow Developer Surveys 2024 and 2025** (sections `roles`,
  `countries`, `industries`, `languages`, `g24`, `g25`, and the Stack Overflow
  figures in `claims` / `claim-figures`): a derived database made available
  under the **Open Database License (ODbL) v1.0**,
  https://opendatacommons.org/licenses/odbl/1-0/ ; individual contents under
  the Database Contents License (DbCL) v1.0,
  https://opendatacommons.org/licenses/dbcl/1-0/ . Contains data from the Stack
  Overflow Annual Developer Survey 2024 (https://survey.stackoverflow.co/2024)
  and 2025 (https://survey.stackoverflow.co/2025). If you publicly use an
  adapted version of this database, you must offer it under the ODbL too.
* **BLS OEWS May 2024** (`bls`): U.S. Bureau of Labor Statistics, public domain.
* **DOL OFLC prevailing wages 2025-26** (`metros`, `national-l3`): U.S.
  Department of Labor, public domain.
* **aijobs.net** (`aijobs`): CC0 1.0, https://aijobs.net/salaries/ .
* **DOU** (`dou`, aggregates only): Source: DOU salary survey, June 2025,
  https://dou.ua/ . Cite DOU with an active link when publishing these figures.

The file is produced reproducibly from the raw sources by
`cargo run -p xtask -- data` (see `docs/data.md` in the source repository).
"
    )
}
