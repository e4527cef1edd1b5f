//! The whole data build on tiny raw sources written by the test itself, so
//! it runs everywhere (no `../shared` needed): reproducible output, a file
//! the core's parser accepts, groups and back-off through the core's query,
//! and `ensure_file_contents` in both modes.

use std::path::{Path, PathBuf};

use bdsc_core::dataset;
use bdsc_core::survey::{content_hash, Query, SurveyData, SurveySource, Verdict, MIN_N};

use super::*;

/// A fresh, empty folder for one test.
pub(super) fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("xtask-test-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn put(dir: &Path, rel: &str, bytes: &[u8]) {
    let p = dir.join(rel);
    std::fs::create_dir_all(p.parent().unwrap()).unwrap();
    std::fs::write(p, bytes).unwrap();
}

/// Writes tiny raw sources under `<dir>/data` and returns that folder.
pub(super) fn fixture(dir: &Path) -> PathBuf {
    let data = dir.join("data");
    let mut so24 = String::from("ConvertedCompYearly,DevType,Country,YearsCodePro,Industry\n");
    for i in 0..40 {
        so24 += &format!(
            "{},\"Developer, back-end\",United States of America,7,Fintech\n",
            100_000 + i * 1_000
        );
        so24 += &format!(
            "{},\"Developer, front-end\",United States of America,3,Healthcare\n",
            70_000 + i * 500
        );
    }
    for i in 0..30 {
        so24 += &format!(
            "{},\"Developer, back-end\",India,1,Software Development\n",
            6_000 + i * 200
        );
    }
    so24 +=
        "NA,\"Developer, back-end\",India,1,Fintech\n12,\"Developer, back-end\",India,1,Fintech\n";
    put(&data, sources::so2024::FILE, so24.as_bytes());

    let mut pay25 = String::from("idx,salary,YearsCode,Country,PrimaryRole\n");
    let mut langs = String::from("idx,LanguageHaveWorkedWith\n");
    for i in 0..120 {
        let (role, lang) = match i % 3 {
            0 => ("Developer, back-end", ["JavaScript", "Python"]),
            1 => ("Developer, full-stack", ["Java", "PHP"]),
            _ => ("Developer, front-end", ["JavaScript", "PHP"]),
        };
        pay25 += &format!(
            "{i},{},{},United States of America,\"{role}\"\n",
            90_000 + i * 700,
            i % 30
        );
        for l in lang {
            langs += &format!("{i},{l}\n");
        }
    }
    put(&data, sources::so2025::SALARY_FILE, pay25.as_bytes());
    put(&data, sources::so2025::LANGUAGE_FILE, langs.as_bytes());

    put(
        &data,
        sources::bls::FILE,
        b"OCC_CODE,TOT_EMP,A_MEAN,A_PCT10,A_PCT25,A_MEDIAN,A_PCT75,A_PCT90,H_PCT10,H_PCT25,H_MEDIAN,H_PCT75,H_PCT90\n\
          15-1252,1000,140000,80000,100000,130000,165000,200000,38.46,48.08,62.5,79.33,96.15\n",
    );
    let areas = r#"[{"id":"41860","name":"San Francisco, CA","state":"CA"},{"id":"16980","name":"Chicago, IL","state":"IL"},{"id":"14460","name":"Boston, MA","state":"MA"},{"id":"36740","name":"Orlando, FL","state":"FL"}]"#;
    put(&data, sources::dol::AREAS_FILE, areas.as_bytes());
    let wages = r#"{"wages":[{"area_id":"41860","l1":60,"l2":75,"l3":90.18,"l4":105},{"area_id":"16980","l1":40,"l2":50,"l3":62.84,"l4":75},{"area_id":"14460","l1":50,"l2":60,"l3":74.33,"l4":88},{"area_id":"36740","l1":35,"l2":45,"l3":58.23,"l4":70}]}"#;
    put(&data, sources::dol::WAGES_FILE, wages.as_bytes());

    let mut aij = String::from("experience_level,job_title,salary_in_usd,company_location\n");
    for (lvl, base) in [
        ("EN", 60_000),
        ("MI", 90_000),
        ("SE", 130_000),
        ("EX", 180_000),
    ] {
        for i in 0..31 {
            aij += &format!("{lvl},Software Engineer,{},US\n", base + i * 1_000);
        }
    }
    put(&data, sources::aijobs::FILE, aij.as_bytes());

    let mut dou = b"a,b,pay,d,title,f,g,h,spec\n".to_vec();
    for (i, title) in ["Junior", "Middle", "Senior"]
        .iter()
        .cycle()
        .take(60)
        .enumerate()
    {
        dou.extend_from_slice(
            format!("x,x,{},x,{title},x,x,x,Back-end ", 1_000 + i * 50).as_bytes(),
        );
        dou.extend_from_slice(&[0xF0, 0xEE, 0xE7, 0xF0, 0xEE, 0xE1, 0xEA, 0xE0, b'\n']);
        // "розробка"
    }
    put(&data, sources::dou::FILE, &dou);
    data
}

pub(super) fn build_outputs(data: &Path) -> Vec<(String, String)> {
    tables::build(data)
        .and_then(|t| write::outputs(&t))
        .unwrap()
}

/// The data file built from the fixture in scratch folder `name`, parsed
/// by the core; the folder is removed once the file is built.
pub(super) fn fixture_data(name: &str) -> SurveyData {
    let dir = scratch(name);
    let text = build_outputs(&fixture(&dir)).remove(0).1;
    let _ = std::fs::remove_dir_all(&dir);
    SurveyData::parse(&text).unwrap()
}

