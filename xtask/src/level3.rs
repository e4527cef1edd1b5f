//! The national reference for the metro factor: the DOL "Level III" computed
//! with the OFLC (ACWIA) method from the BLS national distribution. Needs a
//! normal CDF and its inverse, kept small here.

/// Standard normal CDF (Abramowitz & Stegun 7.1.26 erf, |error| < 1.5e-7).
pub fn norm_cdf(x: f64) -> f64 {
    let z = x.abs() / std::f64::consts::SQRT_2;
    let t = 1.0 / (1.0 + 0.3275911 * z);
    let y = 1.0
        - (((((1.061405429 * t - 1.453152027) * t) + 1.421413741) * t - 0.284496736) * t
            + 0.254829592)
            * t
            * (-z * z).exp();
    if x >= 0.0 {
        0.5 * (1.0 + y)
    } else {
        0.5 * (1.0 - y)
    }
}

/// Inverse standard normal CDF by bisection on [`norm_cdf`] (deterministic).
pub fn norm_inv(p: f64) -> f64 {
    let (mut lo, mut hi) = (-10.0f64, 10.0f64);
    for _ in 0..200 {
        let mid = 0.5 * (lo + hi);
        if norm_cdf(mid) < p {
            lo = mid;
        } else {
            hi = mid;
        }
    }
    0.5 * (lo + hi)
}

/// National reference for the metro factor: the DOL "Level III" computed
/// with the OFLC (ACWIA) method from the BLS national distribution.
/// A log-normal is fitted to the five BLS national percentiles by least
/// squares of ln(wage) on the normal quantile; then Level I = mean of the
/// lowest third, Level IV = mean of the upper two thirds, and
/// Level III = I + 2/3 (IV − I). Returns (mu, sigma, L1, L4, L3) in USD/yr.
pub fn national_level3(annual: &[u32; 5]) -> (f64, f64, f64, f64, f64) {
    let ps = [0.10, 0.25, 0.50, 0.75, 0.90];
    let z: Vec<f64> = ps.iter().map(|&p| norm_inv(p)).collect();
    let l: Vec<f64> = annual.iter().map(|&v| (v as f64).ln()).collect();
    let zm = z.iter().sum::<f64>() / 5.0;
    let lm = l.iter().sum::<f64>() / 5.0;
    let sxy: f64 = z.iter().zip(&l).map(|(a, b)| (a - zm) * (b - lm)).sum();
    let sxx: f64 = z.iter().map(|a| (a - zm) * (a - zm)).sum();
    let sigma = sxy / sxx;
    let mu = lm - sigma * zm;
    let mean = (mu + sigma * sigma / 2.0).exp();
    let z1 = norm_inv(1.0 / 3.0);
    let low_share = norm_cdf(z1 - sigma); // share of total pay below the 1/3 quantile
    let l1 = mean * low_share * 3.0;
    let l4 = mean * (1.0 - low_share) * 1.5;
    let l3 = l1 + 2.0 * (l4 - l1) / 3.0;
    (mu, sigma, l1, l4, l3)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normal_cdf_and_inverse_agree() {
        assert!((norm_cdf(0.0) - 0.5).abs() < 1e-7);
        assert!((norm_cdf(1.959964) - 0.975).abs() < 1e-6);
        assert!((norm_inv(0.9) - 1.281552).abs() < 1e-5);
        assert!((norm_inv(norm_cdf(-0.7)) + 0.7).abs() < 1e-9);
    }

    #[test]
    fn level3_of_an_exact_lognormal_sits_above_the_median() {
        // Percentiles of exp(N(ln 100000, 0.4)): the fit must give them back.
        let annual = [0.10, 0.25, 0.50, 0.75, 0.90]
            .map(|p: f64| (100_000f64.ln() + 0.4 * norm_inv(p)).exp().round() as u32);
        let (mu, sigma, l1, l4, l3) = national_level3(&annual);
        assert!((mu - 100_000f64.ln()).abs() < 1e-4 && (sigma - 0.4).abs() < 1e-4);
        assert!(
            l1 < 100_000.0 && l4 > l3 && l3 > 100_000.0,
            "{l1} {l3} {l4}"
        );
    }
}
