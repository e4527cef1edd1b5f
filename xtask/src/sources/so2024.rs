//! Stack Overflow Developer Survey 2024 (subset): pay, role, country, years
//! coding professionally, industry.

use super::labels::{FINANCE_LABELS, INDUSTRY_MAP};
use super::{clean_survey, col, column, Cleaning, Resp, SurveyColumns};

/// The file, relative to the shared data folder.
pub const FILE: &str = "stackoverflow-2024-subset/survey_results_public.csv";

/// Cleans parsed rows (header first).
pub fn from_rows(rows: &[Vec<String>]) -> Result<(Vec<Resp>, Cleaning), String> {
    let h = rows.first().ok_or("SO2024: empty")?;
    let ii = col(h, "Industry")?;
    let cols = SurveyColumns {
        pay: "ConvertedCompYearly",
        role: "DevType",
        country: "Country",
        years: "YearsCodePro",
    };
    clean_survey(rows, "SO2024", cols, |r| {
        let mut ext = Vec::new();
        if let Some(m) = INDUSTRY_MAP.iter().find(|m| m.0 == r[ii]) {
            ext.push(m.1.to_string());
        }
        if FINANCE_LABELS.contains(&r[ii].as_str()) {
            ext.push("finance".to_string());
        }
        ext
    })
}

/// The distinct role answers (DevType) in the file.
pub fn role_labels(rows: &[Vec<String>]) -> Result<Vec<String>, String> {
    Ok(column(rows, "DevType", "SO2024")?.cloned().collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows(text: &str) -> Vec<Vec<String>> {
        super::super::parse_csv(text)
    }

    #[test]
    fn cleans_a_tiny_file() {
        let r = rows(
            "ConvertedCompYearly,DevType,Country,YearsCodePro,Industry\n\
             150000,\"Developer, back-end\",Germany,7,Fintech\n\
             NA,\"Developer, back-end\",Germany,7,Fintech\n\
             500,\"Developer, back-end\",Germany,7,Fintech\n\
             90000,NA,Germany,3,Healthcare\n\
             80000,Developer; front-end,India,Less than 1 year,Healthcare\n\
             too,short\n",
        );
        let (rs, cl) = from_rows(&r).unwrap();
        assert_eq!(
            cl,
            Cleaning {
                rows: 5,
                pay_outside_band: 1,
                pay_not_numeric: 1,
                kept: 2
            }
        );
        assert_eq!(rs[0].role, "backend");
        assert_eq!(rs[0].band, Some(2));
        assert_eq!(rs[0].ext, vec!["fintech", "finance"]);
        assert_eq!(rs[1].role, "developer-front-end");
        assert_eq!(
            (rs[1].band, rs[1].ext.clone()),
            (Some(0), vec!["healthcare".to_string()])
        );
        assert!(from_rows(&rows("a,b\n1,2\n")).is_err());
    }
}
