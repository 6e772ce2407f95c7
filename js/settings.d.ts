// GENERATED from the settings table (src/settings_table.rs) by `make generate`
// (tests/settings_export.rs). Do not edit: change the table, then run `make generate`.

import type { OperatorVersion } from "./index.js";

/** One operator setting: where it lives in `eppConfig`/`options`, its flag, type, help and defaults. */
export interface Setting {
  /** Steps in the settings objects, e.g. `["eppConfig", "tracing", "enabled"]`. */
  readonly path: readonly ["eppConfig" | "options", ...string[]];
  /** The CLI flag without `--` (the operator's own flag name where it has one); `null`: none. */
  readonly flag: string | null;
  /** How the operator receives it: a flag (`--provider`) or build variable (`main.version`); `null`: not an operator input. */
  readonly upstream: string | null;
  /** `flags`: extra `--key=value` EPP arguments; `release`: the operator release reproduced. */
  readonly type: "string" | "boolean" | "flags" | "release";
  /** The values the operator knows; empty: any. */
  readonly choices: readonly string[];
  /** The flag's argument in `--help` (`URL`, `NAME`); empty: the choices (or none, for booleans). */
  readonly metavar: string;
  /** A short name for forms. */
  readonly label: string;
  /** One line saying what it does. */
  readonly help: string;
  /** The default in each operator release. */
  readonly defaults: Readonly<Record<OperatorVersion, string | boolean | Readonly<Record<string, string>>>>;
}

/** The operator releases reproduced; the first is the default. */
export declare const operatorVersions: readonly OperatorVersion[];
/** The EPP providers the operator tells apart. */
export declare const providers: readonly string[];
/** Every operator setting, in the order the CLI help lists them. */
export declare const settings: readonly Setting[];
