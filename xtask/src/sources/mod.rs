//! The raw sources, one module each: Stack Overflow 2024 and 2025, BLS, DOL,
//! aijobs.net and DOU. This module holds what they share: reading a CSV with
//! the `csv` crate, finding a column, and the cleaned survey respondent.

pub mod aijobs;
pub mod bls;
pub mod dol;
pub mod dou;
pub mod labels;
pub mod so2024;
pub mod so2025;

use std::path::Path;

/// Plausible pay band for the Stack Overflow surveys, USD/yr, inclusive.
pub const PAY_MIN: f64 = 1_000.0;
/// Upper end of the plausible band, USD/yr, inclusive.
pub const PAY_MAX: f64 = 1_000_000.0;

/// All rows of a CSV text, header included: RFC 4180 quoting, a leading BOM
/// skipped, rows of any width kept (callers drop rows narrower or wider than
/// the header, as before).
pub fn parse_csv(text: &str) -> Vec<Vec<String>> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    reader
        .records()
        .filter_map(Result::ok)
        .map(|r| r.iter().map(str::to_string).collect())
        .collect()
}

/// Reads a UTF-8 file, naming it on error.
pub fn read_text(path: &Path) -> Result<String, String> {
    std::fs::read_to_string(path).map_err(|e| format!("cannot read {}: {e}", path.display()))
}

/// Reads and parses a UTF-8 CSV file.
pub fn read_csv(path: &Path) -> Result<Vec<Vec<String>>, String> {
    Ok(parse_csv(&read_text(path)?))
}

/// Index of column `name` in a header row.
pub fn col(header: &[String], name: &str) -> Result<usize, String> {
    header
        .iter()
        .position(|h| h == name)
        .ok_or_else(|| format!("column {name:?} not found"))
}

/// One cleaned survey respondent.
#[derive(Clone, Debug)]
pub struct Resp {
    /// Annual pay, USD.
    pub pay: f64,
    /// Role code (see [`labels::role_of`]).
    pub role: String,
    /// The survey's country name.
    pub country: String,
    /// Years band, index into the core's `YEARS_BANDS`.
    pub band: Option<u8>,
    /// Industry codes (2024) or language codes (2025).
    pub ext: Vec<String>,
}

/// Counts of what cleaning dropped, for the report in the generated header.
#[derive(Default, Debug, Clone, PartialEq, Eq)]
pub struct Cleaning {
    /// Rows read (of the header's width).
    pub rows: usize,
    /// Pay outside [`PAY_MIN`]..=[`PAY_MAX`].
    pub pay_outside_band: usize,
    /// Pay missing or not a number.
    pub pay_not_numeric: usize,
    /// Rows kept.
    pub kept: usize,
}

impl Cleaning {
    /// Applies the pay rules to one answer: counts the row, and returns the
    /// pay if it is a number inside [PAY_MIN, PAY_MAX]; counts why not otherwise.
    pub fn pay(&mut self, answer: &str) -> Option<f64> {
        self.rows += 1;
        let Ok(pay) = answer.parse::<f64>() else {
            self.pay_not_numeric += 1;
            return None;
        };
        if !(PAY_MIN..=PAY_MAX).contains(&pay) {
            self.pay_outside_band += 1;
            return None;
        }
        Some(pay)
    }
}

/// Header names of the columns every Stack Overflow survey file has.
pub struct SurveyColumns<'a> {
    /// Annual pay, USD.
    pub pay: &'a str,
    /// The role answer.
    pub role: &'a str,
    /// The country name.
    pub country: &'a str,
    /// The years answer.
    pub years: &'a str,
}

/// Cleans a survey file's rows (header first), the rules both years share:
/// rows of another width than the header are skipped, the pay goes through
/// [`Cleaning::pay`], rows without a role answer are dropped; `ext` gives a
/// kept row's industry or language codes.
pub fn clean_survey(
    rows: &[Vec<String>],
    file: &str,
    cols: SurveyColumns,
    ext: impl Fn(&[String]) -> Vec<String>,
) -> Result<(Vec<Resp>, Cleaning), String> {
    let h = rows.first().ok_or_else(|| format!("{file}: empty"))?;
    let (ip, ir, ic, iy) = (
        col(h, cols.pay)?,
        col(h, cols.role)?,
        col(h, cols.country)?,
        col(h, cols.years)?,
    );
    let mut out = Vec::new();
    let mut cl = Cleaning::default();
    for r in rows.iter().skip(1) {
        if r.len() != h.len() {
            continue;
        }
        let Some(pay) = cl.pay(&r[ip]) else { continue };
        let Some((role, _)) = labels::role_of(&r[ir]) else {
            continue;
        };
        cl.kept += 1;
        out.push(Resp {
            pay,
            role,
            country: r[ic].clone(),
            band: labels::band_of_answer(&r[iy]),
            ext: ext(r),
        });
    }
    Ok((out, cl))
}

/// Every value of column `name` below the header, rows too short skipped.
pub fn column<'a>(
    rows: &'a [Vec<String>],
    name: &str,
    file: &str,
) -> Result<impl Iterator<Item = &'a String>, String> {
    let i = col(rows.first().ok_or_else(|| format!("{file}: empty"))?, name)?;
    Ok(rows.iter().skip(1).filter_map(move |r| r.get(i)))
}

/// Whether a respondent has a working developer role (not a student, a
/// retiree or "other"; see [`labels::NON_WORKING`]).
pub fn working(r: &Resp) -> bool {
    !labels::NON_WORKING.contains(&r.role.as_str())
}

/// Pay values of the respondents matching a filter.
pub fn pays(rs: &[Resp], f: impl Fn(&Resp) -> bool) -> Vec<f64> {
    rs.iter().filter(|r| f(r)).map(|r| r.pay).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_handles_quotes_commas_newlines_and_bom() {
        let rows = parse_csv("\u{feff}a,\"b,c\",\"say \"\"hi\"\"\"\r\n\"multi\nline\",,x\n");
        assert_eq!(
            rows,
            vec![vec!["a", "b,c", "say \"hi\""], vec!["multi\nline", "", "x"]]
        );
    }

    #[test]
    fn cleaning_counts_why_rows_go() {
        let mut c = Cleaning::default();
        assert_eq!(c.pay("50000"), Some(50_000.0));
        assert_eq!(c.pay("NA"), None);
        assert_eq!(c.pay("999"), None);
        assert_eq!(c.pay("1000001"), None);
        assert_eq!(c.pay("1000"), Some(1_000.0));
        assert_eq!(
            c,
            Cleaning {
                rows: 5,
                pay_outside_band: 2,
                pay_not_numeric: 1,
                kept: 0
            }
        );
    }
}
