//! `js/src/schemas.mjs` (the ModelService JSON Schema of each operator release, for `schema()`,
//! editor completion and hover docs) is generated from the Rust schema data; this fails when the
//! committed file is stale. `make generate` rewrites it.

#[path = "support/generated.rs"]
mod generated;

use modelservice_render::schema::schema_json;
use modelservice_render::OperatorVersion;

fn module_text() -> String {
    let mut out = String::from(
        "// GENERATED from the Rust schema data (src/schema/) by `make generate` (tests/schema_export.rs).\n\
         // Do not edit: `make generate` rewrites it.\n\
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
    generated::check("js/src/schemas.mjs", &module_text());
}
