//! Percentiles and the group tables: every figure the data file stores is
//! computed here, with type 7 percentiles, and no group under the core's
//! `MIN_N` is kept.

use std::collections::{BTreeMap, HashMap};

use bdsc_core::survey::{quantile_ci_ranks, LevelRow, Percentiles, ANY, MIN_N};

use crate::sources::Resp;

/// Percentile with linear interpolation between order statistics
/// (Hyndman & Fan type 7, the default of R, NumPy and Excel's PERCENTILE.INC).
/// `sorted` must be sorted ascending; 0 when empty.
pub fn percentile(sorted: &[f64], p: f64) -> f64 {
    let n = sorted.len();
    if n == 0 {
        return 0.0;
    }
    let h = (n - 1) as f64 * p;
    let lo = h.floor() as usize;
    let hi = (lo + 1).min(n - 1);
    sorted[lo] + (h - lo as f64) * (sorted[hi] - sorted[lo])
}

/// p10, p25, p50, p75, p90 rounded to whole units, and n.
pub fn stats(values: &[f64]) -> Percentiles {
    let mut v = values.to_vec();
    v.sort_by(|a, b| a.total_cmp(b));
    let [p10, p25, p50, p75, p90] =
        [0.10, 0.25, 0.50, 0.75, 0.90].map(|q| percentile(&v, q).round() as u32);
    Percentiles {
        p10,
        p25,
        p50,
        p75,
        p90,
        n: v.len() as u32,
    }
}

/// The 95 % distribution-free intervals of p10, p25, p50, p75, p90 of
/// `sorted` (ascending): [x(l), x(u)] with the core's
/// `quantile_ci_ranks`, in whole units; `None` when empty.
pub fn percentile_cis(sorted: &[f64]) -> Option<[(f64, f64); 5]> {
    let mut out = [(0.0, 0.0); 5];
    for (slot, p) in out.iter_mut().zip([0.10, 0.25, 0.50, 0.75, 0.90]) {
        let (l, u) = quantile_ci_ranks(sorted.len(), p)?;
        *slot = (sorted[l - 1].round(), sorted[u - 1].round());
    }
    Some(out)
}

/// The values sorted ascending (total order).
pub fn sorted(values: &[f64]) -> Vec<f64> {
    let mut v = values.to_vec();
    v.sort_by(|a, b| a.total_cmp(b));
    v
}

/// A ladder row (aijobs level or DOU title) of the values.
pub fn level_row(level: &str, values: &[f64]) -> LevelRow {
    LevelRow {
        level: level.to_string(),
        stats: stats(values),
    }
}

/// Whole dollars to the nearest hundred dollars (half away from zero), the
/// unit of the group tables.
pub fn hundreds(v: u32) -> u32 {
    (v + 50) / 100
}

/// A group key: role, country, years band, industry/language (`ANY` = any).
pub type Key = [u8; 4];

/// Every group of at least `MIN_N` respondents: each respondent counts in
/// its own cell and in every "any" cell above it (country, band and ext each
/// either its value or any). Roles and countries outside the indices are
/// dropped (countries only to "any").
pub fn groups(
    rs: &[Resp],
    role_i: &HashMap<&str, u8>,
    country_i: &HashMap<&str, u8>,
    ext_i: &HashMap<String, u8>,
) -> BTreeMap<Key, Vec<f64>> {
    let mut g: BTreeMap<Key, Vec<f64>> = BTreeMap::new();
    for r in rs {
        let Some(&ro) = role_i.get(r.role.as_str()) else {
            continue;
        };
        let country = country_i.get(r.country.as_str()).copied();
        let exts: Vec<u8> = r.ext.iter().filter_map(|e| ext_i.get(e).copied()).collect();
        for co in [country, Some(ANY)].into_iter().flatten() {
            for b in [r.band, Some(ANY)].into_iter().flatten() {
                for &e in exts.iter().chain(std::iter::once(&ANY)) {
                    g.entry([ro, co, b, e]).or_default().push(r.pay);
                }
            }
        }
    }
    g.retain(|_, v| v.len() >= MIN_N as usize);
    g
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percentile_is_type_7() {
        let v = [1.0, 2.0, 3.0, 4.0];
        // Hand-computed: h = (n-1)p; 0.1 → 0.3 → 1.3; 0.25 → 0.75 → 1.75; 0.9 → 2.7 → 3.7.
        assert!((percentile(&v, 0.1) - 1.3).abs() < 1e-9);
        assert!((percentile(&v, 0.25) - 1.75).abs() < 1e-9);
        assert!((percentile(&v, 0.5) - 2.5).abs() < 1e-9);
        assert!((percentile(&v, 0.9) - 3.7).abs() < 1e-9);
        assert_eq!(percentile(&[], 0.5), 0.0);
        let s = stats(&[10.0, 40.0, 20.0, 30.0]);
        assert_eq!(
            [s.p10, s.p25, s.p50, s.p75, s.p90, s.n],
            [13, 18, 25, 33, 37, 4]
        );
        assert_eq!(
            (hundreds(149), hundreds(150), hundreds(171_300)),
            (1, 2, 1713)
        );
    }

    fn resp(role: &str, country: &str, band: Option<u8>, ext: &[&str], pay: f64) -> Resp {
        Resp {
            pay,
            role: role.into(),
            country: country.into(),
            band,
            ext: ext.iter().map(|s| s.to_string()).collect(),
        }
    }

    #[test]
    fn groups_keep_only_cells_of_at_least_min_n() {
        let n = MIN_N as usize;
        // MIN_N back-end respondents in Germany with 2–4 years and Python, and
        // one fewer in France: France's own cells are dropped, the "any" cells
        // (worldwide) hold both.
        let mut rs: Vec<Resp> = (0..n)
            .map(|i| {
                resp(
                    "backend",
                    "Germany",
                    Some(1),
                    &["python"],
                    1000.0 + i as f64,
                )
            })
            .collect();
        rs.extend((0..n - 1).map(|_| resp("backend", "France", None, &["go"], 5000.0)));
        rs.push(resp("unknown-role", "Germany", Some(1), &[], 1.0));
        let roles = HashMap::from([("backend", 0u8)]);
        let countries = HashMap::from([("France", 0u8), ("Germany", 1u8)]);
        let ext = HashMap::from([("python".to_string(), 0u8), ("go".to_string(), 1u8)]);
        let g = groups(&rs, &roles, &countries, &ext);
        assert_eq!(g[&[0, 1, 1, 0]].len(), n);
        assert_eq!(g[&[0, ANY, ANY, ANY]].len(), 2 * n - 1);
        assert_eq!(g[&[0, ANY, 1, 0]].len(), n);
        assert!(
            !g.contains_key(&[0, 0, ANY, ANY]),
            "France has {} < {n}",
            n - 1
        );
        assert!(!g.contains_key(&[0, ANY, ANY, 1]));
        assert!(g.values().all(|v| v.len() >= n));
        // Keys are ordered as the file needs them.
        assert!(g.keys().zip(g.keys().skip(1)).all(|(a, b)| a < b));
    }
}
