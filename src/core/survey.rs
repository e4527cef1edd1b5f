//! Real salary distributions next to the article's figures.
//!
//! Serves the tables that `cargo run -p xtask -- data` derives from the raw
//! data (Stack Overflow Developer Surveys 2024/2025, BLS OEWS May 2024, DOL
//! OFLC prevailing wages 2025-26, aijobs.net, DOU June 2025) and includes from
//! `generated/survey_tables.rs`. Pure and deterministic: no browser crates, and
//! no query panics.
//!
//! * [`distribution`] answers "what do people like me earn?" with
//!   p10/p25/p50/p75/p90 and n. A figure is never shown for fewer than
//!   [`MIN_N`] respondents: the query backs off to a broader group in a fixed
//!   order (see [`distribution`]) and says which group the figures describe
//!   and why dimensions were dropped.
//! * [`metros`] / [`search_metros`]: all 530 DOL areas for 15-1252 Software
//!   Developers with Level I–IV hourly wages and a factor against a national
//!   Level III derived from BLS ([`NATIONAL_L3_CENTS`]).
//! * [`claims`]: each article claim with the data's figure(s) and a [`Verdict`].
//!
//! Percentiles use linear interpolation between order statistics (type 7),
//! rounded to whole US dollars. Licences: see `generated/LICENSE-DATA.md`
//! (Stack Overflow tables are ODbL v1.0).

/// Smallest group for which a figure is published.
pub const MIN_N: u32 = 30;

const ANY: u8 = 255;

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
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RoleRow {
    /// Stable code, e.g. `backend`, `frontend`, `fullstack`.
    pub code: &'static str,
    /// Plural display name, e.g. "Back-end developers".
    pub name: &'static str,
    /// The 2024 survey's label ("" if the role was not offered in 2024).
    pub label_2024: &'static str,
    /// The 2025 survey's label ("" if not offered in 2025).
    pub label_2025: &'static str,
    /// Respondents after cleaning, 2024.
    pub n_2024: u32,
    /// Respondents after cleaning, 2025.
    pub n_2025: u32,
}

/// A country with at least [`MIN_N`] respondents in either survey.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CountryRow {
    /// The survey's country name, e.g. "United States of America".
    pub name: &'static str,
    /// Respondents after cleaning, 2024.
    pub n_2024: u32,
    /// Respondents after cleaning, 2025.
    pub n_2025: u32,
}

/// An industry (2024) or language (2025) choice.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ExtRow {
    /// Stable code, e.g. `finance`, `python`, `csharp`.
    pub code: &'static str,
    /// Display name (the survey's label for languages).
    pub name: &'static str,
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
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Metro {
    /// OFLC area code, e.g. 41860 for San Francisco.
    pub id: u32,
    /// Area name, e.g. "San Francisco-Oakland-Fremont, CA".
    pub name: &'static str,
    /// Two-letter state of the area.
    pub state: &'static str,
    /// Level I hourly wage in cents.
    pub l1_cents: u32,
    /// Level II hourly wage in cents.
    pub l2_cents: u32,
    /// Level III hourly wage in cents.
    pub l3_cents: u32,
    /// Level IV hourly wage in cents.
    pub l4_cents: u32,
    /// Level III against [`NATIONAL_L3_CENTS`], in tenths of a percent
    /// (330 = +33.0 %).
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

/// Compact stored form of a [`Metro`]: (id, [L1..L4 cents], factor in 0.1 %).
#[derive(Clone, Copy, Debug)]
struct MR(u32, [u16; 4], i16);

/// Percentiles for one level of a ladder (aijobs experience level or DOU title).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LevelRow {
    /// `EN`/`MI`/`SE`/`EX` (aijobs) or `Junior`/`Middle`/`Senior`/`All` (DOU).
    pub level: &'static str,
    /// The figures.
    pub stats: Percentiles,
}

/// Does the data support an article claim?
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verdict {
    /// The data's figure is in line with the claim (rule in README-data.md).
    Agrees,
    /// The data contradicts the claim.
    Disagrees,
    /// No comparable figure, too few respondents, or inconclusive.
    CantTell,
}

