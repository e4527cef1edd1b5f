//! The one app state, changed only through [`Action`]s by the reducer.
//!
//! The estimate is recomputed inside the reducer, once per change, so every
//! component of a render sees the same numbers.

use std::rc::Rc;

use yew::Reducible;

use crate::core::codec::{self, Notice};
use crate::core::scenarios::{self, Scenario};
use crate::core::view::ViewOptions;
use crate::core::estimate::{page_estimate, Estimate};
use crate::core::survey::SurveyData;
use crate::core::inputs::{
    bounds, Assumptions, Currency, ExperienceSource, Industry, Inputs, Language, Location, Mode, RateBasis, Region,
};

/// Whether the last inputs can be kept in localStorage.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Storage {
    /// Saving works.
    On,
    /// localStorage is missing, blocked or full: the page still works.
    Off,
}

/// The survey data file: loaded after the first paint.
#[derive(Clone, Debug)]
pub enum Survey {
    /// Being fetched.
    Loading,
    /// Parsed and checked.
    Ready(Rc<SurveyData>),
    /// Could not be fetched or parsed; the article-based estimate still works.
    Failed(String),
}

impl PartialEq for Survey {
    fn eq(&self, other: &Self) -> bool {
        match (self, other) {
            (Survey::Loading, Survey::Loading) => true,
            (Survey::Ready(a), Survey::Ready(b)) => Rc::ptr_eq(a, b),
            (Survey::Failed(a), Survey::Failed(b)) => a == b,
            _ => false,
        }
    }
}

impl Survey {
    /// The data, when ready.
    pub fn data(&self) -> Option<&SurveyData> {
        match self {
            Survey::Ready(d) => Some(d),
            _ => None,
        }
    }
}

/// The estimate, with the chosen US metro area resolved from the data.
fn compute(i: &Inputs, survey: &Survey) -> Estimate {
    page_estimate(i, survey.data())
}

/// Everything the page shows.
#[derive(Clone, Debug, PartialEq)]
pub struct AppState {
    /// Current inputs.
    pub inputs: Rc<Inputs>,
    /// Estimate for `inputs`.
    pub estimate: Rc<Estimate>,
    /// What was ignored when reading the address or saved state.
    pub notices: Rc<Vec<Notice>>,
    /// Saving status.
    pub storage: Storage,
    /// Embed mode, theme and accent, kept in the address.
    pub view: ViewOptions,
    /// Saved scenarios.
    pub scenarios: Rc<Vec<Scenario>>,
    /// A newer build of the page is ready (from the service worker).
    pub update_available: bool,
    /// The survey data.
    pub survey: Survey,
}

impl AppState {
    /// State for the given inputs.
    pub fn new(inputs: Inputs, notices: Vec<Notice>, storage: Storage, view: ViewOptions, scenarios: Vec<Scenario>) -> Self {
        let estimate = Rc::new(compute(&inputs, &Survey::Loading));
        AppState {
            inputs: Rc::new(inputs),
            estimate,
            notices: Rc::new(notices),
            storage,
            view,
            scenarios: Rc::new(scenarios),
            update_available: false,
            survey: Survey::Loading,
        }
    }

    /// The full query string for the current inputs and view.
    pub fn query(&self) -> String {
        let mut q = codec::encode(&self.inputs);
        for (k, v) in self.view.params() {
            if !q.is_empty() {
                q.push('&');
            }
            q.push_str(&codec::percent_encode(&k));
            q.push('=');
            q.push_str(&codec::percent_encode(&v));
        }
        q
    }
}

/// Every change the UI can make.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// Years of experience (clamped to 0–50).
    Years(u32),
    Location(Location),
    Language(Language),
    Industry(Industry),
    Mode(Mode),
    RateBasis(RateBasis),
    /// Own hourly rate in USD.
    CustomRate(u32),
    HoursPerWeek(u32),
    WeeksPerYear(u32),
    Currency(Currency),
    Primary(ExperienceSource),
    PaidHours(u32),
    LanguagePct(Language, i32),
    IndustryPct(Industry, i32),
    RegionPct(Region, i32),
    /// Units of a currency per USD.
    Fx(Currency, f64),
    /// Puts every assumption back to its default.
    ResetAssumptions,
    /// Puts every input back to its default.
    ResetAll,
    DismissNotices,
    /// Saving failed or works again.
    Storage(Storage),
    /// Saves the current inputs under a name (ignored when [`scenarios::MAX`] exist).
    SaveScenario(String),
    /// Renames scenario `i`.
    RenameScenario(usize, String),
    /// Removes scenario `i`.
    RemoveScenario(usize),
    /// Makes scenario `i`'s inputs the current ones.
    LoadScenario(usize),
    /// The service worker has a newer build waiting.
    UpdateAvailable,
    /// The survey data arrived (or failed).
    SurveyLoaded(Result<Rc<SurveyData>, String>),
    /// A DOL metro area was picked (also selects [`Location::UsMetro`]).
    Metro(u32),
    /// Survey role for the comparison.
    Role(String),
    /// Survey country for the comparison ("" = follow the location).
    Country(String),
    /// Show or hide the survey comparison (off = article-only view).
    ShowData(bool),
}

