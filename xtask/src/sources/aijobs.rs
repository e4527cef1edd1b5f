//! aijobs.net salaries (CC0): US Software/Backend Engineer pay per
//! experience level EN/MI/SE/EX.

use bdsc_core::survey::LevelRow;

use super::{col, PAY_MAX, PAY_MIN};
use crate::stats::level_row;

/// The file, relative to the shared data folder.
pub const FILE: &str = "aijobs-net-cc0/salaries.csv";

/// One row per level, EN, MI, SE, EX, from parsed rows (header first).
pub fn from_rows(rows: &[Vec<String>]) -> Result<Vec<LevelRow>, String> {
    let h = rows.first().ok_or("aijobs: empty")?;
    let (il, it, iu, ic) = (
        col(h, "experience_level")?,
        col(h, "job_title")?,
        col(h, "salary_in_usd")?,
        col(h, "company_location")?,
    );
    let mut out = Vec::new();
    for lvl in ["EN", "MI", "SE", "EX"] {
        let v: Vec<f64> = rows
            .iter()
            .skip(1)
            .filter(|r| r.len() == h.len())
            .filter(|r| {
                r[il] == lvl
                    && r[ic] == "US"
                    && (r[it] == "Software Engineer" || r[it] == "Backend Engineer")
            })
            .filter_map(|r| r[iu].parse::<f64>().ok())
            .filter(|p| (PAY_MIN..=PAY_MAX).contains(p))
            .collect();
        out.push(level_row(lvl, &v));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::super::parse_csv;
    use super::*;

    #[test]
    fn keeps_us_software_and_backend_engineers_in_the_band() {
        let rows = parse_csv(
            "experience_level,job_title,salary_in_usd,company_location\n\
             SE,Backend Engineer,200000,US\nSE,Software Engineer,100000,US\nSE,Data Scientist,900000,US\n\
             SE,Software Engineer,150000,DE\nSE,Software Engineer,500,US\nEN,Software Engineer,80000,US\n",
        );
        let out = from_rows(&rows).unwrap();
        assert_eq!(
            out.iter().map(|l| l.level.as_str()).collect::<Vec<_>>(),
            ["EN", "MI", "SE", "EX"]
        );
        assert_eq!((out[2].stats.n, out[2].stats.p50), (2, 150_000));
        assert_eq!((out[1].stats.n, out[0].stats.p10), (0, 80_000));
    }
}
