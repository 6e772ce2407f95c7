//! docs/migration.md accounts for every ModelService field (from the schema data, the one source
//! of the CRD's fields) and every operator setting (from the settings table), and every `migrate/*`
//! code it names exists.

use modelservice_render::migrate::codes::ALL;
use modelservice_render::schema::{Kind, Node, MODEL_SERVICE};
use modelservice_render::settings_table::SETTINGS;

fn doc() -> String {
    std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/migration.md")).unwrap()
}

/// Field paths of `spec`, down to the embedded Kubernetes types (their own fields are theirs).
fn spec_paths(node: &Node, path: &str, out: &mut Vec<String>) {
    let Kind::Object { fields } = node.kind else { return };
    for f in fields {
        let p = format!("{path}.{}", f.name);
        out.push(p.clone());
        // Kubernetes core types (resources, env, tolerations, pull secrets) end the walk.
        if !["resources"].contains(&f.name) {
            spec_paths(f.node, &p, out);
        }
    }
}

/// How the table names a path: role fields as `<role>.x`.
fn table_name(path: &str) -> String {
    for role in ["spec.decode.", "spec.prefill."] {
        if let Some(rest) = path.strip_prefix(role) {
            return format!("<role>.{rest}");
        }
    }
    path.to_string()
}

/// The first cell of every table row, split on `, ` (`a`, `.b` → `a`, `a.b`).
fn first_cells(md: &str) -> Vec<String> {
    let mut out = Vec::new();
    for line in md.lines().filter(|l| l.starts_with("| `")) {
        let cell = line.split('|').nth(1).unwrap_or("").trim();
        let mut base = String::new();
        for part in cell.split(", ") {
            let name = part.trim().trim_matches('`');
            if let Some(rest) = name.strip_prefix('.') {
                out.push(format!("{base}.{rest}"));
            } else {
                base = name.rsplit_once('.').map(|(b, _)| b.to_string()).unwrap_or_default();
                out.push(name.to_string());
            }
        }
    }
    out
}

#[test]
fn every_modelservice_field_has_a_row() {
    let md = doc();
    let cells = first_cells(&md);
    let Kind::Object { fields } = MODEL_SERVICE.kind else { panic!("the ModelService is an object") };
    let spec = fields.iter().find(|f| f.name == "spec").unwrap();
    let mut paths = Vec::new();
    spec_paths(spec.node, "spec", &mut paths);
    assert!(paths.len() >= 50, "{paths:?}");
    let mut missing: Vec<String> = paths.iter().map(|p| table_name(p)).filter(|p| !cells.contains(p)).collect();
    missing.dedup();
    assert!(missing.is_empty(), "docs/migration.md has no row for {missing:?}");
    for m in ["metadata.name", "metadata.namespace", "metadata.labels", "metadata.annotations", "status"] {
        assert!(cells.iter().any(|c| c == m), "no row for {m}");
    }
}

#[test]
fn every_operator_setting_has_a_row() {
    let md = doc();
    for s in SETTINGS {
        let named = match s.flag {
            Some(f) if s.path != "eppConfig.flags" => md.contains(&format!("`--{f}")),
            _ => md.contains(&format!("`{}`", s.path)),
        };
        assert!(named, "docs/migration.md has no row for {} ({:?})", s.path, s.flag);
    }
}

#[test]
fn every_code_named_exists() {
    let md = doc();
    for part in md.split('`').skip(1).step_by(2).filter(|p| p.starts_with("migrate/") && *p != "migrate/*") {
        assert!(ALL.iter().any(|c| c.code == part), "docs/migration.md names `{part}`, which no diagnostic has");
    }
    let named = md.split('`').skip(1).step_by(2).filter(|p| p.starts_with("migrate/")).count();
    assert!(named >= 30, "{named}");
}
