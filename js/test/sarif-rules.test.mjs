// The SARIF report's rule metadata, as GitHub code scanning requires it: every reportingDescriptor
// has `shortDescription.text`, `fullDescription.text` (at most 1000 characters) and `help.text`
// (github/docs, content/code-security/…/sarif-support-for-code-scanning.md, "reportingDescriptor
// object": all three "Required"; GitHub shows them on the alert). They come from docs/rules.md
// through the generated bin/cli/formats/rule-docs.mjs (scripts/rule-docs.mjs).
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, it } from "node:test";
import { DOCS, MODULE, ruleDocs, ruleDocsModule } from "../scripts/rule-docs.mjs";
import { RULE_DOCS } from "../bin/cli/formats/rule-docs.mjs";
import { describe as describeRule } from "../bin/cli/formats/sarif.mjs";
import { EPP_G1_YAML } from "./fixtures.mjs";
import { cli, workspace } from "./cli-helpers.mjs";

const markdown = readFileSync(DOCS, "utf8");

describe("SARIF rule descriptions", () => {
  it("bin/cli/formats/rule-docs.mjs is what docs/rules.md gives (run `node scripts/rule-docs.mjs` in js/)", () => {
    assert.equal(readFileSync(MODULE, "utf8"), ruleDocsModule(markdown));
  });

  it("every code documented in docs/rules.md has a description, within GitHub's limits", () => {
    const headed = [...markdown.matchAll(/^#{3,4} `([a-z0-9/-]+)`\s*$/gm)].map((m) => m[1]).sort();
    assert.ok(headed.length >= 120, `${headed.length} codes`);
    assert.deepEqual(Object.keys(RULE_DOCS).sort(), headed);
    for (const [code, [short, full = short]] of Object.entries(RULE_DOCS)) {
      assert.ok(short.length > 10 && short.length <= 1000, code);
      assert.ok(full.length >= short.length && full.length <= 1000, code);
    }
  });

  it("both kinds of section: the generated ones (summary line, What it does) and the hand-written ones", () => {
    const docs = ruleDocs(markdown);
    assert.deepEqual(docs["schema/type"], { short: "A value has the wrong JSON type.", full: "A value has the wrong JSON type." });
    assert.deepEqual(docs["duplicate-name"], {
      short: "two documents are the same ModelService (namespace and name).",
      full:
        "Flags a ModelService whose namespace and name equal an earlier document's. Both documents are the same object: applying them " +
        "in one go keeps only the later one (or, with kustomize and Argo CD, fails on the duplicate id), so one of the two specs is " +
        "silently lost. Identical names are also the only case in which two InferencePools would select each other's pods.",
    });
    assert.deepEqual(docs["input/ambiguous-scalar"].short, "An unquoted value or key that kubectl reads differently from YAML 1.2.");
    // Longer than GitHub's 1000 characters: cut at a word, marked.
    const cut = docs["epp-name-too-long"].full;
    assert.equal(cut.length, 996);
    assert.ok(cut.endsWith(" is an RBAC path-segment name with no length limit (its…"), cut.slice(-80));
    assert.equal(docs["input/ambiguous-scalar"].full.length, 991); // not cut
  });

  it("an undocumented code still gets the three required texts", () => {
    assert.deepEqual(describeRule("no/such-code"), {
      shortDescription: { text: "no/such-code" },
      fullDescription: { text: "no/such-code" },
      help: { text: "no/such-code\n\nEvery code is documented, with an example and its fix, in docs/rules.md of modelservice-render (`no/such-code`)." },
    });
  });

  it("`lint --format sarif` writes them on every rule", () => {
    const dir = workspace({ "bad.yaml": EPP_G1_YAML.replace("    replicas: 1", "    replicas: two").replace("  namespace: ml-serving\n", "") });
    const r = cli(["lint", "bad.yaml", "--format", "sarif"], { cwd: dir });
    assert.equal(r.code, 1, r.stderr);
    const { rules } = JSON.parse(r.stdout).runs[0].tool.driver;
    assert.deepEqual(rules.map((x) => x.id), ["namespace-defaulted", "schema/type"]);
    assert.deepEqual(rules[1], {
      id: "schema/type",
      name: "schema/type",
      shortDescription: { text: "A value has the wrong JSON type." },
      fullDescription: { text: "A value has the wrong JSON type." },
      help: { text: "A value has the wrong JSON type.\n\nEvery code is documented, with an example and its fix, in docs/rules.md of modelservice-render (`schema/type`)." },
      defaultConfiguration: { level: "error" },
    });
    assert.match(rules[0].shortDescription.text, /^Info at `metadata\.namespace`: the ModelService has no namespace/);
  });
});
