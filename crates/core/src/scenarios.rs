//! Saved scenarios: named copies of the inputs, stored as text, compared, and
//! exported as CSV. Pure: the app decides where the text is kept.

use super::codec::{decode, encode, quote, Notice};
use super::estimate::{page_estimate, Estimate};
use super::inputs::{Currency, Inputs};
use super::money::fixed;
use super::survey::SurveyData;

/// Most scenarios kept.
pub const MAX: usize = 6;
/// Longest name, in characters.
pub const NAME_LEN: usize = 40;

/// One saved scenario.
#[derive(Clone, Debug, PartialEq)]
pub struct Scenario {
    /// Name the user gave it.
    pub name: String,
    /// Its inputs.
    pub inputs: Inputs,
}

/// Trims a name, drops control characters (tabs and newlines would break the
/// stored format) and limits its length. Empty names become "Scenario N".
pub fn clean_name(raw: &str, fallback_number: usize) -> String {
    let s: String = raw
        .chars()
        .filter(|c| !c.is_control() && !crate::codec::is_bidi_control(*c))
        .take(NAME_LEN)
        .collect();
    let s = s.trim();
    if s.is_empty() {
        format!("Scenario {fallback_number}")
    } else {
        s.to_string()
    }
}

/// Stored form: one scenario per line, `name<TAB>query`.
pub fn serialize(list: &[Scenario]) -> String {
    list.iter()
        .map(|s| format!("{}\t{}", clean_name(&s.name, 0), encode(&s.inputs)))
        .collect::<Vec<_>>()
        .join("\n")
}

/// Reads the stored form. A value that cannot be read gets its default and
/// is reported; a line without a name and a query is skipped and reported;
/// at most [`MAX`] scenarios are kept.
pub fn parse(text: &str) -> (Vec<Scenario>, Vec<Notice>) {
    let mut out = Vec::new();
    let mut notices = Vec::new();
    for (k, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let Some((name, query)) = line.split_once('\t') else {
            notices.push(Notice {
                param: format!("saved scenario {}", k + 1),
                message: "Unreadable; skipped.".into(),
            });
            continue;
        };
        if out.len() == MAX {
            notices.push(Notice {
                param: "saved scenarios".into(),
                message: format!("More than {MAX}; the rest were skipped."),
            });
            break;
        }
        // A value it cannot read (one from a newer build, say) gets its
        // default, as in a link: the scenario was skipped whole, and the
        // next save wrote the list without it.
        let d = decode(query, &[]);
        if !d.notices.is_empty() {
            notices.push(Notice {
                param: format!("saved scenario “{}”", quote(name)),
                message: format!(
                    "Some of its values could not be read ({}); defaults stand in for them.",
                    crate::codec::names_of(&d.notices)
                ),
            });
        }
        out.push(Scenario {
            name: clean_name(name, out.len() + 1),
            inputs: d.inputs,
        });
    }
    // At most five, as for broken saved inputs: 500 broken lines were 500
    // notices, screens of them above the calculator.
    if notices.len() > 5 {
        let more = notices.len() - 4;
        notices.truncate(4);
        notices.push(Notice {
            param: "saved scenarios".into(),
            message: format!("{more} more lines could not be read; skipped."),
        });
    }
    (out, notices)
}

/// Each scenario's estimate, as the page would show it for those inputs
/// (with its US metro area's factor once the survey data is loaded).
pub fn estimates(list: &[Scenario], data: Option<&SurveyData>) -> Vec<Estimate> {
    list.iter()
        .map(|s| page_estimate(&s.inputs, data))
        .collect()
}

/// Where a scenario is, by name: its US metro area once the data names it
/// (two scenarios in Austin and Seattle both read "Other US city"), else
/// the location's label.
pub fn place(i: &Inputs, data: Option<&SurveyData>) -> String {
    match (i.location, i.metro.and_then(|id| data?.metro(id))) {
        (crate::inputs::Location::UsMetro, Some(m)) => m.name.clone(),
        (l, _) => l.label().to_string(),
    }
}

/// One CSV field: quoted when needed, and with a leading `'` before `= + - @`
/// so a spreadsheet never runs a name as a formula.
fn csv_field(s: &str) -> String {
    let guarded = if s.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{s}")
    } else {
        s.to_string()
    };
    if guarded.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", guarded.replace('"', "\"\""))
    } else {
        guarded
    }
}

