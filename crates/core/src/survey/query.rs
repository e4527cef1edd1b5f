//! Queries over the parsed data: the distribution for a person with the
//! fixed back-off, metro search, and the accessors the app reads.

use super::evidence::{Interval, NationalRef};
use super::format::{
    years_band, Bls, Claim, CountryRow, ExtRow, LevelRow, Metro, Percentiles, RoleRow,
    SurveySource, ANY, MIN_N, SHORT_COUNTRY_NAMES, YEARS_BANDS,
};
use super::{Group, SurveyData};

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

/// How the 2024 survey's note on a language it cannot use begins.
const NO_LANGUAGES_2024: &str = "the 2024 data has no languages, so ";
/// How every 2025 note that drops the language ends (too few, unknown).
const LANGUAGE_LEFT_OUT: &str = ", so language is left out";
/// The note for Node.js, which 2025 reads as JavaScript.
const NODE_AS_JS: &str = "Node.js is not a language in the survey; JavaScript is used";

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
    /// A country was asked for and too few answered there: the figures are
    /// worldwide.
    pub widened_to_world: bool,
    /// A years band was asked for and the group keeps it.
    pub kept_band: bool,
    /// A language (2025) or industry (2024) was asked for and the group keeps it.
    pub kept_ext: bool,
    /// 95 % distribution-free interval of the median (USD/yr, to 100 USD):
    /// order statistics x(l)..x(u) with the ranks of [`super::quantile_ci_ranks`].
    pub median_ci: Interval,
}

fn eq_ci(a: &str, b: &str) -> bool {
    a.trim().eq_ignore_ascii_case(b.trim())
}

/// Maps the app's industry codes to survey industry codes, with a note.
fn industry_alias(code: &str) -> (String, Option<&'static str>) {
    let c = code.trim().to_ascii_lowercase();
    match c.as_str() {
        "media" => ("media-advertising".into(), None),
        "marketing" => (
            "media-advertising".into(),
            Some("the survey has no marketing industry; Media & Advertising is used"),
        ),
        "consulting" => (
            "it-services".into(),
            Some(
                "consulting is read as the survey's Computer Systems Design and Services industry",
            ),
        ),
        "education" => ("higher-education".into(), None),
        _ => (c, None),
    }
}

fn find_ext(table: &[ExtRow], code: &str) -> Option<usize> {
    table
        .iter()
        .position(|x| eq_ci(&x.code, code) || eq_ci(&x.name, code))
}

