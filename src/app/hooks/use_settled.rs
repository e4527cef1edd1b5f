//! A value that follows another once it has stayed the same for a moment.

use yew::prelude::*;

use crate::app::services::still::Still;

/// What [`use_settled`] keeps between renders.
struct Settled {
    /// The value shown.
    shown: String,
    /// The value last given.
    last: String,
    still: Still,
}

/// `value`, once it has stayed the same for `ms` milliseconds (its first
/// value at once). For what must not follow every keystroke or slider step:
/// the share panel's preview (a whole page of this app), and what a screen
/// reader is told of the estimate (eight announcements for eight steps of
/// the slider).
///
/// Built on the hooks the first module already has (a `RefCell` and a
/// forced render, scheduled from the render): a state and an effect hook of
/// its own cost it about 1.2 KB gzip (measured).
#[hook]
pub fn use_settled(value: String, ms: u32) -> String {
    let redraw = use_force_update();
    let cell = use_mut_ref(|| Settled {
        shown: value.clone(),
        last: value.clone(),
        still: Still::default(),
    });
    let mut s = cell.borrow_mut();
    if s.last != value {
        s.last = value.clone();
        if s.shown == value {
            s.still.cancel();
        } else {
            let cell = cell.clone();
            s.still.wait(
                ms,
                Box::new(move || {
                    cell.borrow_mut().shown = value;
                    redraw.force_update();
                }),
            );
        }
    }
    s.shown.clone()
}
