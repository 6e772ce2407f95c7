// The rule descriptions SARIF reports carry (bin/cli/formats/rule-docs.mjs), taken from
// docs/rules.md. GitHub code scanning requires `shortDescription.text`, `fullDescription.text`
// (at most 1000 characters) and `help.text` on every rule and shows them on each alert
// (github/docs, content/code-security/…/sarif-support-for-code-scanning.md, "reportingDescriptor
// object"). `node scripts/rule-docs.mjs` rewrites the module (also `make generate`);
// test/sarif-rules.test.mjs fails when it no longer matches docs/rules.md.
import { readFileSync, writeFileSync } from "node:fs";

export const DOCS = new URL("../../docs/rules.md", import.meta.url);
export const MODULE = new URL("../bin/cli/formats/rule-docs.mjs", import.meta.url);
const MAX = 1000;

const clip = (text) => (text.length <= MAX ? text : `${text.slice(0, MAX - 1).replace(/\s+\S*$/, "")}…`);
const join = (lines) => lines.map((l) => l.trim()).join(" ").replace(/\s+/g, " ").trim();
/** The first sentence: up to the first `. ` outside backticks. */
function firstSentence(text) {
  let code = false;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === "`") code = !code;
    else if (!code && text[i] === "." && (i + 1 === text.length || text[i + 1] === " ")) return text.slice(0, i + 1);
  }
  return text;
}

/**
 * `{ code: { short, full } }` from docs/rules.md: the generated sections (`### \`code\``, a
 * `**severity** — summary.` line, "What it does", "Why it matters") and the hand-written ones (`#### \`code\``
 * and a paragraph, whose "Example:" is left out).
 */
export function ruleDocs(markdown) {
  const lines = markdown.split("\n");
  const docs = {};
  for (let i = 0; i < lines.length; i++) {
    const m = /^(###|####) `([a-z0-9/-]+)`\s*$/.exec(lines[i]);
    if (!m) continue;
    const [, level, code] = m;
    const paragraph = (from) => {
      const out = [];
      for (let j = from; j < lines.length && lines[j].trim() !== "" && !lines[j].startsWith("#"); j++) out.push(lines[j]);
      return join(out);
    };
    let short, full;
    if (level === "###") {
      let j = i + 1;
      while (lines[j]?.trim() === "") j++;
      const summary = /^\*\*(?:error|warning|info)\*\*(?: · [a-z-]+)? — (.*)$/.exec(paragraph(j));
      if (!summary) throw new Error(`docs/rules.md:${j + 1}: ${code}: no "**severity** — summary" line`);
      short = summary[1];
      // "What it does" and "Why it matters" (the first paragraph of each).
      const next = lines.findIndex((l, k) => k > i && /^### /.test(l));
      const section = (title) => {
        const at = lines.indexOf(title, i);
        return at !== -1 && (next === -1 || at < next) ? paragraph(at + 1) : "";
      };
      full = [section("#### What it does"), section("#### Why it matters")].filter((t) => t !== "").join(" ") || short;
    } else {
      full = paragraph(i + 1).replace(/\s*Examples?:.*$/s, "");
      short = firstSentence(full);
    }
    if (docs[code]) throw new Error(`docs/rules.md:${i + 1}: ${code} documented twice`);
    docs[code] = { short: clip(short), full: clip(full) };
  }
  return docs;
}

export function ruleDocsModule(markdown) {
  const docs = ruleDocs(markdown);
  const body = Object.keys(docs)
    .sort()
    // [short, full]; full left out where it is the short description.
    .map((code) => `  ${JSON.stringify(code)}: ${JSON.stringify(docs[code].full === docs[code].short ? [docs[code].short] : [docs[code].short, docs[code].full])},`)
    .join("\n");
  return (
    "// GENERATED from docs/rules.md by `node scripts/rule-docs.mjs` (js/; also `make generate`).\n" +
    "// Do not edit: change docs/rules.md and regenerate. The SARIF report's rule descriptions:\n" +
    "// code → [short, full] (full left out where it is the short one).\n" +
    `export const RULE_DOCS = {\n${body}\n};\n`
  );
}

if (process.argv[1] && new URL(`file://${process.argv[1]}`).href === import.meta.url) {
  writeFileSync(MODULE, ruleDocsModule(readFileSync(DOCS, "utf8")));
}
