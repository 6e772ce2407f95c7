//! JSON answers written straight into text, field by field, without building a
//! `serde_json::Value` first. Keys are given in sorted order (kubectl's, and what a `Value` map
//! would print), so the text is the same as before; the rendered objects write themselves.

use crate::resource::Resource;
use serde::Serialize;

pub(crate) struct Answer {
    out: Vec<u8>,
}

impl Answer {
    pub(crate) fn new() -> Answer {
        // Room for a whole render (the P/D fixture's answer is 23.6 KB): grown from one byte, the
        // buffer was reallocated and copied ~15 times per answer.
        let mut out = Vec::with_capacity(32 * 1024);
        out.push(b'{');
        Answer { out }
    }

    fn key(&mut self, key: &str) {
        if self.out.len() > 1 {
            self.out.push(b',');
        }
        crate::json_text::write_str(&mut self.out, key);
        self.out.push(b':');
    }

    /// `"key": value`. Keys must come in sorted order.
    pub(crate) fn field(mut self, key: &str, value: &(impl Serialize + ?Sized)) -> Answer {
        self.key(key);
        // Every map key here is a string, so this cannot fail.
        crate::json_text::write(&mut self.out, value).ok();
        self
    }

    /// `"key": [objects…]`, each object writing itself.
    pub(crate) fn resources(mut self, key: &str, resources: &[Resource]) -> Answer {
        self.key(key);
        self.out.push(b'[');
        for (i, r) in resources.iter().enumerate() {
            if i > 0 {
                self.out.push(b',');
            }
            r.write_json(&mut self.out);
        }
        self.out.push(b']');
        self
    }

    pub(crate) fn finish(mut self) -> String {
        self.out.push(b'}');
        // Only `json_text` wrote into the buffer, and it writes UTF-8.
        String::from_utf8(self.out).unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::objects::{ObjectMeta, ServiceAccount};
    use serde_json::json;

    #[test]
    fn writes_what_a_value_would_print() {
        let sa = ServiceAccount {
            metadata: ObjectMeta { name: Some("a\"b".into()), ..Default::default() },
            ..Default::default()
        };
        let text = Answer::new()
            .field("absent", &Vec::<u8>::new())
            .field("configHash", "h\u{1}")
            .resources("resources", &[sa.clone().into(), sa.into()])
            .finish();
        let sa = json!({"apiVersion": "v1", "kind": "ServiceAccount", "metadata": {"name": "a\"b"}});
        let value = json!({"absent": [], "configHash": "h\u{1}", "resources": [sa, sa]});
        assert_eq!(text, value.to_string());
        assert_eq!(Answer::new().resources("resources", &[]).finish(), r#"{"resources":[]}"#);
        assert_eq!(Answer::new().finish(), "{}");
    }
}
