//! Currency conversion and formatting, including Indian lakh/crore grouping.

use super::inputs::Currency;

/// Groups the digits of a non-negative whole number: `1,234,567` in the
/// international style, `12,34,567` in the Indian style.
pub fn group_digits(n: u64, indian: bool) -> String {
    let digits = n.to_string();
    let bytes = digits.as_bytes();
    let len = bytes.len();
    let mut out = String::with_capacity(len + len / 2);
    for (i, &b) in bytes.iter().enumerate() {
        let left = len - i; // digits from here to the end
        if i > 0 {
            let sep = if indian {
                // Last three digits form one group, then groups of two.
                left == 3 || (left > 3 && (left - 3).is_multiple_of(2))
            } else {
                left.is_multiple_of(3)
            };
            if sep {
                out.push(',');
            }
        }
        out.push(b as char);
    }
    out
}

/// Converts an amount in USD into `currency` at `per_usd` units per dollar.
pub fn convert(usd: f64, per_usd: f64) -> f64 {
    usd * per_usd
}

/// Formats an amount already in `currency`, rounded to whole units
/// (or to cents for small hourly figures when `cents` is set).
pub fn format_amount(amount: f64, currency: Currency, cents: bool) -> String {
    if !amount.is_finite() {
        return "—".to_string();
    }
    let neg = amount < 0.0;
    let abs = amount.abs();
    let indian = currency == Currency::Inr;
    let body = if cents && abs < 1000.0 {
        let whole = abs.trunc() as u64;
        let frac = ((abs - abs.trunc()) * 100.0).round() as u64;
        let (whole, frac) = if frac == 100 {
            (whole + 1, 0)
        } else {
            (whole, frac)
        };
        if frac == 0 {
            group_digits(whole, indian)
        } else {
            format!("{}.{:02}", group_digits(whole, indian), frac)
        }
    } else {
        group_digits(abs.round() as u64, indian)
    };
    format!(
        "{}{}{}",
        if neg { "−" } else { "" },
        currency.symbol(),
        body
    )
}

/// Formats a USD amount in the display currency.
pub fn format_usd_in(usd: f64, currency: Currency, per_usd: f64, cents: bool) -> String {
    format_amount(convert(usd, per_usd), currency, cents)
}

/// Formats a survey figure, which the data file stores to the nearest $100,
/// in the display currency to the matching step (100 units of EUR or GBP,
/// 10,000 rupees), so a converted figure shows no precision it never had.
pub fn format_stored_in(usd: f64, currency: Currency, per_usd: f64) -> String {
    let amount = convert(usd, per_usd);
    let step_raw = 100.0 * per_usd;
    if !amount.is_finite() || !step_raw.is_finite() || step_raw <= 0.0 {
        return format_amount(amount, currency, false);
    }
    // The power of ten nearest to what $100 is worth.
    let step = 10f64.powf(step_raw.log10().round()).max(1.0);
    format_amount((amount / step).round() * step, currency, false)
}

/// A short form for axes and tight spaces: `$95k`, `€1.2M`, `₹7.0 lakh`, `₹1.2 crore`.
pub fn format_compact(amount: f64, currency: Currency) -> String {
    if !amount.is_finite() {
        return "—".to_string();
    }
    let sym = currency.symbol();
    let abs = amount.abs();
    let sign = if amount < 0.0 { "−" } else { "" };
    // A value that rounds up to the next unit is written in it: ₹99.99 lakh
    // is "₹1 crore", not "₹100 lakh"; $999.6k is "$1M".
    if currency == Currency::Inr {
        if abs >= 1e7 || rounded(abs / 1e5) >= 100.0 {
            return format!("{sign}{sym}{} crore", trim1(abs / 1e7));
        }
        if abs >= 1e5 {
            return format!("{sign}{sym}{} lakh", trim1(abs / 1e5));
        }
    }
    if abs >= 1e6 || rounded(abs / 1e3) >= 1000.0 {
        format!("{sign}{sym}{}M", trim1(abs / 1e6))
    } else if abs >= 1e3 {
        format!("{sign}{sym}{}k", trim1(abs / 1e3))
    } else {
        format!("{sign}{sym}{}", abs.round() as u64)
    }
}

/// Decimal places for three significant digits: two below 10 (₹1.07 crore
/// and ₹1.14 crore are not both "₹1.1 crore"), one below 100, none from 100
/// up (at the point where rounding would reach the next range).
fn places(x: f64) -> u32 {
    if x >= 99.95 {
        0
    } else if x >= 9.995 {
        1
    } else {
        2
    }
}

/// `x` as [`trim1`] rounds it.
fn rounded(x: f64) -> f64 {
    let scale = [1.0, 10.0, 100.0][places(x) as usize];
    (x * scale).round() / scale
}

/// `x` to three significant digits, without trailing zeros.
fn trim1(x: f64) -> String {
    match places(x) {
        0 => (x.round() as u64).to_string(),
        p => fixed(x, p, true),
    }
}

