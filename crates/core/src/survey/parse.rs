//! Reading the data file: lines, sections and fields, with every error
//! carrying its 1-based line. The rows become typed tables in `tables.rs`.

use std::fmt;

use super::evidence::Interval;
use super::format::{
    median_ci_steps, Percentiles, ANY, FORMAT_HEADER, GROUP_COLUMNS, MIN_N, SECTIONS, YEARS_BANDS,
};
use super::{Group, SurveyData};

/// Why a data file was rejected.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParseError {
    /// 1-based line number (one past the last line for "missing" errors).
    pub line: usize,
    /// What is wrong.
    pub message: String,
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "survey data, line {}: {}", self.line, self.message)
    }
}

impl std::error::Error for ParseError {}

pub(super) fn err<T>(line: usize, message: impl Into<String>) -> Result<T, ParseError> {
    Err(ParseError {
        line,
        message: message.into(),
    })
}

/// `[section]: what`: the one message shape for a bad row or field, so each
/// check costs a static string rather than its own `format!` (wasm size).
pub(super) fn bad<T>(line: usize, section: &str, what: &str) -> Result<T, ParseError> {
    err(line, format!("[{section}]: {what}"))
}

/// `what “excerpt”`: a check on untrusted text, quoting what was found.
pub(super) fn bad_text<T>(line: usize, what: &str, found: &str) -> Result<T, ParseError> {
    err(line, format!("{what} {}", excerpt(found)))
}

/// `[section]: group N what` for the transposed group tables.
fn bad_group<T>(line: usize, section: &str, group: usize, what: &str) -> Result<T, ParseError> {
    err(line, format!("[{section}]: group {} {what}", group + 1))
}

/// A short, char-boundary-safe excerpt of untrusted text for messages.
fn excerpt(s: &str) -> String {
    let mut e: String = s.chars().take(40).collect();
    if e.len() < s.len() {
        e.push('…');
    }
    format!("“{e}”")
}

/// Line reader over the file: 1-based numbers, rejects `\r`.
pub(super) struct Lines<'a> {
    it: std::iter::Enumerate<std::str::Split<'a, char>>,
    last: usize,
}

impl<'a> Lines<'a> {
    fn new(text: &'a str) -> Self {
        Lines {
            it: text.split('\n').enumerate(),
            last: 0,
        }
    }
    /// Next line, or an error naming `what` was expected.
    fn next(&mut self) -> Option<Result<(usize, &'a str), ParseError>> {
        let (i, l) = self.it.next()?;
        self.last = i + 1;
        if l.contains('\r') {
            return Some(err(
                i + 1,
                "carriage return in line (the file must use \\n line ends)",
            ));
        }
        Some(Ok((i + 1, l)))
    }
    fn need(&mut self, what: &str) -> Result<(usize, &'a str), ParseError> {
        match self.next() {
            Some(r) => r,
            None => err(self.last + 1, format!("file ends early: expected {what}")),
        }
    }
    /// Next line of the body of `[section]`.
    fn need_in(&mut self, section: &str) -> Result<(usize, &'a str), ParseError> {
        match self.next() {
            Some(r) => r,
            None => bad(
                self.last + 1,
                section,
                "file ends early inside this section",
            ),
        }
    }
}

/// Tab-separated fields of a row, exactly `n` of them.
fn fields<'a>(
    line: usize,
    l: &'a str,
    n: usize,
    section: &str,
) -> Result<Vec<&'a str>, ParseError> {
    let f: Vec<&str> = l.splitn(n + 1, '\t').collect();
    if f.len() != n {
        return bad(
            line,
            section,
            if f.len() > n {
                "more tab-separated fields than expected"
            } else {
                "fewer tab-separated fields than expected"
            },
        );
    }
    Ok(f)
}

/// Strict unsigned integer: ASCII digits only, fits `u32`.
pub(super) fn num(line: usize, s: &str, what: &str) -> Result<u32, ParseError> {
    // Digit by digit with overflow checks: one error path, no std parser.
    let mut v: Option<u32> = (!s.is_empty()).then_some(0);
    for b in s.bytes() {
        v = v
            .filter(|_| b.is_ascii_digit())
            .and_then(|x| x.checked_mul(10)?.checked_add((b - b'0') as u32));
    }
    v.map_or_else(
        || {
            err(
                line,
                format!(
                    "{what}: expected a whole number up to 4294967295, found {}",
                    excerpt(s)
                ),
            )
        },
        Ok,
    )
}