/// One data figure quoted for a claim.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ClaimFigure {
    /// What the figure is.
    pub label: &'static str,
    /// Value in `unit`.
    pub value: f64,
    /// `USD/yr` or `%`.
    pub unit: &'static str,
    /// Respondents (0 where not applicable, e.g. DOL factors; employment for BLS).
    pub n: u32,
    /// Dataset.
    pub source: &'static str,
}

/// An article claim checked against the data.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Claim {
    /// Stable id.
    pub id: &'static str,
    /// Ids of the article figures in `dataset::FIGURES` this claim covers.
    pub figure_ids: &'static [&'static str],
    /// The article's figure as text.
    pub article: &'static str,
    /// The data's figures.
    pub data: &'static [ClaimFigure],
    /// The verdict.
    pub verdict: Verdict,
    /// One sentence (or two) generated from the numbers.
    pub explanation: &'static str,
}

include!("generated/survey_tables.rs");

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

/// All survey roles (union of both years), main developer roles first.
pub fn roles() -> &'static [RoleRow] {
    ROLES
}
/// Countries with at least [`MIN_N`] respondents in either survey, by name.
pub fn countries() -> &'static [CountryRow] {
    COUNTRIES
}
/// Languages worked with (2025 survey).
pub fn languages() -> &'static [ExtRow] {
    LANGUAGES
}
/// Industries (2024 survey); `finance` is Banking/Financial Services + Fintech + Insurance.
pub fn industries() -> &'static [ExtRow] {
    INDUSTRIES
}
fn metro_at(i: usize, name: &'static str) -> Option<Metro> {
    let r = METRO_ROWS.get(i)?;
    let state = METRO_STATES.get(i * 2..i * 2 + 2).unwrap_or("");
    Some(Metro {
        id: r.0,
        name,
        state,
        l1_cents: r.1[0] as u32,
        l2_cents: r.1[1] as u32,
        l3_cents: r.1[2] as u32,
        l4_cents: r.1[3] as u32,
        factor_tenths_pct: r.2 as i32,
    })
}

/// All DOL areas (530), sorted by OFLC id. Built from compact tables on
/// each call (names are stored as one string), so keep the result if you
/// need it repeatedly.
pub fn metros() -> Vec<Metro> {
    METRO_NAMES.split('\n').enumerate().filter_map(|(i, n)| metro_at(i, n)).collect()
}
/// aijobs.net US Software/Backend Engineer pay by level EN/MI/SE/EX.
pub fn aijobs_levels() -> &'static [LevelRow] {
    AIJOBS_LEVELS
}
/// DOU Ukraine back-end NET monthly USD by Junior/Middle/Senior/All.
pub fn dou_backend() -> &'static [LevelRow] {
    DOU_BACKEND
}
/// Every checked claim.
pub fn claims() -> &'static [Claim] {
    CLAIMS
}
/// A claim by id.
pub fn claim(id: &str) -> Option<&'static Claim> {
    CLAIMS.iter().find(|c| c.id == id)
}
/// A DOL area by OFLC id (e.g. 41860 San Francisco).
pub fn metro(id: u32) -> Option<Metro> {
    let i = METRO_ROWS.binary_search_by_key(&id, |m| m.0).ok()?;
    metro_at(i, METRO_NAMES.split('\n').nth(i)?)
}

/// Areas whose name or state contains every word of `q` (case-insensitive),
/// names starting with the query first, then by name; at most `limit`.
pub fn search_metros(q: &str, limit: usize) -> Vec<Metro> {
    let words: Vec<String> = q.split(|c: char| c.is_whitespace() || c == ',').filter(|w| !w.is_empty()).map(str::to_lowercase).collect();
    if words.is_empty() || limit == 0 {
        return Vec::new();
    }
    let q0 = q.trim().to_lowercase();
    let mut hits: Vec<(bool, Metro)> = metros()
        .into_iter()
        .filter_map(|m| {
            let hay = format!("{} {}", m.name, m.state).to_lowercase();
            words.iter().all(|w| hay.contains(w.as_str())).then(|| (!m.name.to_lowercase().starts_with(&q0), m))
        })
        .collect();
    hits.sort_by(|a, b| a.0.cmp(&b.0).then(a.1.name.cmp(b.1.name)));
    hits.into_iter().take(limit).map(|h| h.1).collect()
}

