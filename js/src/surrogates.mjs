// Lone UTF-16 surrogates: JS strings may hold half of a surrogate pair (from a `\ud800` escape in
// YAML or JSON text, or built in code); Kubernetes text is UTF-8, which cannot. Reported at the
// field as `input/lone-surrogate`, in words, instead of the JSON parser's escape error.

// In `u` mode a surrogate pair is one character: this matches only unpaired halves.
const LONE_SURROGATE = /[\u{d800}-\u{dfff}]/u;
const LONE_SURROGATES = /[\u{d800}-\u{dfff}]/gu;
const MAX_REPORTED = 20;

export function hasLoneSurrogate(text) {
  return LONE_SURROGATE.test(text);
}

/** The diagnostic for `text` (a value, or a key when `key`) at `path`. */
export function loneSurrogate(text, path, key) {
  const c = LONE_SURROGATE.exec(text)?.[0] ?? "\ud800";
  const escape = `\\u${c.charCodeAt(0).toString(16)}`;
  return {
    code: "input/lone-surrogate",
    severity: "error",
    // A key's own surrogate is written as its escape, so the path stays printable.
    path: path.replace(LONE_SURROGATES, (h) => `\\u${h.charCodeAt(0).toString(16)}`),
    message: `${key ? "this key" : "this text"} holds ${escape}, half of a UTF-16 surrogate pair without its other half: not a character, so it cannot be sent to Kubernetes`,
    hint: `delete ${escape}, or write the whole character (the character itself, or "\\UXXXXXXXX" with its code point)`,
  };
}

/**
 * Every lone surrogate in a JS value (keys and strings), in document order, at most 20:
 * `[{segments, text, key}]`. Callers check `value` is not too deep first.
 */
export function findLoneSurrogates(value) {
  const found = [];
  const visit = (v, segments) => {
    if (found.length >= MAX_REPORTED) return;
    if (typeof v === "string") {
      if (LONE_SURROGATE.test(v)) found.push({ segments, text: v, key: false });
    } else if (Array.isArray(v)) {
      v.forEach((item, i) => visit(item, [...segments, i]));
    } else if (v !== null && typeof v === "object") {
      for (const [k, item] of Object.entries(v)) {
        if (LONE_SURROGATE.test(k) && found.length < MAX_REPORTED) found.push({ segments: [...segments, k], text: k, key: true });
        visit(item, [...segments, k]);
      }
    }
  };
  visit(value, []);
  return found;
}
