//! `js/src/schemas.mjs` (the ModelService JSON Schema of each operator release, for `schema()`,
//! editor completion and hover docs) is generated from the Rust schema data; this fails when the
//! committed file is stale. `UPDATE_SCHEMAS=1 cargo test --test schema_export` rewrites it.

use modelservice_render::schema::schema_json;
use modelservice_render::OperatorVersion;

fn generated() -> String {
    let mut out = String::from(
        "// GENERATED from the Rust schema data (src/schema/) by `cargo test --test schema_export`.\n\
         // Do not edit: `UPDATE_SCHEMAS=1 cargo test --test schema_export` rewrites it.\n\
         export const schemas = {\n",
    );
    for v in OperatorVersion::ALL {
        let schema = schema_json(&v.profile());
        out.push_str(&format!("  {:?}: {},\n", v.as_str(), serde_json::to_string(&schema).unwrap()));
    }
    out.push_str("};\n");
    out
}

#[test]
fn schemas_module_is_up_to_date() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("js/src/schemas.mjs");
    let want = generated();
    if std::env::var_os("UPDATE_SCHEMAS").is_some() {
        std::fs::write(&path, &want).unwrap();
        return;
    }
    let have = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(have == want, "js/src/schemas.mjs is stale: run `UPDATE_SCHEMAS=1 cargo test --test schema_export`");
}
