//! The 2024 article's figures ("Backend Developer Salary for 2024", KnowledgeHut,
//! 26 Dec 2023), each stored with the source the article names, its unit and the
//! sentence it comes from.
//!
//! `tests/article.rs` checks every [`Figure`] against the article's text: the
//! quote must occur in it, and the figure's literal must occur in the quote and
//! parse to the stored value. The engine reads the figures only through the
//! constants below, so a figure cannot drift from its quote.

/// Who the article says a figure comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Source {
    /// PayScale, named by the article for the city premiums (and only for them).
    PayScale,
    /// The experience ladder ($82,301 / $89,766 / $95,240), which the article
    /// gives "according to reports" without naming them. (The code calls this
    /// ladder `PayScale`, whose published averages the figures resemble; the
    /// page names only what the article names.)
    Reports,
    /// "this data from Software Guild" (entry / mid / senior).
    SoftwareGuild,
    /// A claim the article makes without naming a source.
    Article,
    /// Not from the article: US Department of Labor prevailing wages
    /// (OFLC 2025-26), from the bundled data file.
    Dol,
}

impl Source {
    /// Name shown on the page.
    pub fn name(self) -> &'static str {
        match self {
            Source::PayScale => "PayScale",
            Source::Reports => "Reports (unnamed)",
            Source::SoftwareGuild => "Software Guild",
            Source::Article => "the article",
            Source::Dol => "US Dept. of Labor",
        }
    }
}

/// The unit a figure is stated in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    /// US dollars per year.
    UsdPerYear,
    /// US dollars per hour.
    UsdPerHour,
    /// Indian rupees per year.
    InrPerYear,
    /// Percent above (+) or below (−) the US national average.
    PercentVsNational,
    /// A plain ratio ("twice").
    Ratio,
    /// Years of experience.
    Years,
    /// A rank (1 = best paid); the article gives an order, not a number.
    Rank,
}

impl Unit {
    /// Short unit label for tables.
    pub fn label(self) -> &'static str {
        match self {
            Unit::UsdPerYear => "USD / year",
            Unit::UsdPerHour => "USD / hour",
            Unit::InrPerYear => "INR / year",
            Unit::PercentVsNational => "% vs US average",
            Unit::Ratio => "ratio",
            Unit::Years => "years",
            Unit::Rank => "rank",
        }
    }
}

/// One figure of the article.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Figure {
    /// Stable identifier, also used to cite the figure on the page.
    pub id: &'static str,
    /// Human label.
    pub label: &'static str,
    /// The value in `unit`.
    pub value: f64,
    /// The figure exactly as the article writes it (checked to parse to `value`).
    pub literal: &'static str,
    /// The article's source for it.
    pub source: Source,
    /// Unit of `value`.
    pub unit: Unit,
    /// The sentence it comes from, verbatim (whitespace aside).
    pub quote: &'static str,
}

macro_rules! figures {
    ($( $name:ident = $id:literal, $label:literal, $value:expr, $literal:literal, $source:ident, $unit:ident, $quote:expr; )*) => {
        $(
            #[doc = concat!("Article figure `", $id, "`: ", $label, ".")]
            pub const $name: Figure = Figure {
                id: $id, label: $label, value: $value, literal: $literal,
                source: Source::$source, unit: Unit::$unit, quote: $quote,
            };
        )*
        /// Every figure of the article, in reading order.
        pub const FIGURES: &[Figure] = &[$($name),*];
    };
}

const Q_EXP: &str = "According to reports, the average junior backend developer salary is $82,301.";
const Q_GUILD: &str = "according to this data from Software Guild, entry-level backend developers in the United States make $34,000 per year, mid-level developers $72,000, and senior developers $98,000.";
const Q_CITY2: &str =
    "Backend developers can also expect better pay in Chicago (+19%) and Boston (6%).";
const Q_LANG2: &str = "Python backend developer and Java backend developer stand in second place, PHP backend developer in third, and, at last, Node js developers are given the least salary.";
const Q_LEVEL_RATE: &str = "Generally, backend developers charge $20 for entry-level work, $35 for mid-level work, and $50+ for senior work.";
const Q_ROLES: &str = "One of the biggest advantages of being a backend developer is that your salary is higher than a frontend developer. But keep in mind, it is not the case with full-stack developers.";