#[test]
fn the_build_is_reproducible_and_the_core_reads_what_it_writes() {
    let dir = scratch("build");
    let data = fixture(&dir);
    let files = build_outputs(&data);
    assert_eq!(
        files,
        build_outputs(&data),
        "two builds of the same sources differ"
    );
    let names: Vec<&str> = files.iter().map(|f| f.0.as_str()).collect();
    let text = &files[0].1;
    assert_eq!(
        names[0],
        format!("static/data/survey-{}.txt", content_hash(text))
    );
    assert!(files[2]
        .1
        .contains(&format!("\"data/survey-{}.txt\"", content_hash(text))));
    assert!(text.contains("# Cleaning: Stack Overflow 2024 rows 112 -> kept 110 (1 outside 1000..=1000000 USD/yr, 1 not numeric);"), "{text}");

    let d = SurveyData::parse(text).unwrap();
    assert_eq!(d.roles()[0].code, "backend");
    assert_eq!((d.roles()[0].n_2024, d.roles()[0].n_2025), (70, 40));
    let countries: Vec<&str> = d.countries().iter().map(|c| c.name.as_str()).collect();
    assert_eq!(countries, ["India", "United States of America"]);
    assert_eq!(d.metros().len(), 4);
    assert_eq!(d.metro(41860).map(|m| m.l3_cents), Some(9018));
    assert_eq!(d.aijobs_levels().len(), 4);
    assert_eq!(d.dou_backend()[3].stats.n, 60);
    assert_eq!(d.claims().len(), 22);
    for c in d.claims() {
        assert!(
            c.figure_ids.iter().all(|id| dataset::figure(id).is_some()),
            "{}: unknown figure id",
            c.id
        );
    }
    assert_eq!(
        d.claim("hourly-rates").map(|c| c.verdict),
        Some(Verdict::CantTell)
    );
    assert_eq!(
        d.claim("us-average").map(|c| c.article.as_str()),
        Some("US average: $89,766 per year")
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn groups_and_back_off_work_through_the_core() {
    let d = fixture_data("groups");
    // 40 US back-end, 7 years, Fintech: the full group exists.
    let q = Query {
        role: "backend",
        country: Some("us"),
        years: Some(7),
        industry: Some("fintech"),
        ..Query::default()
    };
    let full = d.distribution_from(SurveySource::So2024, &q).unwrap();
    assert_eq!(full.stats.n, 40);
    assert!(full.backed_off.is_empty(), "{:?}", full.backed_off);
    // 25 years: nobody, so the band is dropped and the note says so.
    let q = Query {
        years: Some(25),
        ..q
    };
    let d2 = d.distribution_from(SurveySource::So2024, &q).unwrap();
    assert!(d2.stats.n >= MIN_N);
    assert!(
        d2.backed_off
            .iter()
            .any(|n| n.contains("left out") || n.contains("all years")),
        "{:?}",
        d2.backed_off
    );
}

#[test]
fn every_truncation_of_a_built_file_is_rejected() {
    let dir = scratch("trunc");
    let files = build_outputs(&fixture(&dir));
    let text = &files[0].1;
    let ends: Vec<usize> = text.match_indices('\n').map(|(i, _)| i).collect();
    for &i in &ends[..ends.len() - 1] {
        assert!(
            SurveyData::parse(&text[..=i]).is_err(),
            "accepted a file cut after byte {i}"
        );
    }
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn ensure_file_contents_writes_and_checks() {
    let dir = scratch("ensure");
    let p = dir.join("a/b.txt");
    assert!(ensure_file_contents(&p, "x", true)
        .unwrap_err()
        .contains("b.txt is stale"));
    assert!(!p.exists(), "check mode wrote a file");
    assert_eq!(ensure_file_contents(&p, "x", false), Ok(true));
    assert_eq!(ensure_file_contents(&p, "x", false), Ok(false));
    assert_eq!(ensure_file_contents(&p, "x", true), Ok(false));
    assert!(ensure_file_contents(&p, "y", true).is_err());
    assert_eq!(std::fs::read_to_string(&p).unwrap(), "x");
    put(&dir, "static/data/survey-old.txt", b"");
    let errs = remove_old_data_files(&dir, &[], true);
    assert_eq!(errs.len(), 1);
    assert!(remove_old_data_files(&dir, &[], false).is_empty());
    assert!(!dir.join("static/data/survey-old.txt").exists());
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn raw_sources_are_found_or_the_error_says_where_it_looked() {
    let dir = scratch("shared");
    let data = fixture(&dir);
    assert_eq!(
        data_dir(Some(dir.clone()), None, Path::new("/nowhere")),
        Ok(data.clone())
    );
    assert_eq!(
        data_dir(Some(data.clone()), None, Path::new("/nowhere")),
        Ok(data.clone())
    );
    assert_eq!(
        data_dir(None, Some(dir.clone()), Path::new("/nowhere")),
        Ok(data.clone())
    );
    let e = data_dir(None, Some(PathBuf::from("/no/such")), Path::new("/r")).unwrap_err();
    assert!(e.contains("/no/such/data") && e.contains(SHARED_VAR), "{e}");
    let e = data_dir(None, None, Path::new("/r")).unwrap_err();
    assert!(e.contains("/r/../shared/data"), "{e}");
    let _ = std::fs::remove_dir_all(&dir);
}
