//! View options carried in the address next to the inputs: embed mode, colour
//! theme and accent. They change how the page looks, never the estimate.

use super::codec::{quote, Notice};
use super::inputs::Choice;
use super::params::{self, Codes};
use super::part::{Part, CHARTS};

/// Colour scheme.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Theme {
    /// Follow the system (`prefers-color-scheme`).
    #[default]
    Auto,
    /// Always light.
    Light,
    /// Always dark.
    Dark,
}

impl Theme {
    /// All themes.
    pub const ALL: [Theme; 3] = [Theme::Auto, Theme::Light, Theme::Dark];
    /// URL code.
    pub fn code(self) -> &'static str {
        match self {
            Theme::Auto => "auto",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }
}

/// Accent colours: a fixed palette, each checked for WCAG AA contrast in both
/// themes, rather than any colour a URL could ask for.
pub const ACCENTS: [&str; 6] = ["blue", "green", "purple", "orange", "red", "teal"];

/// Options for how the page is shown.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ViewOptions {
    /// Compact, chrome-less layout for an iframe.
    pub embed: bool,
    /// Show the survey comparison; off is the article-only view.
    pub data: bool,
    /// Colour scheme.
    pub theme: Theme,
    /// Index into [`ACCENTS`]; 0 (blue) is the default.
    pub accent: usize,
    /// What an embed shows (only used with `embed`).
    pub part: Part,
    /// Index into [`CHARTS`]: the chart of [`Part::Chart`].
    pub chart: usize,
}

impl Default for ViewOptions {
    fn default() -> Self {
        ViewOptions {
            embed: false,
            data: true,
            theme: Theme::Auto,
            accent: 0,
            part: Part::Card,
            chart: 0,
        }
    }
}

impl Choice for Theme {
    fn all() -> &'static [Self] {
        &Theme::ALL
    }
    fn code(self) -> &'static str {
        Theme::code(self)
    }
    fn label(self) -> &'static str {
        Theme::code(self)
    }
    fn from_code(code: &str) -> Option<Self> {
        Theme::ALL.into_iter().find(|t| t.code() == code)
    }
}

/// A view option that is a name from a fixed list, kept as its index (the
/// accent, the chart of a one-chart embed): one implementation of the
/// parameter table's [`Codes`] for each such list.
pub struct NamedIndex {
    names: &'static [&'static str],
    get: fn(&ViewOptions) -> usize,
    set: fn(&mut ViewOptions, usize),
}

/// The accent: a name from [`ACCENTS`].
pub static ACCENT: NamedIndex = NamedIndex {
    names: &ACCENTS,
    get: |s| s.accent,
    set: |s, k| s.accent = k,
};

/// The chart of a `part=chart` embed: a name from [`CHARTS`].
pub static CHART: NamedIndex = NamedIndex {
    names: &CHARTS,
    get: |s| s.chart,
    set: |s, k| s.chart = k,
};

impl Codes<ViewOptions> for NamedIndex {
    fn code_at(&self, k: usize) -> Option<&'static str> {
        self.names.get(k).copied()
    }
    fn get(&self, s: &ViewOptions) -> &'static str {
        self.names[(self.get)(s).min(self.names.len() - 1)]
    }
    fn set(&self, s: &mut ViewOptions, code: &str) -> bool {
        self.names
            .iter()
            .position(|n| *n == code)
            .map(|k| (self.set)(s, k))
            .is_some()
    }
    fn label(&self, s: &ViewOptions) -> &'static str {
        Codes::get(self, s)
    }
}

impl ViewOptions {
    /// The address parameters that belong to the view (see [`params::VIEW`]).
    pub fn keys() -> Vec<&'static str> {
        params::VIEW.iter().map(|p| p.key).collect()
    }

    /// Reads the view parameters the codec passed through; anything unusable
    /// becomes a notice and the default.
    pub fn from_params(pairs: &[(String, String)]) -> (ViewOptions, Vec<Notice>) {
        let mut v = ViewOptions::default();
        let mut notices = Vec::new();
        for (k, val) in pairs {
            if let Err(message) = params::read(params::VIEW, &mut v, k, val) {
                notices.push(Notice {
                    param: quote(k),
                    message,
                });
            }
        }
        (v, notices)
    }

    /// The parameters for these options, defaults left out.
    pub fn params(&self) -> Vec<(String, String)> {
        params::write(params::VIEW, self)
    }

    /// Classes for the root element: `embed`, `theme-dark`, `accent-green`…
    pub fn root_classes(&self) -> Vec<String> {
        let mut c = Vec::new();
        if self.embed {
            c.push("embed".to_string());
            c.push(format!("part-{}", super::inputs::Choice::code(self.part)));
        }
        if self.theme != Theme::Auto {
            c.push(format!("theme-{}", self.theme.code()));
        }
        c.push(format!(
            "accent-{}",
            ACCENTS[self.accent.min(ACCENTS.len() - 1)]
        ));
        c
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(k: &str, v: &str) -> (String, String) {
        (k.to_string(), v.to_string())
    }

    #[test]
    fn reads_and_writes_view_params() {
        let (v, n) =
            ViewOptions::from_params(&[p("embed", "1"), p("theme", "dark"), p("accent", "purple")]);
        assert!(n.is_empty());
        assert_eq!(
            v,
            ViewOptions {
                embed: true,
                data: true,
                theme: Theme::Dark,
                accent: 2,
                ..ViewOptions::default()
            }
        );
        let (off, n) = ViewOptions::from_params(&[p("data", "0")]);
        assert!(n.is_empty() && !off.data);
        assert_eq!(off.params(), vec![p("data", "0")]);
        assert_eq!(ViewOptions::from_params(&v.params()).0, v);
        assert_eq!(
            v.root_classes(),
            vec!["embed", "part-card", "theme-dark", "accent-purple"]
        );
    }

    #[test]
    fn hostile_values_are_ignored_with_notices() {
        let (v, n) = ViewOptions::from_params(&[
            p("theme", "</style>"),
            p("accent", "#ff0000;x"),
            p("embed", "yes"),
        ]);
        assert_eq!(v, ViewOptions::default());
        assert_eq!(n.len(), 3);
    }

    #[test]
    fn part_and_chart_are_read_and_written_by_name() {
        let (v, n) =
            ViewOptions::from_params(&[p("embed", "1"), p("part", "chart"), p("chart", "modes")]);
        assert!(n.is_empty());
        assert_eq!((v.part, v.chart), (Part::Chart, 4));
        assert_eq!(
            v.params(),
            vec![p("embed", "1"), p("part", "chart"), p("chart", "modes")]
        );
        assert!(v.root_classes().contains(&"part-chart".to_string()));
        let (bad, n) = ViewOptions::from_params(&[p("part", "<all>"), p("chart", "pie")]);
        assert_eq!((bad.part, bad.chart), (Part::Card, 0));
        assert_eq!(n.len(), 2);
    }
}
