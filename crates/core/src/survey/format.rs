//! The survey data file's format, defined once: the header, the section
//! names, the bands, the group-size floor, the "any" key, the verdict codes,
//! the content hash and every row type. The data build (`xtask`) writes these
//! types; [`super::SurveyData::parse`] reads them back.

/// First line of every data file (format version 2: median intervals in the
/// group tables, the published national reference, claim distributions and
/// relations with their intervals).
pub const FORMAT_HEADER: &str = "#bdsc-survey 2";

/// Smallest group for which a figure is published.
pub const MIN_N: u32 = 30;

/// The "any" marker in a group key (`*` in the file).
pub const ANY: u8 = 255;
/// Most rows a role/country/industry/language table may have (keys are `u8`, 255 = any).
pub const MAX_DIM: usize = 254;

/// Hours in a work year (DOL/BLS convention): hourly wage × this = annual.
pub const HOURS_PER_YEAR: u32 = 2080;

/// Sections of format version 2 in file order, with their field counts
/// (0 = a transposed group table: [`GROUP_COLUMNS`] lines, one per column).
pub const SECTIONS: [(&str, usize); 15] = [
    ("roles", 6),
    ("countries", 3),
    ("industries", 3),
    ("languages", 3),
    ("g24", 0),
    ("g25", 0),
    ("bls", 12),
    ("national-ref", 3),
    ("metros", 7),
    ("aijobs", 7),
    ("dou", 7),
    ("claims", 6),
    ("claim-figures", 9),
    ("claim-dists", 21),
    ("claim-relations", 9),
];

/// Columns of a transposed group table (`g24`, `g25`): role, country, years
/// band, industry/language, p10, then the four percentile increments in
/// hundreds of USD/yr, n, and the median's 95 % interval as two whole
/// numbers of steps below and above p50 (see [`median_ci_steps`]), rounded
/// outward so the stored interval contains the exact one. Each column is one
/// line of the file.
pub const GROUP_COLUMNS: usize = 12;

/// The step sizes (USD/yr) of a group's stored median interval, from its
/// p25, p50 and p75 in hundreds of USD: a tenth of the way from p50 down to
/// p25 and up to p75, at least 100 USD. Lower end = p50 − steps × first,
/// upper end = p50 + steps × second. The writer and the parser both use this.
pub fn median_ci_steps(p25_h: u32, p50_h: u32, p75_h: u32) -> (u32, u32) {
    // Hundreds × 100 / 10 = hundreds × 10 USD per tenth.
    let step = |gap: u32| gap.max(10).saturating_mul(10);
    (
        step(p50_h.saturating_sub(p25_h)),
        step(p75_h.saturating_sub(p50_h)),
    )
}

/// DOU's citation, as its terms ask; the DOU figures are NET monthly USD.
pub const DOU_CITATION: &str = "Source: DOU salary survey, June 2025, https://dou.ua/";
/// DOU's link, for the Ukraine / Eastern Europe comparison.
pub const DOU_URL: &str = "https://dou.ua/";

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
    YEARS_BANDS
        .iter()
        .position(|b| years >= b.0 && years <= b.1)
        .unwrap_or(YEARS_BANDS.len() - 1)
}

/// FNV-1a, 64 bit, of `bytes`.
pub fn fnv1a64(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        h ^= b as u64;
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
}

/// FNV-1a 64 of `text`, as 16 lowercase hex digits: the `<hash>` in the data
/// file's name. The app can compare it with [`super::SURVEY_FILE`] to detect a
/// stale or altered download.
pub fn content_hash(text: &str) -> String {
    format!("{:016x}", fnv1a64(text.as_bytes()))
}

/// The data file's name for `text`: `survey-<content_hash>.txt`.
pub fn file_name(text: &str) -> String {
    format!("survey-{}.txt", content_hash(text))
}

/// Whether `s` can be a text field: no tab, line feed or carriage return.
pub fn is_field(s: &str) -> bool {
    !s.contains(['\t', '\n', '\r'])
}

/// Metro factor in tenths of a percent: (L3_area / L3_national − 1) × 1000,
/// rounded. Computed by the data build for its claims and by the parser for
/// [`Metro::factor_tenths_pct`], so both use this one rule.
pub fn factor_tenths(l3_cents: u32, national_l3_cents: f64) -> i32 {
    ((l3_cents as f64 / national_l3_cents - 1.0) * 1000.0).round() as i32
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

    /// The name with the licence the figures derived from it carry, for any
    /// line or table that shows them.
    pub fn cited(self) -> String {
        format!("{} (ODbL)", self.name())
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

/// The survey's long official country names and the common names a picker
/// shows for them (a phone-width select would cut "United Kingdom of Great
/// Britain and Northern Ireland" off). The one list for both directions: the
/// picker's labels ([`short_country`]) and the lookup that accepts either
/// name (`SurveyData::distribution`).
pub const SHORT_COUNTRY_NAMES: &[(&str, &str)] = &[
    (
        "United Kingdom of Great Britain and Northern Ireland",
        "United Kingdom",
    ),
    ("United States of America", "United States"),
    ("Iran, Islamic Republic of...", "Iran"),
];

/// The name a picker shows for a survey country: its short name from
/// [`SHORT_COUNTRY_NAMES`], else the survey's own. The survey's name stays
/// the value, in the address and in the text.
pub fn short_country(name: &str) -> &str {
    SHORT_COUNTRY_NAMES
        .iter()
        .find(|(long, _)| *long == name)
        .map_or(name, |(_, short)| short)
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
    /// Level III against [`super::SurveyData::national_l3_cents`], in tenths of a
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
        ((c as u64 * HOURS_PER_YEAR as u64 + 50) / 100) as u32
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

impl Verdict {
    /// The verdict's code in the file: `agrees`, `disagrees` or `cant-tell`.
    pub fn code(self) -> &'static str {
        match self {
            Verdict::Agrees => "agrees",
            Verdict::Disagrees => "disagrees",
            Verdict::CantTell => "cant-tell",
        }
    }
    /// The verdict for a code of [`Verdict::code`].
    pub fn from_code(code: &str) -> Option<Verdict> {
        [Verdict::Agrees, Verdict::Disagrees, Verdict::CantTell]
            .into_iter()
            .find(|v| v.code() == code)
    }
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
    /// Respondents (0 where not applicable: DOL factors, BLS figures).
    pub n: u32,
    /// Employment count (BLS figures), 0 otherwise. Never a number of respondents.
    pub employment: u32,
    /// 95 % interval of `value` (order-statistic interval of a survey
    /// percentile), `None` for published or derived figures.
    pub ci: Option<(f64, f64)>,
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
    /// Which population or rule the verdict rests on, and why.
    pub basis: String,
    /// Distributions a value claim is positioned against (the basis first).
    pub dists: Vec<super::evidence::ClaimDist>,
    /// Relations of an order, ratio or role claim with their bootstrap results.
    pub relations: Vec<super::evidence::ClaimRelation>,
}
