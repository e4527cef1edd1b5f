//! Chart labels that fit at any width: ticks thinned until their labels have
//! room, and labels kept inside the SVG.

use bdsc_core::chart::{clamp_centre, fitted_ticks, nice_ticks, text_width};
use bdsc_core::inputs::Currency;
use bdsc_core::money::format_compact;

#[test]
fn ticks_are_thinned_until_their_labels_fit() {
    let lakh = |v: f64| format_compact(v, Currency::Inr);
    // Wide axis: the usual four steps.
    assert_eq!(
        fitted_ticks(9_600_000.0, 4, 1000.0, 13.0, 8.0, lakh),
        nice_ticks(9_600_000.0, 4)
    );
    // Narrow axis: fewer ticks, each gap at least the widest label.
    let span = 180.0;
    let t = fitted_ticks(9_600_000.0, 4, span, 13.0, 8.0, lakh);
    assert!(t.len() < nice_ticks(9_600_000.0, 4).len(), "{t:?}");
    let step = span / (t.len() - 1) as f64;
    for v in &t {
        assert!(
            text_width(&lakh(*v), 13.0) + 8.0 <= step || t.len() == 2,
            "{} in {step}",
            lakh(*v)
        );
    }
    assert!(*t.last().unwrap() >= 9_600_000.0);
}

#[test]
fn an_axis_too_short_for_anything_keeps_its_two_ends() {
    let t = fitted_ticks(150_000.0, 4, 10.0, 13.0, 8.0, |v| format!("${v}"));
    assert_eq!(t.len(), 2);
    assert_eq!(t[0], 0.0);
    assert!(t[1] >= 150_000.0);
}

#[test]
fn a_label_is_kept_inside_its_bounds() {
    assert_eq!(clamp_centre(395.0, 60.0, 0.0, 400.0), 370.0);
    assert_eq!(clamp_centre(5.0, 60.0, 0.0, 400.0), 30.0);
    assert_eq!(clamp_centre(200.0, 60.0, 0.0, 400.0), 200.0);
    // Wider than the room: centred.
    assert_eq!(clamp_centre(10.0, 500.0, 0.0, 400.0), 200.0);
}

#[test]
fn text_width_grows_with_length_and_size() {
    assert!(text_width("₹96.7 lakh +28%", 15.0) > text_width("$120k", 15.0));
    assert_eq!(text_width("", 15.0), 0.0);
}
