//! Every change the form and the assumptions panel can make to the inputs,
//! and [`Inputs::apply`], which makes it within the bounds the address
//! parameters use. The app's reducer only routes an [`Edit`] here.

use super::inputs::{
    bounds, round_fx, Assumptions, Currency, ExperienceSource, Industry, Inputs, Language,
    Location, Mode, RateBasis, Region,
};
use super::params::{is_country_name, is_role_code};

/// One change to the inputs.
#[derive(Clone, Debug, PartialEq)]
pub enum Edit {
    /// Years of experience (clamped to [`bounds::YEARS`]).
    Years(u32),
    /// Where the developer works.
    Location(Location),
    /// Main language.
    Language(Language),
    /// Industry.
    Industry(Industry),
    /// Salaried or freelance.
    Mode(Mode),
    /// Where the freelance rate comes from.
    RateBasis(RateBasis),
    /// Own hourly rate in the page's currency, which it is then kept in
    /// (clamped to [`bounds::rate`] of that currency).
    CustomRate(u32),
    /// Billable hours a week (clamped).
    HoursPerWeek(u32),
    /// Billable weeks a year (clamped).
    WeeksPerYear(u32),
    /// Display currency.
    Currency(Currency),
    /// Which ladder gives the point estimate.
    Primary(ExperienceSource),
    /// Paid hours in a salaried year (clamped).
    PaidHours(u32),
    /// A language's adjustment, percent (clamped to [`bounds::PCT`]).
    LanguagePct(Language, i32),
    /// An industry's adjustment, percent (clamped).
    IndustryPct(Industry, i32),
    /// A region's salary factor, percent (clamped).
    RegionPct(Region, i32),
    /// Units of a currency per USD; ignored outside [`bounds::FX`], for USD
    /// itself, or when not a number.
    Fx(Currency, f64),
    /// A DOL metro area (also selects [`Location::UsMetro`]); ignored outside
    /// [`bounds::METRO`].
    Metro(u32),
    /// Survey role code; ignored unless it looks like one.
    Role(String),
    /// Survey country ("" = follow the location); ignored unless plain text.
    Country(String),
    /// A ladder anchor's year in tenths (index 0–3; clamped to
    /// [`bounds::ANCHOR_TENTHS`]; out-of-range index ignored).
    Anchor(usize, u32),
    /// Hold the team-lead figure at the senior figure.
    LeadHold(bool),
    /// Apply PayScale's city premiums to Software Guild's ladder too.
    CityOnGuild(bool),
    /// Shape India's average by each ladder's rise with experience.
    IndiaShape(bool),
    /// Every assumption back to its default.
    ResetAssumptions,
    /// Every input back to its default.
    ResetAll,
}

fn clamp_u((lo, hi): (u32, u32), v: u32) -> u32 {
    v.clamp(lo, hi)
}

fn clamp_pct(v: i32) -> i32 {
    v.clamp(bounds::PCT.0, bounds::PCT.1)
}

/// Who set the page's currency.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CurrencyBy {
    /// Nobody: dollars, the default.
    Default,
    /// The page, on choosing India (rupees suggested).
    Place,
    /// The reader, or the link or saved view they came with.
    Reader,
}

impl CurrencyBy {
    /// For a page that starts with `currency`: any but dollars was chosen.
    pub fn at_start(currency: Currency) -> Self {
        if currency == Currency::Usd {
            CurrencyBy::Default
        } else {
            CurrencyBy::Reader
        }
    }
}

/// The currency `edit` brings with it, if any, and who has then set the
/// currency. Choosing India suggests rupees while nobody has set the
/// currency (issue 12); leaving India takes the suggestion back, since a
/// reader moving through a closed select with the arrow keys passes India
/// on the way, and each step is a change. A reader's own choice of currency
/// always stands; a reset starts over.
pub fn currency_after(
    before: &Inputs,
    edit: &Edit,
    by: CurrencyBy,
) -> (Option<Currency>, CurrencyBy) {
    match edit {
        Edit::Currency(_) => (None, CurrencyBy::Reader),
        Edit::ResetAll => (None, CurrencyBy::Default),
        Edit::Location(Location::India)
            if by == CurrencyBy::Default
                && before.location != Location::India
                && before.currency == Currency::Usd =>
        {
            (Some(Currency::Inr), CurrencyBy::Place)
        }
        Edit::Location(l) if *l != Location::India && by == CurrencyBy::Place => {
            if before.currency == Currency::Inr {
                (Some(Currency::Usd), CurrencyBy::Default)
            } else {
                (None, CurrencyBy::Default)
            }
        }
        _ => (None, by),
    }
}