/// Formats `x` with `decimals` places using integer arithmetic only, so the
/// wasm build needs none of the standard library's float printing
/// (measurably smaller). `trim` drops trailing zeros and a bare point.
pub fn fixed(x: f64, decimals: u32, trim: bool) -> String {
    if !x.is_finite() {
        return "—".to_string();
    }
    let scale = 10u64.pow(decimals.min(9));
    let scaled = (x.abs() * scale as f64).round() as u64;
    let (whole, mut frac) = (scaled / scale, scaled % scale);
    let mut digits = decimals as usize;
    if trim {
        while digits > 0 && frac % 10 == 0 {
            frac /= 10;
            digits -= 1;
        }
    }
    let sign = if x < 0.0 && scaled != 0 { "-" } else { "" };
    if digits == 0 {
        format!("{sign}{whole}")
    } else {
        format!("{sign}{whole}.{frac:0digits$}")
    }
}

/// Parses a plain decimal such as `85.6`, `-3` or `0.9625`: optional sign,
/// digits, at most one point, at most 15 significant digits. Integer
/// arithmetic only, so the wasm build carries none of the standard library's
/// float-parsing tables (about 10 KB). `None` for anything else, including
/// exponents, `inf` and `NaN`.
pub fn parse_decimal(s: &str) -> Option<f64> {
    let s = s.trim();
    let (neg, body) = match s.strip_prefix('-') {
        Some(b) => (true, b),
        None => (false, s.strip_prefix('+').unwrap_or(s)),
    };
    let (int, frac) = body.split_once('.').unwrap_or((body, ""));
    if int.is_empty() && frac.is_empty() {
        return None;
    }
    if !int.bytes().chain(frac.bytes()).all(|b| b.is_ascii_digit()) || int.len() + frac.len() > 15 {
        return None;
    }
    let mut mantissa: u64 = 0;
    for b in int.bytes().chain(frac.bytes()) {
        mantissa = mantissa * 10 + u64::from(b - b'0');
    }
    let v = mantissa as f64 / 10u64.pow(frac.len() as u32) as f64;
    Some(if neg { -v } else { v })
}

/// `raw` as a number field accepts it: a plain decimal ([`parse_decimal`])
/// within `min..=max` and on the `grid` counted from `min` (1 for whole
/// numbers, 0.1 for tenths). A value off the grid is refused rather than
/// rounded, so the field never uses a number other than the one shown.
pub fn parse_in_field(raw: &str, min: f64, max: f64, grid: f64) -> Option<f64> {
    let v = parse_decimal(raw)?;
    let steps = (v - min) / grid;
    let on_grid = (steps - steps.round()).abs() < 1e-6;
    (v >= min && v <= max && on_grid).then_some(v)
}

/// Formats a signed percentage such as `+28%`, `−29%` or `+2.5%`.
pub fn format_pct(pct: f64) -> String {
    let r = (pct * 10.0).round() / 10.0;
    let body = fixed(r.abs(), 1, true);
    if r > 0.0 {
        format!("+{body}%")
    } else if r < 0.0 {
        format!("−{body}%")
    } else {
        "±0%".to_string()
    }
}

