import { chmod } from "node:fs/promises";
import { join } from "node:path";
import type { Plugin } from "vite";

/** The `journeykit` bin: a `#!/usr/bin/env node` first line on dist/cli.js... */
export const cliBanner = (chunk: { name: string }) => (chunk.name === "cli" ? "#!/usr/bin/env node" : "");

/** ...and its executable bit, set once the bundle is written. */
export const executableCli: Plugin = {
  name: "journeykit-executable-cli",
  async writeBundle(options, bundle) {
    if (bundle["cli.js"]) await chmod(join(options.dir ?? "dist", "cli.js"), 0o755);
  },
};
