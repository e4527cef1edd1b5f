//! What the user can choose: the form inputs and the visible, editable
//! assumptions. Every choice has a stable short code used in URLs.

use super::dataset::{self as d, Figure};

/// Declares a closed set of choices with URL codes and labels.
macro_rules! choice {
    ($(#[$meta:meta])* $name:ident { $($(#[$vmeta:meta])* $variant:ident => $code:literal, $label:literal;)* }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $name { $($(#[$vmeta])* $variant,)* }

        impl $name {
            /// Every choice, in display order.
            pub const ALL: &'static [$name] = &[$($name::$variant),*];
            /// Short code used in URLs and stored state.
            pub fn code(self) -> &'static str { match self { $($name::$variant => $code,)* } }
            /// Label shown on the page.
            pub fn label(self) -> &'static str { match self { $($name::$variant => $label,)* } }
            /// Parses a code; `None` for anything else.
            pub fn from_code(code: &str) -> Option<Self> {
                match code { $($code => Some($name::$variant),)* _ => None }
            }
            /// Position in [`Self::ALL`], for per-choice tables.
            pub fn index(self) -> usize { self as usize }
        }

        impl Choice for $name {
            fn all() -> &'static [Self] { Self::ALL }
            fn code(self) -> &'static str { $name::code(self) }
            fn label(self) -> &'static str { $name::label(self) }
            fn from_code(code: &str) -> Option<Self> { $name::from_code(code) }
        }
    };
}

/// A closed set of choices with URL codes and labels (lets the UI build any
/// `<select>` from one generic component).
pub trait Choice: Copy + PartialEq + 'static {
    /// Every choice, in display order.
    fn all() -> &'static [Self];
    /// Short code used in URLs.
    fn code(self) -> &'static str;
    /// Label shown on the page.
    fn label(self) -> &'static str;
    /// Parses a code.
    fn from_code(code: &str) -> Option<Self>;
}

choice! {
    /// Where the developer works.
    Location {
        /// The article's US average.
        UsNational => "us", "US national average";
        SanFrancisco => "sf", "San Francisco, US";
        Chicago => "chicago", "Chicago, US";
        Boston => "boston", "Boston, US";
        Orlando => "orlando", "Orlando, US";
        /// Any of the 530 DOL areas, chosen by name once the data has loaded.
        UsMetro => "metro", "Other US city (530 areas)";
        NorthAmerica => "north-america", "North America (region)";
        LatinAmerica => "latin-america", "Latin America (region)";
        WesternEurope => "western-europe", "Western Europe (region)";
        EasternEurope => "eastern-europe", "Eastern Europe (region)";
        Asia => "asia", "Asia (region)";
        India => "india", "India";
    }
}

choice! {
    /// The world regions of the article's hourly-rate table.
    Region {
        NorthAmerica => "north-america", "North America";
        LatinAmerica => "latin-america", "Latin America";
        WesternEurope => "western-europe", "Western Europe";
        EasternEurope => "eastern-europe", "Eastern Europe";
        Asia => "asia", "Asia";
    }
}

choice! {
    /// Main backend language, as ranked by the article.
    Language {
        Unspecified => "any", "Any (no adjustment)";
        JavaScript => "javascript", "JavaScript";
        Python => "python", "Python";
        Java => "java", "Java";
        Php => "php", "PHP";
        NodeJs => "nodejs", "Node.js";
    }
}

choice! {
    /// Industry, as ranked by the article.
    Industry {
        Unspecified => "any", "Any (no adjustment)";
        Finance => "finance", "Finance";
        Media => "media", "Media";
        Marketing => "marketing", "Marketing";
        Healthcare => "healthcare", "Healthcare";
        Consulting => "consulting", "Consulting";
        Education => "education", "Education";
    }
}

choice! {
    /// Salaried employee or freelancer.
    Mode {
        Salaried => "salaried", "Salaried";
        Freelance => "freelance", "Freelance";
    }
}

choice! {
    /// Where the freelance hourly rate comes from.
    RateBasis {
        /// The region's average range, placed by experience.
        Region => "region", "Your region's range";
        /// The article's $20 / $35 / $50+ by level.
        Level => "level", "Article's rate for your level";
        /// The user's own rate.
        Custom => "custom", "My own rate";
    }
}

choice! {
    /// Which experience ladder gives the point estimate.
    ExperienceSource {
        PayScale => "payscale", "Reports (unnamed in the article)";
        SoftwareGuild => "guild", "Software Guild";
        Midpoint => "midpoint", "Midpoint of both";
    }
}

choice! {
    /// Display currency.
    Currency {
        Usd => "usd", "US dollar (USD)";
        Eur => "eur", "Euro (EUR)";
        Gbp => "gbp", "Pound sterling (GBP)";
        Inr => "inr", "Indian rupee (INR)";
    }
}

