//! `docs/embed.md` lists the address parameters; its two tables must be
//! exactly what `params::markdown` renders from the table in the code.
//!
//! When this fails, refresh the docs with
//! `UPDATE_DOCS=1 cargo test -p bdsc-core --test params_doc` and commit them.

use std::path::PathBuf;

use bdsc_core::params::{markdown, INPUTS, VIEW};

fn docs_path() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../docs/embed.md")
}

/// Replaces the text between `<!-- begin NAME -->` and `<!-- end NAME -->`.
fn splice(doc: &str, name: &str, body: &str) -> String {
    let (begin, end) = (
        format!("<!-- begin {name} -->\n"),
        format!("<!-- end {name} -->"),
    );
    let a = doc
        .find(&begin)
        .unwrap_or_else(|| panic!("docs/embed.md has no `{}` marker", begin.trim()))
        + begin.len();
    let b = doc[a..]
        .find(&end)
        .unwrap_or_else(|| panic!("docs/embed.md has no `{end}` marker"))
        + a;
    format!("{}{body}{}", &doc[..a], &doc[b..])
}

#[test]
fn embed_docs_list_the_parameters_of_the_code() {
    let path = docs_path();
    let doc = std::fs::read_to_string(&path).expect("docs/embed.md is readable");
    let want = splice(
        &splice(&doc, "view-params", &markdown(VIEW)),
        "input-params",
        &markdown(INPUTS),
    );
    if std::env::var_os("UPDATE_DOCS").is_some() {
        std::fs::write(&path, &want).expect("docs/embed.md is writable");
        return;
    }
    assert!(
        doc == want,
        "docs/embed.md's parameter tables differ from crates/core/src/params/table.rs.\n\
         Refresh them with: UPDATE_DOCS=1 cargo test -p bdsc-core --test params_doc\n\n\
         Expected view table:\n{}\nExpected input table:\n{}",
        markdown(VIEW),
        markdown(INPUTS)
    );
}

#[test]
fn every_row_is_documented_once() {
    let inputs = markdown(INPUTS);
    for p in INPUTS {
        let key = if p.is_family() {
            format!("| `{}.<code>` |", p.key)
        } else {
            format!("| `{}` |", p.key)
        };
        assert_eq!(inputs.matches(&key).count(), 1, "{key}");
    }
    assert_eq!(markdown(VIEW).lines().count(), VIEW.len() + 2);
}