pub(super) fn add(line: usize, a: u32, b: u32, what: &str) -> Result<u32, ParseError> {
    a.checked_add(b)
        .map_or_else(|| err(line, format!("{what}: value too large")), Ok)
}

pub(super) fn nonempty<'a>(line: usize, s: &'a str, what: &str) -> Result<&'a str, ParseError> {
    if s.is_empty() {
        err(line, format!("{what} is empty"))
    } else {
        Ok(s)
    }
}

/// Raw group table before the cross-checks: rows and the section header's line.
pub(super) struct RawGroups {
    pub(super) header_line: usize,
    pub(super) rows: Vec<Group>,
}

fn parse_groups(
    lines: &mut Lines,
    header_line: usize,
    count: usize,
    section: &str,
) -> Result<RawGroups, ParseError> {
    // Transposed: one line per column, each with `count` fields. Keys are range-checked later.
    let mut cols: Vec<Vec<&str>> = Vec::with_capacity(GROUP_COLUMNS);
    for _ in 0..GROUP_COLUMNS {
        let (line, l) = lines.need_in(section)?;
        let f: Vec<&str> = l.split('\t').collect();
        if f.len() != count {
            return bad(
                line,
                section,
                "a column has a different number of fields than the row count",
            );
        }
        cols.push(f);
    }
    let mut rows = Vec::new();
    for i in 0..count {
        let cell = |c: usize| {
            cols.get(c)
                .and_then(|col| col.get(i))
                .copied()
                .unwrap_or("")
        };
        let line = |c: usize| header_line + 1 + c;
        let mut k = [ANY; 4];
        for (c, slot) in k.iter_mut().enumerate() {
            let s = cell(c);
            if s != "*" {
                let v = num(line(c), s, section)?;
                if v >= ANY as u32 {
                    return bad_group(line(c), section, i, "has a key out of range");
                }
                *slot = v as u8;
            }
        }
        let mut v = [0u32; 8];
        for (c, slot) in v.iter_mut().enumerate() {
            *slot = num(line(4 + c), cell(4 + c), section)?;
        }
        let hund = |x: u32, c: usize| {
            x.checked_mul(100).map_or_else(
                || bad_group(line(c), section, i, "has a value too large"),
                Ok,
            )
        };
        let p10 = v[0];
        let p25 = add(line(5), p10, v[1], section)?;
        let p50 = add(line(6), p25, v[2], section)?;
        let p75 = add(line(7), p50, v[3], section)?;
        let p90 = add(line(8), p75, v[4], section)?;
        let stats = Percentiles {
            p10: hund(p10, 4)?,
            p25: hund(p25, 5)?,
            p50: hund(p50, 6)?,
            p75: hund(p75, 7)?,
            p90: hund(p90, 8)?,
            n: v[5],
        };
        // The median's interval: whole steps below and above p50.
        let (lo_step, hi_step) = median_ci_steps(p25, p50, p75);
        let below = v[6].checked_mul(lo_step);
        let Some(lo) = below.and_then(|b| stats.p50.checked_sub(b)) else {
            return bad_group(line(10), section, i, "has a median interval below zero");
        };
        let Some(hi) = v[7]
            .checked_mul(hi_step)
            .and_then(|a| stats.p50.checked_add(a))
        else {
            return bad_group(line(11), section, i, "has a value too large");
        };
        let median_ci = Interval { lo, hi };
        if stats.n < MIN_N {
            return bad_group(line(9), section, i, "has n below the minimum group size");
        }
        if let Some(prev) = rows.last().map(|g: &Group| g.key) {
            if prev >= k {
                return bad_group(line(0), section, i, "is not in ascending key order");
            }
        }
        rows.push(Group {
            key: k,
            stats,
            median_ci,
        });
    }
    Ok(RawGroups { header_line, rows })
}

