//! `cargo run -p xtask -- data [--check] [--shared PATH] [--out ROOT]`
//!
//! The data build: reads the raw sources and writes, under the output root
//! (default: the repository root), `static/data/survey-<hash>.txt` (removing
//! older `survey-*.txt` there), `static/data/LICENSE.md`,
//! `crates/core/src/generated/survey_file.rs` and
//! `crates/core/src/generated/LICENSE-DATA.md`. With `--check` it writes
//! nothing and exits 1 when a committed file is stale. The file format is the
//! core's (`bdsc_core::survey`); every rule is in `docs/data.md`.
//!
//! Layout: `sources/` one module per raw source, `stats` percentiles and
//! groups, `level3` the national DOL reference, `claims/` the article's
//! claims, `tables` the whole build as the core's types, `write/` the file.

mod claims;
mod evidence;
mod flags;
mod level3;
mod sources;
mod stats;
mod tables;
mod write;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// The environment variable naming the raw sources' folder (holding `data/`).
const SHARED_VAR: &str = "BDSC_SHARED";

/// The repository root, found from this crate's manifest directory.
fn repo_root() -> PathBuf {
    let here = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    here.parent().map(Path::to_path_buf).unwrap_or(here)
}

/// The raw data folder: `--shared`, else `$BDSC_SHARED`, else `<repo>/../shared`;
/// each may name the folder holding `data/` or `data/` itself. Lists every
/// place looked at when none exists.
fn data_dir(flag: Option<PathBuf>, env: Option<PathBuf>, root: &Path) -> Result<PathBuf, String> {
    let (base, from) = match (flag, env) {
        (Some(p), _) => (p, "--shared"),
        (None, Some(p)) => (p, SHARED_VAR),
        (None, None) => (root.join("..").join("shared"), "the default"),
    };
    let candidates = [base.join("data"), base.clone()];
    candidates.iter().find(|p| p.join(sources::so2024::FILE).is_file()).cloned().ok_or_else(|| {
        format!(
            "raw sources not found: looked in {} and {} ({from}). Put the raw sources there, set {SHARED_VAR} to a folder holding data/, or pass --shared PATH.",
            candidates[0].display(),
            candidates[1].display()
        )
    })
}

/// Writes `contents` to `path` if it differs (creating folders); in check
/// mode writes nothing and fails when the file is missing or different.
/// Returns whether the file was (or would be) changed.
fn ensure_file_contents(path: &Path, contents: &str, check: bool) -> Result<bool, String> {
    if std::fs::read(path).is_ok_and(|old| old == contents.as_bytes()) {
        return Ok(false);
    }
    if check {
        return Err(format!("{} is stale: it differs from what the data build produces (run `cargo run -p xtask -- data`)", path.display()));
    }
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir)
            .map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    }
    std::fs::write(path, contents).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    Ok(true)
}

/// Other `survey-*.txt` in the data folder: removed, or stale in check mode.
fn remove_old_data_files(root: &Path, keep: &[PathBuf], check: bool) -> Vec<String> {
    let dir = root.join(write::DATA_DIR);
    let Ok(entries) = std::fs::read_dir(&dir) else {
        return Vec::new();
    };
    let mut errors = Vec::new();
    for path in entries.flatten().map(|e| e.path()) {
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        if !name.starts_with("survey-") || !name.ends_with(".txt") || keep.contains(&path) {
            continue;
        }
        if check {
            errors.push(format!(
                "{} is stale: an older data file that the build would remove",
                path.display()
            ));
        } else if let Err(e) = std::fs::remove_file(&path) {
            errors.push(format!("cannot remove {}: {e}", path.display()));
        }
    }
    errors
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let flags = match flags::parse(&args) {
        Ok(f) => f,
        Err(e) => {
            eprintln!("error: {e}\n{}", flags::USAGE);
            return ExitCode::from(2);
        }
    };
    let root = repo_root();
    let shared = match data_dir(
        flags.shared,
        std::env::var_os(SHARED_VAR).map(PathBuf::from),
        &root,
    ) {
        Ok(p) => p,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::from(2);
        }
    };
    let files = match tables::build(&shared).and_then(|t| write::outputs(&t)) {
        Ok(f) => f,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::FAILURE;
        }
    };
    let out = flags.out.unwrap_or(root);
    let mut errors = Vec::new();
    for (name, text) in &files {
        let path = out.join(name);
        match ensure_file_contents(&path, text, flags.check) {
            Ok(true) => println!("wrote {} ({} bytes)", path.display(), text.len()),
            Ok(false) => println!("up to date: {}", path.display()),
            Err(e) => errors.push(e),
        }
    }
    let keep: Vec<PathBuf> = files.iter().map(|(n, _)| out.join(n)).collect();
    errors.extend(remove_old_data_files(&out, &keep, flags.check));
    for e in &errors {
        eprintln!("error: {e}");
    }
    if errors.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_evidence;
