//! `docs/rules.md` documents every diagnostic code. Checks that every code of `lint::RULES` and
//! every input/schema/config code of docs/architecture.md is a heading there, that no heading
//! names an unknown semantic code, and that the semantic-rule sections are the rules' own doc
//! comments (src/lint/<code>.rs or src/lint/cross/<code>.rs, `-` → `_`), not a stale copy.
//! `make generate` rewrites the generated part.

#[path = "support/generated.rs"]
mod generated;

use modelservice_render::lint::{Scope, RULES};
use std::fs;
use std::path::Path;

const BEGIN: &str = "<!-- BEGIN GENERATED: semantic rules (make generate) -->";
const END: &str = "<!-- END GENERATED -->";

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn read(rel: &str) -> String {
    fs::read_to_string(root().join(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"))
}

/// Heading texts (`### \`code\`` → `code`).
fn heading_codes(md: &str) -> Vec<String> {
    md.lines()
        .filter(|l| l.starts_with('#'))
        .filter_map(|l| {
            let t = l.trim_start_matches('#').trim();
            t.strip_prefix('`').and_then(|r| r.strip_suffix('`')).map(str::to_string)
        })
        .collect()
}

/// The rule's module doc comment, turned into its section of rules.md.
fn section(code: &str, severity: &str, summary: &str, cross: bool) -> String {
    let file = format!("src/lint/{}{}.rs", if cross { "cross/" } else { "" }, code.replace('-', "_"));
    let src = read(&file);
    let doc: Vec<&str> = src
        .lines()
        .take_while(|l| l.starts_with("//!"))
        .map(|l| l.strip_prefix("//! ").or_else(|| l.strip_prefix("//!")).unwrap_or(l))
        .collect();
    let first = doc.first().copied().unwrap_or("");
    assert_eq!(
        first,
        format!("`{code}` — {severity}."),
        "{file}: the doc comment must start with the code and severity"
    );
    let mut out =
        format!("### `{code}`\n\n**{severity}**{} — {summary}.\n", if cross { " · cross-document" } else { "" });
    for line in doc.iter().skip(1) {
        let line = match *line {
            "## Use instead" => "#### Fix",
            l if l.starts_with("## ") => {
                out.push_str(&format!("##{l}\n"));
                continue;
            }
            l => l,
        };
        out.push_str(line);
        out.push('\n');
    }
    for h in ["#### What it does", "#### Why it matters", "#### Example", "#### Fix"] {
        assert!(out.contains(h), "{file}: missing `{h}` in the doc comment template");
    }
    out.trim_end().to_string() + "\n"
}

fn sections() -> String {
    let mut out = String::new();
    for r in RULES {
        let cross = matches!(r.scope, Scope::Documents(_));
        out.push('\n');
        out.push_str(&section(r.code, r.severity.as_str(), r.summary, cross));
    }
    out
}

#[test]
fn every_code_is_documented() {
    let md = read("docs/rules.md");
    let headings = heading_codes(&md);
    for r in RULES {
        assert!(headings.iter().any(|h| h == r.code), "docs/rules.md has no heading `{}`", r.code);
    }
    // input/schema/config codes as listed in docs/architecture.md
    let arch = read("docs/architecture.md");
    let mut listed = Vec::new();
    for part in arch.split('`').skip(1).step_by(2) {
        let code_like = |rest: &str| {
            !rest.is_empty() && rest.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        };
        if ["input/", "schema/", "config/"].iter().any(|p| part.strip_prefix(p).is_some_and(code_like)) {
            listed.push(part.to_string());
        }
    }
    assert!(listed.len() >= 20, "architecture.md codes not found: {listed:?}");
    for c in &listed {
        assert!(headings.contains(c), "docs/rules.md has no heading `{c}`");
    }
    for c in ["config/unknown-field", "config/type", "config/enum", "config/unknown-provider", "namespace-defaulted"] {
        assert!(headings.iter().any(|h| h == c), "docs/rules.md has no heading `{c}`");
    }
    // No stale semantic headings.
    for h in headings.iter().filter(|h| !h.contains('/') && *h != "namespace-defaulted") {
        assert!(RULES.iter().any(|r| r.code == h), "docs/rules.md documents `{h}`, which no rule emits");
    }
}

#[test]
fn semantic_sections_match_the_rule_doc_comments() {
    let md = read("docs/rules.md");
    let (Some(b), Some(e)) = (md.find(BEGIN), md.find(END)) else {
        panic!("docs/rules.md lacks the generated markers")
    };
    let want = format!("{}{BEGIN}\n{}\n{}", &md[..b], sections().trim_end(), &md[e..]);
    generated::check("docs/rules.md", &want);
}
