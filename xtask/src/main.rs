//! `cargo run -p xtask -- data [--shared PATH] [--out DIR]`
//!
//! Reads the raw data under `../shared/data` (relative to the repository root)
//! and writes the generated tables into `src/core/generated/`. See
//! `README-data.md` for every cleaning rule.

mod datagen;

use std::path::PathBuf;
use std::process::ExitCode;

fn usage() -> ExitCode {
    eprintln!("usage: cargo run -p xtask -- data [--shared PATH] [--out DIR]");
    ExitCode::from(2)
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().map(String::as_str) != Some("data") {
        return usage();
    }
    let root = datagen::repo_root();
    let mut shared = root.join("..").join("shared").join("data");
    let mut out = root.join("src").join("core").join("generated");
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
    if let Err(e) = std::fs::create_dir_all(&out) {
        eprintln!("error: cannot create {}: {e}", out.display());
        return ExitCode::FAILURE;
    }
    for (name, text) in &files {
        let path = out.join(name);
        if let Err(e) = std::fs::write(&path, text) {
            eprintln!("error: cannot write {}: {e}", path.display());
            return ExitCode::FAILURE;
        }
        println!("wrote {} ({} bytes)", path.display(), text.len());
    }
    ExitCode::SUCCESS
}
