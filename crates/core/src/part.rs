//! What an embedded frame shows: a [`Part`] of the calculator (the `part=`
//! address parameter) and, for one chart, which one (`chart=`). The app asks
//! [`Part::panels`] which panels to draw, so the choice is made, and tested,
//! here rather than in the components.

use super::inputs::Choice;

/// The part of the calculator an embed shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Part {
    /// The estimate card with a compact form (years, place, mode). The
    /// default: it fits a blog post.
    #[default]
    Card,
    /// One named chart (see [`CHARTS`]) with the compact form.
    Chart,
    /// The survey comparison with the compact form.
    Survey,
    /// The article's claims checked against the survey data.
    Claims,
    /// The whole calculator, without the page header.
    Full,
}

impl Part {
    /// Every part, in the order the snippet builder offers them.
    pub const ALL: [Part; 5] = [
        Part::Card,
        Part::Chart,
        Part::Survey,
        Part::Claims,
        Part::Full,
    ];

    /// The panels this part draws; `chart` is an index into [`CHARTS`].
    pub fn panels(self, chart: usize) -> Panels {
        let none = Panels {
            form: FormSize::None,
            result: false,
            charts: ChartSet::None,
            survey: false,
            claims: false,
            rest: false,
        };
        match self {
            Part::Card => Panels {
                form: FormSize::Compact,
                result: true,
                ..none
            },
            Part::Chart => Panels {
                form: FormSize::Compact,
                charts: ChartSet::One(CHARTS[chart.min(CHARTS.len() - 1)]),
                ..none
            },
            Part::Survey => Panels {
                form: FormSize::Compact,
                survey: true,
                ..none
            },
            Part::Claims => Panels {
                claims: true,
                ..none
            },
            Part::Full => Panels {
                form: FormSize::Full,
                result: true,
                charts: ChartSet::All,
                survey: true,
                claims: true,
                rest: true,
            },
        }
    }

    /// The iframe's `title` in a snippet: says what the frame holds.
    pub fn title(self) -> &'static str {
        match self {
            Part::Card => "Backend developer salary estimate",
            Part::Chart => "Backend developer salary chart",
            Part::Survey => "Backend developer salary against survey data",
            Part::Claims => "Backend developer salary claims checked against data",
            Part::Full => "Backend developer salary calculator",
        }
    }

    /// The iframe's `height` attribute in a snippet, before the frame
    /// reports its own (about its height at 700 px wide, so the page does
    /// not jump much).
    pub fn initial_height(self) -> u32 {
        match self {
            Part::Card => 600,
            Part::Chart => 700,
            // As each part measures in the share preview of a 1,280 px page
            // (survey 931, claims 1,468, full 4,762 px, 7 Dec): the frame
            // opened at 900 and 2,400 px and grew by 570 and 2,360 px once
            // loaded, moving everything under it.
            Part::Survey => 950,
            Part::Claims => 1500,
            Part::Full => 4800,
        }
    }
}

impl Choice for Part {
    fn all() -> &'static [Self] {
        &Part::ALL
    }
    fn code(self) -> &'static str {
        match self {
            Part::Card => "card",
            Part::Chart => "chart",
            Part::Survey => "survey",
            Part::Claims => "claims",
            Part::Full => "full",
        }
    }
    fn label(self) -> &'static str {
        match self {
            Part::Card => "Estimate with a compact form",
            Part::Chart => "One chart",
            Part::Survey => "Survey comparison",
            Part::Claims => "The article's claims checked",
            Part::Full => "The full calculator",
        }
    }
    fn from_code(code: &str) -> Option<Self> {
        Part::ALL.into_iter().find(|p| p.code() == code)
    }
}

/// The charts a `part=chart` frame can show, by their `data-chart` names.
pub const CHARTS: [&str; 5] = ["experience", "cities", "regions", "vs-national", "modes"];

/// Human names of [`CHARTS`], same order.
pub const CHART_LABELS: [&str; 5] = [
    "Salary by experience",
    "Four cities against the US average",
    "Freelance rates by region",
    "Your estimate against the US average",
    "Salaried against freelance",
];