/// The comparison as CSV (header and one row per scenario, with its estimate
/// from [`estimates`], in the same order). Every amount is in the page's
/// currency (issue 12: one currency; the Currency column names it), each
/// scenario's at its own exchange rate, as on screen and as it shows when
/// loaded.
pub fn to_csv(
    list: &[Scenario],
    estimates: &[Estimate],
    data: Option<&SurveyData>,
    currency: Currency,
) -> String {
    let mut rows = vec![
        "Scenario,Years,Location,Language,Industry,Mode,Currency,Annual,Low,High,Monthly,Hourly"
            .to_string(),
    ];
    for (s, e) in list.iter().zip(estimates) {
        let i = &s.inputs;
        let fx = i.assumptions.per_usd[currency.index()];
        let amt = |usd: f64| fixed(usd * fx, 0, false);
        let fields = [
            csv_field(&s.name),
            i.years.to_string(),
            csv_field(&place(i, data)),
            csv_field(i.language.label()),
            csv_field(i.industry.label()),
            i.mode.label().to_string(),
            currency.iso().to_string(),
            amt(e.annual),
            amt(e.low),
            amt(e.high),
            amt(e.monthly),
            // To the precision the card shows: cents under 1,000, else whole
            // (₹7,324 on the card was 7324.05 here).
            {
                let h = e.hourly * fx;
                fixed(h, if h.abs() < 1000.0 { 2 } else { 0 }, false)
            },
        ];
        rows.push(fields.join(","));
    }
    rows.join("\r\n") + "\r\n"
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::inputs::{Location, Mode};

    fn sc(name: &str, years: u32, loc: Location) -> Scenario {
        Scenario {
            name: name.into(),
            inputs: Inputs {
                years,
                location: loc,
                ..Inputs::default()
            },
        }
    }

    #[test]
    fn round_trip() {
        let list = vec![
            sc("Now", 3, Location::UsNational),
            sc("Move to SF", 5, Location::SanFrancisco),
        ];
        let (back, n) = parse(&serialize(&list));
        assert!(n.is_empty());
        assert_eq!(back, list);
    }

    #[test]
    fn unreadable_lines_are_skipped_and_unreadable_values_defaulted() {
        let (list, n) = parse("ok\ty=4\nno tab here\nbad\ty=9&loc=sf&lang=rust\n\n");
        assert_eq!(list.len(), 2, "{n:?}");
        assert_eq!(list[0].inputs.years, 4);
        // The scenario keeps what reads (years, city) and names what did not.
        assert_eq!((list[1].name.as_str(), list[1].inputs.years), ("bad", 9));
        assert_eq!(list[1].inputs.location, Location::SanFrancisco);
        assert_eq!(list[1].inputs.language, Inputs::default().language);
        assert_eq!(n.len(), 2);
        assert_eq!(n[0].param, "saved scenario 2");
        assert!(n[1].param.contains("bad"));
        assert_eq!(
            n[1].message,
            "Some of its values could not be read (lang); defaults stand in for them."
        );
    }

    #[test]
    fn at_most_six_are_kept() {
        let text = (0..9)
            .map(|k| format!("s{k}\ty={k}"))
            .collect::<Vec<_>>()
            .join("\n");
        let (list, n) = parse(&text);
        assert_eq!(list.len(), MAX);
        assert_eq!(n.len(), 1);
    }

    #[test]
    fn names_are_cleaned() {
        assert_eq!(clean_name("  a\tb\nc  ", 1), "abc");
        assert_eq!(clean_name("   ", 3), "Scenario 3");
        assert_eq!(clean_name(&"x".repeat(100), 1).chars().count(), NAME_LEN);
    }

    #[test]
    fn many_broken_lines_make_five_notices() {
        let text = "bad line\n".repeat(500) + "Kept\ty=4";
        let (list, notices) = parse(&text);
        assert_eq!(list.len(), 1);
        assert_eq!(notices.len(), 5, "{notices:?}");
        assert_eq!(
            notices[4].message,
            "496 more lines could not be read; skipped."
        );
    }

    #[test]
    fn csv_has_values_and_no_formula_injection() {
        let mut s = sc("=HYPERLINK(\"x\")", 0, Location::UsNational);
        s.inputs.mode = Mode::Salaried;
        let mut t = sc("India, INR", 3, Location::India);
        t.inputs.currency = Currency::Inr;
        let list = [s, t];
        let csv = to_csv(&list, &estimates(&list, None), None, Currency::Usd);
        let lines: Vec<&str> = csv.trim_end().split("\r\n").collect();
        assert_eq!(lines.len(), 3);
        assert!(
            lines[1].starts_with("\"'=HYPERLINK(\"\"x\"\")\",0,"),
            "{}",
            lines[1]
        );
        assert!(lines[1].contains(",82301,34000,82301,"), "{}", lines[1]);
        assert!(lines[2].starts_with("\"India, INR\",3,India,"));
        assert!(
            lines[2].contains(",USD,"),
            "one currency for every row: {}",
            lines[2]
        );
        // The page in rupees: every row in rupees, the US one too, each at
        // its own rate (one saved at ₹80 to the dollar shows ₹80 ones).
        let mut at80 = list.clone();
        at80[0].inputs.assumptions.per_usd[Currency::Inr.index()] = 80.0;
        let inr = to_csv(&at80, &estimates(&at80, None), None, Currency::Inr);
        let rows: Vec<&str> = inr.trim_end().split("\r\n").collect();
        assert!(rows[1].contains(",INR,6584080,"), "{}", rows[1]);
        assert!(rows[2].contains(",INR,"), "{}", rows[2]);
        // Hourly to the card's precision: whole rupees (₹3,166), dollars
        // with their cents.
        let hourly = |row: &str| row.rsplit(',').next().unwrap().to_string();
        assert!(!hourly(rows[1]).contains('.'), "{}", rows[1]);
        assert!(hourly(lines[1]).contains('.'), "{}", lines[1]);
    }
}