fn lookup(groups: &[Group], key: [u8; 4]) -> Option<(Percentiles, Interval)> {
    let i = groups.binary_search_by(|g| g.key.cmp(&key)).ok()?;
    groups
        .get(i)
        .map(|g| (g.stats, g.median_ci))
        .filter(|s| s.0.n >= MIN_N)
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
        let words: Vec<String> = q
            .split(|c: char| c.is_whitespace() || c == ',')
            .filter(|w| !w.is_empty())
            .map(str::to_ascii_lowercase)
            .collect();
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
                words
                    .iter()
                    .all(|w| hay.contains(w.as_str()))
                    .then(|| (!m.name.to_ascii_lowercase().starts_with(&q0), m))
            })
            .collect();
        hits.sort_by(|a, b| a.0.cmp(&b.0).then(a.1.name.cmp(&b.1.name)));
        hits.into_iter().take(limit).map(|h| h.1).collect()
    }
    /// aijobs.net US Software/Backend Engineer pay by level EN/MI/SE/EX (USD/yr).
    pub fn aijobs_levels(&self) -> &[LevelRow] {
        &self.aijobs
    }
    /// DOU Ukraine back-end NET (after tax) monthly USD, base pay only, by
    /// Junior/Middle/Senior/All, for a Ukraine / Eastern Europe comparison.
    /// Cite it with [`super::DOU_CITATION`] and link [`super::DOU_URL`]; never
    /// compare it with the gross yearly figures without converting.
    pub fn dou_backend(&self) -> &[LevelRow] {
        &self.dou
    }
    /// A DOU row by title (`Junior`, `Middle`, `Senior`, `All`), case-insensitive.
    pub fn dou_level(&self, title: &str) -> Option<&LevelRow> {
        self.dou.iter().find(|l| eq_ci(&l.level, title))
    }
    /// BLS OEWS May 2024, 15-1252 Software Developers, United States.
    /// `employment` is an employment count, not respondents.
    pub fn bls(&self) -> Bls {
        self.bls
    }
    /// The national reference for the metro factors in cents per hour: BLS's
    /// published mean (144,570 USD/yr ÷ 2,080 h = 69.50 USD/h); always positive.
    /// (Kept under its old name; see [`SurveyData::national_reference`].)
    pub fn national_l3_cents(&self) -> u32 {
        self.national.cents
    }
    /// The national reference with its origin (published or fitted) and label.
    pub fn national_reference(&self) -> &NationalRef {
        &self.national
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
        self.roles.iter().position(|r| {
            eq_ci(&r.code, code) || eq_ci(&r.label_2024, code) || eq_ci(&r.label_2025, code)
        })
    }

    /// A country by the survey's name, its short name
    /// ([`SHORT_COUNTRY_NAMES`]), or "us", "usa", "uk".
    fn find_country(&self, name: &str) -> Option<usize> {
        let name = name.trim();
        let name = match name.to_ascii_lowercase().as_str() {
            "us" | "usa" => "United States",
            "uk" => "United Kingdom",
            _ => name,
        };
        let name = SHORT_COUNTRY_NAMES
            .iter()
            .find(|(_, short)| eq_ci(short, name))
            .map_or(name, |(long, _)| long);
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
        let first = if q.language.is_some() {
            SurveySource::So2025
        } else {
            SurveySource::So2024
        };
        let other = if first == SurveySource::So2024 {
            SurveySource::So2025
        } else {
            SurveySource::So2024
        };
        let r = self.roles.get(self.find_role(q.role)?)?;
        let has = |s: SurveySource| match s {
            SurveySource::So2024 => r.n_2024 >= MIN_N,
            SurveySource::So2025 => r.n_2025 >= MIN_N,
        };
        if has(first) || !has(other) {
            let d = self.distribution_from(first, q)?;
            // A language too rare in 2025 is dropped there, and then 2025
            // matches the reader on less than 2024 would: its years include
            // education and it has no industries. 2024 is used if it keeps
            // the country and the years band as well as 2025 did.
            if first == SurveySource::So2025 && !d.kept_ext && has(other) {
                if let Some(d24) = self.distribution_from(other, q).filter(|d24| {
                    (!d24.widened_to_world || d.widened_to_world) && (d24.kept_band || !d.kept_band)
                }) {
                    return Some(self.language_fell_back(d, d24, q));
                }
            }
            Some(d)
        } else {
            let mut d = self.distribution_from(other, q)?;
            let n_first = match first {
                SurveySource::So2024 => r.n_2024,
                SurveySource::So2025 => r.n_2025,
            };
            // The role as the survey names it, quoted: lowercased and used as
            // a plural it read "fewer than 30 ai/ml engineer". A role the year
            // never offered has no respondents to be too few.
            let why = if n_first == 0 {
                format!("the {} has no role “{}”", first.name(), r.name)
            } else {
                format!(
                    "fewer than {MIN_N} respondents in the role “{}” in the {}",
                    r.name,
                    first.name()
                )
            };
            d.backed_off
                .insert(0, format!("{why}, so the {} is used", other.name()));
            Some(d)
        }
    }

    /// `d24` in place of `d25`, whose language was dropped: 2025's notes on
    /// the language, then why 2024 is used, then 2024's own notes but the one
    /// that it has no languages (said already).
    fn language_fell_back(
        &self,
        d25: Distribution,
        mut d24: Distribution,
        q: &Query,
    ) -> Distribution {
        // 2025's notes on the language, by the phrases that make them.
        let mut notes: Vec<String> = d25
            .backed_off
            .into_iter()
            .filter(|n| n.ends_with(LANGUAGE_LEFT_OUT) || n == NODE_AS_JS)
            .collect();
        let industry = q.industry.is_some_and(|s| !s.trim().is_empty());
        let why =
            format!(
            "the {} is used instead: it has no languages, but its years are professional years{}",
            SurveySource::So2024.name(),
            if industry && d24.kept_ext { " and it has the industry" } else { "" }
        );
        match notes.last_mut().filter(|n| n.ends_with(LANGUAGE_LEFT_OUT)) {
            Some(n) => {
                n.truncate(n.len() - LANGUAGE_LEFT_OUT.len());
                n.push_str(", so ");
                n.push_str(&why);
            }
            None => notes.push(why),
        }
        notes.extend(
            d24.backed_off
                .drain(..)
                .filter(|n| !n.starts_with(NO_LANGUAGES_2024)),
        );
        d24.backed_off = notes;
        d24
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
                None => notes.push(format!(
                    "fewer than {MIN_N} respondents from {c}, so worldwide figures are shown"
                )),
            }
        }
        let band = q.years.map(years_band);

        // Industry or language.
        let mut ext: Option<(usize, &str)> = None;
        let (want_lang, want_ind) = (
            q.language.filter(|s| !s.trim().is_empty()),
            q.industry.filter(|s| !s.trim().is_empty()),
        );
        match source {
            SurveySource::So2024 => {
                if let Some(l) = want_lang {
                    // By its name ("Python"), not the address's code.
                    let name = find_ext(&self.languages, l)
                        .and_then(|x| self.languages.get(x))
                        .map_or(l, |e| e.name.as_str());
                    notes.push(format!("{NO_LANGUAGES_2024}{name} is left out"));
                }
                if let Some(i) = want_ind {
                    let (code, note) = industry_alias(i);
                    if let Some(n) = note {
                        notes.push(n.to_string());
                    }
                    match find_ext(&self.industries, &code)
                        .and_then(|x| Some((x, self.industries.get(x)?.name.as_str())))
                    {
                        Some(e) => ext = Some(e),
                        None => {
                            notes.push(format!("unknown industry “{i}”, so industry is left out"))
                        }
                    }
                }
            }
            SurveySource::So2025 => {
                if let Some(i) = want_ind {
                    let code = industry_alias(i).0;
                    let name = find_ext(&self.industries, &code)
                        .and_then(|x| self.industries.get(x))
                        .map_or(i, |e| e.name.as_str());
                    notes.push(format!("the 2025 survey (the one with languages) has no industry, so {name} is left out"));
                }
                if let Some(l) = want_lang {
                    let code = if eq_ci(l, "nodejs") || eq_ci(l, "node.js") || eq_ci(l, "node") {
                        notes.push(NODE_AS_JS.to_string());
                        "javascript"
                    } else {
                        l
                    };
                    match find_ext(&self.languages, code)
                        .and_then(|x| Some((x, self.languages.get(x)?.name.as_str())))
                    {
                        Some(e) => ext = Some(e),
                        None => notes.push(format!("unknown language “{l}”{LANGUAGE_LEFT_OUT}")),
                    }
                }
            }
        }

        let ext_left_out = if source == SurveySource::So2024 {
            ", so industry is left out"
        } else {
            LANGUAGE_LEFT_OUT
        };
        let cname = |c: Option<usize>| {
            c.and_then(|i| countries.get(i))
                .map(|c| c.name.as_str())
                .unwrap_or("the world")
        };
        let bname = |b: Option<usize>| {
            b.and_then(|i| YEARS_BANDS.get(i))
                .map(|b| b.2)
                .unwrap_or("all years")
        };
        let describe = |c: Option<usize>, b: Option<usize>, e: Option<(usize, &str)>| {
            let mut s = format!(
                "{} · {}",
                role.name,
                c.and_then(|i| countries.get(i))
                    .map(|c| c.name.as_str())
                    .unwrap_or("worldwide")
            );
            if let Some(b) = b.and_then(|i| YEARS_BANDS.get(i)) {
                s.push_str(" · ");
                s.push_str(b.2);
                // 2025 asked only for years of coding in all, education
                // included (its SOURCE.md); 2024, for professional years.
                if source == SurveySource::So2025 {
                    s.push_str(" coding, incl. education");
                }
            }
            if let Some((_, name)) = e {
                s.push_str(" · ");
                s.push_str(name);
            }
            s
        };

        // The fixed back-off ladder.
        type Step<'s> = (Option<usize>, Option<usize>, Option<(usize, &'s str)>);
        // When the years band is too small, the language or industry comes
        // back before everything widens: US back-end Python over all years
        // (n = 384) says more than US back-end over all years, which a
        // reader who picked Python got instead.
        let ladder: [Step; 6] = [
            (country, band, ext),
            (country, band, None),
            (country, None, ext),
            (country, None, None),
            (None, band, None),
            (None, None, None),
        ];
        // Each group once (without a band or an extension, steps repeat).
        let mut steps: Vec<Step> = Vec::with_capacity(6);
        for s in ladder {
            if !steps.contains(&s) {
                steps.push(s);
            }
        }
        let mut prev: Step = steps[0];
        // Indices come from the parsed tables, which hold at most 254 rows each.
        let k = |i: Option<usize>| {
            i.and_then(|i| u8::try_from(i).ok())
                .filter(|&i| i != ANY)
                .unwrap_or(ANY)
        };
        let rk = k(Some(ri));
        for step in steps {
            let key = [rk, k(step.0), k(step.1), k(step.2.map(|e| e.0))];
            if step != prev {
                // Explain what changed between the previous (too small) group and this one.
                let small = describe(prev.0, prev.1, prev.2);
                if prev.2.is_none() && step.2.is_some() {
                    // The extension comes back without the band: the note
                    // that left it out no longer holds.
                    notes.pop();
                    let asked = describe(ladder[0].0, ladder[0].1, ladder[0].2);
                    notes.push(format!("fewer than {MIN_N} respondents in {asked} and in {small}, so years of experience are left out"));
                } else if prev.2.is_some() && step.2.is_none() {
                    notes.push(format!(
                        "fewer than {MIN_N} respondents in {small}{ext_left_out}"
                    ));
                } else if prev.1.is_some() && step.1.is_none() && prev.0 == step.0 {
                    notes.push(format!("fewer than {MIN_N} respondents in {small}, so years of experience are left out"));
                } else if prev.0.is_some() && step.0.is_none() {
                    notes.push(format!(
                        "fewer than {MIN_N} respondents in the role “{}” from {}, so worldwide figures are shown",
                        role.name,
                        cname(prev.0)
                    ));
                } else if prev.1.is_some() && step.1.is_none() {
                    notes.push(format!("fewer than {MIN_N} respondents in {small}, so all years are used ({} asked)", bname(prev.1)));
                }
            }
            if rk != ANY {
                if let Some((stats, median_ci)) = lookup(groups, key) {
                    return Some(Distribution {
                        stats,
                        median_ci,
                        source,
                        group: describe(step.0, step.1, step.2),
                        backed_off: notes,
                        widened_to_world: q.country.is_some_and(|c| !c.trim().is_empty())
                            && step.0.is_none(),
                        kept_band: step.1.is_some(),
                        kept_ext: step.2.is_some(),
                    });
                }
            }
            prev = step;
        }
        None
    }
}