/// What to look up. Codes are matched case-insensitively; names are accepted too.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Query<'a> {
    /// Role code from [`roles`] (or its survey label), e.g. `backend`.
    pub role: &'a str,
    /// Country name from [`countries`]; `us`/`usa`/`uk` are accepted; `None` = world.
    pub country: Option<&'a str>,
    /// Years of experience (professional coding in 2024, total coding in 2025).
    pub years: Option<u32>,
    /// Language code or name from [`languages`]; `nodejs` is read as JavaScript.
    pub language: Option<&'a str>,
    /// Industry code from [`industries`], or the app's codes `finance`,
    /// `media`, `marketing`, `healthcare`, `consulting`, `education`.
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

fn find_role(code: &str) -> Option<usize> {
    ROLES.iter().position(|r| eq_ci(r.code, code) || eq_ci(r.label_2024, code) || eq_ci(r.label_2025, code))
}

fn find_country(name: &str) -> Option<usize> {
    let name = match name.trim().to_ascii_lowercase().as_str() {
        "us" | "usa" | "united states" => "United States of America",
        "uk" | "united kingdom" => "United Kingdom of Great Britain and Northern Ireland",
        _ => name,
    };
    COUNTRIES.iter().position(|c| eq_ci(c.name, name))
}

/// Maps the app's industry codes to survey industry codes, with a note.
fn industry_alias(code: &str) -> (String, Option<&'static str>) {
    let c = code.trim().to_ascii_lowercase();
    match c.as_str() {
        "media" => ("media-advertising".into(), None),
        "marketing" => ("media-advertising".into(), Some("the survey has no marketing industry; Media & Advertising is used")),
        "consulting" => ("it-services".into(), Some("consulting is read as the survey's Computer Systems Design and Services")),
        "education" => ("higher-education".into(), None),
        _ => (c, None),
    }
}

fn find_ext(table: &[ExtRow], code: &str) -> Option<usize> {
    table.iter().position(|x| eq_ci(x.code, code) || eq_ci(x.name, code))
}

