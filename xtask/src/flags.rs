//! Command-line flags: `data [--shared PATH] [--out ROOT] [--check]`.

use std::path::PathBuf;

/// Usage text, printed on any flag error.
pub const USAGE: &str = "usage: cargo run -p xtask -- data [--check] [--shared PATH] [--out ROOT]

  --check        regenerate in memory and fail if a committed file differs
  --shared PATH  the raw sources: a folder holding data/ (like ../shared), or
                 that data/ folder itself; default $BDSC_SHARED, else ../shared
  --out ROOT     where to write (default: the repository root)";

/// The `data` command's flags.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Data {
    /// Compare instead of writing.
    pub check: bool,
    /// `--shared`, if given.
    pub shared: Option<PathBuf>,
    /// `--out`, if given.
    pub out: Option<PathBuf>,
}

/// Parses the arguments after the program name.
pub fn parse(args: &[String]) -> Result<Data, String> {
    let mut it = args.iter();
    match it.next().map(String::as_str) {
        Some("data") => {}
        Some(other) => return Err(format!("unknown command {other:?}")),
        None => return Err("no command".into()),
    }
    let mut d = Data::default();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--check" => d.check = true,
            "--shared" | "--out" => {
                let p = PathBuf::from(it.next().ok_or_else(|| format!("{a} needs a path"))?);
                if a == "--shared" {
                    d.shared = Some(p);
                } else {
                    d.out = Some(p);
                }
            }
            _ => return Err(format!("unknown flag {a:?}")),
        }
    }
    Ok(d)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(s: &str) -> Vec<String> {
        s.split_whitespace().map(String::from).collect()
    }

    #[test]
    fn parses_the_data_command() {
        assert_eq!(parse(&args("data")), Ok(Data::default()));
        let d = parse(&args("data --check --shared /s --out /o")).unwrap();
        assert_eq!(
            d,
            Data {
                check: true,
                shared: Some("/s".into()),
                out: Some("/o".into())
            }
        );
        assert!(parse(&args("data --shared")).is_err());
        assert!(parse(&args("data --force")).is_err());
        assert!(parse(&args("build")).is_err());
        assert!(parse(&[]).is_err());
    }
}
