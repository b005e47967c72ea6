import { libraryConfig } from "../../vite.lib.ts";

export default libraryConfig(
  { index: "src/index.ts", node: "src/node.ts", cli: "src/cli.ts" },
  {
    build: {
      rolldownOptions: {
        external: (id: string) => !id.startsWith(".") && !id.startsWith("/") && !id.startsWith("\0"),
        output: {
          entryFileNames: "[name].js",
          chunkFileNames: "chunks/[name]-[hash].js",
          banner: (chunk) => (chunk.name === "cli" ? "#!/usr/bin/env node" : ""),
        },
      },
    },
  },
);
