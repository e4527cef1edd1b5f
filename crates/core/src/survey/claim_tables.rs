//! The claim sections of the data file: `claims`, `claim-figures`,
//! `claim-dists` (the distributions a value is positioned against, with
//! their intervals) and `claim-relations` (order, ratio and role relations
//! with their bootstrap results), checked and joined into [`Claim`]s.

use std::collections::BTreeSet;

use super::evidence::{ClaimDist, ClaimRelation, Interval};
use super::format::{Claim, ClaimFigure, Verdict};
use super::parse::{bad, bad_text, err, nonempty, num, ParseError, Sections};
use super::tables::{decimal, percentiles, Rows};

/// Reads the four claim sections into claims with their figures, distributions and relations.
pub(super) fn claims(s: &mut Sections) -> Result<Vec<Claim>, ParseError> {
    let (_, r) = s.take("claims")?;
    let mut claims = claim_rows(&r)?;
    let (_, r) = s.take("claim-figures")?;
    for (ln, ci, f) in attached(&r, "claim-figures", claims.len())? {
        let (value, ci_pair) = (decimal(ln, f[2])?, optional_pair(ln, f[6], f[7])?);
        claims[ci].data.push(ClaimFigure {
            label: nonempty(ln, f[1], "figure label")?.to_string(),
            value,
            unit: nonempty(ln, f[3], "unit")?.to_string(),
            n: num(ln, f[4], "n")?,
            employment: num(ln, f[5], "employment")?,
            ci: ci_pair,
            source: nonempty(ln, f[8], "source")?.to_string(),
        });
    }
    let (_, r) = s.take("claim-dists")?;
    for (ln, ci, f) in attached(&r, "claim-dists", claims.len())? {
        let basis = match f[1] {
            "basis" => true,
            "beside" => false,
            o => return bad_text(ln, "expected basis or beside, found", o),
        };
        let stats = percentiles(ln, &[f[6], f[7], f[8], f[9], f[10], f[4]], "claim-dists")?;
        let ci_vals = if f[11..21].iter().all(|x| x.is_empty()) {
            None
        } else {
            let mut iv = [Interval::default(); 5];
            let p = [stats.p10, stats.p25, stats.p50, stats.p75, stats.p90];
            for (k, slot) in iv.iter_mut().enumerate() {
                let (lo, hi) = (
                    num(ln, f[11 + 2 * k], "lower end")?,
                    num(ln, f[12 + 2 * k], "upper end")?,
                );
                if lo > p[k] || hi < p[k] {
                    return bad(
                        ln,
                        "claim-dists",
                        "an interval does not contain its percentile",
                    );
                }
                *slot = Interval { lo, hi };
            }
            Some(iv)
        };
        let claim = &mut claims[ci];
        if basis && claim.dists.iter().any(|d| d.basis) {
            return bad(ln, "claim-dists", "a claim has two basis distributions");
        }
        claim.dists.push(ClaimDist {
            basis,
            label: nonempty(ln, f[2], "label")?.to_string(),
            source: nonempty(ln, f[3], "source")?.to_string(),
            stats,
            employment: num(ln, f[5], "employment")?,
            ci: ci_vals,
        });
    }
    let (_, r) = s.take("claim-relations")?;
    for (ln, ci, f) in attached(&r, "claim-relations", claims.len())? {
        let agree_permille = num(ln, f[4], "agree per mille")?;
        if agree_permille > 1000 {
            return bad(ln, "claim-relations", "agree per mille above 1000");
        }
        let Some(verdict) = Verdict::from_code(f[8]) else {
            return bad_text(ln, "unknown verdict", f[8]);
        };
        let (lo, hi) = (decimal(ln, f[5])?, decimal(ln, f[6])?);
        if lo > hi {
            return bad(ln, "claim-relations", "interval ends are reversed");
        }
        claims[ci].relations.push(ClaimRelation {
            left: nonempty(ln, f[1], "left")?.to_string(),
            relation: nonempty(ln, f[2], "relation")?.to_string(),
            right: nonempty(ln, f[3], "right")?.to_string(),
            agree_permille,
            lo,
            hi,
            unit: nonempty(ln, f[7], "unit")?.to_string(),
            verdict,
        });
    }
    Ok(claims)
}

/// A row attached to a claim: (line, claim row, fields).
type Attached<'r, 'a> = (usize, usize, &'r [&'a str]);

/// Rows that attach to a claim by its row number, grouped by claim in claim
/// order and in range.
fn attached<'r, 'a>(
    r: &'r Rows<'a>,
    section: &str,
    claims: usize,
) -> Result<Vec<Attached<'r, 'a>>, ParseError> {
    let mut last = 0usize;
    let mut out = Vec::with_capacity(r.len());
    for (ln, f) in r {
        let ci = num(*ln, f[0], "claim row")? as usize;
        if ci < last {
            return err(*ln, "claim rows must be grouped by claim in claim order");
        }
        if ci >= claims {
            return bad(*ln, section, "claim row is out of range");
        }
        last = ci;
        out.push((*ln, ci, f.as_slice()));
    }
    Ok(out)
}

/// Two decimals that are both empty (`None`) or both present and ordered.
fn optional_pair(line: usize, lo: &str, hi: &str) -> Result<Option<(f64, f64)>, ParseError> {
    match (lo.is_empty(), hi.is_empty()) {
        (true, true) => Ok(None),
        (false, false) => {
            let (a, b) = (decimal(line, lo)?, decimal(line, hi)?);
            if a > b {
                return err(line, "interval ends are reversed");
            }
            Ok(Some((a, b)))
        }
        _ => err(line, "an interval needs both ends or neither"),
    }
}

fn claim_rows(r: &Rows) -> Result<Vec<Claim>, ParseError> {
    let mut ids = BTreeSet::new();
    let mut claims = Vec::new();
    for (ln, f) in r {
        let id = nonempty(*ln, f[0], "claim id")?;
        if !ids.insert(id) {
            return bad_text(*ln, "claim appears twice:", id);
        }
        let Some(verdict) = Verdict::from_code(f[1]) else {
            return bad_text(*ln, "unknown verdict", f[1]);
        };
        let figure_ids = if f[2].is_empty() {
            Vec::new()
        } else {
            f[2].split(',')
                .map(|s| nonempty(*ln, s, "figure id").map(str::to_string))
                .collect::<Result<_, _>>()?
        };
        claims.push(Claim {
            id: id.to_string(),
            figure_ids,
            article: f[3].to_string(),
            data: Vec::new(),
            verdict,
            explanation: f[4].to_string(),
            basis: f[5].to_string(),
            dists: Vec::new(),
            relations: Vec::new(),
        });
    }
    Ok(claims)
}
