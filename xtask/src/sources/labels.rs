//! Stable codes for the surveys' answers: roles, industries and languages,
//! and the years answers mapped to the core's bands.

use bdsc_core::survey::YEARS_BANDS;

/// Stable role codes for the survey's DevType answers (both years):
/// (code, display name, the survey labels it stands for; a role renamed
/// between the years has both). Roles not listed get a slug of their label.
pub const ROLE_MAP: &[(&str, &str, &[&str])] = &[
    ("backend", "Back-end developers", &["Developer, back-end"]),
    (
        "frontend",
        "Front-end developers",
        &["Developer, front-end"],
    ),
    (
        "fullstack",
        "Full-stack developers",
        &["Developer, full-stack"],
    ),
    (
        "desktop",
        "Desktop/enterprise developers",
        &["Developer, desktop or enterprise applications"],
    ),
    ("mobile", "Mobile developers", &["Developer, mobile"]),
    (
        "embedded",
        "Embedded developers",
        &["Developer, embedded applications or devices"],
    ),
    (
        "game",
        "Game/graphics developers",
        &["Developer, game or graphics"],
    ),
    ("qa", "QA/test developers", &["Developer, QA or test"]),
    (
        "eng-manager",
        "Engineering managers",
        &["Engineering manager"],
    ),
    ("data-engineer", "Data engineers", &["Data engineer"]),
    (
        "devops",
        "DevOps engineers",
        &["DevOps specialist", "DevOps engineer or professional"],
    ),
    (
        "data-scientist",
        "Data scientists",
        &[
            "Data scientist or machine learning specialist",
            "Data scientist",
        ],
    ),
    (
        "cloud",
        "Cloud infrastructure engineers",
        &["Cloud infrastructure engineer"],
    ),
    (
        "sre",
        "Site reliability engineers",
        &["Engineer, site reliability"],
    ),
    (
        "architect",
        "Software/solutions architects",
        &["Architect, software or solutions"],
    ),
    (
        "executive",
        "Senior executives",
        &[
            "Senior Executive (C-Suite, VP, etc.)",
            "Senior executive (C-suite, VP, etc.)",
        ],
    ),
    (
        "security",
        "Security professionals",
        &[
            "Security professional",
            "Cybersecurity or InfoSec professional",
        ],
    ),
    (
        "dba",
        "Database administrators",
        &[
            "Database administrator",
            "Database administrator or engineer",
        ],
    ),
    (
        "sysadmin",
        "System administrators",
        &["System administrator"],
    ),
    (
        "researcher",
        "Academic researchers",
        &["Academic researcher"],
    ),
    (
        "analyst",
        "Data/business analysts",
        &["Data or business analyst"],
    ),
    ("project-manager", "Project managers", &["Project manager"]),
    ("product-manager", "Product managers", &["Product manager"]),
    ("other", "Other roles", &["Other (please specify):"]),
    // Same role, renamed between the years: one code and one name.
    (
        "developer-ai",
        "AI developers",
        &["Developer, AI", "Developer, AI apps or physical AI"],
    ),
    (
        "designer",
        "Designers (UX/UI)",
        &["Designer", "UX, Research Ops or UI design professional"],
    ),
    // The survey's own label was cut off in a phone-width select; the code
    // stays the slug it had, so shared links keep working.
    (
        "founder-technology-or-otherwise",
        "Founders (tech or other)",
        &["Founder, technology or otherwise"],
    ),
];

/// Role codes that are not working developer roles: left out of the role
/// table and the groups, and out of every "all roles" population.
pub const NON_WORKING: &[&str] = &["student", "retired", "other"];