/// How much of the form a part shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FormSize {
    /// No form: the inputs come from the address only.
    None,
    /// Years, place and mode.
    Compact,
    /// Every input.
    Full,
}

/// Which comparison charts a part shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChartSet {
    /// None.
    None,
    /// The chart with this `data-chart` name.
    One(&'static str),
    /// All of them.
    All,
}

impl ChartSet {
    /// Whether the chart named `name` is drawn.
    pub fn shows(self, name: &str) -> bool {
        match self {
            ChartSet::None => false,
            ChartSet::One(n) => n == name,
            ChartSet::All => true,
        }
    }
}

/// The panels a part draws.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Panels {
    /// The form.
    pub form: FormSize,
    /// The estimate card.
    pub result: bool,
    /// The comparison charts.
    pub charts: ChartSet,
    /// The survey comparison.
    pub survey: bool,
    /// The claims table.
    pub claims: bool,
    /// Scenarios, assumptions, share and sources.
    pub rest: bool,
}

/// The survey and government data a part shows, for the credits and
/// licences its footer must give (the article's figures are credited apart,
/// from the estimate's reasons).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DataShown {
    /// Only the article's figures.
    None,
    /// The US government's figures only: the city chart's DOL and BLS bars.
    Government,
    /// Survey figures too, among them the Stack Overflow tables (ODbL).
    All,
}

impl Panels {
    /// What [`DataShown`] these panels draw. Of the charts only the cities
    /// chart shows data (DOL's metro figures against BLS's national mean).
    pub fn data_shown(&self) -> DataShown {
        if self.survey || self.claims || self.rest || self.charts == ChartSet::All {
            DataShown::All
        } else if self.charts.shows("cities") {
            DataShown::Government
        } else {
            DataShown::None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_parts_that_show_data_credit_it() {
        let shown = |part: Part, chart: &str| {
            let k = CHARTS.iter().position(|c| *c == chart).unwrap_or(0);
            part.panels(k).data_shown()
        };
        assert_eq!(shown(Part::Card, ""), DataShown::None);
        for chart in ["experience", "regions", "vs-national", "modes"] {
            assert_eq!(shown(Part::Chart, chart), DataShown::None, "{chart}");
        }
        assert_eq!(shown(Part::Chart, "cities"), DataShown::Government);
        for part in [Part::Survey, Part::Claims, Part::Full] {
            assert_eq!(shown(part, ""), DataShown::All, "{part:?}");
        }
    }

    #[test]
    fn the_default_is_the_card_with_a_compact_form() {
        let p = Part::default().panels(0);
        assert_eq!(p.form, FormSize::Compact);
        assert!(p.result && !p.survey && !p.claims && !p.rest);
        assert_eq!(p.charts, ChartSet::None);
    }

    #[test]
    fn each_part_shows_what_its_name_says() {
        let chart = Part::Chart.panels(3);
        assert_eq!(chart.charts, ChartSet::One("vs-national"));
        assert!(chart.charts.shows("vs-national") && !chart.charts.shows("modes"));
        assert!(!chart.result);
        assert!(Part::Survey.panels(0).survey && !Part::Survey.panels(0).claims);
        let claims = Part::Claims.panels(0);
        assert!(claims.claims && claims.form == FormSize::None && !claims.result);
        let full = Part::Full.panels(0);
        assert!(full.result && full.survey && full.claims && full.rest);
        assert_eq!(full.form, FormSize::Full);
        assert!(full.charts.shows("cities"));
    }

    #[test]
    fn an_out_of_range_chart_index_does_not_panic() {
        assert_eq!(
            Part::Chart.panels(usize::MAX).charts,
            ChartSet::One("modes")
        );
    }

    #[test]
    fn codes_round_trip_and_titles_differ() {
        for p in Part::ALL {
            assert_eq!(Part::from_code(p.code()), Some(p));
        }
        assert_eq!(Part::from_code("everything"), None);
        let mut titles: Vec<_> = Part::ALL.iter().map(|p| p.title()).collect();
        titles.dedup();
        assert_eq!(titles.len(), Part::ALL.len());
    }
}
