//! Writes the tables in the core's format: one [`DataFile`] builder that
//! checks every section against the core's `SECTIONS` and every text field,
//! so the writer and the parser cannot disagree on a section's shape.

mod licence;
mod sections;

use bdsc_core::survey::{
    is_field, median_ci_steps, Percentiles, ANY, FORMAT_HEADER, GROUP_COLUMNS, MIN_N, SECTIONS,
};

use crate::stats::{hundreds, percentile_cis, sorted, stats, Key};
use crate::tables::Tables;
use std::collections::BTreeMap;

/// Where the data file and its licence go, relative to the output root.
pub const DATA_DIR: &str = "static/data";
/// Where the generated Rust goes, relative to the output root.
pub const GEN_DIR: &str = "crates/core/src/generated";

/// A data file being written.
pub struct DataFile {
    text: String,
}

/// A text field of the data file: no tabs, newlines or carriage returns.
fn field(s: &str) -> Result<String, String> {
    if is_field(s) {
        Ok(s.to_string())
    } else {
        Err(format!("field {s:?} contains a tab or line break"))
    }
}

impl DataFile {
    /// A file with its format header.
    pub fn new() -> DataFile {
        DataFile {
            text: format!("{FORMAT_HEADER}\n"),
        }
    }

    /// `#` comment lines.
    pub fn comments<S: AsRef<str>>(&mut self, lines: &[S]) {
        for l in lines {
            self.text.push_str("# ");
            self.text.push_str(l.as_ref());
            self.text.push('\n');
        }
    }

    /// `[name rows]` and its rows, each with the core's field count for `name`.
    pub fn section(&mut self, name: &str, rows: &[Vec<String>]) -> Result<(), String> {
        let width = SECTIONS
            .iter()
            .find(|s| s.0 == name)
            .map(|s| s.1)
            .ok_or_else(|| format!("unknown section {name}"))?;
        self.text.push_str(&format!("[{name} {}]\n", rows.len()));
        for r in rows {
            if r.len() != width {
                return Err(format!(
                    "[{name}]: a row has {} fields, the format has {width}",
                    r.len()
                ));
            }
            let fields = r.iter().map(|f| field(f)).collect::<Result<Vec<_>, _>>()?;
            self.text.push_str(&fields.join("\t"));
            self.text.push('\n');
        }
        Ok(())
    }

    /// A group table, stored transposed: one line per column (`GROUP_COLUMNS`).
    pub fn groups(&mut self, name: &str, g: &BTreeMap<Key, Vec<f64>>) -> Result<(), String> {
        self.text.push_str(&format!("[{name} {}]\n", g.len()));
        let k = |x: u8| {
            if x == ANY {
                "*".to_string()
            } else {
                x.to_string()
            }
        };
        let mut cols: Vec<Vec<String>> = (0..GROUP_COLUMNS)
            .map(|_| Vec::with_capacity(g.len()))
            .collect();
        for (key, v) in g {
            let Percentiles {
                p10,
                p25,
                p50,
                p75,
                p90,
                n,
            } = stats(v);
            let h = [p10, p25, p50, p75, p90].map(hundreds);
            // The median's interval, rounded outward to tenths of the way
            // from p50 to p25 / p75 (the core's `median_ci_steps`).
            let ci = percentile_cis(&sorted(v)).ok_or_else(|| format!("{name}: empty group"))?[2];
            let (lo_step, hi_step) = median_ci_steps(h[1], h[2], h[3]);
            let p50 = h[2] as f64 * 100.0;
            let t_lo = ((p50 - ci.0) / lo_step as f64).ceil().max(0.0) as u32;
            let t_hi = ((ci.1 - p50) / hi_step as f64).ceil().max(0.0) as u32;
            if h.windows(2).any(|x| x[0] > x[1]) || n < MIN_N || t_lo * lo_step > h[2] * 100 {
                return Err(format!(
                    "{name}: group {:?} is not ordered or too small",
                    (key[0], key[1], key[2], key[3])
                ));
            }
            let row: [String; GROUP_COLUMNS] = [
                k(key[0]),
                k(key[1]),
                k(key[2]),
                k(key[3]),
                h[0].to_string(),
                (h[1] - h[0]).to_string(),
                (h[2] - h[1]).to_string(),
                (h[3] - h[2]).to_string(),
                (h[4] - h[3]).to_string(),
                n.to_string(),
                t_lo.to_string(),
                t_hi.to_string(),
            ];
            for (col, x) in cols.iter_mut().zip(row) {
                col.push(x);
            }
        }
        for col in &cols {
            self.text.push_str(&col.join("\t"));
            self.text.push('\n');
        }
        Ok(())
    }

