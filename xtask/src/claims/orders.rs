//! Claims that state an order: languages, industries, and back-end against
//! front-end and full-stack. The order and the relations come from the
//! ranks of the `dataset` figures.

use bdsc_core::dataset::{self as ds, Figure};
use bdsc_core::survey::{Claim, ClaimFigure, Verdict, MIN_N};

use super::{claim, med_fig, usd, Ctx, SRC24, SRC25, US};
use crate::sources::{pays, Resp};

/// Named groups of pay values, in the claimed order.
type Items = Vec<(String, Vec<f64>)>;

/// The relation between two ranked figures: `>` better paid, `≈` same rank, `<` worse.
fn relation(a: &Figure, b: &Figure) -> &'static str {
    match a.value.total_cmp(&b.value) {
        std::cmp::Ordering::Less => ">",
        std::cmp::Ordering::Equal => "≈",
        std::cmp::Ordering::Greater => "<",
    }
}

/// Relations between neighbours of a ranked list.
fn relations(figs: &[&Figure]) -> Vec<&'static str> {
    figs.windows(2).map(|w| relation(w[0], w[1])).collect()
}

/// Checks "a > b" (or "a ≈ b": within 5% of each other) pairwise on medians.
/// Any group under `MIN_N` can't tell; otherwise every relation must hold to agree.
fn order_verdict(
    items: &Items,
    rels: &[&str],
    population: &str,
    source: &str,
) -> (Vec<ClaimFigure>, Verdict, String) {
    let figs: Vec<ClaimFigure> = items
        .iter()
        .map(|(l, v)| med_fig(l.clone(), v, source))
        .collect();
    if let Some(f) = figs.iter().find(|f| f.n < MIN_N) {
        return (
            figs.clone(),
            Verdict::CantTell,
            format!(
                "{} has only {} respondents among {population}, fewer than {MIN_N}.",
                f.label, f.n
            ),
        );
    }
    let mut fails = Vec::new();
    for (i, rel) in rels.iter().enumerate() {
        let (a, b) = (&figs[i], &figs[i + 1]);
        let ok = match *rel {
            ">" => a.value > b.value,
            "<" => a.value < b.value,
            _ => (a.value - b.value).abs() <= 0.05 * a.value.max(b.value),
        };
        if !ok {
            fails.push(format!("{} {rel} {} fails", a.label, b.label));
        }
    }
    let medians: Vec<String> = figs
        .iter()
        .map(|f| format!("{} {} (n = {})", f.label, usd(f.value), f.n))
        .collect();
    let text = format!("Medians among {population}: {}", medians.join(", "));
    if fails.is_empty() {
        (
            figs,
            Verdict::Agrees,
            format!("{text}; every stated relation holds."),
        )
    } else {
        (
            figs,
            Verdict::Disagrees,
            format!("{text}; {}.", fails.join("; ")),
        )
    }
}

/// The article's order as text: "A > B ≈ C".
fn order_text(figs: &[&Figure]) -> String {
    let mut s = figs[0].label.to_string();
    for (f, rel) in figs[1..].iter().zip(relations(figs)) {
        s.push_str(&format!(" {rel} {}", f.label));
    }
    s
}

