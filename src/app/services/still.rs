//! Work that waits until its inputs have been still for a moment (the
//! address write, the share panel's preview).

use std::cell::RefCell;
use std::rc::Rc;

use gloo::timers::callback::Timeout;

/// At most one piece of waiting work and one timer. Each new piece replaces
/// the last and moves the deadline; the timer, firing before it, waits again
/// for the rest. A new timer and its closure on every change took 0.1–0.2 ms
/// of each change at 1× (measured on the address write).
#[derive(Default)]
pub struct Still {
    /// When the work is due (`Date.now()`, ms).
    due: f64,
    /// The latest work; a piece it replaced never runs.
    work: Option<Box<dyn FnOnce()>>,
    /// The timer, while one runs.
    timer: Option<Timeout>,
}

impl Still {
    /// Replaces the waiting work with `work`, due `ms` from now. `this` is
    /// the cell holding `self`, for the timer.
    pub fn wait(&mut self, this: &Rc<RefCell<Still>>, ms: u32, work: Box<dyn FnOnce()>) {
        self.due = js_sys::Date::now() + f64::from(ms);
        self.work = Some(work);
        if self.timer.is_none() {
            self.timer = Some(timer(this.clone(), ms));
        }
    }

    /// Drops the waiting work, if any (its timer runs out doing nothing).
    pub fn cancel(&mut self) {
        self.work = None;
    }
}

/// A timer that runs the waiting work once it is due, or waits again.
fn timer(still: Rc<RefCell<Still>>, ms: u32) -> Timeout {
    Timeout::new(ms, move || {
        let left = still.borrow().due - js_sys::Date::now();
        // The timer running now is replaced (or dropped) from inside its own
        // callback; wasm-bindgen frees a closure only once its call returns.
        let work = if left >= 1.0 {
            let next = timer(still.clone(), left.ceil() as u32);
            still.borrow_mut().timer = Some(next);
            None
        } else {
            let mut s = still.borrow_mut();
            s.timer = None;
            s.work.take()
        };
        if let Some(work) = work {
            work();
        }
    })
}