pub(super) fn check_groups(
    g: &RawGroups,
    section: &str,
    roles: usize,
    countries: usize,
    ext: usize,
) -> Result<(), ParseError> {
    for (i, r) in g.rows.iter().enumerate() {
        let limits = [roles, countries, YEARS_BANDS.len(), ext];
        for c in 0..4 {
            let v = r.key[c];
            let bad = if v == ANY {
                c == 0
            } else {
                v as usize >= limits[c]
            };
            if bad {
                let what = [
                    "has a role out of range",
                    "has a country out of range",
                    "has a years band out of range",
                    "has an industry/language out of range",
                ][c];
                return bad_group(g.header_line + 1 + c, section, i, what);
            }
        }
    }
    Ok(())
}

/// A parsed row section: header line and (line, fields) rows.
pub(super) type Section<'a> = (usize, Vec<(usize, Vec<&'a str>)>);

/// Every section of a file, split into fields but not yet typed.
pub(super) struct Sections<'a> {
    /// Row sections by their index in [`SECTIONS`] (`None` for the group tables).
    rows: Vec<Option<Section<'a>>>,
    /// The 2024 group table.
    pub(super) g24: Option<RawGroups>,
    /// The 2025 group table.
    pub(super) g25: Option<RawGroups>,
    /// The `[end]` line: where a missing section is reported.
    pub(super) end_line: usize,
}

impl<'a> Sections<'a> {
    /// Takes the row section `name` out, or says it is missing.
    pub(super) fn take(&mut self, name: &str) -> Result<Section<'a>, ParseError> {
        let si = SECTIONS.iter().position(|s| s.0 == name).unwrap_or(0);
        match self.rows.get_mut(si).and_then(Option::take) {
            Some(r) => Ok(r),
            None => bad(self.end_line, name, "section is missing"),
        }
    }
}

/// Splits the file into sections: checks the header, the `[name rows]`
/// lines, the row and field counts, duplicates and what follows `[end]`.
pub(super) fn read_sections(text: &str) -> Result<Sections<'_>, ParseError> {
    let mut lines = Lines::new(text);
    let (_, first) = lines.need("the header line")?;
    if first != FORMAT_HEADER {
        let found = if first.starts_with("#bdsc-survey ") {
            "an unsupported format version"
        } else {
            "no format header"
        };
        return err(
            1,
            format!(
                "{found}: expected “{FORMAT_HEADER}”, found {}",
                excerpt(first)
            ),
        );
    }
    let mut s = Sections {
        rows: vec![None; SECTIONS.len()],
        g24: None,
        g25: None,
        end_line: 0,
    };
    loop {
        let (line, l) = lines.need("a section or [end]")?;
        if l.starts_with('#') {
            continue;
        }
        if l == "[end]" {
            s.end_line = line;
            break;
        }
        let Some(inner) = l.strip_prefix('[').and_then(|s| s.strip_suffix(']')) else {
            return bad_text(
                line,
                "expected a comment, a [section rows] line or [end], found",
                l,
            );
        };
        let (name, count) = match inner.split_once(' ') {
            Some((n, c)) => (n, num(line, c, "section row count")? as usize),
            None => return bad_text(line, "section without a row count:", inner),
        };
        let Some(si) = SECTIONS.iter().position(|s| s.0 == name) else {
            return bad_text(line, "unknown section", name);
        };
        let seen = match name {
            "g24" => s.g24.is_some(),
            "g25" => s.g25.is_some(),
            _ => s.rows[si].is_some(),
        };
        if seen {
            return bad(line, name, "section appears twice");
        }
        match name {
            "g24" => s.g24 = Some(parse_groups(&mut lines, line, count, name)?),
            "g25" => s.g25 = Some(parse_groups(&mut lines, line, count, name)?),
            _ => {
                let nf = SECTIONS[si].1;
                let mut body = Vec::new();
                for _ in 0..count {
                    let (ln, l) = lines.need_in(name)?;
                    body.push((ln, fields(ln, l, nf, name)?));
                }
                s.rows[si] = Some((line, body));
            }
        }
    }
    // Only an optional final empty piece (the last '\n') may follow [end].
    if let Some(next) = lines.next() {
        let (line, l) = next?;
        if !l.is_empty() || lines.next().is_some() {
            return err(line, "data after [end]");
        }
    }
    Ok(s)
}

impl SurveyData {
    /// Parses and validates a data file (format version 1, see the module
    /// docs). Never panics: any malformed, truncated or inconsistent input
    /// gives a [`ParseError`] with the 1-based line number.
    pub fn parse(text: &str) -> Result<SurveyData, ParseError> {
        super::tables::build(read_sections(text)?)
    }
}