figures! {
    US_AVERAGE = "us-average", "US average backend salary", 89_766.0, "$89,766", Article, UsdPerYear,
        "The average backend developer salary in the United States is $89,766 per annum.";
    PS_JUNIOR = "ps-junior", "Junior (< 1 year)", 82_301.0, "$82,301", Reports, UsdPerYear,
        "According to reports, the average junior backend developer salary is $82,301.";
    PS_MID = "ps-mid", "1–4 years", 89_766.0, "$89,766", Reports, UsdPerYear,
        "A backend developer with 1-4 years of experience can expect an average salary of $89,766.";
    PS_SENIOR = "ps-senior", "5–9 years (senior)", 95_240.0, "$95,240", Reports, UsdPerYear,
        "Backend software developers with 5-9 years of experience that is senior backend developer salary are $95,240.";
    SENIOR_DOUBLE = "senior-vs-entry", "Senior pay may be more than double entry pay", 2.0, "doubled", Article, Ratio,
        "Salary differences between entry-level and senior back end developers may be more than doubled";
    SENIOR_GAP = "senior-gap", "Gap between entry and senior, up to", 100_000.0, "$100,000", Reports, UsdPerYear,
        "The gap between a senior and an entry-level backend developer can range upto $100,000: reports.";
    SG_ENTRY = "sg-entry", "Entry level", 34_000.0, "$34,000", SoftwareGuild, UsdPerYear, Q_GUILD;
    SG_MID = "sg-mid", "Mid level", 72_000.0, "$72,000", SoftwareGuild, UsdPerYear, Q_GUILD;
    SG_SENIOR = "sg-senior", "Senior", 98_000.0, "$98,000", SoftwareGuild, UsdPerYear, Q_GUILD;
    HOURLY_NA_LOW = "hourly-na-low", "North America, average range low", 80.0, "$80", Article, UsdPerHour, "North America$80-100$160";
    HOURLY_NA_HIGH = "hourly-na-high", "North America, average range high", 100.0, "100", Article, UsdPerHour, "North America$80-100$160";
    HOURLY_NA_TOP = "hourly-na-top", "North America, top end", 160.0, "$160", Article, UsdPerHour, "North America$80-100$160";
    HOURLY_LATAM_LOW = "hourly-latam-low", "Latin America, average range low", 41.0, "$41", Article, UsdPerHour, "Latin America$41-60$90";
    HOURLY_LATAM_HIGH = "hourly-latam-high", "Latin America, average range high", 60.0, "60", Article, UsdPerHour, "Latin America$41-60$90";
    HOURLY_LATAM_TOP = "hourly-latam-top", "Latin America, top end", 90.0, "$90", Article, UsdPerHour, "Latin America$41-60$90";
    HOURLY_WEU_LOW = "hourly-weu-low", "Western Europe, average range low", 61.0, "$61", Article, UsdPerHour, "Western Europe$61-100$130";
    HOURLY_WEU_HIGH = "hourly-weu-high", "Western Europe, average range high", 100.0, "100", Article, UsdPerHour, "Western Europe$61-100$130";
    HOURLY_WEU_TOP = "hourly-weu-top", "Western Europe, top end", 130.0, "$130", Article, UsdPerHour, "Western Europe$61-100$130";
    HOURLY_EEU_LOW = "hourly-eeu-low", "Eastern Europe, average range low", 31.0, "$31", Article, UsdPerHour, "Eastern Europe$31-60$80";
    HOURLY_EEU_HIGH = "hourly-eeu-high", "Eastern Europe, average range high", 60.0, "60", Article, UsdPerHour, "Eastern Europe$31-60$80";
    HOURLY_EEU_TOP = "hourly-eeu-top", "Eastern Europe, top end", 80.0, "$80", Article, UsdPerHour, "Eastern Europe$31-60$80";
    HOURLY_ASIA_LOW = "hourly-asia-low", "Asia, average range low", 21.0, "$21", Article, UsdPerHour, "Asia $21-50$70";
    HOURLY_ASIA_HIGH = "hourly-asia-high", "Asia, average range high", 50.0, "50", Article, UsdPerHour, "Asia $21-50$70";
    HOURLY_ASIA_TOP = "hourly-asia-top", "Asia, top end", 70.0, "$70", Article, UsdPerHour, "Asia $21-50$70";
    RATE_ENTRY = "rate-entry", "Freelance entry-level rate", 20.0, "$20", Article, UsdPerHour, Q_LEVEL_RATE;
    RATE_MID = "rate-mid", "Freelance mid-level rate", 35.0, "$35", Article, UsdPerHour, Q_LEVEL_RATE;
    RATE_SENIOR = "rate-senior", "Freelance senior rate (or more)", 50.0, "$50+", Article, UsdPerHour, Q_LEVEL_RATE;
    SAN_FRANCISCO = "city-sf", "San Francisco", 28.0, "28%", PayScale, PercentVsNational,
        "San Francisco has a higher-than-average pay rate for backend developers, with a salary that is 28% more than the national average.";
    CHICAGO = "city-chicago", "Chicago", 19.0, "+19%", PayScale, PercentVsNational, Q_CITY2;
    BOSTON = "city-boston", "Boston", 6.0, "6%", PayScale, PercentVsNational, Q_CITY2;
    ORLANDO = "city-orlando", "Orlando", -29.0, "29 percent lower", PayScale, PercentVsNational,
        "Orlando, on the other hand, appears to be the lowest-paying city in the US, with developer compensation that is 29 percent lower than the national average.";
    LANG_JAVASCRIPT = "lang-javascript", "JavaScript", 1.0, "highest", Article, Rank,
        "Among all these technologies, JavaScript backend developers earn the highest income.";
    LANG_PYTHON = "lang-python", "Python", 2.0, "second place", Article, Rank, Q_LANG2;
    LANG_JAVA = "lang-java", "Java", 2.0, "second place", Article, Rank, Q_LANG2;
    LANG_PHP = "lang-php", "PHP", 3.0, "third", Article, Rank, Q_LANG2;
    LANG_NODEJS = "lang-nodejs", "Node.js", 4.0, "the least", Article, Rank, Q_LANG2;
    IND_FINANCE = "ind-finance", "Finance", 1.0, "best-paying", Article, Rank,
        "Finance - the best-paying industry for backend developers.";
    IND_MEDIA = "ind-media", "Media", 2.0, "great salary", Article, Rank,
        "Media - offers a great salary to backend developers.";
    IND_MARKETING = "ind-marketing", "Marketing", 3.0, "above the average", Article, Rank,
        "Marketing - offers a salary above the average to a backend developer.";
    IND_HEALTHCARE = "ind-healthcare", "Healthcare", 4.0, "decent", Article, Rank,
        "Healthcare - offers decent salaries to expert backend developers.";
    IND_CONSULTING = "ind-consulting", "Consulting", 5.0, "low-income", Article, Rank,
        "Consulting - a low-income industry for backend developers.";
    IND_EDUCATION = "ind-education", "Education", 6.0, "substantially lower", Article, Rank,
        "Education - one of the most underappreciated industries, offers substantially lower salaries than other disciplines.";
    LEAD_YEARS = "lead-years", "Team-lead experience, more than", 20.0, "20 years", Article, Years,
        "Team leads with more than 20 years of experience in backend development earn roughly twice the salary of an entry-level backend developer.";
    LEAD_RATIO = "lead-ratio", "Team lead vs entry-level pay", 2.0, "twice", Article, Ratio,
        "Team leads with more than 20 years of experience in backend development earn roughly twice the salary of an entry-level backend developer.";
    INDIA_AVERAGE = "india-average", "India average", 700_000.0, "7 Lakh", Article, InrPerYear,
        "The average salary of a backend developer in India is anywhere around 7 Lakh per annum.";
    ROLE_FULLSTACK = "role-fullstack", "Full-stack developer", 1.0, "full-stack", Article, Rank, Q_ROLES;
    ROLE_BACKEND = "role-backend", "Backend developer", 2.0, "higher than a frontend developer", Article, Rank, Q_ROLES;
    ROLE_FRONTEND = "role-frontend", "Frontend developer", 3.0, "frontend developer", Article, Rank, Q_ROLES;
}

/// The quote that introduces the reports' experience ladder; kept for the sources list.
pub const EXPERIENCE_INTRO: &str = Q_EXP;

/// Finds a figure by its id.
pub fn figure(id: &str) -> Option<&'static Figure> {
    FIGURES.iter().find(|f| f.id == id)
}

/// The article itself, as cited on the page.
pub const ARTICLE_TITLE: &str = "Backend Developer Salary for 2024 [Latest Updated]";
/// Author and publisher as printed.
pub const ARTICLE_BYLINE: &str = "Abhresh Sugandhi, KnowledgeHut, 26 Dec 2023";
