// A CommonJS consumer of the settings table: `require` resolves through "exports" to
// dist/settings.cjs and its declarations, dist/settings.d.cts.
import table = require("modelservice-render/settings");

const releases: readonly string[] = table.operatorVersions;
const flags: (string | null)[] = table.settings.map((s) => s.flag);
export const summary = `${releases.join(", ")}: ${flags.length} settings`;
