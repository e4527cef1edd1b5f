//! The source checks' own readers, written apart from the data build
//! (`xtask`) so that they check it rather than repeat it: where the raw
//! sources are, an RFC 4180 CSV reader, a column lookup and the type 7
//! percentile (docs/data.md). Tested in tests/sources.rs.

use std::path::{Path, PathBuf};

/// The folder holding `data/` and `seed/`; panics (fails the test) when absent.
pub fn shared() -> PathBuf {
    let root = match std::env::var_os("BDSC_SHARED") {
        Some(p) => PathBuf::from(p),
        None => Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("..")
            .join("shared"),
    };
    if !root.join("data").is_dir() || !root.join("seed").is_dir() {
        panic!(
            "source check: the raw sources are not at {} (it needs data/ and seed/). Set BDSC_SHARED to the folder \
             holding them, or put them at ../shared beside the checkout. Without them, leave these tests ignored.",
            root.display()
        );
    }
    root
}

/// A raw source file's text, `rel` below [`shared`]; panics when unreadable.
pub fn read(rel: &str) -> String {
    let path = shared().join(rel);
    std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("source check: cannot read {}: {e}", path.display()))
}

/// RFC 4180: comma-separated fields, `"` quoting with `""` for a quote,
/// commas and line breaks inside quotes, CRLF or LF line ends; a leading
/// byte order mark is skipped.
pub fn csv(text: &str) -> Vec<Vec<String>> {
    let (mut rows, mut row, mut field) = (Vec::new(), Vec::new(), String::new());
    let (mut quoted, mut was_quoted) = (false, false);
    let mut it = text.trim_start_matches('\u{feff}').chars().peekable();
    while let Some(c) = it.next() {
        if quoted {
            match c {
                '"' if it.peek() == Some(&'"') => {
                    it.next();
                    field.push('"');
                }
                '"' => quoted = false,
                c => field.push(c),
            }
            continue;
        }
        match c {
            '"' if field.is_empty() && !was_quoted => (quoted, was_quoted) = (true, true),
            ',' => {
                row.push(std::mem::take(&mut field));
                was_quoted = false;
            }
            '\r' if it.peek() == Some(&'\n') => {}
            '\n' => {
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
                was_quoted = false;
            }
            c => field.push(c),
        }
    }
    if !field.is_empty() || !row.is_empty() || was_quoted {
        row.push(field);
        rows.push(row);
    }
    rows
}

/// Column index by header name.
pub fn col(header: &[String], name: &str) -> usize {
    header
        .iter()
        .position(|h| h == name)
        .unwrap_or_else(|| panic!("no column {name} in {header:?}"))
}

/// Type 7 of Hyndman & Fan on sorted values: h = (n − 1)·p,
/// x[⌊h⌋] + (h − ⌊h⌋)(x[⌊h⌋+1] − x[⌊h⌋]).
pub fn percentile(sorted: &[f64], p: f64) -> f64 {
    let h = (sorted.len() - 1) as f64 * p;
    let lo = h.floor() as usize;
    let hi = (lo + 1).min(sorted.len() - 1);
    sorted[lo] + (h - lo as f64) * (sorted[hi] - sorted[lo])
}