/// Language order, SO 2025, US back-end (all US roles when a group is
/// small); and Node.js, which the survey cannot rank.
pub fn languages(c: &Ctx) -> Vec<Claim> {
    let ranked = [
        (&ds::LANG_JAVASCRIPT, "javascript"),
        (&ds::LANG_PYTHON, "python"),
        (&ds::LANG_JAVA, "java"),
        (&ds::LANG_PHP, "php"),
    ];
    let figs: Vec<&Figure> = ranked.iter().map(|x| x.0).collect();
    let pick = |role: Option<&str>| -> Items {
        ranked
            .iter()
            .map(|(f, code)| {
                (
                    f.label.to_string(),
                    pays(c.s25, |r| {
                        r.country == US
                            && role.is_none_or(|ro| r.role == ro)
                            && r.ext.iter().any(|e| e == code)
                    }),
                )
            })
            .collect()
    };
    let mut items = pick(Some("backend"));
    let mut pop =
        "US back-end developers who worked with each language (Stack Overflow 2025)".to_string();
    let mut pre = String::new();
    if let Some((l, v)) = items.iter().find(|(_, v)| v.len() < MIN_N as usize) {
        pre = format!(
            "Only {} US back-end respondents worked with {l}, so all US roles are used. ",
            v.len()
        );
        items = pick(None);
        pop =
            "US developers of all roles who worked with each language (Stack Overflow 2025)".into();
    }
    let (data, verdict, text) = order_verdict(&items, &relations(&figs), &pop, SRC25);
    let order = claim("lang-order", &figs, order_text(&figs), data, verdict, format!("{pre}{text} Respondents are counted under every language they worked with, so groups overlap."));
    let js = pays(c.s25, |r| {
        r.country == US && r.role == "backend" && r.ext.iter().any(|e| e == "javascript")
    });
    let node = claim(
        ds::LANG_NODEJS.id,
        &[&ds::LANG_NODEJS],
        "Node.js developers are paid the least".into(),
        vec![med_fig("US back-end, JavaScript, median".into(), &js, SRC25)],
        Verdict::CantTell,
        "Node.js is a runtime, not a language, in the Stack Overflow survey; Node.js back-end work is counted under JavaScript, so the data cannot rank it separately.".into(),
    );
    vec![order, node]
}

