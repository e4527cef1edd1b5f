//! The one app state, changed only through [`Action`]s by the reducer.
//!
//! The estimate is recomputed inside the reducer, once per change, so every
//! component of a render sees the same numbers.

use std::rc::Rc;

use yew::Reducible;

use crate::core::codec::{self, Notice};
use crate::core::estimate::{estimate, Estimate};
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
    /// View parameters (such as `embed`) kept in the address as they came.
    pub view: Rc<Vec<(String, String)>>,
}

impl AppState {
    /// State for the given inputs.
    pub fn new(inputs: Inputs, notices: Vec<Notice>, storage: Storage, view: Vec<(String, String)>) -> Self {
        let estimate = Rc::new(estimate(&inputs));
        AppState { inputs: Rc::new(inputs), estimate, notices: Rc::new(notices), storage, view: Rc::new(view) }
    }

    /// The full query string for the current inputs and view.
    pub fn query(&self) -> String {
        let mut q = codec::encode(&self.inputs);
        for (k, v) in self.view.iter() {
            if !q.is_empty() {
                q.push('&');
            }
            q.push_str(&codec::percent_encode(k));
            q.push('=');
            q.push_str(&codec::percent_encode(v));
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
}

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
        let a: &mut Assumptions = &mut i.assumptions;
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
            Action::Primary(v) => a.primary = v,
            Action::PaidHours(v) => a.paid_hours = clamp_u(bounds::PAID_HOURS, v),
            Action::LanguagePct(l, v) => a.language_pct[l.index()] = clamp_pct(v),
            Action::IndustryPct(ind, v) => a.industry_pct[ind.index()] = clamp_pct(v),
            Action::RegionPct(r, v) => a.region_pct[r.index()] = clamp_pct(v),
            Action::Fx(c, v) => {
                let v = crate::core::inputs::round_fx(v);
                if v.is_finite() && v >= bounds::FX.0 && v <= bounds::FX.1 && c != Currency::Usd {
                    a.per_usd[c.index()] = v;
                }
            }
            Action::ResetAssumptions => *a = Assumptions::default(),
            Action::ResetAll => i = Inputs::default(),
        }
        if i == *self.inputs {
            return self;
        }
        Rc::new(AppState {
            estimate: Rc::new(estimate(&i)),
            inputs: Rc::new(i),
            notices: self.notices.clone(),
            storage: self.storage,
            view: self.view.clone(),
        })
    }
}