impl Location {
    /// The article's city premium, for the four cities.
    pub fn city_premium(self) -> Option<&'static Figure> {
        match self {
            Location::SanFrancisco => Some(&d::SAN_FRANCISCO),
            Location::Chicago => Some(&d::CHICAGO),
            Location::Boston => Some(&d::BOSTON),
            Location::Orlando => Some(&d::ORLANDO),
            _ => None,
        }
    }

    /// The DOL area (OFLC id) of each of the article's four cities: the
    /// metro area the survey data gives a second figure for.
    pub fn dol_area(self) -> Option<u32> {
        match self {
            Location::SanFrancisco => Some(41860),
            Location::Chicago => Some(16980),
            Location::Boston => Some(14460),
            Location::Orlando => Some(36740),
            _ => None,
        }
    }

    /// The hourly-rate region a location falls in (US cities in North America, India in Asia).
    pub fn region(self) -> Region {
        match self {
            Location::UsNational
            | Location::SanFrancisco
            | Location::Chicago
            | Location::Boston
            | Location::Orlando
            | Location::UsMetro
            | Location::NorthAmerica => Region::NorthAmerica,
            Location::LatinAmerica => Region::LatinAmerica,
            Location::WesternEurope => Region::WesternEurope,
            Location::EasternEurope => Region::EasternEurope,
            Location::Asia | Location::India => Region::Asia,
        }
    }

    /// True for the world regions, whose salaries the article does not give.
    pub fn is_world_region(self) -> bool {
        matches!(
            self,
            Location::NorthAmerica
                | Location::LatinAmerica
                | Location::WesternEurope
                | Location::EasternEurope
                | Location::Asia
        )
    }

    /// True for the US average, the four cities and the DOL metro areas.
    pub fn is_us(self) -> bool {
        matches!(
            self,
            Location::UsNational
                | Location::SanFrancisco
                | Location::Chicago
                | Location::Boston
                | Location::Orlando
                | Location::UsMetro
        )
    }

    /// Group label for the form's option groups.
    pub fn group(self) -> &'static str {
        match self {
            l if l.is_us() => "United States",
            Location::India => "Country",
            _ => "World region",
        }
    }
}

impl Region {
    /// The article's hourly figures: (average low, average high, top end).
    pub fn hourly(self) -> (&'static Figure, &'static Figure, &'static Figure) {
        match self {
            Region::NorthAmerica => (&d::HOURLY_NA_LOW, &d::HOURLY_NA_HIGH, &d::HOURLY_NA_TOP),
            Region::LatinAmerica => (
                &d::HOURLY_LATAM_LOW,
                &d::HOURLY_LATAM_HIGH,
                &d::HOURLY_LATAM_TOP,
            ),
            Region::WesternEurope => (&d::HOURLY_WEU_LOW, &d::HOURLY_WEU_HIGH, &d::HOURLY_WEU_TOP),
            Region::EasternEurope => (&d::HOURLY_EEU_LOW, &d::HOURLY_EEU_HIGH, &d::HOURLY_EEU_TOP),
            Region::Asia => (
                &d::HOURLY_ASIA_LOW,
                &d::HOURLY_ASIA_HIGH,
                &d::HOURLY_ASIA_TOP,
            ),
        }
    }

    /// Middle of the region's average hourly range.
    pub fn hourly_mid(self) -> f64 {
        let (lo, hi, _) = self.hourly();
        (lo.value + hi.value) / 2.0
    }

    /// Default salary factor against the US: the region's mid hourly rate over
    /// North America's. An assumption (salaries scale like freelance rates).
    pub fn default_factor_pct(self) -> i32 {
        let ratio = self.hourly_mid() / Region::NorthAmerica.hourly_mid();
        ((ratio - 1.0) * 100.0).round() as i32
    }

    /// The location choice with the same region.
    pub fn location(self) -> Location {
        match self {
            Region::NorthAmerica => Location::NorthAmerica,
            Region::LatinAmerica => Location::LatinAmerica,
            Region::WesternEurope => Location::WesternEurope,
            Region::EasternEurope => Location::EasternEurope,
            Region::Asia => Location::Asia,
        }
    }
}

impl Language {
    /// The article's rank figure, if ranked.
    pub fn rank(self) -> Option<&'static Figure> {
        match self {
            Language::Unspecified => None,
            Language::JavaScript => Some(&d::LANG_JAVASCRIPT),
            Language::Python => Some(&d::LANG_PYTHON),
            Language::Java => Some(&d::LANG_JAVA),
            Language::Php => Some(&d::LANG_PHP),
            Language::NodeJs => Some(&d::LANG_NODEJS),
        }
    }

    /// Default assumption: 5% per rank step, second place = 0%.
    pub fn default_pct(self) -> i32 {
        self.rank().map_or(0, |f| (2.0 - f.value) as i32 * 5)
    }
}

