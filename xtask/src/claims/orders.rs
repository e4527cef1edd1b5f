//! Claims that state an order: languages and industries. The order and the relations come from the
//! ranks of the `dataset` figures.

use bdsc_core::dataset::{self as ds, Figure};
use bdsc_core::survey::{combine, Claim, ClaimFigure, ClaimRelation, Verdict, MIN_N};

use super::relate::{relate, relation_text};
use super::{claim, med_fig, usd, Ctx, SRC24, SRC25, US};
use crate::sources::{pays, working, Resp};

/// Named groups of pay values, in the claimed order.
pub type Items = Vec<(String, Vec<f64>)>;

/// The relation between two ranked figures: `>` better paid, `≈` same rank, `<` worse.
pub fn relation(a: &Figure, b: &Figure) -> &'static str {
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

/// Checks an order relation by relation with the bootstrap (see
/// [`relate`]): the claim disagrees if any relation is contradicted, agrees
/// if every one holds, can't tell otherwise; any group under `MIN_N` can't tell.
pub fn order_verdict(
    id: &str,
    items: &Items,
    rels: &[&str],
    population: &str,
    source: &str,
) -> (Vec<ClaimFigure>, Vec<ClaimRelation>, Verdict, String) {
    let figs: Vec<ClaimFigure> = items
        .iter()
        .map(|(l, v)| med_fig(l.clone(), v, source))
        .collect();
    if let Some(f) = figs.iter().find(|f| f.n < MIN_N) {
        let text = format!(
            "{} has only {} respondents among {population}, fewer than {MIN_N}.",
            f.label, f.n
        );
        return (figs, Vec::new(), Verdict::CantTell, text);
    }
    let relations: Vec<ClaimRelation> = rels
        .iter()
        .enumerate()
        .map(|(i, rel)| {
            let ((la, a), (lb, b)) = (&items[i], &items[i + 1]);
            relate(&format!("{id}|{source}"), la, rel, lb, a, b)
        })
        .collect();
    let verdict = combine(&relations.iter().map(|r| r.verdict).collect::<Vec<_>>());
    let medians: Vec<String> = figs
        .iter()
        .map(|f| {
            format!(
                "{} {} (n = {})",
                f.label,
                usd(f.value),
                usd(f.n as f64).trim_start_matches('$')
            )
        })
        .collect();
    let rel_text: Vec<String> = relations.iter().map(relation_text).collect();
    let tail = match verdict {
        Verdict::Agrees => "every stated relation holds",
        Verdict::Disagrees => "at least one stated relation is contradicted",
        Verdict::CantTell => "no relation is contradicted, but not every one holds clearly enough",
    };
    let text = format!(
        "Medians among {population}: {}. {}. So {tail}.",
        medians.join(", "),
        rel_text.join("; ")
    );
    (figs, relations, verdict, text)
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
                            && working(r)
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
        pop = "US developers of all working roles who worked with each language (Stack Overflow 2025)"
            .into();
    }
    let (data, rels, verdict, text) =
        order_verdict("lang-order", &items, &relations(&figs), &pop, SRC25);
    let basis = format!("{pop}: the same job in the same country, by language; only Stack Overflow 2025 records languages.");
    let mut order = claim("lang-order", &figs, order_text(&figs), data, (verdict, format!("{pre}{text} Respondents are counted under every language they worked with, so groups overlap.")), basis);
    order.relations = rels;
    let js = pays(c.s25, |r| {
        r.country == US && r.role == "backend" && r.ext.iter().any(|e| e == "javascript")
    });
    let node = claim(
        ds::LANG_NODEJS.id,
        &[&ds::LANG_NODEJS],
        "Node.js developers are paid the least".into(),
        vec![med_fig("US back-end, JavaScript, median".into(), &js, SRC25)],
        (Verdict::CantTell,
        "Node.js is a runtime, not a language, in the Stack Overflow survey; Node.js back-end work is counted under JavaScript, so the data cannot rank it separately.".into()),
        "No population: the survey has no Node.js answer.".into(),
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
        (
            "US developers of all working roles (Stack Overflow 2024)",
            |r| r.country == US && working(r),
        ),
        ("back-end developers worldwide (Stack Overflow 2024)", |r| {
            r.role == "backend"
        }),
    ];
    let mut chosen = None;
    let mut skipped = Vec::new();
    for (name, f) in pops {
        let items = pick(f);
        // Every group too small, not only the first (three were, and the
        // note named one).
        let small: Vec<String> = items
            .iter()
            .filter(|(_, v)| v.len() < MIN_N as usize)
            .map(|(l, v)| format!("{l} has only {}", v.len()))
            .collect();
        if !small.is_empty() {
            skipped.push(format!("{name}: {}", small.join(", ")));
            continue;
        }
        chosen = Some((name.to_string(), items));
        break;
    }
    let (name, items) = chosen.unwrap_or_else(|| (pops[2].0.to_string(), pick(pops[2].1)));
    let (data, rels, verdict, text) =
        order_verdict("ind-order", &items, &relations(&figs), &name, SRC24);
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
    let basis = format!("{name}: the first population, from the closest to the article's (US back-end) outwards, in which every industry has at least {MIN_N} respondents.");
    let mut order = claim("ind-order", &figs, format!("{} (our reading of the article's words)", order_text(&all)), data, (verdict, format!("{pre}{text} Mapping: Finance = Banking/Financial Services + Fintech + Insurance; Media = Media & Advertising Services; Consulting = Computer Systems Design and Services; Education = Higher Education. Marketing has no category of its own (it is inside Media & Advertising), so it is left out.")), basis);
    order.relations = rels;
    let marketing = claim(
        ds::IND_MARKETING.id,
        &[&ds::IND_MARKETING],
        "Marketing pays above the average".into(),
        vec![],
        (Verdict::CantTell,
        "The 2024 survey has no marketing industry; marketing is folded into Media & Advertising Services, so it cannot be separated from Media.".into()),
        "No population: the survey has no marketing industry.".into(),
    );
    vec![order, marketing]
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
    fn order_verdict_needs_every_relation_to_hold_clearly() {
        let spread = |x: f64| (0..60).map(|i| x + i as f64).collect::<Vec<f64>>();
        let items = vec![
            ("a".to_string(), spread(1000.0)),
            ("b".to_string(), spread(990.0)),
            ("c".to_string(), spread(500.0)),
        ];
        let (_, rels, v, _) = order_verdict("t", &items, &["≈", ">"], "p", "s");
        assert_eq!((v, rels.len()), (Verdict::Agrees, 2));
        let (_, _, v, text) = order_verdict("t", &items, &[">", "<"], "p", "s");
        assert_eq!(v, Verdict::Disagrees);
        assert!(text.contains("b < c in 0.0 % of resamples"), "{text}");
        // Two overlapping groups: a > b is neither clear nor contradicted.
        let close = vec![
            ("a".to_string(), spread(1001.0)),
            ("b".to_string(), spread(1000.0)),
        ];
        assert_eq!(
            order_verdict("t", &close, &[">"], "p", "s").2,
            Verdict::CantTell
        );
        let small = vec![("a".to_string(), vec![1.0]), ("b".to_string(), spread(1.0))];
        assert_eq!(
            order_verdict("t", &small, &[">"], "p", "s").2,
            Verdict::CantTell
        );
    }
}