/// Industry codes for the 2024 Industry answers.
pub const INDUSTRY_MAP: &[(&str, &str, &str)] = &[
    ("Software Development", "software", "Software development"),
    ("Fintech", "fintech", "Fintech"),
    (
        "Banking/Financial Services",
        "banking",
        "Banking/financial services",
    ),
    ("Insurance", "insurance", "Insurance"),
    ("Healthcare", "healthcare", "Healthcare"),
    (
        "Media & Advertising Services",
        "media-advertising",
        "Media & advertising",
    ),
    ("Higher Education", "higher-education", "Higher education"),
    (
        "Computer Systems Design and Services",
        "it-services",
        "IT services/consulting",
    ),
    (
        "Internet, Telecomm or Information Services",
        "internet-telecom",
        "Internet/telecom",
    ),
    ("Retail and Consumer Services", "retail", "Retail"),
    ("Manufacturing", "manufacturing", "Manufacturing"),
    ("Government", "government", "Government"),
    (
        "Transportation, or Supply Chain",
        "transport",
        "Transportation/supply chain",
    ),
    ("Energy", "energy", "Energy"),
    ("Other:", "other", "Other industries"),
];
/// The composite "finance" industry: these survey labels together.
pub const FINANCE_LABELS: &[&str] = &["Fintech", "Banking/Financial Services", "Insurance"];

/// Language codes where a slug would be ambiguous or ugly.
pub const LANG_CODES: &[(&str, &str)] = &[
    ("C#", "csharp"),
    ("C++", "cpp"),
    ("F#", "fsharp"),
    ("Bash/Shell (all shells)", "bash"),
    ("HTML/CSS", "html-css"),
    ("Visual Basic (.Net)", "vb-net"),
];

/// Lowercase ASCII slug: runs of other characters become one '-'.
pub fn slug(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    while out.ends_with('-') {
        out.pop();
    }
    out
}

/// (code, display name) of a role answer; `None` for no answer.
pub fn role_of(label: &str) -> Option<(String, String)> {
    if label.is_empty() || label == "NA" {
        return None;
    }
    Some(match ROLE_MAP.iter().find(|r| r.2.contains(&label)) {
        Some(&(c, n, _)) => (c.to_string(), n.to_string()),
        None => (slug(label), label.to_string()),
    })
}

/// Stable code of a language answer.
pub fn lang_code(label: &str) -> String {
    LANG_CODES
        .iter()
        .find(|l| l.0 == label)
        .map(|l| l.1.to_string())
        .unwrap_or_else(|| slug(label))
}

/// Maps a years answer to a band index; "Less than 1 year" → 0 years,
/// "More than 50 years" → 51 years; "NA"/empty → None.
pub fn band_of_answer(s: &str) -> Option<u8> {
    let years: f64 = match s.trim() {
        "Less than 1 year" => 0.0,
        "More than 50 years" => 51.0,
        t => t.parse().ok()?,
    };
    if years.is_nan() || years < 0.0 {
        return None;
    }
    band_of_years(years.floor() as u32)
}

/// Band index of whole years, in the core's [`YEARS_BANDS`].
pub fn band_of_years(y: u32) -> Option<u8> {
    YEARS_BANDS
        .iter()
        .position(|&(lo, hi, _)| y >= lo && y <= hi)
        .map(|i| i as u8)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn years_answers_map_to_bands() {
        assert_eq!(band_of_answer("Less than 1 year"), Some(0));
        assert_eq!(band_of_answer("More than 50 years"), Some(4));
        assert_eq!(band_of_answer("7"), Some(2));
        assert_eq!(band_of_answer("14.0"), Some(3));
        assert_eq!(band_of_answer("NA"), None);
        assert_eq!(band_of_answer("-1"), None);
    }

    #[test]
    fn labels_get_stable_codes() {
        assert_eq!(
            role_of("Developer, back-end"),
            Some(("backend".into(), "Back-end developers".into()))
        );
        assert_eq!(
            role_of("Blockchain"),
            Some(("blockchain".into(), "Blockchain".into()))
        );
        assert_eq!(role_of("NA"), None);
        assert_eq!(lang_code("C#"), "csharp");
        assert_eq!(lang_code("Ruby on Rails!"), "ruby-on-rails");
    }
}