impl Industry {
    /// The article's rank figure, if ranked.
    pub fn rank(self) -> Option<&'static Figure> {
        match self {
            Industry::Unspecified => None,
            Industry::Finance => Some(&d::IND_FINANCE),
            Industry::Media => Some(&d::IND_MEDIA),
            Industry::Marketing => Some(&d::IND_MARKETING),
            Industry::Healthcare => Some(&d::IND_HEALTHCARE),
            Industry::Consulting => Some(&d::IND_CONSULTING),
            Industry::Education => Some(&d::IND_EDUCATION),
        }
    }

    /// Default assumption: 4% per rank step, centred between 3rd and 4th place.
    pub fn default_pct(self) -> i32 {
        self.rank().map_or(0, |f| ((3.5 - f.value) * 4.0) as i32)
    }
}

impl Currency {
    /// ISO 4217 code.
    pub fn iso(self) -> &'static str {
        match self {
            Currency::Usd => "USD",
            Currency::Eur => "EUR",
            Currency::Gbp => "GBP",
            Currency::Inr => "INR",
        }
    }

    /// Symbol used when formatting.
    pub fn symbol(self) -> &'static str {
        match self {
            Currency::Usd => "$",
            Currency::Eur => "€",
            Currency::Gbp => "£",
            Currency::Inr => "₹",
        }
    }

    /// Default units of this currency per US dollar: ECB euro reference rates
    /// of 31 Dec 2024 (EUR/USD 1.0389, EUR/GBP 0.82918, EUR/INR 88.9335),
    /// crossed through the euro and rounded (four places, two for the rupee;
    /// `tests/engine.rs` recomputes them from those rates). Shown on the page
    /// and editable.
    pub fn default_per_usd(self) -> f64 {
        match self {
            Currency::Usd => 1.0,
            Currency::Eur => 0.9626,
            Currency::Gbp => 0.7981,
            Currency::Inr => 85.60,
        }
    }
}

pub use super::assumptions::{
    bounds, round_fx, Assumptions, DEFAULT_ANCHOR_TENTHS, DEFAULT_HOURS_PER_WEEK,
    DEFAULT_WEEKS_PER_YEAR, FX_DATE, FX_DECIMALS,
};

/// The survey role compared by default.
pub const DEFAULT_ROLE: &str = "backend";

/// Everything the estimate depends on.
#[derive(Clone, Debug, PartialEq)]
pub struct Inputs {
    /// Whole years of professional experience, 0–50 (0 = less than a year).
    pub years: u32,
    /// Where the developer works.
    pub location: Location,
    /// Main language.
    pub language: Language,
    /// Industry.
    pub industry: Industry,
    /// Salaried or freelance.
    pub mode: Mode,
    /// Where the freelance rate comes from.
    pub rate_basis: RateBasis,
    /// The user's own hourly rate, for [`RateBasis::Custom`]: whole units of
    /// `rate_currency`, kept as entered so no conversion rounds it.
    pub custom_rate: u32,
    /// The currency the own rate was entered in (the page's currency at the
    /// time); US dollars in links made before it existed.
    pub rate_currency: Currency,
    /// Billable hours per week.
    pub hours_per_week: u32,
    /// Billable weeks per year.
    pub weeks_per_year: u32,
    /// Display currency.
    pub currency: Currency,
    /// DOL area id when `location` is [`Location::UsMetro`].
    pub metro: Option<u32>,
    /// Survey role code for the data comparison (e.g. `backend`).
    pub role: String,
    /// Survey country for the data comparison; empty = follow the location.
    pub country: String,
    /// Editable assumptions.
    pub assumptions: Assumptions,
}

impl Inputs {
    /// The own hourly rate in `c`, converted at the exchange-rate
    /// assumptions when it was entered in another currency.
    pub fn own_rate_in(&self, c: Currency) -> f64 {
        let rate = self.custom_rate as f64;
        if c == self.rate_currency {
            return rate;
        }
        let per_usd = &self.assumptions.per_usd;
        rate / per_usd[self.rate_currency.index()] * per_usd[c.index()]
    }
}

impl Default for Inputs {
    fn default() -> Self {
        Inputs {
            years: 3,
            location: Location::UsNational,
            language: Language::Unspecified,
            industry: Industry::Unspecified,
            mode: Mode::Salaried,
            rate_basis: RateBasis::Region,
            custom_rate: 60,
            rate_currency: Currency::Usd,
            hours_per_week: DEFAULT_HOURS_PER_WEEK,
            weeks_per_year: DEFAULT_WEEKS_PER_YEAR,
            currency: Currency::Usd,
            metro: None,
            role: DEFAULT_ROLE.to_string(),
            country: String::new(),
            assumptions: Assumptions::default(),
        }
    }
}
