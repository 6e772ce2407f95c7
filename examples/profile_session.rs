//! `LintSession` over a directory of ModelService YAML files (P4's corpus:
//! `node scripts/bench/gen-corpus.mjs <dir> 1000`), as the CLI feeds it: the files as JSON, in
//! batches of 25, then `finish`; for instruction-count profiles (BENCHMARKS.md, "P2/P4: night,
//! the Rust core").
//!
//! `cargo build --release --example profile_session`, then
//! `valgrind --tool=callgrind target/release/examples/profile_session <dir> [passes]`;
//! instructions per pass = (total − the run with 0 passes) ÷ passes.

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    use modelservice_render::api::LintSession;
    let mut args = std::env::args().skip(1);
    let dir = args.next().expect("usage: profile_session <dir of .yaml files> [passes]");
    let passes: usize = args.next().map_or(1, |n| n.parse().expect("passes: a number"));
    let mut files = Vec::new();
    let mut dirs = vec![std::path::PathBuf::from(dir)];
    while let Some(d) = dirs.pop() {
        for e in std::fs::read_dir(d).expect("readable directory") {
            let p = e.expect("directory entry").path();
            if p.is_dir() {
                dirs.push(p);
            } else if p.extension().is_some_and(|x| x == "yaml") {
                files.push(p);
            }
        }
    }
    files.sort();
    let docs: Vec<String> = files
        .iter()
        .map(|f| {
            let v: serde_json::Value =
                serde_norway::from_str(&std::fs::read_to_string(f).expect("file")).expect("YAML");
            v.to_string()
        })
        .collect();
    let batches: Vec<String> = docs.chunks(25).map(|c| format!("[{}]", c.join(","))).collect();
    let mut bytes = 0;
    for _ in 0..passes {
        let mut session = LintSession::new("", "");
        for b in &batches {
            session.add(std::hint::black_box(b));
        }
        bytes += session.finish().len();
    }
    println!("{passes} passes over {} documents, {bytes} bytes", docs.len());
}

#[cfg(target_arch = "wasm32")]
fn main() {}
