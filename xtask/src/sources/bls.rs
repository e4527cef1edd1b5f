//! BLS OEWS May 2024, national file (the xlsx converted to CSV in the shared
//! folder): one occupation's employment, mean and percentiles.

use bdsc_core::survey::Bls;

use super::col;

/// The file, relative to the shared data folder.
pub const FILE: &str = "bls-oews-national-may2024/national_M2024_dl.converted.csv";

/// The row of occupation `occ` (e.g. `15-1252`) as the core's [`Bls`].
pub fn from_rows(rows: &[Vec<String>], occ: &str) -> Result<Bls, String> {
    let h = rows.first().ok_or("BLS: empty")?;
    let io = col(h, "OCC_CODE")?;
    let r = rows
        .iter()
        .find(|r| r.len() == h.len() && r[io] == occ)
        .ok_or_else(|| format!("BLS: {occ} not found"))?;
    let num = |name: &str| -> Result<f64, String> {
        r[col(h, name)?]
            .parse::<f64>()
            .map_err(|_| format!("BLS: {name} not numeric"))
    };
    let mut annual = [0; 5];
    let mut hourly_cents = [0; 5];
    for (i, (a, hr)) in [
        ("A_PCT10", "H_PCT10"),
        ("A_PCT25", "H_PCT25"),
        ("A_MEDIAN", "H_MEDIAN"),
        ("A_PCT75", "H_PCT75"),
        ("A_PCT90", "H_PCT90"),
    ]
    .into_iter()
    .enumerate()
    {
        annual[i] = num(a)?.round() as u32;
        hourly_cents[i] = (num(hr)? * 100.0).round() as u32;
    }
    let [p10, p25, p50, p75, p90] = annual;
    Ok(Bls {
        employment: num("TOT_EMP")?.round() as u32,
        mean: num("A_MEAN")?.round() as u32,
        p10,
        p25,
        p50,
        p75,
        p90,
        hourly_cents,
    })
}

/// The five annual percentiles of a [`Bls`] row, p10 first.
pub fn annual(b: &Bls) -> [u32; 5] {
    [b.p10, b.p25, b.p50, b.p75, b.p90]
}

#[cfg(test)]
mod tests {
    use super::super::parse_csv;
    use super::*;

    #[test]
    fn finds_the_occupation_and_converts_units() {
        let rows = parse_csv(
            "OCC_CODE,TOT_EMP,A_MEAN,A_PCT10,A_PCT25,A_MEDIAN,A_PCT75,A_PCT90,H_PCT10,H_PCT25,H_MEDIAN,H_PCT75,H_PCT90\n\
             15-1252,1000,100.4,50,60,70,80,90.5,10.006,20,30,40,50\n",
        );
        let b = from_rows(&rows, "15-1252").unwrap();
        assert_eq!(
            (b.employment, b.mean, annual(&b)),
            (1000, 100, [50, 60, 70, 80, 91])
        );
        assert_eq!(b.hourly_cents, [1001, 2000, 3000, 4000, 5000]);
        assert!(from_rows(&rows, "11-1111").is_err());
    }
}
