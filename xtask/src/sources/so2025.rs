//! Stack Overflow Developer Survey 2025 (processed): `salary_prediction`
//! (pay, role, country, total years coding) joined on the row index with
//! `language_trends` (one row per language worked with).

use super::labels::lang_code;
use super::{clean_survey, col, column, Cleaning, Resp, SurveyColumns};
use std::collections::{BTreeMap, HashMap};

/// The pay file, relative to the shared data folder.
pub const SALARY_FILE: &str = "stackoverflow-2025-processed/survey_results_salary_prediction.csv";
/// The languages file, relative to the shared data folder.
pub const LANGUAGE_FILE: &str = "stackoverflow-2025-processed/survey_results_language_trends.csv";

/// Cleans parsed rows (header first) of the pay and language files.
pub fn from_rows(
    rows: &[Vec<String>],
    langs: &[Vec<String>],
) -> Result<(Vec<Resp>, Cleaning), String> {
    let lh = langs.first().ok_or("SO2025 languages: empty")?;
    let li = col(lh, "LanguageHaveWorkedWith")?;
    let mut by_idx: HashMap<String, Vec<String>> = HashMap::new();
    for r in langs.iter().skip(1) {
        if r.len() == lh.len() && !r[li].is_empty() {
            let v = by_idx.entry(r[0].clone()).or_default();
            let code = lang_code(&r[li]);
            if !v.contains(&code) {
                v.push(code);
            }
        }
    }
    let cols = SurveyColumns {
        pay: "salary",
        role: "PrimaryRole",
        country: "Country",
        years: "YearsCode",
    };
    clean_survey(rows, "SO2025", cols, |r| {
        let mut ext = by_idx.get(&r[0]).cloned().unwrap_or_default();
        ext.sort();
        ext
    })
}

/// The distinct role answers (PrimaryRole) of the pay file.
pub fn role_labels(rows: &[Vec<String>]) -> Result<Vec<String>, String> {
    Ok(column(rows, "PrimaryRole", "SO2025")?.cloned().collect())
}

/// language code -> survey label, from the languages file.
pub fn language_labels(langs: &[Vec<String>]) -> Result<BTreeMap<String, String>, String> {
    Ok(column(langs, "LanguageHaveWorkedWith", "SO2025 languages")?
        .filter(|l| !l.is_empty())
        .map(|l| (lang_code(l), l.clone()))
        .collect())
}

#[cfg(test)]
mod tests {
    use super::super::parse_csv;
    use super::*;

    #[test]
    fn joins_languages_on_the_row_index() {
        let pay = parse_csv("idx,salary,YearsCode,Country,PrimaryRole\n0,120000,12,France,\"Developer, back-end\"\n1,x,3,France,\"Developer, back-end\"\n");
        let langs = parse_csv("idx,LanguageHaveWorkedWith\n0,Python\n0,C#\n0,Python\n1,Go\n");
        let (rs, cl) = from_rows(&pay, &langs).unwrap();
        assert_eq!((cl.rows, cl.kept, cl.pay_not_numeric), (2, 1, 1));
        assert_eq!(rs[0].ext, vec!["csharp", "python"]);
        assert_eq!(rs[0].band, Some(3));
        assert_eq!(
            language_labels(&langs)
                .unwrap()
                .get("csharp")
                .map(String::as_str),
            Some("C#")
        );
    }
}
