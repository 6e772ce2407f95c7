// Every command, loaded in one go by main.mjs once a command is asked for (so `--help` and
// `--version` load neither them nor the wasm). Bundled into dist/cli-commands.mjs.
export { diffCommand } from "./diff.mjs";
export { explainCommand } from "./explain.mjs";
export { lintCommand } from "./lint.mjs";
export { migrateCommand } from "./migrate.mjs";
export { renderCommand } from "./render.mjs";
export { schemaCommand } from "./schema.mjs";