/// A whole count with its noun, singular for exactly one and with grouped
/// digits: "1 hour", "1,380 hours".
pub fn count(n: u64, one: &str, many: &str) -> String {
    format!(
        "{} {}",
        group_digits(n, false),
        if n == 1 { one } else { many }
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stored_figures_keep_their_step_in_every_currency() {
        // USD: already a multiple of $100, unchanged.
        assert_eq!(format_stored_in(76_400.0, Currency::Usd, 1.0), "$76,400");
        // EUR: $16,800 at 0.9626 is 16,171.68; stored to $100, so to €100.
        assert_eq!(format_stored_in(16_800.0, Currency::Eur, 0.9626), "€16,200");
        assert_eq!(
            format_stored_in(384_000.0, Currency::Gbp, 0.7981),
            "£306,500"
        );
        // INR: $100 is ₹8,560, so the step is ₹10,000.
        assert_eq!(format_stored_in(7_400.0, Currency::Inr, 85.6), "₹6,30,000");
        assert_eq!(format_stored_in(f64::NAN, Currency::Eur, 0.9626), "—");
        assert_eq!(format_stored_in(1_000.0, Currency::Eur, f64::NAN), "—");
    }

    #[test]
    fn counted_nouns_agree() {
        assert_eq!(count(1, "hour", "hours"), "1 hour");
        assert_eq!(count(1380, "hour", "hours"), "1,380 hours");
        assert_eq!(count(0, "week", "weeks"), "0 weeks");
    }

    #[test]
    fn field_values_in_range_and_on_the_grid() {
        // Whole numbers from 0 to 50 (the years).
        assert_eq!(parse_in_field("12", 0.0, 50.0, 1.0), Some(12.0));
        assert_eq!(parse_in_field(" 0 ", 0.0, 50.0, 1.0), Some(0.0));
        for bad in ["", "-", "5.", "5.5", "51", "-1", "1e1", "abc"] {
            if bad == "5." {
                // A trailing point is a whole number as typed so far.
                assert_eq!(parse_in_field(bad, 0.0, 50.0, 1.0), Some(5.0));
                continue;
            }
            assert_eq!(parse_in_field(bad, 0.0, 50.0, 1.0), None, "{bad:?}");
        }
        // Negative percentages on a whole-number grid from -90.
        assert_eq!(parse_in_field("-20", -90.0, 300.0, 1.0), Some(-20.0));
        assert_eq!(parse_in_field("-91", -90.0, 300.0, 1.0), None);
        // Tenths (the ladder's anchors) and four places (exchange rates),
        // where binary fractions are not exact.
        assert_eq!(parse_in_field("2.3", 0.0, 50.0, 0.1), Some(2.3));
        assert_eq!(parse_in_field("2.35", 0.0, 50.0, 0.1), None);
        assert_eq!(
            parse_in_field("0.9627", 0.0001, 100_000.0, 0.0001),
            Some(0.9627)
        );
        assert_eq!(
            parse_in_field("83.1234", 0.0001, 100_000.0, 0.0001),
            Some(83.1234)
        );
        assert_eq!(parse_in_field("0.96275", 0.0001, 100_000.0, 0.0001), None);
    }

    #[test]
    fn indian_grouping() {
        assert_eq!(group_digits(700_000, true), "7,00,000");
        assert_eq!(group_digits(12_345_678, true), "1,23,45,678");
        assert_eq!(group_digits(999, true), "999");
        assert_eq!(group_digits(1000, true), "1,000");
    }

    #[test]
    fn international_grouping() {
        assert_eq!(group_digits(89_766, false), "89,766");
        assert_eq!(group_digits(1_000_000, false), "1,000,000");
        assert_eq!(group_digits(0, false), "0");
    }

    #[test]
    fn compact_forms() {
        assert_eq!(format_compact(700_000.0, Currency::Inr), "₹7 lakh");
        assert_eq!(format_compact(12_000_000.0, Currency::Inr), "₹1.2 crore");
        assert_eq!(format_compact(10_700_000.0, Currency::Inr), "₹1.07 crore");
        assert_eq!(format_compact(11_400_000.0, Currency::Inr), "₹1.14 crore");
        assert_eq!(format_compact(1_250_000.0, Currency::Usd), "$1.25M");
        assert_eq!(format_compact(9_996.0, Currency::Usd), "$10k");
        // Rounding up into the next unit writes it in that unit.
        assert_eq!(format_compact(9_999_000.0, Currency::Inr), "₹1 crore");
        assert_eq!(format_compact(9_994_000.0, Currency::Inr), "₹99.9 lakh");
        assert_eq!(format_compact(999_600.0, Currency::Gbp), "£1M");
        assert_eq!(format_compact(999_400.0, Currency::Usd), "$999k");
        assert_eq!(format_compact(95_240.0, Currency::Usd), "$95.2k");
        assert_eq!(format_compact(164_602.0, Currency::Usd), "$165k");
    }

    #[test]
    fn decimals_parse_without_std_float_parsing() {
        assert_eq!(parse_decimal("85.6"), Some(85.6));
        assert_eq!(parse_decimal(" 0.9625 "), Some(0.9625));
        assert_eq!(parse_decimal("-3"), Some(-3.0));
        assert_eq!(parse_decimal("+.5"), Some(0.5));
        assert_eq!(parse_decimal("12."), Some(12.0));
        for bad in [
            "",
            ".",
            "-",
            "1e3",
            "inf",
            "NaN",
            "1.2.3",
            "1,5",
            "12345678901234567",
        ] {
            assert_eq!(parse_decimal(bad), None, "{bad}");
        }
        // Agrees with the standard parser on every 4-decimal rate we use.
        for k in 0..20_000u32 {
            let t = format!("{}.{:04}", k / 7, k % 10_000);
            assert_eq!(parse_decimal(&t), t.parse::<f64>().ok(), "{t}");
        }
    }

    #[test]
    fn amounts_and_percent() {
        assert_eq!(format_amount(89_766.4, Currency::Usd, false), "$89,766");
        assert_eq!(format_amount(43.157, Currency::Gbp, true), "£43.16");
        assert_eq!(format_amount(f64::NAN, Currency::Usd, false), "—");
        assert_eq!(format_pct(28.0), "+28%");
        assert_eq!(format_pct(-29.0), "−29%");
        assert_eq!(format_pct(0.0), "±0%");
        assert_eq!(format_pct(2.54), "+2.5%");
        assert_eq!(fixed(0.9625, 4, true), "0.9625");
        assert_eq!(fixed(85.6, 4, true), "85.6");
        assert_eq!(fixed(12.0, 2, true), "12");
        assert_eq!(fixed(-0.04, 1, false), "0.0");
        assert_eq!(fixed(1.23456, 2, false), "1.23");
    }
}
