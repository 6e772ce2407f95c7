//! `docs/architecture.md` is a true map: every path it names exists, every `module::item` it
//! names is defined there, every module of the crate, the JS package and the playground is in it,
//! and its wasm export table is exactly what `src/wasm.rs` exports.

use std::fs;
use std::path::Path;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn doc() -> String {
    fs::read_to_string(root().join("docs/architecture.md")).unwrap()
}

/// Every `code span` of the document.
fn spans(md: &str) -> Vec<&str> {
    md.split('`').skip(1).step_by(2).collect()
}

const TOP: &[&str] = &["src/", "js/", "www/", "tests/", "docs/", "scripts/", "examples/", "fuzz/", "benches/"];

#[test]
fn every_path_it_names_exists() {
    let md = doc();
    let mut checked = 0;
    let mut missing = Vec::new();
    for span in spans(&md) {
        if !TOP.iter().any(|t| span.starts_with(t)) || span.contains(' ') {
            continue;
        }
        checked += 1;
        if !root().join(span.trim_end_matches('/')).exists() {
            missing.push(span);
        }
    }
    assert!(checked >= 60, "only {checked} paths found: is the document still a map?");
    assert!(missing.is_empty(), "docs/architecture.md names paths that do not exist: {missing:?}");
}

/// Whether the Rust module `src/<m…>` defines or re-exports `item`.
fn defines(module: &[&str], item: &str) -> bool {
    let base = root().join("src").join(module.join("/"));
    let text = fs::read_to_string(base.with_extension("rs"))
        .or_else(|_| fs::read_to_string(base.join("mod.rs")))
        .unwrap_or_default();
    ["fn", "struct", "enum", "const", "static", "type", "trait", "mod"].iter().any(|kw| {
        text.contains(&format!("{kw} {item}("))
            || text.contains(&format!("{kw} {item} "))
            || text.contains(&format!("{kw} {item}<"))
            || text.contains(&format!("{kw} {item}:"))
    }) || text.lines().any(|l| l.trim_start().starts_with("pub use") && l.contains(item))
}

#[test]
fn every_module_item_it_names_is_defined_there() {
    // Every `a::b` word of the document, the diagram included.
    let md = doc();
    let words = md.split(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == ':'));
    let mut checked = 0;
    for word in words.filter(|w| w.contains("::")) {
        let steps: Vec<&str> = word.trim_matches(':').split("::").collect();
        let Some((item, module)) = steps.split_last() else { continue };
        checked += 1;
        assert!(
            defines(module, item),
            "docs/architecture.md names `{word}`, which src/{} does not define",
            module.join("/")
        );
    }
    assert!(checked >= 8, "only {checked} module::item names found");
}

/// `src/x.rs` and `src/x/` entries (lib.rs included), `js/src/*.mjs`, `js/bin/cli/*.mjs`,
/// `www/src/*.ts`: each must be named in the document.
#[test]
fn every_module_is_on_the_map() {
    let md = doc();
    let named = spans(&md);
    let mut unnamed = Vec::new();
    let mut check = |dir: &str, keep: &dyn Fn(&str, bool) -> bool| {
        for e in fs::read_dir(root().join(dir)).unwrap() {
            let e = e.unwrap();
            let name = e.file_name().into_string().unwrap();
            let is_dir = e.file_type().unwrap().is_dir();
            if !keep(&name, is_dir) {
                continue;
            }
            let path = if is_dir { format!("{dir}/{name}/") } else { format!("{dir}/{name}") };
            if !named.contains(&path.as_str()) {
                unnamed.push(path);
            }
        }
    };
    check("src", &|n, d| d || n.ends_with(".rs"));
    check("js/src", &|n, _| n.ends_with(".mjs"));
    check("js/bin", &|n, _| n.ends_with(".mjs"));
    check("js/bin/cli", &|n, d| d || n.ends_with(".mjs"));
    check("www/src", &|n, d| d || n.ends_with(".ts"));
    unnamed.sort();
    assert!(unnamed.is_empty(), "docs/architecture.md does not name these modules: {unnamed:?}");
}

#[test]
fn the_wasm_table_is_what_src_wasm_rs_exports() {
    let md = doc();
    let start = md.find("| export |").expect("the wasm export table");
    let documented: Vec<String> = md[start..]
        .lines()
        .skip(2)
        .take_while(|l| l.starts_with('|'))
        .filter_map(|l| spans(l).first().map(|s| s.to_string()))
        .collect();
    let wasm = fs::read_to_string(root().join("src/wasm.rs")).unwrap();
    let mut exported = Vec::new();
    let lines: Vec<&str> = wasm.lines().collect();
    for (i, l) in lines.iter().enumerate() {
        let Some(attr) = l.trim().strip_prefix("#[wasm_bindgen") else { continue };
        let next = lines[i + 1].trim();
        // A class (`pub struct`) is one export; its `impl` block and constructor belong to it.
        if attr.starts_with("(constructor)") || next.starts_with("impl ") {
            continue;
        }
        let js_name = attr.split("js_name = ").nth(1).map(|r| r.trim_end_matches(")]").to_string());
        let item = next.strip_prefix("pub fn ").or_else(|| next.strip_prefix("pub struct "));
        let name = item.and_then(|r| r.split(['(', ' ', ';']).next()).unwrap();
        exported.push(js_name.unwrap_or_else(|| name.to_string()));
    }
    let (mut a, mut b) = (documented.clone(), exported.clone());
    a.sort();
    b.sort();
    assert_eq!(a, b, "docs/architecture.md's wasm table vs src/wasm.rs");
}