impl Inputs {
    /// Makes one change, keeping every value within its bounds.
    pub fn apply(&mut self, edit: Edit) {
        let a = &mut self.assumptions;
        match edit {
            Edit::Years(v) => self.years = clamp_u(bounds::YEARS, v),
            Edit::Location(v) => self.location = v,
            Edit::Language(v) => self.language = v,
            Edit::Industry(v) => self.industry = v,
            Edit::Mode(v) => self.mode = v,
            Edit::RateBasis(v) => self.rate_basis = v,
            Edit::CustomRate(v) => {
                self.rate_currency = self.currency;
                self.custom_rate = clamp_u(bounds::rate(self.currency), v);
            }
            Edit::HoursPerWeek(v) => self.hours_per_week = clamp_u(bounds::HOURS_PER_WEEK, v),
            Edit::WeeksPerYear(v) => self.weeks_per_year = clamp_u(bounds::WEEKS_PER_YEAR, v),
            Edit::Currency(v) => self.currency = v,
            Edit::Primary(v) => a.primary = v,
            Edit::PaidHours(v) => a.paid_hours = clamp_u(bounds::PAID_HOURS, v),
            Edit::LanguagePct(l, v) => a.language_pct[l.index()] = clamp_pct(v),
            Edit::IndustryPct(i, v) => a.industry_pct[i.index()] = clamp_pct(v),
            Edit::RegionPct(r, v) => a.region_pct[r.index()] = clamp_pct(v),
            Edit::Fx(c, v) => {
                let v = round_fx(v);
                if c != Currency::Usd && v.is_finite() && (bounds::FX.0..=bounds::FX.1).contains(&v)
                {
                    a.per_usd[c.index()] = v;
                }
            }
            Edit::Metro(id) => {
                if (bounds::METRO.0..=bounds::METRO.1).contains(&id) {
                    self.metro = Some(id);
                    self.location = Location::UsMetro;
                }
            }
            Edit::Role(r) => {
                if is_role_code(&r) {
                    self.role = r;
                }
            }
            Edit::Country(c) => {
                if c.is_empty() || is_country_name(&c) {
                    self.country = c.trim().to_string();
                }
            }
            Edit::Anchor(k, v) => {
                if let Some(slot) = a.anchor_tenths.get_mut(k) {
                    *slot = clamp_u(bounds::ANCHOR_TENTHS, v);
                }
            }
            Edit::LeadHold(v) => a.lead_hold = v,
            Edit::CityOnGuild(v) => a.city_on_guild = v,
            Edit::IndiaShape(v) => a.india_shape = v,
            Edit::ResetAssumptions => *a = Assumptions::default(),
            Edit::ResetAll => *self = Inputs::default(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn after(edits: Vec<Edit>) -> Inputs {
        let mut i = Inputs::default();
        for e in edits {
            i.apply(e);
        }
        i
    }

    #[test]
    fn numbers_are_clamped_to_the_address_bounds() {
        let i = after(vec![
            Edit::Years(99),
            Edit::CustomRate(0),
            Edit::HoursPerWeek(200),
            Edit::WeeksPerYear(0),
            Edit::PaidHours(5),
            Edit::LanguagePct(Language::Php, -500),
            Edit::IndustryPct(Industry::Media, 1000),
            Edit::RegionPct(Region::Asia, 12),
        ]);
        assert_eq!(
            (i.years, i.custom_rate, i.hours_per_week, i.weeks_per_year),
            (50, 1, 80, 1)
        );
        assert_eq!(i.assumptions.paid_hours, 1000);
        assert_eq!(i.assumptions.language_pct[Language::Php.index()], -90);
        assert_eq!(i.assumptions.industry_pct[Industry::Media.index()], 300);
        assert_eq!(i.assumptions.region_pct[Region::Asia.index()], 12);
        // What an edit stores, the address carries back unchanged.
        assert_eq!(
            crate::codec::decode(&crate::codec::encode(&i), &[]).inputs,
            i
        );
    }

    #[test]
    fn exchange_rates_are_rounded_and_bad_ones_ignored() {
        let i = after(vec![
            Edit::Fx(Currency::Eur, 0.912_345_6),
            Edit::Fx(Currency::Usd, 2.0),
        ]);
        assert_eq!(i.assumptions.per_usd[Currency::Eur.index()], 0.9123);
        assert_eq!(i.assumptions.per_usd[Currency::Usd.index()], 1.0);
        for bad in [f64::NAN, f64::INFINITY, -1.0, 0.0, 1e9] {
            assert_eq!(
                after(vec![Edit::Fx(Currency::Gbp, bad)]),
                Inputs::default(),
                "{bad}"
            );
        }
    }

    #[test]
    fn metro_selects_the_metro_location() {
        let i = after(vec![Edit::Metro(12420)]);
        assert_eq!((i.metro, i.location), (Some(12420), Location::UsMetro));
        assert_eq!(after(vec![Edit::Metro(0)]), Inputs::default());
    }

    #[test]
    fn role_and_country_must_look_right() {
        let i = after(vec![
            Edit::Role("frontend".into()),
            Edit::Country("Germany".into()),
        ]);
        assert_eq!(
            (i.role.as_str(), i.country.as_str()),
            ("frontend", "Germany")
        );
        let i = after(vec![
            Edit::Role("<b>".into()),
            Edit::Country("a\u{0}b".into()),
        ]);
        assert_eq!(i, Inputs::default());
        let i = after(vec![
            Edit::Country("Germany".into()),
            Edit::Country(String::new()),
        ]);
        assert_eq!(i.country, "");
    }

    #[test]
    fn resets() {
        let i = after(vec![
            Edit::Years(9),
            Edit::RegionPct(Region::Asia, 5),
            Edit::Anchor(1, 40),
            Edit::Anchor(9, 40),
            Edit::LeadHold(false),
            Edit::CityOnGuild(false),
            Edit::IndiaShape(false),
            Edit::ResetAssumptions,
        ]);
        assert_eq!((i.years, &i.assumptions), (9, &Assumptions::default()));
        assert_eq!(
            after(vec![
                Edit::Years(9),
                Edit::Mode(Mode::Freelance),
                Edit::ResetAll
            ]),
            Inputs::default()
        );
    }
}
