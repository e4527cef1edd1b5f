//! DOU salary survey, Ukraine, June 2025 (Windows-1251 CSV, decoded with
//! `encoding_rs`): back-end net monthly USD per title.

use bdsc_core::survey::LevelRow;

use super::parse_csv;
use crate::stats::level_row;

/// The file, relative to the shared data folder.
pub const FILE: &str = "dou-ukraine-2025-june/2025_june_raw.csv";
/// Plausible DOU net monthly pay band, USD/month, inclusive.
pub const DOU_MIN: f64 = 100.0;
/// Upper end of the DOU band.
pub const DOU_MAX: f64 = 50_000.0;

/// Windows-1251 bytes to text.
pub fn decode_cp1251(bytes: &[u8]) -> String {
    encoding_rs::WINDOWS_1251
        .decode_without_bom_handling(bytes)
        .0
        .into_owned()
}

/// Rows Junior, Middle, Senior and All from the raw file's bytes. Columns by
/// position (the header is Ukrainian): 2 pay, 4 title, 8 specialisation.
pub fn from_bytes(bytes: &[u8]) -> Result<Vec<LevelRow>, String> {
    let rows = parse_csv(&decode_cp1251(bytes));
    let w = rows.first().map(Vec::len).unwrap_or(0);
    let back: Vec<(&str, f64)> = rows
        .iter()
        .skip(1)
        .filter(|r| r.len() == w && w > 8 && r[8] == "Back-end розробка")
        .filter_map(|r| r[2].trim().parse::<f64>().ok().map(|p| (r[4].as_str(), p)))
        .filter(|(_, p)| (DOU_MIN..=DOU_MAX).contains(p))
        .collect();
    if back.is_empty() {
        return Err("DOU: no back-end rows (encoding?)".into());
    }
    Ok(["Junior", "Middle", "Senior", "All"]
        .iter()
        .map(|t| {
            let v: Vec<f64> = back
                .iter()
                .filter(|(tt, _)| *t == "All" || tt == t)
                .map(|x| x.1)
                .collect();
            level_row(t, &v)
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// "Back-end розробка" in Windows-1251.
    fn backend() -> Vec<u8> {
        let mut b = b"Back-end ".to_vec();
        b.extend_from_slice(&[0xF0, 0xEE, 0xE7, 0xF0, 0xEE, 0xE1, 0xEA, 0xE0]);
        b
    }

    #[test]
    fn cp1251_decodes_ukrainian() {
        let mut b = backend();
        b.extend_from_slice(&[b' ', 0xAF, 0xBA, 0xB3, 0xB4]);
        assert_eq!(decode_cp1251(&b), "Back-end розробка Їєіґ");
    }

    #[test]
    fn groups_backend_rows_by_title() {
        let mut f = b"a,b,pay,d,title,f,g,h,spec\n".to_vec();
        for (pay, title) in [
            ("3000", "Senior"),
            ("1000", "Junior"),
            ("60000", "Senior"),
            ("2000", "Middle"),
        ] {
            f.extend_from_slice(format!("x,x,{pay},x,{title},x,x,x,").as_bytes());
            f.extend_from_slice(&backend());
            f.push(b'\n');
        }
        f.extend_from_slice(b"x,x,5000,x,Senior,x,x,x,QA\n");
        let out = from_bytes(&f).unwrap();
        assert_eq!(out[2].stats.n, 1);
        assert_eq!(
            (out[3].level.as_str(), out[3].stats.n, out[3].stats.p50),
            ("All", 3, 2000)
        );
        assert!(from_bytes(b"a,b\n1,2\n").is_err());
    }
}
