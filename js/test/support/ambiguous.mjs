// The scalars kubectl (YAML 1.1, go-yaml v2 resolve.go) and YAML 1.2 may read as something other
// than the text, used by the round-trip and input suites.

/** go-yaml v2's word table, and the numbers, dates and indicators that read differently. */
export const AMBIGUOUS = [
  ..."y Y yes Yes YES n N no No NO on On ON off Off OFF true True TRUE false False FALSE".split(" "),
  ..."~ null Null NULL".split(" "),
  ..."0755 0o17 0O17 0x1F 0X1F 0b101 0B101 -0b101 1_000 +1 -1 .5 +.5 1. 1e3 1E3 1.e3 08 0 -0 00".split(" "),
  ..."9223372036854775807 9223372036854775808 18446744073709551615 18446744073709551616 1e400 -1e400 1e-400".split(" "),
  ..."0b-101 0_7 1__0 .5_0 0x_1F +0x1F -0x1F".split(" "),
  ..."~ .inf .Inf .INF -.inf +.inf .nan .NaN .NAN".split(" "),
  "2026-12-02", "2026-12-02T10:00:00Z", "2026-12-02t10:00:00.5+05:30", "2026-12-02 10:00:00", "2026-1-2",
  "1:20", "190:20:30.15", "-1:20", "=", "<<",
].filter((s, i, all) => all.indexOf(s) === i);

/** Strings npm `yaml` writes in each of its styles, and characters go-yaml v2 refuses raw. */
export const AWKWARD = [
  "plain", "a b", "a:b", "a: b", "a #b", "#c", "- x", "-x", "? x", "?x", "%x", "@x", "`x", "!x", "&x", "*x", "|x", ">x",
  "[x]", "{x}", "a,b", "x:", "---", "...", "--- x", "'q'", '"dq"', "a\\/b", "tab\there", "\t", " lead", "trail ",
  "multi\nline\n", "a\n---\nb", "a\r\nb", "a\rb", "\n", "\n\n", "a\n\n", " \n a", "x\u2028y", "x\u2029y", "x\u0085y",
  "\u007f", "a\u0080b", "\ufeffa", "a\ufffeb", "\u0000", "\u001b[0m", "ünï", "😀", "a\u00a0b",
  `${"long line ".repeat(12)}\n second line with trailing space \n  indented\n`,
  // Block scalars go-yaml v2 refuses (a tab before the first line with content) or reads without
  // their spaces (no line with content).
  "\tset -e\n\techo ok\n", "\t\n", "\n\t\tx", "  \t\nx", " \n", "\n  \n", " \n\n",
];
