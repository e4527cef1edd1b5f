//! `cargo run -p xtask -- data [--shared PATH] [--out DIR]`
//!
//! Reads the raw data under `../shared/data` (relative to the repository root)
//! and writes, under the output root (default: the repository root),
//! `static/data/survey-<hash>.txt` (removing older `survey-*.txt` there),
//! `static/data/LICENSE.md`, `crates/core/src/generated/survey_file.rs` and
//! `crates/core/src/generated/LICENSE-DATA.md`. See `docs/data.md` for every
//! cleaning rule and the file format.

mod datagen;

use std::path::PathBuf;
use std::process::ExitCode;

fn usage() -> ExitCode {
    eprintln!("usage: cargo run -p xtask -- data [--shared PATH] [--out ROOT]");
    ExitCode::from(2)
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().map(String::as_str) != Some("data") {
        return usage();
    }
    let root = datagen::repo_root();
    let mut shared = root.join("..").join("shared").join("data");
    let mut out = root;
    let mut i = 1;
    while i < args.len() {
        match (args[i].as_str(), args.get(i + 1)) {
            ("--shared", Some(p)) => shared = PathBuf::from(p),
            ("--out", Some(p)) => out = PathBuf::from(p),
            _ => return usage(),
        }
        i += 2;
    }
    let files = match datagen::generate(&shared) {
        Ok(f) => f,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::FAILURE;
        }
    };
    match datagen::write_outputs(&out, &files) {
        Ok(written) => {
            for (path, len) in written {
                println!("wrote {} ({len} bytes)", path.display());
            }
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}
