use super::{to_string, write};
use serde::Serialize;
use serde_json::{json, Value};
use std::collections::BTreeMap;

/// Our text and serde_json's, for the same value.
fn both<T: Serialize + ?Sized>(v: &T) -> (String, String) {
    (to_string(v), serde_json::to_string(v).unwrap())
}

#[test]
fn strings_are_escaped_as_serde_json_escapes_them() {
    let every_control: String = (0u8..0x20).map(char::from).collect();
    let cases = [
        String::new(),
        "plain".into(),
        "\"quoted\" and \\back\\slashed\\".into(),
        every_control.clone(),
        format!("a{every_control}b"),
        "\u{7f} DEL, é, 日本, 🦀, \u{2028}\u{2029}, </script>".into(),
        "\n".into(),
        "ends with an escape\t".into(),
    ];
    for s in &cases {
        let (ours, theirs) = both(s.as_str());
        assert_eq!(ours, theirs, "{s:?}");
    }
    assert_eq!(to_string("\u{1}\u{1f}\"\\\u{8}\u{c}"), r#""\u0001\u001f\"\\\b\f""#);
}

#[test]
fn every_ascii_byte_and_some_others_at_every_position_of_a_word() {
    let specials: Vec<char> = (0u8..0x80).map(char::from).chain(['é', '日', '🦀', '\u{2028}']).collect();
    for len in 1..=25 {
        for at in 0..len {
            for &c in &specials {
                let s: String = (0..len).map(|i| if i == at { c } else { 'x' }).collect();
                assert_eq!(to_string(&s), serde_json::to_string(&s).unwrap(), "{s:?}");
            }
        }
    }
}

#[test]
fn numbers_are_written_as_serde_json_writes_them() {
    for n in [0i64, 1, -1, 9, 10, -10, 8000, i64::from(i32::MIN), i64::MIN, i64::MAX] {
        assert_eq!(to_string(&n), n.to_string());
    }
    for n in [0u64, 7, 100, u64::MAX] {
        assert_eq!(to_string(&n), n.to_string());
    }
    assert_eq!(to_string(&(-5i8, 5u8, -300i16, 300u16, -70000i32, 70000u32)), "[-5,5,-300,300,-70000,70000]");
    for f in [0.5f64, 1.0, -2.5e-7, 1e300, f64::NAN, f64::INFINITY] {
        let (ours, theirs) = both(&f);
        assert_eq!(ours, theirs);
    }
    assert_eq!(to_string(&1.5f32), "1.5");
}

#[derive(Serialize)]
enum Shape {
    Unit,
    Newtype(u8),
    Tuple(u8, &'static str),
    Struct { a: bool, b: Option<char> },
}

#[derive(Serialize, PartialEq, Eq, PartialOrd, Ord)]
struct Name(&'static str);

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Nested {
    api_version: &'static str,
    empty: Vec<u8>,
    #[serde(skip_serializing_if = "Option::is_none")]
    skipped: Option<u8>,
    shapes: Vec<Shape>,
    keyed: BTreeMap<String, Value>,
    by_name: BTreeMap<&'static str, Name>,
    unit: (),
    bytes: &'static [u8],
}

#[test]
fn structures_are_written_as_serde_json_writes_them() {
    let v = Nested {
        api_version: "v1",
        empty: vec![],
        skipped: None,
        shapes: vec![
            Shape::Unit,
            Shape::Newtype(3),
            Shape::Tuple(1, "x"),
            Shape::Struct { a: true, b: None },
            Shape::Struct { a: false, b: Some('"') },
        ],
        keyed: [("b\n".to_string(), json!({"x": [1, -2, 2.5, null, true, "s"], "e": {}})), ("a".into(), json!([]))]
            .into(),
        by_name: [("k", Name("v"))].into(),
        unit: (),
        bytes: b"\x00\xff",
    };
    let (ours, theirs) = both(&v);
    assert_eq!(ours, theirs);
    assert_eq!(
        ours,
        concat!(
            r#"{"apiVersion":"v1","empty":[],"shapes":["Unit",{"Newtype":3},{"Tuple":[1,"x"]},"#,
            r#"{"Struct":{"a":true,"b":null}},{"Struct":{"a":false,"b":"\""}}],"#,
            r#""keyed":{"a":[],"b\n":{"e":{},"x":[1,-2,2.5,null,true,"s"]}},"byName":{"k":"v"},"#,
            r#""unit":null,"bytes":[0,255]}"#
        )
    );
}

/// A map with one float key (std has no map type for those).
struct FloatKeys(f64);

impl Serialize for FloatKeys {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_map([(self.0, 1u8)])
    }
}

#[test]
fn map_keys_are_what_serde_json_accepts() {
    let (ours, theirs) = both(&BTreeMap::from([(Some(-1i64), 2), (Some(3), 4)]));
    assert_eq!((ours.as_str(), theirs.as_str()), (r#"{"-1":2,"3":4}"#, r#"{"-1":2,"3":4}"#));
    assert_eq!(both(&BTreeMap::from([(true, 1u8)])).0, r#"{"true":1}"#);
    assert_eq!(both(&BTreeMap::from([(true, 1u8)])).1, r#"{"true":1}"#);
    assert_eq!(both(&BTreeMap::from([('k', 1u8)])).0, r#"{"k":1}"#);
    assert_eq!(both(&BTreeMap::from([(Name("n"), 1u8)])).0, r#"{"n":1}"#);
    assert_eq!(both(&FloatKeys(1.5)), (r#"{"1.5":1}"#.to_string(), r#"{"1.5":1}"#.to_string()));
    assert_eq!(to_string(&FloatKeys(f64::NAN)), "null");
    assert!(serde_json::to_string(&FloatKeys(f64::NAN)).is_err());
    let mut out = Vec::new();
    let refused = write(&mut out, &BTreeMap::from([(vec![1u8], 2u8)])).map_err(|e| e.to_string());
    assert_eq!(refused, Err("key must be a string".to_string()));
    assert_eq!(out, b"{");
    assert!(serde_json::to_string(&BTreeMap::from([(vec![1u8], 2u8)])).is_err());
    assert_eq!(to_string(&BTreeMap::from([(vec![1u8], 2u8)])), "null");
}

#[test]
fn the_rendered_answer_is_serde_jsons_text() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/full-pd-ha-route-monitoring-tracing");
    let yaml = std::fs::read_to_string(format!("{dir}/modelservice.yaml")).unwrap();
    let ms: Value = serde_norway::from_str(&yaml).unwrap();
    let answer = crate::api::render_json(&ms.to_string(), "", "");
    let parsed: Value = serde_json::from_str(&answer).unwrap();
    assert!(parsed["resources"].as_array().is_some_and(|r| r.len() > 10), "fixture renders");
    assert_eq!(answer, serde_json::to_string(&parsed).unwrap());
    let settings = crate::config::Settings::default();
    let prepared = crate::input::prepare(&ms.to_string(), &settings.profile());
    let rendered = crate::render::render(prepared.model.as_ref().unwrap(), &settings);
    for r in &rendered.resources {
        let (ours, theirs) = both(r);
        assert_eq!(ours, theirs, "{} {}", r.kind(), r.name());
    }
}

/// Struct fields named as serde allows: every length around the word size, and names that need
/// escaping (no field of ours does; `write_field_key` must still write them as serde_json does).
struct Fields(&'static [&'static str]);

impl Serialize for Fields {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut st = s.serialize_struct("Fields", self.0.len())?;
        for (i, name) in self.0.iter().enumerate() {
            st.serialize_field(name, &i)?;
        }
        st.end()
    }
}

#[test]
fn field_names_are_written_as_serde_json_writes_them() {
    const NAMES: &[&str] = &[
        "",
        "a",
        "ab",
        "abcdefg",
        "abcdefgh",
        "abcdefghi",
        "abcdefghijklmno",
        "abcdefghijklmnop",
        "abcdefghijklmnopq",
        "q\"uote",
        "back\\slash",
        "tab\t",
        "nl\nabcdefghij",
        "\u{1}",
        "é日🦀",
    ];
    for n in 0..=NAMES.len() {
        let fields = Fields(NAMES.get(..n).unwrap());
        let (ours, theirs) = both(&fields);
        assert_eq!(ours, theirs);
    }
    assert_eq!(to_string(&Fields(&["a\"b", "c"])), r#"{"a\"b":0,"c":1}"#);
    assert_eq!(to_string(&Fields(&[])), "{}");
}