    /// Closes the file with `[end]`.
    pub fn finish(mut self) -> String {
        self.text.push_str("[end]\n");
        self.text
    }
}

/// Text of a number.
fn s(v: impl ToString) -> String {
    v.to_string()
}

/// The data file's text: every section of [`Tables`], with its comments.
pub fn data_file(t: &Tables) -> Result<String, String> {
    let mut f = DataFile::new();
    f.comments(&sections::preamble(t));
    f.comments(&[
        "ODbL v1.0 (Stack Overflow 2024/2025). code, name, 2024 label, 2025 label, n 2024, n 2025",
    ]);
    f.section(
        "roles",
        &t.roles
            .iter()
            .map(|r| {
                vec![
                    r.code.clone(),
                    r.name.clone(),
                    r.label_2024.clone(),
                    r.label_2025.clone(),
                    s(r.n_2024),
                    s(r.n_2025),
                ]
            })
            .collect::<Vec<_>>(),
    )?;
    f.comments(&[format!(
        "ODbL v1.0. countries with >= {MIN_N} respondents in either year: name, n 2024, n 2025"
    )]);
    f.section(
        "countries",
        &t.countries
            .iter()
            .map(|c| vec![c.name.clone(), s(c.n_2024), s(c.n_2025)])
            .collect::<Vec<_>>(),
    )?;
    for (name, rows, what) in [
        ("industries", &t.industries, "2024 industries"),
        ("languages", &t.languages, "2025 languages worked with"),
    ] {
        f.comments(&[format!("ODbL v1.0. {what}: code, name, n")]);
        f.section(
            name,
            &rows
                .iter()
                .map(|x| vec![x.code.clone(), x.name.clone(), s(x.n)])
                .collect::<Vec<_>>(),
        )?;
    }
    for (name, g, what) in [("g24", &t.g24, "industry"), ("g25", &t.g25, "language")] {
        f.comments(&sections::groups(what));
        f.groups(name, g)?;
    }
    sections::other_sources(&mut f, t)?;
    sections::claims(&mut f, t)?;
    Ok(f.finish())
}

/// Every generated file: (path relative to the output root, contents).
pub fn outputs(t: &Tables) -> Result<Vec<(String, String)>, String> {
    let data = data_file(t)?;
    // Never write a file the app would reject: the core's parser checks every
    // invariant (ordered percentiles, intervals containing their percentile, …).
    bdsc_core::survey::SurveyData::parse(&data)
        .map_err(|e| format!("the built data file does not parse: {e}"))?;
    let data_name = bdsc_core::survey::file_name(&data);
    let survey_file = format!(
        "// @generated by `cargo run -p xtask -- data`. DO NOT EDIT.\n\
         // The survey data file's path relative to the page; <hash> is FNV-1a 64 of its bytes.\n\
         \n\
         /// Path of the survey data file relative to the page (`static/data/` in the\n\
         /// repository, `data/` in `dist/`). Content-addressed: a new build gets a new name.\n\
         pub const SURVEY_FILE: &str = \"data/{data_name}\";\n"
    );
    Ok(vec![
        (format!("{DATA_DIR}/{data_name}"), data),
        (
            format!("{DATA_DIR}/LICENSE.md"),
            licence::data_licence(&data_name),
        ),
        (format!("{GEN_DIR}/survey_file.rs"), survey_file),
        (
            format!("{GEN_DIR}/LICENSE-DATA.md"),
            licence::repo_licence(&data_name),
        ),
    ])
}