/// A population of respondents for the industry order.
type Pop = (&'static str, fn(&Resp) -> bool);

/// Industry order, SO 2024: the first population where every industry has
/// `MIN_N` respondents; Marketing has no category of its own.
pub fn industries(c: &Ctx) -> Vec<Claim> {
    let ranked = [
        (&ds::IND_FINANCE, "finance"),
        (&ds::IND_MEDIA, "media-advertising"),
        (&ds::IND_HEALTHCARE, "healthcare"),
        (&ds::IND_CONSULTING, "it-services"),
        (&ds::IND_EDUCATION, "higher-education"),
    ];
    let figs: Vec<&Figure> = ranked.iter().map(|x| x.0).collect();
    let pick = |f: fn(&Resp) -> bool| -> Items {
        ranked
            .iter()
            .map(|(fig, code)| {
                (
                    fig.label.to_string(),
                    pays(c.s24, |r| f(r) && r.ext.iter().any(|e| e == code)),
                )
            })
            .collect()
    };
    let pops: [Pop; 3] = [
        ("US back-end developers (Stack Overflow 2024)", |r| {
            r.country == US && r.role == "backend"
        }),
        ("US developers of all roles (Stack Overflow 2024)", |r| {
            r.country == US
        }),
        ("back-end developers worldwide (Stack Overflow 2024)", |r| {
            r.role == "backend"
        }),
    ];
    let mut chosen = None;
    let mut skipped = Vec::new();
    for (name, f) in pops {
        let items = pick(f);
        if let Some((l, v)) = items.iter().find(|(_, v)| v.len() < MIN_N as usize) {
            skipped.push(format!("{name}: {l} has only {}", v.len()));
            continue;
        }
        chosen = Some((name.to_string(), items));
        break;
    }
    let (name, items) = chosen.unwrap_or_else(|| (pops[2].0.to_string(), pick(pops[2].1)));
    let (data, verdict, text) = order_verdict(&items, &relations(&figs), &name, SRC24);
    let pre = if skipped.is_empty() {
        String::new()
    } else {
        format!("Groups too small in {}; ", skipped.join("; "))
    };
    let all = [
        &ds::IND_FINANCE,
        &ds::IND_MEDIA,
        &ds::IND_MARKETING,
        &ds::IND_HEALTHCARE,
        &ds::IND_CONSULTING,
        &ds::IND_EDUCATION,
    ];
    let order = claim("ind-order", &figs, order_text(&all), data, verdict, format!("{pre}{text} Mapping: Finance = Banking/Financial Services + Fintech + Insurance; Media = Media & Advertising Services; Consulting = Computer Systems Design and Services; Education = Higher Education. Marketing has no category of its own (it is inside Media & Advertising), so it is left out."));
    let marketing = claim(
        ds::IND_MARKETING.id,
        &[&ds::IND_MARKETING],
        "Marketing pays above the average".into(),
        vec![],
        Verdict::CantTell,
        "The 2024 survey has no marketing industry; marketing is folded into Media & Advertising Services, so it cannot be separated from Media.".into(),
    );
    vec![order, marketing]
}

/// Back-end against front-end and full-stack, US; both survey years must agree.
pub fn roles(c: &Ctx) -> Vec<Claim> {
    let mut out = Vec::new();
    for (id, other, other_name, other_fig) in [
        (
            "role-backend-frontend",
            "frontend",
            "front-end",
            &ds::ROLE_FRONTEND,
        ),
        (
            "role-backend-fullstack",
            "fullstack",
            "full-stack",
            &ds::ROLE_FULLSTACK,
        ),
    ] {
        let rel = relation(&ds::ROLE_BACKEND, other_fig);
        let mut data = Vec::new();
        let mut results = Vec::new();
        let mut parts = Vec::new();
        for (src, rs) in [(SRC24, c.s24), (SRC25, c.s25)] {
            let items = vec![
                (
                    "back-end".to_string(),
                    pays(rs, |r| r.country == US && r.role == "backend"),
                ),
                (
                    other_name.to_string(),
                    pays(rs, |r| r.country == US && r.role == other),
                ),
            ];
            let (f, v, _) = order_verdict(&items, &[rel], "US", src);
            parts.push(format!(
                "{src}: back-end {} (n = {}) vs {other_name} {} (n = {})",
                usd(f[0].value),
                f[0].n,
                usd(f[1].value),
                f[1].n
            ));
            data.extend(f.into_iter().map(|mut x| {
                x.label = format!("US {}, median", x.label);
                x
            }));
            results.push(v);
        }
        let verdict = if results.iter().all(|v| *v == Verdict::Agrees) {
            Verdict::Agrees
        } else if results.iter().all(|v| *v == Verdict::Disagrees) {
            Verdict::Disagrees
        } else {
            Verdict::CantTell
        };
        let word = if rel == ">" { "more" } else { "less" };
        let tail = match verdict {
            Verdict::Agrees => format!("back-end is paid {word} in both years."),
            Verdict::Disagrees => format!("back-end is not paid {word} in either year."),
            Verdict::CantTell => {
                "the two survey years point different ways (or a group is under 30).".into()
            }
        };
        out.push(claim(
            id,
            &[&ds::ROLE_BACKEND, other_fig],
            format!("back-end {rel} {other_name}"),
            data,
            verdict,
            format!("US medians, {}; {tail}", parts.join("; ")),
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_article_s_orders_come_from_the_ranks() {
        assert_eq!(
            order_text(&[
                &ds::LANG_JAVASCRIPT,
                &ds::LANG_PYTHON,
                &ds::LANG_JAVA,
                &ds::LANG_PHP
            ]),
            "JavaScript > Python ≈ Java > PHP"
        );
        assert_eq!(relation(&ds::ROLE_BACKEND, &ds::ROLE_FULLSTACK), "<");
        assert_eq!(relation(&ds::ROLE_BACKEND, &ds::ROLE_FRONTEND), ">");
    }

    #[test]
    fn order_verdict_needs_every_relation() {
        let big = |x: f64| vec![x; MIN_N as usize];
        let items = vec![
            ("a".to_string(), big(100.0)),
            ("b".to_string(), big(97.0)),
            ("c".to_string(), big(50.0)),
        ];
        assert_eq!(
            order_verdict(&items, &["≈", ">"], "p", "s").1,
            Verdict::Agrees
        );
        let (_, v, text) = order_verdict(&items, &[">", "<"], "p", "s");
        assert_eq!(v, Verdict::Disagrees);
        assert!(text.ends_with("b < c fails."), "{text}");
        let small = vec![("a".to_string(), vec![1.0]), ("b".to_string(), big(1.0))];
        assert_eq!(order_verdict(&small, &[">"], "p", "s").1, Verdict::CantTell);
    }
}
