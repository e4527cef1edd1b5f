//! The app state shared through a Yew context, as in the Yew RealWorld app:
//! the root provides it once and each panel reads it with [`use_app`],
//! instead of inputs, estimate, survey and dispatch being passed by hand to
//! every component.

use yew::prelude::*;

use super::state::{Action, AppState};

/// What the context carries: the state and one stable way to change it.
#[derive(Clone, PartialEq)]
pub struct AppContext {
    /// The current state (compared by pointer: a new state is a new value).
    pub state: UseReducerHandle<AppState>,
    /// Sends an [`Action`] to the reducer. Created once, so components that
    /// receive it as a prop are not re-rendered because of it.
    pub dispatch: Callback<Action>,
}

impl std::ops::Deref for AppContext {
    type Target = AppState;
    fn deref(&self) -> &AppState {
        &self.state
    }
}

/// Builds the context value from the reducer handle, keeping `dispatch` the
/// same callback for the life of the page.
#[hook]
pub fn use_app_context(state: UseReducerHandle<AppState>) -> AppContext {
    let dispatcher = state.dispatcher();
    let dispatch = use_memo((), move |_| {
        Callback::from(move |a: Action| dispatcher.dispatch(a))
    });
    AppContext {
        state,
        dispatch: (*dispatch).clone(),
    }
}

/// The shared app state. Only components below the root's provider call it.
#[hook]
pub fn use_app() -> AppContext {
    use_context::<AppContext>().expect("use_app is only called below the App's ContextProvider")
}