/// Role, country and metro from the address can only be checked once the
/// data is here; unknown ones fall back to defaults with a notice.
fn check_survey_inputs(i: &mut Inputs, data: &SurveyData, notices: &mut Vec<Notice>) {
    if !data.roles().iter().any(|r| r.code == i.role) {
        notices.push(Notice { param: "role".into(), message: format!("“{}” is not a survey role; back-end developers are shown.", codec::quote(&i.role)) });
        i.role = crate::core::inputs::DEFAULT_ROLE.to_string();
    }
    if !i.country.is_empty() && i.country != WORLD && !data.countries().iter().any(|c| c.name == i.country) {
        notices.push(Notice { param: "country".into(), message: format!("“{}” is not a survey country; your location decides.", codec::quote(&i.country)) });
        i.country.clear();
    }
    if let Some(id) = i.metro {
        if data.metro(id).is_none() {
            notices.push(Notice { param: "metro".into(), message: format!("No US area has id {id}; choose one by name.") });
            i.metro = None;
        }
    }
}

/// The `country` value meaning "all countries".
pub const WORLD: &str = "world";

fn clamp_u((lo, hi): (u32, u32), v: u32) -> u32 {
    v.clamp(lo, hi)
}

fn clamp_pct(v: i32) -> i32 {
    v.clamp(bounds::PCT.0, bounds::PCT.1)
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut i = (*self.inputs).clone();
        match action {
            Action::DismissNotices => {
                let mut s = (*self).clone();
                s.notices = Rc::new(Vec::new());
                return Rc::new(s);
            }
            Action::Storage(st) => {
                if st == self.storage {
                    return self;
                }
                let mut s = (*self).clone();
                s.storage = st;
                return Rc::new(s);
            }
            Action::UpdateAvailable => {
                let mut s = (*self).clone();
                s.update_available = true;
                return Rc::new(s);
            }
            Action::SaveScenario(name) => {
                if self.scenarios.len() >= scenarios::MAX {
                    return self;
                }
                let mut s = (*self).clone();
                let mut list = (*s.scenarios).clone();
                let name = scenarios::clean_name(&name, list.len() + 1);
                list.push(Scenario { name, inputs: (*self.inputs).clone() });
                s.scenarios = Rc::new(list);
                return Rc::new(s);
            }
            Action::RenameScenario(k, name) => {
                let mut s = (*self).clone();
                let mut list = (*s.scenarios).clone();
                if let Some(sc) = list.get_mut(k) {
                    sc.name = scenarios::clean_name(&name, k + 1);
                }
                s.scenarios = Rc::new(list);
                return Rc::new(s);
            }
            Action::RemoveScenario(k) => {
                let mut s = (*self).clone();
                let mut list = (*s.scenarios).clone();
                if k < list.len() {
                    list.remove(k);
                }
                s.scenarios = Rc::new(list);
                return Rc::new(s);
            }
            Action::SurveyLoaded(result) => {
                let mut s = (*self).clone();
                match result {
                    Ok(data) => {
                        let mut notices = (*s.notices).clone();
                        let mut i = (*s.inputs).clone();
                        check_survey_inputs(&mut i, &data, &mut notices);
                        s.survey = Survey::Ready(data);
                        s.notices = Rc::new(notices);
                        s.estimate = Rc::new(compute(&i, &s.survey));
                        s.inputs = Rc::new(i);
                    }
                    Err(e) => s.survey = Survey::Failed(e),
                }
                return Rc::new(s);
            }
            Action::ShowData(on) => {
                let mut s = (*self).clone();
                s.view.data = on;
                return Rc::new(s);
            }
            Action::Metro(id) => {
                i.metro = Some(id);
                i.location = Location::UsMetro;
            }
            Action::Role(r) => i.role = r,
            Action::Country(c) => i.country = c,
            Action::LoadScenario(k) => match self.scenarios.get(k) {
                Some(sc) => i = sc.inputs.clone(),
                None => return self,
            },
            Action::Years(v) => i.years = clamp_u(bounds::YEARS, v),
            Action::Location(v) => i.location = v,
            Action::Language(v) => i.language = v,
            Action::Industry(v) => i.industry = v,
            Action::Mode(v) => i.mode = v,
            Action::RateBasis(v) => i.rate_basis = v,
            Action::CustomRate(v) => i.custom_rate = clamp_u(bounds::RATE, v),
            Action::HoursPerWeek(v) => i.hours_per_week = clamp_u(bounds::HOURS_PER_WEEK, v),
            Action::WeeksPerYear(v) => i.weeks_per_year = clamp_u(bounds::WEEKS_PER_YEAR, v),
            Action::Currency(v) => i.currency = v,
            Action::Primary(v) => i.assumptions.primary = v,
            Action::PaidHours(v) => i.assumptions.paid_hours = clamp_u(bounds::PAID_HOURS, v),
            Action::LanguagePct(l, v) => i.assumptions.language_pct[l.index()] = clamp_pct(v),
            Action::IndustryPct(ind, v) => i.assumptions.industry_pct[ind.index()] = clamp_pct(v),
            Action::RegionPct(r, v) => i.assumptions.region_pct[r.index()] = clamp_pct(v),
            Action::Fx(c, v) => {
                let v = crate::core::inputs::round_fx(v);
                if v.is_finite() && v >= bounds::FX.0 && v <= bounds::FX.1 && c != Currency::Usd {
                    i.assumptions.per_usd[c.index()] = v;
                }
            }
            Action::ResetAssumptions => i.assumptions = Assumptions::default(),
            Action::ResetAll => i = Inputs::default(),
        }
        if i == *self.inputs {
            return self;
        }
        Rc::new(AppState {
            estimate: Rc::new(compute(&i, &self.survey)),
            inputs: Rc::new(i),
            notices: self.notices.clone(),
            storage: self.storage,
            view: self.view.clone(),
            scenarios: self.scenarios.clone(),
            update_available: self.update_available,
            survey: self.survey.clone(),
        })
    }
}
