//! KServe's presets start vLLM with `eval "exec vllm serve … $@"` (config-llm-template.yaml), so
//! every container arg is parsed by bash once more. The operator ran `vllm serve` directly, with
//! each arg verbatim; quoting what bash would change keeps each arg exactly as it was.

/// Characters bash leaves alone in a word (as Python's `shlex.quote` judges them).
fn safe(c: char) -> bool {
    c.is_ascii_alphanumeric() || "_@%+=:,./-".contains(c)
}

/// `arg` as one bash word: unchanged when nothing in it is special, else single-quoted.
pub fn quote(arg: &str) -> String {
    if is_plain(arg) {
        return arg.to_string();
    }
    format!("'{}'", arg.replace('\'', r#"'"'"'"#))
}

/// Whether bash reads `s` as one plain word. The presets write the model name as
/// `--served-model-name "{{ .Spec.Model.Name }}"` inside the double-quoted `eval` string, so the
/// inner quotes close the outer ones: the name is split and expanded by bash twice.
pub fn is_plain(s: &str) -> bool {
    !s.is_empty() && s.chars().all(safe)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotes_only_what_bash_changes() {
        assert_eq!(quote("--max-model-len=4096"), "--max-model-len=4096");
        assert_eq!(quote("/models/a_b@c%d+e,f:g"), "/models/a_b@c%d+e,f:g");
        assert_eq!(quote(""), "''");
        assert_eq!(quote("a b"), "'a b'");
        assert_eq!(quote(r#"{"temperature": 0.5}"#), r#"'{"temperature": 0.5}'"#);
        assert_eq!(quote("it's"), r#"'it'"'"'s'"#);
        assert_eq!(quote("$HOME"), "'$HOME'");
        assert_eq!(quote("*"), "'*'");
        assert_eq!(quote("é"), "'é'");
    }

    #[test]
    fn plain_words() {
        assert!(is_plain("Qwen/Qwen3-0.6B"));
        assert!(is_plain("meta-llama/Llama-3.1-8B-Instruct"));
        for bad in ["", "my model", "a\"b", "a\\b", "$x", "a`b`", "it's", "a;b"] {
            assert!(!is_plain(bad), "{bad}");
        }
    }
}