/// Precomputed groups of one survey: sorted packed keys and value columns.
struct Groups {
    key: [&'static [u8]; 4],
    cols: [&'static [u16]; 6],
}

fn groups_of(source: SurveySource) -> Groups {
    match source {
        SurveySource::So2024 => Groups { key: [&G24_KEY[0], &G24_KEY[1], &G24_KEY[2], &G24_KEY[3]], cols: [&G24_COLS[0], &G24_COLS[1], &G24_COLS[2], &G24_COLS[3], &G24_COLS[4], &G24_COLS[5]] },
        SurveySource::So2025 => Groups { key: [&G25_KEY[0], &G25_KEY[1], &G25_KEY[2], &G25_KEY[3]], cols: [&G25_COLS[0], &G25_COLS[1], &G25_COLS[2], &G25_COLS[3], &G25_COLS[4], &G25_COLS[5]] },
    }
}

fn lookup(g: &Groups, key: (u8, u8, u8, u8)) -> Option<Percentiles> {
    let want = [key.0, key.1, key.2, key.3];
    let len = g.key[0].len();
    let at = |i: usize| [0, 1, 2, 3].map(|c| g.key[c].get(i).copied().unwrap_or(ANY));
    // Binary search over the row index, comparing the four key columns.
    let (mut lo, mut hi) = (0usize, len);
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        if at(mid) < want {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    let i = lo;
    if i >= len || at(i) != want {
        return None;
    }
    let v = |c: usize| g.cols.get(c).and_then(|col| col.get(i)).map_or(0, |&x| x as u32);
    let n = v(5);
    (n >= MIN_N).then_some(Percentiles { p10: v(0) * 100, p25: v(1) * 100, p50: v(2) * 100, p75: v(3) * 100, p90: v(4) * 100, n })
}

/// Picks the survey automatically: 2025 when a language is asked for (only
/// 2025 has languages), otherwise 2024 (its years are professional years and
/// it has industries); if the role is missing from that year, the other year.
/// Then backs off as described in [`distribution_from`].
pub fn distribution(q: &Query) -> Option<Distribution> {
    let first = if q.language.is_some() { SurveySource::So2025 } else { SurveySource::So2024 };
    let other = if first == SurveySource::So2024 { SurveySource::So2025 } else { SurveySource::So2024 };
    let r = ROLES.get(find_role(q.role)?)?;
    let has = |s: SurveySource| match s {
        SurveySource::So2024 => r.n_2024 >= MIN_N,
        SurveySource::So2025 => r.n_2025 >= MIN_N,
    };
    if has(first) || !has(other) {
        distribution_from(first, q)
    } else {
        let mut d = distribution_from(other, q)?;
        d.backed_off.insert(0, format!("fewer than {MIN_N} {} in the {}, so the {} is used", r.name.to_lowercase(), first.name(), other.name()));
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
pub fn distribution_from(source: SurveySource, q: &Query) -> Option<Distribution> {
    let ri = find_role(q.role)?;
    let role = ROLES.get(ri)?;
    let groups = groups_of(source);
    let mut notes: Vec<String> = Vec::new();

    // Country.
    let mut country: Option<usize> = None;
    if let Some(c) = q.country.filter(|c| !c.trim().is_empty()) {
        match find_country(c) {
            Some(i) => country = Some(i),
            None => notes.push(format!("fewer than {MIN_N} respondents from {c}, so worldwide figures are shown")),
        }
    }
    let band = q.years.map(years_band);

    // Industry or language.
    let mut ext: Option<(usize, &'static str)> = None;
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
                match find_ext(INDUSTRIES, &code) {
                    Some(x) => ext = Some((x, INDUSTRIES[x].name)),
                    None => notes.push(format!("unknown industry {i:?}, so industry is left out")),
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
                match find_ext(LANGUAGES, code) {
                    Some(x) => ext = Some((x, LANGUAGES[x].name)),
                    None => notes.push(format!("unknown language {l:?}, so language is left out")),
                }
            }
        }
    }

    let ext_word = if source == SurveySource::So2024 { "industry" } else { "language" };
    let cname = |c: Option<usize>| c.and_then(|i| COUNTRIES.get(i)).map(|c| c.name).unwrap_or("the world");
    let bname = |b: Option<usize>| b.and_then(|i| YEARS_BANDS.get(i)).map(|b| b.2).unwrap_or("all years");
    let describe = |c: Option<usize>, b: Option<usize>, e: Option<(usize, &str)>| {
        let mut s = format!("{} · {}", role.name, c.and_then(|i| COUNTRIES.get(i)).map(|c| c.name).unwrap_or("worldwide"));
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
    type Step = (Option<usize>, Option<usize>, Option<(usize, &'static str)>);
    let mut steps: Vec<Step> = vec![(country, band, ext), (country, band, None), (country, None, None), (None, band, None), (None, None, None)];
    steps.dedup();
    let mut prev: Step = steps[0];
    for step in steps {
        let key = (
            ri as u8,
            step.0.map_or(ANY, |i| i as u8),
            step.1.map_or(ANY, |i| i as u8),
            step.2.map_or(ANY, |(i, _)| i as u8),
        );
        if step != prev {
            // Explain what changed between the previous (too small) group and this one.
            let small = describe(prev.0, prev.1, prev.2);
            if prev.2.is_some() && step.2.is_none() {
                notes.push(format!("fewer than {MIN_N} respondents in {small}, so {ext_word} is left out"));
            } else if prev.1.is_some() && step.1.is_none() && prev.0 == step.0 {
                notes.push(format!("fewer than {MIN_N} respondents in {small}, so years of experience are left out"));
            } else if prev.0.is_some() && step.0.is_none() {
                notes.push(format!("fewer than {MIN_N} {} in {}, so worldwide figures are shown", role.name.to_lowercase(), cname(prev.0)));
            } else if prev.1.is_some() && step.1.is_none() {
                notes.push(format!("fewer than {MIN_N} respondents in {small}, so all years are used ({} asked)", bname(prev.1)));
            }
        }
        if let Some(stats) = lookup(&groups, key) {
            return Some(Distribution { stats, source, group: describe(step.0, step.1, step.2), backed_off: notes });
        }
        prev = step;
    }
    None
}
