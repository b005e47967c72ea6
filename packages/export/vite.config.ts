import { chmod } from "node:fs/promises";
import { join } from "node:path";
import type { Plugin } from "vite";
import { libraryConfig } from "../../vite.lib.ts";

/** The `journeykit` bin: a `#!/usr/bin/env node` first line and the executable bit on dist/cli.js. */
export const cliBanner = (chunk: { name: string }) => (chunk.name === "cli" ? "#!/usr/bin/env node" : "");
export const executableCli: Plugin = {
  name: "journeykit-executable-cli",
  async writeBundle(options, bundle) {
    if (bundle["cli.js"]) await chmod(join(options.dir ?? "dist", "cli.js"), 0o755);
  },
};

export default libraryConfig(
  { index: "src/index.ts", node: "src/node.ts", cli: "src/cli.ts" },
  {
    plugins: [executableCli],
    build: {
      rolldownOptions: {
        external: (id: string) => !id.startsWith(".") && !id.startsWith("/") && !id.startsWith("\0"),
        output: {
          entryFileNames: "[name].js",
          chunkFileNames: "chunks/[name]-[hash].js",
          banner: cliBanner,
        },
      },
    },
  },
);
