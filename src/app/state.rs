//! The one app state, changed only through [`Action`]s by the reducer.
//!
//! The estimate is recomputed inside the reducer, once per change, so every
//! component of a render sees the same numbers.

use std::rc::Rc;

use yew::Reducible;

use crate::core::codec::{self, Notice};
use crate::core::compare::{check_survey_inputs, needs_survey_data};
use crate::core::edit::{currency_after, CurrencyBy, Edit};
use crate::core::estimate::{page_estimate, Estimate};
use crate::core::inputs::{Currency, Inputs};
use crate::core::scenarios::{self, Scenario};
use crate::core::survey::SurveyData;
use crate::core::view::ViewOptions;

/// Whether the last inputs can be kept in localStorage.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Storage {
    /// Saving works.
    On,
    /// localStorage is missing, blocked or full: the page still works.
    Off,
}

/// The survey data file: loaded once something on the page needs it.
#[derive(Clone, Debug)]
pub enum Survey {
    /// Not asked for yet: no open section shows it and no input refers to it
    /// (the default view). Shown as loading; see [`Action::NeedSurvey`].
    Idle,
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
            (Survey::Idle, Survey::Idle) | (Survey::Loading, Survey::Loading) => true,
            (Survey::Ready(a), Survey::Ready(b)) => Rc::ptr_eq(a, b),
            (Survey::Failed(a), Survey::Failed(b)) => a == b,
            _ => false,
        }
    }
}

impl Survey {
    /// This state once the inputs are `i`: inputs that refer to the data (a
    /// survey role or country, a US metro area) ask for it if nothing has.
    fn for_inputs(&self, i: &Inputs) -> Self {
        match self {
            Survey::Idle if needs_survey_data(i) => Survey::Loading,
            s => s.clone(),
        }
    }

    /// Whether the data was asked for (the fetch starts, or has).
    pub fn requested(&self) -> bool {
        !matches!(self, Survey::Idle)
    }

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
    /// Who set the currency: rupees suggested on choosing India are taken
    /// back on leaving it; a reader's choice stands ([`currency_after`]).
    pub currency_by: CurrencyBy,
    /// How many times the inputs were set from outside the form's fields (a
    /// reset, a loaded scenario), even to the values they had: a number
    /// field then drops the text being typed in it.
    pub epoch: u32,
    /// The inputs last changed by the data's check, not by the reader: an
    /// unknown role, country or area of a link set back to the default.
    /// Such a change is not written to the address or the saved inputs (a
    /// link with a misspelt country replaced the reader's saved inputs).
    /// Every change by the reader of what the address holds (the inputs, the
    /// data switch) clears it.
    pub by_data: bool,
}

impl AppState {
    /// State for the given inputs.
    pub fn new(
        inputs: Inputs,
        notices: Vec<Notice>,
        storage: Storage,
        view: ViewOptions,
        scenarios: Vec<Scenario>,
    ) -> Self {
        let survey = Survey::Idle.for_inputs(&inputs);
        let estimate = Rc::new(compute(&inputs, &survey));
        // A currency other than dollars in the address or saved state was chosen.
        let currency_by = CurrencyBy::at_start(inputs.currency);
        AppState {
            currency_by,
            inputs: Rc::new(inputs),
            estimate,
            notices: Rc::new(notices),
            storage,
            view,
            scenarios: Rc::new(scenarios),
            update_available: false,
            survey,
            epoch: 0,
            by_data: false,
        }
    }

    /// The state once the survey data arrived (or failed): the inputs that
    /// name a role, country or area are checked against it, as the address
    /// could not be before.
    #[cfg(not(feature = "lite"))]
    fn survey_loaded(self: Rc<Self>, result: Result<Rc<SurveyData>, String>) -> Rc<Self> {
        let mut s = (*self).clone();
        match result {
            Ok(data) => {
                let mut i = (*s.inputs).clone();
                if let Some(notices) = self.survey_checked(&mut i, &data) {
                    s.notices = notices;
                    s.by_data = i != *s.inputs;
                }
                s.survey = Survey::Ready(data);
                s.estimate = Rc::new(compute(&i, &s.survey));
                s.inputs = Rc::new(i);
            }
            Err(e) => s.survey = Survey::Failed(e),
        }
        Rc::new(s)
    }

    /// The first module never gets the data: it loads the full app instead
    /// (`use_survey_data`). The checks would cost it 0.3 KB gzip.
    #[cfg(feature = "lite")]
    fn survey_loaded(self: Rc<Self>, _: Result<Rc<SurveyData>, String>) -> Rc<Self> {
        self
    }

    /// A loaded scenario's role, country and area, checked against the data
    /// as an address's are: one saved before the data changed (or edited in
    /// storage) may name one the data no longer has. Unknown ones fall back
    /// to the defaults; the notices so far with the new ones, if any.
    #[cfg(not(feature = "lite"))]
    fn check_loaded(&self, i: &mut Inputs) -> Option<Rc<Vec<Notice>>> {
        self.survey_checked(i, self.survey.data()?)
    }

    /// `i`'s role, country and area checked against `data`, unknown ones
    /// set back to the defaults: the notices so far with a new one for each
    /// (none twice), or `None` when all are known. Shared by the data's
    /// arrival (the address's inputs) and a loaded scenario.
    #[cfg(not(feature = "lite"))]
    fn survey_checked(&self, i: &mut Inputs, data: &SurveyData) -> Option<Rc<Vec<Notice>>> {
        let new = check_survey_inputs(i, data);
        if new.is_empty() {
            return None;
        }
        let mut all = (*self.notices).clone();
        for n in new {
            if !all.contains(&n) {
                all.push(n);
            }
        }
        Some(Rc::new(all))
    }

    /// Only the full app has the scenarios panel: the first module never
    /// loads a scenario (the check would cost it 0.6 KB gzip).
    #[cfg(feature = "lite")]
    fn check_loaded(&self, _: &mut Inputs) -> Option<Rc<Vec<Notice>>> {
        None
    }

    /// The full query string for the current inputs and view.
    pub fn query(&self) -> String {
        codec::query(&self.inputs, &self.view)
    }
}

/// Every change the UI can make.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// A change to the inputs, made by [`Inputs::apply`].
    Edit(Edit),
    /// Hides the notices.
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
    /// The saved scenarios as another tab of the page left them.
    ScenariosStored(Vec<Scenario>),
    /// The service worker has a newer build waiting.
    UpdateAvailable,
    /// A section that shows the survey data was opened: fetch it, if not yet.
    NeedSurvey,
    /// The survey data arrived (or failed).
    SurveyLoaded(Result<Rc<SurveyData>, String>),
    /// Show or hide the survey comparison (off = article-only view).
    ShowData(bool),
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut i = (*self.inputs).clone();
        // Inputs set from outside the fields: a new epoch even when nothing
        // changes, so a field's half-typed text gives way to the value.
        let external = matches!(
            action,
            Action::Edit(Edit::ResetAll | Edit::ResetAssumptions) | Action::LoadScenario(_)
        );
        let epoch = self.epoch.wrapping_add(u32::from(external));
        let mut loaded_notices = None;
        let mut action_by = None;
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
                list.push(Scenario {
                    name,
                    inputs: (*self.inputs).clone(),
                });
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
            Action::ScenariosStored(list) => {
                if list == *self.scenarios {
                    return self;
                }
                let mut s = (*self).clone();
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
            Action::NeedSurvey => {
                if self.survey.requested() {
                    return self;
                }
                let mut s = (*self).clone();
                s.survey = Survey::Loading;
                return Rc::new(s);
            }
            Action::SurveyLoaded(result) => return self.survey_loaded(result),
            Action::ShowData(on) => {
                let mut s = (*self).clone();
                s.view.data = on;
                s.by_data = false;
                return Rc::new(s);
            }
            Action::Edit(edit) => {
                let (currency, by) = currency_after(&i, &edit, self.currency_by);
                i.apply(edit);
                if let Some(c) = currency {
                    i.currency = c;
                }
                if by != self.currency_by {
                    let mut s = (*self).clone();
                    s.currency_by = by;
                    s.epoch = epoch;
                    s.by_data = false;
                    if i != *s.inputs {
                        s.survey = s.survey.for_inputs(&i);
                        s.estimate = Rc::new(compute(&i, &s.survey));
                        s.inputs = Rc::new(i);
                    }
                    return Rc::new(s);
                }
            }
            Action::LoadScenario(k) => match self.scenarios.get(k) {
                Some(sc) => {
                    i = sc.inputs.clone();
                    // The scenario's currency was the reader's, unless it is
                    // the default.
                    action_by = Some(match (i.currency, self.currency_by) {
                        (Currency::Usd, CurrencyBy::Reader) => CurrencyBy::Reader,
                        (c, _) => CurrencyBy::at_start(c),
                    });
                    loaded_notices = self.check_loaded(&mut i);
                }
                None => return self,
            },
        }
        if i == *self.inputs && !external {
            return self;
        }
        // As in the branch above: the survey state for the new inputs first,
        // then the estimate from it.
        let survey = self.survey.for_inputs(&i);
        Rc::new(AppState {
            estimate: Rc::new(compute(&i, &survey)),
            survey,
            inputs: Rc::new(i),
            notices: loaded_notices.unwrap_or_else(|| self.notices.clone()),
            storage: self.storage,
            view: self.view.clone(),
            scenarios: self.scenarios.clone(),
            update_available: self.update_available,
            currency_by: match action_by {
                Some(by) => by,
                None => self.currency_by,
            },
            epoch,
            by_data: false,
        })
    }
}
